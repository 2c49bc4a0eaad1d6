/** Stable codes of {@linkcode CliError}. */
export type CliErrorCode =
  /** A mistake in how `ch8` was called: one line plus the command's usage, status 2. */
  | "E_USAGE"
  /** A key that memcached would refuse, given to `ch8 shard locate`: one line, status 1. */
  | "E_BAD_KEY";

/**
 * An error of the command line itself: a usage mistake (`E_USAGE`, printed as one line plus the
 * command's usage, exit status 2) or input a command refuses (`E_BAD_KEY`, one line, status 1).
 *
 * @example
 * ```ts
 * import { CliError } from "@ch8/cli";
 * const err = new CliError("E_USAGE", "--runs must be a positive integer, got 'x'", "cache");
 * err.code; //=> "E_USAGE"
 * ```
 */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    readonly code: CliErrorCode,
    message: string,
    /** The command whose usage to print. */
    readonly command = "",
  ) {
    super(message);
  }
}
