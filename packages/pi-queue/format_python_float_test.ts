import { seededRandom } from "@ch8/testkit";
import { describe, expect, test } from "vitest";
import { runPython } from "./_test_support.ts";
import { formatPythonFloat } from "./format_python_float.ts";

function hexOf(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

describe("formatPythonFloat()", () => {
  test("prints the book's tally lines", () => {
    expect(formatPythonFloat(4)).toBe("4.0");
    expect(formatPythonFloat(20 / 6)).toBe("3.3333333333333335");
    expect(formatPythonFloat(20 / 7)).toBe("2.857142857142857");
    expect(formatPythonFloat(2.5)).toBe("2.5");
    expect(formatPythonFloat(20 / 9)).toBe("2.2222222222222223");
    expect(formatPythonFloat(4564 / 1458.25)).toBe(String(4564 / 1458.25));
  });

  test("switches to exponent form where Python does", () => {
    expect(formatPythonFloat(0.0001)).toBe("0.0001");
    expect(formatPythonFloat(0.00001)).toBe("1e-05");
    expect(formatPythonFloat(1.5e-7)).toBe("1.5e-07");
    expect(formatPythonFloat(1e15)).toBe("1000000000000000.0");
    expect(formatPythonFloat(1e16)).toBe("1e+16");
    expect(formatPythonFloat(1.2345e17)).toBe("1.2345e+17");
    expect(formatPythonFloat(1e300)).toBe("1e+300");
    expect(formatPythonFloat(5e-324)).toBe("5e-324");
    expect(formatPythonFloat(-0)).toBe("-0.0");
    expect(formatPythonFloat(0)).toBe("0.0");
    expect(formatPythonFloat(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(formatPythonFloat(Number.NEGATIVE_INFINITY)).toBe("-inf");
    expect(formatPythonFloat(Number.NaN)).toBe("nan");
  });

  test("agrees with Python's repr() on 40,000 floats", () => {
    const random = seededRandom(8);
    const values: number[] = [
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (let e = -325; e <= 309; e++) {
      for (const m of [1, 1.5, 9.999999999999998, 123456789, 0.1, 3]) values.push(m * 10 ** e);
    }
    for (let e = -60; e <= 60; e++) values.push(2 ** e, -(2 ** e), 2 ** e * (1 + 2 ** -52));
    // The tally's own quotients p/q, where Python's and JavaScript's division agree bit for bit.
    for (let i = 0; i < 12_000; i++) {
      const q = 1 + Math.floor(random() * 1_000_000);
      values.push((4 * Math.floor(random() * (q + 1))) / q);
    }
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 22_000; i++) {
      view.setUint32(0, Math.floor(random() * 2 ** 32));
      view.setUint32(4, Math.floor(random() * 2 ** 32));
      values.push(view.getFloat64(0));
    }
    for (let i = 0; i < 3_000; i++) values.push(Math.floor(random() * 2 ** 60) / 10 ** (i % 25));
    const python = runPython(
      "import struct, sys\nfor h in sys.stdin.read().split():\n    print(repr(struct.unpack('>d', bytes.fromhex(h))[0]))",
      values.map(hexOf).join("\n"),
    ).split("\n");
    expect(values.length).toBeGreaterThan(40_000);
    const mismatches = values
      .map((x, i) => [hexOf(x), formatPythonFloat(x), python[i]])
      .filter(([, ours, theirs]) => ours !== theirs);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
