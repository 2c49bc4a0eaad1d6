import type { DistributionReport } from "./analyze_distribution.ts";

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

function formatP(p: number): string {
  if (p === 0) return "0 (below 1e-300)";
  return p < 0.0001 ? p.toExponential(1) : p.toFixed(4);
}

/**
 * Render distribution reports as plain text, one block per algorithm: a line per server with its
 * count, its fraction and the fraction it should have, then the summary statistics.
 *
 * @example
 * ```ts
 * import { analyzeDistribution, formatDistribution, moduloPlacement } from "@ch8/sharding";
 *
 * const report = await analyzeDistribution(moduloPlacement(["a", "b"]), ["x", "y", "z", "w"]);
 * formatDistribution([report]).split("\n")[0]; //=> "modulo: 4 keys on 2 servers"
 * ```
 */
export function formatDistribution(reports: readonly DistributionReport[]): string {
  let out = "";
  for (const report of reports) {
    out += `${report.algorithm}: ${report.total} keys on ${report.servers.length} servers\n`;
    const width = Math.max(...report.servers.map((name) => name.length));
    const countWidth = String(Math.max(...report.counts)).length;
    report.servers.forEach((name, i) => {
      const count = String(report.counts[i]).padStart(countWidth);
      const fraction = report.fractions[i]!.toFixed(4);
      const expected = report.expectedFractions[i]!.toFixed(4);
      out += `   ${pad(name, width)} ${count} ${fraction} (expected ${expected})\n`;
    });
    out +=
      `   max/mean ${report.maxOverMean.toFixed(3)}` +
      `  cv ${report.coefficientOfVariation.toFixed(4)}` +
      `  chi-square ${report.chiSquare.toFixed(2)} (${report.degreesOfFreedom} df)` +
      `  p ${formatP(report.pValue)}\n\n`;
  }
  return out;
}
