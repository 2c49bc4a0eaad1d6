import { seededRandom } from "@ch8/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemjsCache } from "./memjs_cache.ts";
import { MemoryCache } from "./memory_cache.ts";
import { runSquares } from "./run_squares.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

describe("runSquares()", () => {
  let server: MemcachedProcess;
  beforeAll(async () => {
    server = await startMemcached();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("later runs hit the cache: misses fall run by run against memcached", async () => {
    const cache = new MemjsCache(server.address);
    const missesPerRun: number[] = [];
    let misses = 0;
    let clock = 0;
    try {
      const seconds = await runSquares({
        cache,
        runs: 6,
        requests: 60,
        max: 40,
        random: seededRandom(1),
        // a miss costs the pretend computation; the fake clock charges 1 ms for it
        sleep: async (ms) => {
          misses++;
          clock += ms;
        },
        now: () => clock,
        onRun: () => {
          missesPerRun.push(misses);
          misses = 0;
        },
      });
      expect(seconds).toEqual(missesPerRun.map((n) => n / 1000));
      expect(missesPerRun[0]).toBeGreaterThan(20);
      expect(missesPerRun.at(-1)).toBeLessThan(5);
      // 0..40 inclusive: at most 41 distinct squares are ever computed
      expect(missesPerRun.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(41);
      for (let i = 1; i < missesPerRun.length; i++) {
        expect(missesPerRun[i]).toBeLessThanOrEqual(missesPerRun[0] ?? 0);
      }
    } finally {
      await cache.close();
    }
  });

  it("draws n from 0..max inclusive", async () => {
    const cache = new MemoryCache();
    const draws = [0, 0.999999, 0.5];
    let i = 0;
    await runSquares({
      cache,
      runs: 1,
      requests: 3,
      max: 10,
      delayMs: 0,
      random: () => draws[i++] ?? 0,
    });
    expect(await cache.get("sq:0")).toBe("0");
    expect(await cache.get("sq:10")).toBe("100");
    expect(await cache.get("sq:5")).toBe("25");
  });

  it("reports each run through onRun as it completes", async () => {
    const seen: [number, number][] = [];
    let clock = 0;
    const seconds = await runSquares({
      cache: new MemoryCache(),
      runs: 3,
      requests: 2,
      delayMs: 0,
      now: () => (clock += 250),
      onRun: (s, run) => seen.push([s, run]),
    });
    expect(seconds).toEqual([0.25, 0.25, 0.25]);
    expect(seen).toEqual([
      [0.25, 0],
      [0.25, 1],
      [0.25, 2],
    ]);
  });
});
