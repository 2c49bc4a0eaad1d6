import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testIo } from "./_test_io.ts";
import { run } from "./run.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ch8-shard-"));
  await writeFile(join(dir, "words.txt"), "apple Banana\nzebra\tmoose\n\n");
  await writeFile(join(dir, "empty.txt"), " \n\t\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("ch8 shard", () => {
  it("prints the book's report for a word file (alpha and md5 as the book's script prints them)", async () => {
    const t = testIo();
    expect(await run(["shard", "--words", join(dir, "words.txt")], t.io)).toBe(0);
    const sections = t.stdout.split("\n\n");
    // Printed by the book's hashing.py (testdata/hashing_reference.py of @ch8/sharding) for this file.
    expect(sections[0]).toBe(
      "alpha\n   server0 2 0.5\n   server1 1 0.25\n   server2 0 0.0\n   server3 1 0.25",
    );
    expect(sections[2]).toBe(
      "md5\n   server0 0 0.0\n   server1 2 0.5\n   server2 0 0.0\n   server3 2 0.5",
    );
    expect(sections[1]).toMatch(/^hash\n( {3}server\d \d (0\.0|0\.25|0\.5|0\.75|1\.0)\n?){4}$/);
    expect(t.stdout.endsWith("\n\n")).toBe(true);
    expect(t.stderr).toBe("");
  });

  it("says in one line that an empty word file has no words, with status 1", async () => {
    const t = testIo();
    expect(await run(["shard", "--words", join(dir, "empty.txt")], t.io)).toBe(1);
    expect(t.stderr).toMatch(/^ch8: [^\n]*empty\.txt[^\n]*\n$/);
    expect(t.stdout).toBe("");
  });

  it("names a word file that does not exist in one line, with status 1", async () => {
    const t = testIo();
    expect(await run(["shard", "--words", join(dir, "missing.txt")], t.io)).toBe(1);
    expect(t.stderr).toMatch(/^ch8: [^\n]*missing\.txt[^\n]*\n$/);
  });

  it("gives the same hash section for the same seed and may differ for another", async () => {
    const words = join(dir, "words.txt");
    const a = testIo();
    const b = testIo();
    await run(["shard", "--words", words, "--seed", "7"], a.io);
    await run(["shard", "--words", words, "--seed", "7"], b.io);
    expect(a.stdout).toBe(b.stdout);
  });
});
