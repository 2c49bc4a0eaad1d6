// The built `ch8` binary as a user runs it: through a symlink, as a process, with signals.
import { spawn } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freeEndpoints } from "@ch8/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const built = fileURLToPath(new URL("./dist/main.js", import.meta.url));
let dir = "";
let bin = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ch8-bin-"));
  bin = join(dir, "ch8");
  await symlink(built, bin);
  await writeFile(join(dir, "words.txt"), "apple Banana\nzebra\tmoose\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary; with `ready`, sends it `signal` once its output matches. */
function ch8(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; ready?: RegExp; signal?: NodeJS.Signals } = {},
) {
  return new Promise<Ran>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let signalled = false;
    const check = () => {
      if (options.ready && !signalled && options.ready.test(stdout + stderr)) {
        signalled = true;
        child.kill(options.signal ?? "SIGINT");
      }
    };
    child.stdout.on("data", (d) => {
      stdout += d;
      check();
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      check();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

function answers(address: string): Promise<boolean> {
  const [host, port] = address.split(":");
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("the ch8 binary", () => {
  it("runs through a symlink, as pnpm links it", async () => {
    const ran = await ch8(["--help"]);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/^Usage: ch8/);
  });

  it("prints the shard report for a word file", async () => {
    const ran = await ch8(["shard", "--words", join(dir, "words.txt")]);
    expect(ran.status).toBe(0);
    expect(ran.stdout.startsWith("alpha\n   server0 2 0.5\n")).toBe(true);
  });

  it("exits 2 with one line and usage for a usage error, with no stack trace", async () => {
    const ran = await ch8(["cache", "--runs", "many"]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/^ch8: --runs must be/);
    expect(ran.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("stops a pi role cleanly on SIGTERM", async () => {
    const endpoints = await freeEndpoints();
    const ran = await ch8(["pi", "role", "tally", "--pushpull", endpoints.pushpull], {
      ready: /running/,
      signal: "SIGTERM",
    });
    expect(ran.status).toBe(0);
  });

  it("stops on Ctrl-C with status 130, stopping a private memcached it started", async () => {
    // Nothing named: the default address is tried, then (on a machine without a memcached
    // there, like CI) a private one is started, whose address the notice gives.
    const ran = await ch8(["cache", "--runs", "1000", "--requests", "100000"], {
      env: { MEMCACHE_SERVERS: "" },
      ready: /successive runs:/,
    });
    expect(ran.status).toBe(130);
    const started = /started a private one at (\S+)/.exec(ran.stderr)?.[1];
    if (started) expect(await answers(started)).toBe(false);
  });
});

describe("ch8 cache cluster", () => {
  it("keeps its memcached nodes running until Ctrl-C, then stops them", async () => {
    let addresses: string[] = [];
    const ran = await new Promise<Ran>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, "cache", "cluster", "--nodes", "2"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", async (d) => {
        stderr += d;
        if (!/Ctrl-C stops them/.test(stderr) || addresses.length > 0) return;
        addresses = stdout.trim().split("\n");
        // Still up a while later: the process did not exit on its own.
        await new Promise((r) => setTimeout(r, 500));
        const up = await Promise.all(addresses.map(answers));
        expect(up).toEqual([true, true]);
        child.kill("SIGINT");
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.on("error", reject);
      child.on("close", (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      });
    });
    expect(ran.status).toBe(0);
    expect(addresses).toHaveLength(2);
    expect(await Promise.all(addresses.map(answers))).toEqual([false, false]);
  });
});
