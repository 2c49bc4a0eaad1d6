import { Dealer, Push, Subscriber } from "zeromq";
import { _decodePoint } from "./_decode_point.ts";
import { _RoleBase } from "./_role_base.ts";
import {
  _BATCH,
  _batchJudgeTopics,
  _bookJudgeTopics,
  _POINT_RECEIVE_BUFFERS,
  _POINTS_MAX_MESSAGE_SIZE,
} from "./_wire.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import { parseExactJson } from "./parse_exact_json.ts";
import type { RoleOptions } from "./role_options.ts";

/** The book's `unit`, 2^64, as the decimal digits pythagoras's JSON reply is compared with. */
const UNIT_DIGITS = "18446744073709551616";
const EMPTY = Buffer.alloc(0);

interface Pending {
  readonly id: Buffer;
  readonly body: string | Buffer;
  /** Points this request decides: 1, or a batch's count. */
  readonly points: number;
  sentAt: number;
}

/**
 * The book's `judge`: subscribes to points starting `01`, `10` and `11`, asks pythagoras for
 * n² + m² (JSON `[n, m]` out, a JSON integer back, compared exactly with 2^64), and pushes `Y`
 * when the sum is below 2^64, else `N`.
 *
 * Requests go out on a DEALER socket, up to `window` per pythagoras in flight, each behind a
 * request-id envelope frame that REP sockets (the book's pythagoras included) echo back, so
 * replies are matched to points whatever order or worker they come from. When the oldest
 * request waits `requestTimeoutMs`, the socket is replaced and every unanswered request asked
 * again ("lazy pirate"): a point is decided once, when its reply arrives, never twice.
 *
 * @example
 * ```ts
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { XPublisher } from "zeromq";
 * import { JudgeRole, PythagorasRole, TallyRole } from "@ch8/pi-queue";
 *
 * // Real pythagoras and tally on ports the kernel picks; an XPUB socket plays bitsource.
 * const lines: string[] = [];
 * const anyPort = "tcp://127.0.0.1:*";
 * const pythagoras = new PythagorasRole({ endpoints: { reqrep: anyPort } });
 * const tally = new TallyRole({
 *   endpoints: { pushpull: anyPort },
 *   onLine: (line) => lines.push(line),
 * });
 * await Promise.all([pythagoras.start(), tally.start()]);
 * const source = new XPublisher({ linger: 0 });
 * await source.bind(anyPort);
 *
 * const judge = new JudgeRole({
 *   endpoints: {
 *     pubsub: source.lastEndpoint!,
 *     reqrep: pythagoras.endpoint!,
 *     pushpull: tally.endpoint!,
 *   },
 *   requestTimeoutMs: 500,
 * });
 * await judge.start();
 * // The judge subscribes to "01", "10" and "11", in that order; wait for the last.
 * let subscription = "";
 * while (subscription !== "\x0111") subscription = String((await source.receive())[0]);
 * // n = m = 2^32 - 1 is outside the circle; n = 0, m = 2^31 inside.
 * await source.send("1".repeat(64));
 * await source.send("01" + "00".repeat(31));
 * while (lines.length < 2) await sleep(10);
 * lines; //=> ["N 0.0", "Y 2.0"]
 *
 * await judge.close();
 * source.close();
 * await Promise.all([pythagoras.close(), tally.close()]);
 * ```
 */
export class JudgeRole extends _RoleBase {
  readonly name = "judge" as const;
  #dealer: Dealer | undefined;
  #pythagoras: readonly string[] = [];
  readonly #queue: Pending[] = [];
  readonly #inflight = new Map<string, Pending>();
  #nextId = 0;
  #capacity = 64;
  #notify: (() => void) | undefined;
  #output: Promise<unknown> = Promise.resolve();
  /** Decisions waiting for tally to take them; while any do, replies are not being read. */
  #outputBacklog = 0;

  constructor(options: RoleOptions = {}) {
    super(options);
    const { requestTimeoutMs = 1000, window = 64, shard } = options;
    if (!(requestTimeoutMs > 0)) {
      throw new RangeError(`requestTimeoutMs must be a positive number, got ${requestTimeoutMs}`);
    }
    if (!(Number.isInteger(window) && window >= 1 && window <= 1000)) {
      throw new RangeError(`window must be an integer from 1 to 1000, got ${window}`);
    }
    if (
      shard !== undefined &&
      !(
        Number.isInteger(shard.count) &&
        shard.count >= 1 &&
        shard.count <= 256 &&
        Number.isInteger(shard.index) &&
        shard.index >= 0 &&
        shard.index < shard.count
      )
    ) {
      throw new RangeError(
        `shard must be { index, count } with 0 <= index < count <= 256, got ${JSON.stringify(shard)}`,
      );
    }
  }

