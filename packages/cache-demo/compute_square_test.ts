import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeSquare } from "./compute_square.ts";
import { MemjsCache } from "./memjs_cache.ts";
import { MemoryCache } from "./memory_cache.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

describe("computeSquare()", () => {
  let server: MemcachedProcess;
  beforeAll(async () => {
    server = await startMemcached();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("computes (waiting delayMs) on a miss and reads memcached on a hit", async () => {
    const cache = new MemjsCache(server.address);
    const waits: number[] = [];
    const hits: boolean[] = [];
    const options = {
      delayMs: 3,
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      onResult: (hit: boolean) => hits.push(hit),
    };
    try {
      expect(await computeSquare(cache, 37, options)).toBe(1369);
      expect(await computeSquare(cache, 37, options)).toBe(1369);
      expect(await computeSquare(cache, 0, options)).toBe(0);
      expect(waits).toEqual([3, 3]);
      expect(hits).toEqual([false, true, false]);
      expect(await cache.get("sq:37")).toBe("1369");
    } finally {
      await cache.close();
    }
  });

  it("refuses an n whose square is not a safe integer", async () => {
    await expect(computeSquare(new MemoryCache(), 1.5)).rejects.toBeInstanceOf(RangeError);
    await expect(computeSquare(new MemoryCache(), 2 ** 27)).rejects.toBeInstanceOf(RangeError);
  });

  it("reports a non-integer under sq:<n> as E_UNSUPPORTED_VALUE", async () => {
    const cache = new MemoryCache();
    await cache.set("sq:3", "nine");
    await expect(computeSquare(cache, 3)).rejects.toMatchObject({ code: "E_UNSUPPORTED_VALUE" });
  });
});
