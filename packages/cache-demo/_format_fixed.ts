/**
 * `x` with `digits` decimals, rounded the way Python's `'{:.Nf}'.format(x)` rounds: the exact
 * binary value, ties to even. `Number#toFixed` rounds ties away from zero (0.125 → "0.13",
 * where Python prints "0.12").
 */
export function formatFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const { mantissa, exponent } = _decompose(Math.abs(x));
  // |x| * 10^digits = mantissa * 10^digits * 2^exponent, exactly
  let scaled = mantissa * 10n ** BigInt(digits);
  if (exponent >= 0) {
    scaled <<= BigInt(exponent);
  } else {
    const denominator = 1n << BigInt(-exponent);
    const quotient = scaled / denominator;
    const twiceRemainder = (scaled % denominator) * 2n;
    const roundUp =
      twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n);
    scaled = roundUp ? quotient + 1n : quotient;
  }
  const text = scaled.toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${text.slice(text.length - digits)}`;
}

/** A finite non-negative double as mantissa * 2^exponent, both exact. */
function _decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0
    ? { mantissa: fraction, exponent: -1074 }
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
