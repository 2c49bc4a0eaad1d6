import { statSync } from "node:fs";
import type {
  createPlacement,
  DistributionReport,
  KeySource,
  MovementReport,
  PlacementAlgorithm,
} from "@ch8/sharding";
import { integerOption, parseCommandArgs } from "./_args.ts";
import { barChart } from "./_bar_chart.ts";
import { type Progress, progress } from "./_progress.ts";
import { CliError } from "./cli_error.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";

/** `ch8 shard`: the book's report, the placement analysis, or `locate`. */
export async function shardCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === "locate") return locateCommand(argv.slice(1), io);
  const { values } = parseCommandArgs("shard", argv, {
    words: { type: "string" },
    seed: { type: "string" },
    algorithms: { type: "string" },
    servers: { type: "string" },
    resize: { type: "string" },
    keys: { type: "string" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(usage("shard"));
    return 0;
  }
  const seed = integerOption("shard", "seed", values.seed, 0, 0, 0xffffffff);
  const analysis = ["algorithms", "servers", "resize", "keys", "json"].some(
    (flag) => values[flag as keyof typeof values] !== undefined,
  );
  if (!analysis) {
    if (values.words === "") throw new CliError("E_USAGE", "--words needs a file name", "shard");
    io.stdout.write(await shardReport(io, values.words, seed));
    return 0;
  }
  if (values.words === "") throw new CliError("E_USAGE", "--words needs a file name", "shard");
  if (values.words !== undefined && values.keys !== undefined) {
    throw new CliError("E_USAGE", "give --words FILE or --keys N, not both", "shard");
  }
  const options: AnalysisOptions = {
    algorithms: await algorithmList(values.algorithms),
    servers: integerOption("shard", "servers", values.servers, 4, 1, 256),
    resize:
      values.resize === undefined
        ? undefined
        : integerOption("shard", "resize", values.resize, 0, 1, 256),
    keys: values.keys === undefined ? undefined : integerOption("shard", "keys", values.keys, 0, 1),
    words: values.words,
    seed,
  };
  let result: Analysis;
  try {
    result = await analyze(io, options);
  } catch (error) {
    if (error instanceof Interrupted) return 130;
    throw error;
  }
  io.stdout.write(values.json ? `${JSON.stringify(toJson(result))}\n` : await render(result, io));
  return 0;
}

/**
 * The book's report for a word file (saying on stderr when it fell back to the npm word list).
 * Loads only `@ch8/sharding/book`, whose small module graph keeps `ch8 shard` quick to start.
 */
export async function shardReport(io: Io, words?: string, seed = 0): Promise<string> {
  const { bookReportFromFile, formatBookReport } = await import("@ch8/sharding/book");
  // The fast path reads synchronously; a pipe or a device could block it beyond Ctrl-C's reach.
  if (words !== undefined && !isRegularFile(words)) {
    const { bookReport, readWordFile, ShardingError } = await sharding();
    const file = await readWordFile(words);
    if (file.words.length === 0) {
      throw new ShardingError("E_NO_WORDS", `no words to place: ${file.path} holds no words`);
    }
    return formatBookReport(bookReport(file.words, { seed }));
  }
  const file = await bookReportFromFile(words, { seed });
  if (file.notice) io.stderr.write(`${file.notice}\n`);
  return formatBookReport(file.report);
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true; // let the reader report what is wrong with it
  }
}

/** The whole library, for the analysis and `locate`: loaded only when they run. */
const sharding = () => import("@ch8/sharding");

interface AnalysisOptions {
  readonly algorithms: readonly PlacementAlgorithm[];
  readonly servers: number;
  readonly resize: number | undefined;
  readonly keys: number | undefined;
  readonly words: string | undefined;
  readonly seed: number;
}

interface Analysis {
  readonly distributions: DistributionReport[];
  readonly movement: MovementReport[] | undefined;
}

async function algorithmList(list: string | undefined): Promise<PlacementAlgorithm[]> {
  const { PLACEMENT_ALGORITHMS } = await sharding();
  if (list === undefined) return [...PLACEMENT_ALGORITHMS];
  const names = list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(PLACEMENT_ALGORITHMS as readonly string[]).includes(name)) {
      throw new CliError(
        "E_USAGE",
        `unknown algorithm '${name}': expected some of ${PLACEMENT_ALGORITHMS.join(", ")}`,
        "shard",
      );
    }
  }
  if (names.length === 0) throw new CliError("E_USAGE", "--algorithms names none", "shard");
  return [...new Set(names)] as PlacementAlgorithm[];
}

/** Places every key with each algorithm (and again on the resized cluster), one pass each. */
async function analyze(io: Io, options: AnalysisOptions): Promise<Analysis> {
  const { analyzeDistributions, createPlacement, movementTable } = await sharding();
  const names = Array.from({ length: options.servers }, (_, i) => `server${i}`);
  const placements = options.algorithms.map((algorithm) => {
    try {
      return createPlacement(algorithm, names, { seed: options.seed });
    } catch (error) {
      if (error instanceof RangeError) throw new CliError("E_USAGE", error.message, "shard");
      throw error;
    }
  });
  const distributions = await withKeys(io, options, "placing keys", (keys) =>
    analyzeDistributions(placements, keys),
  );
  const { resize } = options;
  const movement =
    resize === undefined
      ? undefined
      : await withKeys(io, options, `moving ${options.servers} → ${resize} servers`, (keys) =>
          movementTable(keys, {
            from: options.servers,
            to: resize,
            algorithms: options.algorithms,
            seed: options.seed,
          }),
        );
  return { distributions, movement };
}

