import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemjsCache } from "./memjs_cache.ts";
import { openCache } from "./open_cache.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

describe("SASL user:pass@host:port", () => {
  let server: MemcachedProcess;
  let dead: string;
  beforeAll(async () => {
    server = await startMemcached();
    const gone = await startMemcached();
    dead = gone.address;
    await gone.close();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("passes the credentials to memjs and never shows the password", async () => {
    // this memcached has no SASL: memjs's handshake is refused as an unknown command and the
    // session goes on, which proves the credentials went through memjs's SASL path
    const cache = new MemjsCache(`alice:s3cr3t-pw@${server.address}`);
    try {
      await cache.set("sasl:k", 5);
      expect(await cache.get("sasl:k")).toBe("5");
      expect(cache.servers).toEqual([server.address]);
      expect(JSON.stringify(cache.counters())).not.toContain("s3cr3t-pw");
    } finally {
      await cache.close();
    }
  });

  it("leaves the password out of errors about the server", async () => {
    const error = await openCache({ servers: `alice:s3cr3t-pw@${dead}`, env: {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "E_SERVER_UNREACHABLE" });
    expect(String((error as Error).message)).toContain(dead);
    expect(String((error as Error).message)).not.toContain("s3cr3t-pw");
    expect(String((error as Error).stack)).not.toContain("s3cr3t-pw");
  });
});
