import { describe, expect, test } from "vitest";
import { Tally } from "./tally.ts";

describe("Tally", () => {
  test("prints the book's first ten lines", () => {
    const tally = new Tally();
    const lines = [..."YYYYYNNNNN"].map((d) => tally.record(d));
    expect(lines).toEqual([
      "Y 4.0",
      "Y 4.0",
      "Y 4.0",
      "Y 4.0",
      "Y 4.0",
      "N 3.3333333333333335",
      "N 2.857142857142857",
      "N 2.5",
      "N 2.2222222222222223",
      "N 2.0",
    ]);
  });

  test("prints the book's later lines from the counts behind them", () => {
    // 4 * 2282 / 2917 is the book's "Y 3.1292423723003084"; the next two follow from it.
    const tally = new Tally();
    tally.add(2281, 635);
    expect(tally.record("Y")).toBe("Y 3.1292423723003084");
    expect(tally.record("Y")).toBe("Y 3.1295407813570937");
    expect(tally.record("Y")).toBe("Y 3.129838985954094");
    expect(tally.record("Y")).toBe("Y 3.1301369863013697");
    expect(tally.record("N")).toBe("N 3.12906538856556");
  });

  test("drops and counts anything but Y and N", () => {
    const tally = new Tally();
    expect(tally.record("y")).toBeUndefined();
    expect(tally.record("YY")).toBeUndefined();
    expect(tally.count("")).toBe(false);
    tally.reject();
    expect(tally.record("Y")).toBe("Y 4.0");
    expect(tally.snapshot()).toMatchObject({ points: 1, inside: 1, estimate: 4, malformed: 4 });
  });

  test("reports the estimate and its standard error", () => {
    const tally = new Tally();
    expect(tally.snapshot().estimate).toBeNaN();
    tally.add(785, 215);
    const { points, inside, estimate, standardError } = tally.snapshot();
    expect([points, inside, estimate]).toEqual([1000, 785, 3.14]);
    expect(standardError).toBeCloseTo(4 * Math.sqrt((0.785 * 0.215) / 1000), 15);
    expect(() => tally.add(-1, 0)).toThrow(/yes must be a non-negative integer, got -1/);
  });
});
