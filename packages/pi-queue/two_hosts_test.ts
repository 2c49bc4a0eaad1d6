import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateCurveKeys } from "./generate_curve_keys.ts";
import { parseEndpoint } from "./parse_endpoint.ts";
import type { RoleName } from "./role_name.ts";
import { runPipeline } from "./run_pipeline.ts";

// Two network namespaces joined by a veth pair play two hosts: the binders (tally, pythagoras,
// bitsource) on one, the connectors (judge, always_yes) on the other.
const tag = (process.pid % 10000).toString();
const SERVER = `pqs${tag}`;
const CLIENT = `pqc${tag}`;
const SUBNET = `10.${200 + (process.pid % 50)}.${process.pid % 250}`;
const SERVER_ADDRESS = `${SUBNET}.1`;

function ip(...args: string[]): void {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
}

beforeAll(() => {
  if (process.getuid?.() !== 0) {
    throw new Error(
      "this test runs roles in two network namespaces (ip netns) and must run as root",
    );
  }
  ip("netns", "add", SERVER);
  ip("netns", "add", CLIENT);
  ip("link", "add", `${SERVER}v`, "type", "veth", "peer", "name", `${CLIENT}v`);
  ip("link", "set", `${SERVER}v`, "netns", SERVER);
  ip("link", "set", `${CLIENT}v`, "netns", CLIENT);
  ip("-n", SERVER, "addr", "add", `${SERVER_ADDRESS}/24`, "dev", `${SERVER}v`);
  ip("-n", CLIENT, "addr", "add", `${SUBNET}.2/24`, "dev", `${CLIENT}v`);
  for (const [ns, dev] of [
    [SERVER, `${SERVER}v`],
    [CLIENT, `${CLIENT}v`],
  ] as const) {
    ip("-n", ns, "link", "set", dev, "up");
    ip("-n", ns, "link", "set", "lo", "up");
  }
});

afterAll(() => {
  for (const ns of [SERVER, CLIENT]) {
    try {
      ip("netns", "del", ns);
    } catch {
      // never created
    }
  }
});

describe("roles on two hosts", () => {
  test("binders on one network namespace, connectors on another, over the book's ports, with CURVE", async () => {
    const endpoints = {
      pubsub: `tcp://${SERVER_ADDRESS}:6700`,
      reqrep: `tcp://${SERVER_ADDRESS}:6701`,
      pushpull: `tcp://${SERVER_ADDRESS}:6702`,
    };
    expect(parseEndpoint(endpoints.pubsub).loopback).toBe(false);
    const binders: RoleName[] = ["tally", "pythagoras", "bitsource"];
    const result = await runPipeline({
      endpoints,
      allowNonLoopback: true,
      curve: generateCurveKeys(),
      processes: true,
      rate: "max",
      batch: 100,
      seconds: 1,
      launch: (role) => ["ip", "netns", "exec", binders.includes(role) ? SERVER : CLIENT],
    });
    expect(result.drained).toBe(true);
    expect(result.points).toBeGreaterThan(10_000);
    expect(result.tallied).toBe(result.sent);
    expect(Math.abs(result.estimate - Math.PI)).toBeLessThan(5 * result.standardError);
  });
});
