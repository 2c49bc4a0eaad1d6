/**
 * The book's `hashing.py` alone: the report of chapter 8's `alpha`, `hash` and `md5` shard
 * functions, from word file to printed text. The same functions the package root exports, but
 * this entry loads only the modules they need (not the placement and analysis library, nor
 * `readWordFile`), so a command that prints the report starts faster.
 *
 * @example
 * ```ts
 * import { bookReportFromFile, formatBookReport } from "@ch8/sharding/book";
 *
 * const { report } = await bookReportFromFile();
 * formatBookReport(report).split("\n")[0]; //=> "alpha"
 * ```
 *
 * @module
 */

export type { WordSource } from "./_word_source.ts";
export {
  type BookAlgorithm,
  type BookReport,
  type BookReportOptions,
  type BookReportSection,
  bookReport,
} from "./book_report.ts";
export { type BookReportFile, bookReportFromFile } from "./book_report_from_file.ts";
export type { BookServer } from "./book_server.ts";
export { formatBookReport } from "./format_book_report.ts";
export { ShardingError, type ShardingErrorCode } from "./sharding_error.ts";
