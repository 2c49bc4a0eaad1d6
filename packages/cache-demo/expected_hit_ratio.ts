/**
 * The hit ratio to expect for `requests` requests drawn uniformly from `keySpace` keys, after
 * `before` earlier requests, starting from an empty cache with nothing evicted: request `j` hits
 * with probability `1 - (1 - 1/keySpace)^j`, averaged over the run.
 *
 * @example
 * ```ts
 * import { expectedHitRatio } from "@ch8/cache-demo";
 *
 * // the book's first run, and its tenth
 * expectedHitRatio(5001, 0, 2000).toFixed(4); //=> "0.1757"
 * expectedHitRatio(5001, 18_000, 2000).toFixed(4); //=> "0.9775"
 * expectedHitRatio(1, 0, 4); //=> 0.75
 * ```
 */
export function expectedHitRatio(keySpace: number, before: number, requests: number): number {
  if (!Number.isSafeInteger(keySpace) || keySpace < 1) {
    throw new RangeError(`keySpace must be a whole number >= 1, got ${keySpace}`);
  }
  if (!Number.isSafeInteger(before) || before < 0) {
    throw new RangeError(`before must be a whole number >= 0, got ${before}`);
  }
  if (!Number.isSafeInteger(requests) || requests < 0) {
    throw new RangeError(`requests must be a whole number >= 0, got ${requests}`);
  }
  if (requests === 0) return 0;
  const q = 1 - 1 / keySpace;
  // sum of q^j for j in [before, before + requests): a geometric series
  const missSum =
    q === 0 ? (before === 0 ? 1 : 0) : (q ** before - q ** (before + requests)) / (1 - q);
  return 1 - missSum / requests;
}
