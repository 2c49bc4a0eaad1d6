import { type AddressInfo, createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { createPlacement } from "@ch8/sharding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runPython } from "./_test_python.ts";
import { measureSquares } from "./measure_squares.ts";
import { MemjsCache } from "./memjs_cache.ts";
import { PLACEMENT_ALGORITHMS } from "./placement_factory.ts";
import { type MemcachedCluster, startCluster } from "./start_cluster.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

/** Which nodes hold `key`, asked of each node directly. */
async function holders(addresses: readonly string[], keys: readonly string[]) {
  const direct = addresses.map((address) => new MemjsCache(address));
  try {
    return await Promise.all(
      keys.map(async (key) => {
        const found = await Promise.all(direct.map((cache) => cache.get(key)));
        return addresses.filter((_, i) => found[i] !== null);
      }),
    );
  } finally {
    await Promise.all(direct.map((cache) => cache.close()));
  }
}

describe("MemjsCache over a three-node cluster", () => {
  let cluster: MemcachedCluster;
  const extra: MemcachedProcess[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(async () => {
    cluster = await startCluster({ nodes: 3 });
    unhandled.length = 0;
    process.on("unhandledRejection", onUnhandled);
  });
  afterEach(async () => {
    process.off("unhandledRejection", onUnhandled);
    await Promise.all(extra.splice(0).map((node) => node.close()));
    await cluster?.close();
  });

  it("startCluster() starts distinct nodes that answer", async () => {
    expect(cluster.nodes).toHaveLength(3);
    expect(new Set(cluster.addresses).size).toBe(3);
    const cache = new MemjsCache(cluster.servers);
    try {
      expect(Object.keys(await cache.versions())).toEqual(cluster.addresses);
    } finally {
      await cache.close();
    }
  });

  for (const algorithm of PLACEMENT_ALGORITHMS) {
    it(`puts every key where @ch8/sharding's ${algorithm} placement says`, async () => {
      const cache = new MemjsCache(cluster.servers, { placement: algorithm });
      const keys = Array.from({ length: 300 }, (_, i) => `sq:${i}`);
      try {
        for (const key of keys) await cache.set(key, 1);
      } finally {
        await cache.close();
      }
      const placement = createPlacement(algorithm, cluster.addresses);
      const expected = keys.map((key) => [placement.locate(key)]);
      const reopened = new MemjsCache(cluster.servers, { placement: algorithm });
      expect(keys.map((key) => [reopened.serverFor(key)])).toEqual(expected);
      await reopened.close();
      expect(await holders(cluster.addresses, keys)).toEqual(expected);
      // every node gets a share
      expect(new Set(expected.flat()).size).toBe(3);
    });
  }

  it("passes host:port:weight weights to the placement", async () => {
    const [a, b, c] = cluster.addresses;
    const specs = [`${a}:3`, `${b}:1`, `${c}:1`];
    const cache = new MemjsCache(specs.join(","));
    const keys = Array.from({ length: 300 }, (_, i) => `w:${i}`);
    try {
      expect(cache.servers).toEqual(cluster.addresses);
      for (const key of keys) await cache.set(key, 1);
    } finally {
      await cache.close();
    }
    const placement = createPlacement(
      "ketama",
      cluster.addresses.map((name, i) => ({ name, weight: i === 0 ? 3 : 1 })),
    );
    const holding = await holders(cluster.addresses, keys);
    expect(holding).toEqual(keys.map((key) => [placement.locate(key)]));
    expect(holding.filter(([server]) => server === a).length).toBeGreaterThan(150);
  });

  it("refuses bad keys and oversized values with errors naming the key", async () => {
    const cache = new MemjsCache(cluster.servers);
    try {
      await expect(cache.set("k".repeat(300), 1)).rejects.toMatchObject({
        code: "E_BAD_KEY",
        message: expect.stringContaining("300 bytes"),
      });
      await expect(cache.get("two words")).rejects.toMatchObject({ code: "E_BAD_KEY" });
      await expect(cache.set("big", "x".repeat(1_100_000))).rejects.toMatchObject({
        code: "E_VALUE_TOO_LARGE",
        message: expect.stringContaining('"big"'),
      });
      await cache.set("small", "x");
      expect(await cache.get("small")).toBe("x");
      expect(cache.counters().failovers).toBe(0);
    } finally {
      await cache.close();
    }
  });

  it("reads every key pylibmc wrote with ketama_weighted, on the same nodes", async () => {
    await runPython(
      `import sys, pylibmc
client = pylibmc.Client(sys.argv[1].split(','), behaviors={'ketama_weighted': True})
for i in range(300):
    client.set('py:%d' % i, i)`,
      [cluster.servers],
    );
    const cache = new MemjsCache(cluster.servers, { placement: "ketama" });
    try {
      const values = await Promise.all(Array.from({ length: 300 }, (_, i) => cache.get(`py:${i}`)));
      expect(values).toEqual(Array.from({ length: 300 }, (_, i) => String(i)));
    } finally {
      await cache.close();
    }
  });

  it("survives a node killed mid-run, counts the failures, and uses it again once restarted", async () => {
    const cache = new MemjsCache(cluster.servers, { timeoutMs: 300, retryAfterMs: 50 });
    const victim = cluster.nodes[1] as MemcachedProcess;
    let restarted: Promise<MemcachedProcess> | undefined;
    try {
      const report = await measureSquares({
        cache,
        runs: 4,
        requests: 400,
        max: 300,
        delayMs: 0,
        concurrency: 4,
        onRun: (run) => {
          // close() sends SIGKILL before it returns: the node is gone for the next run
          if (run.run === 0) void victim.close();
          if (run.run === 1) restarted = startMemcached({ port: victim.port });
        },
      });
      if (process.env.SHOW_REPORT) console.log(JSON.stringify(report), cache.counters());
      expect(report.runs).toHaveLength(4);
      expect(report.runs[0]?.failovers).toBe(0);
      expect(report.runs[1]?.failovers).toBeGreaterThan(0);
      expect(report.failovers).toBeGreaterThan(0);
      expect(cache.counters().failures[victim.address]).toBeGreaterThan(0);
      const back = await (restarted as Promise<MemcachedProcess>);
      extra.push(back);

      // once the node answers again and its pause is over, its keys go back to it
      await sleep(100);
      const keys = Array.from({ length: 200 }, (_, i) => `after:${i}`);
      for (const key of keys) await cache.set(key, 1);
      const placement = createPlacement("ketama", cluster.addresses);
      expect(await holders(cluster.addresses, keys)).toEqual(
        keys.map((key) => [placement.locate(key)]),
      );
      expect((await cache.itemCounts())[victim.address]).toBeGreaterThan(0);
      expect(unhandled).toEqual([]);
    } finally {
      await cache.close();
      extra.push(...(restarted === undefined ? [] : [await restarted]));
    }
  });

  it("fails a request over at once when its server closes the connection, not at the timeout", async () => {
    // a server that reads a request and closes the connection cleanly (FIN, no error): memjs
    // would never call that request back
    const closer = createServer((socket) => socket.once("data", () => socket.end()));
    await new Promise<void>((resolve) => closer.listen(0, "127.0.0.1", resolve));
    const address = `127.0.0.1:${(closer.address() as AddressInfo).port}`;
    const real = cluster.addresses[0] as string;
    // a minute-long timeout: noticed only at the deadline, this test would time out
    const cache = new MemjsCache([address, real], { timeoutMs: 60_000, retryAfterMs: 60_000 });
    const key = Array.from({ length: 100 }, (_, i) => `drop:${i}`).find(
      (candidate) => cache.serverFor(candidate) === address,
    ) as string;
    try {
      // answered by the next server in the placement, which never had the key
      expect(await cache.get(key)).toBeNull();
      expect(cache.counters()).toEqual({ failovers: 1, failures: { [address]: 1, [real]: 0 } });
      expect(unhandled).toEqual([]);
    } finally {
      await cache.close();
      closer.close();
    }
  });

  it("fails over after the timeout from a node that stops answering (SIGSTOP), and back after SIGCONT", async () => {
    const cache = new MemjsCache(cluster.servers, { timeoutMs: 200, retryAfterMs: 100 });
    const victim = cluster.nodes[2] as MemcachedProcess;
    let stopped = false;
    try {
      const report = await measureSquares({
        cache,
        runs: 3,
        requests: 150,
        max: 100,
        delayMs: 0,
        concurrency: 3,
        onRun: (run) => {
          if (run.run === 0) {
            process.kill(victim.pid, "SIGSTOP");
            stopped = true;
          }
          if (run.run === 1) {
            process.kill(victim.pid, "SIGCONT");
            stopped = false;
          }
        },
      });
      expect(report.runs).toHaveLength(3);
      expect(report.runs[1]?.failovers).toBeGreaterThan(0);
      expect(cache.counters().failures[victim.address]).toBeGreaterThan(0);
      await sleep(150);
      const keys = Array.from({ length: 100 }, (_, i) => `cont:${i}`);
      for (const key of keys) await cache.set(key, 1);
      expect(
        (await holders([victim.address], keys)).filter((found) => found.length > 0).length,
      ).toBeGreaterThan(0);
      expect(unhandled).toEqual([]);
    } finally {
      if (stopped) process.kill(victim.pid, "SIGCONT");
      await cache.close();
    }
  });

  it("rejects E_SERVER_UNREACHABLE, never hangs, when every node is down", async () => {
    const cache = new MemjsCache(cluster.servers, { timeoutMs: 300 });
    try {
      await cache.set("k", 1);
      await cluster.close();
      await expect(cache.get("k")).rejects.toMatchObject({ code: "E_SERVER_UNREACHABLE" });
      await expect(cache.get("k")).rejects.toMatchObject({
        code: "E_SERVER_UNREACHABLE",
        message: expect.stringContaining("no memcached server answered"),
      });
      expect(unhandled).toEqual([]);
    } finally {
      await cache.close();
    }
  });
});
