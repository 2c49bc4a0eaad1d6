import { _BATCH, _sumSquaresU32 } from "./_wire.ts";
import { parseExactJson } from "./parse_exact_json.ts";
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
