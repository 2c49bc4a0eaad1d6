import { PiQueueError } from "./pi_queue_error.ts";

/** A ZeroMQ endpoint taken apart. */
export interface ParsedEndpoint {
  /** `tcp`, `ipc` or `inproc`. */
  readonly transport: "tcp" | "ipc" | "inproc";
  /** For tcp, the host or interface without IPv6 brackets (`*` is every interface); else the path or name. */
  readonly host: string;
  /** For tcp, the port, or `*` for "any free port" (binding only); `undefined` otherwise. */
  readonly port: number | "*" | undefined;
  /** Whether the address can only be reached from this host (loopback, ipc or inproc). */
  readonly loopback: boolean;
}

const TCP = /^tcp:\/\/(\[[0-9A-Fa-f:.]+\]|[^\s:/[\]]+):(\*|[0-9]{1,5})$/;

/**
 * Check a ZeroMQ endpoint string and take it apart. ZeroMQ itself accepts some nonsense (a tcp
 * port of 99999 binds to port 34463), so every role checks its endpoints here first.
 *
 * @throws {PiQueueError} `E_BAD_ENDPOINT` naming the endpoint when it is not a usable address.
 * @example
 * ```ts
 * import { parseEndpoint } from "@ch8/pi-queue";
 *
 * const parsed = parseEndpoint("tcp://127.0.0.1:6700");
 * parsed; //=> { transport: "tcp", host: "127.0.0.1", port: 6700, loopback: true }
 * parseEndpoint("tcp://*:6700").loopback; //=> false
 * ```
 */
export function parseEndpoint(endpoint: string): ParsedEndpoint {
  if (typeof endpoint !== "string") {
    throw new PiQueueError("E_BAD_ENDPOINT", `bad endpoint ${String(endpoint)}: not a string`);
  }
  const tcp = TCP.exec(endpoint);
  if (tcp !== null) {
    const rawHost = tcp[1]!;
    const rawPort = tcp[2]!;
    const port = rawPort === "*" ? "*" : Number(rawPort);
    if (port !== "*" && (port < 1 || port > 65535)) {
      throw new PiQueueError(
        "E_BAD_ENDPOINT",
        `bad endpoint '${endpoint}': port ${rawPort} is outside 1..65535`,
      );
    }
    const host = rawHost.startsWith("[") ? rawHost.slice(1, -1) : rawHost;
    return { transport: "tcp", host, port, loopback: isLoopbackHost(host) };
  }
  for (const transport of ["ipc", "inproc"] as const) {
    const prefix = `${transport}://`;
    if (endpoint.startsWith(prefix) && endpoint.length > prefix.length) {
      return { transport, host: endpoint.slice(prefix.length), port: undefined, loopback: true };
    }
  }
  throw new PiQueueError(
    "E_BAD_ENDPOINT",
    `bad endpoint '${endpoint}': expected tcp://HOST:PORT, ipc://PATH or inproc://NAME`,
  );
}

function isLoopbackHost(host: string): boolean {
  if (host === "localhost" || host === "::1" || host === "lo") return true;
  return /^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/.test(host);
}
