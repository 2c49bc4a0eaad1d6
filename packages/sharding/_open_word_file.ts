import { type FileHandle, open } from "node:fs/promises";
import { ShardingError } from "./sharding_error.ts";

/** Where the words came from: a path the caller named, the system's list, or the npm fallback. */
export type WordSource = "given" | "system" | "word-list";

/** The word list the book reads. */
export const _SYSTEM_WORDS = "/usr/share/dict/words";

/** What the CLI prints on stderr when it falls back to the npm package's list. */
export const _WORD_LIST_NOTICE = "using the word list of the npm package word-list";

export interface _OpenedWordFile {
  readonly handle: FileHandle;
  readonly path: string;
  readonly source: WordSource;
}

/** One line naming the path and the reason, for E_WORDS_UNREADABLE. */
export function _unreadable(path: string, cause: unknown): ShardingError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "it is a directory",
    ENOTDIR: "a part of the path is not a directory",
    ERR_ENCODING_INVALID_ENCODED_DATA: "it is not valid UTF-8",
  };
  const reason =
    (code !== undefined ? reasons[code] : undefined) ??
    (cause instanceof Error ? cause.message.split("\n")[0] : String(cause));
  return new ShardingError("E_WORDS_UNREADABLE", `cannot read word file ${path}: ${reason}`, {
    cause,
  });
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
