import { Client, Utils } from "memjs";
import { checkKey, describeKey } from "./_check_key.ts";
import { Deadlines } from "./_deadlines.ts";
import { encodeValue, isTextFlags } from "./_encode_value.ts";
import type { MemjsClientInternals, MemjsResponse, MemjsServer } from "./_memjs_internals.ts";
import type { Cache, CacheSetOptions, CacheValue } from "./cache.ts";
import { CacheError } from "./cache_error.ts";
import { flagsSerializer, type StoredItem } from "./flags_serializer.ts";

/** Options for {@linkcode MemjsCache}. */
export interface MemjsCacheOptions {
  /**
   * How long a request (connecting included) may take before its server counts as failed.
   * @default 500
   */
  readonly timeoutMs?: number;
  /**
   * How long a failed server is skipped before it is tried again.
   * @default 1000
   */
  readonly retryAfterMs?: number;
  /**
   * Picks the index (into `servers`) of the server that owns `key`. The default is memjs's
   * own choice (a Java-style string hash modulo the server count).
   */
  readonly locate?: (key: string) => number;
}

/** Counters a {@linkcode MemjsCache} keeps about failures, for reporting. */
export interface MemjsCacheCounters {
  /** Requests that went to another server because theirs failed. */
  readonly failovers: number;
  /** Failures (refused, timed out, dropped) seen per server, keyed `host:port`. */
  readonly failures: Readonly<Record<string, number>>;
}

const SILENT = { log() {} };
const OPCODE_VERSION = 0x0b;
const STATUS_VALUE_TOO_LARGE = 0x03;

type Callback<T> = (error: unknown, result: T) => void;
type Send<T> = (callback: Callback<T>) => void;

/**
 * A {@linkcode Cache} over one or more memcached servers through memjs (binary protocol,
 * SASL `user:pass@host:port`). Values carry python-memcache/pylibmc flags (see
 * {@linkcode flagsSerializer}); every request is bounded by `timeoutMs`, and a server that
 * fails is skipped for `retryAfterMs` while its keys go to the next server.
 *
 * @example
 * ```ts
 * import { MemjsCache, startMemcached } from "@ch8/cache-demo";
 *
 * const server = await startMemcached();
 * const cache = new MemjsCache(server.address);
 * await cache.set("sq:12", 144);
 * await cache.get("sq:12"); //=> "144"
 * await cache.get("sq:13"); //=> null
 * await cache.close();
 * await server.close();
 * ```
 */
export class MemjsCache implements Cache {
  /** The servers as `host:port`, in the order given (credentials left out). */
  readonly servers: readonly string[];
  readonly #client: Client<CacheValue, StoredItem | null>;
  readonly #memjs: MemjsClientInternals;
  readonly #deadlines: Deadlines;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #lastError = new Map<MemjsServer, string>();
  readonly #failures: Record<string, number> = {};
  #failovers = 0;
  #closing: Promise<void> | undefined;

