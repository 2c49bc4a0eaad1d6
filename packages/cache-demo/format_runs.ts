import { formatRunTime } from "./format_run_time.ts";
import { formatRunsHeading } from "./format_runs_heading.ts";

/**
 * The whole output of squares.py for these run times: the heading, then every run on one line.
 *
 * @example
 * ```ts
 * import { formatRuns } from "@ch8/cache-demo";
 *
 * formatRuns([3.01, 2.14, 1.61, 1.16, 0.9, 0.7, 0.57, 0.5, 0.43, 0.37]);
 * //=> "Ten successive runs:\n 3.01s 2.14s 1.61s 1.16s 0.90s 0.70s 0.57s 0.50s 0.43s 0.37s\n"
 * ```
 */
export function formatRuns(seconds: readonly number[]): string {
  return `${formatRunsHeading(seconds.length)}${seconds.map(formatRunTime).join("")}\n`;
}
