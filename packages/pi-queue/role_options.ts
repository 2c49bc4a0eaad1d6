import type { CurveKeys } from "./curve_keys.ts";
import type { Endpoints } from "./default_endpoints.ts";

/** Options for {@linkcode startRole} and the role classes; each role reads what it needs. */
export interface RoleOptions {
  /**
   * Where the binders bind and the connectors connect; missing fields fall back to the book's.
   * @default DEFAULT_ENDPOINTS
   */
  readonly endpoints?: Partial<Endpoints>;
  /**
   * bitsource's pause after each message, in milliseconds; `0` removes it. Ignored when `rate` is set.
   * @default 10
   */
  readonly intervalMs?: number;
  /**
   * bitsource's pace in points per second, or `"max"` for no pause at all.
   * @default undefined (pace by `intervalMs`, the book's 100 points a second)
   */
  readonly rate?: number | "max";
  /**
   * bitsource's points per message. Unset, it speaks the book's wire format (one 64-character
   * point per message); set, it sends the opt-in batched format (see README), which the book's
   * Python roles do not read. The other roles read both formats.
   * @default undefined
   */
  readonly batch?: number;
  /**
   * bitsource's back-pressure: publish only once every path has a subscriber and wait (never
   * drop) when a subscriber falls behind, so no point is lost on one path and not the other.
   * `false` is the book's PUB socket, which silently drops.
   * @default true
   */
  readonly lossless?: boolean;
  /**
   * bitsource's uniform source on [0, 1).
   * @default Math.random
   */
  readonly random?: () => number;
  /**
   * For the judge: which share of the judged points to take when several judges run.
   * @default { index: 0, count: 1 }
   */
  readonly shard?: { readonly index: number; readonly count: number };
  /**
   * For the judge: every pythagoras to spread requests over.
   * @default [endpoints.reqrep]
   */
  readonly pythagorasEndpoints?: readonly string[];
  /**
   * For the judge: how long a request may go unanswered before the judge gives that
   * pythagoras a fresh socket and asks again ("lazy pirate").
   * @default 1000
   */
  readonly requestTimeoutMs?: number;
  /**
   * For the judge: requests in flight per pythagoras. `1` is the book's strict request/reply.
   * @default 64
   */
  readonly window?: number;
  /**
   * For binders: more endpoints to bind the same socket to, e.g. an `inproc://` alias that
   * roles in the same process use instead of TCP.
   * @default []
   */
  readonly alsoBind?: readonly string[];
  /** tally calls this with each line the book prints, e.g. `"Y 3.1297185998627315"`. */
  readonly onLine?: (line: string) => void;
  /** Called once with an error that stopped the role (it has closed itself by then). */
  readonly onError?: (error: Error) => void;
  /**
   * Allow binding addresses other hosts can reach (`tcp://*:6700`, `tcp://10.0.0.5:6700`).
   * @default false
   */
  readonly allowNonLoopback?: boolean;
  /**
   * CURVE keys: binders act as CURVE servers that accept only `clientPublicKey`; connectors
   * authenticate with the client pair and check the server's public key.
   * @default undefined (no encryption)
   */
  readonly curve?: CurveKeys;
}
