const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/**
 * Horizontal bars, one line per row, scaled so the largest value fills `width` columns, in
 * eighths of a column: `label  █████▍ 0.251`.
 */
export function barChart(
  rows: readonly { label: string; value: number; text: string }[],
  width = 40,
): string {
  const max = Math.max(...rows.map((row) => row.value), Number.MIN_VALUE);
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  return rows
    .map((row) => {
      const eighths = Math.round((row.value / max) * width * 8);
      const bar = "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
      return `   ${row.label.padEnd(labelWidth)} ${bar.padEnd(width)} ${row.text}\n`;
    })
    .join("");
}
