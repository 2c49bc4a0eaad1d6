import {
  _openWordFile,
  _unreadable,
  _WORD_LIST_NOTICE,
  type WordSource,
} from "./_open_word_file.ts";
import { pythonSplit } from "./python_split.ts";

export type { WordSource } from "./_open_word_file.ts";

/**
 * A word file read whole, split as the book splits it.
 *
 * @example
 * ```ts
 * import { readWordFile } from "@ch8/sharding";
 *
 * const { source, words } = await readWordFile();
 * ["system", "word-list"].includes(source); //=> true
 * words.length > 1000; //=> true
 * ```
 */
export interface WordFile {
  /** The file that was read. */
  readonly path: string;
  /** `"given"` (the path argument), `"system"` (/usr/share/dict/words) or `"word-list"`. */
  readonly source: WordSource;
  /** A line for stderr when the words did not come from where the user would expect, if any. */
  readonly notice?: string;
  /** The file decoded as UTF-8 (a byte-order mark is kept, as Python's `open()` keeps it). */
  readonly text: string;
  /** `text` split on whitespace as Python's `str.split()`. */
  readonly words: string[];
}

/**
 * Read a word file whole as the book's `open(path).read().split()` does. With no path, reads
 * `/usr/share/dict/words` and, if that does not exist, the list shipped with the npm package
 * `word-list`, saying so in `notice`. For files too big to hold in memory, stream them with
 * `streamWords()` instead.
 *
 * @param path The file to read. Default: `/usr/share/dict/words`, falling back as above.
 * @throws {ShardingError} `E_WORDS_UNREADABLE` with the path and the reason, if the file cannot
 * be opened or read, or is not valid UTF-8.
 *
 * @example
 * ```ts
 * import { readWordFile } from "@ch8/sharding";
 *
 * const file = await readWordFile();
 * file.source; // "system", or "word-list" where /usr/share/dict/words is missing
 * file.words.length > 1000; //=> true
 * ```
 */
export async function readWordFile(path?: string): Promise<WordFile> {
  const opened = await _openWordFile(path);
  let text: string;
  try {
    const bytes = await opened.handle.readFile();
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw _unreadable(opened.path, error);
  } finally {
    await opened.handle.close();
  }
  return {
    path: opened.path,
    source: opened.source,
    ...(opened.source === "word-list" ? { notice: _WORD_LIST_NOTICE } : {}),
    text,
    words: pythonSplit(text),
  };
}
