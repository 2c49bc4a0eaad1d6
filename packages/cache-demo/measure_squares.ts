import type { Cache } from "./cache.ts";
import { computeSquare } from "./compute_square.ts";
import { expectedHitRatio } from "./expected_hit_ratio.ts";

/** Options for {@linkcode measureSquares}. */
export interface MeasureSquaresOptions {
  /** Where the squares are cached. */
  readonly cache: Cache;
  /**
   * How many timed runs.
   * @default 10
   */
  readonly runs?: number;
  /**
   * Squares requested per run.
   * @default 2000
   */
  readonly requests?: number;
  /**
   * Each `n` is drawn uniformly from `0..max` inclusive.
   * @default 5000
   */
  readonly max?: number;
  /**
   * Requests in flight at once.
   * @default 1
   */
  readonly concurrency?: number;
  /**
   * How long a miss waits (the pretend computation).
   * @default 1
   */
  readonly delayMs?: number;
  /**
   * Uniform random numbers in [0, 1).
   * @default Math.random
   */
  readonly random?: () => number;
  /**
   * A clock in milliseconds.
   * @default performance.now
   */
  readonly now?: () => number;
  /**
   * How a miss waits `delayMs` milliseconds.
   * @default setTimeout from node:timers/promises
   */
  readonly sleep?: (ms: number) => Promise<unknown>;
  /** Called with each run's statistics as it completes. */
  readonly onRun?: (run: RunStats) => void;
}

/** What one run did. */
export interface RunStats {
  /** 0-based. */
  readonly run: number;
  readonly seconds: number;
  readonly requests: number;
  readonly hits: number;
  readonly misses: number;
  /** `hits / requests`. */
  readonly hitRatio: number;
  /** What uniform requests over the key space predict from the requests made so far. */
  readonly expectedHitRatio: number;
  /** Median request latency in milliseconds (a miss includes the pretend computation). */
  readonly p50Ms: number;
  /** 99th percentile request latency in milliseconds. */
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  /** Requests that went to another server because theirs failed or was down (0 without a cluster). */
  readonly failovers: number;
}

/** A server of the cache at the end of the runs. */
export interface ServerStats {
  /** `host:port`, or `"memory"` for the in-memory cache. */
  readonly server: string;
  /** Items it holds (memcached's `curr_items`); `null` when it did not answer. */
  readonly items: number | null;
  /** Failures seen talking to it. */
  readonly failures: number;
}

/** Everything {@linkcode measureSquares} measured; plain data, ready for `JSON.stringify`. */
export interface SquaresReport {
  readonly runs: readonly RunStats[];
  readonly requests: number;
  readonly keySpace: number;
  readonly concurrency: number;
  readonly servers: readonly ServerStats[];
  readonly failovers: number;
}

/** Optional extras a cache may offer for the report (MemjsCache and MemoryCache do). */
interface _Reporting {
  itemCounts?(): Promise<Record<string, number | null>>;
  counters?(): { failovers: number; failures: Readonly<Record<string, number>> };
}

/**
 * The book's squares demo with statistics: per run the time, hits, misses, hit ratio against
 * the ratio expected from the key space, latency percentiles and throughput, with `concurrency`
 * requests in flight; per server, how many items it holds at the end.
 *
 * @example
 * ```ts
 * import { MemoryCache, measureSquares } from "@ch8/cache-demo";
 *
 * let draw = 0;
 * const report = await measureSquares({
 *   cache: new MemoryCache(),
 *   runs: 2,
 *   requests: 50,
 *   max: 9,
 *   random: () => (draw++ % 10) / 10, // 0, 1, ..., 9, 0, 1, ...
 * });
 * report.runs[0].misses; //=> 10
 * report.runs[1].hits; //=> 50
 * report.servers; //=> [{ server: "memory", items: 10, failures: 0 }]
 * ```
 */
export async function measureSquares(options: MeasureSquaresOptions): Promise<SquaresReport> {
  const runs = options.runs ?? 10;
  const requests = options.requests ?? 2000;
  const max = options.max ?? 5000;
  const concurrency = options.concurrency ?? 1;
  _checkCount("runs", runs, 0);
  _checkCount("requests", requests, 0);
  _checkCount("max", max, 0);
  _checkCount("concurrency", concurrency, 1);
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => performance.now());
  const cache = options.cache;
  const reporting = cache as Cache & _Reporting;
  let hits = 0;
  const squareOptions = {
    delayMs: options.delayMs ?? 1,
    onResult: (wasHit: boolean) => {
      if (wasHit) hits++;
    },
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  };

  const stats: RunStats[] = [];
  for (let run = 0; run < runs; run++) {
    const failoversBefore = reporting.counters?.().failovers ?? 0;
    const latencies = new Float64Array(requests);
    let issued = 0;
    hits = 0;
    const worker = async () => {
      while (issued < requests) {
        const index = issued++;
        // min() guards a random() that returns exactly 1
        const n = Math.min(max, Math.floor(random() * (max + 1)));
        const t0 = now();
        await computeSquare(cache, n, squareOptions);
        latencies[index] = now() - t0;
      }
    };
    const t0 = now();
    if (concurrency === 1) {
      await worker();
    } else {
      await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
    }
    const seconds = (now() - t0) / 1000;
    latencies.sort();
    const result: RunStats = {
      run,
      seconds,
      requests,
      hits,
      misses: requests - hits,
      hitRatio: requests === 0 ? 0 : hits / requests,
      expectedHitRatio: expectedHitRatio(max + 1, run * requests, requests),
      p50Ms: _percentile(latencies, 0.5),
      p99Ms: _percentile(latencies, 0.99),
      requestsPerSecond: seconds > 0 ? requests / seconds : 0,
      failovers: (reporting.counters?.().failovers ?? 0) - failoversBefore,
    };
    stats.push(result);
    options.onRun?.(result);
  }

  const counters = reporting.counters?.();
  const items = (await reporting.itemCounts?.()) ?? {};
  const servers = Object.entries(items).map(([server, count]) => ({
    server,
    items: count,
    failures: counters?.failures[server] ?? 0,
  }));
  return {
    runs: stats,
    requests,
    keySpace: max + 1,
    concurrency,
    servers,
    failovers: counters?.failovers ?? 0,
  };
}

/** Nearest-rank percentile of sorted values. */
function _percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

function _checkCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
  }
}
