/**
 * Divide keys among servers. Phase 1 is the book's `hashing.py` (chapter 8 of *Foundations of
 * Python Network Programming*), exact: its `alpha`, `hash` and `md5` shard functions, Python's
 * `str.split()`, `str.lower()` and `'{:.2}'` formatting, and a report printed byte for byte as
 * the book prints it.
 *
 * @example
 * ```ts
 * import { bookReport, formatBookReport, readWordFile } from "@ch8/sharding";
 *
 * const { words } = await readWordFile();
 * console.log(formatBookReport(bookReport(words)));
 * ```
 *
 * @module
 */

export { alphaShard } from "./alpha_shard.ts";
export {
  type BookAlgorithm,
  type BookReport,
  type BookReportOptions,
  type BookReportSection,
  bookReport,
} from "./book_report.ts";
export type { BookServer } from "./book_server.ts";
export { formatBookReport } from "./format_book_report.ts";
export { formatPythonPrecision } from "./format_python_precision.ts";
export { hashShard } from "./hash_shard.ts";
export { md5Shard } from "./md5_shard.ts";
export { murmur3 } from "./murmur3.ts";
export { PYTHON_LOWER_UNICODE_VERSION, pythonLower } from "./python_lower.ts";
export { pythonSplit } from "./python_split.ts";
export { readWordFile, type WordFile, type WordSource } from "./read_word_file.ts";
export { ShardingError, type ShardingErrorCode } from "./sharding_error.ts";
