import { checkKey } from "./_check_key.ts";
import { encodeValue } from "./_encode_value.ts";
import type { Cache, CacheSetOptions, CacheValue } from "./cache.ts";
import { CacheError } from "./cache_error.ts";

/** Options for {@linkcode MemoryCache}. */
export interface MemoryCacheOptions {
  /**
   * The clock, in milliseconds since the Unix epoch (expiry can be an absolute Unix time).
   * @default Date.now
   */
  readonly now?: () => number;
}

// memcached reads an expiry above 30 days as an absolute Unix time
const RELATIVE_LIMIT_S = 60 * 60 * 24 * 30;

/**
 * An in-process {@linkcode Cache} with memcached's semantics (same key rules, same expiry
 * rules), for when no memcached is available.
 *
 * @example
 * ```ts
 * import { MemoryCache } from "@ch8/cache-demo";
 *
 * let now = 0;
 * const cache = new MemoryCache({ now: () => now });
 * await cache.set("sq:5", 25, { expires: 10 });
 * await cache.get("sq:5"); //=> "25"
 * now += 10_000;
 * await cache.get("sq:5"); //=> null
 * ```
 */
export class MemoryCache implements Cache {
  readonly #now: () => number;
  readonly #items = new Map<string, { text: string; expiresAt: number }>();
  #closed = false;

  constructor(options: MemoryCacheOptions = {}) {
    this.#now = options.now ?? Date.now;
  }

  /** The stored text, or `null` when missing or expired. */
  get(key: string): Promise<string | null> {
    try {
      this.#check(key);
      const item = this.#items.get(key);
      if (item === undefined) return Promise.resolve(null);
      if (item.expiresAt <= this.#now()) {
        this.#items.delete(key);
        return Promise.resolve(null);
      }
      return Promise.resolve(item.text);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Stores `value` as text; `expires` in seconds (0: never; over 30 days: a Unix time). */
  set(key: string, value: CacheValue, options: CacheSetOptions = {}): Promise<void> {
    try {
      this.#check(key);
      const { text } = encodeValue(value);
      const expires = options.expires ?? 0;
      if (!Number.isInteger(expires) || expires < 0) {
        throw new RangeError(`expires must be a whole number of seconds >= 0, got ${expires}`);
      }
      const expiresAt =
        expires === 0
          ? Number.POSITIVE_INFINITY
          : expires > RELATIVE_LIMIT_S
            ? expires * 1000
            : this.#now() + expires * 1000;
      this.#items.set(key, { text, expiresAt });
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** How many unexpired items it holds, keyed `"memory"` (the shape `MemjsCache` reports). */
  itemCounts(): Promise<Record<string, number>> {
    const now = this.#now();
    let count = 0;
    for (const item of this.#items.values()) if (item.expiresAt > now) count++;
    return Promise.resolve({ memory: count });
  }

  /** Drops every item; further use rejects `E_CLOSED`. Idempotent. */
  close(): Promise<void> {
    this.#closed = true;
    this.#items.clear();
    return Promise.resolve();
  }

  #check(key: string): void {
    if (this.#closed) throw new CacheError("E_CLOSED", "the cache is closed");
    checkKey(key);
  }
}
