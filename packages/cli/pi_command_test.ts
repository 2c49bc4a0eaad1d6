import { formatPythonFloat } from "@ch8/pi-queue";
import { describe, expect, it } from "vitest";
import { Reply, Request } from "zeromq";
import { testIo } from "./_test_io.ts";
import { freeEndpoints } from "./_test_ports.ts";
import { run } from "./run.ts";

function endpointArgs(e: { pubsub: string; reqrep: string; pushpull: string }) {
  return ["--pubsub", e.pubsub, "--reqrep", e.reqrep, "--pushpull", e.pushpull];
}

describe("ch8 pi", () => {
  it("runs the pipeline for --seconds and prints tally's lines as the book's tally would", async () => {
    const endpoints = await freeEndpoints();
    const t = testIo();
    const args = ["pi", "--seconds", "1.5", "--interval-ms", "2", ...endpointArgs(endpoints)];
    expect(await run(args, t.io)).toBe(0);
    const lines = t.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(50);
    // Recompute each line from the decisions alone, as the book's tally does.
    let p = 0;
    let q = 0;
    for (const line of lines) {
      const decision = line[0];
      q += 1;
      if (decision === "Y") p += 4;
      expect(line).toBe(`${decision} ${formatPythonFloat(p / q)}`);
    }
  });

  it("names the endpoint when a port is already in use, with status 1", async () => {
    const endpoints = await freeEndpoints();
    const squatter = new Reply();
    await squatter.bind(endpoints.reqrep);
    try {
      const t = testIo();
      expect(await run(["pi", "--seconds", "1", ...endpointArgs(endpoints)], t.io)).toBe(1);
      expect(t.stderr).toMatch(
        new RegExp(`^ch8: [^\\n]*${endpoints.reqrep.replace(/\W/g, ".")}[^\\n]*\\n$`),
      );
    } finally {
      squatter.close();
    }
  });

  it("runs one role until stopped: pythagoras answers a Python-style request", async () => {
    const endpoints = await freeEndpoints();
    const controller = new AbortController();
    const t = testIo({ signal: controller.signal });
    const status = run(["pi", "role", "pythagoras", ...endpointArgs(endpoints)], t.io);
    const req = new Request({ receiveTimeout: 5000 });
    try {
      req.connect(endpoints.reqrep);
      await req.send("[4294967295, 4294967295]");
      const [reply] = await req.receive();
      expect(String(reply)).toBe("36893488130239234050");
    } finally {
      req.close();
      controller.abort();
    }
    expect(await status).toBe(0);
  });

  it("runs bitsource as a role: 64 characters of 0 and 1 per message", async () => {
    const endpoints = await freeEndpoints();
    const controller = new AbortController();
    const t = testIo({ signal: controller.signal });
    const status = run(
      ["pi", "role", "bitsource", "--interval-ms", "1", ...endpointArgs(endpoints)],
      t.io,
    );
    const { Subscriber } = await import("zeromq");
    const sub = new Subscriber({ receiveTimeout: 5000 });
    try {
      sub.connect(endpoints.pubsub);
      sub.subscribe();
      const [message] = await sub.receive();
      expect(String(message)).toMatch(/^[01]{64}$/);
    } finally {
      sub.close();
      controller.abort();
    }
    expect(await status).toBe(0);
  });
});
