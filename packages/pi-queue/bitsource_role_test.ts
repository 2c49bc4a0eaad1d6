import { afterEach, describe, expect, test } from "vitest";
import { Subscriber } from "zeromq";
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
});
