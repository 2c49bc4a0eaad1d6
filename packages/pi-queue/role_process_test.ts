import { afterEach, describe, expect, test } from "vitest";
import { Push } from "zeromq";
import { freeEndpoints, isAlive, waitFor } from "./_test_support.ts";
import { spawnRole } from "./spawn_role.ts";

const cleanup: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of cleanup.splice(0).reverse()) await item.close();
});

describe("spawnRole()", () => {
  test("runs tally in its own process, forwarding its lines and reporting its counts", async () => {
    const endpoints = await freeEndpoints();
    const lines: string[] = [];
    const tally = await spawnRole("tally", { endpoints }, { onLine: (line) => lines.push(line) });
    cleanup.push(tally);
    expect(tally.pid).not.toBe(process.pid);
    expect(tally.endpoint).toBe(endpoints.pushpull);
    const push = new Push({ linger: 0 });
    cleanup.push(push);
    push.connect(endpoints.pushpull);
    for (const decision of ["Y", "N", "oops", "Y"]) await push.send(decision);
    await waitFor("three lines", () => lines.length === 3);
    expect(lines).toEqual(["Y 4.0", "N 2.0", "Y 2.6666666666666665"]);
    const report = await tally.report();
    expect(report).toMatchObject({ received: 3, malformed: 1 });
    expect(report.tally).toMatchObject({ points: 3, inside: 2 });
    const pid = tally.pid!;
    await tally.close();
    expect(tally.exited).toBe(true);
    expect(isAlive(pid)).toBe(false);
    expect(await tally.report()).toMatchObject({ received: 0 });
  });

  test("rejects an unknown role before starting anything", async () => {
    await expect(spawnRole("oracle")).rejects.toMatchObject({ code: "E_UNKNOWN_ROLE" });
  });
});
