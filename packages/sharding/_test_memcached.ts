import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { connect } from "node:net";
import { freePort } from "@ch8/testkit";

/** A real memcached process on a free loopback port, for tests. */
export interface TestMemcached {
  readonly port: number;
  close(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Start memcached, failing with the install command if the binary is missing. */
export async function startMemcached(): Promise<TestMemcached> {
  if (spawnSync("memcached", ["-h"], { stdio: "ignore" }).error) {
    throw new Error("memcached is not installed: apt-get install -y memcached");
  }
  // Another process may take the port between the check and memcached's bind: try again.
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await startOn(await freePort());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function startOn(port: number): Promise<TestMemcached> {
  const args = ["-l", "127.0.0.1", "-p", String(port), "-U", "0", "-m", "16"];
  if (process.getuid?.() === 0) args.push("-u", "root");
  const child: ChildProcess = spawn("memcached", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  for (let attempt = 0; attempt < 250; attempt++) {
    if (child.exitCode !== null) break;
    if (await canConnect(port)) return { port, close };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await close();
  throw new Error(`memcached did not start on port ${port}: ${stderr.trim()}`);
}
