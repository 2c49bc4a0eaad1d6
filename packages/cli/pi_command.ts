import { DEFAULT_ENDPOINTS, parseRoleName, runPipeline, startRole } from "@ch8/pi-queue";
import { numberOption, parseCommandArgs } from "./_args.ts";
import { CliError } from "./cli_error.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";

const ROLES = "bitsource, always_yes, judge, pythagoras, tally";

const endpointOptions = {
  pubsub: { type: "string" },
  reqrep: { type: "string" },
  pushpull: { type: "string" },
  "interval-ms": { type: "string" },
} as const;

/** `ch8 pi` and `ch8 pi role NAME`: the book's queuepi.py. */
export async function piCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "role") return roleCommand(argv.slice(1), io);
  const { values } = parseCommandArgs("pi", argv, {
    ...endpointOptions,
    seconds: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(usage("pi"));
    return 0;
  }
  const seconds = numberOption("pi", "seconds", values.seconds, 30);
  return piPipeline(io, seconds, settings(values));
}

/** Runs all five roles in this process for `seconds`, printing tally's lines. */
export async function piPipeline(
  io: Io,
  seconds: number,
  options: ReturnType<typeof settings> = settings({}),
): Promise<number> {
  await runPipeline({
    seconds,
    ...options,
    signal: io.signal,
    onLine: (line: string) => io.stdout.write(`${line}\n`),
  });
  return io.signal.aborted ? 130 : 0;
}

async function roleCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("pi", argv, endpointOptions, true);
  if (values.help) {
    io.stdout.write(usage("pi"));
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === undefined) throw new CliError("E_USAGE", `pi role needs a NAME: ${ROLES}`, "pi");
  if (extra.length > 0) throw new CliError("E_USAGE", `unexpected argument '${extra[0]}'`, "pi");
  let role: string;
  try {
    role = parseRoleName(name);
  } catch (error) {
    throw new CliError("E_USAGE", (error as Error).message, "pi");
  }
  const running = await startRole(role, {
    ...settings(values),
    onLine: (line: string) => io.stdout.write(`${line}\n`),
  });
  io.stderr.write(`ch8: ${role} running; Ctrl-C stops it\n`);
  const stop = () => running.close();
  io.signal.addEventListener("abort", stop, { once: true });
  if (io.signal.aborted) stop();
  await running.done();
  io.signal.removeEventListener("abort", stop);
  running.close();
  if (running.error) throw running.error;
  return 0;
}

function settings(values: {
  pubsub?: string;
  reqrep?: string;
  pushpull?: string;
  "interval-ms"?: string;
}) {
  return {
    endpoints: {
      pubsub: values.pubsub ?? DEFAULT_ENDPOINTS.pubsub,
      reqrep: values.reqrep ?? DEFAULT_ENDPOINTS.reqrep,
      pushpull: values.pushpull ?? DEFAULT_ENDPOINTS.pushpull,
    },
    intervalMs: numberOption("pi", "interval-ms", values["interval-ms"], 10),
  };
}
