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
