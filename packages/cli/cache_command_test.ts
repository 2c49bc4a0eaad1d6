import { type MemcachedProcess, startMemcached } from "@ch8/cache-demo";
import { freePort } from "@ch8/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testIo } from "./_test_io.ts";
import { run } from "./run.ts";

let server: MemcachedProcess;
beforeAll(async () => {
  server = await startMemcached();
});
afterAll(() => server?.close());

const small = ["--runs", "3", "--requests", "40", "--max", "30", "--delay-ms", "1"];

describe("ch8 cache", () => {
  it("prints the book's heading and one time per run against a named memcached", async () => {
    const t = testIo();
    expect(await run(["cache", "--servers", server.address, ...small], t.io)).toBe(0);
    expect(t.stdout).toMatch(/^Three successive runs:\n( \d+\.\d\ds){3}\n$/);
    expect(t.stderr).toBe("");
  });

  it("takes the servers from MEMCACHE_SERVERS when --servers is not given", async () => {
    const t = testIo({ env: { MEMCACHE_SERVERS: server.address } });
    expect(await run(["cache", ...small], t.io)).toBe(0);
    expect(t.stdout).toMatch(/^Three successive runs:\n/);
  });

  it("fails in one line, naming a named server that does not answer", async () => {
    const dead = `127.0.0.1:${await freePort()}`;
    const t = testIo();
    expect(await run(["cache", "--servers", dead, ...small], t.io)).toBe(1);
    expect(t.stderr).toMatch(new RegExp(`^ch8: [^\\n]*${dead}[^\\n]*\\n$`));
    expect(t.stdout).toBe("");
  });

  it("rejects a malformed server list as a usage error naming the entry", async () => {
    for (const [servers, message] of [
      [
        "no-port-here:",
        "--servers: bad server 'no-port-here:': the port must be a number from 1 to 65535",
      ],
      [
        "127.0.0.1:99999",
        "--servers: bad server '127.0.0.1:99999': the port must be a number from 1 to 65535",
      ],
      ["a:1,b:2,a:1", "--servers: bad server 'a:1': listed twice"],
      ["a:1:0", "--servers: bad server 'a:1:0': the weight must be a whole number >= 1"],
      [
        "[::1]:11211",
        "--servers: bad server '[::1]:11211': IPv6 addresses are not supported (memjs cannot reach them)",
      ],
      ["u:secret@a", "--servers: bad server 'a': expected host:port[:weight]"],
      [",", "--servers names no server"],
    ]) {
      const t = testIo();
      expect(await run(["cache", "--servers", servers!, ...small], t.io)).toBe(2);
      expect(t.stderr.split("\n")[0]).toBe(`ch8: ${message}`);
      expect(t.stderr).not.toContain("secret");
    }
  });
});

describe("ch8 cache beyond the book", () => {
  it("--stats adds a table of hits, misses, expected hit ratio and latency after the book's lines", async () => {
    const t = testIo();
    expect(await run(["cache", "--servers", server.address, "--stats", ...small], t.io)).toBe(0);
    expect(t.stdout).toMatch(
      /^Three successive runs:\n( \d+\.\d\ds){3}\n\nrun +seconds +hits +misses +hit% +expected% +p50 ms +p99 ms/,
    );
    expect(t.stdout).toContain(server.address);
  });

  it("--json prints one object with per-run statistics and per-server items", async () => {
    const t = testIo();
    expect(
      await run(
        ["cache", "--servers", server.address, "--json", "--concurrency", "8", ...small],
        t.io,
      ),
    ).toBe(0);
    const report = JSON.parse(t.stdout);
    expect(report.runs).toHaveLength(3);
    expect(report.concurrency).toBe(8);
    expect(report.runs[0].requests).toBe(40);
    expect(report.servers[0].server).toBe(server.address);
  });

  it("rejects an unknown placement as a usage error", async () => {
    const t = testIo();
    expect(await run(["cache", "--placement", "crc32"], t.io)).toBe(2);
    expect(t.stderr.split("\n")[0]).toBe(
      "ch8: unknown placement 'crc32': expected one of ketama, modulo, rendezvous, jump",
    );
  });

  it("cache cluster starts N memcached nodes, prints them, and stops them when interrupted", async () => {
    const controller = new AbortController();
    const t = testIo({ signal: controller.signal });
    const status = run(["cache", "cluster", "--nodes", "2"], t.io);
    for (let i = 0; i < 200 && t.stdout.split("\n").length < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const addresses = t.stdout.trim().split("\n");
    expect(addresses).toHaveLength(2);
    const u = testIo();
    expect(await run(["cache", "--servers", addresses.join(","), "--json", ...small], u.io)).toBe(
      0,
    );
    const report = JSON.parse(u.stdout);
    expect(report.servers.map((s: { server: string }) => s.server)).toEqual(addresses);
    controller.abort();
    expect(await status).toBe(0);
    const dead = testIo();
    expect(await run(["cache", "--servers", addresses[0]!, ...small], dead.io)).toBe(1);
  });
});
