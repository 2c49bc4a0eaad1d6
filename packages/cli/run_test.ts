import { describe, expect, it } from "vitest";
import { testIo } from "./_test_io.ts";
import { run } from "./run.ts";

describe("run()", () => {
  it("prints the version of @ch8/cli", async () => {
    const t = testIo();
    expect(await run(["--version"], t.io)).toBe(0);
    expect(t.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("prints help for the program and for each command", async () => {
    for (const args of [
      ["--help"],
      ["shard", "--help"],
      ["cache", "-h"],
      ["pi", "--help"],
      ["help", "pi"],
    ]) {
      const t = testIo();
      expect(await run(args, t.io)).toBe(0);
      expect(t.stdout).toMatch(/^Usage: ch8/);
      expect(t.stderr).toBe("");
    }
  });

  it("answers an unknown command with one line plus usage and status 2", async () => {
    const t = testIo();
    expect(await run(["shrad"], t.io)).toBe(2);
    const [first, second, third] = t.stderr.split("\n");
    expect(first).toBe("ch8: unknown command 'shrad'");
    expect(second).toBe("");
    expect(third).toMatch(/^Usage: ch8/);
    expect(t.stdout).toBe("");
  });

  it("answers an unknown flag of a command with status 2 and that command's usage", async () => {
    const t = testIo();
    expect(await run(["cache", "--rusn", "3"], t.io)).toBe(2);
    expect(t.stderr).toMatch(/^ch8: Unknown option '--rusn'.*\n\nUsage: ch8 cache/);
  });

  it("rejects a bad number with a line naming the flag and the value", async () => {
    for (const [args, message] of [
      [["cache", "--runs", "0"], "ch8: --runs must be an integer from 1 to 1000, got '0'"],
      [["cache", "--requests", "ten"], "ch8: --requests must be an integer >= 1, got 'ten'"],
      [["cache", "--delay-ms=-1"], "ch8: --delay-ms must be a number >= 0 and <= 60000, got '-1'"],
      [["cache", "--max", "-5"], "ch8: --max must be an integer from 0 to 2147483648, got '-5'"],
      [
        ["pi", "--rate", "0"],
        "ch8: --rate must be a positive number of points per second or max, got '0'",
      ],
      [["shard", "locate", "--servers", "a:1", ""], "ch8: a key cannot be empty"],
      [
        ["cache", "--delay-ms", "99999999999"],
        "ch8: --delay-ms must be a number >= 0 and <= 60000, got '99999999999'",
      ],
      [["pi", "--seconds", "0"], "ch8: --seconds must be a number > 0 and <= 2147483, got '0'"],
      [
        ["pi", "--pubsub", "http://x"],
        "ch8: bad endpoint 'http://x': expected tcp://HOST:PORT, ipc://PATH or inproc://NAME",
      ],
      [["shard", "--words="], "ch8: --words needs a file name"],
      [
        ["pi", "--seconds", "soon"],
        "ch8: --seconds must be a number > 0 and <= 2147483, got 'soon'",
      ],
      [
        ["shard", "--seed", "1.5"],
        "ch8: --seed must be an integer from 0 to 4294967295, got '1.5'",
      ],
    ] as const) {
      const t = testIo();
      expect(await run(args, t.io)).toBe(2);
      expect(t.stderr.split("\n")[0]).toBe(message);
    }
  });

  it("rejects an unknown pi role with the list of roles", async () => {
    const t = testIo();
    expect(await run(["pi", "role", "oracle"], t.io)).toBe(2);
    expect(t.stderr.split("\n")[0]).toBe(
      "ch8: unknown role 'oracle': expected one of bitsource, always_yes, judge, pythagoras, tally",
    );
    const u = testIo();
    expect(await run(["pi", "role"], u.io)).toBe(2);
    expect(u.stderr.split("\n")[0]).toMatch(/^ch8: pi role needs a NAME/);
  });
});

describe("run() called through pnpm start --", () => {
  it("ignores a leading -- as pnpm passes it", async () => {
    const t = testIo();
    expect(await run(["--", "--version"], t.io)).toBe(0);
    expect(t.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
