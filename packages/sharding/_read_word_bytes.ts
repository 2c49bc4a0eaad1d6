import { readFileSync } from "node:fs";
import { _SYSTEM_WORDS, _unreadable, type WordSource } from "./_word_source.ts";

export interface _WordBytes {
  readonly bytes: Uint8Array;
  readonly path: string;
  readonly source: WordSource;
}

function readOrThrow(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw _unreadable(path, error);
  }
}

/**
 * The bytes of the word file `_openWordFile` would open, with the same fallback and errors.
 * Read synchronously on purpose: a whole-file read is one system call, while the promise API
 * first starts libuv's thread pool, which cost a short-lived command more than the read itself
 * (measured 10–18 ms on a busy two-core machine).
 */
export async function _readWordBytes(
  path?: string,
  systemPath: string = _SYSTEM_WORDS,
): Promise<_WordBytes> {
  if (path !== undefined) return { bytes: readOrThrow(path), path, source: "given" };
  try {
    return { bytes: readFileSync(systemPath), path: systemPath, source: "system" };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw _unreadable(systemPath, error);
  }
  const { default: wordListPath } = await import("word-list");
  return { bytes: readOrThrow(wordListPath), path: wordListPath, source: "word-list" };
}
