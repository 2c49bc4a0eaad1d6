import { _forEachKey } from "./_for_each_key.ts";
import type { KeySource } from "./key_source.ts";
import type { Placement, PlacementAlgorithm } from "./placement.ts";
import { chiSquarePValue } from "./regularized_upper_gamma.ts";
import { ShardingError } from "./sharding_error.ts";

/**
 * How evenly one placement spread a key set.
 *
 * @example
 * ```ts
 * import { analyzeDistribution, moduloPlacement } from "@ch8/sharding";
 *
 * const report = await analyzeDistribution(moduloPlacement(["a", "b"]), ["x", "y", "z", "w"]);
 * report.counts.reduce((sum, n) => sum + n, 0); //=> 4
 * report.degreesOfFreedom; //=> 1
 * ```
 */
export interface DistributionReport {
  readonly algorithm: PlacementAlgorithm;
  readonly servers: readonly string[];
  readonly weights: readonly number[];
  /** Keys placed. */
  readonly total: number;
  /** Keys per server, parallel to `servers`. */
  readonly counts: readonly number[];
  /** `counts / total`. */
  readonly fractions: readonly number[];
  /** The share each server should get: its weight over the total weight. */
  readonly expectedFractions: readonly number[];
  /** The most loaded server's load relative to its expected load (1 is perfect). */
  readonly maxOverMean: number;
  /** Standard deviation over mean of the servers' load relative to expected (0 is perfect). */
  readonly coefficientOfVariation: number;
  /** Pearson's chi-square statistic of the counts against the expected shares. */
  readonly chiSquare: number;
  /** Servers minus one. */
  readonly degreesOfFreedom: number;
  /**
   * The chance of counts at least this uneven if keys fell on servers at random in the expected
   * shares. Tiny values (< 0.001) say the placement is biased, not just unlucky.
   */
  readonly pValue: number;
}

/** Build the report for one placement from its counts. */
function distributionReport(placement: Placement, counts: readonly number[]): DistributionReport {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0)
    throw new ShardingError("E_NO_WORDS", "no keys to analyse: the key set is empty");
  const weightSum = placement.weights.reduce((sum, w) => sum + w, 0);
  const expectedFractions = placement.weights.map((w) => w / weightSum);
  const loads = counts.map((count, i) => count / (total * expectedFractions[i]!));
  const mean = loads.reduce((sum, load) => sum + load, 0) / loads.length;
  const variance = loads.reduce((sum, load) => sum + (load - mean) ** 2, 0) / loads.length;
  let chiSquare = 0;
  counts.forEach((count, i) => {
    const expected = total * expectedFractions[i]!;
    chiSquare += (count - expected) ** 2 / expected;
  });
  const degreesOfFreedom = counts.length - 1;
  return {
    algorithm: placement.algorithm,
    servers: placement.servers,
    weights: placement.weights,
    total,
    counts,
    fractions: counts.map((count) => count / total),
    expectedFractions,
    maxOverMean: Math.max(...loads) / mean,
    coefficientOfVariation: Math.sqrt(variance) / mean,
    chiSquare,
    degreesOfFreedom,
    pValue: chiSquarePValue(chiSquare, degreesOfFreedom),
  };
}

/**
 * Place every key with each placement (in one pass over the keys, so a streamed file is read
 * once) and report how evenly each spread them.
 *
 * @throws {ShardingError} `E_NO_WORDS` if there are no keys.
 *
 * @example
 * ```ts
 * import { analyzeDistributions, createPlacement, generateKeys } from "@ch8/sharding";
 *
 * const servers = ["a", "b", "c", "d"];
 * const [modulo, alpha] = await analyzeDistributions(
 *   [createPlacement("modulo", servers), createPlacement("alpha", servers)],
 *   generateKeys(10_000),
 * );
 * modulo.pValue > 0.001; //=> true
 * alpha.counts; //=> [0, 10000, 0, 0]
 * ```
 */
export async function analyzeDistributions(
  placements: readonly Placement[],
  keys: KeySource,
): Promise<DistributionReport[]> {
  const counts = placements.map((placement) => new Float64Array(placement.servers.length));
  await _forEachKey(keys, (key) => {
    for (let p = 0; p < placements.length; p++) counts[p]![placements[p]!.locateIndex(key)]!++;
  });
  return placements.map((placement, p) => distributionReport(placement, Array.from(counts[p]!)));
}

/**
 * Place every key and report the distribution: counts, fractions, max/mean load, coefficient of
 * variation, and a chi-square test of evenness (against the weights) with its p-value.
 *
 * @throws {ShardingError} `E_NO_WORDS` if there are no keys.
 *
 * @example
 * ```ts
 * import { analyzeDistribution, generateKeys, ketamaPlacement } from "@ch8/sharding";
 *
 * const report = await analyzeDistribution(ketamaPlacement(["a:1", "b:1:3"]), generateKeys(40_000));
 * report.expectedFractions; //=> [0.25, 0.75]
 * report.total; //=> 40000
 * ```
 */
export async function analyzeDistribution(
  placement: Placement,
  keys: KeySource,
): Promise<DistributionReport> {
  const [report] = await analyzeDistributions([placement], keys);
  return report!;
}