  constructor(servers: string | readonly string[], options: MemjsCacheOptions = {}) {
    const list = (typeof servers === "string" ? servers.split(",") : [...servers])
      .map((server) => server.trim())
      .filter((server) => server.length > 0);
    if (list.length === 0) {
      throw new RangeError(`servers must name at least one server, got ${JSON.stringify(servers)}`);
    }
    const timeoutMs = options.timeoutMs ?? 500;
    const retryAfterMs = options.retryAfterMs ?? 1000;
    if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${timeoutMs}`);
    if (!(retryAfterMs >= 0)) {
      throw new RangeError(`retryAfterMs must be >= 0, got ${retryAfterMs}`);
    }
    this.#timeoutMs = timeoutMs;
    this.#retryAfterMs = retryAfterMs;
    // retries: 1 means "no retry" in memjs; failover is ours so that it is bounded and counted
    this.#client = Client.create<CacheValue, StoredItem | null>(list.join(","), {
      logger: SILENT,
      retries: 1,
      failover: false,
      timeout: timeoutMs / 1000,
      conntimeout: timeoutMs / 1000,
      serializer: flagsSerializer,
    });
    this.#memjs = this.#client as unknown as MemjsClientInternals;
    this.servers = this.#memjs.servers.map((server) => `${server.host}:${server.port}`);
    for (const server of this.servers) this.#failures[server] = 0;
    // memjs's own deadline is the normal path; ours is the backstop for a connection the server
    // closed, after which memjs never calls pending callbacks
    this.#deadlines = new Deadlines(timeoutMs + 100);
    const locate = options.locate;
    if (locate !== undefined) {
      const count = this.servers.length;
      this.#memjs.getServer = (key) => {
        const index = locate(key);
        if (!Number.isInteger(index) || index < 0 || index >= count) {
          throw new RangeError(
            `locate(${describeKey(key)}) must return 0..${count - 1}, got ${index}`,
          );
        }
        return index;
      };
    }
  }

  /** The stored text for `key`, or `null` on a miss. */
  get(key: string): Promise<string | null> {
    try {
      checkKey(key);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#perform<StoredItem | null>(key, (callback) =>
      this.#client.get(key, (error, value) => callback(error, value)),
    ).then((item) => {
      if (item === null) return null;
      if (!isTextFlags(item.flags)) {
        throw new CacheError(
          "E_UNSUPPORTED_VALUE",
          `key ${describeKey(key)} holds an item with flags ${item.flags} (not text or an integer, e.g. a Python pickle)`,
        );
      }
      return item.text;
    });
  }

  /** Stores `value` under `key`; numbers and bigints as integers Python reads back as `int`. */
  set(key: string, value: CacheValue, options: CacheSetOptions = {}): Promise<void> {
    let text: string;
    const expires = options.expires ?? 0;
    try {
      checkKey(key);
      text = encodeValue(value).text;
      if (!Number.isInteger(expires) || expires < 0 || expires > 0xffffffff) {
        throw new RangeError(`expires must be a whole number of seconds >= 0, got ${expires}`);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#perform<boolean | null>(key, (callback) =>
      this.#client.set(key, value, { expires }, (error, ok) => callback(error, ok)),
    ).then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof _StatusError && error.status === STATUS_VALUE_TOO_LARGE) {
          throw new CacheError(
            "E_VALUE_TOO_LARGE",
            `value for key ${describeKey(key)} is ${Buffer.byteLength(text)} bytes, over the item size limit of memcached at ${error.server}`,
          );
        }
        throw error;
      },
    );
  }

  /** Asks every server for its version; rejects `E_SERVER_UNREACHABLE` naming one that fails. */
  async versions(): Promise<Record<string, string>> {
    const answers = await Promise.all(
      this.#memjs.servers.map(async (server) => {
        const response = await this.#request(server, OPCODE_VERSION);
        return [`${server.host}:${server.port}`, response.val.toString()] as const;
      }),
    );
    return Object.fromEntries(answers);
  }

  /** Failure counters since the cache was created. */
  counters(): MemjsCacheCounters {
    return { failovers: this.#failovers, failures: { ...this.#failures } };
  }

  /** Closes the connections; pending requests reject `E_CLOSED`. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#deadlines.expireAll();
    const sockets = this.#memjs.servers.flatMap((server) => server._socket ?? []);
    const closed = sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.destroyed) return resolve();
          socket.once("close", () => resolve());
          // a server that stopped reading would otherwise keep the half-closed socket forever
          setTimeout(() => socket.destroy(), 1000).unref();
        }),
    );
    this.#client.close();
    await Promise.all(closed);
  }

  #perform<T>(key: string, send: Send<T>): Promise<T> {
    if (this.#closing !== undefined) {
      return Promise.reject(new CacheError("E_CLOSED", "the cache is closed"));
    }
    return new Promise<T>((resolve, reject) => this.#attempt(key, send, resolve, reject, 0));
  }

  #attempt<T>(
    key: string,
    send: Send<T>,
    resolve: (value: T) => void,
    reject: (error: unknown) => void,
    attempt: number,
  ): void {
    const server = this.#memjs.server(key);
    if (server === null) {
      reject(this.#unreachable(this.#memjs.servers));
      return;
    }
    let settled = false;
    const failed = (error: unknown) => {
      this.#markDown(server, error);
      if (this.#closing !== undefined) {
        reject(new CacheError("E_CLOSED", "the cache was closed while a request was pending"));
      } else if (attempt + 1 < this.servers.length) {
        this.#failovers++;
        this.#attempt(key, send, resolve, reject, attempt + 1);
      } else {
        reject(this.#unreachable([server]));
      }
    };
    const token = this.#deadlines.add(() => {
      // failing the connection makes memjs call back every request pending on it
      server.error(new Error(`no answer within ${this.#timeoutMs} ms`));
      if (!settled) {
        settled = true;
        failed(new Error(`no answer within ${this.#timeoutMs} ms`));
      }
    });
    try {
      send((error, result) => {
        if (settled) return;
        settled = true;
        this.#deadlines.done(token);
        if (error === null || error === undefined) {
          this.#lastError.delete(server);
          resolve(result);
        } else if (error instanceof Error && error.message.startsWith("MemJS ")) {
          reject(_statusError(error, server));
        } else if (typeof error === "string" && error.includes("authentication failed")) {
          reject(_authError(server));
        } else {
          failed(error);
        }
      });
    } catch (error) {
      settled = true;
      this.#deadlines.done(token);
      reject(error);
    }
  }

  #markDown(server: MemjsServer, error: unknown): void {
    const label = `${server.host}:${server.port}`;
    this.#failures[label] = (this.#failures[label] ?? 0) + 1;
    this.#lastError.set(server, error instanceof Error ? error.message : String(error));
    server.wakeupAt = Date.now() + this.#retryAfterMs;
  }

  #unreachable(servers: readonly MemjsServer[]): CacheError {
    const describe = (server: MemjsServer) => {
      const reason = this.#lastError.get(server);
      return `${server.host}:${server.port}${reason === undefined ? "" : ` (${reason})`}`;
    };
    const [only] = servers;
    if (servers.length === 1 && only !== undefined) {
      const reason = this.#lastError.get(only);
      return new CacheError(
        "E_SERVER_UNREACHABLE",
        `memcached server ${only.host}:${only.port} did not answer${reason === undefined ? "" : `: ${reason}`}`,
      );
    }
    return new CacheError(
      "E_SERVER_UNREACHABLE",
      `no memcached server answered: ${servers.map(describe).join(", ")}`,
    );
  }

  /** One request to one server (no failover), bounded like every other request. */
  #request(server: MemjsServer, opcode: number): Promise<MemjsResponse> {
    if (this.#closing !== undefined) {
      return Promise.reject(new CacheError("E_CLOSED", "the cache is closed"));
    }
    return new Promise((resolve, reject) => {
      this.#memjs.incrSeq();
      const seq = this.#memjs.seq;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        this.#deadlines.done(token);
        this.#markDown(server, error);
        reject(this.#unreachable([server]));
      };
      const token = this.#deadlines.add(() => {
        server.error(new Error(`no answer within ${this.#timeoutMs} ms`));
        fail(new Error(`no answer within ${this.#timeoutMs} ms`));
      });
      server.onResponse(seq, (response) => {
        if (settled) return;
        settled = true;
        this.#deadlines.done(token);
        resolve(response);
      });
      server.onError(seq, (error) => {
        if (typeof error === "string" && error.includes("authentication failed")) {
          if (settled) return;
          settled = true;
          this.#deadlines.done(token);
          reject(_authError(server));
        } else {
          fail(error);
        }
      });
      server.write(Utils.makeRequestBuffer(opcode, "", "", "", seq));
    });
  }
}

/** A request the server answered with an error status. */
class _StatusError extends CacheError {
  readonly status: number;
  readonly server: string;
  constructor(status: number, server: string, message: string) {
    super("E_REQUEST_FAILED", message);
    this.status = status;
    this.server = server;
  }
}

const STATUS_TEXT: Readonly<Record<string, number>> = {
  "Key not found": 0x01,
  "Key exists": 0x02,
  "Value too large": 0x03,
  "Invalid arguments": 0x04,
  "Item not stored": 0x05,
  "Out of memory": 0x82,
};

function _statusError(error: Error, server: MemjsServer): _StatusError {
  // memjs reports a status as "MemJS SET: Value too large": map the text back to the code
  const text = error.message.replace(/^MemJS [A-Z_]+(?: \([^)]*\))?: /, "");
  const label = `${server.host}:${server.port}`;
  return new _StatusError(STATUS_TEXT[text] ?? -1, label, `memcached at ${label}: ${text}`);
}

function _authError(server: MemjsServer): CacheError {
  // the password never goes into a message
  return new CacheError(
    "E_AUTH_FAILED",
    `memcached at ${server.host}:${server.port} refused the SASL credentials`,
  );
}
