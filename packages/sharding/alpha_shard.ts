import type { BookServer } from "./book_server.ts";

/**
 * The book's `alpha_shard`: place a word by its first character, compared by Unicode code point
 * as Python compares strings (so an astral character counts as one code point, not two UTF-16
 * units): before `"g"` is server0, before `"n"` server1, before `"t"` server2, the rest server3.
 * Upper-case letters sort before all lower-case ones, which is why the book lower-cases first.
 *
 * @throws {RangeError} If `word` is empty (Python's `word[0]` would raise `IndexError`).
 *
 * @example
 * ```ts
 * import { alphaShard } from "@ch8/sharding";
 *
 * alphaShard("apple"); //=> "server0"
 * alphaShard("mango"); //=> "server1"
 * alphaShard("peach"); //=> "server2"
 * alphaShard("zucchini"); //=> "server3"
 * alphaShard("Zucchini"); //=> "server0"
 * ```
 */
export function alphaShard(word: string): BookServer {
  // Every boundary is ASCII, and a UTF-16 unit ≥ "t" stands for a code point ≥ "t" whether or
  // not it starts a surrogate pair, so the first unit decides exactly as the first code point.
  const first = word.charCodeAt(0);
  if (Number.isNaN(first)) throw new RangeError('alphaShard() needs a non-empty word, got ""');
  if (first < 0x67) return "server0";
  if (first < 0x6e) return "server1";
  if (first < 0x74) return "server2";
  return "server3";
}
