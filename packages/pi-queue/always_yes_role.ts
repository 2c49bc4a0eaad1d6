import { Push, Subscriber } from "zeromq";
import { _decodePoint } from "./_decode_point.ts";
import { _RoleBase } from "./_role_base.ts";
import { _BATCH, _POINT_RECEIVE_BUFFERS, _POINTS_MAX_MESSAGE_SIZE } from "./_wire.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import type { RoleOptions } from "./role_options.ts";

/**
 * The book's `always_yes`: subscribes to points starting `00` (both numbers below 2^31, so the
 * point is surely inside the quarter circle) and pushes `Y` to tally for each. A batch of such
 * points (the opt-in batched format) gets one message counting them all.
 *
 * @example
 * ```ts
 * import { Pull, XPublisher } from "zeromq";
 * import { AlwaysYesRole } from "@ch8/pi-queue";
 *
 * // Bare sockets play bitsource and tally, on ports the kernel picks.
 * const source = new XPublisher({ linger: 0 });
 * await source.bind("tcp://127.0.0.1:*");
 * const tally = new Pull({ linger: 0 });
 * await tally.bind("tcp://127.0.0.1:*");
 *
 * const alwaysYes = new AlwaysYesRole({
 *   endpoints: { pubsub: source.lastEndpoint!, pushpull: tally.lastEndpoint! },
 * });
 * await alwaysYes.start();
 * // An XPUB socket sees each subscription (a 1 byte, then the prefix).
 * String((await source.receive())[0]); //=> "\x0100"
 * await source.send("00".repeat(32));
 * String((await tally.receive())[0]); //=> "Y"
 *
 * await alwaysYes.close();
 * source.close();
 * tally.close();
 * ```
 */
export class AlwaysYesRole extends _RoleBase {
  readonly name = "always_yes" as const;

  constructor(options: RoleOptions = {}) {
    super(options);
  }

  protected async open(): Promise<void> {
    const endpoints = { ...DEFAULT_ENDPOINTS, ...this.options.endpoints };
    const input = this.track(
      new Subscriber({
        linger: 0,
        maxMessageSize: _POINTS_MAX_MESSAGE_SIZE,
        ..._POINT_RECEIVE_BUFFERS,
      }),
    );
    const output = this.track(new Push({ linger: 0 }));
    this.connectTo(input, endpoints.pubsub);
    input.subscribe("00", "b0");
    this.connectTo(output, endpoints.pushpull);
    const point = new Float64Array(2);
    this.run(async () => {
      for await (const [frame] of input) {
        if (frame === undefined) continue;
        if (frame[0] === _BATCH) {
          const count = _countLowerLeftBatch(frame);
          if (count < 0) {
            this.malformed++;
            continue;
          }
          this.received += count;
          const decisions = Buffer.allocUnsafe(9);
          decisions[0] = _BATCH;
          decisions.writeUInt32BE(count, 1);
          decisions.writeUInt32BE(0, 5);
          await output.send(decisions);
          this.sent += count;
          continue;
        }
        if (!_decodePoint(frame, point) || frame[0] !== 48 || frame[1] !== 48) {
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

/** Points in an always_yes batch, or -1 if it is malformed or holds a point outside 00. */
function _countLowerLeftBatch(frame: Buffer): number {
  if (frame.length < 11 || (frame.length - 3) % 8 !== 0 || frame[1] !== 0x30) return -1;
  for (let at = 3; at < frame.length; at += 4) if (frame[at]! >= 0x80) return -1;
  return (frame.length - 3) / 8;
}
