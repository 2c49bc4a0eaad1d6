import { Reply } from "zeromq";
import { _z85Decode } from "./_z85.ts";

// ZeroMQ asks the ZAP handler bound here (in the same context) whether to accept each CURVE
// client: ZeroMQ RFC 27. One handler per process, shared by every CURVE server socket in it.
const ZAP_ENDPOINT = "inproc://zeromq.zap.01";

let handler: { socket: Reply; allowed: Map<string, number> } | undefined;

/**
 * Accept CURVE clients presenting `clientPublicKey` (Z85) from now until the returned release
 * function is called; every other client key is refused.
 */
export async function _allowCurveClient(clientPublicKey: string): Promise<() => void> {
  const key = _z85Decode(clientPublicKey)?.toString("hex");
  if (key === undefined) throw new TypeError("clientPublicKey must be Z85");
  if (handler === undefined) {
    const socket = new Reply({ linger: 0 });
    const allowed = new Map<string, number>();
    handler = { socket, allowed };
    await socket.bind(ZAP_ENDPOINT);
    void serve(socket, allowed).catch(() => {});
  }
  const current = handler;
  current.allowed.set(key, (current.allowed.get(key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (current.allowed.get(key) ?? 1) - 1;
    if (left > 0) current.allowed.set(key, left);
    else current.allowed.delete(key);
    if (current.allowed.size === 0 && handler === current) {
      handler = undefined;
      current.socket.close();
    }
  };
}

async function serve(socket: Reply, allowed: Map<string, number>): Promise<void> {
  for await (const frames of socket) {
    const [version, requestId, , , , mechanism, credential] = frames;
    const ok =
      mechanism?.toString() === "CURVE" &&
      credential !== undefined &&
      allowed.has(credential.toString("hex"));
    await socket.send([
      version ?? "1.0",
      requestId ?? "",
      ok ? "200" : "400",
      ok ? "OK" : "client key not allowed",
      ok ? "pi-queue" : "",
      "",
    ]);
  }
}
