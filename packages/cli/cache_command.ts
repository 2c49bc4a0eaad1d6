import type { PlacementAlgorithm, RunStats } from "@ch8/cache-demo";
import {
  formatRunsHeading,
  formatRunTime,
  formatStats,
  measureSquares,
  openCache,
  PLACEMENT_ALGORITHMS,
  runSquares,
  sparkline,
  startCluster,
} from "@ch8/cache-demo";
import { integerOption, numberOption, parseCommandArgs } from "./_args.ts";
import { checkServersOption } from "./_servers_option.ts";
import { CliError } from "./cli_error.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";

/** Options of the squares demo, as `ch8 cache` takes them. */
export interface CacheDemoOptions {
  readonly servers?: string | undefined;
  readonly runs: number;
  readonly requests: number;
  readonly max: number;
  readonly delayMs: number;
  readonly placement?: PlacementAlgorithm | undefined;
  readonly timeoutMs?: number | undefined;
  /** `book`: the book's lines; `stats`: a table after them; `json`: one object. */
  readonly output?: "book" | "stats" | "json";
  readonly concurrency?: number;
}

/** `ch8 cache` (the book's squares.py against memcached) and `ch8 cache cluster`. */
export async function cacheCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "cluster") return clusterCommand(argv.slice(1), io);
  const { values } = parseCommandArgs("cache", argv, {
    servers: { type: "string" },
    runs: { type: "string" },
    requests: { type: "string" },
    max: { type: "string" },
    "delay-ms": { type: "string" },
    placement: { type: "string" },
    "timeout-ms": { type: "string" },
    concurrency: { type: "string" },
    stats: { type: "boolean" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(usage("cache"));
    return 0;
  }
  const placement = values.placement;
  if (placement !== undefined && !(PLACEMENT_ALGORITHMS as readonly string[]).includes(placement)) {
    throw new CliError(
      "E_USAGE",
      `unknown placement '${placement}': expected one of ${PLACEMENT_ALGORITHMS.join(", ")}`,
      "cache",
    );
  }
  checkServersOption(values.servers, "cache");
  return squaresDemo(io, {
    servers: values.servers,
    runs: integerOption("cache", "runs", values.runs, 10, 1, 1000),
    requests: integerOption("cache", "requests", values.requests, 2000, 1),
    max: integerOption("cache", "max", values.max, 5000, 0, 2 ** 31),
    delayMs: numberOption("cache", "delay-ms", values["delay-ms"], 1, 0, 60_000),
    placement: placement as PlacementAlgorithm | undefined,
    timeoutMs:
      values["timeout-ms"] === undefined
        ? undefined
        : integerOption("cache", "timeout-ms", values["timeout-ms"], 0, 1, 60_000),
    concurrency: integerOption("cache", "concurrency", values.concurrency, 1, 1, 10_000),
    output: values.json
      ? "json"
      : values.stats || values.concurrency !== undefined
        ? "stats"
        : "book",
  });
}

/**
 * Runs the squares demo, printing each run's time as it completes (the book's lines), then
 * with `stats` a table, with `json` one object instead; on a terminal, a chart of the times.
 * Returns 130 when interrupted.
 */
export async function squaresDemo(io: Io, options: CacheDemoOptions): Promise<number> {
  const output = options.output ?? "book";
  const opened = await openCache({
    servers: options.servers,
    env: io.env,
    onNotice: (line: string) => io.stderr.write(`${line}\n`),
    cacheOptions: {
      ...(options.placement ? { placement: options.placement } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    },
  });
  // Ctrl-C closes the cache (stopping a private memcached), which ends the runs early.
  const stop = () => void opened.close();
  io.signal.addEventListener("abort", stop, { once: true });
  const times: number[] = [];
  const book = output !== "json";
  try {
    if (book) io.stdout.write(formatRunsHeading(options.runs));
    const onRun = (seconds: number) => {
      times.push(seconds);
      if (book) io.stdout.write(formatRunTime(seconds));
    };
    const common = {
      cache: opened.cache,
      runs: options.runs,
      requests: options.requests,
      max: options.max,
      delayMs: options.delayMs,
    };
    if (output === "book" && (options.concurrency ?? 1) === 1) {
      await runSquares({ ...common, onRun });
      io.stdout.write("\n");
    } else {
      const report = await measureSquares({
        ...common,
        concurrency: options.concurrency ?? 1,
        onRun: (run: RunStats) => onRun(run.seconds),
      });
      if (output === "json") {
        io.stdout.write(`${JSON.stringify({ source: opened.source, ...report })}\n`);
      } else {
        io.stdout.write(`\n\n${formatStats(report)}`);
      }
    }
    if (book && io.stdout.isTTY) io.stdout.write(`run times: ${sparkline(times)}\n`);
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

/** `ch8 cache cluster --nodes N`: private memcached processes until Ctrl-C. */
async function clusterCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("cache", argv, {
    nodes: { type: "string" },
    "memory-mb": { type: "string" },
  });
  if (values.help) {
    io.stdout.write(usage("cache"));
    return 0;
  }
  const nodes = integerOption("cache", "nodes", values.nodes, 3, 1, 64);
  const memoryMb =
    values["memory-mb"] === undefined
      ? undefined
      : integerOption("cache", "memory-mb", values["memory-mb"], 64, 1, 65_536);
  const cluster = await startCluster({ nodes, ...(memoryMb ? { memoryMb } : {}) });
  try {
    for (const address of cluster.addresses) io.stdout.write(`${address}\n`);
    io.stderr.write(
      `ch8: ${nodes} memcached ${nodes === 1 ? "node" : "nodes"} running; try: ch8 cache --servers ${cluster.servers} --stats\n` +
        "ch8: Ctrl-C stops them\n",
    );
    await new Promise<void>((resolve) => {
      if (io.signal.aborted) resolve();
      io.signal.addEventListener("abort", () => resolve(), { once: true });
    });
  } finally {
    await cluster.close();
  }
  return 0;
}
