import { Push, Request, Subscriber } from "zeromq";
import { _decodePoint } from "./_decode_point.ts";
import { _RoleBase } from "./_role_base.ts";
import { _connect } from "./_sockets.ts";
import { _POINT_MAX_MESSAGE_SIZE } from "./always_yes_role.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import { parseExactJson } from "./parse_exact_json.ts";
import type { RoleOptions } from "./role_options.ts";

/** The book's `unit`: 2^(B*2), the squared radius of the quarter circle. */
const UNIT = 2n ** 64n;

/**
 * The book's `judge`: subscribes to points starting `01`, `10` and `11`, asks pythagoras for
 * n² + m² (JSON `[n, m]` out, a JSON integer back, compared exactly as a bigint), and pushes `Y`
 * when the sum is below 2^64, else `N`.
 *
 * @example
 * ```ts
 * import { JudgeRole } from "@ch8/pi-queue";
 *
 * const judge = new JudgeRole();
 * await judge.start();
 * judge.close();
 * ```
 */
export class JudgeRole extends _RoleBase {
  readonly name = "judge" as const;
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
    const pythagoras = this.track(new Request({ linger: 0 }));
    const output = this.track(new Push({ linger: 0 }));
    _connect(input, endpoints.pubsub);
    for (const prefix of ["01", "10", "11"]) input.subscribe(prefix);
    _connect(pythagoras, endpoints.reqrep);
    _connect(output, endpoints.pushpull);
    const point = new Float64Array(2);
    this.run(async () => {
      for await (const [frame] of input) {
        if (
          frame === undefined ||
          !_decodePoint(frame, point) ||
          (frame[0] === 48 && frame[1] === 48)
        ) {
          this.malformed++;
          continue;
        }
        this.received++;
        await pythagoras.send(`[${point[0]}, ${point[1]}]`);
        const [reply] = await pythagoras.receive();
        const sum = parseExactJson(String(reply));
        if (typeof sum !== "bigint") {
          throw new TypeError(
            `pythagoras replied ${JSON.stringify(String(reply))}, not an integer`,
          );
        }
        await output.send(sum < UNIT ? "Y" : "N");
        this.sent++;
      }
    }, input);
  }
}
