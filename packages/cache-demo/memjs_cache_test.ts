import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemjsCache } from "./memjs_cache.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

describe("MemjsCache", () => {
  let server: MemcachedProcess;
  beforeAll(async () => {
    server = await startMemcached();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("stores and reads text, integers and bigints; a miss is null", async () => {
    const cache = new MemjsCache(server.address);
    try {
      expect(await cache.get("memjs:missing")).toBeNull();
      await cache.set("memjs:n", 144);
      await cache.set("memjs:big", 2n ** 70n);
      await cache.set("memjs:text", "héllo wörld");
      expect(await cache.get("memjs:n")).toBe("144");
      expect(await cache.get("memjs:big")).toBe("1180591620717411303424");
      expect(await cache.get("memjs:text")).toBe("héllo wörld");
    } finally {
      await cache.close();
    }
  });

  it("reports the server version", async () => {
    const cache = new MemjsCache(server.address);
    try {
      expect(await cache.versions()).toEqual({ [server.address]: expect.stringMatching(/^\d/) });
    } finally {
      await cache.close();
    }
  });

  it("rejects keys memcached would refuse, naming the key, without sending them", async () => {
    const cache = new MemjsCache(server.address);
    try {
      await expect(cache.set("has space", 1)).rejects.toMatchObject({
        code: "E_BAD_KEY",
        message: expect.stringContaining('"has space"'),
      });
      await expect(cache.get("x".repeat(251))).rejects.toMatchObject({
        code: "E_BAD_KEY",
        message: expect.stringContaining("251 bytes"),
      });
      await expect(cache.get("line\nbreak")).rejects.toMatchObject({ code: "E_BAD_KEY" });
      await expect(cache.get("bell\u0007")).rejects.toMatchObject({ code: "E_BAD_KEY" });
      expect(await cache.get("x".repeat(250))).toBeNull();
    } finally {
      await cache.close();
    }
  });

  it("reports a value over the item size limit as E_VALUE_TOO_LARGE naming the key", async () => {
    const cache = new MemjsCache(server.address);
    try {
      await expect(cache.set("memjs:huge", "x".repeat(2 * 1024 * 1024))).rejects.toMatchObject({
        code: "E_VALUE_TOO_LARGE",
        message: expect.stringMatching(/"memjs:huge" \(2097152 bytes\)/),
      });
      // the connection is still usable afterwards
      await cache.set("memjs:after", 1);
      expect(await cache.get("memjs:after")).toBe("1");
    } finally {
      await cache.close();
    }
  });

  it("round-trips values that arrive in many chunks, among small ones in flight", async () => {
    const cache = new MemjsCache(server.address);
    const big = "é".repeat(300_000);
    try {
      await cache.set("memjs:big-text", big);
      const [small1, large, small2] = await Promise.all([
        cache.get("memjs:n"),
        cache.get("memjs:big-text"),
        cache.get("memjs:missing"),
      ]);
      expect(large).toBe(big);
      expect([small1, small2]).toEqual(["144", null]);
    } finally {
      await cache.close();
    }
  });

  it("fails fast with E_SERVER_UNREACHABLE naming a server that refuses connections", async () => {
    const dead = await startMemcached();
    await dead.close();
    const cache = new MemjsCache(dead.address);
    try {
      await expect(cache.get("k")).rejects.toMatchObject({
        code: "E_SERVER_UNREACHABLE",
        message: expect.stringContaining(dead.address),
      });
      await expect(cache.versions()).rejects.toMatchObject({ code: "E_SERVER_UNREACHABLE" });
    } finally {
      await cache.close();
    }
  });

  it("close() is idempotent and later requests reject E_CLOSED", async () => {
    const cache = new MemjsCache(server.address);
    await cache.set("memjs:c", 1);
    await Promise.all([cache.close(), cache.close()]);
    await expect(cache.get("memjs:c")).rejects.toMatchObject({ code: "E_CLOSED" });
  });
});
