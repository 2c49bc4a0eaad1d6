import { _jump } from "./_jump.ts";

/**
 * Lamping and Veach's jump consistent hash: maps a 64-bit key to a bucket in `[0, buckets)`
 * such that growing from n to n + 1 buckets moves only 1/(n + 1) of the keys, all into the new
 * bucket. Exactly the paper's algorithm (and Guava's `Hashing.consistentHash`).
 *
 * @param key An unsigned 64-bit key (a `bigint` in `[0, 2^64)`).
 * @param buckets The number of buckets, an integer in `[1, 2^31)`.
 *
 * @example
 * ```ts
 * import { jumpHash } from "@ch8/sharding";
 *
 * jumpHash(0n, 1); //=> 0
 * jumpHash(1n, 10); //=> 6
 * jumpHash(42n, 57); //=> 43
 * ```
 */
export function jumpHash(key: bigint, buckets: number): number {
  if (key < 0n || key >= 1n << 64n) {
    throw new RangeError(`jumpHash() key must be an unsigned 64-bit integer, got ${key}`);
  }
  if (!Number.isInteger(buckets) || buckets < 1 || buckets >= 2 ** 31) {
    throw new RangeError(`jumpHash() buckets must be an integer in [1, 2^31), got ${buckets}`);
  }
  return _jump(Number(key >> 32n), Number(key & 0xffffffffn), buckets);
}
