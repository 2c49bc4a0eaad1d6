/**
 * `@ch8/cli`: the `ch8` command. Run it as `ch8`; import {@linkcode run} to embed it.
 * @module
 */
export { CliError, type CliErrorCode } from "./cli_error.ts";
export type { Io, Output } from "./io.ts";
export { run } from "./run.ts";
export { usage } from "./usage.ts";
export { version } from "./version.ts";
