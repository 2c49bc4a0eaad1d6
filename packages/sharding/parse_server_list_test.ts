import { describe, expect, it } from "vitest";
import { parseServerList, parseServerSpec } from "./parse_server_list.ts";
import type { ShardingError } from "./sharding_error.ts";

function failure(run: () => unknown): ShardingError {
  try {
    run();
  } catch (error) {
    return error as ShardingError;
  }
  throw new Error("expected a throw");
}

describe("parseServerList()", () => {
  it("reads host[:port[:weight]] with pylibmc's defaults", () => {
    expect(parseServerList("a:1,b:2:3")).toEqual([
      { name: "a:1", host: "a", port: 1, weight: 1 },
      { name: "b:2", host: "b", port: 2, weight: 3 },
    ]);
    expect(parseServerList(" cache1 , cache2:11212 ,")).toEqual([
      { name: "cache1", host: "cache1", port: 11211, weight: 1 },
      { name: "cache2:11212", host: "cache2", port: 11212, weight: 1 },
    ]);
  });

  it("reads bracketed IPv6 addresses", () => {
    expect(parseServerSpec("[::1]:22122:3")).toEqual({
      name: "[::1]:22122",
      host: "::1",
      port: 22122,
      weight: 3,
    });
    expect(parseServerSpec("[::1]")).toEqual({
      name: "[::1]",
      host: "::1",
      port: 11211,
      weight: 1,
    });
  });

  it("rejects bad servers with E_BAD_SERVER_LIST and says why", () => {
    const cases: [string, RegExp][] = [
      ["", /no servers/],
      ["a:x", /port must be a whole number, got "x"/],
      ["a:0", /port must be 1\.\.65535, got 0/],
      ["a:70000", /port must be 1\.\.65535/],
      ["a:1:0", /weight must be 1\.\./],
      ["a:1:2:3", /expected host\[:port\[:weight\]\]/],
      [":11211", /the host is empty/],
      ["[::1", /missing \]/],
      ["a:1,a:1:2", /listed twice/],
    ];
    for (const [list, message] of cases) {
      const error = failure(() => parseServerList(list));
      expect(error.code, list).toBe("E_BAD_SERVER_LIST");
      expect(error.message, list).toMatch(message);
    }
  });
});
