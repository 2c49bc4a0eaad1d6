import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPythonFile } from "./_test_python.ts";
import { bookReport } from "./book_report.ts";
import { formatBookReport } from "./format_book_report.ts";
import { readWordFile } from "./read_word_file.ts";
import { ShardingError } from "./sharding_error.ts";

const REFERENCE = fileURLToPath(new URL("./testdata/hashing_reference.py", import.meta.url));
const TRICKY = fileURLToPath(new URL("./testdata/tricky_words.txt", import.meta.url));

/** The printed sections by name; the book's hash section depends on Python's salted hash(). */
function sections(output: string): Map<string, string> {
  const blocks = output.split("\n\n").filter((block) => block !== "");
  return new Map(blocks.map((block) => [block.split("\n")[0]!, block]));
}

async function compareWithReference(path?: string): Promise<void> {
  const file = await readWordFile(path);
  const ours = formatBookReport(bookReport(file.words));
  const theirs = runPythonFile(REFERENCE, [file.path]);
  expect(ours.split("\n").length).toBe(theirs.split("\n").length);
  const a = sections(ours);
  const b = sections(theirs);
  expect([...a.keys()]).toEqual(["alpha", "hash", "md5"]);
  expect([...b.keys()]).toEqual(["alpha", "hash", "md5"]);
  expect(a.get("alpha")).toBe(b.get("alpha"));
  expect(a.get("md5")).toBe(b.get("md5"));
}

describe("bookReport() and formatBookReport()", () => {
  it("print the alpha and md5 sections of hashing.py byte for byte on tricky words", async () => {
    await compareWithReference(TRICKY);
  });

  it("print the alpha and md5 sections of hashing.py byte for byte on the system word list", async () => {
    await compareWithReference();
  });

  it("pin the report for the tricky words", async () => {
    const report = bookReport((await readWordFile(TRICKY)).words);
    expect(report.total).toBe(33);
    expect(report.sections.map((s) => [s.name, s.counts])).toEqual([
      ["alpha", [3, 5, 2, 23]],
      ["hash", expect.any(Array)],
      ["md5", [8, 5, 15, 5]],
    ]);
    expect(formatBookReport(report)).toMatch(/^alpha\n {3}server0 3 0\.091\n {3}server1 5 0\.15\n/);
    expect(formatBookReport(report).endsWith("0.15\n\n")).toBe(true);
  });

  it("seed the hash section and leave alpha and md5 alone", () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i}`);
    const zero = bookReport(words);
    const one = bookReport(words, { seed: 1 });
    expect(one.sections[0]).toEqual(zero.sections[0]);
    expect(one.sections[2]).toEqual(zero.sections[2]);
    expect(one.sections[1]!.counts).not.toEqual(zero.sections[1]!.counts);
    for (const report of [zero, one]) {
      for (const section of report.sections) {
        expect(section.counts.reduce((sum, n) => sum + n, 0)).toBe(500);
      }
    }
  });

  it("refuse an empty word list with E_NO_WORDS instead of dividing by zero", () => {
    expect(() => bookReport([])).toThrow(ShardingError);
    try {
      bookReport([]);
    } catch (error) {
      expect((error as ShardingError).code).toBe("E_NO_WORDS");
      expect((error as ShardingError).message).toMatch(/empty/);
    }
    expect(() => formatBookReport({ total: 0, sections: [] })).toThrow(/empty/);
  });
});
