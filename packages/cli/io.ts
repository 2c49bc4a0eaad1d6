/**
 * What a command may touch of the outside world; `main.ts` builds it from `process`, a test or
 * an embedding program builds its own.
 *
 * @example
 * ```ts
 * import { type Io, run } from "@ch8/cli";
 *
 * let out = "";
 * const io: Io = {
 *   stdout: { write: (text: string) => (out += text) },
 *   stderr: { write: () => true },
 *   stdin: (async function* () {})(),
 *   env: {},
 *   signal: new AbortController().signal,
 * };
 * await run(["shard", "locate", "--algorithm", "modulo", "--servers", "a:1", "key"], io); //=> 0
 * out; //=> "key\ta:1\n"
 * ```
 */
export interface Io {
  /** Results. */
  readonly stdout: Output;
  /** Progress, notices and errors. */
  readonly stderr: Output;
  /** Lines of standard input, for commands that read keys from a pipe. */
  readonly stdin: AsyncIterable<string | Buffer>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on SIGINT or SIGTERM: long-running commands stop cleanly when it fires. */
  readonly signal: AbortSignal;
}

/**
 * A stream to write text to, and whether a person is watching it (bars and live lines only then).
 *
 * @example
 * ```ts
 * import type { Output } from "@ch8/cli";
 *
 * const lines: string[] = [];
 * const output: Output = { write: (text: string) => lines.push(text), isTTY: false };
 * output.write("hello\n");
 * lines; //=> ["hello\n"]
 * ```
 */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}
