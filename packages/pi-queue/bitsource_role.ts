import { setImmediate as yieldToLoop } from "node:timers/promises";
import { Publisher, XPublisher } from "zeromq";
import { _isCovered, _requiredTopics } from "./_coverage.ts";
import { _RoleBase } from "./_role_base.ts";
import { _BATCH, _MAX_BATCH, _POINT_SEND_BUFFERS } from "./_wire.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import { onesAndZeros } from "./ones_and_zeros.ts";
import type { RoleOptions } from "./role_options.ts";

/** The book's `B`: bits of precision in each random integer. */
const B = 32;
/** Messages sent back to back before letting other work on this event loop run. */
const BURST = 64;

/**
 * The book's `bitsource`: a PUB socket bound at `endpoints.pubsub` publishing points, each 64
 * random `0`/`1` characters (n's bits at even positions, m's at odd), one every `intervalMs`,
 * or at `rate` points a second, or (with `batch`) many points per message.
 *
 * Lossless by default: it waits until subscribers cover both always_yes's and the judges'
 * points before publishing, and when a subscriber falls behind it waits instead of dropping
 * (ZMQ_XPUB_NODROP), so the two paths always see the same points.
 *
 * @example
 * ```ts
 * import { Subscriber } from "zeromq";
 * import { BitsourceRole } from "@ch8/pi-queue";
 *
 * // A constant random source makes every point the same: each 32 random bits are 1 then 31 0s.
 * const bitsource = new BitsourceRole({
 *   endpoints: { pubsub: "tcp://127.0.0.1:*" },
 *   random: () => 0.5,
 * });
 * await bitsource.start();
 * // The port the kernel chose, e.g. "tcp://127.0.0.1:41234".
 * bitsource.endpoint?.startsWith("tcp://127.0.0.1:"); //=> true
 *
 * // Lossless, it publishes once subscribers cover every point: one taking all of them does.
 * const subscriber = new Subscriber({ linger: 0 });
 * subscriber.connect(bitsource.endpoint!);
 * subscriber.subscribe();
 * String((await subscriber.receive())[0]); //=> ("1" + "0".repeat(31)).repeat(2)
 *
 * await bitsource.stop(); // no more points; those sent are still delivered
 * bitsource.stats().sent >= 1; //=> true
 * subscriber.close();
 * await bitsource.close();
 * ```
 */
export class BitsourceRole extends _RoleBase {
  readonly name = "bitsource" as const;
  readonly #stop = new AbortController();
  readonly #subscriptions = new Set<string>();
  #covered = false;
  #wake: (() => void) | undefined;
  #loop: Promise<void> = Promise.resolve();

  constructor(options: RoleOptions = {}) {
    super(options);
    const { intervalMs = 10, rate, batch } = options;
    if (!(intervalMs >= 0) || !Number.isFinite(intervalMs)) {
      throw new RangeError(`intervalMs must be a finite number >= 0, got ${intervalMs}`);
    }
    if (rate !== undefined && rate !== "max" && !(rate > 0 && Number.isFinite(rate))) {
      throw new RangeError(`rate must be a positive number or "max", got ${rate}`);
    }
    if (batch !== undefined && !(Number.isInteger(batch) && batch >= 1 && batch <= _MAX_BATCH)) {
      throw new RangeError(`batch must be an integer from 1 to ${_MAX_BATCH}, got ${batch}`);
    }
  }

  /** The prefixes subscribers currently subscribe to (lossless only). */
  get subscriptions(): ReadonlySet<string> {
    return this.#subscriptions;
  }

  /** Whether subscribers currently cover every point (always true when not lossless). */
  get covered(): boolean {
    return this.#covered;
  }

