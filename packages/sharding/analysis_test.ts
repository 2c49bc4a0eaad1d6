import { describe, expect, it } from "vitest";
import { alphaPlacement } from "./alpha_placement.ts";
import { analyzeDistribution, analyzeDistributions } from "./analyze_distribution.ts";
import { analyzeMovement, movementTable } from "./analyze_movement.ts";
import { formatDistribution } from "./format_distribution.ts";
import { formatMovementTable } from "./format_movement_table.ts";
import { generateKeys } from "./generate_keys.ts";
import { ketamaPlacement } from "./ketama_placement.ts";
import { moduloPlacement } from "./modulo_placement.ts";
import { chiSquarePValue } from "./regularized_upper_gamma.ts";
import type { ShardingError } from "./sharding_error.ts";

describe("analyzeDistribution()", () => {
  it("computes counts, loads, the chi-square statistic and its p-value exactly", async () => {
    const placement = alphaPlacement(["s0", "s1", "s2", "s3"]);
    // 3 + 1 + 0 + 0 words.
    const report = await analyzeDistribution(placement, ["apple", "bee", "cat", "goat"]);
    expect(report.counts).toEqual([3, 1, 0, 0]);
    expect(report.fractions).toEqual([0.75, 0.25, 0, 0]);
    expect(report.expectedFractions).toEqual([0.25, 0.25, 0.25, 0.25]);
    // Loads relative to expected: 3, 1, 0, 0; mean 1.
    expect(report.maxOverMean).toBe(3);
    expect(report.coefficientOfVariation).toBeCloseTo(Math.sqrt((4 + 0 + 1 + 1) / 4), 12);
    // (3-1)²/1 + 0 + 1 + 1
    expect(report.chiSquare).toBe(6);
    expect(report.degreesOfFreedom).toBe(3);
    expect(report.pValue).toBe(chiSquarePValue(6, 3));
    expect(report.pValue).toBeCloseTo(0.11161022509471268, 12);
  });

  it("tells an even hash from first letters on the same keys", async () => {
    const servers = ["a", "b", "c", "d"];
    const words = [...generateKeys(20_000, { seed: 1, prefix: "" })].map(
      (key, i) => `${"etaoinshrdlucmfwyp"[i % 18]}${key}`,
    );
    const [modulo, alpha] = await analyzeDistributions(
      [moduloPlacement(servers), alphaPlacement(servers)],
      words,
    );
    expect(modulo!.pValue).toBeGreaterThan(0.001);
    expect(modulo!.coefficientOfVariation).toBeLessThan(0.03);
    expect(alpha!.pValue).toBeLessThan(1e-10);
  });

  it("measures weighted ketama against its weights", async () => {
    const report = await analyzeDistribution(
      ketamaPlacement(["a:1:1", "b:1:3"]),
      generateKeys(40_000, { seed: 2 }),
    );
    expect(report.expectedFractions).toEqual([0.25, 0.75]);
    expect(report.maxOverMean).toBeLessThan(1.2);
  });

  it("refuses an empty key set with E_NO_WORDS", async () => {
    const error = await analyzeDistribution(moduloPlacement(["a"]), []).catch((e) => e);
    expect((error as ShardingError).code).toBe("E_NO_WORDS");
  });

  it("renders a plain-text report", async () => {
    const report = await analyzeDistribution(alphaPlacement(["s0", "s1"]), ["apple", "zoo", "yak"]);
    expect(formatDistribution([report])).toBe(
      "alpha: 3 keys on 2 servers\n" +
        "   s0 1 0.3333 (expected 0.5000)\n" +
        "   s1 2 0.6667 (expected 0.5000)\n" +
        "   max/mean 1.333  cv 0.3333  chi-square 0.33 (1 df)  p 0.5637\n\n",
    );
  });
});

describe("analyzeMovement() and movementTable()", () => {
  it("counts keys whose server changes", async () => {
    const before = moduloPlacement(["a", "b"]);
    const after = moduloPlacement(["a", "b", "c"]);
    const keys = [...generateKeys(1000)];
    const expected = keys.filter((key) => before.locate(key) !== after.locate(key)).length;
    const report = await analyzeMovement(before, after, keys);
    expect(report).toEqual({
      algorithm: "modulo",
      from: 2,
      to: 3,
      total: 1000,
      moved: expected,
      fraction: expected / 1000,
      ideal: 1 / 3,
    });
  });

  it("shows consistent hashing moving about the ideal 1/5 going from 4 to 5 servers", async () => {
    const rows = await movementTable(generateKeys(50_000, { seed: 11 }), { from: 4, to: 5 });
    const fraction = Object.fromEntries(rows.map((row) => [row.algorithm, row.fraction]));
    expect(rows.every((row) => row.ideal === 0.2 && row.total === 50_000)).toBe(true);
    expect(Math.abs(fraction.jump! - 0.2)).toBeLessThan(0.01);
    expect(Math.abs(fraction.rendezvous! - 0.2)).toBeLessThan(0.01);
    expect(Math.abs(fraction.ketama! - 0.2)).toBeLessThan(0.05);
    expect(fraction.modulo!).toBeGreaterThan(0.75);
    expect(fraction.md5!).toBeGreaterThan(0.75);
    expect(formatMovementTable(rows).split("\n")[0]).toBe("4 -> 5 servers, 50000 keys");
  });

  it("works for removing servers too", async () => {
    const rows = await movementTable(generateKeys(20_000), {
      from: 5,
      to: 4,
      algorithms: ["jump"],
    });
    expect(rows[0]!.ideal).toBe(0.2);
    expect(Math.abs(rows[0]!.fraction - 0.2)).toBeLessThan(0.015);
  });

  it("rejects bad server counts", async () => {
    await expect(movementTable([], { from: 0, to: 3 })).rejects.toThrow(RangeError);
  });
});
