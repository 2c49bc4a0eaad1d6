import { describe, expect, test } from "vitest";
import { childRoleProcesses, freeEndpoints, isAlive } from "./_test_support.ts";
import { PiQueueError } from "./pi_queue_error.ts";
import type { Pipeline, PipelineStatus } from "./pipeline.ts";
import type { RoleProcess } from "./role_process.ts";
import { runPipeline } from "./run_pipeline.ts";
import { spawnRole } from "./spawn_role.ts";
import { startPipeline } from "./start_pipeline.ts";
import { startRole } from "./start_role.ts";

async function waitForStatus(
  pipeline: Pipeline,
  what: string,
  check: (status: PipelineStatus) => boolean,
  ms = 20_000,
): Promise<PipelineStatus> {
  const deadline = Date.now() + ms;
  while (true) {
    const status = await pipeline.status();
    if (check(status)) return status;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function expectUnbiased(result: PipelineStatus): void {
  expect(result.tallied).toBe(result.sent);
  expect(result.judged).toBe(result.sent);
  expect(Math.abs(result.estimate - Math.PI)).toBeLessThan(5 * result.standardError);
}

describe("startPipeline()", () => {
  test("in one process, three judges and two pythagoras share the work without bias", async () => {
    const pipeline = await startPipeline({
      endpoints: await freeEndpoints(),
      rate: "max",
      judges: 3,
      pythagoras: 2,
    });
    let result: Awaited<ReturnType<Pipeline["stop"]>>;
    try {
      await waitForStatus(pipeline, "3000 points", (s) => s.tallied >= 3000);
      for (const [name, count] of [
        ["judge", 3],
        ["pythagoras", 2],
      ] as const) {
        const reports = await Promise.all(pipeline.rolesNamed(name).map((role) => role.report()));
        expect(reports).toHaveLength(count);
        for (const report of reports) expect(report.received).toBeGreaterThan(0);
      }
    } finally {
      result = await pipeline.stop();
    }
    expect(result.drained).toBe(true);
    expectUnbiased(result);
  });
});

describe("startPipeline() with separate processes", () => {
  test("at max rate, batched, two judges and two pythagoras: an abort drains, every point is counted once, no process is left", async () => {
    const controller = new AbortController();
    let running: number[] = [];
    const result = await runPipeline({
      endpoints: await freeEndpoints(),
      processes: true,
      rate: "max",
      batch: 1000,
      judges: 2,
      pythagoras: 2,
      seconds: 600,
      signal: controller.signal,
      statusIntervalMs: 50,
      onStatus: (status) => {
        if (status.tallied < 1_000_000 || controller.signal.aborted) return;
        running = childRoleProcesses();
        controller.abort();
      },
    });
    expect(running).toHaveLength(7);
    expect(running.every((pid) => pid !== process.pid)).toBe(true);
    expect(result.drained).toBe(true);
    expect(result.malformed).toBe(0);
    expect(result.points).toBeGreaterThanOrEqual(1_000_000);
    expectUnbiased(result);
    expect(childRoleProcesses()).toEqual([]);
    expect(running.filter(isAlive)).toEqual([]);
  });
  test("in the book's format, survives a pythagoras process being killed and restarted mid-run", async () => {
    const endpoints = await freeEndpoints();
    const pipeline = await startPipeline({
      endpoints,
      processes: ["pythagoras"],
      rate: "max",
      requestTimeoutMs: 200,
    });
    let replacement: RoleProcess | undefined;
    let result: Awaited<ReturnType<Pipeline["stop"]>>;
    try {
      await waitForStatus(pipeline, "2000 points", (s) => s.tallied >= 2000);
      const [pythagoras] = pipeline.rolesNamed("pythagoras") as RoleProcess[];
      pythagoras!.kill("SIGKILL");
      await pythagoras!.waitForExit();
      replacement = await spawnRole("pythagoras", { endpoints });
      const after = (await pipeline.status()).tallied;
      await waitForStatus(
        pipeline,
        "2000 more points",
        (s) => s.tallied >= after + 2000 && s.retries > 0,
      );
    } finally {
      result = await pipeline.stop();
      await replacement?.close();
    }
    expect(result.drained).toBe(true);
    expect(result.retries).toBeGreaterThan(0);
    expectUnbiased(result);
    expect(replacement?.exited).toBe(true);
  });

  test("a role process that cannot bind fails with its own code, naming the endpoint", async () => {
    const endpoints = await freeEndpoints();
    const first = await startRole("tally", { endpoints });
    try {
      const error = await spawnRole("tally", { endpoints }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PiQueueError);
      expect(error).toMatchObject({ code: "E_ADDRESS_IN_USE" });
      expect((error as Error).message).toContain(endpoints.pushpull);
    } finally {
      first.close();
    }
    expect(childRoleProcesses()).toEqual([]);
  });
});
