import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { murmur3 } from "./murmur3.ts";

const vectors = JSON.parse(
  readFileSync(new URL("./testdata/murmur3_vectors.json", import.meta.url), "utf8"),
) as [string, number, number][];

describe("murmur3()", () => {
  it("gives the published MurmurHash3_x86_32 values", () => {
    expect(murmur3("")).toBe(0);
    expect(murmur3("", 1)).toBe(0x514e28b7);
    expect(murmur3("", 0xffffffff)).toBe(0x81f16f39);
    expect(murmur3(new Uint8Array(4))).toBe(0x2362f9de);
    expect(murmur3("Hello, world!", 1234)).toBe(0xfaf6cdb3);
    expect(murmur3("The quick brown fox jumps over the lazy dog")).toBe(0x2e4ff723);
  });

  it("matches an independent Python port on UTF-8 strings of every tail length", () => {
    expect(vectors.length).toBe(320);
    for (const [text, seed, expected] of vectors) {
      expect(murmur3(text, seed), JSON.stringify([text, seed])).toBe(expected);
    }
  });

  it("hashes a string as its UTF-8 bytes", () => {
    for (const [text, seed] of vectors) {
      expect(murmur3(new TextEncoder().encode(text), seed)).toBe(murmur3(text, seed));
    }
    expect(murmur3("\ud800")).toBe(murmur3("\ufffd"));
  });

  it("rejects a seed that is not an integer", () => {
    expect(() => murmur3("a", 1.5)).toThrow(RangeError);
  });
});
