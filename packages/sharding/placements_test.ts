import { describe, expect, it } from "vitest";
import { _jump } from "./_jump.ts";
import { alphaPlacement } from "./alpha_placement.ts";
import { analyzeDistribution } from "./analyze_distribution.ts";
import { generateKeys } from "./generate_keys.ts";
import { jumpPlacement } from "./jump_placement.ts";
import { moduloPlacement } from "./modulo_placement.ts";
import { murmur3 } from "./murmur3.ts";
import { rendezvousPlacement } from "./rendezvous_placement.ts";

const keys = [...generateKeys(20_000, { seed: 3 })];

describe("moduloPlacement()", () => {
  it("is murmur3(key, seed) mod N", () => {
    const placement = moduloPlacement(["a", "b", "c"], { seed: 77 });
    for (const key of keys.slice(0, 500)) {
      expect(placement.locateIndex(key)).toBe(murmur3(key, 77) % 3);
    }
  });
});

describe("jumpPlacement()", () => {
  it("jumps on murmur3(key, seed) and murmur3(key, seed + 1) as one 64-bit key", () => {
    const placement = jumpPlacement(["a", "b", "c", "d", "e"], { seed: 4 });
    for (const key of keys.slice(0, 500)) {
      expect(placement.locateIndex(key)).toBe(_jump(murmur3(key, 4), murmur3(key, 5), 5));
    }
  });

  it("moves keys only to the added server", () => {
    const before = jumpPlacement(["a", "b", "c", "d"]);
    const after = jumpPlacement(["a", "b", "c", "d", "e"]);
    for (const key of keys) {
      const moved = before.locate(key) !== after.locate(key);
      if (moved) expect(after.locate(key)).toBe("e");
    }
  });
});

describe("rendezvousPlacement()", () => {
  it("is the server with the highest murmur3(key, murmur3(name))", () => {
    const names = ["x:1", "y:2", "z:3"];
    const placement = rendezvousPlacement(names);
    for (const key of keys.slice(0, 500)) {
      const scores = names.map((name) => murmur3(key, murmur3(name)));
      expect(placement.locateIndex(key)).toBe(scores.indexOf(Math.max(...scores)));
    }
  });

  it("moves only the removed server's keys when a server goes away", () => {
    const before = rendezvousPlacement(["a", "b", "c", "d", "e"]);
    const after = rendezvousPlacement(["a", "b", "d", "e"]);
    for (const key of keys) {
      if (before.locate(key) !== "c") expect(after.locate(key)).toBe(before.locate(key));
    }
  });

  it("gives servers shares proportional to their weights", async () => {
    const report = await analyzeDistribution(
      rendezvousPlacement([
        { name: "a", weight: 1 },
        { name: "b", weight: 2 },
        { name: "c", weight: 5 },
      ]),
      keys,
    );
    expect(report.expectedFractions).toEqual([0.125, 0.25, 0.625]);
    // Bounds at a fixed seed: a fair placement is within a few standard errors.
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(report.fractions[i]! - report.expectedFractions[i]!)).toBeLessThan(0.015);
    }
    expect(report.pValue).toBeGreaterThan(0.001);
  });
});

describe("alphaPlacement()", () => {
  it("cuts a–z at floor(26k / N): the book's g, n and t for four servers", () => {
    const four = alphaPlacement(["0", "1", "2", "3"]);
    expect([..."fgmnst"].map((c) => four.locate(c))).toEqual(["0", "1", "1", "2", "2", "3"]);
    const two = alphaPlacement(["a-m", "n-z"]);
    expect([..."amnz"].map((c) => two.locate(c))).toEqual(["a-m", "a-m", "n-z", "n-z"]);
    expect(two.locate("A")).toBe("a-m");
    expect(two.locate("é")).toBe("n-z");
  });
});
