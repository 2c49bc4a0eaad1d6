import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runPythonFile } from "./_test_python.ts";
import { bookReport } from "./book_report.ts";
import { bookReportFromFile } from "./book_report_from_file.ts";
import { formatBookReport } from "./format_book_report.ts";
import { readWordFile } from "./read_word_file.ts";
import type { ShardingError } from "./sharding_error.ts";

const REFERENCE = fileURLToPath(new URL("./testdata/hashing_reference.py", import.meta.url));
const TRICKY = fileURLToPath(new URL("./testdata/tricky_words.txt", import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sharding-book-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The alpha and md5 sections of a printed report (the book's hash section is salted). */
function alphaAndMd5(output: string): string[] {
  return output.split("\n\n").filter((block) => /^(alpha|md5)\n/.test(block));
}

async function failure(promise: Promise<unknown>): Promise<ShardingError> {
  try {
    await promise;
  } catch (error) {
    return error as ShardingError;
  }
  throw new Error("expected a rejection");
}

describe("bookReportFromFile()", () => {
  for (const [name, path] of [
    ["the system word list", undefined],
    ["the tricky words", TRICKY],
  ] as const) {
    it(`gives bookReport(readWordFile().words) exactly, for ${name}, with any seed`, async () => {
      const { words } = await readWordFile(path);
      for (const seed of [0, 1, 0xffffffff]) {
        const file = await bookReportFromFile(path, { seed });
        expect(file.report).toEqual(bookReport(words, { seed }));
      }
    });

    it(`prints the alpha and md5 sections of hashing.py byte for byte, for ${name}`, async () => {
      const file = await bookReportFromFile(path);
      const theirs = runPythonFile(REFERENCE, [file.path]);
      const ours = formatBookReport(file.report);
      expect(alphaAndMd5(ours)).toEqual(alphaAndMd5(theirs));
      expect(alphaAndMd5(ours)).toHaveLength(2);
    });
  }

  it("says where the words came from", async () => {
    const given = await bookReportFromFile(TRICKY);
    expect(given.path).toBe(TRICKY);
    expect(given.source).toBe("given");
    expect(given.notice).toBeUndefined();
    const fallback = await bookReportFromFile();
    expect(["system", "word-list"]).toContain(fallback.source);
  });

  it("splits on Python's whitespace and keeps a byte-order mark in the first word", async () => {
    const path = join(dir, "words.txt");
    const text = "\ufeffÉcole\x1cnaïve\u3000ZEBRA\r\n\x85\u00a0Σ\u2028x\u200by\ufeffz\t";
    writeFileSync(path, text);
    const file = await bookReportFromFile(path);
    expect(file.report).toEqual(
      bookReport(["\ufeffÉcole", "naïve", "ZEBRA", "Σ", "x\u200by\ufeffz"]),
    );
    expect(file.report.total).toBe(5);
  });

  it("refuses a file without words with E_NO_WORDS naming the path", async () => {
    for (const content of ["", " \n\t\u3000\x85 "]) {
      const path = join(dir, "empty.txt");
      writeFileSync(path, content);
      const error = await failure(bookReportFromFile(path));
      expect(error.code).toBe("E_NO_WORDS");
      expect(error.message).toBe(`no words to place: ${path} holds no words`);
    }
  });

  it("names the path and the reason in one line when a file cannot be read", async () => {
    const missing = join(dir, "nope.txt");
    const error = await failure(bookReportFromFile(missing));
    expect(error.code).toBe("E_WORDS_UNREADABLE");
    expect(error.message).toBe(`cannot read word file ${missing}: no such file or directory`);
    const directory = await failure(bookReportFromFile(dir));
    expect(directory.message).toBe(`cannot read word file ${dir}: it is a directory`);
    const bad = join(dir, "latin1.txt");
    writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const encoding = await failure(bookReportFromFile(bad));
    expect(encoding.code).toBe("E_WORDS_UNREADABLE");
    expect(encoding.message).toBe(`cannot read word file ${bad}: it is not valid UTF-8`);
  });

  it("rejects a seed that is not an integer, as murmur3() does", async () => {
    await expect(bookReportFromFile(TRICKY, { seed: 0.5 })).rejects.toThrow(RangeError);
  });
});
