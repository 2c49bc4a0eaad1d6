import { parseArgs } from "node:util";
import { CliError } from "./cli_error.ts";

/** The flags a command takes, as `node:util`'s `parseArgs` describes them. */
type Spec = Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>;

/** The values parsed for a {@linkcode Spec}, plus `--help`. */
type Values<S extends Spec> = {
  [K in keyof S]?: S[K]["type"] extends "string" ? string : boolean;
} & { help?: boolean };

/** Parses `argv` strictly; any mistake becomes a {@linkcode CliError} naming the command. */
export function parseCommandArgs<const S extends Spec>(
  command: string,
  argv: readonly string[],
  options: S,
  allowPositionals = false,
): { values: Values<S>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
    return { values: values as Values<S>, positionals };
  } catch (error) {
    throw new CliError(
      "E_USAGE",
      (error as Error).message.split("\n")[0] ?? String(error),
      command,
    );
  }
}

/** Reads an integer option within bounds, or throws a usage error naming the flag and the value. */
export function integerOption(
  command: string,
  flag: string,
  value: string | undefined,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = /^[+]?\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new CliError("E_USAGE", `--${flag} must be ${range}, got '${value}'`, command);
  }
  return n;
}

/** Reads a non-negative number option (seconds, milliseconds), or throws a usage error. */
export function numberOption(
  command: string,
  flag: string,
  value: string | undefined,
  fallback: number,
  min = 0,
): number {
  if (value === undefined) return fallback;
  const n = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < min) {
    throw new CliError("E_USAGE", `--${flag} must be a number >= ${min}, got '${value}'`, command);
  }
  return n;
}
