// Lamping & Veach, "A Fast, Minimal Memory, Consistent Hash Algorithm" (2014), figure 1:
//   b = -1; j = 0; while (j < n) { b = j; key = key * 2862933555777941757 + 1;
//   j = (b + 1) * (double(1LL << 31) / double((key >> 33) + 1)); } return b;
// The 64-bit key is kept as two unsigned 32-bit halves so no BigInt is needed per step.

const M_HI = 0x27bb2ee6;
const M_LO = 0x87b0b0fd;

/** High 32 bits of the 64-bit product of two unsigned 32-bit integers. */
function mulHigh(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const low = a0 * b0;
  const mid1 = a1 * b0 + (low >>> 16);
  const mid2 = a0 * b1 + (mid1 & 0xffff);
  return (a1 * b1 + (mid1 >>> 16) + (mid2 >>> 16)) >>> 0;
}

/** Jump consistent hash of the 64-bit key `hi × 2^32 + lo` (both unsigned 32-bit) into `buckets`. */
export function _jump(hi: number, lo: number, buckets: number): number {
  let keyHi = hi >>> 0;
  let keyLo = lo >>> 0;
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    const productLo = Math.imul(keyLo, M_LO) >>> 0;
    const carry = productLo === 0xffffffff ? 1 : 0;
    keyHi = (mulHigh(keyLo, M_LO) + Math.imul(keyHi, M_LO) + Math.imul(keyLo, M_HI) + carry) >>> 0;
    keyLo = (productLo + 1) >>> 0;
    j = Math.floor((b + 1) * (2147483648 / ((keyHi >>> 1) + 1)));
  }
  return b;
}
