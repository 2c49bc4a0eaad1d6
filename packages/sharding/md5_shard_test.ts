import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runPython } from "./_test_python.ts";
import { md5Shard } from "./md5_shard.ts";

const words = [
  "",
  "a",
  "apple",
  "mango",
  "peach",
  "zucchini",
  "straße",
  "οδος",
  "😀",
  "x".repeat(60),
];

describe("md5Shard()", () => {
  it("uses the last byte of the MD5 digest, modulo 4", () => {
    for (const word of words) {
      const last = createHash("md5").update(word, "utf8").digest()[15]!;
      expect(md5Shard(word)).toBe(`server${last % 4}`);
    }
  });

  it("puts words where the book's md5_shard does", () => {
    const script =
      "import hashlib, json, sys\n" +
      "print(json.dumps(['server%d' % (hashlib.md5(w.encode('utf-8')).digest()[-1] % 4) for w in json.load(sys.stdin)]))";
    const expected = JSON.parse(runPython(script, [], JSON.stringify(words))) as string[];
    expect(words.map(md5Shard)).toEqual(expected);
    expect(expected.slice(2, 6)).toEqual(["server3", "server0", "server2", "server1"]);
  });
});
