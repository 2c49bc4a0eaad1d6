import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { Endpoints } from "./default_endpoints.ts";

export { freeEndpoints, freePort } from "@ch8/testkit";

/** The Debian python that CI guarantees has python3-zmq (plain `python3` may be a pyenv one). */
export const PYTHON = "/usr/bin/python3";
export const REFERENCE = fileURLToPath(new URL("./testdata/queuepi_reference.py", import.meta.url));

/** Run a Python snippet on the system python, failing loudly if it or a module is missing. */
export function runPython(code: string, input = ""): string {
  try {
    return execFileSync(PYTHON, ["-c", code], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    throw new Error(
      `${PYTHON} failed (CI needs: apt-get install -y python3 python3-zmq):\n${stderr || String(error)}`,
    );
  }
}

/** Poll until `check` is true; fails after `ms` so a broken pipeline fails instead of hanging. */
export async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A role of the book's script running under the system python. */
export interface PythonRole {
  readonly child: ChildProcess;
  /** Lines it printed on stdout so far. */
  readonly lines: string[];
  close(): Promise<void>;
}

/** Start one role of testdata/queuepi_reference.py and wait until its sockets are set up. */
export async function startPythonRole(
  role: string,
  endpoints: Endpoints,
  extra: readonly string[] = [],
): Promise<PythonRole> {
  const child = spawn(
    PYTHON,
    [
      REFERENCE,
      role,
      "--pubsub",
      endpoints.pubsub,
      "--reqrep",
      endpoints.reqrep,
      "--pushpull",
      endpoints.pushpull,
      ...extra,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const lines: string[] = [];
  let stderr = "";
  let pending = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    pending += chunk;
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    lines.push(...parts);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.includes("ready")) resolve();
    });
    child.once("exit", (code) =>
      reject(
        new Error(
          `python ${role} exited with ${code} (CI needs: apt-get install -y python3-zmq):\n${stderr}`,
        ),
      ),
    );
    child.once("error", reject);
  });
  return {
    child,
    lines,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

/**
 * Read an XPUB's subscription messages until every prefix has been subscribed (or, with
 * `subscribed` false, unsubscribed: its last subscriber went away).
 */
export async function waitSubscribed(
  xpub: import("zeromq").XPublisher,
  prefixes: readonly string[],
  subscribed = true,
): Promise<void> {
  const missing = new Set(prefixes);
  while (missing.size > 0) {
    const [frame] = await xpub.receive();
    if (frame !== undefined && frame[0] === (subscribed ? 1 : 0)) {
      missing.delete(frame.subarray(1).toString());
    }
  }
}

/** Live role processes (role_main) that are children of this process. */
export function childRoleProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "latin1");
      const [, state, ppid] = /\) (\S) (\d+)/.exec(stat) ?? [];
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "latin1");
      if (Number(ppid) === process.pid && state !== "Z" && cmdline.includes("role_main")) {
        found.push(Number(entry));
      }
    } catch {
      // gone already
    }
  }
  return found;
}

/** Whether a process id is alive (and not a zombie awaiting its parent). */
export function isAlive(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "latin1"));
  } catch {
    return false;
  }
}

/**
 * Wait until a tcp `endpoint` can be bound again. ZeroMQ releases a closed socket's port on its
 * own I/O thread a moment after close() returns, so "nothing left bound" means "bindable soon".
 * The probe is a plain listener, whose close is done when its callback runs.
 */
export async function waitUntilBindable(endpoint: string): Promise<void> {
  const match = /^tcp:\/\/([^:]+):(\d+)$/.exec(endpoint);
  if (match === null) throw new Error(`not a tcp endpoint: ${endpoint}`);
  const deadline = Date.now() + 5000;
  while (true) {
    const bound = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(Number(match[2]), match[1], () => server.close(() => resolve(true)));
    });
    if (bound) return;
    if (Date.now() > deadline) throw new Error(`${endpoint} is still bound`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
