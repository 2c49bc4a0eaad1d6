import type { PipelineResult } from "./pipeline.ts";
import { type PipelineOptions, startPipeline } from "./start_pipeline.ts";

/**
 * Run the pipeline (by default the book's queuepi.py: all five roles in this process, 100
 * points a second) for `seconds` or until `signal` aborts; then stop publishing, let tally count
 * every point already sent (up to `drainMs`), close every socket and process, and return the
 * counts. See {@linkcode PipelineOptions} for the rate, batching, processes, judges,
 * pythagoras workers and CURVE.
 *
 * @throws {PiQueueError} When a role cannot start (`E_ADDRESS_IN_USE`, `E_BAD_ENDPOINT`, ...)
 *   or fails while running.
 * @example
 * ```ts
 * import { runPipeline } from "@ch8/pi-queue";
 *
 * const { points, estimate } = await runPipeline({ seconds: 2, onLine: console.log });
 * // prints "Y 4.0", "Y 4.0", ... "N 3.128943758573388"
 * points; //=> 200 or so
 * ```
 */
export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const seconds = options.seconds ?? 30;
  if (!(seconds >= 0) || !Number.isFinite(seconds)) {
    throw new RangeError(`seconds must be a finite number >= 0, got ${seconds}`);
  }
  const pipeline = await startPipeline(options);
  const { signal, onStatus } = options;
  let ticker: NodeJS.Timeout | undefined;
  if (onStatus !== undefined) {
    ticker = setInterval(() => {
      pipeline.status().then(onStatus, () => {});
    }, options.statusIntervalMs ?? 250);
  }
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    await Promise.race([
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, seconds * 1000);
        onAbort = () => resolve();
        if (signal?.aborted) resolve();
        signal?.addEventListener("abort", onAbort, { once: true });
      }),
      pipeline.whenFailed(),
    ]);
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
    if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort);
  }
  const result = await pipeline.stop();
  if (pipeline.failure !== undefined) throw pipeline.failure;
  return result;
}
