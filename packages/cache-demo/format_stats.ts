import { formatFixed } from "./_format_fixed.ts";
import type { SquaresReport } from "./measure_squares.ts";

/**
 * A {@linkcode SquaresReport} as a plain-text table: one row per run (time, hits, misses, hit
 * ratio next to the expected one, p50/p99 latency, requests per second, failovers), then one
 * row per server with the items it holds.
 *
 * @example
 * ```ts
 * import { formatStats } from "@ch8/cache-demo";
 *
 * const text = formatStats({
 *   runs: [{ run: 0, seconds: 2.5, requests: 2000, hits: 350, misses: 1650, hitRatio: 0.175,
 *     expectedHitRatio: 0.1757, p50Ms: 1.2, p99Ms: 1.6, requestsPerSecond: 800, failovers: 0 }],
 *   requests: 2000, keySpace: 5001, concurrency: 1, failovers: 0,
 *   servers: [{ server: "127.0.0.1:11211", items: 1650, failures: 0 }],
 * });
 * const lines = text.split("\n");
 * lines[0]; //=> "run  seconds   hits  misses    hit%  expected%   p50 ms   p99 ms    req/s  failovers"
 * lines[1]; //=> "  1     2.50    350    1650   17.5%      17.6%     1.20     1.60      800          0"
 * lines[3]; //=> "server              items  failures"
 * lines[4]; //=> "127.0.0.1:11211      1650         0"
 * lines[6]; //=> "2000 requests per run over 5001 keys, concurrency 1, 0 failovers"
 * ```
 */
export function formatStats(report: SquaresReport): string {
  const lines = [
    `${"run".padEnd(3)}${col("seconds", 9)}${col("hits", 7)}${col("misses", 8)}${col("hit%", 8)}${col("expected%", 11)}${col("p50 ms", 9)}${col("p99 ms", 9)}${col("req/s", 9)}${col("failovers", 11)}`,
  ];
  for (const run of report.runs) {
    lines.push(
      `${String(run.run + 1).padStart(3)}${col(formatFixed(run.seconds, 2), 9)}${col(run.hits, 7)}${col(run.misses, 8)}${col(percent(run.hitRatio), 8)}${col(percent(run.expectedHitRatio), 11)}${col(formatFixed(run.p50Ms, 2), 9)}${col(formatFixed(run.p99Ms, 2), 9)}${col(formatFixed(run.requestsPerSecond, 0), 9)}${col(run.failovers, 11)}`,
    );
  }
  if (report.servers.length > 0) {
    const width = Math.max(18, ...report.servers.map((server) => server.server.length));
    lines.push("", `${"server".padEnd(width)}${col("items", 7)}${col("failures", 10)}`);
    for (const server of report.servers) {
      lines.push(
        `${server.server.padEnd(width)}${col(server.items ?? "-", 7)}${col(server.failures, 10)}`,
      );
    }
  }
  lines.push(
    "",
    `${report.requests} requests per run over ${report.keySpace} keys, concurrency ${report.concurrency}, ${report.failovers} ${report.failovers === 1 ? "failover" : "failovers"}`,
  );
  return `${lines.join("\n")}\n`;
}

function col(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function percent(ratio: number): string {
  return `${formatFixed(ratio * 100, 1)}%`;
}
