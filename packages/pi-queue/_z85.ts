const ALPHABET =
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Decode Z85 (ZeroMQ RFC 32) text, or return undefined when it is not Z85. */
export function _z85Decode(text: string): Buffer | undefined {
  if (text.length % 5 !== 0) return undefined;
  const out = Buffer.alloc((text.length / 5) * 4);
  for (let i = 0; i < text.length; i += 5) {
    let value = 0;
    for (let j = 0; j < 5; j++) {
      const digit = VALUE.get(text[i + j]!);
      if (digit === undefined) return undefined;
      value = value * 85 + digit;
    }
    if (value > 0xffffffff) return undefined;
    out.writeUInt32BE(value, (i / 5) * 4);
  }
  return out;
}
