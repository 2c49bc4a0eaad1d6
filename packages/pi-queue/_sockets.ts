import { createServer } from "node:net";
import type { Socket } from "zeromq";
import { parseEndpoint } from "./parse_endpoint.ts";
import { PiQueueError } from "./pi_queue_error.ts";

/** Settings every socket-opening role shares. */
export interface _BindPolicy {
  /** Allow binding to addresses other hosts can reach. */
  readonly allowNonLoopback?: boolean;
}

/**
 * Bind after checking the endpoint ourselves, and turn ZeroMQ's errno into our codes; returns
 * the endpoint actually bound (with `*` resolved to the port the kernel chose).
 */
export async function _bind(
  socket: Socket,
  endpoint: string,
  policy: _BindPolicy,
): Promise<string> {
  const parsed = parseEndpoint(endpoint);
  if (!parsed.loopback && policy.allowNonLoopback !== true) {
    throw new PiQueueError(
      "E_NON_LOOPBACK",
      `refusing to bind '${endpoint}': '${parsed.host}' is not a loopback address (127.0.0.0/8, ::1, localhost), so other hosts could reach it; allow non-loopback binding explicitly`,
    );
  }
  try {
    await socket.bind(endpoint);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE") {
      throw new PiQueueError("E_ADDRESS_IN_USE", `address already in use: '${endpoint}'`, {
        cause: error,
      });
    }
    if (code === "EINVAL" || code === "ENODEV" || code === "EADDRNOTAVAIL") {
      throw new PiQueueError(
        "E_BAD_ENDPOINT",
        `cannot bind '${endpoint}': ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    throw new PiQueueError("E_SOCKET", `cannot bind '${endpoint}': ${(error as Error).message}`, {
      cause: error,
    });
  }
  return socket.lastEndpoint ?? endpoint;
}

/** Connect after checking the endpoint; ZeroMQ connects lazily, so only the syntax can fail. */
export function _connect(socket: Socket, endpoint: string): void {
  const parsed = parseEndpoint(endpoint);
  if (parsed.port === "*") {
    throw new PiQueueError(
      "E_BAD_ENDPOINT",
      `cannot connect to '${endpoint}': port '*' only binds`,
    );
  }
  try {
    socket.connect(endpoint);
  } catch (error) {
    throw new PiQueueError(
      "E_BAD_ENDPOINT",
      `cannot connect to '${endpoint}': ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** Whether an error only says the socket was closed under a pending call. */
export function _isClosedError(socket: Socket, error: unknown): boolean {
  if (socket.closed) return true;
  const code = (error as { code?: string }).code;
  return code === "EBADF" || code === "ETERM" || code === "ENOTSOCK";
}

/**
 * Resolve once a closed socket's tcp port can be bound again (ZeroMQ releases it on its I/O
 * thread a moment after close() returns), so a closed role can be restarted at once on the
 * same endpoint. Gives up quietly after two seconds; non-tcp endpoints resolve at once.
 */
export async function _waitUntilReleased(endpoint: string): Promise<void> {
  const parsed = parseEndpoint(endpoint);
  if (parsed.transport !== "tcp" || typeof parsed.port !== "number") return;
  const host = parsed.host === "*" ? "0.0.0.0" : parsed.host;
  if (!/^[0-9.]+$|:/.test(host) && host !== "localhost") return;
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(parsed.port as number, host, () => probe.close(() => resolve(true)));
    });
    if (free) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
