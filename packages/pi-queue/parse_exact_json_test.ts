import { describe, expect, test } from "vitest";
import { runPython } from "./_test_support.ts";
import { parseExactJson } from "./parse_exact_json.ts";
import { stringifyPythonJson } from "./stringify_python_json.ts";

describe("parseExactJson()", () => {
  test("keeps integers of any size exact", () => {
    expect(parseExactJson("[1, 2]")).toEqual([1n, 2n]);
    expect(parseExactJson("[1,2]")).toEqual([1n, 2n]);
    expect(parseExactJson("18446744073709551440")).toBe(18446744073709551440n);
    expect(parseExactJson("36893488130239234050")).toBe(36893488130239234050n);
    expect(parseExactJson(`-${"9".repeat(100)}`)).toBe(-(10n ** 100n - 1n));
    expect(parseExactJson("-0")).toBe(0n);
  });

  test("reads the rest of JSON, and Python's NaN and Infinity", () => {
    expect(
      parseExactJson(' { "a" : [true, false, null, 1.5, -2e3, "x\\u00e9\\n\\"\\/"] } '),
    ).toEqual({
      a: [true, false, null, 1.5, -2000, 'x\u00e9\n"/'],
    });
    expect(parseExactJson("NaN")).toBeNaN();
    expect(parseExactJson("[Infinity, -Infinity]")).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    expect(parseExactJson("[]")).toEqual([]);
    expect(parseExactJson("{}")).toEqual({});
    expect(parseExactJson('{"__proto__": 1}')).toHaveProperty("__proto__", 1n);
  });

  test.each([
    "",
    "[1, 2",
    "[1 2]",
    "01",
    "1.",
    ".5",
    "+1",
    '"unterminated',
    '"tab\there"',
    "[1,]",
    "{1: 2}",
    "nul",
    "[1] x",
    "[".repeat(2000),
  ])("rejects %j with a SyntaxError", (text) => {
    expect(() => parseExactJson(text)).toThrow(SyntaxError);
  });

  test("reads what Python's json.dumps writes, and Python reads what we write", () => {
    const python = runPython(
      [
        "import json, sys",
        "values = [[3037000500, 3037000500], 2**65 + 7, -(2**70), [1.5, 1e-05, 1e+16, 0.1],",
        "          {'k': 'é\\n\\x7f\\U0001f600', 'n': None, 't': True}, [], {}]",
        "for v in values: print(json.dumps(v))",
        "for line in sys.stdin: print(json.dumps(json.loads(line)))",
      ].join("\n"),
      [
        stringifyPythonJson([3037000500n, 3037000500n]),
        stringifyPythonJson(2n ** 65n + 7n),
        stringifyPythonJson({ k: "é\n\x7f😀", n: null, t: true }),
        stringifyPythonJson([1.5, 0.00001, 1e16, 0.1, 4]),
      ].join("\n"),
    )
      .trim()
      .split("\n");
    const ours = python.slice(0, 7).map((line) => parseExactJson(line));
    expect(ours).toEqual([
      [3037000500n, 3037000500n],
      2n ** 65n + 7n,
      -(2n ** 70n),
      [1.5, 0.00001, 1e16, 0.1],
      { k: "é\n\x7f😀", n: null, t: true },
      [],
      {},
    ]);
    // Python writes each of our values back byte for byte as we wrote it.
    expect(python.slice(0, 7).map((_line, i) => stringifyPythonJson(ours[i]!))).toEqual(
      python.slice(0, 7),
    );
    expect(python.slice(7)).toEqual([
      "[3037000500, 3037000500]",
      "36893488147419103239",
      '{"k": "\\u00e9\\n\\u007f\\ud83d\\ude00", "n": null, "t": true}',
      "[1.5, 1e-05, 1e+16, 0.1, 4]",
    ]);
  });
});

describe("stringifyPythonJson()", () => {
  test("writes what pyzmq's send_json writes", () => {
    expect(stringifyPythonJson([1, 2])).toBe("[1, 2]");
    expect(stringifyPythonJson([1n, [2n, []]])).toBe("[1, [2, []]]");
    expect(stringifyPythonJson(2n ** 64n)).toBe("18446744073709551616");
    expect(stringifyPythonJson({ a: 1, b: "é" })).toBe('{"a": 1, "b": "\\u00e9"}');
    expect(stringifyPythonJson(0.5)).toBe("0.5");
    expect(stringifyPythonJson(-0)).toBe("-0.0");
    expect(stringifyPythonJson(Number.NaN)).toBe("NaN");
    expect(stringifyPythonJson(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(stringifyPythonJson('"\\\b\f\n\r\t\u0001')).toBe('"\\"\\\\\\b\\f\\n\\r\\t\\u0001"');
  });

  test("refuses what JSON cannot hold", () => {
    expect(() => stringifyPythonJson(undefined as never)).toThrow(TypeError);
  });
});
