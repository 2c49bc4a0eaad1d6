import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
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

describe("SASL against a memcached that requires it (memcached -S)", () => {
  let child: ChildProcess | undefined;
  let address: string;
  beforeAll(async () => {
    // cyrus SASL with PLAIN and no user database: every login is refused, which is what the
    // refusal path needs (this machine has no saslpasswd2 to create a user)
    const dir = await mkdtemp(join(tmpdir(), "cache-demo-sasl-"));
    await writeFile(join(dir, "memcached.conf"), "mech_list: plain\n");
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    address = `127.0.0.1:${port}`;
    const root = process.getuid?.() === 0 ? ["-u", "root"] : [];
    child = spawn("memcached", ["-S", "-l", "127.0.0.1", "-p", String(port), "-U", "0", ...root], {
      env: { ...process.env, SASL_CONF_PATH: dir },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    for (let attempt = 0; ; attempt++) {
      const open = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: "127.0.0.1", port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.once("error", () => resolve(false));
      });
      if (open) break;
      if (attempt > 200 || (await Promise.race([exited.then(() => true), sleep(10)]))) {
        throw new Error(`memcached -S did not start on ${address} (apt-get install -y memcached)`);
      }
    }
  });
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("reports refused credentials as E_AUTH_FAILED naming the server, not the password", async () => {
    const cache = new MemjsCache(`alice:s3cr3t-pw@${address}`, { timeoutMs: 2000 });
    try {
      const error = await cache.set("k", 1).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "E_AUTH_FAILED" });
      expect((error as Error).message).toContain(address);
      expect(String((error as Error).stack)).not.toContain("s3cr3t-pw");
      // a refusal is an answer, not an outage: the server is not marked as failing
      expect(cache.counters()).toEqual({ failovers: 0, failures: { [address]: 0 } });
    } finally {
      await cache.close();
    }
  });

  it("reports a request without credentials as E_AUTH_FAILED too", async () => {
    const cache = new MemjsCache(address, { timeoutMs: 2000 });
    try {
      await expect(cache.get("k")).rejects.toMatchObject({ code: "E_AUTH_FAILED" });
    } finally {
      await cache.close();
    }
  });
});
