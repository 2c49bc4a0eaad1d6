import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as mod from "./mod.ts";

// Every `expression; //=> value` line in a JSDoc @example must hold: the examples are run
// against the public surface, so the README-style results in the docs cannot drift.
const files = readdirSync(new URL(".", import.meta.url)).filter(
  (name) => name.endsWith(".ts") && !name.endsWith("_test.ts") && !name.startsWith("_"),
);

interface Example {
  file: string;
  code: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of files) {
    const source = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    for (const match of source.matchAll(
      /@example\n((?: \*.*\n)+?) \*\/|@example\n((?: \*.*\n)+?) \* @/g,
    )) {
      const body = (match[1] ?? match[2] ?? "")
        .split("\n")
        .map((line) => line.replace(/^ \* ?/, ""))
        .join("\n");
      const code = /```ts\n([\s\S]*?)```/.exec(body)?.[1];
      if (code?.includes("//=>")) found.push({ file, code });
    }
  }
  return found;
}

/** Turn `expr; //=> value` (or `expr;` then `//=> value`) into checks, drop imports and types. */
function toScript(code: string): string {
  const lines = code.split("\n").filter((line) => !/^import /.test(line));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = /^(.*?);?\s*\/\/=> (.*)$/.exec(line);
    const next = lines[i + 1];
    const below = next !== undefined ? /^\/\/=> (.*)$/.exec(next) : null;
    if (inline && inline[1]!.trim() !== "") {
      out.push(`await check(${inline[1]}, ${inline[2]}, ${JSON.stringify(line)});`);
    } else if (below) {
      out.push(`await check(${line.replace(/;\s*$/, "")}, ${below[1]}, ${JSON.stringify(line)});`);
      i++;
    } else {
      out.push(line);
    }
  }
  return out.join("\n");
}

describe("JSDoc examples", () => {
  const all = examples();

  it("exist for the public surface", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  for (const [index, example] of all.entries()) {
    it(`hold in ${example.file} (#${index})`, async () => {
      const check = async (actual: unknown, expected: unknown, line: string) => {
        expect(await actual, line).toEqual(expected);
      };
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
        ...args: string[]
      ) => (...values: unknown[]) => Promise<void>;
      const names = Object.keys(mod);
      const run = new AsyncFunction("check", ...names, toScript(example.code));
      await run(check, ...names.map((name) => (mod as Record<string, unknown>)[name]));
    });
  }
});
