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
  // `--runs -1` is a value, not a flag: hand it to the validation, which names what it got.
  const args = argv.map((arg, i) => {
    const name = /^--([\w-]+)$/.exec(argv[i - 1] ?? "")?.[1];
    return name && options[name]?.type === "string" && /^-[\d.]/.test(arg) ? `\0${arg}` : arg;
  });
  const joined: string[] = [];
  for (const arg of args) {
    if (arg.startsWith("\0")) joined[joined.length - 1] += `=${arg.slice(1)}`;
    else joined.push(arg);
  }
  try {
    const { values, positionals } = parseArgs({
      args: joined,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
    return { values: values as Values<S>, positionals };
  } catch (error) {
    const message = (error as Error).message;
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    throw new CliError(
      "E_USAGE",
      ambiguous
        ? `${ambiguous[1]} needs a value; write one that starts with '-' as ${ambiguous[1]}=VALUE`
        : (message.split("\n")[0] ?? String(error)),
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

/**
 * Reads a number option (seconds, milliseconds) from `min` (exclusive when `above`) to `max`,
 * or throws a usage error. The default `max` keeps milliseconds within what a timer can wait.
 */
export function numberOption(
  command: string,
  flag: string,
  value: string | undefined,
  fallback: number,
  min = 0,
  max = 2_147_483_647,
  above = false,
): number {
  if (value === undefined) return fallback;
  const n = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < min || (above && n === min) || n > max) {
    const range = `${above ? `> ${min}` : `>= ${min}`} and <= ${max}`;
    throw new CliError("E_USAGE", `--${flag} must be a number ${range}, got '${value}'`, command);
  }
  return n;
}
