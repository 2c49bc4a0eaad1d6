import { describe, expect, it } from "vitest";
import { alphaShard } from "./alpha_shard.ts";

describe("alphaShard()", () => {
  it("splits the alphabet at g, n and t like the book", () => {
    const servers = [..."abcdefghijklmnopqrstuvwxyz"].map((letter) => alphaShard(letter));
    expect(servers.join(" ")).toBe(
      `${"server0 ".repeat(6)}${"server1 ".repeat(7)}${"server2 ".repeat(6)}${"server3 ".repeat(7)}`.trim(),
    );
  });

  it("compares the first code point, as Python compares strings", () => {
    expect(alphaShard("Zebra")).toBe("server0");
    expect(alphaShard("0day")).toBe("server0");
    expect(alphaShard("{")).toBe("server3");
    expect(alphaShard("é")).toBe("server3");
    expect(alphaShard("😀")).toBe("server3");
    expect(alphaShard("\ufeffapple")).toBe("server3");
    expect(alphaShard("\udc00")).toBe("server3");
  });

  it("throws a RangeError for an empty word", () => {
    expect(() => alphaShard("")).toThrow(RangeError);
  });
});
