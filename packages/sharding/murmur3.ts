import { _murmur3Bytes } from "./_murmur3_bytes.ts";
import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";

/**
 * MurmurHash3 x86_32 (Austin Appleby's MurmurHash3.cpp, `MurmurHash3_x86_32`): a fast,
 * well-mixed, non-cryptographic 32-bit hash. Strings are hashed as their UTF-8 bytes (lone
 * surrogates as U+FFFD), so the result matches other implementations fed the same bytes.
 *
 * @param data The bytes, or a string to hash as UTF-8.
 * @param seed An unsigned 32-bit seed (other numbers are truncated to 32 bits). Default `0`.
 * @returns An unsigned 32-bit integer.
 *
 * @example
 * ```ts
 * import { murmur3 } from "@ch8/sharding";
 *
 * murmur3(""); //=> 0
 * murmur3("", 1); //=> 1364076727
 * murmur3("Hello, world!", 1234); //=> 4210478515
 * ```
 */
export function murmur3(data: Uint8Array | string, seed = 0): number {
  if (!Number.isInteger(seed)) {
    throw new RangeError(`murmur3() seed must be an integer, got ${seed}`);
  }
  if (typeof data === "string") {
    const length = _encodeUtf8(data);
    return _murmur3Bytes(_utf8Scratch(), length, seed);
  }
  return _murmur3Bytes(data, data.length, seed);
}
