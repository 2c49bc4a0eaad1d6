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
});