  protected async open(): Promise<void> {
    const endpoints = { ...DEFAULT_ENDPOINTS, ...this.options.endpoints };
    const { index, count } = this.options.shard ?? { index: 0, count: 1 };
    this.#pythagoras = this.options.pythagorasEndpoints ?? [endpoints.reqrep];
    this.#capacity = (this.options.window ?? 64) * this.#pythagoras.length;
    const input = this.track(
      new Subscriber({
        linger: 0,
        maxMessageSize: _POINTS_MAX_MESSAGE_SIZE,
        ..._POINT_RECEIVE_BUFFERS,
      }),
    );
    const output = this.track(new Push({ linger: 0 }));
    this.connectTo(input, endpoints.pubsub);
    input.subscribe(..._bookJudgeTopics(index, count), ..._batchJudgeTopics(index, count));
    this.connectTo(output, endpoints.pushpull);
    this.#connectDealer(output);
    const timeout = this.options.requestTimeoutMs ?? 1000;
    const timer = setInterval(() => this.#checkTimeout(timeout, output), Math.max(5, timeout / 4));
    this.signal.addEventListener("abort", () => clearInterval(timer), { once: true });
    this.run(() => this.#dispatch(), input);
    this.run(() => this.#read(input), input);
  }

  async #read(input: Subscriber): Promise<void> {
    const point = new Float64Array(2);
    for await (const [frame] of input) {
      if (frame === undefined) continue;
      let body: string | Buffer;
      let points = 1;
      if (frame[0] === _BATCH) {
        if (frame.length < 11 || (frame.length - 3) % 8 !== 0 || frame[1] !== 0x31) {
          this.malformed++;
          continue;
        }
        points = (frame.length - 3) / 8;
        body = Buffer.concat([Buffer.of(_BATCH), frame.subarray(3)]);
      } else if (_decodePoint(frame, point)) {
        body = `[${point[0]}, ${point[1]}]`;
      } else {
        this.malformed++;
        continue;
      }
      this.received += points;
      const id = Buffer.allocUnsafe(4);
      id.writeUInt32BE(this.#nextId);
      this.#nextId = (this.#nextId + 1) >>> 0;
      this.#queue.push({ id, body, points, sentAt: 0 });
      this.#notify?.();
      // Back-pressure: stop reading (so the publisher waits) while requests pile up.
      while (this.#queue.length >= this.#capacity && !this.closed) await this.#nextEvent();
    }
  }

  async #dispatch(): Promise<void> {
    while (!this.closed) {
      const dealer = this.#dealer;
      const next = this.#queue[0];
      if (next === undefined || dealer === undefined || this.#inflight.size >= this.#capacity) {
        await this.#nextEvent();
        continue;
      }
      this.#queue.shift();
      next.sentAt = performance.now();
      this.#inflight.set(next.id.toString("latin1"), next);
      this.#notify?.();
      try {
        await dealer.send([next.id, EMPTY, next.body]);
      } catch (error) {
        // A reset closed the socket under this send and put the request back in the queue.
        if (dealer !== this.#dealer && !this.closed) continue;
        throw error;
      }
    }
  }

  async #replies(dealer: Dealer, output: Push): Promise<void> {
    for await (const frames of dealer) {
      const [id, , reply] = frames;
      const pending = id === undefined ? undefined : this.#inflight.get(id.toString("latin1"));
      // A reply to a request already asked again elsewhere, or garbage: not a decision.
      if (pending === undefined || reply === undefined || dealer !== this.#dealer) continue;
      this.#inflight.delete(id!.toString("latin1"));
      this.#notify?.();
      const decision = _decide(pending, reply);
      if (decision === undefined) {
        this.malformed++;
        continue;
      }
      this.#outputBacklog++;
      const sending = this.#output.then(() => output.send(decision));
      this.#output = sending.catch(() => {});
      try {
        await sending;
      } finally {
        this.#outputBacklog--;
      }
      this.sent += pending.points;
    }
  }

  #connectDealer(output: Push): void {
    // immediate: requests wait for a live pythagoras instead of queueing for a dead one.
    const dealer = this.track(new Dealer({ linger: 0, immediate: true }));
    for (const endpoint of this.#pythagoras) this.connectTo(dealer, endpoint);
    this.#dealer = dealer;
    this.run(() => this.#replies(dealer, output), dealer);
  }

  #checkTimeout(timeout: number, output: Push): void {
    if (this.closed) return;
    const oldest = this.#inflight.values().next().value;
    if (oldest === undefined || performance.now() - oldest.sentAt < timeout) return;
    // A slow tally, not a dead pythagoras: the answers wait unread behind our own output.
    if (this.#outputBacklog > 0) {
      for (const pending of this.#inflight.values()) pending.sentAt = performance.now();
      return;
    }
    const old = this.#dealer;
    this.#dealer = undefined;
    if (old !== undefined) this.untrack(old);
    this.retries += this.#inflight.size;
    this.#queue.unshift(...this.#inflight.values());
    this.#inflight.clear();
    this.#connectDealer(output);
    this.#notify?.();
  }

  /** Resolves at the next change of queue or in-flight requests, or on close. */
  #nextEvent(): Promise<void> {
    return new Promise((resolve) => {
      const previous = this.#notify;
      const done = () => {
        this.signal.removeEventListener("abort", done);
        if (this.#notify === done) this.#notify = undefined;
        previous?.();
        resolve();
      };
      this.#notify = done;
      this.signal.addEventListener("abort", done, { once: true });
    });
  }
}

/** Y/N for a book reply, a batched decision frame for a batch reply; undefined if malformed. */
function _decide(pending: Pending, reply: Buffer): string | Buffer | undefined {
  if (typeof pending.body === "string") {
    const text = reply.toString();
    if (/^(0|[1-9][0-9]*)$/.test(text)) {
      const below = text.length < 20 || (text.length === 20 && text < UNIT_DIGITS);
      return below ? "Y" : "N";
    }
    let sum: ReturnType<typeof parseExactJson>;
    try {
      sum = parseExactJson(text);
    } catch {
      return undefined;
    }
    if (typeof sum !== "bigint") return undefined;
    return sum < 2n ** 64n ? "Y" : "N";
  }
  if (reply.length !== 1 + 12 * pending.points || reply[0] !== _BATCH) return undefined;
  let yes = 0;
  for (let at = 1; at < reply.length; at += 12) {
    // A 96-bit sum is below 2^64 exactly when its top 32 bits are zero.
    if (reply.readUInt32BE(at) === 0) yes++;
  }
  const decisions = Buffer.allocUnsafe(9);
  decisions[0] = _BATCH;
  decisions.writeUInt32BE(yes, 1);
  decisions.writeUInt32BE(pending.points - yes, 5);
  return decisions;
}
