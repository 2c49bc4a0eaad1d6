import { formatPythonFloat } from "@ch8/pi-queue";
import { freeEndpoints } from "@ch8/testkit";
import { describe, expect, it } from "vitest";
import { Reply, Request } from "zeromq";
import { testIo } from "./_test_io.ts";
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

describe("ch8 pi beyond the book", () => {
  it("--rate max --json: one object whose counts agree and whose estimate is within 5 SE", async () => {
    const endpoints = await freeEndpoints();
    const t = testIo();
    const args = ["pi", "--seconds", "1", "--rate", "max", "--json", ...endpointArgs(endpoints)];
    expect(await run(args, t.io)).toBe(0);
    const r = JSON.parse(t.stdout);
    for (const key of [
      "points",
      "inside",
      "estimate",
      "standardError",
      "seconds",
      "pointsPerSecond",
      "sent",
      "judged",
      "tallied",
    ]) {
      expect(r).toHaveProperty(key);
    }
    expect(r.points).toBeGreaterThan(1000);
    expect(r.tallied).toBe(r.sent);
    expect(Math.abs(r.estimate - Math.PI)).toBeLessThan(5 * r.standardError);
  });

  it("--processes --judges 2 --batch 100: separate processes, every point tallied", async () => {
    const endpoints = await freeEndpoints();
    const t = testIo();
    const args = [
      "pi",
      "--seconds",
      "1.5",
      "--rate",
      "max",
      "--processes",
      "--judges",
      "2",
      "--batch",
      "100",
    ];
    expect(await run([...args, "--json", ...endpointArgs(endpoints)], t.io)).toBe(0);
    const r = JSON.parse(t.stdout);
    expect(r.drained).toBe(true);
    expect(r.tallied).toBe(r.sent);
    expect(Math.abs(r.estimate - Math.PI)).toBeLessThan(5 * r.standardError);
  });

  it("prints the summary on stderr under the book's lines when piped", async () => {
    const endpoints = await freeEndpoints();
    const t = testIo();
    expect(
      await run(["pi", "--seconds", "0.5", "--interval-ms", "5", ...endpointArgs(endpoints)], t.io),
    ).toBe(0);
    expect(t.stderr).toMatch(
      /points in .* s \(.* points\/s\)\npi ≈ .* ± .*\nsent \d+, judged \d+, tallied \d+/,
    );
  });

  it("names the flag that allows binding beyond loopback", async () => {
    const t = testIo();
    expect(await run(["pi", "--seconds", "1", "--pubsub", "tcp://0.0.0.0:6700"], t.io)).toBe(1);
    expect(t.stderr).toMatch(
      /^ch8: refusing to bind 'tcp:\/\/0\.0\.0\.0:6700'.*\(--allow-non-loopback\)\n$/,
    );
  });

  it("rejects --plain with --json, a bad --rate and a bad --shard", async () => {
    for (const args of [
      ["pi", "--plain", "--json"],
      ["pi", "--rate", "fast"],
      ["pi", "role", "judge", "--shard", "2/2"],
    ]) {
      const t = testIo();
      expect(await run(args, t.io)).toBe(2);
      expect(t.stderr.split("\n")[0]).toMatch(/^ch8: /);
    }
  });

  it("pi keys prints keys that --curve-keys reads back for a CURVE-secured run", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const keys = testIo();
    expect(await run(["pi", "keys"], keys.io)).toBe(0);
    const dir = await mkdtemp(join(tmpdir(), "ch8-curve-"));
    try {
      const file = join(dir, "keys");
      await writeFile(file, keys.stdout);
      const endpoints = await freeEndpoints();
      const t = testIo();
      const args = ["pi", "--seconds", "0.5", "--rate", "2000", "--curve-keys", file, "--json"];
      expect(await run([...args, ...endpointArgs(endpoints)], t.io)).toBe(0);
      const r = JSON.parse(t.stdout);
      expect(r.points).toBeGreaterThan(100);
      expect(r.tallied).toBe(r.sent);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
