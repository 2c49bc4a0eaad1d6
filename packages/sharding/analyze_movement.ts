import { _forEachKey } from "./_for_each_key.ts";
import { createPlacement, PLACEMENT_ALGORITHMS } from "./create_placement.ts";
import type { KeySource } from "./key_source.ts";
import type { Placement, PlacementAlgorithm } from "./placement.ts";
import { ShardingError } from "./sharding_error.ts";

/**
 * How many keys change server when a cluster changes.
 *
 * @example
 * ```ts
 * import { analyzeMovement, moduloPlacement } from "@ch8/sharding";
 *
 * const report = await analyzeMovement(moduloPlacement(["a"]), moduloPlacement(["a", "b"]), ["k1", "k2"]);
 * report.ideal; //=> 0.5
 * report.total; //=> 2
 * ```
 */
export interface MovementReport {
  readonly algorithm: PlacementAlgorithm;
  /** Servers before. */
  readonly from: number;
  /** Servers after. */
  readonly to: number;
  /** Keys placed. */
  readonly total: number;
  /** Keys whose server (by name) changed. */
  readonly moved: number;
  /** `moved / total`. */
  readonly fraction: number;
  /** The least any placement can move: |to − from| / max(from, to). */
  readonly ideal: number;
}

function report(before: Placement, after: Placement, total: number, moved: number): MovementReport {
  if (total === 0)
    throw new ShardingError("E_NO_WORDS", "no keys to analyse: the key set is empty");
  const from = before.servers.length;
  const to = after.servers.length;
  return {
    algorithm: after.algorithm,
    from,
    to,
    total,
    moved,
    fraction: moved / total,
    ideal: Math.abs(to - from) / Math.max(from, to),
  };
}

/**
 * Count the keys that `after` puts on a different server (compared by name) than `before`:
 * the cost, in cache misses, of changing a cluster.
 *
 * @throws {ShardingError} `E_NO_WORDS` if there are no keys.
 *
 * @example
 * ```ts
 * import { analyzeMovement, generateKeys, jumpPlacement } from "@ch8/sharding";
 *
 * const four = jumpPlacement(["a", "b", "c", "d"]);
 * const five = jumpPlacement(["a", "b", "c", "d", "e"]);
 * const report = await analyzeMovement(four, five, generateKeys(10_000));
 * report.ideal; //=> 0.2
 * Math.abs(report.fraction - 0.2) < 0.02; //=> true
 * ```
 */
export async function analyzeMovement(
  before: Placement,
  after: Placement,
  keys: KeySource,
): Promise<MovementReport> {
  let total = 0;
  let moved = 0;
  await _forEachKey(keys, (key) => {
    total++;
    if (before.servers[before.locateIndex(key)] !== after.servers[after.locateIndex(key)]) moved++;
  });
  return report(before, after, total, moved);
}

/**
 * Options of {@linkcode movementTable}.
 *
 * @example
 * ```ts
 * import { generateKeys, movementTable } from "@ch8/sharding";
 *
 * const rows = await movementTable(generateKeys(100), { from: 3, to: 4, algorithms: ["jump"], seed: 1 });
 * rows.length; //=> 1
 * ```
 */
export interface MovementTableOptions {
  /** Servers before. */
  readonly from: number;
  /** Servers after. */
  readonly to: number;
  /**
   * Algorithms to compare.
   * @default {PLACEMENT_ALGORITHMS}
   */
  readonly algorithms?: readonly PlacementAlgorithm[];
  /**
   * Seed of the seeded algorithms.
   * @default {0}
   */
  readonly seed?: number;
}

/**
 * For each algorithm, the fraction of keys that move when `from` servers named `server0`,
 * `server1`, … become `to` servers (added or removed at the end), in one pass over the keys.
 *
 * @throws {ShardingError} `E_NO_WORDS` if there are no keys.
 *
 * @example
 * ```ts
 * import { generateKeys, movementTable } from "@ch8/sharding";
 *
 * const rows = await movementTable(generateKeys(10_000), { from: 4, to: 5, algorithms: ["modulo", "jump"] });
 * rows.map((row) => [row.algorithm, row.fraction > 0.5]); //=> [["modulo", true], ["jump", false]]
 * ```
 */
export async function movementTable(
  keys: KeySource,
  options: MovementTableOptions,
): Promise<MovementReport[]> {
  const { from, to } = options;
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`movementTable() ${name} must be an integer >= 1, got ${value}`);
    }
  }
  const algorithms = options.algorithms ?? PLACEMENT_ALGORITHMS;
  const names = (n: number) => Array.from({ length: n }, (_, i) => `server${i}`);
  const seed = options.seed ?? 0;
  const pairs = algorithms.map((algorithm) => ({
    before: createPlacement(algorithm, names(from), { seed }),
    after: createPlacement(algorithm, names(to), { seed }),
    moved: 0,
  }));
  let total = 0;
  await _forEachKey(keys, (key) => {
    total++;
    for (const pair of pairs) {
      // Servers share names by position, so comparing indexes compares names.
      if (pair.before.locateIndex(key) !== pair.after.locateIndex(key)) pair.moved++;
    }
  });
  return pairs.map((pair) => report(pair.before, pair.after, total, pair.moved));
}
