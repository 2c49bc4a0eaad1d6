import type { Socket } from "node:net";

// memjs 1.3.2 exposes its Server objects but @types/memjs leaves out the members we rely on
// for per-server requests (version probes, stats) and for failover; they are stable in 1.3.x.

/** The memjs Server members used here. */
export interface MemjsServer {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  wakeupAt?: number;
  _socket?: Socket;
  onResponse(seq: number, handler: (response: MemjsResponse) => void): void;
  onError(seq: number, handler: (error: unknown) => void): void;
  write(request: Buffer): void;
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
  seq: number;
  incrSeq(): void;
  getServer(key: string): number;
  server(key: string): MemjsServer | null;
}
