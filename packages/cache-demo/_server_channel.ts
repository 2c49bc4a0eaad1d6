import type { Socket } from "node:net";
import type { MemjsResponse, MemjsServer } from "./_memjs_internals.ts";

/** Who hears back about one request: its response(s), or the failure of the connection. */
export interface Waiter {
  /** Stats answer with many responses and an empty one to finish: keep the waiter until then. */
  readonly multi?: boolean;
  onResponse(response: MemjsResponse): void;
  onError(error: unknown): void;
}

/**
 * The request side of one memjs Server, taken over for speed: memjs keeps opening the
 * connection (SASL included), parsing responses and reporting socket errors, while requests are
 * matched to waiters through a Map (memjs's per-request object keys and timeout array cost more
 * than the rest of a request), and everything written in one tick goes out in one socket write
 * (a system call per request is most of the time at high concurrency).
 */
export class ServerChannel {
  readonly server: MemjsServer;
  readonly label: string;
  readonly #waiters = new Map<number, Waiter>();
  #queue: Buffer[] = [];
  readonly #originalError: (error: unknown) => void;

  constructor(server: MemjsServer) {
    this.server = server;
    this.label = `${server.host}:${server.port}`;
    this.#originalError = server.error.bind(server);
    const internals = server as MemjsServerPatchable;
    internals.respond = (response) => this.#respond(response);
    internals.error = (error) => this.fail(error);
    internals.appendToBuffer = (data) => {
      // memjs copies the whole pending buffer for every chunk; most chunks start clean
      internals.responseBuffer =
        internals.responseBuffer.length === 0
          ? data
          : Buffer.concat([internals.responseBuffer, data]);
      return internals.responseBuffer;
    };
  }

  /** Sends `request` (whose opaque field is `seq`) and routes what comes back to `waiter`. */
  send(seq: number, request: Buffer, waiter: Waiter): void {
    this.#waiters.set(seq, waiter);
    this.#queue.push(request);
    // nextTick runs after the promise jobs queued so far, so every request issued in reaction
    // to one batch of responses goes out together
    if (this.#queue.length === 1) process.nextTick(this.#flush);
  }

  /** Forgets `seq` (its caller gave up on it). */
  forget(seq: number): void {
    this.#waiters.delete(seq);
  }

  /** Drops the connection and fails every waiter with `error`. */
  fail(error: unknown): void {
    this.#queue = [];
    // memjs's own error() tears the socket down and resets its connection state
    this.#originalError(error);
    if (this.#waiters.size === 0) return;
    const waiters = [...this.#waiters.values()];
    this.#waiters.clear();
    for (const waiter of waiters) waiter.onError(error);
  }

  /** Closes the connection once written data is flushed; resolves when the socket is gone. */
  close(): Promise<void> {
    const socket = this.server._socket;
    this.server.close();
    if (socket === undefined || socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once("close", () => resolve());
      // a server that stopped reading would otherwise keep the half-closed socket forever
      setTimeout(() => socket.destroy(), 1000).unref();
    });
  }

  readonly #flush = (): void => {
    const queue = this.#queue;
    if (queue.length === 0) return;
    this.#queue = [];
    const blob = queue.length === 1 ? (queue[0] as Buffer) : Buffer.concat(queue);
    // sock() connects (and authenticates) first when needed
    (this.server as MemjsServerPatchable).sock(false, (socket: Socket) => {
      // request/response round trips: Nagle's algorithm would hold small writes back
      socket.setNoDelay(true);
      socket.write(blob);
    });
  };

  #respond(response: MemjsResponse): void {
    const seq = response.header.opaque;
    const waiter = this.#waiters.get(seq);
    if (waiter === undefined) return;
    if (!waiter.multi || response.header.totalBodyLength === 0) this.#waiters.delete(seq);
    waiter.onResponse(response);
  }
}

/** The memjs Server members replaced or called here (memjs 1.3.2). */
interface MemjsServerPatchable extends MemjsServer {
  responseBuffer: Buffer;
  respond(response: MemjsResponse): void;
  error(error: unknown): void;
  appendToBuffer(data: Buffer): Buffer;
  sock(sasl: boolean, go: (socket: Socket) => void): void;
}
