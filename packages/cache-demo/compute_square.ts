import { setTimeout as delay } from "node:timers/promises";
import type { Cache } from "./cache.ts";
import { cacheAside } from "./cache_aside.ts";
import { CacheError } from "./cache_error.ts";

/** Options for {@linkcode computeSquare}. */
export interface ComputeSquareOptions {
  /**
   * How long a miss waits, the book's stand-in for an expensive computation.
   * @default 1
   */
  readonly delayMs?: number;
  /**
   * How to wait `delayMs` milliseconds.
   * @default setTimeout from node:timers/promises
   */
  readonly sleep?: (ms: number) => Promise<unknown>;
  /** Called with whether the square came from the cache. */
  readonly onResult?: (hit: boolean) => void;
}

/**
 * The book's `compute_square(n)`: look up `sq:<n>`; on a miss wait `delayMs`, then store
 * `n * n` (flagged as an integer, so python-memcache and pylibmc read back an `int`).
 *
 * @example
 * ```ts
 * import { MemoryCache, computeSquare } from "@ch8/cache-demo";
 *
 * const cache = new MemoryCache();
 * await computeSquare(cache, 12); //=> 144
 * await cache.get("sq:12"); //=> "144"
 * ```
 */
export async function computeSquare(
  cache: Cache,
  n: number,
  options: ComputeSquareOptions = {},
): Promise<number> {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(n * n)) {
    throw new RangeError(`n must be an integer whose square is a safe integer, got ${n}`);
  }
  const delayMs = options.delayMs ?? 1;
  if (!(delayMs >= 0)) throw new RangeError(`delayMs must be >= 0, got ${delayMs}`);
  const sleep = options.sleep ?? delay;
  const key = `sq:${n}`;
  const { value, hit } = await cacheAside(
    cache,
    key,
    async () => {
      if (delayMs > 0) await sleep(delayMs);
      return n * n;
    },
    { decode: (text) => _decodeInteger(key, text) },
  );
  options.onResult?.(hit);
  return value;
}

function _decodeInteger(key: string, text: string): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) {
    throw new CacheError(
      "E_UNSUPPORTED_VALUE",
      `key ${JSON.stringify(key)} holds ${JSON.stringify(text.slice(0, 40))}, not an integer`,
    );
  }
  return value;
}
