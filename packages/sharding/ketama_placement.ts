import { _md5Words } from "./_md5.ts";
import { _normalizeServers, type _Server } from "./_normalize_servers.ts";
import { DEFAULT_MEMCACHED_PORT } from "./parse_server_list.ts";
import type { Placement, ServerInput } from "./placement.ts";

/**
 * A ketama placement, with its continuum exposed for inspection.
 *
 * @example
 * ```ts
 * import { ketamaPlacement } from "@ch8/sharding";
 *
 * const ring = ketamaPlacement(["a:1", "b:1"]);
 * ring.points.length === ring.owners.length; //=> true
 * ```
 */
export interface KetamaPlacement extends Placement {
  readonly algorithm: "ketama";
  /** Points on the ring, ascending. */
  readonly points: Uint32Array;
  /** `owners[i]` is the index in `servers` of the server that owns `points[i]`. */
  readonly owners: Uint32Array;
}

const POINTS_PER_SERVER = 160;

/** How libmemcached names the `index`th hash of a server on the ring (hosts.cc). */
function ringLabel(server: _Server, index: number): string {
  return server.port === DEFAULT_MEMCACHED_PORT
    ? `${server.host}-${index}`
    : `${server.host}:${server.port}-${index}`;
}

/**
 * libmemcached's points for one server: floor(weight share × 160 / 4 × servers) × 4, computed in
 * single precision as its update_continuum() does, so rounding matches to the last point.
 */
function pointsFor(weight: number, total: number, count: number): number {
  const f = Math.fround;
  const share = f(f(weight) / f(total));
  const scaled = f(f(f(share * POINTS_PER_SERVER) / 4) * f(count));
  return Math.floor(f(scaled + 0.0000000001)) * 4;
}

/**
 * Consistent hashing compatible with libmemcached's weighted ketama
 * (`MEMCACHED_BEHAVIOR_KETAMA_WEIGHTED`, which pylibmc's `behaviors={"ketama_weighted": True}`,
 * PHP's memcached extension and other libmemcached clients use): given the same server list, a
 * key lands on the same server as with those clients, so services in several languages can share
 * one memcached cluster.
 *
 * Each server gets about 160 × its weight share × the number of servers points; every 4 points
 * are the 4 little-endian words of MD5(`"host:port-i"`), or MD5(`"host-i"`) when the port is
 * 11211. A key goes to the first point at or after the first word of MD5(key), wrapping around.
 * Lookup is a binary search over a sorted `Uint32Array`. (Where two points collide libmemcached's
 * unstable qsort may order them differently; this keeps server order. With 160 points per server
 * a collision is rare, and then it matters only for keys hashing to that exact value.)
 *
 * @param servers `host[:port[:weight]]` strings or `{ name, weight }` (a name without a port means
 * port 11211, as in libmemcached).
 *
 * @example
 * ```ts
 * import { ketamaPlacement } from "@ch8/sharding";
 *
 * const ring = ketamaPlacement(["127.0.0.2:11211", "127.0.0.3:11211", "127.0.0.4:11211"]);
 * ring.locate("key0"); //=> "127.0.0.3:11211"
 * ring.locate("key1"); //=> "127.0.0.2:11211"
 * ring.points.length; //=> 480
 * ```
 */
export function ketamaPlacement(servers: readonly ServerInput[]): KetamaPlacement {
  const list = _normalizeServers("ketamaPlacement()", servers);
  if (list.length > 0xffff) throw new RangeError(`ketamaPlacement() takes at most 65535 servers`);
  const total = list.reduce((sum, server) => sum + server.weight, 0);
  const packed: number[] = [];
  list.forEach((server, owner) => {
    const hashes = pointsFor(server.weight, total, list.length) / 4;
    for (let i = 0; i < hashes; i++) {
      const words = _md5Words(ringLabel(server, i));
      for (let k = 0; k < 4; k++) packed.push((words[k]! >>> 0) * 0x10000 + owner);
    }
  });
  // value × 2^16 + owner stays below 2^48, exact in a double, so one numeric sort orders both.
  const sorted = Float64Array.from(packed).sort();
  const points = new Uint32Array(sorted.length);
  const owners = new Uint32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    owners[i] = value % 0x10000;
    points[i] = (value - owners[i]!) / 0x10000;
  }
  const names = list.map((server) => server.name);
  const count = points.length;

  const locateIndex = (key: string): number => {
    if (count === 0) return 0;
    const hash = _md5Words(key)[0]! >>> 0;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    return owners[lo === count ? 0 : lo]!;
  };

  return {
    algorithm: "ketama",
    servers: names,
    weights: list.map((server) => server.weight),
    points,
    owners,
    locateIndex,
    locate: (key) => names[locateIndex(key)]!,
  };
}
