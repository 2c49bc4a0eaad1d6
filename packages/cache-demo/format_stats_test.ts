import { describe, expect, it } from "vitest";
import { formatStats } from "./format_stats.ts";
import type { SquaresReport } from "./measure_squares.ts";

const REPORT: SquaresReport = {
  runs: [
    {
      run: 0,
      seconds: 2.5,
      requests: 2000,
      hits: 350,
      misses: 1650,
      hitRatio: 0.175,
      expectedHitRatio: 0.1757,
      p50Ms: 1.2,
      p99Ms: 1.6,
      requestsPerSecond: 800,
      failovers: 0,
    },
    {
      run: 1,
      seconds: 0.125,
      requests: 2000,
      hits: 1990,
      misses: 10,
      hitRatio: 0.995,
      expectedHitRatio: 0.99,
      p50Ms: 0.05,
      p99Ms: 0.5,
      requestsPerSecond: 16000,
      failovers: 12,
    },
  ],
  requests: 2000,
  keySpace: 5001,
  concurrency: 4,
  failovers: 12,
  servers: [
    { server: "127.0.0.1:20001", items: 1000, failures: 0 },
    { server: "127.0.0.1:20002", items: null, failures: 3 },
  ],
};

describe("formatStats()", () => {
  it("renders runs, then servers, then a summary", () => {
    expect(formatStats(REPORT)).toBe(
      [
        "run  seconds   hits  misses    hit%  expected%   p50 ms   p99 ms    req/s  failovers",
        "  1     2.50    350    1650   17.5%      17.6%     1.20     1.60      800          0",
        "  2     0.12   1990      10   99.5%      99.0%     0.05     0.50    16000         12",
        "",
        "server              items  failures",
        "127.0.0.1:20001      1000         0",
        "127.0.0.1:20002         -         3",
        "",
        "2000 requests per run over 5001 keys, concurrency 4, 12 failovers",
        "",
      ].join("\n"),
    );
  });

  it("leaves the server table out when there are no servers", () => {
    expect(formatStats({ ...REPORT, runs: [], servers: [], failovers: 1 })).toBe(
      "run  seconds   hits  misses    hit%  expected%   p50 ms   p99 ms    req/s  failovers\n\n2000 requests per run over 5001 keys, concurrency 4, 1 failover\n",
    );
  });
});
