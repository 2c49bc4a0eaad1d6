import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as book from "./book.ts";
import * as mod from "./mod.ts";

/** The modules `import`ing `entry` loads at run time (type-only imports are erased). */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    for (const match of source.matchAll(/^(import|export)(?! type)[^;]*? from "\.\/([^"]+)";/gms)) {
      const clause = match[0];
      // `export { type A, type B } from` and `import { type A } from` load nothing either.
      const names = /\{([^}]*)\}/.exec(clause)?.[1];
      if (names?.split(",").every((name) => name.trim() === "" || /^type /.test(name.trim()))) {
        continue;
      }
      visit(match[2]!);
    }
  };
  visit(entry);
  return seen;
}

describe("@ch8/sharding/book (book.ts)", () => {
  it("exports what the book's report needs, the same objects as the package root", () => {
    expect(Object.keys(book).sort()).toEqual(
      ["ShardingError", "bookReport", "bookReportFromFile", "formatBookReport"].sort(),
    );
    for (const [name, value] of Object.entries(book)) {
      expect(value).toBe((mod as Record<string, unknown>)[name]);
    }
  });

  it("loads no placement, analysis or stream module, nor node:fs/promises", () => {
    const graph = runtimeGraph("book.ts");
    expect(graph.has("book_report_from_file.ts")).toBe(true);
    expect(graph.has("_book_kernel_wasm.ts")).toBe(true);
    for (const file of graph) {
      expect(file).not.toMatch(/placement|analyze|stream|ketama|jump|python_split|read_word_file/);
      // node:fs/promises brings some twenty stream modules of Node.js with it.
      expect(readFileSync(new URL(`./${file}`, import.meta.url), "utf8")).not.toContain(
        '"node:fs/promises"',
      );
    }
    expect(graph.size).toBeLessThanOrEqual(18);
  });
});
