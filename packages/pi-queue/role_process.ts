import type { ChildProcess } from "node:child_process";
import type { _ChildMessage, _ParentMessage } from "./_process_messages.ts";
import { PiQueueError } from "./pi_queue_error.ts";
import type { RoleHandle, RoleReport } from "./role_handle.ts";
import type { RoleName } from "./role_name.ts";
import type { SpawnRoleOptions } from "./spawn_role.ts";

/**
 * A role running in a child process; see {@linkcode spawnRole}.
 *
 * @example
 * ```ts
 * import { spawnRole } from "@ch8/pi-queue";
 *
 * const tally = await spawnRole("tally", { endpoints: { pushpull: "tcp://127.0.0.1:*" } });
 * typeof tally.pid; //=> "number"
 * (await tally.report()).tally?.points; //=> 0
 * tally.kill("SIGKILL"); // play a crash
 * await tally.waitForExit();
 * tally.exited; //=> true
 * // Once it has exited, a report is all zeros and close() has nothing left to do.
 * (await tally.report()).received; //=> 0
 * await tally.close();
 * ```
 */
export class RoleProcess implements RoleHandle {
  readonly name: RoleName;
  endpoint: string | undefined;
  readonly #child: ChildProcess;
  readonly #options: SpawnRoleOptions;
  readonly #waiting = new Map<number, (message: _ChildMessage) => void>();
  readonly #exited: Promise<void>;
  readonly #ready: Promise<void>;
  #nextId = 0;
  #closing: Promise<void> | undefined;

  constructor(name: RoleName, child: ChildProcess, options: SpawnRoleOptions) {
    this.name = name;
    this.#child = child;
    this.#options = options;
    this.#exited = new Promise((resolve) => child.once("exit", () => resolve()));
    this.#ready = new Promise((resolve, reject) => {
      child.on("message", (message: _ChildMessage) => {
        if (message.type === "ready") {
          this.endpoint = message.endpoint;
          resolve();
        } else if (message.type === "error") {
          const error = new PiQueueError(
            (message.code as PiQueueError["code"] | undefined) ?? "E_ROLE_PROCESS",
            `${name}: ${message.message}`,
          );
          reject(error);
          options.onError?.(error);
        } else if (message.type === "lines") {
          for (const line of message.lines) options.onLine?.(line);
        } else {
          this.#waiting.get(message.id)?.(message);
          this.#waiting.delete(message.id);
        }
      });
      child.once("error", (error) =>
        reject(new PiQueueError("E_ROLE_PROCESS", `${name}: ${error.message}`, { cause: error })),
      );
      child.once("exit", (code, signal) => {
        reject(
          new PiQueueError(
            "E_ROLE_PROCESS",
            `${name} exited (${signal ?? code}) before it was ready`,
          ),
        );
        for (const settle of this.#waiting.values()) settle({ type: "stopped", id: -1 });
        this.#waiting.clear();
      });
    });
    this.#ready.catch(() => {});
  }

  /** The child's process id. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Whether the process has exited. */
  get exited(): boolean {
    return this.#child.exitCode !== null || this.#child.signalCode !== null;
  }

  /** Resolves once the role's sockets are set up; rejects if it fails to start. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** Counts from the child; zeros once it has exited. */
  async report(): Promise<RoleReport> {
    const reply = await this.#ask("report");
    if (reply?.type === "report") return reply.report as RoleReport;
    return { received: 0, sent: 0, malformed: 0, retries: 0 };
  }

  async stop(): Promise<void> {
    await this.#ask("stop");
  }

  /** Send a signal to the process (tests use SIGKILL to play a crash). */
  kill(signal: NodeJS.Signals = "SIGTERM"): void {
    if (!this.exited) this.#child.kill(signal);
  }

  /** Resolves when the process has exited. */
  async waitForExit(): Promise<void> {
    await this.#exited;
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (this.exited) return;
      this.#post({ type: "close" });
      const timeout = this.#options.closeTimeoutMs ?? 3000;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), timeout);
      });
      if ((await Promise.race([this.#exited, late])) === "late") this.kill("SIGKILL");
      clearTimeout(timer);
      await this.#exited;
    })();
    return this.#closing;
  }

  #post(message: _ParentMessage): boolean {
    if (!this.#child.connected) return false;
    try {
      this.#child.send(message);
      return true;
    } catch {
      return false;
    }
  }

  #ask(type: "report" | "stop"): Promise<_ChildMessage | undefined> {
    if (this.exited) return Promise.resolve(undefined);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      if (!this.#post({ type, id })) {
        this.#waiting.delete(id);
        resolve(undefined);
      }
    });
  }
}
