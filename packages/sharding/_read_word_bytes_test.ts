import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { _readWordBytes } from "./_read_word_bytes.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sharding-bytes-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("_readWordBytes()", () => {
  it("reads a named file", async () => {
    const path = join(dir, "words.txt");
    writeFileSync(path, "a b");
    const read = await _readWordBytes(path);
    expect(read.source).toBe("given");
    expect(Buffer.from(read.bytes).toString()).toBe("a b");
  });

  it("falls back to the npm package word-list only when the system list does not exist", async () => {
    const fallback = await _readWordBytes(undefined, join(dir, "missing"));
    expect(fallback.source).toBe("word-list");
    expect(fallback.path).toMatch(/word-list[/\\]words\.txt$/);
    expect(fallback.bytes.length).toBeGreaterThan(1000);
    // A system list that exists is used, and reported, even when reading it fails.
    await expect(_readWordBytes(undefined, dir)).rejects.toMatchObject({
      code: "E_WORDS_UNREADABLE",
      message: `cannot read word file ${dir}: it is a directory`,
    });
  });
});
