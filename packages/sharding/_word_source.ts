import { ShardingError } from "./sharding_error.ts";

// Kept apart from _open_word_file.ts so that code reading a word file synchronously does not
// load node:fs/promises, which brings some twenty stream modules with it.

/** Where the words came from: a path the caller named, the system's list, or the npm fallback. */
export type WordSource = "given" | "system" | "word-list";

/** The word list the book reads. */
export const _SYSTEM_WORDS = "/usr/share/dict/words";

/** What the CLI prints on stderr when it falls back to the npm package's list. */
export const _WORD_LIST_NOTICE = "using the word list of the npm package word-list";

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
