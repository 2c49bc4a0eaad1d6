import { afterEach, describe, expect, test } from "vitest";
import { Request } from "zeromq";
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
});
