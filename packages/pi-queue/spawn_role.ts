import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { _ParentMessage, _ProcessSpec } from "./_process_messages.ts";
import type { PiQueueError } from "./pi_queue_error.ts";
import { parseRoleName } from "./role_name.ts";
import type { RoleOptions } from "./role_options.ts";
import { RoleProcess } from "./role_process.ts";

/** Options for {@linkcode spawnRole}. */
export interface SpawnRoleOptions {
  /**
   * A command to run the role's `node` under, e.g. `["ip", "netns", "exec", "hostb"]` to run it
   * in another network namespace.
   * @default []
   */
  readonly launch?: readonly string[];
  /**
   * Forward tally's lines to `onLine` (in batches, over the IPC channel).
   * @default false
   */
  readonly onLine?: (line: string) => void;
  /** Called with an error the role reports after it started (it exits then). */
  readonly onError?: (error: PiQueueError) => void;
  /**
   * How long `close()` waits for the process to exit before SIGKILL.
   * @default 3000
   */
  readonly closeTimeoutMs?: number;
}

/**
 * Start one role in its own OS process (Node running this package's `role_main` entry), wait
 * until its sockets are bound or connected, and return a handle to drive it. The child exits
 * when `close()` is called, when it gets SIGTERM, or when this process dies (its IPC channel
 * closes), so no role outlives the pipeline.
 *
 * @throws {PiQueueError} With the child's own code (`E_ADDRESS_IN_USE`, ...) if it fails to
 *   start, or `E_ROLE_PROCESS` if it dies first.
 * @example
 * ```ts
 * import { Request } from "zeromq";
 * import { spawnRole } from "@ch8/pi-queue";
 *
 * const pythagoras = await spawnRole("pythagoras", { endpoints: { reqrep: "tcp://127.0.0.1:*" } });
 * // Resolves once the child has bound; endpoint is the port it got, e.g. "tcp://127.0.0.1:40123".
 * pythagoras.endpoint?.startsWith("tcp://127.0.0.1:"); //=> true
 * pythagoras.pid === process.pid; //=> false
 *
 * const judge = new Request({ linger: 0 });
 * judge.connect(pythagoras.endpoint!);
 * await judge.send("[3, 4]");
 * String((await judge.receive())[0]); //=> "25"
 * (await pythagoras.report()).received; //=> 1
 *
 * judge.close();
 * await pythagoras.close();
 * pythagoras.exited; //=> true
 * ```
 */
export async function spawnRole(
  name: string,
  options: Omit<RoleOptions, "random" | "onLine" | "onError"> = {},
  spawnOptions: SpawnRoleOptions = {},
): Promise<RoleProcess> {
  const role = parseRoleName(name);
  const { random: _r, onLine: _l, onError: _e, ...portable } = options as RoleOptions;
  const spec: _ProcessSpec = { role, options: portable, lines: spawnOptions.onLine !== undefined };
  const [command, args] = _nodeCommand(spawnOptions.launch ?? []);
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const handle = new RoleProcess(role, child, spawnOptions);
  child.send({ type: "spec", spec } satisfies _ParentMessage, () => {});
  try {
    await handle.ready();
  } catch (error) {
    // A role that failed to start is on its way out; make sure it is gone before reporting.
    await handle.close();
    throw error;
  }
  return handle;
}

/** How to start role_main: the built `.js` next to this file, or the `.ts` source through tsx. */
function _nodeCommand(launch: readonly string[]): [string, string[]] {
  const fromSource = import.meta.url.endsWith(".ts");
  const main = fileURLToPath(
    new URL(fromSource ? "./role_main.ts" : "./role_main.js", import.meta.url),
  );
  const node = [
    process.execPath,
    ...(fromSource ? ["--import", import.meta.resolve("tsx")] : []),
    main,
  ];
  const [command, ...args] = [...launch, ...node];
  return [command!, args];
}
