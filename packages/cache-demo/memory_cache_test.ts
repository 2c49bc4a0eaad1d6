import { describe, expect, it } from "vitest";
import { CacheError } from "./cache_error.ts";
import { MemoryCache } from "./memory_cache.ts";

describe("MemoryCache", () => {
  it("returns null on a miss and text for stored values", async () => {
    const cache = new MemoryCache();
    expect(await cache.get("sq:2")).toBeNull();
    await cache.set("sq:2", 4);
    await cache.set("big", 2n ** 70n);
    await cache.set("word", "héllo");
    expect(await cache.get("sq:2")).toBe("4");
    expect(await cache.get("big")).toBe("1180591620717411303424");
    expect(await cache.get("word")).toBe("héllo");
  });

  it("expires items by the injected clock, relative and absolute like memcached", async () => {
    let now = 1_700_000_000_000;
    const cache = new MemoryCache({ now: () => now });
    await cache.set("rel", 1, { expires: 5 });
    await cache.set("abs", 2, { expires: now / 1000 + 60 });
    await cache.set("forever", 3);
    now += 4_999;
    expect(await cache.get("rel")).toBe("1");
    now += 1;
    expect(await cache.get("rel")).toBeNull();
    expect(await cache.get("abs")).toBe("2");
    now += 55_000;
    expect(await cache.get("abs")).toBeNull();
    expect(await cache.get("forever")).toBe("3");
  });

  it("refuses keys memcached would refuse, naming the key", async () => {
    const cache = new MemoryCache();
    await expect(cache.get("a b")).rejects.toMatchObject({
      code: "E_BAD_KEY",
      message: expect.stringContaining('"a b"'),
    });
    await expect(cache.set("k".repeat(251), 1)).rejects.toMatchObject({ code: "E_BAD_KEY" });
    await expect(cache.set("tab\there", 1)).rejects.toBeInstanceOf(CacheError);
    await expect(cache.set("ctl\u0001", 1)).rejects.toMatchObject({ code: "E_BAD_KEY" });
    await expect(cache.set("ok", 1.5)).rejects.toBeInstanceOf(RangeError);
  });

  it("rejects use after close(), which is idempotent", async () => {
    const cache = new MemoryCache();
    await cache.close();
    await cache.close();
    await expect(cache.get("x")).rejects.toMatchObject({ code: "E_CLOSED" });
  });
});
