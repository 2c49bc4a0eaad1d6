import { _murmur3Bytes } from "./_murmur3_bytes.ts";
import { _normalizeServers } from "./_normalize_servers.ts";
import { _seed } from "./_seed.ts";
import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";
import { murmur3 } from "./murmur3.ts";
import type { Placement, ServerInput } from "./placement.ts";
import type { PlacementOptions } from "./placement_options.ts";

/**
 * Rendezvous (highest random weight) hashing, Thaler and Ravishankar (1998): every server scores
 * the key with `h = murmur3(key, murmur3(serverName, seed))` and the highest score wins. Adding
 * or removing a server moves only the keys it wins or held. Weights use the logarithmic method
 * (score = −weight / ln(h′), h′ = (h + ½) / 2³², Schindelhauer and Schomaker 2005), which gives
 * each server a share of keys proportional to its weight. A lookup costs one hash per server, so
 * prefer ketama or jump for hundreds of servers.
 *
 * @throws {RangeError} If `servers` is empty, repeats a name or has a weight that is not a positive integer.
 *
 * @example
 * ```ts
 * import { rendezvousPlacement } from "@ch8/sharding";
 *
 * const placement = rendezvousPlacement(["a:11211", "b:11211", "c:11211:2"]);
 * placement.locate("apple"); //=> "c:11211"
 * placement.weights; //=> [1, 1, 2]
 * ```
 */
export function rendezvousPlacement(
  servers: readonly ServerInput[],
  options: PlacementOptions = {},
): Placement {
  const list = _normalizeServers("rendezvousPlacement()", servers);
  const seed = _seed("rendezvousPlacement()", options.seed);
  const names = list.map((server) => server.name);
  const weights = list.map((server) => server.weight);
  const seeds = Uint32Array.from(names, (name) => murmur3(name, seed));
  const weighted = weights.some((weight) => weight !== 1);
  const count = names.length;

  const locateIndex = (key: string): number => {
    const length = _encodeUtf8(key);
    const bytes = _utf8Scratch();
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const h = _murmur3Bytes(bytes, length, seeds[i]!);
      // −w / ln(u) grows with u, so unweighted servers can compare raw hashes.
      const score = weighted ? -weights[i]! / Math.log((h + 0.5) / 4294967296) : h;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  };

  return {
    algorithm: "rendezvous",
    servers: names,
    weights,
    locateIndex,
    locate: (key) => names[locateIndex(key)]!,
  };
}
