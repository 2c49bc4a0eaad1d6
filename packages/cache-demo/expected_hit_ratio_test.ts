import { describe, expect, it } from "vitest";
import { expectedHitRatio } from "./expected_hit_ratio.ts";

describe("expectedHitRatio()", () => {
  it("averages 1 - (1 - 1/K)^j over the run's requests", () => {
    let sum = 0;
    for (let j = 1000; j < 1200; j++) sum += 1 - (1 - 1 / 301) ** j;
    expect(expectedHitRatio(301, 1000, 200)).toBeCloseTo(sum / 200, 12);
  });

  it("gives the book's first and tenth runs over 0..5000", () => {
    expect(expectedHitRatio(5001, 0, 2000)).toBeCloseTo(0.1757, 4);
    expect(expectedHitRatio(5001, 18_000, 2000)).toBeCloseTo(0.9775, 4);
  });

  it("handles one key and empty runs, and refuses bad counts", () => {
    expect(expectedHitRatio(1, 0, 4)).toBe(0.75);
    expect(expectedHitRatio(1, 4, 4)).toBe(1);
    expect(expectedHitRatio(10, 5, 0)).toBe(0);
    expect(() => expectedHitRatio(0, 0, 1)).toThrow(RangeError);
    expect(() => expectedHitRatio(10, -1, 1)).toThrow(/before/);
  });
});
