import { Reply } from "zeromq";
import { _RoleBase } from "./_role_base.ts";
import { _BATCH, _REQUEST_MAX_MESSAGE_SIZE, _sumSquaresU32 } from "./_wire.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import { parseExactJson } from "./parse_exact_json.ts";
import type { RoleOptions } from "./role_options.ts";
import { sumOfSquares } from "./sum_of_squares.ts";

/**
 * Sum of squares of a request's JSON array of integers as the reply text, or `null` when the
 * request is not such an array.
 */
export function _answer(text: string): string | null {
  let numbers: unknown;
  try {
    numbers = parseExactJson(text);
  } catch {
    return null;
  }
  if (!Array.isArray(numbers) || !numbers.every((n) => typeof n === "bigint")) return null;
  return sumOfSquares(numbers as bigint[]).toString();
}

/** A batched request's sums as 96-bit big-endian integers, or null when it is malformed. */
export function _answerBatch(request: Buffer): Buffer | null {
  if (request.length < 9 || (request.length - 1) % 8 !== 0) return null;
  const count = (request.length - 1) / 8;
  const reply = Buffer.allocUnsafe(1 + 12 * count);
  reply[0] = _BATCH;
  const sum = new Float64Array(2);
  for (let i = 0; i < count; i++) {
    _sumSquaresU32(request.readUInt32BE(1 + 8 * i), request.readUInt32BE(5 + 8 * i), sum);
    const high = sum[0]!;
    const at = 1 + 12 * i;
    reply.writeUInt32BE(Math.floor(high / 4294967296), at);
    reply.writeUInt32BE(high % 4294967296, at + 4);
    reply.writeUInt32BE(sum[1]!, at + 8);
  }
  return reply;
}

/**
 * The book's `pythagoras`: a REP socket bound at `endpoints.reqrep` that answers a JSON array
 * of integers with the JSON integer sum of their squares, exact at any size (and a batched
 * request with a batch of sums). A malformed request is counted and answered with `null`: a REP
 * always answers, so the asker never wedges.
 *
 * @example
 * ```ts
 * import { PythagorasRole } from "@ch8/pi-queue";
 *
 * const pythagoras = new PythagorasRole({ endpoints: { reqrep: "tcp://127.0.0.1:*" } });
 * await pythagoras.start();
 * // a REQ sending "[3, 4]" gets "25"
 * pythagoras.close();
 * ```
 */
export class PythagorasRole extends _RoleBase {
  readonly name = "pythagoras" as const;

  constructor(options: RoleOptions = {}) {
    super(options);
  }

  protected async open(): Promise<void> {
    const socket = this.track(new Reply({ linger: 0, maxMessageSize: _REQUEST_MAX_MESSAGE_SIZE }));
    this.endpoint = await this.bindTo(
      socket,
      this.options.endpoints?.reqrep ?? DEFAULT_ENDPOINTS.reqrep,
    );
    this.run(async () => {
      for await (const frames of socket) {
        const [request] = frames;
        let answer: string | Buffer | null = null;
        if (frames.length === 1 && request !== undefined) {
          answer = request[0] === _BATCH ? _answerBatch(request) : _answer(request.toString());
        }
        if (answer === null) this.malformed++;
        else this.received++;
        await socket.send(answer ?? "null");
        this.sent++;
      }
    }, socket);
  }
}
