import { DEFAULT_MEMCACHED_PORT, parseServerSpec } from "./parse_server_list.ts";
import type { ServerInput } from "./placement.ts";

export interface _Server {
  readonly name: string;
  readonly weight: number;
  /** Host and port as libmemcached would see them (names without a port get 11211). */
  readonly host: string;
  readonly port: number;
}

/** Validate and normalize a server list for a placement; bad input is a programming error. */
export function _normalizeServers(who: string, servers: readonly ServerInput[]): _Server[] {
  if (servers.length === 0) throw new RangeError(`${who} needs at least one server, got none`);
  const out = servers.map((server): _Server => {
    if (typeof server === "string") return parseServerSpec(server);
    const weight = server.weight ?? 1;
    if (!Number.isInteger(weight) || weight < 1) {
      throw new RangeError(
        `${who} weight of "${server.name}" must be an integer >= 1, got ${weight}`,
      );
    }
    // A ServerSpec from parseServerList() already knows its host and port.
    const known = server as { host?: unknown; port?: unknown };
    if (typeof known.host === "string" && typeof known.port === "number") {
      return { name: server.name, weight, host: known.host, port: known.port };
    }
    let host = server.name;
    let port = DEFAULT_MEMCACHED_PORT;
    const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(server.name);
    if (match) {
      host = match[1] ?? match[2]!;
      port = Number(match[3]);
    } else if (/^\[[^\]]+\]$/.test(server.name)) {
      host = server.name.slice(1, -1);
    }
    return { name: server.name, weight, host, port };
  });
  const seen = new Set<string>();
  for (const server of out) {
    if (seen.has(server.name)) throw new RangeError(`${who} got server "${server.name}" twice`);
    seen.add(server.name);
  }
  return out;
}

/** Throw unless every weight is 1, for algorithms that cannot honour weights. */
export function _requireUnweighted(who: string, servers: readonly _Server[]): void {
  const weighted = servers.find((server) => server.weight !== 1);
  if (weighted) {
    throw new RangeError(
      `${who} does not support weights; "${weighted.name}" has weight ${weighted.weight} (use ketama or rendezvous)`,
    );
  }
}
