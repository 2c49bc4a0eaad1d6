import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function hashBytes(bytes: Uint8Array, length: number, seed: number): number {
  let h = seed | 0;
  const blocks = length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    k = Math.imul(k, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = length & 3;
  if (tail !== 0) {
    let k = bytes[blocks]!;
    if (tail > 1) k ^= bytes[blocks + 1]! << 8;
    if (tail > 2) k ^= bytes[blocks + 2]! << 16;
    k = Math.imul(k, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

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
    return hashBytes(_utf8Scratch(), length, seed);
  }
  return hashBytes(data, data.length, seed);
}
