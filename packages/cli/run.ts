import { CliError } from "./cli_error.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";
import { version } from "./version.ts";

/**
 * Runs `ch8` with the arguments after the program name and returns the exit status: 0 on
 * success, 1 on a runtime error (one line on stderr), 2 on a usage error (one line plus usage),
 * 130 when interrupted. Each command's dependencies (zeromq, memjs) load only when it runs.
 *
 * @example
 * ```ts
 * import { run } from "@ch8/cli";
 * let out = "";
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => {} },
 *   stdin: (async function* () {})(), env: {}, signal: new AbortController().signal };
 * await run(["--version"], io); //=> 0
 * ```
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  // `pnpm start -- shard` passes the `--` along: it separates nothing here.
  const args = argv.filter((a, i) => a !== "--debug" && !(i === 0 && a === "--"));
  const [command = "", ...rest] = args;
  try {
    switch (command) {
      case "":
        return await (await import("./tour_command.ts")).tourCommand(io);
      case "shard":
        return await (await import("./shard_command.ts")).shardCommand(rest, io);
      case "cache":
        return await (await import("./cache_command.ts")).cacheCommand(rest, io);
      case "pi":
        return await (await import("./pi_command.ts")).piCommand(rest, io);
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(usage(rest[0] ?? ""));
        return 0;
      case "-v":
      case "--version":
        io.stdout.write(`${version()}\n`);
        return 0;
      default:
        throw new CliError(
          "E_USAGE",
          command.startsWith("-") ? `unknown option '${command}'` : `unknown command '${command}'`,
        );
    }
  } catch (error) {
    return report(error, io, debug);
  }
}

function report(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CliError && error.code === "E_USAGE") {
    io.stderr.write(`ch8: ${error.message}\n\n${usage(error.command)}`);
    return 2;
  }
  const e = error as { code?: unknown; message?: unknown; stack?: unknown };
  const known = typeof e?.code === "string" && /^E_[A-Z_]+$/.test(e.code);
  const message = typeof e?.message === "string" ? e.message : String(error);
  io.stderr.write(`ch8: ${known ? "" : "internal error: "}${message.split("\n")[0]}\n`);
  if (debug && typeof e?.stack === "string") io.stderr.write(`${e.stack}\n`);
  return 1;
}
