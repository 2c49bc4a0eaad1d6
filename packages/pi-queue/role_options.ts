import type { Endpoints } from "./default_endpoints.ts";

/** Options for {@linkcode startRole} and the role classes; each role reads what it needs. */
export interface RoleOptions {
  /**
   * Where the binders bind and the connectors connect; missing fields fall back to the book's.
   * @default DEFAULT_ENDPOINTS
   */
  readonly endpoints?: Partial<Endpoints>;
  /**
   * bitsource's pause between points, in milliseconds; `0` removes it (full speed).
   * @default 10
   */
  readonly intervalMs?: number;
  /**
   * bitsource's uniform source on [0, 1).
   * @default Math.random
   */
  readonly random?: () => number;
  /** tally calls this with each line the book prints, e.g. `"Y 3.1297185998627315"`. */
  readonly onLine?: (line: string) => void;
  /** Called once with an error that stopped the role (it has closed itself by then). */
  readonly onError?: (error: Error) => void;
  /**
   * Allow binding addresses other hosts can reach (`tcp://*:6700`, `tcp://10.0.0.5:6700`).
   * @default false
   */
  readonly allowNonLoopback?: boolean;
}
