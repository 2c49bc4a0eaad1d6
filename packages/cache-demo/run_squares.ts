import type { Cache } from "./cache.ts";
import { computeSquare } from "./compute_square.ts";

/** Options for {@linkcode runSquares}. */
export interface RunSquaresOptions {
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
  /** Called after each run with its time in seconds and its 0-based index. */
  readonly onRun?: (seconds: number, run: number) => void;
}

/**
 * The book's squares.py: `runs` times, request `requests` random squares through
 * {@linkcode computeSquare} and time it. Later runs find more squares cached, so they get
 * faster. Resolves with the seconds each run took.
 *
 * @example
 * ```ts
 * import { MemoryCache, runSquares } from "@ch8/cache-demo";
 *
 * const cache = new MemoryCache();
 * const seconds = await runSquares({ cache, runs: 3, requests: 100, max: 50 });
 * seconds.length; //=> 3
 * ```
 */
export async function runSquares(options: RunSquaresOptions): Promise<number[]> {
  const runs = options.runs ?? 10;
  const requests = options.requests ?? 2000;
  const max = options.max ?? 5000;
  _checkCount("runs", runs);
  _checkCount("requests", requests);
  _checkCount("max", max);
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => performance.now());
  const squareOptions = {
    delayMs: options.delayMs ?? 1,
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  };
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = now();
    for (let i = 0; i < requests; i++) {
      // min() guards a random() that returns exactly 1
      const n = Math.min(max, Math.floor(random() * (max + 1)));
      await computeSquare(options.cache, n, squareOptions);
    }
    const elapsed = (now() - t0) / 1000;
    seconds.push(elapsed);
    options.onRun?.(elapsed, run);
  }
  return seconds;
}

function _checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
  }
}
