import { afterEach, describe, expect, test } from "vitest";
import { Dealer, Request } from "zeromq";
import { PythagorasRole } from "./pythagoras_role.ts";

const cleanup: Array<{ close(): void }> = [];
afterEach(() => {
  for (const item of cleanup.splice(0)) item.close();
});

describe("PythagorasRole", () => {
  test("answers a JSON array of integers with the exact sum of squares, and anything else with null", async () => {
    const role = new PythagorasRole({ endpoints: { reqrep: "tcp://127.0.0.1:*" } });
    cleanup.push(role);
    await role.start();
    const req = new Request({ linger: 0 });
    cleanup.push(req);
    req.connect(role.endpoint!);
    const ask = async (text: string) => {
      await req.send(text);
      const [reply] = await req.receive();
      return String(reply);
    };
    expect(await ask("[3, 4]")).toBe("25");
    expect(await ask("[1,2]")).toBe("5");
    expect(await ask("[3037000500, 3037000500]")).toBe("18446744074000500000");
    expect(await ask("[4294967295, 4294967295]")).toBe("36893488130239234050");
    expect(await ask("[]")).toBe("0");
    expect(await ask("[-3, 100000000000000000000]")).toBe(
      "10000000000000000000000000000000000000009",
    );
    for (const bad of ["not json", "[1.5]", '{"a": 1}', "[1, [2]]", "7", "", "[1, 2"]) {
      expect(await ask(bad)).toBe("null");
    }
    expect(await ask("[1, 1]")).toBe("2");
    expect(role.stats()).toEqual({ received: 7, sent: 14, malformed: 7, retries: 0 });
  });

  test("answers a batch with exact 96-bit sums, and malformed or huge requests without wedging", async () => {
    const role = new PythagorasRole({ endpoints: { reqrep: "tcp://127.0.0.1:*" } });
    cleanup.push(role);
    await role.start();
    const req = new Request({ linger: 0 });
    cleanup.push(req);
    req.connect(role.endpoint!);
    const pairs: Array<[number, number]> = [
      [0xffffffff, 0xffffffff],
      [3718462067, 2149368263],
      [3718626216, 2149084256],
      [0, 0],
      [65535, 65536],
    ];
    const request = Buffer.alloc(1 + 8 * pairs.length);
    request[0] = 0x62;
    pairs.forEach(([n, m], i) => {
      request.writeUInt32BE(n, 1 + 8 * i);
      request.writeUInt32BE(m, 5 + 8 * i);
    });
    await req.send(request);
    const [reply] = await req.receive();
    expect(reply!.length).toBe(1 + 12 * pairs.length);
    pairs.forEach(([n, m], i) => {
      const at = 1 + 12 * i;
      const sum =
        (BigInt(reply!.readUInt32BE(at)) << 64n) |
        (BigInt(reply!.readUInt32BE(at + 4)) << 32n) |
        BigInt(reply!.readUInt32BE(at + 8));
      expect(sum).toBe(BigInt(n) ** 2n + BigInt(m) ** 2n);
    });
    for (const bad of [Buffer.from("b"), Buffer.from("b1234567"), Buffer.from("b123456789")]) {
      await req.send(bad);
      expect(String((await req.receive())[0])).toBe("null");
    }
    // Two frames where one is expected: still answered.
    const dealer = new Dealer({ linger: 0 });
    cleanup.push(dealer);
    dealer.connect(role.endpoint!);
    await dealer.send(["", "[1]", "[2]"]);
    expect(String((await dealer.receive())[1])).toBe("null");
    // A frame beyond ZMQ_MAXMSGSIZE ends that peer's connection; others are still served.
    const hog = new Request({ linger: 0 });
    cleanup.push(hog);
    hog.connect(role.endpoint!);
    await hog.send(Buffer.alloc(2_000_000, 0x20));
    await req.send("[5, 12]");
    expect(String((await req.receive())[0])).toBe("169");
    expect(role.stats()).toMatchObject({ received: 2, malformed: 4 });
  });
});
