import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 nobody listens on right now. Drawn at random below Linux's ephemeral
 * range (32768 and up): a port the kernel hands out for `listen(0)` is also what it hands to
 * outgoing connections, so under a busy parallel test run another socket could take it first.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** Three free loopback endpoints for the pi pipeline: pubsub, reqrep and pushpull. */
export async function freeEndpoints(): Promise<{
  pubsub: string;
  reqrep: string;
  pushpull: string;
}> {
  const [a, b, c] = [await freePort(), await freePort(), await freePort()];
  return {
    pubsub: `tcp://127.0.0.1:${a}`,
    reqrep: `tcp://127.0.0.1:${b}`,
    pushpull: `tcp://127.0.0.1:${c}`,
  };
}
