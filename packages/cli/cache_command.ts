import { formatRunsHeading, formatRunTime, openCache, runSquares } from "@ch8/cache-demo";
import { integerOption, numberOption, parseCommandArgs } from "./_args.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";

/** Options of the squares demo, as `ch8 cache` takes them. */
export interface CacheDemoOptions {
  readonly servers?: string | undefined;
  readonly runs: number;
  readonly requests: number;
  readonly max: number;
  readonly delayMs: number;
}

/** `ch8 cache`: the book's squares.py against memcached. */
export async function cacheCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("cache", argv, {
    servers: { type: "string" },
    runs: { type: "string" },
    requests: { type: "string" },
    max: { type: "string" },
    "delay-ms": { type: "string" },
  });
  if (values.help) {
    io.stdout.write(usage("cache"));
    return 0;
  }
  return squaresDemo(io, {
    servers: values.servers,
    runs: integerOption("cache", "runs", values.runs, 10, 1, 1000),
    requests: integerOption("cache", "requests", values.requests, 2000, 1),
    max: integerOption("cache", "max", values.max, 5000, 0, 2 ** 31),
    delayMs: numberOption("cache", "delay-ms", values["delay-ms"], 1),
  });
}

/** Runs the squares demo, printing each run's time as it completes; 130 when interrupted. */
export async function squaresDemo(io: Io, options: CacheDemoOptions): Promise<number> {
  const opened = await openCache({
    servers: options.servers,
    env: io.env,
    onNotice: (line: string) => io.stderr.write(`${line}\n`),
  });
  // Ctrl-C closes the cache (stopping a private memcached), which ends the runs early.
  const stop = () => void opened.close();
  io.signal.addEventListener("abort", stop, { once: true });
  try {
    io.stdout.write(formatRunsHeading(options.runs));
    await runSquares({
      cache: opened.cache,
      runs: options.runs,
      requests: options.requests,
      max: options.max,
      delayMs: options.delayMs,
      onRun: (seconds: number) => io.stdout.write(formatRunTime(seconds)),
    });
    io.stdout.write("\n");
  } catch (error) {
    if (!io.signal.aborted) throw error;
  } finally {
    io.signal.removeEventListener("abort", stop);
    await opened.close();
  }
  if (io.signal.aborted) {
    io.stdout.write("\n");
    return 130;
  }
  return 0;
}
