import { AlwaysYesRole } from "./always_yes_role.ts";
import { BitsourceRole } from "./bitsource_role.ts";
import type { Endpoints } from "./default_endpoints.ts";
import { JudgeRole } from "./judge_role.ts";
import { PythagorasRole } from "./pythagoras_role.ts";
import type { Role } from "./role.ts";
import { TallyRole } from "./tally_role.ts";

/** Options for {@linkcode runPipeline}. */
export interface PipelineOptions {
  /**
   * How long to run, in seconds.
   * @default 30
   */
  readonly seconds?: number;
  /** @default DEFAULT_ENDPOINTS */
  readonly endpoints?: Partial<Endpoints>;
  /**
   * bitsource's pause between points in milliseconds.
   * @default 10
   */
  readonly intervalMs?: number;
  /** @default Math.random */
  readonly random?: () => number;
  /** Each line tally prints, e.g. `"N 3.3333333333333335"`. */
  readonly onLine?: (line: string) => void;
  /** Stops the run early; the result counts what was tallied until then. */
  readonly signal?: AbortSignal;
  /** @default false */
  readonly allowNonLoopback?: boolean;
}

/** What a pipeline run counted. */
export interface PipelineResult {
  /** Decisions tallied. */
  readonly points: number;
  /** `Y` decisions among them. */
  readonly inside: number;
  /** `4 * inside / points` (`NaN` with no points). */
  readonly estimate: number;
}

/**
 * Run the book's queuepi.py: all five roles in this process, binders first, for `seconds` or
 * until `signal` aborts; then every socket is closed and the tally's counts returned.
 *
 * @throws {PiQueueError} When a role cannot bind (`E_ADDRESS_IN_USE`) or an endpoint is bad.
 * @example
 * ```ts
 * import { runPipeline } from "@ch8/pi-queue";
 *
 * const { points, estimate } = await runPipeline({ seconds: 2, onLine: console.log });
 * // prints "Y 4.0", "Y 4.0", ... "N 3.128943758573388"
 * points; //=> 190 or so
 * ```
 */
export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineResult> {
  const seconds = options.seconds ?? 30;
  if (!(seconds >= 0) || !Number.isFinite(seconds)) {
    throw new RangeError(`seconds must be a finite number >= 0, got ${seconds}`);
  }
  let failure: Error | undefined;
  let wake: () => void = () => {};
  const onError = (error: Error) => {
    failure ??= error;
    wake();
  };
  const common = { ...options, onError };
  const tally = new TallyRole(common);
  const roles: Role[] = [
    tally,
    new PythagorasRole(common),
    new BitsourceRole(common),
    new JudgeRole(common),
    new AlwaysYesRole(common),
  ];
  try {
    for (const role of roles) await role.start();
    await new Promise<void>((resolve) => {
      const signal = options.signal;
      const timer = setTimeout(finish, seconds * 1000);
      function finish() {
        clearTimeout(timer);
        signal?.removeEventListener("abort", finish);
        resolve();
      }
      wake = finish;
      if (failure !== undefined || signal?.aborted) finish();
      signal?.addEventListener("abort", finish, { once: true });
    });
  } finally {
    for (const role of [...roles].reverse()) role.close();
    await Promise.all(roles.map((role) => role.done()));
  }
  if (failure !== undefined) throw failure;
  const { points, inside, estimate } = tally.snapshot();
  return { points, inside, estimate };
}
