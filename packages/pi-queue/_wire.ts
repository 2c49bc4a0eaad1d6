/**
 * The opt-in batched wire format. Every batched frame starts with `b`, which no frame of the
 * book's format does (points start 0/1, JSON starts `[`, decisions are Y/N), so the Python roles
 * never subscribe to a batch and our roles can take both formats on the same sockets.
 *
 * - points, bitsource -> always_yes/judge: `b`, `0` (all start 00: always_yes's) or `1`
 *   (judge's), a shard byte, then per point n and m as big-endian uint32.
 * - request, judge -> pythagoras: `b`, then the same 8-byte (n, m) pairs.
 * - reply, pythagoras -> judge: `b`, then per pair n² + m² as a 96-bit big-endian unsigned integer.
 * - decisions, always_yes/judge -> tally: `b`, then big-endian uint32 counts of Y and of N.
 */
export const _BATCH = 0x62;

/** Most points one batch may carry; frames are limited to what this many need. */
export const _MAX_BATCH = 100_000;

/** Largest frame a point-reading role accepts (a full batch); ZeroMQ drops a peer sending more. */
export const _POINTS_MAX_MESSAGE_SIZE = 3 + 8 * _MAX_BATCH;

/**
 * Socket buffers on the points path. Kernel buffers left to autotune hold tens of thousands of
 * book points, all of which must be judged before a run can end; these bound that backlog.
 */
export const _POINT_SEND_BUFFERS = { sendHighWaterMark: 1000, sendBufferSize: 32 * 1024 } as const;

/** The receiving side of {@linkcode _POINT_SEND_BUFFERS}. */
export const _POINT_RECEIVE_BUFFERS = {
  receiveHighWaterMark: 1000,
  receiveBufferSize: 32 * 1024,
} as const;

/** Largest request pythagoras accepts. */
export const _REQUEST_MAX_MESSAGE_SIZE = 1 + 8 * _MAX_BATCH;

/** Largest decision message tally accepts; room for CURVE handshake commands (about 300 bytes). */
export const _DECISION_MAX_MESSAGE_SIZE = 1024;

/**
 * n² + m² for 32-bit n and m, exactly, as `hi * 2^32 + lo` with `hi < 2^34`, using only
 * doubles: each partial product of 16-bit halves stays below 2^53.
 */
export function _sumSquaresU32(n: number, m: number, out: Float64Array): void {
  const nh = Math.floor(n / 65536);
  const nl = n % 65536;
  const mh = Math.floor(m / 65536);
  const ml = m % 65536;
  const high = nh * nh + mh * mh;
  const middle = 2 * (nh * nl + mh * ml);
  const low = middle * 65536 + nl * nl + ml * ml;
  const carry = Math.floor(low / 4294967296);
  out[0] = high + carry;
  out[1] = low - carry * 4294967296;
}

/** The shard byte subscriptions of judge `index` of `count` for batched points. */
export function _batchJudgeTopics(index: number, count: number): Buffer[] {
  if (count === 1) return [Buffer.from("b1")];
  const topics: Buffer[] = [];
  for (let shard = 0; shard < 256; shard++) {
    if (shard % count === index) topics.push(Buffer.from([_BATCH, 0x31, shard]));
  }
  return topics;
}

/**
 * The point prefixes judge `index` of `count` subscribes to: the book's `01`, `10`, `11` for
 * one judge; for more, every longer prefix not starting `00`, dealt out in turn, four bits
 * longer than needed so the shares differ by at most one prefix in 48.
 */
export function _bookJudgeTopics(index: number, count: number): string[] {
  if (count === 1) return ["01", "10", "11"];
  const length = 2 + Math.ceil(Math.log2(count)) + 4;
  const topics: string[] = [];
  let i = 0;
  for (let value = 1 << (length - 2); value < 1 << length; value++) {
    if (i++ % count === index) topics.push(value.toString(2).padStart(length, "0"));
  }
  return topics;
}
