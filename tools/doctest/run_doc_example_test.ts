import { describe, expect, it } from "vitest";
import { runDocExample } from "./run_doc_example.ts";

const example = (code: string) => ({ file: "x.ts", line: 10, code });
const importer = (specifier: string) => import(specifier);

describe("runDocExample()", () => {
  it("passes when every //=> holds, awaiting promises and stripping types", async () => {
    await runDocExample(
      example(
        'import { join } from "node:path";\nconst n: number = 2;\njoin("a", "b"); //=> "a/b"\nPromise.resolve([n, { k: 1n }]); //=> [2, { k: 1n }]',
      ),
      importer,
    );
  });

  it("fails, naming the file and line, when a //=> does not hold", async () => {
    await expect(runDocExample(example("1 + 1; //=> 3"), importer)).rejects.toThrow(
      /x\.ts:10: got 2, expected 3/,
    );
  });

  it("fails when an example without //=> throws", async () => {
    await expect(runDocExample(example('throw new Error("boom");'), importer)).rejects.toThrow(
      "boom",
    );
  });

  it("checks a declaration's value: const x = f(); //=> v", async () => {
    await runDocExample(example("const x = [1, 2].length; //=> 2\nx + 1; //=> 3"), importer);
  });

  it("checks the expression above a //=> line of its own", async () => {
    await runDocExample(example("[1, 2].map((n) => n * 2);\n//=> [2, 4]"), importer);
    await expect(runDocExample(example("1 + 1;\n//=> 3"), importer)).rejects.toThrow(
      /x\.ts:10: got 2, expected 3/,
    );
  });

  it("refuses a //=> line that follows no expression, which would check nothing", async () => {
    await expect(runDocExample(example("const a = 1;\n//=> 1"), importer)).rejects.toThrow(
      /x\.ts:11: a \/\/=> line must follow a one-line expression ending in ;/,
    );
  });
});
