/** Length of the book's point message: two 32-bit numbers, interleaved. */
export const _POINT_LENGTH = 64;

/**
 * Decode a 64-byte point frame straight from its bytes into `out[0]`, `out[1]`, or return
 * false when the frame is malformed; roles call this per message, so it skips string decoding.
 */
export function _decodePoint(frame: Uint8Array, out: Float64Array): boolean {
  if (frame.length !== _POINT_LENGTH) return false;
  let n = 0;
  let m = 0;
  for (let i = 0; i < _POINT_LENGTH; i += 2) {
    const a = frame[i]! - 48;
    const b = frame[i + 1]! - 48;
    if ((a | b) >>> 0 > 1) return false;
    n = n * 2 + a;
    m = m * 2 + b;
  }
  out[0] = n;
  out[1] = m;
  return true;
}
