import { describe, expect, it } from "vitest";
import { resolveServers } from "./resolve_servers.ts";

describe("resolveServers()", () => {
  it("prefers --servers over MEMCACHE_SERVERS over the loopback default", () => {
    const env = { MEMCACHE_SERVERS: "env:1" };
    expect(resolveServers({ servers: "opt:2", env })).toEqual({
      servers: "opt:2",
      explicit: true,
      from: "option",
    });
    expect(resolveServers({ env })).toEqual({ servers: "env:1", explicit: true, from: "env" });
    expect(resolveServers({ env: {} })).toEqual({
      servers: "127.0.0.1:11211",
      explicit: false,
      from: "default",
    });
  });

  it("treats empty values as not given and honours a different default", () => {
    expect(
      resolveServers({ servers: " ", env: { MEMCACHE_SERVERS: "" }, defaultServers: "x:9" }),
    ).toEqual({ servers: "x:9", explicit: false, from: "default" });
  });
});
