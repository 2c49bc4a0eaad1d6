import { describe, expect, test } from "vitest";
import { parseEndpoint } from "./parse_endpoint.ts";
import { PiQueueError } from "./pi_queue_error.ts";

describe("parseEndpoint()", () => {
  test("takes apart the book's endpoints", () => {
    expect(parseEndpoint("tcp://127.0.0.1:6700")).toEqual({
      transport: "tcp",
      host: "127.0.0.1",
      port: 6700,
      loopback: true,
    });
    expect(parseEndpoint("tcp://127.0.0.1:*").port).toBe("*");
    expect(parseEndpoint("tcp://[::1]:5").host).toBe("::1");
    expect(parseEndpoint("ipc:///tmp/x.sock")).toEqual({
      transport: "ipc",
      host: "/tmp/x.sock",
      port: undefined,
      loopback: true,
    });
    expect(parseEndpoint("inproc://pi").transport).toBe("inproc");
  });

  test("tells loopback from reachable addresses", () => {
    expect(parseEndpoint("tcp://localhost:1").loopback).toBe(true);
    expect(parseEndpoint("tcp://127.9.8.7:1").loopback).toBe(true);
    expect(parseEndpoint("tcp://*:1").loopback).toBe(false);
    expect(parseEndpoint("tcp://0.0.0.0:1").loopback).toBe(false);
    expect(parseEndpoint("tcp://10.0.0.1:1").loopback).toBe(false);
    expect(parseEndpoint("tcp://eth0:1").loopback).toBe(false);
  });

  test.each([
    "nonsense",
    "tcp://127.0.0.1",
    "tcp://127.0.0.1:0",
    "tcp://127.0.0.1:99999",
    "tcp://127.0.0.1:x",
    "udp://127.0.0.1:5",
    "ipc://",
    "",
  ])("rejects %j with E_BAD_ENDPOINT naming it", (endpoint) => {
    let caught: unknown;
    try {
      parseEndpoint(endpoint);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PiQueueError);
    expect((caught as PiQueueError).code).toBe("E_BAD_ENDPOINT");
    expect((caught as PiQueueError).message).toContain(`'${endpoint}'`);
  });
});
