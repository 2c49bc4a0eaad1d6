import type { Socket } from "node:net";

// memjs 1.3.2 exposes its Server objects, but @types/memjs leaves out the members failover and
// the request channel rely on; they are stable across memjs 1.3.x.

/** The memjs Server members used here. */
export interface MemjsServer {
  readonly host: string;
  readonly port: number;
  /** memjs's Client#server() skips a server until this time (ms since the epoch). */
  wakeupAt?: number;
  _socket?: Socket;
  /** Tears the connection down and calls back every request pending on it with `error`. */
  error(error: unknown): void;
  close(): void;
}

/** A parsed binary-protocol response. */
export interface MemjsResponse {
  readonly header: {
    readonly status: number;
    readonly opcode: number;
    readonly opaque: number;
    readonly totalBodyLength: number;
  };
  readonly key: Buffer;
  readonly extras: Buffer;
  readonly val: Buffer;
}

/** The memjs Client members used here. */
export interface MemjsClientInternals {
  readonly servers: readonly MemjsServer[];
  /** The hook memjs's server selection calls: the index of `key`'s server. */
  getServer(key: string): number;
  /** memjs's server selection: getServer's choice, or the next server not marked down. */
  server(key: string): MemjsServer | null;
}
