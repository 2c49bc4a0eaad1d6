import { docExamples, runDocExample } from "@ch8/doctest";
import { describe, expect, it } from "vitest";

describe("JSDoc examples of @ch8/pi-queue", () => {
  const examples = docExamples(new URL(".", import.meta.url));
  it("exist", () => expect(examples.length).toBeGreaterThan(10));
  for (const example of examples) {
    it(`hold: ${example.file}:${example.line}`, () =>
      runDocExample(example, (specifier) => import(specifier)));
  }
});
