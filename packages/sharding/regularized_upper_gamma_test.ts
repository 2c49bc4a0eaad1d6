import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chiSquarePValue, regularizedUpperGamma } from "./regularized_upper_gamma.ts";

const vectors = JSON.parse(
  readFileSync(new URL("./testdata/gamma_vectors.json", import.meta.url), "utf8"),
) as [number, number, number][];

describe("regularizedUpperGamma()", () => {
  it("matches closed forms for integer and half-integer s to 1e-11", () => {
    expect(vectors.length).toBe(262);
    for (const [s, x, q] of vectors) {
      const ours = regularizedUpperGamma(s, x);
      expect(Math.abs(ours - q) / q, `Q(${s}, ${x})`).toBeLessThan(1e-11);
    }
  });

  it("handles the edges", () => {
    expect(regularizedUpperGamma(3, 0)).toBe(1);
    expect(regularizedUpperGamma(3, Number.POSITIVE_INFINITY)).toBe(0);
    expect(() => regularizedUpperGamma(0, 1)).toThrow(RangeError);
    expect(() => regularizedUpperGamma(1, -1)).toThrow(RangeError);
  });
});

describe("chiSquarePValue()", () => {
  it("gives 0.05 at the textbook critical values", () => {
    const critical: [number, number][] = [
      [1, 3.841458820694124],
      [3, 7.814727903251178],
      [10, 18.307038053275146],
      [100, 124.34211340400407],
    ];
    for (const [df, x] of critical) expect(chiSquarePValue(x, df)).toBeCloseTo(0.05, 10);
    expect(chiSquarePValue(0, 5)).toBe(1);
    expect(chiSquarePValue(12, 0)).toBe(1);
  });
});
