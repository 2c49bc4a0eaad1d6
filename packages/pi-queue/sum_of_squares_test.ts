import { describe, expect, test } from "vitest";
import { sumOfSquares } from "./sum_of_squares.ts";

describe("sumOfSquares()", () => {
  test("sums squares exactly past 2^53 and 2^64", () => {
    expect(sumOfSquares([3n, 4n])).toBe(25n);
    expect(sumOfSquares([])).toBe(0n);
    expect(sumOfSquares([-5n])).toBe(25n);
    const max = 2n ** 32n - 1n;
    expect(sumOfSquares([max, max])).toBe(36893488130239234050n);
    expect(sumOfSquares([max, max]) > 2n ** 65n - 2n ** 34n).toBe(true);
  });

  test("decides the points next to the circle exactly", () => {
    const unit = 2n ** 64n;
    // 2^64 = (2^32)^2: the biggest 32-bit n with m = 0 is inside, by 2^33 - 1.
    expect(unit - sumOfSquares([2n ** 32n - 1n, 0n])).toBe(2n ** 33n - 1n);
    // 2 * 3037000499^2 = 18446744061852498002 < 2^64 < 2 * 3037000500^2
    expect(sumOfSquares([3037000499n, 3037000499n]) < unit).toBe(true);
    expect(sumOfSquares([3037000500n, 3037000500n]) < unit).toBe(false);
    expect(sumOfSquares([3037000500n, 3037000500n])).toBe(2n ** 64n + 290948384n);
  });
});
