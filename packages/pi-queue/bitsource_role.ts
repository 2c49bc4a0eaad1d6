import { Publisher } from "zeromq";
import { _RoleBase } from "./_role_base.ts";
import { _bind } from "./_sockets.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import { onesAndZeros } from "./ones_and_zeros.ts";
import type { RoleOptions } from "./role_options.ts";

/** The book's `B`: bits of precision in each random integer. */
const B = 32;

/**
 * The book's `bitsource`: a PUB socket bound at `endpoints.pubsub` publishing points, each 64
 * random `0`/`1` characters (n's bits at even positions, m's at odd), one every `intervalMs`.
 *
 * @example
 * ```ts
 * import { BitsourceRole } from "@ch8/pi-queue";
 *
 * const bitsource = new BitsourceRole({ endpoints: { pubsub: "tcp://127.0.0.1:*" } });
 * await bitsource.start();
 * bitsource.endpoint; //=> "tcp://127.0.0.1:41234" (the port the kernel chose)
 * bitsource.close();
 * ```
 */
export class BitsourceRole extends _RoleBase {
  readonly name = "bitsource" as const;
  readonly #options: RoleOptions;

  constructor(options: RoleOptions = {}) {
    super(options);
    const intervalMs = options.intervalMs ?? 10;
    if (!(intervalMs >= 0) || !Number.isFinite(intervalMs)) {
      throw new RangeError(`intervalMs must be a finite number >= 0, got ${intervalMs}`);
    }
    this.#options = { ...options, intervalMs };
  }

  protected async open(): Promise<void> {
    const socket = this.track(new Publisher({ linger: 0 }));
    this.endpoint = await _bind(
      socket,
      this.#options.endpoints?.pubsub ?? DEFAULT_ENDPOINTS.pubsub,
      this.#options,
    );
    const random = this.#options.random ?? Math.random;
    const intervalMs = this.#options.intervalMs ?? 10;
    this.run(async () => {
      while (!this.closed) {
        await socket.send(onesAndZeros(B * 2, random));
        this.sent++;
        await this.sleep(intervalMs);
      }
    }, socket);
  }
}
