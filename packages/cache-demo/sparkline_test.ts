import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline.ts";

describe("sparkline()", () => {
  it("scales values from ▁ (lowest) to █ (highest)", () => {
    expect(sparkline([3.01, 2.14, 1.61, 1.16, 0.9, 0.7, 0.57, 0.5, 0.43, 0.37])).toBe("█▆▄▃▂▂▂▁▁▁");
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe("▁▂▃▄▅▆▇█");
  });

  it("draws equal values mid-height, nothing for no values, a gap for non-finite ones", () => {
    expect(sparkline([2, 2, 2])).toBe("▄▄▄");
    expect(sparkline([])).toBe("");
    expect(sparkline([1, Number.NaN, 3])).toBe("▁ █");
  });
});
