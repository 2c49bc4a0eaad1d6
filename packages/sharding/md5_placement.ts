import { _md5LastByte } from "./_md5.ts";
import { _normalizeServers, _requireUnweighted } from "./_normalize_servers.ts";
import type { Placement, ServerInput } from "./placement.ts";

/**
 * The book's `md5_shard` for any number of servers: the last byte of MD5(key) modulo N. With four
 * servers it is exactly `md5Shard`. One byte has 256 values, so N that does not divide 256 is
 * slightly uneven (and N > 256 is refused); it is here for the book, not for production.
 *
 * @throws {RangeError} If `servers` is empty or has more than 256, repeats a name or has weights.
 *
 * @example
 * ```ts
 * import { md5Placement } from "@ch8/sharding";
 *
 * md5Placement(["server0", "server1", "server2", "server3"]).locate("apple"); //=> "server3"
 * ```
 */
export function md5Placement(servers: readonly ServerInput[]): Placement {
  const list = _normalizeServers("md5Placement()", servers);
  _requireUnweighted("md5Placement()", list);
  if (list.length > 256) {
    throw new RangeError(`md5Placement() takes at most 256 servers, got ${list.length}`);
  }
  const names = list.map((server) => server.name);
  const count = names.length;
  const locateIndex = (key: string): number => _md5LastByte(key) % count;
  return {
    algorithm: "md5",
    servers: names,
    weights: list.map(() => 1),
    locateIndex,
    locate: (key) => names[locateIndex(key)]!,
  };
}
