import { describe, expect, test } from "vitest";
import { _batchJudgeTopics, _bookJudgeTopics, _sumSquaresU32 } from "./_wire.ts";

describe("_sumSquaresU32()", () => {
  test("is exact where doubles alone are not", () => {
    const out = new Float64Array(2);
    const cases: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [3, 4],
      [0xffffffff, 0xffffffff],
      [3718462067, 2149368263],
      [3718626216, 2149084256],
      [0xffffffff, 0],
      [65535, 65536],
    ];
    for (let i = 0; i < 2000; i++) {
      cases.push([(i * 2654435761) % 2 ** 32, (i * 40503 * 65537) % 2 ** 32]);
    }
    for (const [n, m] of cases) {
      _sumSquaresU32(n, m, out);
      expect(BigInt(out[0]!) * 2n ** 32n + BigInt(out[1]!)).toBe(BigInt(n) ** 2n + BigInt(m) ** 2n);
      expect(out[1]).toBeLessThan(2 ** 32);
    }
  });
});

describe("judge topics", () => {
  test("one judge takes the book's three prefixes", () => {
    expect(_bookJudgeTopics(0, 1)).toEqual(["01", "10", "11"]);
    expect(_batchJudgeTopics(0, 1)).toEqual([Buffer.from("b1")]);
  });

  test("several judges split the judged points evenly and completely", () => {
    for (const count of [2, 3, 5, 8]) {
      const all = Array.from({ length: count }, (_, i) => _bookJudgeTopics(i, count));
      const sizes = all.map((topics) => topics.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      const flat = all.flat();
      expect(new Set(flat).size).toBe(flat.length);
      expect(flat.some((topic) => topic.startsWith("00"))).toBe(false);
      const length = flat[0]!.length;
      expect(flat).toHaveLength(3 * 2 ** (length - 2));
      const shards = Array.from({ length: count }, (_, i) => _batchJudgeTopics(i, count)).flat();
      expect(new Set(shards.map((b) => b[2])).size).toBe(256);
    }
  });
});
