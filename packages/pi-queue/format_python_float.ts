/**
 * Format a number exactly as Python's `repr(float)` (and so `print`) does: the same shortest
 * round-trip digits JavaScript finds, laid out by Python's rules: fixed notation with a
 * trailing `.0` when the decimal exponent is in -4 < e < 16, otherwise `1e-05`/`1.5e+16`
 * scientific with a sign and at least two exponent digits, and `inf`, `-inf`, `nan`.
 *
 * @see CPython Python/pystrtod.c, `format_float_short` with `Py_DTSF_ADD_DOT_0`.
 * @example
 * ```ts
 * import { formatPythonFloat } from "@ch8/pi-queue";
 *
 * formatPythonFloat(4); //=> "4.0"
 * formatPythonFloat(10 / 3); //=> "3.3333333333333335"
 * formatPythonFloat(0.00001); //=> "1e-05"
 * formatPythonFloat(1e16); //=> "1e+16"
 * formatPythonFloat(Number.POSITIVE_INFINITY); //=> "inf"
 * ```
 */
export function formatPythonFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() with no argument yields the shortest digits that round-trip.
  const exponential = Math.abs(x).toExponential();
  const e = exponential.indexOf("e");
  const digits = exponential.slice(0, e).replace(".", "");
  // Python's decpt: the value is 0.DIGITS x 10^decpt.
  const decpt = Number(exponential.slice(e + 1)) + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const mantissa = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const exponent = decpt - 1;
  const magnitude = String(Math.abs(exponent)).padStart(2, "0");
  return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${magnitude}`;
}
