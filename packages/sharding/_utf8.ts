// A reusable buffer for hashing strings as UTF-8 without allocating for every key.
let scratch = new Uint8Array(256);

/**
 * UTF-8 encode `s` into a shared scratch buffer and return its byte length; read the bytes with
 * {@linkcode _utf8Scratch} before the next call. Lone surrogates become U+FFFD, as TextEncoder
 * does.
 */
export function _encodeUtf8(s: string): number {
  const length = s.length;
  if (length * 3 > scratch.length) scratch = new Uint8Array(length * 3 + 64);
  const b = scratch;
  let n = 0;
  for (let i = 0; i < length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      b[n++] = c;
    } else if (c < 0x800) {
      b[n++] = 0xc0 | (c >> 6);
      b[n++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
          i++;
          b[n++] = 0xf0 | (c >> 18);
          b[n++] = 0x80 | ((c >> 12) & 0x3f);
          b[n++] = 0x80 | ((c >> 6) & 0x3f);
          b[n++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      b[n++] = 0xe0 | (c >> 12);
      b[n++] = 0x80 | ((c >> 6) & 0x3f);
      b[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** The scratch buffer {@linkcode _encodeUtf8} last wrote into. */
export function _utf8Scratch(): Uint8Array {
  return scratch;
}
