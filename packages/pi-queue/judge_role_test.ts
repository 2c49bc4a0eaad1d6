import { afterEach, describe, expect, test } from "vitest";
import { Pull, Reply, Router, XPublisher } from "zeromq";
import { waitFor, waitSubscribed } from "./_test_support.ts";
import { interleaveBits } from "./interleave_bits.ts";
import { JudgeRole } from "./judge_role.ts";

const cleanup: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of cleanup.splice(0)) item.close();
});

async function harness(options: ConstructorParameters<typeof JudgeRole>[0] = {}) {
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
    ...options,
  });
  cleanup.push(judge);
  await judge.start();
  await waitSubscribed(pub, ["01", "10", "11", "b1"]);
  const decisions: string[] = [];
  const frames: Buffer[] = [];
  void (async () => {
    for await (const [frame] of pull) {
      decisions.push(String(frame));
      frames.push(frame!);
    }
  })().catch(() => {});
  return { pub, rep, pull, judge, decisions, frames };
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
    // Beyond ZMQ_MAXMSGSIZE: ZeroMQ ends that publisher's connection; the judge carries on.
    await pub.send(Buffer.alloc(4_000_000, 0x31));
    await waitSubscribed(pub, ["01", "10", "11", "b1"], false);
    expect(judge.error).toBeUndefined();
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

  test("judges a batch with one request and pushes its counts", async () => {
    const { pub, rep, judge, frames } = await harness();
    const requests: Buffer[] = [];
    void (async () => {
      for await (const [frame] of rep) {
        requests.push(frame!);
        // Sums as 96-bit big-endian integers: 2^64 - 1958, 2^64 + 576, 2^63.
        const reply = Buffer.alloc(1 + 36);
        reply[0] = 0x62;
        reply.writeUInt32BE(0xffffffff, 5);
        reply.writeUInt32BE(0xffffffff - 1957, 9);
        reply.writeUInt32BE(1, 13);
        reply.writeUInt32BE(576, 21);
        reply.writeUInt32BE(0x80000000, 29);
        await rep.send(reply);
      }
    })().catch(() => {});
    const batch = Buffer.alloc(3 + 24);
    batch.write("b1\x00", "latin1");
    for (const [i, v] of [
      3718462067, 2149368263, 3718626216, 2149084256, 0x80000000, 0,
    ].entries()) {
      batch.writeUInt32BE(v, 3 + 4 * i);
    }
    await pub.send(batch);
    await pub.send(Buffer.from("b1\x00\x01\x02")); // not a whole point
    await waitFor("the batch's counts", () => frames.length === 1 && judge.stats().malformed === 1);
    expect([...requests[0]!]).toEqual([0x62, ...batch.subarray(3)]);
    expect([...frames[0]!]).toEqual([0x62, 0, 0, 0, 2, 0, 0, 0, 1]);
    expect(judge.stats()).toMatchObject({ received: 3, sent: 3 });
  });

  test("asks again on a fresh socket when pythagoras does not answer, deciding each point once", async () => {
    const router = new Router({ linger: 0 });
    cleanup.push(router);
    await router.bind("tcp://127.0.0.1:*");
    const { pub, judge, decisions } = await harness({
      pythagorasEndpoints: [router.lastEndpoint!],
      requestTimeoutMs: 100,
    });
    let seen = 0;
    const answer = (request: string) => {
      const [n, m] = JSON.parse(request) as [number, number];
      return String(BigInt(n) ** 2n + BigInt(m) ** 2n);
    };
    void (async () => {
      for await (const [peer, id, empty, request] of router) {
        seen++;
        // Play dead for the first two requests; answer one request twice, as a confused
        // worker might: the judge must count neither the silence nor the echo.
        if (seen <= 2) continue;
        await router.send([peer!, id!, empty!, answer(String(request))]);
        if (seen === 3) await router.send([peer!, id!, empty!, answer(String(request))]);
      }
    })().catch(() => {});
    const points: Array<[number, number]> = [
      [0x80000000, 0x80000000],
      [0xffffffff, 0xffffffff],
      [3718626216, 2149084256],
      [3718462067, 2149368263],
    ];
    for (const [n, m] of points) await pub.send(interleaveBits(n, m));
    await waitFor("four decisions", () => decisions.length === 4);
    expect([...decisions].sort()).toEqual(["N", "N", "Y", "Y"]);
    expect(judge.stats().retries).toBeGreaterThanOrEqual(2);
    // Nothing more arrives: no point is decided twice.
    await pub.send(interleaveBits(0x80000000, 0x80000001));
    await waitFor("the fifth decision", () => decisions.length === 5);
    expect(judge.stats()).toMatchObject({ received: 5, sent: 5, malformed: 0 });
  });

  test("spreads requests over several pythagoras endpoints", async () => {
    const workers = [new Reply({ linger: 0 }), new Reply({ linger: 0 })];
    cleanup.push(...workers);
    const served = [0, 0];
    for (const [i, worker] of workers.entries()) {
      await worker.bind("tcp://127.0.0.1:*");
      void (async () => {
        for await (const _ of worker) {
          served[i]!++;
          await worker.send("1");
        }
      })().catch(() => {});
    }
    const { pub, decisions } = await harness({
      pythagorasEndpoints: workers.map((w) => w.lastEndpoint!),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 200; i++) await pub.send(interleaveBits(0x80000000 + i, 0));
    await waitFor("200 decisions", () => decisions.length === 200);
    expect(served[0]! + served[1]!).toBe(200);
    expect(served[0]).toBeGreaterThan(0);
    expect(served[1]).toBeGreaterThan(0);
  });
});
