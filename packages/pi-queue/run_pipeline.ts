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
 * // A third of a second of the book's run, on ports the kernel picks; onLine: console.log would
 * // print "Y 4.0", "Y 4.0", "N 2.6666666666666665", ... "Y 3.183673469387755".
 * const lines: string[] = [];
 * const anyPort = "tcp://127.0.0.1:*";
 * const result = await runPipeline({
 *   seconds: 0.3,
 *   endpoints: { pubsub: anyPort, reqrep: anyPort, pushpull: anyPort },
 *   onLine: (line) => lines.push(line),
 * });
 * result.points; // about 30
 * lines.length === result.points; //=> true
 * result.drained; //=> true
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
