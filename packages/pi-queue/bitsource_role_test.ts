import { afterEach, describe, expect, test } from "vitest";
import { Subscriber, XSubscriber } from "zeromq";
import { waitFor } from "./_test_support.ts";
import { BitsourceRole } from "./bitsource_role.ts";
import { onesAndZeros } from "./ones_and_zeros.ts";
import { PiQueueError } from "./pi_queue_error.ts";

const cleanup: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of cleanup.splice(0)) item.close();
});

async function rejection(promise: Promise<unknown>): Promise<PiQueueError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PiQueueError) return error;
    throw error;
  }
  throw new Error("expected a PiQueueError");
}

describe("BitsourceRole", () => {
  test("publishes the book's 64-character points from the given random source", async () => {
    const draws = [0.5, 0.25];
    let i = 0;
    const random = () => draws[i++ % 2]!;
    const bitsource = new BitsourceRole({
      endpoints: { pubsub: "tcp://127.0.0.1:*" },
      intervalMs: 1,
      random,
    });
    cleanup.push(bitsource);
    await bitsource.start();
    const sub = new Subscriber({ linger: 0 });
    cleanup.push(sub);
    sub.connect(bitsource.endpoint!);
    sub.subscribe();
    const received: string[] = [];
    for await (const [frame] of sub) {
      received.push(String(frame));
      if (received.length === 5) break;
    }
    const expected = onesAndZeros(
      64,
      (() => {
        const d = [0.5, 0.25];
        let j = 0;
        return () => d[j++ % 2]!;
      })(),
    );
    expect(received).toEqual(Array(5).fill(expected));
    expect(bitsource.stats().sent).toBeGreaterThanOrEqual(5);
    bitsource.close();
    bitsource.close();
    await bitsource.done();
    expect(bitsource.error).toBeUndefined();
  });

  test("names the endpoint when the port is taken", async () => {
    const first = new BitsourceRole({ endpoints: { pubsub: "tcp://127.0.0.1:*" } });
    cleanup.push(first);
    await first.start();
    const second = new BitsourceRole({ endpoints: { pubsub: first.endpoint! } });
    cleanup.push(second);
    const error = await rejection(second.start());
    expect(error.code).toBe("E_ADDRESS_IN_USE");
    expect(error.message).toContain(first.endpoint!);
  });

  test("refuses bad endpoints and, unless allowed, non-loopback ones", async () => {
    const bad = new BitsourceRole({ endpoints: { pubsub: "tcp://127.0.0.1:99999" } });
    cleanup.push(bad);
    expect((await rejection(bad.start())).code).toBe("E_BAD_ENDPOINT");
    const open = new BitsourceRole({ endpoints: { pubsub: "tcp://0.0.0.0:*" } });
    cleanup.push(open);
    const error = await rejection(open.start());
    expect(error.code).toBe("E_NON_LOOPBACK");
    expect(error.message).toContain("tcp://0.0.0.0:*");
    const allowed = new BitsourceRole({
      endpoints: { pubsub: "tcp://0.0.0.0:*" },
      allowNonLoopback: true,
    });
    cleanup.push(allowed);
    await allowed.start();
    expect(allowed.endpoint).toMatch(/^tcp:\/\/0\.0\.0\.0:\d+$/);
  });

  test("rejects a negative interval", () => {
    expect(() => new BitsourceRole({ intervalMs: -1 })).toThrow(/intervalMs/);
  });

  test("publishes only once subscribers cover both paths, and waits rather than drop", async () => {
    const bitsource = new BitsourceRole({
      endpoints: { pubsub: "tcp://127.0.0.1:*" },
      rate: "max",
    });
    cleanup.push(bitsource);
    await bitsource.start();
    const yes = new Subscriber({ linger: 0, receiveHighWaterMark: 10 });
    cleanup.push(yes);
    yes.connect(bitsource.endpoint!);
    yes.subscribe("00");
    const judged = new Subscriber({ linger: 0, receiveHighWaterMark: 10 });
    cleanup.push(judged);
    judged.connect(bitsource.endpoint!);
    judged.subscribe("01", "10");
    // "11" is nobody's yet: publishing now would lose those points on the judges' path only.
    await waitFor("the first subscriptions", () => bitsource.subscriptions.size === 3);
    expect(bitsource.covered).toBe(false);
    expect(bitsource.stats().sent).toBe(0);
    judged.subscribe("11");
    await waitFor("coverage", () => bitsource.covered);
    // Nobody reads: the publisher fills the queues and then waits instead of dropping.
    await waitFor("a stalled publisher", () => bitsource.stats().sent > 0);
    let received = 0;
    const read = async (socket: Subscriber) => {
      for await (const _ of socket) received++;
    };
    await bitsource.stop();
    const sent = bitsource.stats().sent;
    void read(yes).catch(() => {});
    void read(judged).catch(() => {});
    await waitFor("every point sent", () => received === sent);
    expect(bitsource.stats().sent).toBe(sent);
  });

  test("sends batches split into always_yes's points and the judges'", async () => {
    const random = (() => {
      let a = 7;
      return () => {
        a = (a * 16807) % 2147483647;
        return a / 2147483647;
      };
    })();
    const bitsource = new BitsourceRole({
      endpoints: { pubsub: "tcp://127.0.0.1:*" },
      batch: 500,
      random,
    });
    cleanup.push(bitsource);
    await bitsource.start();
    const sub = new Subscriber({ linger: 0 });
    cleanup.push(sub);
    sub.connect(bitsource.endpoint!);
    sub.subscribe("b");
    const frames: Buffer[] = [];
    for await (const [frame] of sub) {
      frames.push(frame!);
      if (frames.length === 4) break;
    }
    await bitsource.stop();
    expect(frames.map((f) => f.subarray(0, 3).toString("latin1"))).toEqual([
      "b0\x00",
      "b1\x00",
      "b0\x01",
      "b1\x01",
    ]);
    expect((frames[0]!.length - 3 + frames[1]!.length - 3) / 8).toBe(500);
    for (const frame of frames) {
      for (let at = 3; at < frame.length; at += 8) {
        const lowerLeft = frame.readUInt32BE(at) < 2 ** 31 && frame.readUInt32BE(at + 4) < 2 ** 31;
        expect(lowerLeft).toBe(frame[1] === 0x30);
      }
    }
    // About a quarter of the points are always_yes's.
    expect((frames[0]!.length - 3) / 8).toBeGreaterThan(90);
    expect((frames[0]!.length - 3) / 8).toBeLessThan(160);
  });

  test("rejects a bad rate or batch size", () => {
    expect(() => new BitsourceRole({ rate: 0 })).toThrow(
      /rate must be a positive number or "max", got 0/,
    );
    expect(() => new BitsourceRole({ batch: 0 })).toThrow(/batch must be an integer/);
    expect(() => new BitsourceRole({ batch: 1e9 })).toThrow(/batch/);
  });

  test("counts and ignores garbage a peer sends instead of subscriptions", async () => {
    const bitsource = new BitsourceRole({
      endpoints: { pubsub: "tcp://127.0.0.1:*" },
      rate: "max",
    });
    cleanup.push(bitsource);
    await bitsource.start();
    const rogue = new XSubscriber({ linger: 0 });
    cleanup.push(rogue);
    rogue.connect(bitsource.endpoint!);
    await rogue.send(Buffer.from("hello"));
    await rogue.send(Buffer.from([7, 1, 2]));
    await rogue.send(Buffer.concat([Buffer.of(1), Buffer.alloc(5000, 0x30)])); // beyond ZMQ_MAXMSGSIZE
    await waitFor("two malformed messages", () => bitsource.stats().malformed === 2);
    const sub = new Subscriber({ linger: 0 });
    cleanup.push(sub);
    sub.connect(bitsource.endpoint!);
    sub.subscribe();
    const [frame] = await sub.receive();
    expect(String(frame)).toMatch(/^[01]{64}$/);
    expect(bitsource.error).toBeUndefined();
  });
});
