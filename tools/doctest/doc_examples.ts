import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One ```ts block of an `@example`, and where it was found. */
export interface DocExample {
  /** The source file, relative to the package. */
  readonly file: string;
  /** Line of the block's first code line in `file`. */
  readonly line: number;
  /** The code, with the JSDoc ` * ` margin removed. */
  readonly code: string;
}

/**
 * Finds every `@example` code block in the `.ts` files of a package's folder (tests, `_`
 * helpers, `bench/` and `testdata/` excluded). `dir` is the package's folder as a file URL,
 * e.g. `new URL(".", import.meta.url)` from a test beside `mod.ts`.
 */
export function docExamples(dir: URL | string): DocExample[] {
  const root = typeof dir === "string" ? dir : fileURLToPath(dir);
  const files = readdirSync(root)
    .filter((name) => name.endsWith(".ts") && !name.endsWith("_test.ts") && !name.startsWith("_"))
    .filter((name) => !name.endsWith(".d.ts") && name !== "vitest.config.ts")
    .sort();
  const found: DocExample[] = [];
  for (const file of files) {
    const lines = readFileSync(`${root}/${file}`, "utf8").split("\n");
    let inExample = false;
    let code: string[] | undefined;
    let start = 0;
    for (const [index, raw] of lines.entries()) {
      const line = raw.replace(/^\s*\* ?/, "");
      if (/^\s*\/\*\*/.test(raw)) inExample = false;
      if (/^@example\b/.test(line.trim())) inExample = true;
      else if (/^@\w/.test(line.trim()) && code === undefined) inExample = false;
      if (!inExample) continue;
      if (code === undefined && /^```(ts|typescript)\s*$/.test(line.trim())) {
        code = [];
        start = index + 2;
      } else if (code !== undefined && line.trim() === "```") {
        found.push({ file, line: start, code: code.join("\n") });
        code = undefined;
      } else if (code !== undefined) {
        code.push(line);
      }
    }
  }
  return found;
}
