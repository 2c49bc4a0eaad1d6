import { afterEach, describe, expect, test } from "vitest";
import { Pull, Reply, XPublisher } from "zeromq";
import { waitFor, waitSubscribed } from "./_test_support.ts";
import { interleaveBits } from "./interleave_bits.ts";
import { JudgeRole } from "./judge_role.ts";

const cleanup: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of cleanup.splice(0)) item.close();
});

async function harness() {
  const pub = new XPublisher({ linger: 0 });
  const rep = new Reply({ linger: 0 });
  const pull = new Pull({ linger: 0 });
  cleanup.push(pub, rep, pull);
  await pub.bind("tcp://127.0.0.1:*");
  await rep.bind("tcp://127.0.0.1:*");
  await pull.bind("tcp://127.0.0.1:*");
  const judge = new JudgeRole({
    endpoints: {
      pubsub: pub.lastEndpoint!,
      reqrep: rep.lastEndpoint!,
      pushpull: pull.lastEndpoint!,
    },
  });
  cleanup.push(judge);
  await judge.start();
  await waitSubscribed(pub, ["01", "10", "11"]);
  const decisions: string[] = [];
  void (async () => {
    for await (const [frame] of pull) decisions.push(String(frame));
  })().catch(() => {});
  return { pub, rep, judge, decisions };
}

describe("JudgeRole", () => {
  test("asks with JSON [n, m] and judges the exact integer reply against 2^64", async () => {
    const { pub, rep, judge, decisions } = await harness();
    const requests: string[] = [];
    // Replies chosen to sit next to 2^64 = 18446744073709551616.
    const replies = ["18446744073709551440", "18446744073709551616", "18446744073709551615", "5"];
    void (async () => {
      for await (const [frame] of rep) {
        requests.push(String(frame));
        await rep.send(replies[requests.length - 1] ?? "0");
      }
    })().catch(() => {});
    await pub.send(interleaveBits(3718462067, 2149368263));
    await pub.send(interleaveBits(0, 0)); // 00: always_yes's, not the judge's
    await pub.send(interleaveBits(0xffffffff, 0));
    await pub.send(interleaveBits(0x80000000, 0xffffffff));
    await pub.send(interleaveBits(1, 0x80000000));
    await waitFor("four decisions", () => decisions.length === 4);
    expect(requests).toEqual([
      "[3718462067, 2149368263]",
      "[4294967295, 0]",
      "[2147483648, 4294967295]",
      "[1, 2147483648]",
    ]);
    expect(decisions).toEqual(["Y", "N", "Y", "Y"]);
    expect(judge.stats()).toEqual({ received: 4, sent: 4, malformed: 0, retries: 0 });
  });

  test("drops malformed points without asking pythagoras", async () => {
    const { pub, rep, judge, decisions } = await harness();
    void (async () => {
      for await (const [frame] of rep) await rep.send(frame === undefined ? "0" : "1");
    })().catch(() => {});
    await pub.send("01");
    await pub.send(`10${"2".repeat(62)}`);
    await pub.send(`11${"1".repeat(70)}`);
    await pub.send(interleaveBits(0x80000000, 0x80000000));
    await waitFor("one decision", () => decisions.length === 1 && judge.stats().malformed === 3);
    expect(decisions).toEqual(["Y"]);
  });

  test("counts and drops a reply that is not an integer, and carries on", async () => {
    const { pub, rep, judge, decisions } = await harness();
    const replies = ["3.5", "null", "12"];
    let i = 0;
    void (async () => {
      for await (const _ of rep) await rep.send(replies[i++] ?? "0");
    })().catch(() => {});
    for (let n = 0; n < 3; n++) await pub.send(interleaveBits(0x80000000 + n, 0x80000000));
    await waitFor("one decision", () => decisions.length === 1 && judge.stats().malformed === 2);
    expect(decisions).toEqual(["Y"]);
    expect(judge.error).toBeUndefined();
  });
});
