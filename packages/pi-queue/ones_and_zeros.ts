/**
 * The book's `ones_and_zeros(digits)`: `digits` uniformly random bits as a string of `0`s and
 * `1`s, zero-filled on the left like `bin(random.getrandbits(digits)).lstrip('0b').zfill(digits)`.
 *
 * @param digits How many bits; a non-negative integer.
 * @param random Uniform source on [0, 1); each call supplies up to 32 bits. Defaults to `Math.random`.
 * @throws {RangeError} When `digits` is not a non-negative integer.
 * @example
 * ```ts
 * import { onesAndZeros } from "@ch8/pi-queue";
 *
 * onesAndZeros(8, () => 0.5); //=> "10000000"
 * onesAndZeros(64).length; //=> 64
 * ```
 */
export function onesAndZeros(digits: number, random: () => number = Math.random): string {
  if (!Number.isSafeInteger(digits) || digits < 0) {
    throw new RangeError(`digits must be a non-negative integer, got ${digits}`);
  }
  let bits = "";
  for (let left = digits; left > 0; left -= 32) {
    const width = Math.min(32, left);
    const chunk = Math.floor(random() * 2 ** width);
    if (width === 32) {
      // Four table lookups beat toString(2) + padStart on the publisher's hot path.
      bits += BYTE_BITS[chunk >>> 24]! + BYTE_BITS[(chunk >>> 16) & 0xff]!;
      bits += BYTE_BITS[(chunk >>> 8) & 0xff]! + BYTE_BITS[chunk & 0xff]!;
    } else {
      bits += chunk.toString(2).padStart(width, "0");
    }
  }
  return bits;
}

const BYTE_BITS = Array.from({ length: 256 }, (_, byte) => byte.toString(2).padStart(8, "0"));
