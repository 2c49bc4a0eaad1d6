import type {
  CurveKeys,
  PipelineOptions,
  PipelineResult,
  PipelineStatus,
  RoleOptions,
} from "@ch8/pi-queue";
import {
  curveKeysFromEnv,
  DEFAULT_ENDPOINTS,
  formatCurveKeys,
  generateCurveKeys,
  parseRoleName,
  readCurveKeys,
  runPipeline,
  startRole,
  TallyRole,
} from "@ch8/pi-queue";
import { integerOption, numberOption, parseCommandArgs } from "./_args.ts";
import { CliError } from "./cli_error.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";

const ROLES = "bitsource, always_yes, judge, pythagoras, tally";

/** Flags that both `ch8 pi` and `ch8 pi role NAME` take. */
const shared = {
  pubsub: { type: "string" },
  reqrep: { type: "string" },
  pushpull: { type: "string" },
  "interval-ms": { type: "string" },
  rate: { type: "string" },
  batch: { type: "string" },
  lossy: { type: "boolean" },
  curve: { type: "boolean" },
  "curve-keys": { type: "string" },
  "allow-non-loopback": { type: "boolean" },
  "request-timeout-ms": { type: "string" },
  window: { type: "string" },
  plain: { type: "boolean" },
  json: { type: "boolean" },
} as const;

type SharedValues = {
  [K in keyof typeof shared]?: (typeof shared)[K]["type"] extends "string" ? string : boolean;
};

/** `ch8 pi`, `ch8 pi role NAME` and `ch8 pi keys`: the book's queuepi.py and beyond. */
export async function piCommand(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await pi(argv, io);
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    if (e?.code === "E_BAD_ENDPOINT") throw new CliError("E_USAGE", String(e.message), "pi");
    if (e?.code === "E_NON_LOOPBACK") {
      // The library cannot know the flag's name; the user needs it.
      throw Object.assign(new Error(`${e.message} (--allow-non-loopback)`), { code: e.code });
    }
    throw error;
  }
}

async function pi(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "role") return roleCommand(argv.slice(1), io);
  if (argv[0] === "keys") return keysCommand(argv.slice(1), io);
  const { values } = parseCommandArgs("pi", argv, {
    ...shared,
    seconds: { type: "string" },
    processes: { type: "boolean" },
    judges: { type: "string" },
    pythagoras: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(usage("pi"));
    return 0;
  }
  // Timers wait at most 2^31 - 1 ms: about 24 days.
  const seconds = numberOption("pi", "seconds", values.seconds, 30, 0, 2_147_483, true);
  const options: PipelineOptions = {
    ...roleSettings(values, io, true),
    processes: values.processes ?? false,
    judges: integerOption("pi", "judges", values.judges, 1, 1, 256),
    pythagoras: integerOption("pi", "pythagoras", values.pythagoras, 1, 1, 256),
  };
  return piPipeline(io, seconds, options, outputMode(values, io));
}

type OutputMode = "plain" | "live" | "json";

/** Book lines when asked or when stdout is not a terminal; a live line on a terminal. */
function outputMode(values: SharedValues, io: Io): OutputMode {
  if (values.json && values.plain)
    throw new CliError("E_USAGE", "give --plain or --json, not both", "pi");
  if (values.json) return "json";
  if (values.plain || !io.stdout.isTTY) return "plain";
  return "live";
}

/**
 * Runs the whole pipeline for `seconds`, then drains and stops it. `plain` prints tally's
 * lines as the book does (and the summary on stderr); `live` redraws one status line on the
 * terminal and prints the summary; `json` prints one object at the end.
 */
export async function piPipeline(
  io: Io,
  seconds: number,
  options: PipelineOptions = {},
  mode: OutputMode = io.stdout.isTTY ? "live" : "plain",
): Promise<number> {
  const live = mode === "live" ? liveLine(io) : undefined;
  let result: PipelineResult;
  try {
    result = await runPipeline({
      ...options,
      seconds,
      signal: io.signal,
      ...(mode === "plain" ? { onLine: (line: string) => io.stdout.write(`${line}\n`) } : {}),
      ...(live ? { onStatus: live.update } : {}),
    });
  } finally {
    live?.done();
  }
  if (mode === "json") io.stdout.write(`${JSON.stringify(result)}\n`);
  else (mode === "plain" ? io.stderr : io.stdout).write(summary(result));
  return io.signal.aborted ? 130 : 0;
}

function liveLine(io: Io) {
  return {
    update(status: PipelineStatus) {
      io.stdout.write(
        `\r\x1b[2K${status.points.toLocaleString("en-US")} points` +
          `  ${Math.round(status.pointsPerSecond).toLocaleString("en-US")}/s` +
          `  pi ≈ ${status.estimate.toFixed(6)} ± ${status.standardError.toFixed(6)}`,
      );
    },
    done() {
      io.stdout.write("\r\x1b[2K");
    },
  };
}

/** The end-of-run summary: the estimate, its standard error and how every point was counted. */
export function summary(r: PipelineResult): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const sigmas = r.standardError > 0 ? Math.abs(r.estimate - Math.PI) / r.standardError : 0;
  return (
    `${n(r.points)} points in ${r.seconds.toFixed(1)} s (${n(Math.round(r.pointsPerSecond))} points/s)\n` +
    (r.points === 0
      ? "no points were tallied: no estimate\n"
      : `pi ≈ ${r.estimate} ± ${r.standardError.toPrecision(2)} (standard error; pi is ${sigmas.toFixed(1)} of them away)\n`) +
    `sent ${n(r.sent)}, judged ${n(r.judged)}, tallied ${n(r.tallied)}` +
    `${r.malformed ? `, malformed ${n(r.malformed)}` : ""}${r.retries ? `, retried ${n(r.retries)}` : ""}` +
    `${r.drained ? "" : " (stopped before every point sent was tallied)"}\n`
  );
}

