import { type FileHandle, open } from "node:fs/promises";
import { _SYSTEM_WORDS, _unreadable, type WordSource } from "./_word_source.ts";

export { _SYSTEM_WORDS, _unreadable, _WORD_LIST_NOTICE, type WordSource } from "./_word_source.ts";

export interface _OpenedWordFile {
  readonly handle: FileHandle;
  readonly path: string;
  readonly source: WordSource;
}

async function openOrThrow(path: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (error) {
    throw _unreadable(path, error);
  }
}

/**
 * Open the named word file, or the system's list, or (only when no path was named and the
 * system's list does not exist) the list shipped by the npm package `word-list`.
 */
export async function _openWordFile(
  path?: string,
  systemPath: string = _SYSTEM_WORDS,
): Promise<_OpenedWordFile> {
  if (path !== undefined) return { handle: await openOrThrow(path), path, source: "given" };
  try {
    return { handle: await open(systemPath, "r"), path: systemPath, source: "system" };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw _unreadable(systemPath, error);
  }
  const { default: wordListPath } = await import("word-list");
  return { handle: await openOrThrow(wordListPath), path: wordListPath, source: "word-list" };
}
