import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { _openWordFile } from "./_open_word_file.ts";
import { readWordFile } from "./read_word_file.ts";
import type { ShardingError } from "./sharding_error.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sharding-words-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<ShardingError> {
  try {
    await promise;
  } catch (error) {
    return error as ShardingError;
  }
  throw new Error("expected a rejection");
}

describe("readWordFile()", () => {
  it("reads a named file as UTF-8 and splits it as Python does", async () => {
    const path = join(dir, "words.txt");
    writeFileSync(path, "\ufeffÉcole\x1cnaïve\u3000zebra\r\n");
    const file = await readWordFile(path);
    expect(file.source).toBe("given");
    expect(file.path).toBe(path);
    expect(file.notice).toBeUndefined();
    expect(file.text.startsWith("\ufeff")).toBe(true);
    expect(file.words).toEqual(["\ufeffÉcole", "naïve", "zebra"]);
  });

  it("reads /usr/share/dict/words by default", async () => {
    const file = await readWordFile();
    expect(["system", "word-list"]).toContain(file.source);
    expect(file.words.length).toBeGreaterThan(1000);
  });

  it("falls back to the npm package word-list only when the system list does not exist", async () => {
    const opened = await _openWordFile(undefined, join(dir, "missing"));
    try {
      expect(opened.source).toBe("word-list");
      expect(opened.path).toMatch(/word-list[/\\]words\.txt$/);
    } finally {
      await opened.handle.close();
    }
    // A system list that exists is used even when reading it fails later.
    const existing = await _openWordFile(undefined, dir);
    try {
      expect(existing.source).toBe("system");
    } finally {
      await existing.handle.close();
    }
  });

  it("names the path and the reason in one line when a file cannot be read", async () => {
    const missing = join(dir, "nope.txt");
    const error = await failure(readWordFile(missing));
    expect(error.name).toBe("ShardingError");
    expect(error.code).toBe("E_WORDS_UNREADABLE");
    expect(error.message).toBe(`cannot read word file ${missing}: no such file or directory`);

    const directory = await failure(readWordFile(dir));
    expect(directory.message).toBe(`cannot read word file ${dir}: it is a directory`);

    const bad = join(dir, "latin1.txt");
    writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const encoding = await failure(readWordFile(bad));
    expect(encoding.code).toBe("E_WORDS_UNREADABLE");
    expect(encoding.message).toBe(`cannot read word file ${bad}: it is not valid UTF-8`);
    expect(encoding.message).not.toContain("\n");
  });
});
