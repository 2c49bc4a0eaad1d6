import { describe, expect, it } from "vitest";
import { alphaShard } from "./alpha_shard.ts";
import { createPlacement, PLACEMENT_ALGORITHMS } from "./create_placement.ts";
import { generateKeys } from "./generate_keys.ts";
import { hashShard } from "./hash_shard.ts";
import { md5Shard } from "./md5_shard.ts";
import { parseServerList } from "./parse_server_list.ts";
import type { PlacementAlgorithm } from "./placement.ts";

const BOOK = ["server0", "server1", "server2", "server3"];
const keys = [...generateKeys(2000, { seed: 5 })];

describe("createPlacement()", () => {
  it("builds every algorithm behind the same interface", () => {
    for (const algorithm of PLACEMENT_ALGORITHMS) {
      const placement = createPlacement(algorithm, BOOK);
      expect(placement.algorithm).toBe(algorithm);
      expect(placement.servers).toEqual(BOOK);
      expect(placement.weights).toEqual([1, 1, 1, 1]);
      for (const key of keys.slice(0, 200)) {
        const index = placement.locateIndex(key);
        expect(placement.locate(key)).toBe(BOOK[index]);
      }
    }
  });

  it("keeps the book's md5 and alpha, and modulo is the book's seeded hash", () => {
    const md5 = createPlacement("md5", BOOK);
    const alpha = createPlacement("alpha", BOOK);
    const modulo = createPlacement("modulo", BOOK, { seed: 9 });
    for (const key of [...keys.slice(0, 300), "apple", "gamma", "nectar", "tango", "Zed", "{"]) {
      expect(md5.locate(key)).toBe(md5Shard(key));
      expect(alpha.locate(key)).toBe(alphaShard(key));
      expect(modulo.locate(key)).toBe(hashShard(key, 9));
    }
  });

  // ketama's row is what pylibmc says for these names (hosts "server0".."server3", port 11211).
  it("pins placements of a few keys for every algorithm", () => {
    const pinned: Record<PlacementAlgorithm, string[]> = {
      modulo: [],
      ketama: [],
      rendezvous: [],
      jump: [],
      alpha: [],
      md5: [],
    };
    for (const algorithm of PLACEMENT_ALGORITHMS) {
      const placement = createPlacement(algorithm, BOOK);
      pinned[algorithm] = ["apple", "mango", "peach", "zucchini", "user:42"].map((key) =>
        placement.locate(key),
      );
    }
    expect(pinned).toMatchInlineSnapshot(`
      {
        "alpha": [
          "server0",
          "server1",
          "server2",
          "server3",
          "server3",
        ],
        "jump": [
          "server2",
          "server1",
          "server3",
          "server3",
          "server2",
        ],
        "ketama": [
          "server1",
          "server0",
          "server3",
          "server0",
          "server0",
        ],
        "md5": [
          "server3",
          "server0",
          "server2",
          "server1",
          "server2",
        ],
        "modulo": [
          "server0",
          "server1",
          "server0",
          "server3",
          "server1",
        ],
        "rendezvous": [
          "server0",
          "server1",
          "server1",
          "server3",
          "server1",
        ],
      }
    `);
  });

  it("honours weights where the algorithm can, and refuses them where it cannot", () => {
    const weighted = parseServerList("a:1:1,b:1:3");
    expect(createPlacement("ketama", weighted).weights).toEqual([1, 3]);
    expect(createPlacement("rendezvous", weighted).weights).toEqual([1, 3]);
    for (const algorithm of ["modulo", "jump", "alpha", "md5"] as const) {
      expect(() => createPlacement(algorithm, weighted)).toThrow(/does not support weights/);
    }
  });

  it("rejects unknown algorithms, empty lists and repeated servers", () => {
    expect(() => createPlacement("nope" as PlacementAlgorithm, BOOK)).toThrow(/must be one of/);
    expect(() => createPlacement("ketama", [])).toThrow(RangeError);
    expect(() => createPlacement("jump", ["a", "a"])).toThrow(/twice/);
    expect(() => createPlacement("rendezvous", [{ name: "a", weight: 0 }])).toThrow(/weight/);
    expect(() => createPlacement("modulo", ["a"], { seed: -1 })).toThrow(/seed/);
    expect(() =>
      createPlacement(
        "md5",
        Array.from({ length: 257 }, (_, i) => `s${i}`),
      ),
    ).toThrow(/at most 256/);
    expect(() => createPlacement("alpha", ["a"]).locate("")).toThrow(RangeError);
  });
});
