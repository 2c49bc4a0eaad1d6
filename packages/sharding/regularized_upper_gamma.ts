// ln Γ by the Lanczos approximation (g = 7, n = 9; Numerical Recipes / Godfrey's coefficients),
// accurate to about 15 significant digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-15;
const TINY = 1e-300;

/** P(s, x) by its power series; converges fast for x < s + 1. */
function lowerSeries(s: number, x: number): number {
  let term = 1 / s;
  let sum = term;
  for (let n = 1; n < 10_000; n++) {
    term *= x / (s + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + s * Math.log(x) - lnGamma(s));
}

/** Q(s, x) by Legendre's continued fraction (modified Lentz); converges fast for x ≥ s + 1. */
function upperFraction(s: number, x: number): number {
  let b = x + 1 - s;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 10_000; n++) {
    const an = -n * (n - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + s * Math.log(x) - lnGamma(s)) * h;
}

/**
 * The regularized upper incomplete gamma function Q(s, x) = Γ(s, x) / Γ(s), by series or
 * continued fraction (Numerical Recipes §6.2). The chi-square p-value of a statistic χ² with k
 * degrees of freedom is `Q(k / 2, χ² / 2)`.
 *
 * @param s Shape, > 0.
 * @param x Point, ≥ 0.
 *
 * @example
 * ```ts
 * import { regularizedUpperGamma } from "@ch8/sharding";
 *
 * regularizedUpperGamma(1, 0); //=> 1
 * Math.abs(regularizedUpperGamma(1, 2) - Math.exp(-2)) < 1e-14; //=> true
 * ```
 */
export function regularizedUpperGamma(s: number, x: number): number {
  if (!(s > 0) || !Number.isFinite(s)) {
    throw new RangeError(`regularizedUpperGamma() s must be a finite number > 0, got ${s}`);
  }
  if (!(x >= 0)) throw new RangeError(`regularizedUpperGamma() x must be >= 0, got ${x}`);
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < s + 1) return Math.max(0, Math.min(1, 1 - lowerSeries(s, x)));
  return Math.max(0, Math.min(1, upperFraction(s, x)));
}

/**
 * The p-value of a chi-square statistic: the chance of a statistic at least this large if the
 * counts really came from the expected distribution.
 *
 * @example
 * ```ts
 * import { chiSquarePValue } from "@ch8/sharding";
 *
 * chiSquarePValue(7.814727903251178, 3).toFixed(4); //=> "0.0500"
 * chiSquarePValue(0, 3); //=> 1
 * ```
 */
export function chiSquarePValue(statistic: number, degreesOfFreedom: number): number {
  if (!Number.isInteger(degreesOfFreedom) || degreesOfFreedom < 0) {
    throw new RangeError(
      `chiSquarePValue() degreesOfFreedom must be an integer >= 0, got ${degreesOfFreedom}`,
    );
  }
  if (degreesOfFreedom === 0) return 1;
  return regularizedUpperGamma(degreesOfFreedom / 2, statistic / 2);
}
