import type { MovementReport } from "./analyze_movement.ts";

/**
 * Render movement reports as a plain-text table: algorithm, keys moved, the fraction moved and
 * the ideal fraction, with a header naming the change.
 *
 * @example
 * ```ts
 * import { formatMovementTable } from "@ch8/sharding";
 *
 * const table = formatMovementTable([
 *   { algorithm: "jump", from: 4, to: 5, total: 1000, moved: 201, fraction: 0.201, ideal: 0.2 },
 * ]);
 * table.split("\n")[0]; //=> "4 -> 5 servers, 1000 keys"
 * table.split("\n")[2]; //=> "jump          201    0.2010  0.2000"
 * ```
 */
export function formatMovementTable(reports: readonly MovementReport[]): string {
  const first = reports[0];
  if (first === undefined) return "";
  let out = `${first.from} -> ${first.to} servers, ${first.total} keys\n`;
  const movedWidth = Math.max(5, ...reports.map((r) => String(r.moved).length));
  out += `algorithm   ${"moved".padStart(movedWidth)}  fraction  ideal\n`;
  for (const r of reports) {
    out += `${r.algorithm.padEnd(10)}  ${String(r.moved).padStart(movedWidth)}    ${r.fraction.toFixed(4)}  ${r.ideal.toFixed(4)}\n`;
  }
  return out;
}
