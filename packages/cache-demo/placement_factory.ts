import { createHash } from "node:crypto";
import * as sharding from "@ch8/sharding";

/** The placement algorithms a cluster can use. */
export type PlacementAlgorithm = "ketama" | "modulo" | "rendezvous" | "jump";

/** The placement algorithms, in the order `--placement` lists them. */
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

type ShardingCreate = (
  algorithm: PlacementAlgorithm,
  servers: readonly { name: string; weight?: number }[],
) => KeyPlacement;

/**
 * A factory building `algorithm`'s placement over a server list: `@ch8/sharding`'s
 * `createPlacement` when it provides one, else the local stand-ins below (kept only until that
 * package's placement interface lands). `MemjsCache` calls it again for the servers still
 * answering when one fails.
 *
 * @example
 * ```ts
 * import { placementFactory } from "@ch8/cache-demo";
 *
 * const ketama = placementFactory("ketama");
 * const servers = [{ name: "10.0.0.1:11211", weight: 1 }, { name: "10.0.0.2:11211", weight: 1 }];
 * ketama(servers).locate("sq:42"); //=> "10.0.0.1:11211" or "10.0.0.2:11211", as pylibmc places it
 * ```
 */
export function placementFactory(algorithm: PlacementAlgorithm): PlacementFactory {
  if (!PLACEMENT_ALGORITHMS.includes(algorithm)) {
    throw new RangeError(
      `placement must be one of ${PLACEMENT_ALGORITHMS.join(", ")}, got ${JSON.stringify(algorithm)}`,
    );
  }
  const create = (sharding as Record<string, unknown>).createPlacement;
  if (typeof create === "function") {
    return (servers) => (create as ShardingCreate)(algorithm, servers);
  }
  return (servers) => LOCAL[algorithm](servers);
}

/** Whether placement comes from `@ch8/sharding` (true) or the local stand-ins (false). */
export function placementFromSharding(): boolean {
  return typeof (sharding as Record<string, unknown>).createPlacement === "function";
}

const LOCAL: Record<PlacementAlgorithm, PlacementFactory> = {
  modulo: (servers) => ({
    locate: (key) => _name(servers, sharding.murmur3(key) % servers.length),
  }),
  ketama: _ketama,
  rendezvous: (servers) => ({
    locate(key) {
      // highest random weight: score = -weight / ln(u), u uniform in (0, 1) from the hash
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      servers.forEach((server, index) => {
        const u = (sharding.murmur3(`${server.name}\u0000${key}`) + 0.5) / 2 ** 32;
        const score = -server.weight / Math.log(u);
        if (score > bestScore) {
          bestScore = score;
          best = index;
        }
      });
      return _name(servers, best);
    },
  }),
  jump: (servers) => ({
    locate(key) {
      // Lamping & Veach, "A Fast, Minimal Memory, Consistent Hash Algorithm" (2014)
      let k = (BigInt(sharding.murmur3(key)) << 32n) | BigInt(sharding.murmur3(key, 1));
      let b = -1;
      let j = 0;
      while (j < servers.length) {
        b = j;
        k = (k * 2862933555777941757n + 1n) & 0xffffffffffffffffn;
        j = Math.floor((b + 1) * (2 ** 31 / (Number(k >> 33n) + 1)));
      }
      return _name(servers, b);
    },
  }),
};

function _name(servers: readonly PlacementServer[], index: number): string {
  const server = servers[index];
  if (server === undefined) throw new RangeError(`no server at index ${index}`);
  return server.name;
}

/** libmemcached's weighted ketama (MEMCACHED_BEHAVIOR_KETAMA_WEIGHTED), as pylibmc uses it. */
function _ketama(servers: readonly PlacementServer[]): KeyPlacement {
  const total = servers.reduce((sum, server) => sum + server.weight, 0);
  const points: { value: number; index: number }[] = [];
  servers.forEach((server, index) => {
    const pct = server.weight / total;
    const perServer = Math.floor(Math.fround(pct * 40 * servers.length) + 1e-10) * 4;
    const [host, port] = _splitHostPort(server.name);
    for (let i = 0; i < perServer / 4; i++) {
      // libmemcached leaves the default port out of a server's name on the ring
      const label = port === 11211 ? `${host}-${i}` : `${host}:${port}-${i}`;
      const digest = createHash("md5").update(label).digest();
      for (let x = 0; x < 4; x++) points.push({ value: digest.readUInt32LE(x * 4), index });
    }
  });
  points.sort((a, b) => a.value - b.value);
  const values = Uint32Array.from(points, (point) => point.value);
  const owners = Uint32Array.from(points, (point) => point.index);
  return {
    locate(key) {
      const hash = createHash("md5").update(key).digest().readUInt32LE(0);
      let low = 0;
      let high = values.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((values[middle] ?? 0) < hash) low = middle + 1;
        else high = middle;
      }
      return _name(servers, owners[low === values.length ? 0 : low] ?? 0);
    },
  };
}

function _splitHostPort(name: string): [string, number] {
  const colon = name.lastIndexOf(":");
  return colon < 0 ? [name, 11211] : [name.slice(0, colon), Number(name.slice(colon + 1))];
}
