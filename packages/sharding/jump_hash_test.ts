import { describe, expect, it } from "vitest";
import { jumpHash } from "./jump_hash.ts";

/** The paper's figure 1, literally, in BigInt arithmetic. */
function paperJump(key: bigint, buckets: number): number {
  const mask = (1n << 64n) - 1n;
  let b = -1n;
  let j = 0n;
  while (j < BigInt(buckets)) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & mask;
    j = BigInt(Math.trunc(Number(b + 1n) * (Number(1n << 31n) / Number((key >> 33n) + 1n))));
  }
  return Number(b);
}

function* keys(count: number): Generator<bigint> {
  let state = 0x853c49e6748fea9bn;
  for (let i = 0; i < count; i++) {
    state = (state * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    yield state;
  }
}

describe("jumpHash()", () => {
  it("gives the values other implementations publish", () => {
    // ClickHouse's jumpConsistentHash tests (00580_consistent_hashing_functions).
    expect(jumpHash(1n, 1)).toBe(0);
    expect(jumpHash(42n, 57)).toBe(43);
    expect(jumpHash(256n, 1024)).toBe(520);
    expect(jumpHash(3735883980n, 1)).toBe(0);
    expect(jumpHash(3735883980n, 666)).toBe(361);
    expect(jumpHash(16045690984833335023n, 255)).toBe(237);
    // Microsoft's JumpConsistentHash tests.
    expect(jumpHash(10863919174838991n, 11)).toBe(6);
    expect(jumpHash(2016238256797177309n, 11)).toBe(3);
    expect(jumpHash(1673758223894951030n, 11)).toBe(5);
  });

  it("matches the paper's algorithm in BigInt on 5,000 keys and bucket counts", () => {
    let i = 0;
    for (const key of keys(5000)) {
      const buckets = [1, 2, 3, 10, 97, 1000, 65536, 2 ** 31 - 1][i % 8]! + (i % 5);
      const clamped = Math.min(buckets, 2 ** 31 - 1);
      expect(jumpHash(key, clamped), `${key} ${clamped}`).toBe(paperJump(key, clamped));
      i++;
    }
    expect(jumpHash((1n << 64n) - 1n, 100)).toBe(paperJump((1n << 64n) - 1n, 100));
  });

  it("moves keys only into the new bucket when buckets grow", () => {
    for (const key of keys(2000)) {
      for (let n = 1; n < 20; n++) {
        const before = jumpHash(key, n);
        const after = jumpHash(key, n + 1);
        if (after !== before) expect(after).toBe(n);
      }
    }
  });

  it("rejects keys outside 64 bits and bad bucket counts", () => {
    expect(() => jumpHash(-1n, 3)).toThrow(RangeError);
    expect(() => jumpHash(1n << 64n, 3)).toThrow(RangeError);
    expect(() => jumpHash(1n, 0)).toThrow(RangeError);
    expect(() => jumpHash(1n, 1.5)).toThrow(RangeError);
  });
});
