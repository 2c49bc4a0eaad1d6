/**
 * Interleave the bits of two unsigned 32-bit integers into the book's 64-character point: `n`'s
 * bits MSB first at the even positions, `m`'s at the odd ones, so the judge's `bits[::2]` and
 * `bits[1::2]` give them back.
 *
 * @throws {RangeError} When `n` or `m` is not an integer in 0..2^32-1.
 * @example
 * ```ts
 * import { interleaveBits } from "@ch8/pi-queue";
 *
 * interleaveBits(0, 0xffffffff).slice(0, 6); //=> "010101"
 * interleaveBits(1, 0).slice(-4); //=> "0010"
 * ```
 */
export function interleaveBits(n: number, m: number): string {
  checkU32("n", n);
  checkU32("m", m);
  let bits = "";
  for (let shift = 31; shift >= 0; shift--) {
    bits += (n >>> shift) & 1 ? "1" : "0";
    bits += (m >>> shift) & 1 ? "1" : "0";
  }
  return bits;
}

function checkU32(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`${name} must be an integer in 0..4294967295, got ${value}`);
  }
}
