import { Push, Subscriber } from "zeromq";
import { _decodePoint } from "./_decode_point.ts";
import { _RoleBase } from "./_role_base.ts";
import { _connect } from "./_sockets.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import type { RoleOptions } from "./role_options.ts";

/** Largest frame a point-reading role accepts; ZeroMQ drops the peer that sends more. */
export const _POINT_MAX_MESSAGE_SIZE = 1024;

/**
 * The book's `always_yes`: subscribes to points starting `00` (both numbers below 2^31, so the
 * point is surely inside the quarter circle) and pushes `Y` to tally for each.
 *
 * @example
 * ```ts
 * import { AlwaysYesRole } from "@ch8/pi-queue";
 *
 * const alwaysYes = new AlwaysYesRole({ endpoints: { pubsub: "tcp://127.0.0.1:6700" } });
 * await alwaysYes.start();
 * alwaysYes.close();
 * ```
 */
export class AlwaysYesRole extends _RoleBase {
  readonly name = "always_yes" as const;
  readonly #options: RoleOptions;

  constructor(options: RoleOptions = {}) {
    super(options);
    this.#options = options;
  }

  protected async open(): Promise<void> {
    const endpoints = { ...DEFAULT_ENDPOINTS, ...this.#options.endpoints };
    const input = this.track(
      new Subscriber({ linger: 0, maxMessageSize: _POINT_MAX_MESSAGE_SIZE }),
    );
    const output = this.track(new Push({ linger: 0 }));
    _connect(input, endpoints.pubsub);
    input.subscribe("00");
    _connect(output, endpoints.pushpull);
    const point = new Float64Array(2);
    this.run(async () => {
      for await (const [frame] of input) {
        if (
          frame === undefined ||
          !_decodePoint(frame, point) ||
          frame[0] !== 48 ||
          frame[1] !== 48
        ) {
          this.malformed++;
          continue;
        }
        this.received++;
        await output.send("Y");
        this.sent++;
      }
    }, input);
  }
}
