import { numberWord } from "./_number_word.ts";

/**
 * The line squares.py prints before its runs, newline included: the run count as a word for
 * 1..20 (digits otherwise).
 *
 * @example
 * ```ts
 * import { formatRunsHeading } from "@ch8/cache-demo";
 *
 * formatRunsHeading(10); //=> "Ten successive runs:\n"
 * formatRunsHeading(3); //=> "Three successive runs:\n"
 * formatRunsHeading(1); //=> "One successive run:\n"
 * formatRunsHeading(25); //=> "25 successive runs:\n"
 * ```
 */
export function formatRunsHeading(runs: number): string {
  return `${numberWord(runs)} successive ${runs === 1 ? "run" : "runs"}:\n`;
}
