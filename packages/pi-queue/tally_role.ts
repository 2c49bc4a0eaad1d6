import { Pull } from "zeromq";
import { _RoleBase } from "./_role_base.ts";
import { _BATCH, _DECISION_MAX_MESSAGE_SIZE } from "./_wire.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import type { RoleOptions } from "./role_options.ts";
import { Tally, type TallySnapshot } from "./tally.ts";

/**
 * The book's `tally`: a PULL socket bound at `endpoints.pushpull` counting `Y`/`N` decisions and
 * reporting, per decision, the line the book prints (`"Y 3.1297185998627315"`) to `onLine`.
 * Batched decisions are counted without lines.
 *
 * @example
 * ```ts
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { Push } from "zeromq";
 * import { TallyRole } from "@ch8/pi-queue";
 *
 * const tally = new TallyRole({ endpoints: { pushpull: "tcp://127.0.0.1:*" } });
 * await tally.start();
 * // A bare PUSH socket plays always_yes and the judge; "?" is not a decision.
 * const judge = new Push({ linger: 0 });
 * judge.connect(tally.endpoint!);
 * for (const decision of ["Y", "N", "Y", "Y", "?"]) await judge.send(decision);
 * while (tally.stats().received + tally.stats().malformed < 5) await sleep(10);
 * tally.snapshot(); //=> { points: 4, inside: 3, estimate: 3, standardError: 0.8660254037844386, malformed: 1 }
 *
 * judge.close();
 * await tally.close();
 * ```
 */
export class TallyRole extends _RoleBase {
  readonly name = "tally" as const;
  readonly #tally = new Tally();

  constructor(options: RoleOptions = {}) {
    super(options);
  }

  /** Points counted and the estimate so far. */
  snapshot(): TallySnapshot {
    return this.#tally.snapshot();
  }

  protected async open(): Promise<void> {
    const socket = this.track(new Pull({ linger: 0, maxMessageSize: _DECISION_MAX_MESSAGE_SIZE }));
    this.endpoint = await this.bindTo(
      socket,
      this.options.endpoints?.pushpull ?? DEFAULT_ENDPOINTS.pushpull,
    );
    const onLine = this.options.onLine;
    this.run(async () => {
      for await (const [frame] of socket) {
        if (frame !== undefined && frame[0] === _BATCH && frame.length === 9) {
          const yes = frame.readUInt32BE(1);
          const no = frame.readUInt32BE(5);
          this.#tally.add(yes, no);
          this.received += yes + no;
          continue;
        }
        const decision = frame === undefined || frame.length !== 1 ? "" : String(frame);
        const line =
          onLine === undefined ? this.#tally.count(decision) : this.#tally.record(decision);
        if (line === false || line === undefined) {
          this.malformed++;
          continue;
        }
        this.received++;
        if (typeof line === "string") onLine?.(line);
      }
    }, socket);
  }
}
