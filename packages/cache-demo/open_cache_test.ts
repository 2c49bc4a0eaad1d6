import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryCache } from "./memory_cache.ts";
import { openCache } from "./open_cache.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

describe("openCache()", () => {
  let server: MemcachedProcess;
  let deadAddress: string;
  beforeAll(async () => {
    server = await startMemcached();
    const dead = await startMemcached();
    deadAddress = dead.address;
    await dead.close();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("uses named servers that answer", async () => {
    const opened = await openCache({ servers: server.address, env: {} });
    try {
      expect(opened.source).toBe("named");
      expect(opened.servers).toEqual([server.address]);
      await opened.cache.set("open:k", 1);
      expect(await opened.cache.get("open:k")).toBe("1");
    } finally {
      await opened.close();
      await opened.close();
    }
  });

  it("takes MEMCACHE_SERVERS as named too", async () => {
    const opened = await openCache({ env: { MEMCACHE_SERVERS: server.address } });
    await opened.close();
    expect(opened.source).toBe("named");
  });

  it("rejects E_SERVER_UNREACHABLE naming a named server that does not answer", async () => {
    await expect(openCache({ servers: deadAddress, env: {} })).rejects.toMatchObject({
      code: "E_SERVER_UNREACHABLE",
      message: expect.stringContaining(deadAddress),
    });
    await expect(openCache({ env: { MEMCACHE_SERVERS: deadAddress } })).rejects.toMatchObject({
      code: "E_SERVER_UNREACHABLE",
    });
  });

  it("uses the default server when it answers", async () => {
    const opened = await openCache({ env: {}, defaultServers: server.address });
    await opened.close();
    expect(opened.source).toBe("default");
  });

  it("starts a private memcached when nothing answers at the default", async () => {
    const notices: string[] = [];
    const opened = await openCache({
      env: {},
      defaultServers: deadAddress,
      onNotice: (line) => notices.push(line),
    });
    try {
      expect(opened.source).toBe("private");
      expect(opened.servers).toHaveLength(1);
      expect(opened.servers[0]).not.toBe(deadAddress);
      await opened.cache.set("private:k", 7);
      expect(await opened.cache.get("private:k")).toBe("7");
      expect(notices).toEqual([expect.stringContaining(opened.servers[0] ?? "")]);
    } finally {
      await opened.close();
    }
  });

  it("falls back to an in-memory cache with one notice when memcached is not installed", async () => {
    const notices: string[] = [];
    const opened = await openCache({
      env: {},
      defaultServers: deadAddress,
      binary: "/nonexistent/memcached",
      onNotice: (line) => notices.push(line),
    });
    try {
      expect(opened.source).toBe("memory");
      expect(opened.cache).toBeInstanceOf(MemoryCache);
      expect(opened.servers).toEqual([]);
      expect(notices).toEqual([expect.stringContaining("apt-get install -y memcached")]);
    } finally {
      await opened.close();
    }
  });
});
