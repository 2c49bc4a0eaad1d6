/**
 * Options of the seeded placements (`modulo`, `rendezvous`, `jump`).
 *
 * @example
 * ```ts
 * import { createPlacement } from "@ch8/sharding";
 *
 * createPlacement("modulo", ["a", "b", "c"], { seed: 7 }).locate("apple"); //=> "c"
 * ```
 */
export interface PlacementOptions {
  /**
   * MurmurHash3 seed, an unsigned 32-bit integer. Every client of a cluster must use the same.
   * Ignored by `ketama` (fixed by libmemcached compatibility), `alpha` and `md5`.
   * @default {0}
   */
  readonly seed?: number;
}