  /**
   * Stop publishing but keep the socket open, so points already sent still reach the
   * subscribers; resolves once the last point is sent, after which `stats().sent` is final.
   */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.#wake?.();
    await this.#loop;
  }

  protected async open(): Promise<void> {
    const lossless = this.options.lossless ?? true;
    const socket = this.track(
      lossless
        ? new XPublisher({ linger: 0, noDrop: true, maxMessageSize: 1024, ..._POINT_SEND_BUFFERS })
        : new Publisher({ linger: 0 }),
    );
    this.endpoint = await this.bindTo(
      socket,
      this.options.endpoints?.pubsub ?? DEFAULT_ENDPOINTS.pubsub,
    );
    const batched = this.options.batch !== undefined;
    if (socket instanceof XPublisher) {
      const required = _requiredTopics(batched);
      this.run(async () => {
        for await (const [frame] of socket) {
          // Subscribers only send (un)subscriptions; anything else is someone else's garbage.
          if (frame === undefined || frame.length === 0 || frame[0]! > 1) {
            this.malformed++;
            continue;
          }
          const topic = frame.subarray(1).toString("latin1");
          if (frame[0] === 1) this.#subscriptions.add(topic);
          else this.#subscriptions.delete(topic);
          this.#covered = required.every((t) => _isCovered(t, this.#subscriptions, !batched));
          if (this.#covered) this.#wake?.();
        }
      }, socket);
    } else {
      this.#covered = true;
    }
    this.#loop = new Promise<void>((resolve) => {
      this.run(async () => {
        try {
          await this.#publishLoop(socket);
        } finally {
          resolve();
        }
      }, socket);
    });
  }

  async #publishLoop(socket: Publisher | XPublisher): Promise<void> {
    const { intervalMs = 10, rate, batch, random = Math.random } = this.options;
    const stopped = () => this.closed || this.#stop.signal.aborted;
    const started = performance.now();
    let shard = 0;
    let burst = 0;
    while (!stopped()) {
      if (!this.#covered) {
        await this.#waitForCoverage();
        continue;
      }
      const size = batch ?? 1;
      if (typeof rate === "number") {
        const due = (rate * (performance.now() - started)) / 1000 - this.sent;
        if (due < size) {
          await this.#pause(Math.max(1, ((size - due) / rate) * 1000));
          continue;
        }
      }
      if (batch === undefined) {
        if (await this.#send(socket, onesAndZeros(B * 2, random))) this.sent++;
      } else {
        for (const frame of _pointBatches(batch, shard, random)) {
          if (await this.#send(socket, frame)) this.sent += (frame.length - 3) / 8;
        }
        shard = (shard + 1) & 0xff;
      }
      if (rate === undefined && intervalMs > 0) await this.#pause(intervalMs);
      else if (++burst >= BURST) {
        burst = 0;
        await yieldToLoop();
      }
    }
  }

  /**
   * Send, and when a lossless subscriber's queue is full, wait for room instead of dropping.
   * False when the frame was not sent: a second after stop() a stuck subscriber no longer
   * holds the source up (the frame is then not counted as sent).
   */
  async #send(socket: Publisher | XPublisher, frame: string | Buffer): Promise<boolean> {
    let giveUpAt = Number.POSITIVE_INFINITY;
    for (let attempt = 0; ; attempt++) {
      try {
        await socket.send(frame);
        return true;
      } catch (error) {
        if ((error as { code?: string }).code !== "EAGAIN" || this.closed) throw error;
        if (this.#stop.signal.aborted) {
          if (giveUpAt === Number.POSITIVE_INFINITY) giveUpAt = performance.now() + 1000;
          if (performance.now() > giveUpAt) return false;
        }
        // ZMQ_XPUB_NODROP reports a full queue as EAGAIN without a way to poll for room, and a
        // full queue holds enough work that a millisecond's nap costs no throughput.
        if (attempt === 0) await yieldToLoop();
        else await this.#pause(1);
      }
    }
  }

  #waitForCoverage(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.#wake = undefined;
        this.signal.removeEventListener("abort", done);
        resolve();
      };
      this.#wake = done;
      this.signal.addEventListener("abort", done, { once: true });
      if (this.#covered || this.#stop.signal.aborted) done();
    });
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.signal.removeEventListener("abort", done);
        this.#stop.signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.signal.addEventListener("abort", done, { once: true });
      this.#stop.signal.addEventListener("abort", done, { once: true });
    });
  }
}

/** One batch of random points as always_yes's frame (both halves below 2^31) and the judges'. */
function _pointBatches(count: number, shard: number, random: () => number): Buffer[] {
  const yes = Buffer.allocUnsafe(3 + 8 * count);
  const judged = Buffer.allocUnsafe(3 + 8 * count);
  yes[0] = judged[0] = _BATCH;
  yes[1] = 0x30;
  judged[1] = 0x31;
  yes[2] = judged[2] = shard;
  let y = 3;
  let j = 3;
  for (let i = 0; i < count; i++) {
    const n = (random() * 4294967296) >>> 0;
    const m = (random() * 4294967296) >>> 0;
    if (n < 0x80000000 && m < 0x80000000) {
      yes.writeUInt32BE(n, y);
      yes.writeUInt32BE(m, y + 4);
      y += 8;
    } else {
      judged.writeUInt32BE(n, j);
      judged.writeUInt32BE(m, j + 4);
      j += 8;
    }
  }
  const frames: Buffer[] = [];
  if (y > 3) frames.push(yes.subarray(0, y));
  if (j > 3) frames.push(judged.subarray(0, j));
  return frames;
}
