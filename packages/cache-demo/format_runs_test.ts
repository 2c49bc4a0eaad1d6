import { describe, expect, it } from "vitest";
import { formatRunTime } from "./format_run_time.ts";
import { formatRuns } from "./format_runs.ts";
import { formatRunsHeading } from "./format_runs_heading.ts";

describe("formatRuns()", () => {
  it("reproduces the book's output for the book's times", () => {
    expect(formatRuns([3.01, 2.14, 1.61, 1.16, 0.9, 0.7, 0.57, 0.5, 0.43, 0.37])).toBe(
      "Ten successive runs:\n 3.01s 2.14s 1.61s 1.16s 0.90s 0.70s 0.57s 0.50s 0.43s 0.37s\n",
    );
  });

  it("names other run counts in words up to twenty, digits beyond", () => {
    expect(formatRuns([1.5, 0.25, 0.125])).toBe("Three successive runs:\n 1.50s 0.25s 0.12s\n");
    expect(formatRunsHeading(20)).toBe("Twenty successive runs:\n");
    expect(formatRunsHeading(21)).toBe("21 successive runs:\n");
    expect(formatRunsHeading(1)).toBe("One successive run:\n");
    expect(formatRunsHeading(0)).toBe("0 successive runs:\n");
  });

  it("formatRunTime() rounds like Python's ' {:.2f}s'", () => {
    expect(formatRunTime(0.375)).toBe(" 0.38s");
    expect(formatRunTime(0.625)).toBe(" 0.62s");
    expect(formatRunTime(12.345678)).toBe(" 12.35s");
  });
});
