/**
 * The judge's decoding of a point: `int(bits[::2], 2), int(bits[1::2], 2)`. Accepts any even
 * length up to 64 characters of `0` and `1` (the book sends 64), so each half fits a `number`.
 *
 * @throws {TypeError} When `bits` has an odd length, more than 64 characters, or anything but 0/1.
 * @example
 * ```ts
 * import { deinterleaveBits } from "@ch8/pi-queue";
 *
 * deinterleaveBits("0111"); //=> [1, 3]
 * deinterleaveBits("01".repeat(32)); //=> [0, 4294967295]
 * ```
 */
export function deinterleaveBits(bits: string): [n: number, m: number] {
  if (bits.length % 2 !== 0 || bits.length > 64 || bits.length === 0) {
    throw new TypeError(`bits must have an even length from 2 to 64, got ${bits.length}`);
  }
  let n = 0;
  let m = 0;
  for (let i = 0; i < bits.length; i += 2) {
    const a = bits.charCodeAt(i) - 48;
    const b = bits.charCodeAt(i + 1) - 48;
    if ((a !== 0 && a !== 1) || (b !== 0 && b !== 1)) {
      throw new TypeError(`bits must be 0s and 1s, got ${JSON.stringify(bits)}`);
    }
    n = n * 2 + a;
    m = m * 2 + b;
  }
  return [n, m];
}
