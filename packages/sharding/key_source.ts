/**
 * Keys to analyse: an array or any iterable (`generateKeys()`), or an async iterable such as a
 * `WordStream` from `openWordStream()` (read a chunk at a time through its `batches()`).
 *
 * @example
 * ```ts
 * import { generateKeys, type KeySource } from "@ch8/sharding";
 *
 * const keys: KeySource = generateKeys(1000, { seed: 1 });
 * ```
 */
export type KeySource = Iterable<string> | AsyncIterable<string>;
