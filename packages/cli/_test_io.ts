import type { Io } from "./io.ts";

/** An {@linkcode Io} that records what a command writes, for tests. */
export function testIo(
  options: { env?: Record<string, string>; stdin?: string[]; signal?: AbortSignal } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    stdin: (async function* () {
      yield* options.stdin ?? [];
    })(),
    env: options.env ?? {},
    signal: options.signal ?? new AbortController().signal,
  };
  return {
    io,
    get stdout() {
      return out.join("");
    },
    get stderr() {
      return err.join("");
    },
  };
}
