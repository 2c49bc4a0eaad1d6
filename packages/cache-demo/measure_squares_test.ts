import { seededRandom } from "@ch8/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureSquares } from "./measure_squares.ts";
import { MemjsCache } from "./memjs_cache.ts";
import { MemoryCache } from "./memory_cache.ts";
import { type MemcachedCluster, startCluster } from "./start_cluster.ts";

describe("measureSquares()", () => {
  let cluster: MemcachedCluster;
  beforeAll(async () => {
    cluster = await startCluster({ nodes: 2 });
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it("counts hits and misses per run; misses are the distinct new keys", async () => {
    const cache = new MemoryCache();
    const draws = seededRandom(7);
    const ns: number[] = [];
    const random = () => {
      const r = draws();
      ns.push(Math.min(50, Math.floor(r * 51)));
      return r;
    };
    const report = await measureSquares({
      cache,
      runs: 3,
      requests: 40,
      max: 50,
      delayMs: 0,
      random,
    });
    const seen = new Set<number>();
    const expectedMisses = [0, 1, 2].map((run) => {
      let misses = 0;
      for (const n of ns.slice(run * 40, run * 40 + 40)) {
        if (!seen.has(n)) misses++;
        seen.add(n);
      }
      return misses;
    });
    expect(report.runs.map((run) => run.misses)).toEqual(expectedMisses);
    expect(report.runs.map((run) => run.hits + run.misses)).toEqual([40, 40, 40]);
    expect(report.servers).toEqual([{ server: "memory", items: seen.size, failures: 0 }]);
    expect(report.keySpace).toBe(51);
  });

  it("times runs and latencies with the injected clock", async () => {
    let clock = 0;
    const report = await measureSquares({
      cache: new MemoryCache(),
      runs: 2,
      requests: 4,
      max: 0,
      delayMs: 5,
      now: () => clock,
      // only misses wait: the one miss of run 1 costs 5 ms on the fake clock
      sleep: async (ms) => {
        clock += ms;
      },
    });
    const [first, second] = report.runs;
    expect(first).toMatchObject({ seconds: 0.005, hits: 3, misses: 1, p50Ms: 0, p99Ms: 5 });
    expect(first?.requestsPerSecond).toBe(800);
    expect(first?.expectedHitRatio).toBe(0.75);
    expect(second).toMatchObject({
      seconds: 0,
      hits: 4,
      misses: 0,
      p99Ms: 0,
      requestsPerSecond: 0,
    });
  });

  it("keeps N requests in flight with concurrency N and reports items per server", async () => {
    const memjs = new MemjsCache(cluster.servers);
    let inFlight = 0;
    let peak = 0;
    // counts gets in flight, and passes the reporting extras through
    const cache = Object.assign(Object.create(memjs) as MemjsCache, {
      get: async (key: string) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        try {
          return await memjs.get(key);
        } finally {
          inFlight--;
        }
      },
      set: (key: string, value: number | string | bigint) => memjs.set(key, value),
      itemCounts: () => memjs.itemCounts(),
      counters: () => memjs.counters(),
      close: () => memjs.close(),
    });
    const draws = seededRandom(3);
    const distinct = new Set<number>();
    try {
      const report = await measureSquares({
        cache,
        runs: 2,
        requests: 64,
        max: 1000,
        concurrency: 8,
        random: () => {
          const r = draws();
          distinct.add(Math.floor(r * 1001));
          return r;
        },
      });
      expect(peak).toBe(8);
      const items = report.servers.reduce((sum, server) => sum + (server.items ?? 0), 0);
      // two requests in flight for the same square both miss, and store it once
      expect(items).toBe(distinct.size);
      expect(items).toBeLessThanOrEqual(report.runs.reduce((sum, run) => sum + run.misses, 0));
      expect(report.servers.map((server) => server.server)).toEqual(cluster.addresses);
      expect(report.servers.every((server) => (server.items ?? 0) > 0)).toBe(true);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    } finally {
      await cache.close();
    }
  });

  it("refuses a concurrency below 1", async () => {
    await expect(measureSquares({ cache: new MemoryCache(), concurrency: 0 })).rejects.toThrow(
      /concurrency/,
    );
  });
});
