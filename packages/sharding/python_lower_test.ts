import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPython } from "./_test_python.ts";
import { PYTHON_LOWER_UNICODE_VERSION, pythonLower } from "./python_lower.ts";

interface Observed {
  python: string;
  unicode: string;
  lower: Record<string, number>;
  lowerMulti: Record<string, string>;
  sigmaClassRuns: number[];
}

const observed = JSON.parse(
  readFileSync(new URL("./testdata/python_unicode.json", import.meta.url), "utf8"),
) as Observed;

function sigmaClasses(): Uint8Array {
  const classes = new Uint8Array(0x110000);
  let at = 0;
  for (let i = 0; i < observed.sigmaClassRuns.length; i += 2) {
    const length = observed.sigmaClassRuns[i + 1]!;
    classes.fill(observed.sigmaClassRuns[i]!, at, at + length);
    at += length;
  }
  return classes;
}

describe("pythonLower()", () => {
  it("matches Python 3.11 (Unicode 14.0.0) on every code point", () => {
    expect(observed.python).toMatch(/^3\.11\./);
    expect(PYTHON_LOWER_UNICODE_VERSION).toBe(observed.unicode);
    const wrong: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      const s = String.fromCodePoint(code);
      const single = observed.lower[code];
      const expected =
        single !== undefined ? String.fromCodePoint(single) : (observed.lowerMulti[code] ?? s);
      if (pythonLower(s) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("applies the final-sigma rule with Python's cased and case-ignorable sets", () => {
    const classes = sigmaClasses();
    const wrong: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code === 0x3a3) continue;
      const c = String.fromCodePoint(code);
      const k = classes[code];
      // "AΣc": σ only when c is cased (and not case-ignorable).
      const afterEnd = pythonLower(`AΣ${c}`)[1];
      // "AΣcA": σ when c is cased or skipped as case-ignorable.
      const afterCased = pythonLower(`AΣ${c}A`)[1];
      // "AcΣ": final when c is skipped or is itself cased.
      const before = pythonLower(`A${c}Σ`).at(-1);
      const ok =
        afterEnd === (k === 2 ? "σ" : "ς") &&
        afterCased === (k === 0 ? "ς" : "σ") &&
        before === (k === 0 ? "σ" : "ς");
      if (!ok) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("lowers the book's tricky words as Python does", () => {
    expect(pythonLower("ΟΔΟΣ")).toBe("οδος");
    expect(pythonLower("ΟΔΟΣ ΟΔΟΣ.")).toBe("οδος οδος.");
    expect(pythonLower("Σ")).toBe("σ");
    expect(pythonLower("ΑΣ'Α")).toBe("ασ'α");
    expect(pythonLower("İstanbul")).toBe("i̇stanbul");
    expect(pythonLower("𐐀𐐁")).toBe("𐐨𐐩");
    // Newer than Unicode 14: JavaScript engines may lower these, Python 3.11 does not.
    expect(pythonLower("\u1c89\u{16ea0}")).toBe("\u1c89\u{16ea0}");
    expect(pythonLower("APPLE")).toBe("apple");
    expect(pythonLower("caf\u00c9")).toBe("café");
  });

  it("agrees with Python on random mixed strings with sigmas and surrogates", () => {
    const pieces = [
      "Σ",
      "Σ",
      "A",
      "a",
      "'",
      "\u0301",
      "\u00ad",
      " ",
      "İ",
      "𐐀",
      "\u{1e030}",
      "ʕ",
      "\ud800",
      "1",
      "ΟΔΟ",
    ];
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const texts = Array.from({ length: 400 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join(""),
    );
    // JSON carries lone surrogates as \ud800 escapes both ways.
    const out = runPython(
      "import json, sys\nprint(json.dumps([t.lower() for t in json.load(sys.stdin)]))",
      [],
      JSON.stringify(texts),
    );
    expect(texts.map(pythonLower)).toEqual(JSON.parse(out));
  });
});
