const BARS = "▁▂▃▄▅▆▇█";

/**
 * A one-line chart of `values` with block characters, lowest value `▁`, highest `█` (all `▄`
 * when they are equal), for run times on a terminal.
 *
 * @example
 * ```ts
 * import { sparkline } from "@ch8/cache-demo";
 *
 * sparkline([3.01, 2.14, 1.61, 1.16, 0.9, 0.7, 0.57, 0.5, 0.43, 0.37]); //=> "█▆▄▃▂▂▂▁▁▁"
 * sparkline([1, 1]); //=> "▄▄"
 * sparkline([]); //=> ""
 * ```
 */
export function sparkline(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return values.map(() => " ").join("");
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return values
    .map((value) => {
      if (!Number.isFinite(value)) return " ";
      if (high === low) return BARS[3];
      const level = Math.round(((value - low) / (high - low)) * (BARS.length - 1));
      return BARS[level];
    })
    .join("");
}
