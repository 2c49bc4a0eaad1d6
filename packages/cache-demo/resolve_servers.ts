/**
 * The default memcached address, as the book's squares.py uses.
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVERS } from "@ch8/cache-demo";
 *
 * DEFAULT_SERVERS; //=> "127.0.0.1:11211"
 * ```
 */
export const DEFAULT_SERVERS = "127.0.0.1:11211";

/** Options for {@linkcode resolveServers}. */
export interface ResolveServersOptions {
  /** The `--servers` value (comma-separated `[user:pass@]host:port`). */
  readonly servers?: string;
  /**
   * Where `MEMCACHE_SERVERS` is read from.
   * @default process.env
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * What to use when nothing is named.
   * @default "127.0.0.1:11211"
   */
  readonly defaultServers?: string;
}

/** Which servers to use and whether someone named them. */
export interface ResolvedServers {
  /** Comma-separated `[user:pass@]host:port` list. */
  readonly servers: string;
  /** `true` when named by `--servers` or `MEMCACHE_SERVERS`; `false` for the default. */
  readonly explicit: boolean;
  /** Where the list came from. */
  readonly from: "option" | "env" | "default";
}

/**
 * Picks the memcached servers the way memjs does, explicit first: the `servers` option, else
 * `MEMCACHE_SERVERS`, else the loopback default (which, not being explicit, may be replaced by a
 * private memcached when nothing answers there).
 *
 * @example
 * ```ts
 * import { resolveServers } from "@ch8/cache-demo";
 *
 * resolveServers({ servers: "10.0.0.5:11211", env: {} });
 * //=> { servers: "10.0.0.5:11211", explicit: true, from: "option" }
 * resolveServers({ env: { MEMCACHE_SERVERS: "a:1,b:2" } });
 * //=> { servers: "a:1,b:2", explicit: true, from: "env" }
 * resolveServers({ env: {} });
 * //=> { servers: "127.0.0.1:11211", explicit: false, from: "default" }
 * ```
 */
export function resolveServers(options: ResolveServersOptions = {}): ResolvedServers {
  const named = options.servers?.trim();
  if (named) return { servers: named, explicit: true, from: "option" };
  const fromEnv = (options.env ?? process.env).MEMCACHE_SERVERS?.trim();
  if (fromEnv) return { servers: fromEnv, explicit: true, from: "env" };
  return { servers: options.defaultServers ?? DEFAULT_SERVERS, explicit: false, from: "default" };
}
