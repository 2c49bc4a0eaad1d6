import { describe, expect, it } from "vitest";
import { formatFixed } from "./_format_fixed.ts";
import { runPython } from "./_test_python.ts";

const SAMPLES = [
  0,
  -0,
  0.005,
  0.015,
  0.125,
  0.375,
  0.625,
  0.875,
  1.125,
  2.5,
  2.675,
  1.005,
  3.0149,
  3.015,
  0.995,
  9.995,
  99.995,
  1e-7,
  5e-324,
  123456.785,
  2 ** 53 + 2,
  1e21,
  1.5e22,
  -1.125,
  -2.675,
  3.01,
  2.14,
  1.61,
  0.9,
  0.37,
  Number.MAX_VALUE,
];

describe("formatFixed()", () => {
  it("rounds ties to even on the exact binary value, unlike toFixed", () => {
    expect(formatFixed(0.125, 2)).toBe("0.12");
    expect((0.125).toFixed(2)).toBe("0.13");
    expect(formatFixed(0.375, 2)).toBe("0.38");
    expect(formatFixed(2.675, 2)).toBe("2.67");
    expect(formatFixed(-0, 2)).toBe("-0.00");
    expect(formatFixed(2.5, 0)).toBe("2");
    expect(formatFixed(Number.NaN, 2)).toBe("nan");
    expect(formatFixed(Number.NEGATIVE_INFINITY, 2)).toBe("-inf");
  });

  it("prints what Python's '{:.2f}' and '{:.3f}' print", async () => {
    const script =
      "import json,sys\nxs=json.loads(sys.argv[1])\nprint(json.dumps([['{:.2f}'.format(x),'{:.3f}'.format(x)] for x in xs]))";
    // JSON has no -0; Python gets 0.0 there, so compare -0 separately above
    const xs = SAMPLES.filter((x) => !Object.is(x, -0));
    const expected = JSON.parse(await runPython(script, [JSON.stringify(xs)])) as string[][];
    expect(xs.map((x) => [formatFixed(x, 2), formatFixed(x, 3)])).toEqual(expected);
  });
});
