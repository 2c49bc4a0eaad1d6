/** Validate a MurmurHash3 seed option and return it as an unsigned 32-bit integer. */
export function _seed(who: string, seed: number | undefined): number {
  const value = seed ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`${who} seed must be an integer in [0, 2^32), got ${value}`);
  }
  return value >>> 0;
}
