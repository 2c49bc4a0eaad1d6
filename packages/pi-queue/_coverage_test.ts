import { describe, expect, test } from "vitest";
import { _isCovered, _requiredTopics } from "./_coverage.ts";

describe("_isCovered()", () => {
  test("needs a subscription that is a prefix, or both halves covered", () => {
    expect(_isCovered("01", new Set(["0"]), true)).toBe(true);
    expect(_isCovered("01", new Set([""]), true)).toBe(true);
    expect(_isCovered("01", new Set(["010"]), true)).toBe(false);
    expect(_isCovered("01", new Set(["010", "011"]), true)).toBe(true);
    expect(_isCovered("01", new Set(["010", "0110", "0111"]), true)).toBe(true);
    expect(_isCovered("01", new Set(["010", "0110"]), true)).toBe(false);
    expect(_isCovered("b1\x05", new Set(["b1"]), false)).toBe(true);
    expect(_isCovered("b1\x05", new Set(["b1\x05\x00"]), false)).toBe(false);
  });

  test("lists both paths for the book's format and every shard for batches", () => {
    expect(_requiredTopics(false)).toEqual(["00", "01", "10", "11"]);
    expect(_requiredTopics(true)).toHaveLength(257);
  });
});
