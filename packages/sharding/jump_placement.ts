import { _jump } from "./_jump.ts";
import { _murmur3Bytes } from "./_murmur3_bytes.ts";
import { _normalizeServers, _requireUnweighted } from "./_normalize_servers.ts";
import { _seed } from "./_seed.ts";
import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";
import type { Placement, ServerInput } from "./placement.ts";
import type { PlacementOptions } from "./placement_options.ts";

/**
 * Jump consistent hash (Lamping and Veach, 2014) over the 64-bit key
 * `murmur3(key, seed) × 2³² + murmur3(key, seed + 1)`. No ring to store, perfectly even, and
 * growing from N to N + 1 servers moves exactly the keys the new server gets. Servers are
 * buckets by position, so only ever add or remove servers at the end of the list.
 *
 * @throws {RangeError} If `servers` is empty, repeats a name or gives any server a weight.
 *
 * @example
 * ```ts
 * import { jumpPlacement } from "@ch8/sharding";
 *
 * const placement = jumpPlacement(["a", "b", "c", "d"]);
 * placement.locate("apple"); //=> "c"
 * ```
 */
export function jumpPlacement(
  servers: readonly ServerInput[],
  options: PlacementOptions = {},
): Placement {
  const list = _normalizeServers("jumpPlacement()", servers);
  _requireUnweighted("jumpPlacement()", list);
  const seed = _seed("jumpPlacement()", options.seed);
  const next = (seed + 1) >>> 0;
  const names = list.map((server) => server.name);
  const count = names.length;
  const locateIndex = (key: string): number => {
    const length = _encodeUtf8(key);
    const bytes = _utf8Scratch();
    return _jump(_murmur3Bytes(bytes, length, seed), _murmur3Bytes(bytes, length, next), count);
  };
  return {
    algorithm: "jump",
    servers: names,
    weights: list.map(() => 1),
    locateIndex,
    locate: (key) => names[locateIndex(key)]!,
  };
}
