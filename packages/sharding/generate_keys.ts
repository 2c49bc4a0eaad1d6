/**
 * Options of {@linkcode generateKeys}.
 *
 * @example
 * ```ts
 * import { generateKeys } from "@ch8/sharding";
 *
 * [...generateKeys(1, { seed: 1, prefix: "user:" })]; //=> ["user:0:96a0f96b"]
 * ```
 */
export interface GenerateKeysOptions {
  /**
   * Seed of the pseudo-random part of each key; the same seed gives the same keys.
   * @default {0}
   */
  readonly seed?: number;
  /**
   * Text every key starts with.
   * @default {"key:"}
   */
  readonly prefix?: string;
}

/**
 * Generate `count` distinct, reproducible keys such as `key:17:9f86d081`: the prefix, the key's
 * number and eight hex digits from a seeded SplitMix32 generator. Lazily, so a billion keys take
 * no memory.
 *
 * @param count How many keys, an integer ≥ 0.
 *
 * @example
 * ```ts
 * import { generateKeys } from "@ch8/sharding";
 *
 * [...generateKeys(2)]; //=> ["key:0:92ca2f0e", "key:1:3cd6e3f3"]
 * [...generateKeys(1, { seed: 1, prefix: "user:" })]; //=> ["user:0:96a0f96b"]
 * ```
 */
export function* generateKeys(
  count: number,
  options: GenerateKeysOptions = {},
): Generator<string, void, undefined> {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`generateKeys() count must be an integer >= 0, got ${count}`);
  }
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed)) {
    throw new RangeError(`generateKeys() seed must be an integer, got ${seed}`);
  }
  const prefix = options.prefix ?? "key:";
  // SplitMix32 (a 32-bit variant of Steele, Lea and Flood's SplitMix): a Weyl sequence
  // through a strong mixer, so consecutive seeds give unrelated streams.
  let state = seed | 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    yield `${prefix}${i}:${(z >>> 0).toString(16).padStart(8, "0")}`;
  }
}
