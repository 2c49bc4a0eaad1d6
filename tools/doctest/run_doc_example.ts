import { deepStrictEqual } from "node:assert/strict";
import ts from "typescript";
import type { DocExample } from "./doc_examples.ts";

type Importer = (specifier: string) => Promise<Record<string, unknown>>;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/**
 * Runs one example. `importer` performs the example's imports from the calling test's module,
 * so pass `(specifier) => import(specifier)` written in the test file itself.
 * Throws an `AssertionError` naming the example's file and line when a `//=>` does not hold.
 */
export async function runDocExample(example: DocExample, importer: Importer): Promise<void> {
  const check = (actual: unknown, expected: unknown, where: string) => {
    const normalize = (value: unknown) => (Object.is(value, -0) ? 0 : value);
    const got =
      typeof actual === "object" && actual !== null
        ? JSON.parse(JSON.stringify(actual, bigints))
        : normalize(actual);
    const want =
      typeof expected === "object" && expected !== null
        ? JSON.parse(JSON.stringify(expected, bigints))
        : normalize(expected);
    deepStrictEqual(
      got,
      want,
      `${example.file}:${where}: got ${show(actual)}, expected ${show(expected)}`,
    );
  };
  const body = transpile(assertions(example));
  await new AsyncFunction("__check", "__import", body)(check, importer);
}

function bigints(_key: string, value: unknown) {
  return typeof value === "bigint" ? `${value}n` : value;
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value, bigints) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Turns `expr; //=> value` into an awaited check, and imports into `__import` calls. */
function assertions(example: DocExample): string {
  const lines = example.code.split("\n");
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    const where = example.line + index;
    const imported = /^\s*import\s+(type\s+)?(.*?)\s+from\s+["']([^"']+)["'];?\s*$/.exec(line);
    if (imported) {
      if (!imported[1])
        out.push(
          `const ${bindings(imported[2]!)} = await __import(${JSON.stringify(imported[3])});`,
        );
      continue;
    }
    const below = /^\s*\/\/=>\s*(.*?)\s*$/.exec(line);
    if (below) {
      // `expr;` then `//=> value` on the next line: check the expression above.
      const previous = lines[index - 1] ?? "";
      const statement = /^(\s*)([^\s/].*?);\s*$/.exec(previous);
      if (!statement || /^(const|let|var|import|return|if|for|while)\b|[{}]$/.test(statement[2]!)) {
        throw new SyntaxError(
          `${example.file}:${where}: a //=> line must follow a one-line expression ending in ;`,
        );
      }
      out[out.length - 1] =
        `${statement[1]}__check(await (${statement[2]}), ${below[1]}, ${where - 1});`;
      continue;
    }
    const asserted = /^(\s*)(.*?);?\s*\/\/=>\s*(.*?)\s*$/.exec(line);
    if (asserted && asserted[2]!.trim() !== "") {
      const [, indent, expression, expected] = asserted;
      const declared = /^(const|let|var)\s+(\w+)\s*=\s*(.*)$/.exec(expression!);
      if (declared) {
        out.push(`${indent}${declared[1]} ${declared[2]} = ${declared[3]};`);
        out.push(`${indent}__check(await ${declared[2]}, ${expected}, ${where});`);
      } else {
        out.push(`${indent}__check(await (${expression}), ${expected}, ${where});`);
      }
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

/** `{ a, b as c }` → `{ a, b: c }`; `* as ns` → `ns`. */
function bindings(clause: string): string {
  const star = /^\*\s+as\s+(\w+)$/.exec(clause.trim());
  if (star) return star[1]!;
  return clause
    .replace(/\btype\s+\w+\s*(as\s+\w+)?\s*,?/g, "")
    .replace(/(\w+)\s+as\s+(\w+)/g, "$1: $2");
}

function transpile(code: string): string {
  // Wrapped in an async function so top-level await and `return` are legal for the transpiler.
  const wrapped = `async function __example() {\n${code}\n}`;
  const js = ts.transpileModule(wrapped, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const open = js.indexOf("{");
  const close = js.lastIndexOf("}");
  return js.slice(open + 1, close);
}
