import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago, for tests. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Three free loopback endpoints for the pi pipeline. */
export async function freeEndpoints() {
  const [a, b, c] = [await freePort(), await freePort(), await freePort()];
  return {
    pubsub: `tcp://127.0.0.1:${a}`,
    reqrep: `tcp://127.0.0.1:${b}`,
    pushpull: `tcp://127.0.0.1:${c}`,
  };
}
