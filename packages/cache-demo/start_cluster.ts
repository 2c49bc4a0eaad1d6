import {
  type MemcachedProcess,
  type StartMemcachedOptions,
  startMemcached,
} from "./start_memcached.ts";

/** Options for {@linkcode startCluster}: how many nodes, and how each is started. */
export interface StartClusterOptions extends Omit<StartMemcachedOptions, "port"> {
  /**
   * How many memcached processes.
   * @default 3
   */
  readonly nodes?: number;
}

/** Private memcached processes from {@linkcode startCluster}. */
export interface MemcachedCluster {
  readonly nodes: readonly MemcachedProcess[];
  /** `host:port` of each node. */
  readonly addresses: readonly string[];
  /** The addresses comma-separated, ready for `--servers` or `MemjsCache`. */
  readonly servers: string;
  /** Stops every node and waits for them to exit; idempotent. */
  close(): Promise<void>;
}

/**
 * Starts `nodes` private memcached processes on free loopback ports (UDP off), for
 * `ch8 cache cluster --nodes N`. If one fails to start, the others are stopped before the
 * error is thrown. Every node is also killed when this process exits.
 *
 * @example
 * ```ts
 * import { MemjsCache, startCluster } from "@ch8/cache-demo";
 *
 * const cluster = await startCluster({ nodes: 3 });
 * cluster.addresses.length; //=> 3
 * // "127.0.0.1:PORT,127.0.0.1:PORT,127.0.0.1:PORT"
 * const cache = new MemjsCache(cluster.servers, { placement: "ketama" });
 * Object.keys(await cache.versions()).length; //=> 3
 * await cache.close();
 * await cluster.close();
 * ```
 */
export async function startCluster(options: StartClusterOptions = {}): Promise<MemcachedCluster> {
  const { nodes: count = 3, ...nodeOptions } = options;
  if (!Number.isSafeInteger(count) || count < 1 || count > 64) {
    throw new RangeError(`nodes must be a whole number from 1 to 64, got ${count}`);
  }
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => startMemcached(nodeOptions)),
  );
  const nodes = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failed = started.find((result) => result.status === "rejected");
  if (failed !== undefined) {
    await Promise.all(nodes.map((node) => node.close()));
    throw failed.reason;
  }
  const addresses = nodes.map((node) => node.address);
  let closing: Promise<void> | undefined;
  return {
    nodes,
    addresses,
    servers: addresses.join(","),
    close() {
      closing ??= Promise.all(nodes.map((node) => node.close())).then(() => undefined);
      return closing;
    },
  };
}
