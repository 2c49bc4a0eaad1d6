import type { BookReport } from "./book_report.ts";
import { formatPythonPrecision } from "./format_python_precision.ts";
import { ShardingError } from "./sharding_error.ts";

/**
 * Render a {@linkcode BookReport} byte for byte as the book's `hashing.py` prints it: each
 * function's name, one `   serverN count fraction` line per server with the fraction formatted
 * as Python's `'{:.2}'`, and an empty line after each section.
 *
 * @throws {ShardingError} `E_NO_WORDS` if the report counted no words.
 *
 * @example
 * ```ts
 * import { bookReport, formatBookReport } from "@ch8/sharding";
 *
 * formatBookReport(bookReport(["apple", "mango", "peach", "zucchini"])).split("\n").slice(0, 6);
 * //=> ["alpha", "   server0 1 0.25", "   server1 1 0.25", "   server2 1 0.25", "   server3 1 0.25", ""]
 * ```
 */
export function formatBookReport(report: BookReport): string {
  if (report.total === 0) {
    throw new ShardingError("E_NO_WORDS", "no words to report on: the word list is empty");
  }
  let out = "";
  for (const section of report.sections) {
    out += `${section.name}\n`;
    section.counts.forEach((count, server) => {
      out += `   server${server} ${count} ${formatPythonPrecision(count / report.total, 2)}\n`;
    });
    out += "\n";
  }
  return out;
}
