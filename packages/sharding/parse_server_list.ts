import { ShardingError } from "./sharding_error.ts";

/**
 * The port memcached listens on unless told otherwise.
 *
 * @example
 * ```ts
 * import { DEFAULT_MEMCACHED_PORT } from "@ch8/sharding";
 *
 * DEFAULT_MEMCACHED_PORT; //=> 11211
 * ```
 */
export const DEFAULT_MEMCACHED_PORT = 11211;

/**
 * One server of a cluster, as `parseServerList` returns it.
 *
 * @example
 * ```ts
 * import { parseServerList } from "@ch8/sharding";
 *
 * parseServerList("cache1:11212:3")[0]; //=> { name: "cache1:11212", host: "cache1", port: 11212, weight: 3 }
 * ```
 */
export interface ServerSpec {
  /** The spec without its weight, as written (`cache1:11212`, `cache2`, `[::1]:11211`): the name placements return. */
  readonly name: string;
  /** Host name or address, without IPv6 brackets. */
  readonly host: string;
  /** TCP port. */
  readonly port: number;
  /** Relative weight, a positive integer. */
  readonly weight: number;
}

function bad(spec: string, why: string): ShardingError {
  return new ShardingError("E_BAD_SERVER_LIST", `bad server "${spec}": ${why}`);
}

function integer(spec: string, text: string, what: string, min: number, max: number): number {
  if (!/^\d+$/.test(text)) throw bad(spec, `${what} must be a whole number, got "${text}"`);
  const value = Number(text);
  if (value < min || value > max) throw bad(spec, `${what} must be ${min}..${max}, got ${value}`);
  return value;
}

/**
 * Parse one `host[:port[:weight]]` server (IPv6 as `[::1]:port:weight`), the way pylibmc reads
 * server strings: the port defaults to 11211 and the weight to 1.
 *
 * @throws {ShardingError} `E_BAD_SERVER_LIST` naming the server and what is wrong with it.
 *
 * @example
 * ```ts
 * import { parseServerSpec } from "@ch8/sharding";
 *
 * parseServerSpec("cache1:11212:3"); //=> { name: "cache1:11212", host: "cache1", port: 11212, weight: 3 }
 * parseServerSpec("cache2"); //=> { name: "cache2", host: "cache2", port: 11211, weight: 1 }
 * ```
 */
export function parseServerSpec(spec: string): ServerSpec {
  const text = spec.trim();
  let host: string;
  let rest: string[];
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) throw bad(spec, "missing ] after an IPv6 address");
    host = text.slice(1, close);
    const after = text.slice(close + 1);
    if (after !== "" && !after.startsWith(":")) throw bad(spec, "expected : after ]");
    rest = after === "" ? [] : after.slice(1).split(":");
  } else {
    [host = "", ...rest] = text.split(":");
  }
  if (host === "") throw bad(spec, "the host is empty");
  if (rest.length > 2) throw bad(spec, "expected host[:port[:weight]]");
  const port =
    rest[0] === undefined ? DEFAULT_MEMCACHED_PORT : integer(spec, rest[0], "port", 1, 65535);
  const weight = rest[1] === undefined ? 1 : integer(spec, rest[1], "weight", 1, 2 ** 31 - 1);
  const name = rest.length === 2 ? text.slice(0, text.lastIndexOf(":")) : text;
  return { name, host, port, weight };
}

/**
 * Parse a comma-separated server list such as `--servers` takes: `host[:port[:weight]]`, with
 * pylibmc's defaults (port 11211, weight 1). Blank entries are ignored; the same server twice is
 * an error.
 *
 * @throws {ShardingError} `E_BAD_SERVER_LIST` naming the offending server.
 *
 * @example
 * ```ts
 * import { parseServerList } from "@ch8/sharding";
 *
 * parseServerList("a:1,b:2:3").map((s) => [s.name, s.weight]); //=> [["a:1", 1], ["b:2", 3]]
 * ```
 */
export function parseServerList(list: string): ServerSpec[] {
  const servers = list
    .split(",")
    .filter((spec) => spec.trim() !== "")
    .map(parseServerSpec);
  if (servers.length === 0) {
    throw new ShardingError("E_BAD_SERVER_LIST", `no servers in "${list}"`);
  }
  const seen = new Set<string>();
  for (const server of servers) {
    if (seen.has(server.name)) throw bad(server.name, "listed twice");
    seen.add(server.name);
  }
  return servers;
}
