import { _BookTally } from "./_book_tally.ts";
import { ShardingError } from "./sharding_error.ts";

/**
 * One of the book's three shard functions, named as its report prints them.
 *
 * @example
 * ```ts
 * import { bookReport } from "@ch8/sharding";
 *
 * bookReport(["apple"]).sections.map((section) => section.name); //=> ["alpha", "hash", "md5"]
 * ```
 */
export type BookAlgorithm = "alpha" | "hash" | "md5";

/**
 * The counts one shard function gave the four servers.
 *
 * @example
 * ```ts
 * import { bookReport } from "@ch8/sharding";
 *
 * bookReport(["apple", "zebra"]).sections[0]; //=> { name: "alpha", counts: [1, 0, 0, 1] }
 * ```
 */
export interface BookReportSection {
  /** The function's name without `_shard`, as the book prints it. */
  readonly name: BookAlgorithm;
  /** How many words went to server0, server1, server2 and server3, in that order. */
  readonly counts: readonly [number, number, number, number];
}

/**
 * What the book's `hashing.py` computes before it prints.
 *
 * @example
 * ```ts
 * import { bookReport } from "@ch8/sharding";
 *
 * bookReport(["apple", "zebra"]).total; //=> 2
 * ```
 */
export interface BookReport {
  /** How many words were placed (the book's `len(words)`). */
  readonly total: number;
  /** alpha, hash and md5, in the book's order. */
  readonly sections: readonly BookReportSection[];
}

/**
 * Options of {@linkcode bookReport}.
 *
 * @example
 * ```ts
 * import { bookReport } from "@ch8/sharding";
 *
 * bookReport(["apple"], { seed: 1 }).sections[1]; //=> { name: "hash", counts: [0, 0, 0, 1] }
 * ```
 */
export interface BookReportOptions {
  /**
   * Seed of the MurmurHash3 behind the `hash` section (the book's `hash()` is salted per process).
   * @default {0}
   */
  readonly seed?: number;
}

/**
 * Count how the book's `alpha`, `hash` and `md5` shard functions divide words among four
 * servers, lower-casing each word first with Python's rules, as the book's `hashing.py` does.
 *
 * @throws {ShardingError} `E_NO_WORDS` if `words` is empty (the book would divide by zero).
 *
 * @example
 * ```ts
 * import { bookReport } from "@ch8/sharding";
 *
 * const report = bookReport(["Apple", "mango", "peach", "zucchini"]);
 * report.total; //=> 4
 * report.sections[0]; //=> { name: "alpha", counts: [1, 1, 1, 1] }
 * report.sections[2]; //=> { name: "md5", counts: [1, 1, 1, 1] }
 * ```
 */
export function bookReport(words: Iterable<string>, options: BookReportOptions = {}): BookReport {
  const tally = new _BookTally(options.seed ?? 0);
  for (const word of words) tally.addString(word);
  if (tally.total === 0) {
    throw new ShardingError("E_NO_WORDS", "no words to place: the word list is empty");
  }
  return tally.report();
}