/** Turns the shared flags into options every role understands. */
function roleSettings(values: SharedValues, io: Io, generateCurve: boolean): RoleOptions {
  const rate = values.rate;
  return {
    endpoints: {
      pubsub: values.pubsub ?? DEFAULT_ENDPOINTS.pubsub,
      reqrep: values.reqrep ?? DEFAULT_ENDPOINTS.reqrep,
      pushpull: values.pushpull ?? DEFAULT_ENDPOINTS.pushpull,
    },
    intervalMs: numberOption("pi", "interval-ms", values["interval-ms"], 10, 0, 60_000),
    ...(rate === undefined ? {} : { rate: rate === "max" ? "max" : positiveRate(rate) }),
    ...(values.batch === undefined
      ? {}
      : { batch: integerOption("pi", "batch", values.batch, 1, 1, 100_000) }),
    ...(values.lossy ? { lossless: false } : {}),
    ...(values["allow-non-loopback"] ? { allowNonLoopback: true } : {}),
    ...(values["request-timeout-ms"] === undefined
      ? {}
      : {
          requestTimeoutMs: integerOption(
            "pi",
            "request-timeout-ms",
            values["request-timeout-ms"],
            0,
            1,
            3_600_000,
          ),
        }),
    ...(values.window === undefined
      ? {}
      : { window: integerOption("pi", "window", values.window, 1, 1, 100_000) }),
    ...curveSettings(values, io, generateCurve),
  };
}

/** `--curve-keys FILE`, else the environment, else (for a whole local pipeline) fresh keys. */
function curveSettings(values: SharedValues, io: Io, generate: boolean): { curve?: CurveKeys } {
  if (!values.curve && values["curve-keys"] === undefined) return {};
  const file = values["curve-keys"];
  const keys =
    file !== undefined
      ? readCurveKeys(file)
      : (curveKeysFromEnv(io.env) ?? (generate ? generateCurveKeys() : undefined));
  if (keys === undefined) {
    throw new CliError(
      "E_USAGE",
      "--curve needs keys: --curve-keys FILE (make one with 'ch8 pi keys > FILE') or PI_QUEUE_CURVE_* variables",
      "pi",
    );
  }
  return { curve: keys };
}

async function roleCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "pi",
    argv,
    { ...shared, shard: { type: "string" }, "pythagoras-endpoints": { type: "string" } },
    true,
  );
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
  const mode = outputMode(values, io);
  const running = await startRole(role, {
    ...roleSettings(values, io, false),
    ...(values.shard === undefined ? {} : { shard: judgeShard(values.shard) }),
    ...(values["pythagoras-endpoints"] === undefined
      ? {}
      : { pythagorasEndpoints: values["pythagoras-endpoints"].split(",").filter(Boolean) }),
    ...(mode === "plain" ? { onLine: (line: string) => io.stdout.write(`${line}\n`) } : {}),
  });
  io.stderr.write(
    `ch8: ${role} running${running.endpoint ? ` on ${running.endpoint}` : ""}; Ctrl-C stops it\n`,
  );
  if (role === "bitsource" && !values.lossy) {
    io.stderr.write(
      "ch8: bitsource publishes once always_yes and judge have subscribed (--lossy: at once, dropping what nobody takes)\n",
    );
  }

  const ticker =
    mode === "live" && running instanceof TallyRole
      ? setInterval(() => {
          const s = running.snapshot();
          io.stdout.write(
            `\r\x1b[2K${s.points.toLocaleString("en-US")} points  pi ≈ ${s.estimate.toFixed(6)} ± ${s.standardError.toFixed(6)}`,
          );
        }, 250)
      : undefined;
  const stop = () => void running.close();
  io.signal.addEventListener("abort", stop, { once: true });
  if (io.signal.aborted) stop();
  await running.done();
  clearInterval(ticker);
  if (ticker) io.stdout.write("\r\x1b[2K");
  io.signal.removeEventListener("abort", stop);
  if (running.error) throw running.error;
  const report = {
    role,
    ...running.stats(),
    ...(running instanceof TallyRole ? running.snapshot() : {}),
  };
  if (mode === "json") io.stdout.write(`${JSON.stringify(report)}\n`);
  else if (running instanceof TallyRole) {
    const s = running.snapshot();
    (mode === "plain" ? io.stderr : io.stdout).write(
      s.points === 0
        ? "no points were tallied: no estimate\n"
        : `${s.points.toLocaleString("en-US")} points: pi ≈ ${s.estimate} ± ${s.standardError.toPrecision(2)}\n`,
    );
  }
  return 0;
}

function positiveRate(text: string): number {
  const rate = Number(text);
  if (text.trim() === "" || !Number.isFinite(rate) || rate <= 0) {
    throw new CliError(
      "E_USAGE",
      `--rate must be a positive number of points per second or max, got '${text}'`,
      "pi",
    );
  }
  return rate;
}

function judgeShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) {
    throw new CliError(
      "E_USAGE",
      `--shard must be I/K with 0 <= I < K (judge I of K), got '${text}'`,
      "pi",
    );
  }
  return { index, count };
}

/** `ch8 pi keys`: a fresh set of CURVE keys, in the file format `--curve-keys` reads. */
async function keysCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("pi", argv, {});
  if (values.help) {
    io.stdout.write(usage("pi"));
    return 0;
  }
  io.stdout.write(formatCurveKeys(generateCurveKeys()));
  return 0;
}
