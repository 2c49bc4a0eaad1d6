import { createPlacement } from "@ch8/sharding";

/** The placement algorithms a cluster can use (`--placement`). */
export type PlacementAlgorithm = "ketama" | "modulo" | "rendezvous" | "jump";

/**
 * The placement algorithms, default first (for `--placement` choices and help text).
 *
 * @example
 * ```ts
 * import { PLACEMENT_ALGORITHMS } from "@ch8/cache-demo";
 *
 * PLACEMENT_ALGORITHMS; //=> ["ketama", "modulo", "rendezvous", "jump"]
 * ```
 */
export const PLACEMENT_ALGORITHMS: readonly PlacementAlgorithm[] = [
  "ketama",
  "modulo",
  "rendezvous",
  "jump",
];

/** A server as placement sees it: its `host:port` name and a relative weight. */
export interface PlacementServer {
  readonly name: string;
  readonly weight: number;
}

/** Key → server name. */
export interface KeyPlacement {
  locate(key: string): string;
}

/** Builds a placement over a list of servers (called again for the live subset on failover). */
export type PlacementFactory = (servers: readonly PlacementServer[]) => KeyPlacement;

/**
 * A factory building `algorithm`'s placement (from `@ch8/sharding`) over a server list.
 * `MemjsCache` calls it again for the servers still answering when one fails, so a failed
 * server's keys go where the algorithm puts them without it.
 *
 * @example
 * ```ts
 * import { placementFactory } from "@ch8/cache-demo";
 *
 * const ketama = placementFactory("ketama");
 * const servers = [{ name: "10.0.0.1:11211", weight: 1 }, { name: "10.0.0.2:11211", weight: 1 }];
 * // where pylibmc's ketama_weighted puts them too
ketama(servers).locate("sq:1"); //=> "10.0.0.2:11211"
ketama(servers).locate("sq:2"); //=> "10.0.0.1:11211"
 * ```
 */
export function placementFactory(algorithm: PlacementAlgorithm): PlacementFactory {
  if (!PLACEMENT_ALGORITHMS.includes(algorithm)) {
    throw new RangeError(
      `placement must be one of ${PLACEMENT_ALGORITHMS.join(", ")}, got ${JSON.stringify(algorithm)}`,
    );
  }
  return (servers) => createPlacement(algorithm, servers);
}
