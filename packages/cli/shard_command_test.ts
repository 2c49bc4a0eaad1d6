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

describe("ch8 shard analysis", () => {
  it("prints a table per algorithm and the moved fraction for --resize", async () => {
    const t = testIo();
    const args = ["shard", "--algorithms", "modulo,jump", "--servers", "4", "--resize", "5"];
    expect(await run([...args, "--keys", "20000"], t.io)).toBe(0);
    expect(t.stdout).toMatch(/^modulo: 20000 keys on 4 servers\n/);
    expect(t.stdout).toMatch(/\njump: 20000 keys on 4 servers\n/);
    expect(t.stdout).toMatch(/max\/mean/);
    expect(t.stdout).toMatch(/\bp /);
    expect(t.stdout).toMatch(/0\.2/); // jump's ideal movement for 4 -> 5
    expect(t.stderr).toBe(""); // no progress line when stderr is not a terminal
  });

  it("prints one JSON object with words and per-algorithm counts and movement", async () => {
    const t = testIo();
    const args = [
      "shard",
      "--algorithms",
      "modulo,ketama,jump",
      "--keys",
      "10000",
      "--resize",
      "5",
    ];
    expect(await run([...args, "--json"], t.io)).toBe(0);
    const json = JSON.parse(t.stdout);
    expect(json.words).toBe(10000);
    expect(json.algorithms.map((a: { name: string }) => a.name)).toEqual([
      "modulo",
      "ketama",
      "jump",
    ]);
    for (const a of json.algorithms) {
      expect(a.counts.reduce((x: number, y: number) => x + y, 0)).toBe(10000);
      expect(a.moved.ideal).toBe(0.2);
    }
    const jump = json.algorithms[2];
    expect(Math.abs(jump.moved.fraction - 0.2)).toBeLessThan(0.02);
    expect(json.algorithms[0].moved.fraction).toBeGreaterThan(0.7);
  });

  it("analyses a word file, streamed", async () => {
    const t = testIo();
    expect(
      await run(
        ["shard", "--algorithms", "alpha", "--words", join(dir, "words.txt"), "--json"],
        t.io,
      ),
    ).toBe(0);
    // Keys are placed as they are: "Banana" starts with "B", before "g".
    expect(JSON.parse(t.stdout).algorithms[0].counts).toEqual([2, 1, 0, 1]);
  });

  it("rejects unknown algorithms and --words with --keys as usage errors", async () => {
    const t = testIo();
    expect(await run(["shard", "--algorithms", "modulo,crc32"], t.io)).toBe(2);
    expect(t.stderr.split("\n")[0]).toBe(
      "ch8: unknown algorithm 'crc32': expected some of modulo, ketama, rendezvous, jump, alpha, md5",
    );
    const u = testIo();
    expect(await run(["shard", "--keys", "5", "--words", "x"], u.io)).toBe(2);
  });
});

describe("ch8 shard locate", () => {
  const servers = "10.0.0.1:11211,10.0.0.2:11211,10.0.0.3:11212:2";

  it("prints KEY<TAB>SERVER for keys given as arguments, servers named as given", async () => {
    const { ketamaPlacement } = await import("@ch8/sharding");
    const ring = ketamaPlacement([
      "10.0.0.1:11211",
      "10.0.0.2:11211",
      { name: "10.0.0.3:11212", weight: 2 },
    ]);
    const t = testIo();
    expect(
      await run(["shard", "locate", "--servers", servers, "alpha", "beta", "sq:42"], t.io),
    ).toBe(0);
    expect(t.stdout).toBe(
      ["alpha", "beta", "sq:42"].map((key) => `${key}\t${ring.locate(key)}\n`).join(""),
    );
  });

  it("reads keys from standard input, one per line", async () => {
    const t = testIo({ stdin: ["one\ntw", "o\r\nthree"] });
    expect(
      await run(["shard", "locate", "--algorithm", "jump", "--servers", "a:1,b:1"], t.io),
    ).toBe(0);
    expect(t.stdout.split("\n").map((line) => line.split("\t")[0])).toEqual([
      "one",
      "two",
      "three",
      "",
    ]);
    expect(t.stdout).toMatch(/^one\t(a|b):1\n/);
  });

  it("explains a bad server list in one line", async () => {
    const t = testIo();
    expect(await run(["shard", "locate", "--servers", "a:99999", "k"], t.io)).toBe(2);
    expect(t.stderr.split("\n")[0]).toBe(
      'ch8: --servers: bad server "a:99999": port must be 1..65535, got 99999',
    );
  });
});

describe("ch8 shard locate refuses what memcached would", () => {
  it("names a key with a space, or over 250 bytes, in one line with status 1", async () => {
    for (const [key, why] of [
      ["two words", 'it contains " "'],
      ["k".repeat(251), "it is 251 bytes long"],
    ] as const) {
      const t = testIo();
      expect(await run(["shard", "locate", "--servers", "a:1", key], t.io)).toBe(1);
      expect(t.stderr).toMatch(
        new RegExp(`^ch8: memcached would refuse the key .*: ${why.replace(/[()]/g, "\\$&")}`),
      );
      expect(t.stderr.split("\n")).toHaveLength(2);
    }
  });

  it("treats a bad --servers list as a usage error", async () => {
    const t = testIo();
    expect(await run(["shard", "locate", "--servers", "", "k"], t.io)).toBe(2);
    expect(t.stderr.split("\n")[0]).toBe('ch8: --servers: no servers in ""');
  });
});

describe("ch8 shard and Ctrl-C", () => {
  it("stops a long analysis when the signal is aborted, with status 130", async () => {
    const controller = new AbortController();
    const t = testIo({ signal: controller.signal });
    setTimeout(() => controller.abort("SIGINT"), 200);
    const status = await run(["shard", "--keys", "1000000000", "--algorithms", "md5"], t.io);
    expect(status).toBe(130);
    expect(t.stdout).toBe("");
  });

  it("reads a negative number as a value to reject, not as a flag", async () => {
    const t = testIo();
    expect(await run(["shard", "--servers", "-1"], t.io)).toBe(2);
    expect(t.stderr.split("\n")[0]).toBe(
      "ch8: --servers must be an integer from 1 to 256, got '-1'",
    );
  });
});
