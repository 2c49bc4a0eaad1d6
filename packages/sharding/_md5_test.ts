import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { _md5, _md5LastByte } from "./_md5.ts";

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("_md5()", () => {
  it("gives the RFC 1321 test suite digests", () => {
    const suite: [string, string][] = [
      ["", "d41d8cd98f00b204e9800998ecf8427e"],
      ["a", "0cc175b9c0f1b6a831c399e269772661"],
      ["abc", "900150983cd24fb0d6963f7d28e17f72"],
      ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
      ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
      [
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "d174ab98d277d9f5a5611c2c9f419d9f",
      ],
      [
        "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
        "57edf4a22be3c955ac49da2e2107b67a",
      ],
    ];
    for (const [input, digest] of suite) expect(hex(_md5(input))).toBe(digest);
  });

  it("matches node:crypto on random bytes of every length 0..300", () => {
    const random = lcg(1);
    for (let length = 0; length <= 300; length++) {
      for (let round = 0; round < 4; round++) {
        const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
        expect(hex(_md5(bytes))).toBe(createHash("md5").update(bytes).digest("hex"));
      }
    }
  });

  it("matches node:crypto on random multi-byte UTF-8 strings of every length 0..300", () => {
    const random = lcg(2);
    // One-, two-, three- and four-byte UTF-8, and a lone surrogate (encoded as U+FFFD).
    const alphabet = [
      "a",
      "Z",
      "é",
      "\u07ff",
      "\u0800",
      "中",
      "\uffff",
      "😀",
      "\u{10ffff}",
      "\ud800",
      "\udc00",
    ];
    for (let length = 0; length <= 300; length++) {
      for (let round = 0; round < 6; round++) {
        const text = Array.from(
          { length },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join("");
        const digest = createHash("md5").update(text, "utf8").digest();
        expect(hex(_md5(text)), JSON.stringify(text)).toBe(digest.toString("hex"));
        expect(_md5LastByte(text)).toBe(digest[15]);
      }
    }
  });

  it("stays exact around the one-block limit of 55 UTF-8 bytes", () => {
    for (let length = 50; length <= 70; length++) {
      for (const tail of ["", "é", "中", "😀"]) {
        const text = "x".repeat(length) + tail;
        const digest = createHash("md5").update(text, "utf8").digest();
        expect(_md5LastByte(text)).toBe(digest[15]);
        // A long word must not leave bytes behind for the next short one.
        expect(_md5LastByte("ab")).toBe(createHash("md5").update("ab").digest()[15]);
      }
    }
  });
});