/** Runs `work` over the key set, streamed, with a progress line on a terminal. */
async function withKeys<T>(
  io: Io,
  options: AnalysisOptions,
  label: string,
  work: (keys: KeySource) => Promise<T>,
): Promise<T> {
  const { generateKeys, openWordStream } = await sharding();
  if (options.keys !== undefined) {
    const bar = progress(io.stderr, label, options.keys);
    try {
      return await work(
        counted(generateKeys(options.keys, { seed: options.seed }), bar, io.signal),
      );
    } finally {
      bar.done();
    }
  }
  const stream = await openWordStream(options.words);
  if (stream.notice && label === "placing keys") io.stderr.write(`${stream.notice}\n`);
  const bar = progress(io.stderr, label);
  try {
    return await work(counted(stream, bar, io.signal));
  } finally {
    bar.done();
    await stream.close();
  }
}

/**
 * Passes keys through, ticking the progress line, and every 4096 keys lets the event loop run
 * so that Ctrl-C is seen: an aborted signal ends the pass with an error the command reports.
 */
async function* counted(
  keys: Iterable<string> | AsyncIterable<string>,
  bar: Progress,
  signal: AbortSignal,
): AsyncIterable<string> {
  let pending = 0;
  for await (const key of keys) {
    yield key;
    if (++pending === 4096) {
      bar.tick(pending);
      pending = 0;
      await new Promise((resolve) => setImmediate(resolve));
      if (signal.aborted) throw new Interrupted();
    }
  }
}

/** The pass over the keys was stopped by Ctrl-C. */
class Interrupted extends Error {}

async function render(result: Analysis, io: Io): Promise<string> {
  const { formatDistribution, formatMovementTable } = await sharding();
  let out = "";
  for (const report of result.distributions) {
    out += formatDistribution([report]);
    if (io.stdout.isTTY) {
      out += barChart(
        report.servers.map((server, i) => ({
          label: server,
          value: report.counts[i]!,
          text: `${(report.fractions[i]! * 100).toFixed(1)}%`,
        })),
        Math.min(40, Math.max(10, (io.stdout.columns ?? 80) - 30)),
      );
      out += "\n";
    }
  }
  if (result.movement) out += formatMovementTable(result.movement);
  return out;
}

function toJson(result: Analysis) {
  const total = result.distributions[0]?.total ?? 0;
  return {
    words: total,
    algorithms: result.distributions.map((report) => {
      const moved = result.movement?.find((row) => row.algorithm === report.algorithm);
      return {
        name: report.algorithm,
        servers: report.servers,
        counts: report.counts,
        fractions: report.fractions,
        maxOverMean: report.maxOverMean,
        coefficientOfVariation: report.coefficientOfVariation,
        chiSquare: report.chiSquare,
        pValue: report.pValue,
        ...(moved
          ? {
              moved: {
                from: moved.from,
                to: moved.to,
                fraction: moved.fraction,
                ideal: moved.ideal,
              },
            }
          : {}),
      };
    }),
  };
}

/** `ch8 shard locate`: which server each key lives on, `KEY<TAB>SERVER` per line. */
async function locateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "shard",
    argv,
    { algorithm: { type: "string" }, servers: { type: "string" }, seed: { type: "string" } },
    true,
  );
  if (values.help) {
    io.stdout.write(usage("shard"));
    return 0;
  }
  if (values.servers === undefined) {
    throw new CliError("E_USAGE", "locate needs --servers host:port[:weight],...", "shard");
  }
  const { parseServerList, createPlacement } = await sharding();
  const algorithm = await algorithmList(values.algorithm ?? "ketama");
  if (algorithm.length !== 1)
    throw new CliError("E_USAGE", "locate takes one --algorithm", "shard");
  let specs: ReturnType<typeof parseServerList>;
  try {
    specs = parseServerList(values.servers);
  } catch (error) {
    throw new CliError("E_USAGE", `--servers: ${(error as Error).message}`, "shard");
  }
  const seed = integerOption("shard", "seed", values.seed, 0, 0, 0xffffffff);
  let placement: ReturnType<typeof createPlacement>;
  try {
    placement = createPlacement(
      algorithm[0]!,
      specs.map((s) => (s.weight === 1 ? s.name : { name: s.name, weight: s.weight })),
      { seed },
    );
  } catch (error) {
    if (error instanceof RangeError) throw new CliError("E_USAGE", error.message, "shard");
    throw error;
  }
  const locate = (key: string) => {
    checkKey(key);
    io.stdout.write(`${key}\t${placement.locate(key)}\n`);
  };
  if (positionals.length > 0) {
    if (positionals.includes("")) throw new CliError("E_USAGE", "a key cannot be empty", "shard");
    for (const key of positionals) locate(key);
    return 0;
  }
  for await (const key of lines(io.stdin)) if (key !== "") locate(key);
  return 0;
}

/** memcached refuses keys over 250 bytes or with whitespace or control characters. */
function checkKey(key: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  const bad = /[\x00-\x20\x7f]/.exec(key);
  const bytes = Buffer.byteLength(key);
  if (bad || bytes > 250) {
    const why = bad ? `it contains ${JSON.stringify(bad[0])}` : `it is ${bytes} bytes long`;
    throw new CliError(
      "E_BAD_KEY",
      `memcached would refuse the key ${JSON.stringify(key.slice(0, 60))}: ${why} (at most 250 bytes, no spaces or control characters)`,
    );
  }
}

async function* lines(input: AsyncIterable<string | Buffer>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of input) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    const parts = rest.split("\n");
    rest = parts.pop() ?? "";
    for (const line of parts) yield line.replace(/\r$/, "");
  }
  rest += decoder.decode();
  if (rest !== "") yield rest.replace(/\r$/, "");
}
