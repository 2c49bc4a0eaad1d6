#!/usr/bin/env node
/**
 * The `ch8` binary: the only place that touches `process.argv`, the streams and the exit status.
 * @module
 */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Io } from "./io.ts";
import { run } from "./run.ts";

/**
 * Ends the process now. Not `process.exit()`: that waits for the thread pool, and a thread
 * blocked opening a pipe nobody writes to would keep it waiting for ever.
 */
function forceExit(): never {
  process.kill(process.pid, "SIGKILL");
  throw new Error("unreachable");
}

/** Runs `ch8` as a process: wires signals to an AbortSignal and exits with the command's status. */
async function main(): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts += 1;
    // A second Ctrl-C means the clean stop is taking too long for the user.
    if (interrupts > 1) forceExit();
    controller.abort(signal);
    // A command blocked where it cannot see the signal (a read that never ends) still stops.
    setTimeout(() => {
      process.stderr.write("ch8: did not stop within 5 s of the signal; killing it\n");
      forceExit();
    }, 5000).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  // A reader that went away (ch8 shard | head) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin is built on first use, which costs a few milliseconds most commands skip.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    signal: controller.signal,
  };
  // A command waiting for Ctrl-C may hold no handle of its own (a cluster's children are
  // unref'd): keep the process alive until the command returns.
  const alive = setInterval(() => {}, 2 ** 30);
  let status = await run(process.argv.slice(2), io);
  clearInterval(alive);
  if (status === 130 && controller.signal.reason === "SIGTERM") status = 143;
  // Exit now: a library's idle socket must not keep a finished command alive.
  process.exit(status);
}

const invoked =
  process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invoked) await main();
