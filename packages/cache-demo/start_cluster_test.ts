import { describe, expect, it } from "vitest";
import { startCluster } from "./start_cluster.ts";

describe("startCluster()", () => {
  it("starts N nodes on distinct ports and stops them all, idempotently", async () => {
    const cluster = await startCluster({ nodes: 4 });
    expect(cluster.nodes).toHaveLength(4);
    expect(new Set(cluster.nodes.map((node) => node.port)).size).toBe(4);
    expect(cluster.servers).toBe(cluster.addresses.join(","));
    await Promise.all([cluster.close(), cluster.close()]);
    for (const node of cluster.nodes) expect(() => process.kill(node.pid, 0)).toThrow();
  });

  it("says how to install memcached when the binary is missing", async () => {
    await expect(
      startCluster({ nodes: 2, binary: "/nonexistent/memcached" }),
    ).rejects.toMatchObject({ code: "E_MEMCACHED_NOT_INSTALLED" });
  });

  it("refuses a node count out of range", async () => {
    await expect(startCluster({ nodes: 0 })).rejects.toThrow(RangeError);
  });
});
