import { describe, expect, it } from "vitest";
import { cacheAside } from "./cache_aside.ts";
import { MemoryCache } from "./memory_cache.ts";

describe("cacheAside()", () => {
  it("computes on a miss, stores, and serves the stored value on a hit", async () => {
    const cache = new MemoryCache();
    let calls = 0;
    const compute = () => {
      calls++;
      return 49;
    };
    expect(await cacheAside(cache, "sq:7", compute, { decode: Number })).toEqual({
      value: 49,
      hit: false,
    });
    expect(await cacheAside(cache, "sq:7", compute, { decode: Number })).toEqual({
      value: 49,
      hit: true,
    });
    expect(await cacheAside(cache, "sq:7", compute)).toEqual({ value: "49", hit: true });
    expect(calls).toBe(1);
  });

  it("passes expires through to the cache", async () => {
    let now = 0;
    const cache = new MemoryCache({ now: () => now });
    await cacheAside(cache, "k", async () => "v", { expires: 1 });
    now = 1000;
    expect(await cacheAside(cache, "k", () => "w")).toEqual({ value: "w", hit: false });
  });
});
