import { describe, expect, it } from "vitest";
import { _bookKernel } from "./_book_kernel.ts";
import { _addUtf8Words, _BookTally } from "./_book_tally.ts";
import { alphaShard } from "./alpha_shard.ts";
import { hashShard } from "./hash_shard.ts";
import { md5Shard } from "./md5_shard.ts";
import { pythonLower } from "./python_lower.ts";
import { pythonSplit } from "./python_split.ts";
import { readWordFile } from "./read_word_file.ts";

const DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The book's loop, word by word, with the public shard functions: what the tally must equal. */
function slowCounts(words: readonly string[], seed: number): number[] {
  const counts = new Array<number>(12).fill(0);
  const index = (server: string) => Number(server.slice(-1));
  for (const word of words) {
    const lower = pythonLower(word);
    counts[index(alphaShard(lower))]!++;
    counts[4 + index(hashShard(lower, seed))]!++;
    counts[8 + index(md5Shard(lower))]!++;
  }
  return counts;
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  ...[" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0", "\u1680"],
  ...["\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"],
  ...["\u200b", "\ufeff", "\u180e", "\x00", "\x7f"],
  ...["a", "Z", "q", "G", "m", "t", "N", "@", "[", "`", "{", "0", "~"],
  ...["é", "İ", "Σ", "ǅ", "ẞ", "😀", "𐐀", "\u1c89", "K", "ς"],
  ...["x".repeat(54), "Y".repeat(55), "z".repeat(56), "Q".repeat(200), "é".repeat(30)],
];

function check(text: string, seed: number): void {
  const bytes = new TextEncoder().encode(text);
  const words = pythonSplit(DECODER.decode(bytes));
  const want = slowCounts(words, seed);
  for (const kernel of [_bookKernel(), null]) {
    const tally = new _BookTally(seed);
    _addUtf8Words(tally, bytes, kernel);
    expect([...tally.counts], JSON.stringify({ text, kernel: kernel !== null })).toEqual(want);
    expect(tally.total).toBe(words.length);
    const fromStrings = new _BookTally(seed);
    for (const word of words) fromStrings.addString(word);
    expect([...fromStrings.counts]).toEqual(want);
  }
}

describe("_BookTally and _addUtf8Words()", () => {
  it("have a WebAssembly kernel on this Node.js", () => {
    expect(_bookKernel()).not.toBeNull();
  });

  it("count as the shard functions do, with and without the kernel, on random tricky text", () => {
    const random = lcg(7);
    for (let round = 0; round < 1500; round++) {
      let text = "";
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      check(text, round % 3 === 0 ? 0 : Math.floor(random() * 2 ** 32));
    }
  });

  it("count ASCII words of every length 1..120 in every case", () => {
    let text = "";
    for (let n = 1; n <= 120; n++) {
      text += `${"aZ".repeat(n).slice(0, n)} ${"Mq9".repeat(n).slice(0, n)}\n`;
    }
    check(text, 0);
    check(text, 99);
  });

  it("count the system word list as the shard functions do", async () => {
    check((await readWordFile()).text, 0);
  });

  it("refuse an empty word and a seed that is not an integer", () => {
    expect(() => new _BookTally(0).addString("")).toThrow(RangeError);
    expect(() => new _BookTally(1.5)).toThrow(RangeError);
  });
});
