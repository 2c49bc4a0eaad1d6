import { describe, expect, test } from "vitest";
import { onesAndZeros } from "./ones_and_zeros.ts";

describe("onesAndZeros()", () => {
  test("zero-fills to the requested number of digits", () => {
    expect(onesAndZeros(64, () => 0)).toBe("0".repeat(64));
    expect(onesAndZeros(64, () => 0.999999999999)).toBe("1".repeat(64));
    expect(onesAndZeros(8, () => 0.5)).toBe("10000000");
    expect(onesAndZeros(0)).toBe("");
  });

  test("draws 32 bits per call of random, the last call only what is left", () => {
    const draws = [0.5, 0.25, 0.75];
    const bits = onesAndZeros(70, () => draws.shift() ?? 0);
    expect(bits).toBe(`1${"0".repeat(31)}01${"0".repeat(30)}110000`);
  });

  test("gives about half ones", () => {
    const bits = Array.from({ length: 200 }, () => onesAndZeros(64)).join("");
    const ones = bits.split("").filter((c) => c === "1").length;
    expect(ones / bits.length).toBeGreaterThan(0.45);
    expect(ones / bits.length).toBeLessThan(0.55);
  });

  test("rejects a bad digit count, naming it", () => {
    expect(() => onesAndZeros(-1)).toThrow(/digits must be a non-negative integer, got -1/);
    expect(() => onesAndZeros(1.5)).toThrow(RangeError);
  });
});
