/** What {@linkcode Cache.set} accepts: text, or an integer (stored so Python clients read an int). */
export type CacheValue = string | number | bigint;

/** Options for {@linkcode Cache.set}. */
export interface CacheSetOptions {
  /**
   * Lifetime in seconds, with memcached's meaning: `0` never expires, up to 30 days is relative,
   * larger is a Unix timestamp.
   * @default 0
   */
  readonly expires?: number;
}

/**
 * The small cache interface the squares demo runs against; {@linkcode MemjsCache} and
 * {@linkcode MemoryCache} implement it.
 *
 * @example
 * ```ts
 * import { type Cache, MemoryCache } from "@ch8/cache-demo";
 *
 * const cache: Cache = new MemoryCache();
 * await cache.set("sq:3", 9);
 * await cache.get("sq:3"); //=> "9"
 * await cache.get("sq:4"); //=> null
 * await cache.close();
 * ```
 */
export interface Cache {
  /** The stored text, or `null` on a miss (a miss is a value, not an error). */
  get(key: string): Promise<string | null>;
  /** Stores `value`; numbers and bigints are stored as decimal text flagged as integers. */
  set(key: string, value: CacheValue, options?: CacheSetOptions): Promise<void>;
  /** Releases connections; idempotent. */
  close(): Promise<void>;
}
