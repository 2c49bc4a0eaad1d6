/** Something with a deadline. */
export interface Expiring {
  /**
   * `token` is the one {@linkcode Deadlines.add} returned: a target re-registered meanwhile
   * (while other expiries in the same sweep ran) must ignore its stale deadline.
   */
  onTimeout(token: number): void;
}

/**
 * Per-request deadlines on one timer. All entries share one timeout, so insertion order is
 * deadline order and expiry only ever looks at the head; that keeps the per-request cost to a
 * Map insert and delete instead of a timer each, which matters at tens of thousands of
 * requests per second.
 */
export class Deadlines {
  readonly #timeoutMs: number;
  readonly #entries = new Map<number, { at: number; target: Expiring }>();
  #next = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  /** Calls `target.onTimeout()` after the timeout unless {@linkcode done} comes first. */
  add(target: Expiring): number {
    const token = this.#next++;
    this.#entries.set(token, { at: performance.now() + this.#timeoutMs, target });
    // kept ref'd: a request memjs forgot (its socket closed quietly) must still settle
    if (this.#timer === undefined) this.#arm(this.#timeoutMs);
    return token;
  }

  /** Cancels the deadline; returns false when it already expired (or was cancelled). */
  done(token: number): boolean {
    return this.#entries.delete(token);
  }

  /** Expires every pending entry now (used by close()). */
  expireAll(): void {
    const entries = [...this.#entries];
    this.#entries.clear();
    this.#disarm();
    for (const [token, entry] of entries) entry.target.onTimeout(token);
  }

  #arm(ms: number): void {
    this.#timer = setTimeout(() => this.#sweep(), Math.max(1, Math.ceil(ms)));
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #sweep(): void {
    this.#timer = undefined;
    const now = performance.now();
    const expired: [number, Expiring][] = [];
    for (const [token, entry] of this.#entries) {
      if (entry.at > now) break;
      this.#entries.delete(token);
      expired.push([token, entry.target]);
    }
    const head = this.#entries.values().next();
    if (!head.done) this.#arm(head.value.at - now);
    for (const [token, target] of expired) target.onTimeout(token);
  }
}
