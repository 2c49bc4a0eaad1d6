import { encodeValue } from "./_encode_value.ts";
import type { Cache, CacheValue } from "./cache.ts";

/** Options for {@linkcode cacheAside}. */
export interface CacheAsideOptions {
  /**
   * Lifetime of a computed value in seconds (memcached's meaning; `0` never expires).
   * @default 0
   */
  readonly expires?: number;
}

/** Options for {@linkcode cacheAside} with a `decode` that turns stored text into `T`. */
export interface CacheAsideDecodeOptions<T> extends CacheAsideOptions {
  /** Turns the stored text back into the value `compute` returns. */
  readonly decode: (text: string) => T;
}

/** What {@linkcode cacheAside} found: the value and whether it came from the cache. */
export interface CacheAsideResult<T> {
  readonly value: T;
  /** `true` when the cache had the key, `false` when `compute` ran. */
  readonly hit: boolean;
}

/**
 * Cache-aside: return the cached value for `key`, or run `compute`, store its result and
 * return it. Without `decode` the value is the stored text (what a later hit would return).
 *
 * @example
 * ```ts
 * import { MemoryCache, cacheAside } from "@ch8/cache-demo";
 *
 * const cache = new MemoryCache();
 * await cacheAside(cache, "sq:7", () => 49, { decode: Number }); //=> { value: 49, hit: false }
 * await cacheAside(cache, "sq:7", () => 49, { decode: Number }); //=> { value: 49, hit: true }
 * await cacheAside(cache, "sq:7", () => 49); //=> { value: "49", hit: true }
 * ```
 */
export async function cacheAside(
  cache: Cache,
  key: string,
  compute: () => CacheValue | Promise<CacheValue>,
  options?: CacheAsideOptions,
): Promise<CacheAsideResult<string>>;
/** With `decode`, the value (cached or computed) comes back as `T`. */
export async function cacheAside<T extends CacheValue>(
  cache: Cache,
  key: string,
  compute: () => T | Promise<T>,
  options: CacheAsideDecodeOptions<T>,
): Promise<CacheAsideResult<T>>;
export async function cacheAside<T extends CacheValue>(
  cache: Cache,
  key: string,
  compute: () => T | Promise<T>,
  options: Partial<CacheAsideDecodeOptions<T>> = {},
): Promise<CacheAsideResult<T | string>> {
  const cached = await cache.get(key);
  if (cached !== null) {
    return { value: options.decode === undefined ? cached : options.decode(cached), hit: true };
  }
  const value = await compute();
  const setOptions = options.expires === undefined ? {} : { expires: options.expires };
  await cache.set(key, value, setOptions);
  return { value: options.decode === undefined ? encodeValue(value).text : value, hit: false };
}
