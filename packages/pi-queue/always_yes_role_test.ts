import { afterEach, describe, expect, test } from "vitest";
import { Pull, XPublisher } from "zeromq";
import { waitFor, waitSubscribed } from "./_test_support.ts";
import { AlwaysYesRole } from "./always_yes_role.ts";
import { interleaveBits } from "./interleave_bits.ts";

const cleanup: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of cleanup.splice(0)) item.close();
});

describe("AlwaysYesRole", () => {
  test("pushes one Y per point starting 00 and drops malformed ones", async () => {
    const pub = new XPublisher({ linger: 0 });
    const pull = new Pull({ linger: 0 });
    cleanup.push(pub, pull);
    await pub.bind("tcp://127.0.0.1:*");
    await pull.bind("tcp://127.0.0.1:*");
    const role = new AlwaysYesRole({
      endpoints: { pubsub: pub.lastEndpoint!, pushpull: pull.lastEndpoint! },
    });
    cleanup.push(role);
    await role.start();
    await waitSubscribed(pub, ["00"]);
    const decisions: string[] = [];
    void (async () => {
      for await (const [frame] of pull) decisions.push(String(frame));
    })().catch(() => {});
    await pub.send(interleaveBits(1, 2)); // 00...
    await pub.send(interleaveBits(0x80000000, 0)); // 10...: not subscribed
    await pub.send(`00${"1".repeat(61)}`); // 63 characters
    await pub.send(`00${"x".repeat(62)}`);
    await pub.send(interleaveBits(0x7fffffff, 0x7fffffff)); // 00...
    await waitFor(
      "two decisions and two malformed",
      () => role.stats().malformed === 2 && decisions.length === 2,
    );
    expect(decisions).toEqual(["Y", "Y"]);
    expect(role.stats()).toEqual({ received: 2, sent: 2, malformed: 2, retries: 0 });
    role.close();
    await role.done();
    expect(role.error).toBeUndefined();
  });
});

describe("AlwaysYesRole, batched and hostile input", () => {
  test("counts a batch of lower-left points with one message, drops bad batches and huge frames", async () => {
    const pub = new XPublisher({ linger: 0 });
    const pull = new Pull({ linger: 0 });
    cleanup.push(pub, pull);
    await pub.bind("tcp://127.0.0.1:*");
    await pull.bind("tcp://127.0.0.1:*");
    const role = new AlwaysYesRole({
      endpoints: { pubsub: pub.lastEndpoint!, pushpull: pull.lastEndpoint! },
    });
    cleanup.push(role);
    await role.start();
    await waitSubscribed(pub, ["00", "b0"]);
    const frames: Buffer[] = [];
    void (async () => {
      for await (const [frame] of pull) frames.push(frame!);
    })().catch(() => {});
    const batch = (points: Array<[number, number]>) => {
      const frame = Buffer.alloc(3 + 8 * points.length);
      frame.write("b0\x07", "latin1");
      points.forEach(([n, m], i) => {
        frame.writeUInt32BE(n, 3 + 8 * i);
        frame.writeUInt32BE(m, 7 + 8 * i);
      });
      return frame;
    };
    await pub.send(
      batch([
        [0x7fffffff, 0],
        [1, 2],
        [3, 4],
      ]),
    );
    await pub.send(batch([[0x80000000, 0]])); // not a lower-left point
    await pub.send(Buffer.concat([batch([[1, 1]]), Buffer.of(0)])); // not a whole point
    await pub.send(Buffer.from("b0")); // empty
    await pub.send(interleaveBits(5, 6));
    await waitFor("the decisions", () => frames.length === 2 && role.stats().malformed === 3);
    expect([...frames[0]!]).toEqual([0x62, 0, 0, 0, 3, 0, 0, 0, 0]);
    expect(String(frames[1])).toBe("Y");
    expect(role.stats()).toMatchObject({ received: 4, sent: 4, malformed: 3 });
    // Beyond ZMQ_MAXMSGSIZE: ZeroMQ drops the frame and ends that publisher's connection for
    // good (a protocol error); the role itself carries on.
    await pub.send(Buffer.alloc(4_000_000, 0x30));
    await waitSubscribed(pub, ["00", "b0"], false);
    expect(role.error).toBeUndefined();
  });
});
