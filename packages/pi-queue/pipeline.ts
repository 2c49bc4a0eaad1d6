import type { RoleHandle, RoleReport } from "./role_handle.ts";
import type { RoleName } from "./role_name.ts";

/** Counts across the pipeline. */
export interface PipelineStatus {
  /** Points tallied. */
  readonly points: number;
  /** Points tallied as inside the circle. */
  readonly inside: number;
  /** `4 * inside / points`. */
  readonly estimate: number;
  /** One standard error of the estimate. */
  readonly standardError: number;
  /** Seconds since the pipeline started. */
  readonly seconds: number;
  /** `points / seconds`. */
  readonly pointsPerSecond: number;
  /** Points bitsource published. */
  readonly sent: number;
  /** Points decided by always_yes and the judges. */
  readonly judged: number;
  /** Points tally counted (same as `points`). */
  readonly tallied: number;
  /** Malformed messages dropped by any role. */
  readonly malformed: number;
  /** Requests judges asked again after a timeout. */
  readonly retries: number;
}

/** The final counts; `drained` says whether tally counted every point sent. */
export interface PipelineResult extends PipelineStatus {
  readonly drained: boolean;
}

/**
 * A running pipeline: its roles, live counts, and an orderly stop. Made by
 * {@linkcode startPipeline}.
 *
 * @example
 * ```ts
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { startPipeline } from "@ch8/pi-queue";
 *
 * const anyPort = "tcp://127.0.0.1:*";
 * const pipeline = await startPipeline({
 *   rate: "max",
 *   judges: 2,
 *   endpoints: { pubsub: anyPort, reqrep: anyPort, pushpull: anyPort },
 * });
 * pipeline.rolesNamed("judge").length; //=> 2
 * await sleep(100);
 * const status = await pipeline.status();
 * status.pointsPerSecond; // tens of thousands on a laptop
 * status.tallied <= status.sent; //=> true
 * // stop() stops publishing, waits until tally has counted every point sent, then closes.
 * const result = await pipeline.stop();
 * result.drained; //=> true
 * result.tallied === result.sent; //=> true
 * ```
 */
export class Pipeline {
  /** Every role, binders first. */
  readonly roles: readonly RoleHandle[];
  readonly #started: number;
  readonly #drainMs: number;
  #failure: Error | undefined;
  #stopping: Promise<PipelineResult> | undefined;
  readonly #failed: Array<() => void> = [];

  constructor(roles: readonly RoleHandle[], drainMs: number) {
    this.roles = roles;
    this.#started = performance.now();
    this.#drainMs = drainMs;
  }

  /** The first error a role reported, if any. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Resolves when a role fails (used to end a run early). */
  whenFailed(): Promise<void> {
    if (this.#failure !== undefined) return Promise.resolve();
    return new Promise((resolve) => this.#failed.push(resolve));
  }

  /** @internal */
  fail(error: Error): void {
    this.#failure ??= error;
    for (const wake of this.#failed.splice(0)) wake();
  }

  /** The role handles of one kind. */
  rolesNamed(name: RoleName): RoleHandle[] {
    return this.roles.filter((role) => role.name === name);
  }

  /** Counts across every role right now. */
  async status(): Promise<PipelineStatus> {
    const reports = await Promise.all(this.roles.map((role) => role.report()));
    return this.#combine(reports);
  }

  /**
   * Stop publishing, wait (up to `drainMs`) until tally has counted every point sent, close
   * every role, and return the final counts.
   */
  stop(): Promise<PipelineResult> {
    this.#stopping ??= (async () => {
      try {
        for (const source of this.rolesNamed("bitsource")) await source.stop();
        const deadline = performance.now() + this.#drainMs;
        let status = await this.status();
        while (
          status.tallied < status.sent &&
          performance.now() < deadline &&
          this.#failure === undefined
        ) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          status = await this.status();
        }
        return { ...status, drained: status.tallied === status.sent };
      } finally {
        // Connectors first, so binders never see a peer vanish mid-message.
        for (const role of [...this.roles].reverse()) await role.close();
      }
    })();
    return this.#stopping;
  }

  #combine(reports: readonly RoleReport[]): PipelineStatus {
    let sent = 0;
    let judged = 0;
    let malformed = 0;
    let retries = 0;
    let tally: RoleReport["tally"];
    this.roles.forEach((role, i) => {
      const report = reports[i]!;
      malformed += report.malformed;
      retries += report.retries;
      if (role.name === "bitsource") sent += report.sent;
      if (role.name === "judge" || role.name === "always_yes") judged += report.sent;
      if (role.name === "tally") tally = report.tally;
    });
    const points = tally?.points ?? 0;
    const seconds = (performance.now() - this.#started) / 1000;
    return {
      points,
      inside: tally?.inside ?? 0,
      estimate: tally?.estimate ?? Number.NaN,
      standardError: tally?.standardError ?? Number.NaN,
      seconds,
      pointsPerSecond: seconds > 0 ? points / seconds : 0,
      sent,
      judged,
      tallied: points,
      malformed,
      retries,
    };
  }
}
