import { Pull } from "zeromq";
import { _RoleBase } from "./_role_base.ts";
import { _bind } from "./_sockets.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import type { RoleOptions } from "./role_options.ts";
import { Tally, type TallySnapshot } from "./tally.ts";

/**
 * The book's `tally`: a PULL socket bound at `endpoints.pushpull` counting `Y`/`N` decisions and
 * reporting, per decision, the line the book prints (`"Y 3.1297185998627315"`) to `onLine`.
 *
 * @example
 * ```ts
 * import { TallyRole } from "@ch8/pi-queue";
 *
 * const tally = new TallyRole({ onLine: (line) => console.log(line) });
 * await tally.start();
 * // ... later
 * tally.snapshot(); //=> { points: 1000, inside: 786, estimate: 3.144, ... }
 * tally.close();
 * ```
 */
export class TallyRole extends _RoleBase {
  readonly name = "tally" as const;
  readonly #options: RoleOptions;
  readonly #tally = new Tally();

  constructor(options: RoleOptions = {}) {
    super(options);
    this.#options = options;
  }

  /** Points counted and the estimate so far. */
  snapshot(): TallySnapshot {
    return this.#tally.snapshot();
  }

  protected async open(): Promise<void> {
    const socket = this.track(new Pull({ linger: 0, maxMessageSize: 1024 }));
    this.endpoint = await _bind(
      socket,
      this.#options.endpoints?.pushpull ?? DEFAULT_ENDPOINTS.pushpull,
      this.#options,
    );
    const onLine = this.#options.onLine;
    this.run(async () => {
      for await (const [frame] of socket) {
        const decision = frame === undefined || frame.length !== 1 ? "" : String(frame);
        if (onLine === undefined) {
          if (this.#tally.count(decision)) this.received++;
          else this.malformed++;
          continue;
        }
        const line = this.#tally.record(decision);
        if (line === undefined) this.malformed++;
        else {
          this.received++;
          onLine(line);
        }
      }
    }, socket);
  }
}
