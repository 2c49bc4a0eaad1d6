import { AlwaysYesRole } from "./always_yes_role.ts";
import { BitsourceRole } from "./bitsource_role.ts";
import { JudgeRole } from "./judge_role.ts";
import { PythagorasRole } from "./pythagoras_role.ts";
import type { Role } from "./role.ts";
import { parseRoleName } from "./role_name.ts";
import type { RoleOptions } from "./role_options.ts";
import { TallyRole } from "./tally_role.ts";

/**
 * Create one of the book's roles by name and start it (bind or connect, start its loop).
 * Accepts `always-yes` for `always_yes`.
 *
 * @throws {PiQueueError} `E_UNKNOWN_ROLE`, `E_BAD_ENDPOINT`, `E_ADDRESS_IN_USE`, `E_NON_LOOPBACK`.
 * @example
 * ```ts
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { Push } from "zeromq";
 * import { startRole } from "@ch8/pi-queue";
 *
 * // With no endpoints it takes the book's (tally on tcp://127.0.0.1:6702), next to the book's
 * // Python roles; here, a port the kernel picks, fed by a bare PUSH socket.
 * const lines: string[] = [];
 * const tally = await startRole("tally", {
 *   endpoints: { pushpull: "tcp://127.0.0.1:*" },
 *   onLine: (line) => lines.push(line),
 * });
 * const judge = new Push({ linger: 0 });
 * judge.connect(tally.endpoint!);
 * await judge.send("Y");
 * await judge.send("N");
 * while (lines.length < 2) await sleep(10);
 * lines; //=> ["Y 4.0", "N 2.0"]
 *
 * judge.close();
 * await tally.close();
 * ```
 */
export async function startRole(name: string, options: RoleOptions = {}): Promise<Role> {
  const role = createRole(name, options);
  await role.start();
  return role;
}

/**
 * Create one of the book's roles by name without starting it.
 *
 * @throws {PiQueueError} `E_UNKNOWN_ROLE` for a name that is not one of the five.
 * @example
 * ```ts
 * import { createRole } from "@ch8/pi-queue";
 *
 * createRole("always-yes").name; //=> "always_yes"
 * ```
 */
export function createRole(name: string, options: RoleOptions = {}): Role {
  switch (parseRoleName(name)) {
    case "bitsource":
      return new BitsourceRole(options);
    case "always_yes":
      return new AlwaysYesRole(options);
    case "judge":
      return new JudgeRole(options);
    case "pythagoras":
      return new PythagorasRole(options);
    case "tally":
      return new TallyRole(options);
  }
}
