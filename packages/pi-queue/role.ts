import type { RoleName } from "./role_name.ts";

/** Message counts every role keeps. */
export interface RoleStats {
  /** Messages (or, batched, points) this role took in and accepted. */
  readonly received: number;
  /** Messages (or, batched, points) this role sent on. */
  readonly sent: number;
  /** Incoming messages dropped because they were malformed. */
  readonly malformed: number;
  /** Requests the judge asked again after a pythagoras timed out (0 for other roles). */
  readonly retries: number;
}

/** One running role of the pipeline: a few sockets and the loop that drives them. */
export interface Role {
  /** Which of the book's roles this is. */
  readonly name: RoleName;
  /** The endpoint this role bound (with a `*` port resolved), or `undefined` for a connecting role. */
  readonly endpoint: string | undefined;
  /** The error that stopped the role's loop, if one did. */
  readonly error: Error | undefined;
  /** Open the sockets (binders bind, the rest connect) and start the loop. */
  start(): Promise<void>;
  /**
   * Close every socket (linger 0); the loop ends. Safe to call more than once; the promise is
   * {@linkcode Role.done}'s.
   */
  close(): Promise<void>;
  /**
   * Resolves once the role is closed: its loops have ended and the ports it bound can be bound
   * again.
   */
  done(): Promise<void>;
  /** Counts so far. */
  stats(): RoleStats;
}
