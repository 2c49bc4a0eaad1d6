import { _murmur3Bytes } from "./_murmur3_bytes.ts";
import { _normalizeServers, _requireUnweighted } from "./_normalize_servers.ts";
import { _seed } from "./_seed.ts";
import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";
import type { Placement, ServerInput } from "./placement.ts";
import type { PlacementOptions } from "./placement_options.ts";

/**
 * Hash modulo N: `servers[murmur3(key, seed) % N]`, the book's `hash_shard` made seedable.
 * Spreads keys evenly and fast, but changing N moves almost every key (about 1 − 1/max(N, M)),
 * which is what consistent hashing avoids.
 *
 * @throws {RangeError} If `servers` is empty, repeats a name or gives any server a weight.
 *
 * @example
 * ```ts
 * import { moduloPlacement } from "@ch8/sharding";
 *
 * const placement = moduloPlacement(["server0", "server1", "server2", "server3"]);
 * placement.locate("apple"); //=> "server0"
 * moduloPlacement(["a", "b", "c"], { seed: 7 }).locate("apple"); //=> "c"
 * ```
 */
export function moduloPlacement(
  servers: readonly ServerInput[],
  options: PlacementOptions = {},
): Placement {
  const list = _normalizeServers("moduloPlacement()", servers);
  _requireUnweighted("moduloPlacement()", list);
  const seed = _seed("moduloPlacement()", options.seed);
  const names = list.map((server) => server.name);
  const count = names.length;
  const locateIndex = (key: string): number =>
    _murmur3Bytes(_utf8Scratch(), _encodeUtf8(key), seed) % count;
  return {
    algorithm: "modulo",
    servers: names,
    weights: list.map(() => 1),
    locateIndex,
    locate: (key) => names[locateIndex(key)]!,
  };
}
