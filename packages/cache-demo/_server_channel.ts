import type { Socket } from "node:net";
import type { MemjsServer } from "./_memjs_internals.ts";

/**
 * One binary-protocol response, read in place: `buffer` from `offset` holds the 24-byte header,
 * then `extrasLength` bytes of extras, `keyLength` bytes of key and the value, `bodyLength`
 * bytes in all. The same object is reused for every response: read it before returning.
 */
export interface Frame {
  buffer: Buffer;
  offset: number;
  opcode: number;
  status: number;
  extrasLength: number;
  keyLength: number;
  bodyLength: number;
}

/** Who hears back about one request: its response(s), or the failure of the connection. */
export interface Waiter {
  /** Stats answer with many responses and an empty one to finish: keep the waiter until then. */
  readonly multi?: boolean;
  onResponse(frame: Frame): void;
  onError(error: unknown): void;
}

/**
 * The request side of one memjs Server, taken over for speed: memjs keeps opening the
 * connection (SASL included) and reporting socket errors, while requests are matched to their
 * waiters through a Map (memjs keeps per-request callbacks in objects keyed by number and a
 * timeout array it shifts per response), responses are read in place, and requests written
 * while others are in flight go out in one socket write per tick (at high concurrency a system
 * call per request is most of the time).
 */
export class ServerChannel {
  readonly server: MemjsServer;
  readonly label: string;
  readonly #waiters = new Map<number, Waiter>();
  #queue: Buffer[] = [];
  /** The connection requests were last written to. */
  #current: Socket | undefined;
  readonly #originalError: (error: unknown) => void;
  readonly #originalHandler: (data: Buffer) => void;
  #pending: Buffer = EMPTY;
  /** Bumped when the connection fails: a read loop then stops using the old stream's bytes. */
  #generation = 0;
  readonly #frame: Frame = {
    buffer: EMPTY,
    offset: 0,
    opcode: 0,
    status: 0,
    extrasLength: 0,
    keyLength: 0,
    bodyLength: 0,
  };

  constructor(server: MemjsServer) {
    this.server = server;
    this.label = `${server.host}:${server.port}`;
    this.#originalError = server.error.bind(server);
    const internals = server as MemjsServerPatchable;
    this.#originalHandler = internals.responseHandler.bind(server);
    internals.error = (error) => this.fail(error);
    // memjs copies its pending buffer for every chunk and builds several objects per response;
    // #read parses headers in place and hands SASL replies back to memjs
    internals.responseHandler = (data) => this.#read(data);
  }

  /** Sends `request` (whose opaque field is `seq`) and routes what comes back to `waiter`. */
  send(seq: number, request: Buffer, waiter: Waiter): void {
    const idle = this.#waiters.size === 0;
    this.#waiters.set(seq, waiter);
    this.#queue.push(request);
    if (this.#queue.length > 1) return;
    if (idle) {
      // nothing in flight (one request at a time): batching could only add latency
      this.#flush();
    } else {
      // nextTick runs after the promise jobs queued so far, so every request issued in
      // reaction to one batch of responses goes out together
      process.nextTick(this.#flush);
    }
  }

  /** Forgets `seq` (its caller gave up on it). */
  forget(seq: number): void {
    this.#waiters.delete(seq);
  }

  /** Drops the connection and fails every waiter with `error`. */
  fail(error: unknown): void {
    this.#queue = [];
    this.#pending = EMPTY;
    this.#generation++;
    // the connection goes away below; its close must not fail requests meant for the next one
    this.#current = undefined;
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
      if (socket !== this.#current) {
        this.#current = socket;
        // request/response round trips: Nagle's algorithm would hold small writes back (set
        // once per connection: each call is a system call)
        socket.setNoDelay(true);
        // memjs forgets the requests of a connection the server closes (a killed or restarted
        // memcached): fail them now rather than at their deadline
        socket.once("close", () => {
          if (socket === this.#current) {
            this.#current = undefined;
            if (this.#waiters.size > 0) this.fail(new Error("the server closed the connection"));
          }
        });
      }
      socket.write(blob);
    });
  };

  #read(data: Buffer): void {
    const buffer = this.#pending.length === 0 ? data : Buffer.concat([this.#pending, data]);
    this.#pending = EMPTY;
    const generation = this.#generation;
    let offset = 0;
    while (buffer.length - offset >= 24 && generation === this.#generation) {
      const bodyLength = buffer.readUInt32BE(offset + 8);
      const end = offset + 24 + bodyLength;
      if (buffer.length < end) break;
      const opcode = buffer[offset + 1] ?? 0;
      const status = buffer.readUInt16BE(offset + 6);
      if (opcode === SASL_LIST || opcode === SASL_AUTH || status === STATUS_AUTH_ERROR) {
        // memjs answers the SASL handshake (and fails the connection on a refusal)
        this.#originalHandler(buffer.subarray(offset, end));
        if (status === STATUS_AUTH_ERROR) return;
      } else {
        const seq = buffer.readUInt32BE(offset + 12);
        const waiter = this.#waiters.get(seq);
        if (waiter !== undefined) {
          if (!waiter.multi || bodyLength === 0) this.#waiters.delete(seq);
          const frame = this.#frame;
          frame.buffer = buffer;
          frame.offset = offset;
          frame.opcode = opcode;
          frame.status = status;
          frame.extrasLength = buffer[offset + 4] ?? 0;
          frame.keyLength = buffer.readUInt16BE(offset + 2);
          frame.bodyLength = bodyLength;
          waiter.onResponse(frame);
        }
      }
      offset = end;
    }
    if (offset < buffer.length && generation === this.#generation) {
      this.#pending = buffer.subarray(offset);
    }
  }
}

const EMPTY = Buffer.alloc(0);
const SASL_LIST = 0x20;
const SASL_AUTH = 0x21;
const STATUS_AUTH_ERROR = 0x20;

/** The memjs Server members replaced or called here (memjs 1.3.2). */
interface MemjsServerPatchable extends MemjsServer {
  error(error: unknown): void;
  responseHandler(data: Buffer): void;
  sock(sasl: boolean, go: (socket: Socket) => void): void;
}
