const BITS = new DataView(new ArrayBuffer(8));

/** The double as an exact binary fraction: |x| = mantissa × 2^exponent. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  BITS.setFloat64(0, x);
  const high = BITS.getUint32(0);
  const low = BITS.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** 10^n for n ≥ 0. */
function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * The first `precision` significant decimal digits of |x| (x finite, non-zero), rounded
 * half-to-even on the double's exact binary value, as CPython's dtoa (mode 2) does, with
 * trailing zeros removed; `point` is where the decimal point goes (value = 0.digits × 10^point).
 */
function significantDigits(x: number, precision: number): { digits: string; point: number } {
  const { mantissa, exponent } = decompose(x);
  // |x| = num / den exactly.
  const num = exponent >= 0 ? mantissa << BigInt(exponent) : mantissa;
  const den = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
  // point: the k with 10^(k-1) ≤ |x| < 10^k; the log10 estimate can be off by one either way.
  let point = Math.floor(Math.log10(Math.abs(x))) + 1;
  const atLeast = (k: number) =>
    k - 1 >= 0 ? num >= pow10(k - 1) * den : num * pow10(1 - k) >= den;
  while (!atLeast(point)) point--;
  while (atLeast(point + 1)) point++;
  // scaled = |x| × 10^(precision - point), as a fraction, rounded half to even.
  const shift = precision - point;
  const n = shift >= 0 ? num * pow10(shift) : num;
  const d = shift >= 0 ? den : den * pow10(-shift);
  let q = n / d;
  const twice = (n - q * d) * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  if (q === pow10(precision)) {
    q = pow10(precision - 1);
    point++;
  }
  const digits = q.toString().replace(/0+$/, "");
  return { digits, point };
}

/**
 * Format a number exactly as Python's `format(x, ".{precision}")` formats a float (the empty
 * presentation type): `precision` significant digits, rounded half-to-even on the double's exact
 * value, trailing zeros dropped; scientific notation when the decimal exponent is below -4 or
 * not below `precision`; fixed-point output keeps at least one digit after the point. This is
 * how the book's `'{:.2}'.format(value / len(words))` prints its fractions.
 *
 * @param x Any number, including `-0`, `Infinity` and `NaN`.
 * @param precision Significant digits, an integer ≥ 0 (0 means 1, as in Python).
 *
 * @example
 * ```ts
 * import { formatPythonPrecision } from "@ch8/sharding";
 *
 * formatPythonPrecision(0.3528, 2); //=> "0.35"
 * formatPythonPrecision(0.125, 2); //=> "0.12"
 * formatPythonPrecision(1, 2); //=> "1.0"
 * formatPythonPrecision(0.00005, 2); //=> "5e-05"
 * formatPythonPrecision(100, 2); //=> "1e+02"
 * formatPythonPrecision(-0, 2); //=> "-0.0"
 * formatPythonPrecision(Number.NaN, 2); //=> "nan"
 * ```
 */
export function formatPythonPrecision(x: number, precision: number): string {
  if (!Number.isInteger(precision) || precision < 0) {
    throw new RangeError(
      `formatPythonPrecision() precision must be an integer >= 0, got ${precision}`,
    );
  }
  if (Number.isNaN(x)) return "nan";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (!Number.isFinite(x)) return `${sign}inf`;
  const p = precision === 0 ? 1 : precision;
  // CPython's dtoa gives zero as the digit "0" with the point after it.
  const { digits, point } = x === 0 ? { digits: "0", point: 1 } : significantDigits(x, p);
  // Py_DTSF_ADD_DOT_0 lowers the switch to scientific by one digit (pystrtod.c).
  if (point <= -4 || point > p - 1) {
    const exponent = point - 1;
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const magnitude = String(Math.abs(exponent)).padStart(2, "0");
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${magnitude}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
