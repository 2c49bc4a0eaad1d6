import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startMemcached, type TestMemcached } from "./_test_memcached.ts";
import { runPython } from "./_test_python.ts";
import { ketamaPlacement } from "./ketama_placement.ts";

interface Vectors {
  pylibmc: string;
  libmemcached: string;
  cases: { servers: string[]; placement: Record<string, string> }[];
}

const vectors = JSON.parse(
  readFileSync(new URL("./testdata/pylibmc_ketama_vectors.json", import.meta.url), "utf8"),
) as Vectors;

/** The vectors name servers host:port as libmemcached's errors print them. */
function hostPort(spec: string): string {
  const [host, port = "11211"] = spec.split(":");
  return `${host}:${port}`;
}

describe("ketamaPlacement()", () => {
  it("puts every key where pylibmc (libmemcached 1.0.18, ketama_weighted) does", () => {
    expect(vectors.libmemcached).toBe("1.0.18");
    expect(vectors.cases).toHaveLength(7);
    for (const { servers, placement } of vectors.cases) {
      const ring = ketamaPlacement(servers);
      const wrong = Object.entries(placement).filter(
        ([key, server]) => hostPort(ring.locate(key)) !== server,
      );
      expect(wrong, servers.join(",")).toEqual([]);
      expect(Object.keys(placement).length).toBe(295);
    }
  });

  it("names a server on the ring without its port when the port is 11211", () => {
    // Same hosts, default port spelled out or not: the ring is identical.
    const implicit = ketamaPlacement(["127.0.0.2", "127.0.0.3"]);
    const explicit = ketamaPlacement(["127.0.0.2:11211", "127.0.0.3:11211"]);
    expect(Array.from(implicit.points)).toEqual(Array.from(explicit.points));
    // Another port changes every point.
    const other = ketamaPlacement(["127.0.0.2:11212", "127.0.0.3:11212"]);
    expect(other.points[0]).not.toBe(explicit.points[0]);
  });

  it("gives 160 points per server unweighted and libmemcached's float rounding with weights", () => {
    expect(ketamaPlacement(["a", "b", "c"]).points.length).toBe(480);
    const ring = ketamaPlacement(["a:1:1", "b:1:2", "c:1:5"]);
    const perServer = [0, 0, 0];
    for (const owner of ring.owners) perServer[owner]!++;
    // floor(w / 8 × 160 / 4 × 3) × 4
    expect(perServer).toEqual([60, 120, 300]);
    // A weight share too small for one group of four points gets no points at all.
    const tiny = ketamaPlacement(["big:1:1000", "small:1:1"]);
    expect(Array.from(tiny.owners).filter((owner) => owner === 1)).toHaveLength(0);
    expect(tiny.locate("anything")).toBe("big:1");
  });

  it("keeps points sorted and finds the first point at or after the key's hash", () => {
    const ring = ketamaPlacement(["a:1", "b:2", "c:3", "d:4"]);
    for (let i = 1; i < ring.points.length; i++) {
      expect(ring.points[i]!).toBeGreaterThanOrEqual(ring.points[i - 1]!);
    }
  });

  it("puts keys on the live memcached servers pylibmc stores them on", async () => {
    const servers: TestMemcached[] = [];
    try {
      for (let i = 0; i < 3; i++) servers.push(await startMemcached());
      const specs = servers.map((server, i) => `127.0.0.1:${server.port}:${i + 1}`);
      const keys = Array.from({ length: 300 }, (_, i) => `live:${i}`);
      const script = `
import json, sys, pylibmc
specs, keys = json.load(sys.stdin)
cluster = pylibmc.Client(specs, behaviors={"ketama_weighted": True})
cluster.set_multi({k: "1" for k in keys})
held = {}
for spec in specs:
    host, port, _ = spec.split(":")
    single = pylibmc.Client(["%s:%s" % (host, port)])
    held[spec] = sorted(single.get_multi(keys).keys())
print(json.dumps(held))`;
      const held = JSON.parse(runPython(script, [], JSON.stringify([specs, keys]))) as Record<
        string,
        string[]
      >;
      const ring = ketamaPlacement(specs);
      const expected: Record<string, string[]> = {};
      for (const spec of specs) expected[spec] = [];
      for (const key of keys) {
        const index = ring.locateIndex(key);
        expected[specs[index]!]!.push(key);
      }
      for (const spec of specs) expected[spec]!.sort();
      expect(held).toEqual(expected);
      expect(Object.values(held).flat()).toHaveLength(300);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
