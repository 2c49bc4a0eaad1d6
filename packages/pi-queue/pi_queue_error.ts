/** Stable codes carried by {@linkcode PiQueueError}. */
export type PiQueueErrorCode =
  | "E_ADDRESS_IN_USE"
  | "E_BAD_ENDPOINT"
  | "E_NON_LOOPBACK"
  | "E_UNKNOWN_ROLE"
  | "E_CURVE_KEYS"
  | "E_ROLE_PROCESS"
  | "E_SOCKET";

/**
 * The one error class of `@ch8/pi-queue`: what went wrong at a socket or child process edge,
 * with a stable `code` a CLI can map to an exit status.
 *
 * @example
 * ```ts
 * import { PiQueueError } from "@ch8/pi-queue";
 *
 * const error = new PiQueueError("E_BAD_ENDPOINT", "bad endpoint 'tcp://x'");
 * error.code; //=> "E_BAD_ENDPOINT"
 * error instanceof Error; //=> true
 * ```
 */
export class PiQueueError extends Error {
  /** Which failure this is; stable across releases. */
  readonly code: PiQueueErrorCode;

  constructor(code: PiQueueErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "PiQueueError";
    this.code = code;
  }
}
