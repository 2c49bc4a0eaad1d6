import { _BATCH, _sumSquaresU32 } from "./_wire.ts";
import { parseExactJson } from "./parse_exact_json.ts";
import { sumOfSquares } from "./sum_of_squares.ts";

const PAIR = /^\[(0|[1-9][0-9]{0,9}), ?(0|[1-9][0-9]{0,9})\]$/;
const SUM = new Float64Array(2);

/**
 * Sum of squares of a request's JSON array of integers as the reply text, or `null` when the
 * request is not such an array.
 */
export function _answer(text: string): string | null {
  // The judge's request, `[n, m]` with 32-bit n and m, skips the general parser.
  const pair = PAIR.exec(text);
  if (pair !== null) {
    const n = Number(pair[1]);
    const m = Number(pair[2]);
    if (n <= 0xffffffff && m <= 0xffffffff) {
      _sumSquaresU32(n, m, SUM);
      return ((BigInt(SUM[0]!) << 32n) + BigInt(SUM[1]!)).toString();
    }
  }
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
