import { afterEach, describe, expect, test } from "vitest";
import { Push } from "zeromq";
import { waitFor } from "./_test_support.ts";
import { TallyRole } from "./tally_role.ts";

const cleanup: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of cleanup.splice(0)) item.close();
});

describe("TallyRole", () => {
  test("prints the book's line per decision and drops anything but Y and N", async () => {
    const lines: string[] = [];
    const tally = new TallyRole({
      endpoints: { pushpull: "tcp://127.0.0.1:*" },
      onLine: (line) => lines.push(line),
    });
    cleanup.push(tally);
    await tally.start();
    const push = new Push({ linger: 0 });
    cleanup.push(push);
    push.connect(tally.endpoint!);
    for (const decision of ["Y", "Y", "maybe", "N", "", "N", "Y"]) await push.send(decision);
    await waitFor("five lines", () => lines.length === 5 && tally.stats().malformed === 2);
    expect(lines).toEqual(["Y 4.0", "Y 4.0", "N 2.6666666666666665", "N 2.0", "Y 2.4"]);
    expect(tally.snapshot()).toMatchObject({ points: 5, inside: 3, estimate: 2.4, malformed: 2 });
  });

  test("adds batched counts without lines and drops malformed batches", async () => {
    const lines: string[] = [];
    const tally = new TallyRole({
      endpoints: { pushpull: "tcp://127.0.0.1:*" },
      onLine: (line) => lines.push(line),
    });
    cleanup.push(tally);
    await tally.start();
    const push = new Push({ linger: 0 });
    cleanup.push(push);
    push.connect(tally.endpoint!);
    const counts = (yes: number, no: number) => {
      const frame = Buffer.alloc(9);
      frame[0] = 0x62;
      frame.writeUInt32BE(yes, 1);
      frame.writeUInt32BE(no, 5);
      return frame;
    };
    await push.send(counts(785, 215));
    await push.send(Buffer.from("b\x00\x00")); // too short
    await push.send(Buffer.alloc(2000, 0x59)); // beyond ZMQ_MAXMSGSIZE: this pusher is dropped
    // Another connection's messages may overtake these: let the batch land before the "Y".
    await waitFor(
      "the batch",
      () => tally.snapshot().points === 1000 && tally.stats().malformed === 1,
    );
    const other = new Push({ linger: 0 });
    cleanup.push(other);
    other.connect(tally.endpoint!);
    await other.send("Y");
    await waitFor(
      "1001 points",
      () => tally.snapshot().points === 1001 && tally.stats().malformed === 1,
    );
    expect(tally.snapshot()).toMatchObject({ points: 1001, inside: 786, malformed: 1 });
    expect(lines).toEqual([`Y ${(4 * 786) / 1001}`]);
  });
});
