import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPlacement } from "./create_placement.ts";
import type { PlacementAlgorithm } from "./placement.ts";

interface Vectors {
  keys: string[];
  cases: {
    algorithm: PlacementAlgorithm;
    seed: number;
    servers: { name: string; weight: number }[];
    /** One character per key: the server's position in `servers`, as "0" + position. */
    placement: string;
  }[];
}

const vectors = JSON.parse(
  readFileSync(new URL("./testdata/placement_vectors.json", import.meta.url), "utf8"),
) as Vectors;

describe("placements", () => {
  it("put keys where an independent Python implementation of each definition does", () => {
    expect(vectors.cases.length).toBe(105);
    for (const { algorithm, seed, servers, placement } of vectors.cases) {
      const ours = createPlacement(algorithm, servers, { seed });
      const got = vectors.keys
        .map((key) => String.fromCharCode(48 + ours.locateIndex(key)))
        .join("");
      expect(got, `${algorithm} seed ${seed} on ${servers.length} servers`).toBe(placement);
      expect(ours.locate(vectors.keys[0]!)).toBe(servers[placement.charCodeAt(0) - 48]!.name);
    }
  });
});
