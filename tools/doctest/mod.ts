/**
 * Runs the `@example` blocks in a package's JSDoc as tests (private to this workspace).
 *
 * Every ```ts block under an `@example` tag of a package's source files is an example. Running
 * one strips its types, turns its `import`s into imports that the test's own resolver performs
 * (so `@ch8/x` resolves to the package's sources), and turns each `expression; //=> value` line
 * into an assertion that the (awaited) expression deep-equals the value. An example without
 * `//=>` still runs: it must not throw.
 *
 * @module
 */
export { type DocExample, docExamples } from "./doc_examples.ts";
export { runDocExample } from "./run_doc_example.ts";
