import type { Socket } from "zeromq";
import { _bind, _connect, _isClosedError, _waitUntilReleased } from "./_sockets.ts";
import { _allowCurveClient } from "./_zap.ts";
import { PiQueueError } from "./pi_queue_error.ts";
import type { Role, RoleStats } from "./role.ts";
import type { RoleName } from "./role_name.ts";
import type { RoleOptions } from "./role_options.ts";

/** Socket bookkeeping, idempotent close and loop error handling shared by the five roles. */
export abstract class _RoleBase implements Role {
  abstract readonly name: RoleName;
  endpoint: string | undefined;
  protected received = 0;
  protected sent = 0;
  protected malformed = 0;
  protected retries = 0;
  readonly #cleanups: Array<() => void> = [];
  readonly #bound: string[] = [];
  #done: Promise<void> | undefined;
  readonly #sockets: Socket[] = [];
  readonly #loops: Promise<void>[] = [];
  readonly #abort = new AbortController();
  readonly #onError: ((error: Error) => void) | undefined;
  protected readonly options: RoleOptions;
  #started = false;
  #error: Error | undefined;

  constructor(options: RoleOptions) {
    this.options = options;
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

  close(): Promise<void> {
    if (!this.#abort.signal.aborted) {
      this.#abort.abort();
      for (const socket of this.#sockets) socket.close();
      for (const cleanup of this.#cleanups.splice(0)) cleanup();
    }
    return this.done();
  }

  done(): Promise<void> {
    this.#done ??= (async () => {
      const signal = this.#abort.signal;
      if (!signal.aborted) {
        await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
      }
      await Promise.all(this.#loops);
      await Promise.all(this.#bound.map((endpoint) => _waitUntilReleased(endpoint)));
    })();
    return this.#done;
  }

  stats(): RoleStats {
    return {
      received: this.received,
      sent: this.sent,
      malformed: this.malformed,
      retries: this.retries,
    };
  }

  /**
   * Bind as a CURVE server when keys are given, and bind `alsoBind` too; returns the endpoint
   * actually bound.
   */
  protected async bindTo(socket: Socket, endpoint: string): Promise<string> {
    const curve = this.options.curve;
    if (curve !== undefined) {
      if (curve.serverSecretKey === undefined) {
        throw new PiQueueError(
          "E_CURVE_KEYS",
          `${this.name} binds, so it needs the server secret key`,
        );
      }
      socket.curveServer = true;
      socket.curvePublicKey = curve.serverPublicKey;
      socket.curveSecretKey = curve.serverSecretKey;
      const release = await _allowCurveClient(curve.clientPublicKey);
      this.#cleanups.push(release);
      if (this.closed) release();
    }
    const bound = await _bind(socket, endpoint, this.options);
    this.#bound.push(bound);
    for (const alias of this.options.alsoBind ?? []) {
      this.#bound.push(await _bind(socket, alias, this.options));
    }
    return bound;
  }

  /** Connect as a CURVE client when keys are given. */
  protected connectTo(socket: Socket, endpoint: string): void {
    const curve = this.options.curve;
    if (curve !== undefined) {
      if (curve.clientSecretKey === undefined) {
        throw new PiQueueError(
          "E_CURVE_KEYS",
          `${this.name} connects, so it needs the client secret key`,
        );
      }
      socket.curveServerKey = curve.serverPublicKey;
      socket.curvePublicKey = curve.clientPublicKey;
      socket.curveSecretKey = curve.clientSecretKey;
    }
    _connect(socket, endpoint);
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
      void this.close();
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
