import { describe, expect, test } from "vitest";
import { freeEndpoints, waitUntilBindable } from "./_test_support.ts";
import { PiQueueError } from "./pi_queue_error.ts";
import { runPipeline } from "./run_pipeline.ts";
import { startRole } from "./start_role.ts";

describe("runPipeline()", () => {
  test("runs the five roles over TCP, as the book does, and returns what tally counted, one line per point", async () => {
    const endpoints = await freeEndpoints();
    const lines: string[] = [];
    const result = await runPipeline({
      seconds: 2,
      endpoints,
      inproc: false,
      intervalMs: 1,
      onLine: (line) => lines.push(line),
    });
    expect(result.points).toBeGreaterThan(100);
    expect(lines).toHaveLength(result.points);
    expect(lines.filter((line) => line.startsWith("Y"))).toHaveLength(result.inside);
    expect(result.estimate).toBe((4 * result.inside) / result.points);
    expect(lines.at(-1)).toMatch(/^[YN] \d\.\d+$/);
    // A fair estimate: within 6 standard errors of pi.
    const f = result.inside / result.points;
    expect(Math.abs(result.estimate - Math.PI)).toBeLessThan(
      6 * 4 * Math.sqrt((f * (1 - f)) / result.points),
    );
    // Every socket was closed: the same endpoints can be bound again.
    for (const endpoint of Object.values(endpoints)) await waitUntilBindable(endpoint);
  });

  test("stops when the signal aborts", async () => {
    const endpoints = await freeEndpoints();
    const controller = new AbortController();
    const running = runPipeline({ seconds: 600, endpoints, signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const result = await running;
    expect(result.points).toBeGreaterThanOrEqual(0);
    const aborted = await runPipeline({
      seconds: 600,
      endpoints: await freeEndpoints(),
      signal: AbortSignal.abort(),
    });
    expect(aborted.points).toBe(0);
  });

  test("fails with E_ADDRESS_IN_USE naming the endpoint, and leaves nothing bound", async () => {
    const endpoints = await freeEndpoints();
    const squatter = await startRole("pythagoras", { endpoints });
    try {
      const error = await runPipeline({ seconds: 1, endpoints }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PiQueueError);
      expect(error).toMatchObject({
        code: "E_ADDRESS_IN_USE",
        message: expect.stringContaining(endpoints.reqrep),
      });
    } finally {
      squatter.close();
    }
    for (const endpoint of Object.values(endpoints)) await waitUntilBindable(endpoint);
    // tally and bitsource had bound before pythagoras failed; they were closed, so this runs.
    const result = await runPipeline({ seconds: 0.2, endpoints });
    expect(result.points).toBeGreaterThanOrEqual(0);
  });

  test("rejects a bad endpoint with E_BAD_ENDPOINT", async () => {
    await expect(
      runPipeline({ seconds: 1, endpoints: { pubsub: "tcp://127.0.0.1" } }),
    ).rejects.toMatchObject({ code: "E_BAD_ENDPOINT" });
  });
});

describe("startRole()", () => {
  test("starts roles by the book's names, and always-yes too", async () => {
    const endpoints = await freeEndpoints();
    for (const name of ["tally", "pythagoras", "bitsource", "judge", "always_yes", "always-yes"]) {
      const role = await startRole(name, { endpoints });
      expect(role.name).toBe(name.replace("-", "_"));
      role.close();
      await role.done();
    }
    await expect(startRole("oracle")).rejects.toMatchObject({ code: "E_UNKNOWN_ROLE" });
  });
});

describe("runPipeline() at a set rate", () => {
  test("never publishes faster than the rate, and counts every point", async () => {
    const started = performance.now();
    const result = await runPipeline({
      seconds: 0.5,
      endpoints: await freeEndpoints(),
      rate: 2000,
    });
    const elapsed = (performance.now() - started) / 1000;
    expect(result.sent).toBeGreaterThan(0);
    expect(result.sent).toBeLessThanOrEqual(2000 * elapsed + 1);
    expect(result.drained).toBe(true);
    expect(result.tallied).toBe(result.sent);
  });
});
