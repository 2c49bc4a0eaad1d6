import type { _ChildMessage, _ParentMessage, _ProcessSpec } from "./_process_messages.ts";
import { BitsourceRole } from "./bitsource_role.ts";
import { PiQueueError } from "./pi_queue_error.ts";
import type { Role } from "./role.ts";
import type { RoleReport } from "./role_handle.ts";
import { createRole } from "./start_role.ts";
import { TallyRole } from "./tally_role.ts";

/**
 * The body of a role process (what `dist/role_main.js` runs): take the role and its options
 * from the parent's first IPC message (not the command line, where CURVE secrets would show
 * in `ps`), start the role, and serve the parent over the IPC channel until it says
 * close, disconnects (the parent died: no orphans) or sends SIGTERM. SIGINT is left to the
 * parent, which drains the pipeline before closing it.
 *
 * @example
 * ```ts
 * // The whole of the script spawnRole() starts (role_main.ts) is:
 * //
 * //   import { runRoleProcess } from "@ch8/pi-queue";
 * //   await runRoleProcess();
 * //
 * // It needs the IPC channel spawnRole() opens, so drive one through spawnRole(): the child
 * // takes its options, starts tally, and forwards its lines and counts to this process.
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { Push } from "zeromq";
 * import { spawnRole } from "@ch8/pi-queue";
 *
 * const lines: string[] = [];
 * const tally = await spawnRole(
 *   "tally",
 *   { endpoints: { pushpull: "tcp://127.0.0.1:*" } },
 *   { onLine: (line) => lines.push(line) },
 * );
 * const judge = new Push({ linger: 0 });
 * judge.connect(tally.endpoint!);
 * for (const decision of ["Y", "Y", "N"]) await judge.send(decision);
 * while (lines.length < 3) await sleep(10);
 * lines; //=> ["Y 4.0", "Y 4.0", "N 2.6666666666666665"]
 * (await tally.report()).tally?.inside; //=> 2
 *
 * judge.close();
 * // The child closes its sockets and exits on its own.
 * await tally.close();
 * tally.exited; //=> true
 * ```
 */
export async function runRoleProcess(): Promise<void> {
  const send = (message: _ChildMessage) => {
    if (process.connected) process.send?.(message);
  };
  if (process.send === undefined) {
    throw new PiQueueError("E_ROLE_PROCESS", "runRoleProcess() needs an IPC channel to its parent");
  }
  const spec = await new Promise<_ProcessSpec>((resolve) => {
    process.once("message", (message: { type: string; spec: _ProcessSpec }) =>
      resolve(message.spec),
    );
  });
  let pending: string[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    flushTimer = undefined;
    if (pending.length > 0) send({ type: "lines", lines: pending });
    pending = [];
  };
  let role: Role | undefined;
  let finished = false;
  const finish = async (code: number) => {
    if (finished) return;
    finished = true;
    role?.close();
    await role?.done();
    flush();
    process.exitCode = code;
    if (process.connected) process.disconnect();
    // The zeromq context keeps no handles once every socket is closed, so the process exits.
  };
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => void finish(0));
  process.on("disconnect", () => void finish(0));
  try {
    role = createRole(spec.role, {
      ...spec.options,
      onError: (error) => {
        send({ type: "error", code: (error as { code?: string }).code, message: error.message });
        void finish(1);
      },
      ...(spec.lines
        ? {
            onLine: (line: string) => {
              pending.push(line);
              if (pending.length >= 1000) flush();
              else if (flushTimer === undefined) flushTimer = setTimeout(flush, 50);
            },
          }
        : {}),
    });
    await role.start();
  } catch (error) {
    role?.close();
    send({
      type: "error",
      code: (error as { code?: string }).code,
      message: (error as Error).message,
    });
    finished = true;
    process.exitCode = 1;
    if (process.connected) process.disconnect();
    return;
  }
  const started = role;
  process.on("message", (message: _ParentMessage) => {
    const role = started;
    if (message.type === "report") {
      const report: RoleReport =
        role instanceof TallyRole ? { ...role.stats(), tally: role.snapshot() } : role.stats();
      send({ type: "report", id: message.id, report });
    } else if (message.type === "stop") {
      const stopping = role instanceof BitsourceRole ? role.stop() : Promise.resolve();
      void stopping.then(() => send({ type: "stopped", id: message.id }));
    } else if (message.type === "close") {
      void finish(0);
    }
  });
  send({ type: "ready", endpoint: started.endpoint });
}
