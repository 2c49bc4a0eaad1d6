import { PiQueueError } from "./pi_queue_error.ts";

/**
 * The book's five roles, in the order `runPipeline` starts them: binders first.
 *
 * @example
 * ```ts
 * import { ROLE_NAMES } from "@ch8/pi-queue";
 *
 * ROLE_NAMES; //=> ["tally", "pythagoras", "bitsource", "judge", "always_yes"]
 * ```
 */
export const ROLE_NAMES = ["tally", "pythagoras", "bitsource", "judge", "always_yes"] as const;

/** One of the book's role names. */
export type RoleName = (typeof ROLE_NAMES)[number];

/**
 * Accept a role name as the book spells it (`always_yes`) or as a command line might
 * (`always-yes`).
 *
 * @throws {PiQueueError} `E_UNKNOWN_ROLE` listing the names it knows.
 * @example
 * ```ts
 * import { parseRoleName } from "@ch8/pi-queue";
 *
 * parseRoleName("always-yes"); //=> "always_yes"
 * parseRoleName("judge"); //=> "judge"
 * ```
 */
export function parseRoleName(name: string): RoleName {
  const normalized = String(name).replaceAll("-", "_");
  if ((ROLE_NAMES as readonly string[]).includes(normalized)) return normalized as RoleName;
  throw new PiQueueError(
    "E_UNKNOWN_ROLE",
    `unknown role '${name}': expected one of bitsource, always_yes, judge, pythagoras, tally`,
  );
}
