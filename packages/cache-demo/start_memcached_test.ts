import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

function ask(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    let text = "";
    socket.setEncoding("utf8");
    socket.on("error", reject);
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (text.endsWith("\r\n")) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.write(`${command}\r\n`);
  });
}

describe("startMemcached()", () => {
  const started: MemcachedProcess[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });

  it("starts a memcached on a free loopback port that answers", async () => {
    const server = await startMemcached();
    started.push(server);
    expect(server.host).toBe("127.0.0.1");
    expect(server.address).toBe(`127.0.0.1:${server.port}`);
    expect(await ask(server.port, "version")).toMatch(/^VERSION \d/);
  });

  it("close() stops the process and is idempotent", async () => {
    const server = await startMemcached();
    await Promise.all([server.close(), server.close()]);
    await server.close();
    expect(() => process.kill(server.pid, 0)).toThrow();
    await expect(ask(server.port, "version")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("reports a taken port as E_ADDRESS_IN_USE", async () => {
    const first = await startMemcached();
    started.push(first);
    await expect(startMemcached({ port: first.port })).rejects.toMatchObject({
      code: "E_ADDRESS_IN_USE",
    });
  });

  it("says how to install memcached when the binary is missing", async () => {
    await expect(startMemcached({ binary: "/nonexistent/memcached" })).rejects.toMatchObject({
      code: "E_MEMCACHED_NOT_INSTALLED",
      message: expect.stringContaining("apt-get install -y memcached"),
    });
  });
});
