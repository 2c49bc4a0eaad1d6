import { isUtf8 } from "node:buffer";
import { _addUtf8Words, _BookTally } from "./_book_tally.ts";
import { _readWordBytes } from "./_read_word_bytes.ts";
import { _unreadable, _WORD_LIST_NOTICE, type WordSource } from "./_word_source.ts";
import type { BookReport, BookReportOptions } from "./book_report.ts";
import { ShardingError } from "./sharding_error.ts";

/**
 * A {@linkcode BookReport} and the word file it was counted from.
 *
 * @example
 * ```ts
 * import { bookReportFromFile } from "@ch8/sharding";
 *
 * const { report, source } = await bookReportFromFile();
 * ["system", "word-list"].includes(source); //=> true
 * report.sections.map((section) => section.name); //=> ["alpha", "hash", "md5"]
 * ```
 */
export interface BookReportFile {
  /** The file that was read. */
  readonly path: string;
  /** `"given"` (the path argument), `"system"` (/usr/share/dict/words) or `"word-list"`. */
  readonly source: WordSource;
  /** A line for stderr when the words did not come from where the user would expect, if any. */
  readonly notice?: string;
  /** The counts, as `bookReport(readWordFile(path).words, options)` gives them. */
  readonly report: BookReport;
}

/**
 * The book's `hashing.py` from file to counts in one pass: the same report as
 * `bookReport((await readWordFile(path)).words, options)`, but words are split and lower-cased
 * straight from the file's bytes and no string is made for an ASCII word, so it takes a
 * fraction of the time. Words with other characters go through `pythonSplit`'s whitespace and
 * `pythonLower`, exactly as before.
 *
 * @param path The file to read. Default: `/usr/share/dict/words`, falling back as
 * `readWordFile` does (with `notice` set).
 * @throws {ShardingError} `E_WORDS_UNREADABLE` with the path and the reason, if the file cannot
 * be opened or read, or is not valid UTF-8; `E_NO_WORDS` if it holds no words.
 *
 * @example
 * ```ts
 * import { bookReportFromFile, formatBookReport } from "@ch8/sharding";
 *
 * const { report } = await bookReportFromFile("/usr/share/dict/words", { seed: 0 });
 * formatBookReport(report).startsWith("alpha\n   server0 "); //=> true
 * ```
 */
export async function bookReportFromFile(
  path?: string,
  options: BookReportOptions = {},
): Promise<BookReportFile> {
  const tally = new _BookTally(options.seed ?? 0);
  const read = await _readWordBytes(path);
  const bytes = read.bytes;
  let text: string | undefined;
  // isUtf8 checks without decoding; only a file it rejects pays for TextDecoder, whose error
  // names the problem (and which would, were they ever to disagree, still decide).
  if (!isUtf8(bytes)) {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch (error) {
      throw _unreadable(read.path, error);
    }
  }
  _addUtf8Words(tally, text === undefined ? bytes : new TextEncoder().encode(text));
  if (tally.total === 0) {
    throw new ShardingError("E_NO_WORDS", `no words to place: ${read.path} holds no words`);
  }
  return {
    path: read.path,
    source: read.source,
    ...(read.source === "word-list" ? { notice: _WORD_LIST_NOTICE } : {}),
    report: tally.report(),
  };
}
