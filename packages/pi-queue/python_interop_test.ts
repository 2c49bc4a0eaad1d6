import { afterEach, describe, expect, test } from "vitest";
import { Pull, Push, XPublisher } from "zeromq";
import { freeEndpoints, startPythonRole, waitFor, waitSubscribed } from "./_test_support.ts";
import { AlwaysYesRole } from "./always_yes_role.ts";
import { BitsourceRole } from "./bitsource_role.ts";
import type { Endpoints } from "./default_endpoints.ts";
import { interleaveBits } from "./interleave_bits.ts";
import { JudgeRole } from "./judge_role.ts";
import { PythagorasRole } from "./pythagoras_role.ts";
import { Tally } from "./tally.ts";
import { TallyRole } from "./tally_role.ts";

const cleanup: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of cleanup.splice(0).reverse()) await item.close();
});

// Points on both sides of the circle, as close to it as 32-bit integers get.
const POINTS: Array<[number, number, "Y" | "N"]> = [
  [3718462067, 2149368263, "Y"], // n² + m² = 2^64 - 1958
  [3718626216, 2149084256, "N"], // 2^64 + 576
  [0xffffffff, 0, "Y"], // 2^64 - 2^33 + 1
  [0xffffffff, 0xffffffff, "N"], // 2^65 - 2^34 + 2
  [0x80000000, 0x80000000, "Y"], // 2^63
];

/** A test publisher and puller around a judge, to drive it point by point. */
async function judgeHarness(endpoints: Endpoints) {
  const pub = new XPublisher({ linger: 0 });
  const pull = new Pull({ linger: 0 });
  cleanup.push(pub, pull);
  await pub.bind(endpoints.pubsub);
  await pull.bind(endpoints.pushpull);
  const decisions: string[] = [];
  void (async () => {
    for await (const [frame] of pull) decisions.push(String(frame));
  })().catch(() => {});
  return { pub, decisions };
}

describe("interop with the book's Python roles", () => {
  test("the Python judge gets exact sums from our pythagoras", async () => {
    const endpoints = await freeEndpoints();
    const { pub, decisions } = await judgeHarness(endpoints);
    const pythagoras = new PythagorasRole({ endpoints });
    cleanup.push(pythagoras);
    await pythagoras.start();
    cleanup.push(await startPythonRole("judge", endpoints));
    await waitSubscribed(pub, ["01", "10", "11"]);
    for (const [n, m] of POINTS) await pub.send(interleaveBits(n, m));
    await waitFor("five decisions", () => decisions.length === POINTS.length);
    expect(decisions).toEqual(POINTS.map(([, , d]) => d));
    expect(pythagoras.stats()).toMatchObject({ received: 5, malformed: 0 });
  });

  test("our judge gets exact sums from the Python pythagoras", async () => {
    const endpoints = await freeEndpoints();
    const { pub, decisions } = await judgeHarness(endpoints);
    cleanup.push(await startPythonRole("pythagoras", endpoints));
    const judge = new JudgeRole({ endpoints });
    cleanup.push(judge);
    await judge.start();
    await waitSubscribed(pub, ["01", "10", "11"]);
    for (const [n, m] of POINTS) await pub.send(interleaveBits(n, m));
    await waitFor("five decisions", () => decisions.length === POINTS.length);
    expect(decisions).toEqual(POINTS.map(([, , d]) => d));
  });

  test("our bitsource feeds the Python always_yes and judge, our tally counts them", async () => {
    const endpoints = await freeEndpoints();
    const tally = new TallyRole({ endpoints });
    const bitsource = new BitsourceRole({ endpoints, intervalMs: 1 });
    cleanup.push(tally, bitsource);
    await tally.start();
    cleanup.push(await startPythonRole("pythagoras", endpoints));
    await bitsource.start();
    cleanup.push(await startPythonRole("always_yes", endpoints));
    cleanup.push(await startPythonRole("judge", endpoints));
    await waitFor("200 points", () => tally.snapshot().points >= 200);
    const { inside, points, malformed } = tally.snapshot();
    expect(malformed).toBe(0);
    // At least the quarter that always_yes answers is inside, and the judge says N to some.
    expect(inside / points).toBeGreaterThan(0.5);
    expect(inside).toBeLessThan(points);
  });

  test("the Python tally prints exactly the lines our Tally prints", async () => {
    const endpoints = await freeEndpoints();
    const python = await startPythonRole("tally", endpoints);
    cleanup.push(python);
    const push = new Push({ linger: 0 });
    cleanup.push(push);
    push.connect(endpoints.pushpull);
    const ours = new Tally();
    const expected: string[] = [];
    for (let i = 0; i < 400; i++) {
      const decision = (i * 7919) % 100 < 79 ? "Y" : "N";
      expected.push(ours.record(decision)!);
      await push.send(decision);
    }
    await waitFor("400 Python lines", () => python.lines.length === 400);
    expect(python.lines).toEqual(expected);
  });

  test("the Python tally counts what our always_yes and judge push", async () => {
    const endpoints = await freeEndpoints();
    const python = await startPythonRole("tally", endpoints);
    cleanup.push(python);
    const roles = [
      new PythagorasRole({ endpoints }),
      new BitsourceRole({ endpoints, intervalMs: 1 }),
      new JudgeRole({ endpoints }),
      new AlwaysYesRole({ endpoints }),
    ];
    cleanup.push(...roles);
    for (const role of roles) await role.start();
    await waitFor("100 Python lines", () => python.lines.length >= 100);
    expect(python.lines.every((line) => /^[YN] \d\.\d+$|^[YN] [04]\.0$/.test(line))).toBe(true);
    expect(python.lines.some((line) => line.startsWith("N"))).toBe(true);
  });

  test("at full speed, the book's Python always_yes and judge lose no point behind our lossless bitsource", async () => {
    const endpoints = await freeEndpoints();
    const tally = new TallyRole({ endpoints });
    const pythagoras = new PythagorasRole({ endpoints });
    const bitsource = new BitsourceRole({ endpoints, rate: "max" });
    cleanup.push(tally, pythagoras, bitsource);
    for (const role of [tally, pythagoras, bitsource]) await role.start();
    cleanup.push(await startPythonRole("always_yes", endpoints));
    cleanup.push(await startPythonRole("judge", endpoints));
    await waitFor("3000 points", () => tally.snapshot().points >= 3000);
    await bitsource.stop();
    const sent = bitsource.stats().sent;
    await waitFor("every point sent to be tallied", () => tally.snapshot().points === sent);
    const { estimate, standardError } = tally.snapshot();
    expect(Math.abs(estimate - Math.PI)).toBeLessThan(5 * standardError);
  });
});
