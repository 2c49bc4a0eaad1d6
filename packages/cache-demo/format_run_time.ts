import { formatFixed } from "./_format_fixed.ts";

/**
 * One run's time as squares.py prints it, `' {:.2f}s'`: a leading space, two decimals rounded
 * exactly as Python rounds (ties to even on the binary value, unlike `toFixed`).
 *
 * @example
 * ```ts
 * import { formatRunTime } from "@ch8/cache-demo";
 *
 * formatRunTime(3.0149); //=> " 3.01s"
 * formatRunTime(0.125); //=> " 0.12s"
 * formatRunTime(0.375); //=> " 0.38s"
 * ```
 */
export function formatRunTime(seconds: number): string {
  return ` ${formatFixed(seconds, 2)}s`;
}
