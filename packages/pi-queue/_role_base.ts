import type { Socket } from "zeromq";
import { _isClosedError } from "./_sockets.ts";
import type { Role, RoleStats } from "./role.ts";
import type { RoleName } from "./role_name.ts";

/** Options every role accepts. */
export interface _BaseOptions {
  /** Called with an error that stopped the role's loop (the role closes itself first). */
  readonly onError?: (error: Error) => void;
}

/** Socket bookkeeping, idempotent close and loop error handling shared by the five roles. */
export abstract class _RoleBase implements Role {
  abstract readonly name: RoleName;
  endpoint: string | undefined;
  protected received = 0;
  protected sent = 0;
  protected malformed = 0;
  readonly #sockets: Socket[] = [];
  readonly #loops: Promise<void>[] = [];
  readonly #abort = new AbortController();
  readonly #onError: ((error: Error) => void) | undefined;
  #started = false;
  #error: Error | undefined;

  constructor(options: _BaseOptions) {
    this.#onError = options.onError;
  }

  get error(): Error | undefined {
    return this.#error;
  }

  get closed(): boolean {
    return this.#abort.signal.aborted;
  }

  /** Aborted on close, so sleeps and waits end with the role. */
  protected get signal(): AbortSignal {
    return this.#abort.signal;
  }

  async start(): Promise<void> {
    if (this.#started) throw new Error(`${this.name} already started`);
    this.#started = true;
    try {
      await this.open();
    } catch (error) {
      this.close();
      throw error;
    }
  }

  close(): void {
    if (this.#abort.signal.aborted) return;
    this.#abort.abort();
    for (const socket of this.#sockets) socket.close();
  }

  async done(): Promise<void> {
    await Promise.all(this.#loops);
  }

  stats(): RoleStats {
    return { received: this.received, sent: this.sent, malformed: this.malformed };
  }

  /** Create the sockets, bind or connect, and start loops with {@linkcode run}. */
  protected abstract open(): Promise<void>;

  /** Track a socket so close() closes it; it is closed at once if the role already is. */
  protected track<T extends Socket>(socket: T): T {
    this.#sockets.push(socket);
    if (this.closed) socket.close();
    return socket;
  }

  /** Forget (and close) a socket the role replaces, e.g. the judge's after a timeout. */
  protected untrack(socket: Socket): void {
    const index = this.#sockets.indexOf(socket);
    if (index >= 0) this.#sockets.splice(index, 1);
    socket.close();
  }

  /** Run a background loop; a failure that is not just "closed under us" stops the role. */
  protected run(loop: () => Promise<void>, socket?: Socket): void {
    const running = loop().catch((error: unknown) => {
      if (this.closed || (socket !== undefined && _isClosedError(socket, error))) return;
      this.#error = error instanceof Error ? error : new Error(String(error));
      this.close();
      this.#onError?.(this.#error);
    });
    this.#loops.push(running);
  }

  /** Wait `ms` milliseconds, or less if the role closes meanwhile. */
  protected sleep(ms: number): Promise<void> {
    const signal = this.#abort.signal;
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
    });
  }
}
