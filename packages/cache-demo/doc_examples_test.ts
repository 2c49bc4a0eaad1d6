// The workspace's doctest tool, by path until @ch8/doctest is a devDependency of this package
// (the cli package imports it as "@ch8/doctest").
import { describe, expect, it } from "vitest";
import { docExamples, runDocExample } from "../../tools/doctest/mod.ts";

describe("JSDoc examples of @ch8/cache-demo", () => {
  const examples = docExamples(new URL(".", import.meta.url));
  it("exist", () => expect(examples.length).toBeGreaterThan(20));
  for (const example of examples) {
    it(`hold: ${example.file}:${example.line}`, () =>
      runDocExample(example, (specifier) => import(specifier)));
  }
});
