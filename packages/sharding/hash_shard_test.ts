import { describe, expect, it } from "vitest";
import { hashShard } from "./hash_shard.ts";
import { murmur3 } from "./murmur3.ts";

describe("hashShard()", () => {
  it("is MurmurHash3 x86_32 of the word, modulo 4", () => {
    for (const word of ["", "apple", "mango", "οδος", "😀"]) {
      for (const seed of [0, 1, 0xffffffff]) {
        expect(hashShard(word, seed)).toBe(`server${murmur3(word, seed) % 4}`);
      }
    }
  });

  it("pins placements for seed 0 and seed 1", () => {
    const words = ["apple", "mango", "peach", "zucchini"];
    expect(words.map((w) => hashShard(w))).toEqual(["server0", "server1", "server0", "server3"]);
    expect(words.map((w) => hashShard(w, 1))).toEqual(["server3", "server3", "server1", "server3"]);
  });
});
