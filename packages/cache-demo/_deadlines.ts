/** A pending entry: `expire` runs once if `done` was not called before the deadline. */
interface Entry {
  readonly at: number;
  readonly expire: () => void;
}

/**
 * Per-request deadlines on one timer. All entries share one timeout, so insertion order is
 * deadline order and expiry only ever looks at the head; that keeps the per-request cost to a
 * Map insert and delete instead of a timer each, which matters at tens of thousands of
 * requests per second.
 */
export class Deadlines {
  readonly #timeoutMs: number;
  readonly #entries = new Map<number, Entry>();
  #next = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  /** Registers `expire` to run after the timeout; returns the token for {@linkcode done}. */
  add(expire: () => void): number {
    const token = this.#next++;
    this.#entries.set(token, { at: performance.now() + this.#timeoutMs, expire });
    if (this.#timer === undefined) this.#arm(this.#timeoutMs);
    return token;
  }

  /** Cancels the deadline; returns false when it already expired (or was cancelled). */
  done(token: number): boolean {
    return this.#entries.delete(token);
  }

  /** Expires every pending entry now (used by close()). */
  expireAll(): void {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    this.#disarm();
    for (const entry of entries) entry.expire();
  }

  #arm(ms: number): void {
    // kept ref'd: a request memjs forgot (its socket closed quietly) must still settle
    this.#timer = setTimeout(() => this.#sweep(), Math.max(1, Math.ceil(ms)));
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #sweep(): void {
    this.#timer = undefined;
    const now = performance.now();
    const expired: Entry[] = [];
    for (const [token, entry] of this.#entries) {
      if (entry.at > now) break;
      this.#entries.delete(token);
      expired.push(entry);
    }
    const head = this.#entries.values().next();
    if (!head.done) this.#arm(head.value.at - now);
    for (const entry of expired) entry.expire();
  }
}
