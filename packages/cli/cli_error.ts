/** Stable codes of {@linkcode CliError}. */
export type CliErrorCode = "E_USAGE";

/**
 * A mistake in how `ch8` was called: printed as one line plus the command's usage, exit status 2.
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
