import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPython } from "./_test_python.ts";
import { pythonSplit } from "./python_split.ts";

const observed = JSON.parse(
  readFileSync(new URL("./testdata/python_unicode.json", import.meta.url), "utf8"),
) as { whitespace: number[] };

describe("pythonSplit()", () => {
  it("splits on exactly the code points Python's str.isspace() accepts", () => {
    const splitting: number[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (pythonSplit(`a${String.fromCodePoint(code)}b`).length === 2) splitting.push(code);
    }
    expect(splitting).toEqual(observed.whitespace);
  });

  it("pins the Python 3.11 whitespace set, which is not JavaScript's \\s", () => {
    expect(observed.whitespace.map((c) => c.toString(16))).toEqual(
      "9 a b c d 1c 1d 1e 1f 20 85 a0 1680 2000 2001 2002 2003 2004 2005 2006 2007 2008 2009 200a 2028 2029 202f 205f 3000".split(
        " ",
      ),
    );
    expect(pythonSplit("a\x1cb\x85c")).toEqual(["a", "b", "c"]);
    expect(pythonSplit("a\ufeffb")).toEqual(["a\ufeffb"]);
  });

  it("drops leading, trailing and repeated whitespace like str.split()", () => {
    expect(pythonSplit("")).toEqual([]);
    expect(pythonSplit(" \t\n ")).toEqual([]);
    expect(pythonSplit("  one  two\r\n\r\nthree ")).toEqual(["one", "two", "three"]);
    expect(pythonSplit("single")).toEqual(["single"]);
    expect(pythonSplit("😀 𐐀x")).toEqual(["😀", "𐐀x"]);
  });

  it("agrees with Python on random text full of whitespace", () => {
    const pieces = [
      "a",
      "bc",
      "é",
      "😀",
      " ",
      "\t",
      "\n",
      "\x1c",
      "\x85",
      "\u3000",
      "\ufeff",
      "\u200b",
    ];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const texts = Array.from({ length: 200 }, () =>
      Array.from(
        { length: Math.floor(random() * 30) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join(""),
    );
    const out = runPython(
      "import json, sys\nprint(json.dumps([t.split() for t in json.load(sys.stdin)]))",
      [],
      JSON.stringify(texts),
    );
    expect(texts.map(pythonSplit)).toEqual(JSON.parse(out));
  });
});
