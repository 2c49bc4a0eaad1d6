import { describe, expect, test } from "vitest";
import { _decodePoint } from "./_decode_point.ts";
import { deinterleaveBits } from "./deinterleave_bits.ts";
import { interleaveBits } from "./interleave_bits.ts";

describe("interleaveBits()", () => {
  test("puts n's bits at even and m's at odd positions, MSB first", () => {
    expect(interleaveBits(0, 0)).toBe("0".repeat(64));
    expect(interleaveBits(0xffffffff, 0)).toBe("10".repeat(32));
    expect(interleaveBits(0, 0xffffffff)).toBe("01".repeat(32));
    expect(interleaveBits(0x80000000, 1)).toBe(`10${"0".repeat(61)}1`);
  });

  test("is undone by deinterleaveBits() and by the judge's byte decoder", () => {
    const out = new Float64Array(2);
    for (const [n, m] of [
      [0, 0],
      [1, 2],
      [0xffffffff, 0xfffffffe],
      [0x7fffffff, 0x80000000],
      [123456789, 987654321],
    ] as const) {
      const bits = interleaveBits(n, m);
      expect(deinterleaveBits(bits)).toEqual([n, m]);
      expect(_decodePoint(Buffer.from(bits), out)).toBe(true);
      expect([...out]).toEqual([n, m]);
    }
  });

  test("rejects numbers outside 32 bits", () => {
    expect(() => interleaveBits(-1, 0)).toThrow(/n must be an integer in 0..4294967295, got -1/);
    expect(() => interleaveBits(0, 2 ** 32)).toThrow(RangeError);
  });
});

describe("deinterleaveBits()", () => {
  test("is Python's int(bits[::2], 2), int(bits[1::2], 2)", () => {
    expect(deinterleaveBits("0111")).toEqual([1, 3]);
    expect(deinterleaveBits("10")).toEqual([1, 0]);
    expect(deinterleaveBits("1".repeat(64))).toEqual([0xffffffff, 0xffffffff]);
  });

  test("rejects odd lengths, long strings and other characters", () => {
    expect(() => deinterleaveBits("011")).toThrow(TypeError);
    expect(() => deinterleaveBits("0".repeat(66))).toThrow(TypeError);
    expect(() => deinterleaveBits("0a")).toThrow(/0s and 1s/);
  });
});

describe("_decodePoint()", () => {
  test("refuses frames of the wrong length or with other characters", () => {
    const out = new Float64Array(2);
    expect(_decodePoint(Buffer.from("0".repeat(63)), out)).toBe(false);
    expect(_decodePoint(Buffer.from("0".repeat(65)), out)).toBe(false);
    expect(_decodePoint(Buffer.from(`${"0".repeat(63)}2`), out)).toBe(false);
    expect(_decodePoint(Buffer.from(`${"0".repeat(63)} `), out)).toBe(false);
    expect(_decodePoint(Buffer.from(`${"0".repeat(63)}/`), out)).toBe(false);
  });
});
