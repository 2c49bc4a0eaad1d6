import type { Cache } from "./cache.ts";
import { CacheError } from "./cache_error.ts";
import { MemjsCache, type MemjsCacheOptions } from "./memjs_cache.ts";
import { MemoryCache } from "./memory_cache.ts";
import { type ResolveServersOptions, resolveServers } from "./resolve_servers.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

/** Options for {@linkcode openCache}. */
export interface OpenCacheOptions extends ResolveServersOptions {
  /**
   * How long the default server gets to answer before a private memcached is started.
   * @default 300
   */
  readonly probeTimeoutMs?: number;
  /**
   * The memcached executable for a private server.
   * @default "memcached"
   */
  readonly binary?: string;
  /** Options for the {@linkcode MemjsCache} (request timeout, placement, failover). */
  readonly cacheOptions?: MemjsCacheOptions;
  /** Receives one-line notices (a private server started, memory fallback). */
  readonly onNotice?: (line: string) => void;
}

/** The cache {@linkcode openCache} settled on, and where it lives. */
export interface OpenedCache {
  readonly cache: Cache;
  /** `host:port` of each server in use (empty for the in-memory cache). */
  readonly servers: readonly string[];
  /**
   * `"named"`: servers from `--servers`/`MEMCACHE_SERVERS`; `"default"`: a memcached answered at
   * the default address; `"private"`: a memcached started for this run; `"memory"`: no memcached
   * installed, an in-process cache.
   */
  readonly source: "named" | "default" | "private" | "memory";
  /** Closes the cache and stops a private server; idempotent. */
  close(): Promise<void>;
}

/**
 * Opens the cache the squares demo runs against. Named servers must answer (else
 * `E_SERVER_UNREACHABLE` naming the server, within the request timeout); with nothing named,
 * the default address is tried briefly, then a private memcached is started, then — when
 * memcached is not installed — an in-memory cache is used with a notice.
 *
 * @example
 * ```ts
 * import { openCache } from "@ch8/cache-demo";
 *
 * const opened = await openCache({ onNotice: (line) => console.error(line) });
 * // "default" when memcached answers at 127.0.0.1:11211, else "private", else "memory"
 * ["default", "private", "memory"].includes(opened.source); //=> true
 * await opened.close();
 * ```
 */
export async function openCache(options: OpenCacheOptions = {}): Promise<OpenedCache> {
  const resolved = resolveServers(options);
  const notice = options.onNotice ?? (() => {});
  if (resolved.explicit) {
    const cache = new MemjsCache(resolved.servers, options.cacheOptions);
    await _ensureAnswering(cache);
    return _opened(cache, cache.servers, "named");
  }

  const probe = new MemjsCache(resolved.servers, {
    ...options.cacheOptions,
    timeoutMs: options.probeTimeoutMs ?? 300,
  });
  const answered = await probe.versions().then(
    () => true,
    () => false,
  );
  await probe.close();
  if (answered) {
    const cache = new MemjsCache(resolved.servers, options.cacheOptions);
    return _opened(cache, cache.servers, "default");
  }

  let server: MemcachedProcess;
  try {
    server = await startMemcached({ binary: options.binary ?? "memcached" });
  } catch (error) {
    if (error instanceof CacheError && error.code === "E_MEMCACHED_NOT_INSTALLED") {
      notice(
        `memcached is not installed (apt-get install -y memcached); using an in-memory cache instead`,
      );
      return _opened(new MemoryCache(), [], "memory");
    }
    throw error;
  }
  notice(
    `no memcached answered at ${resolved.servers}; started a private one at ${server.address}`,
  );
  const cache = new MemjsCache(server.address, options.cacheOptions);
  try {
    await _ensureAnswering(cache);
  } catch (error) {
    await server.close();
    throw error;
  }
  return _opened(cache, cache.servers, "private", server);
}

async function _ensureAnswering(cache: MemjsCache): Promise<void> {
  try {
    await cache.versions();
  } catch (error) {
    await cache.close();
    throw error;
  }
}

function _opened(
  cache: Cache,
  servers: readonly string[],
  source: OpenedCache["source"],
  server?: MemcachedProcess,
): OpenedCache {
  let closing: Promise<void> | undefined;
  return {
    cache,
    servers,
    source,
    close() {
      closing ??= (async () => {
        await cache.close();
        await server?.close();
      })();
      return closing;
    },
  };
}
