import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeDistribution } from "./analyze_distribution.ts";
import { generateKeys } from "./generate_keys.ts";
import { moduloPlacement } from "./modulo_placement.ts";
import { openWordStream } from "./open_word_stream.ts";
import { pythonSplit } from "./python_split.ts";
import { readWordFile } from "./read_word_file.ts";
import type { ShardingError } from "./sharding_error.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sharding-keys-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("generateKeys()", () => {
  it("is reproducible, distinct and lazy", () => {
    expect([...generateKeys(3, { seed: 9 })]).toEqual([...generateKeys(3, { seed: 9 })]);
    expect([...generateKeys(3, { seed: 9 })]).not.toEqual([...generateKeys(3, { seed: 10 })]);
    expect(new Set(generateKeys(50_000)).size).toBe(50_000);
    const huge = generateKeys(Number.MAX_SAFE_INTEGER);
    expect(huge.next().value).toBe("key:0:92ca2f0e");
    expect(() => generateKeys(-1).next()).toThrow(RangeError);
  });
});

describe("openWordStream()", () => {
  const text = "\ufeffÉcole  naïve\x1c😀smile\u3000中文\r\nzebra\x85end";

  it("streams the words readWordFile() returns, across every chunk boundary", async () => {
    const path = join(dir, "words.txt");
    writeFileSync(path, text);
    const expected = pythonSplit(text);
    expect((await readWordFile(path)).words).toEqual(expected);
    for (const chunkSize of [1, 2, 3, 4, 5, 7, 13, 64, 65536]) {
      const stream = await openWordStream(path, { chunkSize });
      expect(stream.source).toBe("given");
      expect(await collect(stream), `chunkSize ${chunkSize}`).toEqual(expected);
      await stream.close();
      await stream.close();
    }
  });

  it("hands out whole chunks through batches()", async () => {
    const path = join(dir, "words.txt");
    writeFileSync(path, text.repeat(100));
    const stream = await openWordStream(path, { chunkSize: 16 });
    const words: string[] = [];
    for await (const batch of stream.batches()) words.push(...batch);
    expect(words).toEqual(pythonSplit(text.repeat(100)));
  });

  it("feeds analyses without reading the file whole", async () => {
    const path = join(dir, "keys.txt");
    writeFileSync(path, `${[...generateKeys(30_000)].join("\n")}\n`);
    const stream = await openWordStream(path, { chunkSize: 4096 });
    const report = await analyzeDistribution(moduloPlacement(["a", "b", "c"]), stream);
    const direct = await analyzeDistribution(
      moduloPlacement(["a", "b", "c"]),
      generateKeys(30_000),
    );
    expect(report.counts).toEqual(direct.counts);
  });

  it("fails with E_WORDS_UNREADABLE on bad UTF-8, missing files and overlong words", async () => {
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Buffer.from([0x61, 0x20, 0xff, 0x20, 0x62]));
    const stream = await openWordStream(bad);
    const error = (await collect(stream).catch((e) => e)) as ShardingError;
    expect(error.code).toBe("E_WORDS_UNREADABLE");
    expect(error.message).toBe(`cannot read word file ${bad}: it is not valid UTF-8`);

    const missing = (await openWordStream(join(dir, "none")).catch((e) => e)) as ShardingError;
    expect(missing.code).toBe("E_WORDS_UNREADABLE");

    const long = join(dir, "long.txt");
    writeFileSync(long, `short ${"x".repeat(100)} short`);
    const longStream = await openWordStream(long, { chunkSize: 8, maxWordLength: 50 });
    const overlong = (await collect(longStream).catch((e) => e)) as ShardingError;
    expect(overlong.message).toMatch(/a word is longer than 50 characters/);
  });
});
