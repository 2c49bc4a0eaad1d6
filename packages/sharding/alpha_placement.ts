import { _normalizeServers, _requireUnweighted } from "./_normalize_servers.ts";
import type { Placement, ServerInput } from "./placement.ts";

/**
 * The book's `alpha_shard` for any number of servers: the letters a–z are cut into N runs at
 * `floor(26k / N)`, which for four servers is exactly the book's cuts at g, n and t; anything
 * before "a" (upper case, digits) goes to the first server and anything after "z" to the last.
 * It shows why first letters make poor shards: English words are far from evenly spread.
 *
 * @throws {RangeError} If `servers` is empty, repeats a name or has weights; `locate("")` throws
 * too, as the book's `word[0]` would.
 *
 * @example
 * ```ts
 * import { alphaPlacement } from "@ch8/sharding";
 *
 * const placement = alphaPlacement(["server0", "server1", "server2", "server3"]);
 * placement.locate("mango"); //=> "server1"
 * alphaPlacement(["a-m", "n-z"]).locate("nectarine"); //=> "n-z"
 * ```
 */
export function alphaPlacement(servers: readonly ServerInput[]): Placement {
  const list = _normalizeServers("alphaPlacement()", servers);
  _requireUnweighted("alphaPlacement()", list);
  const names = list.map((server) => server.name);
  const count = names.length;
  // byLetter[i] is the server of letter "a" + i.
  const byLetter = Uint32Array.from({ length: 26 }, (_, letter) => {
    let server = 0;
    for (let k = 1; k < count; k++) if (Math.floor((26 * k) / count) <= letter) server = k;
    return server;
  });
  const locateIndex = (key: string): number => {
    const first = key.charCodeAt(0);
    if (Number.isNaN(first)) throw new RangeError('alphaPlacement() needs a non-empty key, got ""');
    if (first < 0x61) return 0;
    if (first > 0x7a) return count - 1;
    return byLetter[first - 0x61]!;
  };
  return {
    algorithm: "alpha",
    servers: names,
    weights: list.map(() => 1),
    locateIndex,
    locate: (key) => names[locateIndex(key)]!,
  };
}
