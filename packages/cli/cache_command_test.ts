import { type MemcachedProcess, startMemcached } from "@ch8/cache-demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testIo } from "./_test_io.ts";
import { freePort } from "./_test_ports.ts";
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

  it("rejects a malformed server list as a usage or runtime error, never a crash", async () => {
    const t = testIo();
    const status = await run(["cache", "--servers", "no-port-here:", ...small], t.io);
    expect([1, 2]).toContain(status);
    expect(t.stderr.split("\n")[0]).toMatch(/^ch8: (?!internal error)/);
  });
});
