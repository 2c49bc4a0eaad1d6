import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPythonPrecision } from "./format_python_precision.ts";

const vectors = JSON.parse(
  readFileSync(new URL("./testdata/python_format_vectors.json", import.meta.url), "utf8"),
) as [string, number, string][];

function parsePythonRepr(repr: string): number {
  if (repr === "nan") return Number.NaN;
  if (repr === "inf") return Number.POSITIVE_INFINITY;
  if (repr === "-inf") return Number.NEGATIVE_INFINITY;
  return Number(repr);
}

describe("formatPythonPrecision()", () => {
  it("formats like Python's format(x, '.2') on the brief's examples", () => {
    const cases: [number, string][] = [
      [0.35, "0.35"],
      [0.2, "0.2"],
      [0.087, "0.087"],
      [1, "1.0"],
      [0, "0.0"],
      [0.00005, "5e-05"],
      [100, "1e+02"],
      [-0, "-0.0"],
      [Number.POSITIVE_INFINITY, "inf"],
      [Number.NEGATIVE_INFINITY, "-inf"],
      [Number.NaN, "nan"],
      [0.125, "0.12"],
      [0.375, "0.38"],
      [10, "1e+01"],
      [0.0001, "0.0001"],
    ];
    for (const [x, expected] of cases) expect(formatPythonPrecision(x, 2)).toBe(expected);
  });

  it("matches Python 3.11 on 13,000 values and precisions", () => {
    expect(vectors.length).toBeGreaterThan(13_000);
    const wrong = vectors.filter(([repr, p, expected]) => {
      return formatPythonPrecision(parsePythonRepr(repr), p) !== expected;
    });
    expect(wrong).toEqual([]);
  });

  it("rejects a precision that is not a non-negative integer", () => {
    expect(() => formatPythonPrecision(1, -1)).toThrow(RangeError);
    expect(() => formatPythonPrecision(1, 1.5)).toThrow(RangeError);
  });
});
