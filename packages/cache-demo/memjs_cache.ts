import { Client } from "memjs";
import { checkKey, describeKey } from "./_check_key.ts";
import { Deadlines, type Expiring } from "./_deadlines.ts";
import { encodeValue, isTextFlags } from "./_encode_value.ts";
import type { MemjsClientInternals, MemjsServer } from "./_memjs_internals.ts";
import { type Frame, ServerChannel, type Waiter } from "./_server_channel.ts";
import type { Cache, CacheSetOptions, CacheValue } from "./cache.ts";
import { CacheError } from "./cache_error.ts";
import { flagsSerializer, type StoredItem } from "./flags_serializer.ts";
import {
  type KeyPlacement,
  type PlacementAlgorithm,
  type PlacementFactory,
  type PlacementServer,
  placementFactory,
} from "./placement_factory.ts";

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
   * Which server owns a key: an `@ch8/sharding` algorithm, or a factory building a placement
   * over a server list. On failover the placement is rebuilt over the servers still answering,
   * so a failed server's keys go to where the placement puts them without it.
   * @default "ketama"
   */
  readonly placement?: PlacementAlgorithm | PlacementFactory;
}

/** Counters a {@linkcode MemjsCache} keeps about failures, for reporting. */
export interface MemjsCacheCounters {
  /**
   * Requests that did not go to their own server: retried elsewhere after it failed, or sent
   * elsewhere while it was marked down.
   */
  readonly failovers: number;
  /** Failures (refused, timed out, dropped) seen per server, keyed `host:port`. */
  readonly failures: Readonly<Record<string, number>>;
}

const SILENT = { log() {} };
const OPCODE_GET = 0x00;
const OPCODE_SET = 0x01;
const OPCODE_VERSION = 0x0b;
const OPCODE_STAT = 0x10;
const STATUS_OK = 0x00;
const STATUS_NOT_FOUND = 0x01;
const STATUS_VALUE_TOO_LARGE = 0x03;
const STATUS_TEXT: Readonly<Record<number, string>> = {
  2: "key exists",
  3: "value too large",
  4: "invalid arguments",
  5: "item not stored",
  8: "authentication required",
  129: "unknown command",
  130: "out of memory",
};

/**
 * One get or set in flight. It is its own waiter and deadline (no closures per request), and is
 * re-sent to the next server in the placement when its server fails.
 */
class _Operation implements Waiter, Expiring {
  readonly cache: MemjsCache;
  readonly key: string;
  readonly opcode: number;
  /** The request for `seq` (built per attempt: the opaque field carries the sequence number). */
  readonly build: (seq: number) => Buffer;
  readonly resolve: (value: never) => void;
  readonly reject: (error: unknown) => void;
  attempt = 0;
  channel: ServerChannel | undefined;
  seq = 0;
  token = 0;
  settled = false;
  /** Size of the request last sent, for error messages. */
  requestBytes = 0;

  constructor(
    cache: MemjsCache,
    key: string,
    opcode: number,
    build: (seq: number) => Buffer,
    resolve: (value: never) => void,
    reject: (error: unknown) => void,
  ) {
    this.cache = cache;
    this.key = key;
    this.opcode = opcode;
    this.build = build;
    this.resolve = resolve;
    this.reject = reject;
  }

  onResponse(response: Frame): void {
    if (this.settled) return;
    this.settled = true;
    _hooks.answered(this.cache, this, response);
  }

  onError(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    _hooks.failed(this.cache, this, error, false);
  }

  onTimeout(token: number): void {
    if (this.settled || token !== this.token) return;
    this.settled = true;
    _hooks.failed(this.cache, this, new Error("no answer in time"), true);
  }
}

/** MemjsCache's private handlers, reachable from _Operation without making them public. */
const _hooks: {
  answered(cache: MemjsCache, operation: _Operation, response: Frame): void;
  failed(cache: MemjsCache, operation: _Operation, error: unknown, timedOut: boolean): void;
} = {
  answered() {},
  failed() {},
};

/**
 * A {@linkcode Cache} over one or more memcached servers, built on memjs: memjs keeps the
 * connections (SASL `user:pass@host:port` included), picks each key's server (its `getServer`
 * hook, fed by the placement) and serializes values through its serializer hook
 * ({@linkcode flagsSerializer}: Python clients read integers back as `int`; reads decode the
 * same flags in place). On top of that every request is bounded by `timeoutMs`; a server that
 * fails is skipped for `retryAfterMs` while its keys go to the next server in the placement, and
 * is used again afterwards. Requests made while others are in flight are written to a server in
 * one batch per tick.
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
  readonly #placementServers: readonly PlacementServer[];
  readonly #factory: PlacementFactory;
  /** Placements by the bitmask of servers still answering. */
  readonly #placements = new Map<number, { placement: KeyPlacement; index: Map<string, number> }>();
  readonly #lastError = new Map<MemjsServer, string>();
  readonly #failures: Record<string, number> = {};
  readonly #channels: readonly ServerChannel[];
  readonly #channelOf = new Map<MemjsServer, ServerChannel>();
  #failovers = 0;
  #seq = 0;
  /** Set by #locate: the last key went elsewhere because its server is marked down. */
  #rerouted = false;
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
    this.#factory =
      typeof options.placement === "function"
        ? options.placement
        : placementFactory(options.placement ?? "ketama");
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
    // memjs ignores a third `:weight` field of host:port:weight; placement reads it
    this.#placementServers = list.map((spec, index) => ({
      name: this.servers[index] ?? spec,
      weight: _weight(spec),
    }));
    for (const server of this.servers) this.#failures[server] = 0;
    this.#channels = this.#memjs.servers.map((server) => new ServerChannel(server));
    for (const channel of this.#channels) this.#channelOf.set(channel.server, channel);
    if (this.servers.length > 30) {
      throw new RangeError(`at most 30 servers are supported, got ${this.servers.length}`);
    }
    if (new Set(this.servers).size !== this.servers.length) {
      throw new RangeError(`servers must be distinct, got ${this.servers.join(",")}`);
    }
    this.#deadlines = new Deadlines(timeoutMs);
    this.#memjs.getServer = (key) => this.#locate(key);
  }

  /** The stored text for `key`, or `null` on a miss. */
  get(key: string): Promise<string | null> {
    let keyBytes: number;
    try {
      keyBytes = checkKey(key);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#start<string | null>(key, OPCODE_GET, (seq) =>
      _request(OPCODE_GET, key, keyBytes, undefined, "", seq),
    );
  }

  /** Stores `value` under `key`; numbers and bigints as integers Python reads back as `int`. */
  set(key: string, value: CacheValue, options: CacheSetOptions = {}): Promise<void> {
    const expires = options.expires ?? 0;
    let keyBytes: number;
    let body: { value: string | Buffer; extras: Buffer };
    try {
      keyBytes = checkKey(key);
      encodeValue(value);
      if (!Number.isInteger(expires) || expires < 0 || expires > 0xffffffff) {
        throw new RangeError(`expires must be a whole number of seconds >= 0, got ${expires}`);
      }
      const extras = Buffer.alloc(8);
      extras.writeUInt32BE(expires, 4);
      // memjs's serializer hook writes the flags into the extras
      body = this.#client.serializer.serialize(OPCODE_SET, value, extras);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#start<void>(key, OPCODE_SET, (seq) =>
      _request(OPCODE_SET, key, keyBytes, body.extras, body.value, seq),
    );
  }

  /** The `host:port` that `key` goes to now (its placement, minus servers that are down). */
  serverFor(key: string): string {
    const server = this.#memjs.server(key);
    return server === null ? (this.servers[this.#locate(key)] ?? "") : _label(server);
  }

  /** Asks every server for its version; rejects `E_SERVER_UNREACHABLE` naming one that fails. */
  async versions(): Promise<Record<string, string>> {
    const answers = await Promise.all(
      this.#memjs.servers.map(async (server) => {
        const [response] = await this.#request(server, OPCODE_VERSION);
        return [_label(server), response?.[1] ?? ""] as const;
      }),
    );
    return Object.fromEntries(answers);
  }

  /** How many items each server holds (memcached's `curr_items`); `null` when it did not answer. */
  async itemCounts(): Promise<Record<string, number | null>> {
    const counts = await Promise.all(
      this.#memjs.servers.map(async (server) => {
        try {
          const responses = await this.#request(server, OPCODE_STAT);
          const items = responses.find(([name]) => name === "curr_items");
          return [_label(server), items === undefined ? null : Number(items[1])] as const;
        } catch {
          return [_label(server), null] as const;
        }
      }),
    );
    return Object.fromEntries(counts);
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
    await Promise.all(this.#channels.map((channel) => channel.close()));
  }

  /** memjs's getServer hook: the placement over the servers that are not marked down. */
  #locate(key: string): number {
    const now = Date.now();
    let live = 0;
    const servers = this.#memjs.servers;
    for (let i = 0; i < servers.length; i++) {
      const wakeupAt = servers[i]?.wakeupAt;
      if (wakeupAt === undefined || wakeupAt <= now) live |= 1 << i;
    }
    const all = 2 ** servers.length - 1;
    // nothing answering: return the full placement's choice and let memjs report no server
    if (live === 0) live = all;
    const index = this.#indexIn(live, key);
    this.#rerouted = live !== all && index !== this.#indexIn(all, key);
    return index;
  }

  /** The index of `key`'s server in the placement over the servers in the `live` bitmask. */
  #indexIn(live: number, key: string): number {
    let entry = this.#placements.get(live);
    if (entry === undefined) {
      const subset = this.#placementServers.filter((_, i) => live & (1 << i));
      const index = new Map(this.#placementServers.map((server, i) => [server.name, i]));
      entry = { placement: this.#factory(subset), index };
      this.#placements.set(live, entry);
    }
    const name = entry.placement.locate(key);
    const index = entry.index.get(name);
    if (index === undefined) {
      throw new RangeError(`placement put ${describeKey(key)} on unknown server ${name}`);
    }
    return index;
  }

  #start<T>(key: string, opcode: number, build: (seq: number) => Buffer): Promise<T> {
    if (this.#closing !== undefined) {
      return Promise.reject(new CacheError("E_CLOSED", "the cache is closed"));
    }
    return new Promise<T>((resolve, reject) => {
      this.#dispatch(new _Operation(this, key, opcode, build, resolve as never, reject));
    });
  }

  /**
   * The next request number. memjs's own wraps with `&= 0xffffffff`, which turns negative after
   * 2^31 requests while responses carry it unsigned: every request after that would time out.
   */
  #nextSeq(): number {
    this.#seq = (this.#seq + 1) >>> 0;
    return this.#seq;
  }

  #dispatch(operation: _Operation): void {
    const memjs = this.#memjs;
    // memjs's server selection: our placement through getServer, skipping servers marked down
    this.#rerouted = false;
    const server = memjs.server(operation.key);
    if (operation.attempt > 0 || this.#rerouted) this.#failovers++;
    const channel = server === null ? undefined : this.#channelOf.get(server);
    if (channel === undefined) {
      operation.reject(this.#unreachable(memjs.servers));
      return;
    }
    const seq = this.#nextSeq();
    const request = operation.build(seq);
    operation.channel = channel;
    operation.requestBytes = request.length;
    operation.seq = seq;
    operation.settled = false;
    operation.token = this.#deadlines.add(operation);
    channel.send(seq, request, operation);
  }

  static {
    _hooks.answered = (cache, operation, response) => {
      cache.#deadlines.done(operation.token);
      cache.#answered(operation, response);
    };
    _hooks.failed = (cache, operation, error, timedOut) => {
      const channel = operation.channel;
      if (channel === undefined) return;
      cache.#deadlines.done(operation.token);
      channel.forget(operation.seq);
      if (typeof error === "string" && error.includes("authentication failed")) {
        operation.reject(_authError(channel.server));
        return;
      }
      if (cache.#closing !== undefined) {
        operation.reject(
          new CacheError("E_CLOSED", "the cache was closed while a request was pending"),
        );
        return;
      }
      const reason = timedOut ? new Error(`no answer within ${cache.#timeoutMs} ms`) : error;
      // mark it down before failing the connection: the requests that failure calls back
      // must fail over, not go to the same server again
      cache.#markDown(channel.server, reason);
      // the connection is suspect; failing it calls back every other request pending on it
      if (timedOut) channel.fail(reason);
      cache.#failOver(operation, channel.server);
    };
  }

  #answered(operation: _Operation, frame: Frame): void {
    const server = operation.channel?.server;
    const where = server === undefined ? "memcached" : `memcached at ${_label(server)}`;
    const status = frame.status;
    if (status === STATUS_OK) {
      if (operation.opcode === OPCODE_SET) {
        operation.resolve(undefined as never);
        return;
      }
      // what flagsSerializer.deserialize does, read in place without copying the frame
      const { buffer, offset } = frame;
      const flags = frame.extrasLength >= 4 ? buffer.readUInt32BE(offset + 24) : 0;
      if (!isTextFlags(flags)) {
        operation.reject(
          new CacheError(
            "E_UNSUPPORTED_VALUE",
            `key ${describeKey(operation.key)} holds an item with flags ${flags} (not text or an integer, e.g. a Python pickle)`,
          ),
        );
        return;
      }
      const valueStart = offset + 24 + frame.extrasLength + frame.keyLength;
      operation.resolve(
        buffer.toString("utf8", valueStart, offset + 24 + frame.bodyLength) as never,
      );
    } else if (status === STATUS_NOT_FOUND && operation.opcode === OPCODE_GET) {
      operation.resolve(null as never);
    } else if (status === STATUS_VALUE_TOO_LARGE) {
      operation.reject(
        new CacheError(
          "E_VALUE_TOO_LARGE",
          `value for key ${describeKey(operation.key)} (${operation.requestBytes - 32 - Buffer.byteLength(operation.key)} bytes) is over the item size limit of ${where}`,
        ),
      );
    } else {
      operation.reject(
        new CacheError(
          "E_REQUEST_FAILED",
          `${where} refused ${operation.opcode === OPCODE_SET ? "set" : "get"} of key ${describeKey(operation.key)}: ${STATUS_TEXT[status] ?? `status ${status}`}`,
        ),
      );
    }
  }

  #failOver(operation: _Operation, server: MemjsServer): void {
    if (this.#closing !== undefined) {
      operation.reject(
        new CacheError("E_CLOSED", "the cache was closed while a request was pending"),
      );
    } else if (operation.attempt + 1 < this.servers.length) {
      operation.attempt++;
      this.#dispatch(operation);
    } else {
      operation.reject(this.#unreachable([server]));
    }
  }

  #markDown(server: MemjsServer, error: unknown): void {
    const label = _label(server);
    this.#failures[label] = (this.#failures[label] ?? 0) + 1;
    this.#lastError.set(server, error instanceof Error ? error.message : String(error));
    server.wakeupAt = Date.now() + this.#retryAfterMs;
  }

  #unreachable(servers: readonly MemjsServer[]): CacheError {
    const [only] = servers;
    if (servers.length === 1 && only !== undefined) {
      const reason = this.#lastError.get(only);
      return new CacheError(
        "E_SERVER_UNREACHABLE",
        `memcached server ${_label(only)} did not answer${reason === undefined ? "" : `: ${reason}`}`,
      );
    }
    const described = servers.map((server) => {
      const reason = this.#lastError.get(server);
      return `${_label(server)}${reason === undefined ? "" : ` (${reason})`}`;
    });
    return new CacheError(
      "E_SERVER_UNREACHABLE",
      `no memcached server answered: ${described.join(", ")}`,
    );
  }

  /**
   * One request to one server (no failover), bounded like every other request; resolves with
   * the key and value of each response (stats answer with one response per statistic).
   */
  #request(server: MemjsServer, opcode: number): Promise<[string, string][]> {
    const channel = this.#channelOf.get(server);
    if (this.#closing !== undefined || channel === undefined) {
      return Promise.reject(new CacheError("E_CLOSED", "the cache is closed"));
    }
    return new Promise((resolve, reject) => {
      const seq = this.#nextSeq();
      const responses: [string, string][] = [];
      let settled = false;
      const settle = () => {
        if (settled) return false;
        settled = true;
        this.#deadlines.done(token);
        return true;
      };
      const fail = (error: unknown) => {
        if (typeof error === "string" && error.includes("authentication failed")) {
          reject(_authError(server));
        } else {
          this.#markDown(server, error);
          reject(this.#unreachable([server]));
        }
      };
      const token = this.#deadlines.add({
        onTimeout: () => {
          if (!settle()) return;
          channel.forget(seq);
          if (this.#closing !== undefined) {
            reject(new CacheError("E_CLOSED", "the cache was closed while a request was pending"));
            return;
          }
          const error = new Error(`no answer within ${this.#timeoutMs} ms`);
          fail(error);
          channel.fail(error);
        },
      });
      channel.send(seq, _request(opcode, "", 0, undefined, "", seq), {
        // stats answer with one response per statistic and an empty one to finish
        multi: opcode === OPCODE_STAT,
        onResponse: ({ buffer, offset, extrasLength, keyLength, bodyLength }) => {
          const keyStart = offset + 24 + extrasLength;
          const valueStart = keyStart + keyLength;
          const entry: [string, string] = [
            buffer.toString("utf8", keyStart, valueStart),
            buffer.toString("utf8", valueStart, offset + 24 + bodyLength),
          ];
          if (opcode === OPCODE_STAT && bodyLength !== 0) {
            responses.push(entry);
          } else if (settle()) {
            if (opcode !== OPCODE_STAT) responses.push(entry);
            resolve(responses);
          }
        },
        onError: (error) => {
          if (settle()) fail(error);
        },
      });
    });
  }
}

function _label(server: MemjsServer): string {
  return `${server.host}:${server.port}`;
}

function _weight(spec: string): number {
  const hostPart = spec.slice(spec.lastIndexOf("@") + 1);
  const fields = hostPart.split(":");
  if (fields.length < 3) return 1;
  const weight = Number(fields[2]);
  if (!Number.isInteger(weight) || weight < 1) {
    throw new RangeError(`server weight must be a whole number >= 1, got ${JSON.stringify(spec)}`);
  }
  return weight;
}

function _authError(server: MemjsServer): CacheError {
  // the password never goes into a message
  return new CacheError(
    "E_AUTH_FAILED",
    `memcached at ${_label(server)} refused the SASL credentials`,
  );
}

/** A binary-protocol request in one allocation (memjs's builder allocates four buffers). */
function _request(
  opcode: number,
  key: string,
  keyBytes: number,
  extras: Buffer | undefined,
  value: string | Buffer,
  seq: number,
): Buffer {
  const extrasLength = extras?.length ?? 0;
  const valueBytes = typeof value === "string" ? Buffer.byteLength(value) : value.length;
  const request = Buffer.allocUnsafe(24 + extrasLength + keyBytes + valueBytes);
  request.writeUInt32BE((0x80000000 | (opcode << 16) | keyBytes) >>> 0, 0);
  request.writeUInt32BE((extrasLength << 24) >>> 0, 4);
  request.writeUInt32BE(extrasLength + keyBytes + valueBytes, 8);
  request.writeUInt32BE(seq >>> 0, 12);
  request.writeUInt32BE(0, 16);
  request.writeUInt32BE(0, 20);
  let offset = 24;
  if (extras !== undefined) offset += extras.copy(request, offset);
  offset = _writeText(request, key, keyBytes, offset);
  if (typeof value === "string") _writeText(request, value, valueBytes, offset);
  else value.copy(request, offset);
  return request;
}

/** Writes `text` (`bytes` long in UTF-8) at `offset`; returns the offset after it. */
function _writeText(target: Buffer, text: string, bytes: number, offset: number): number {
  // short ASCII (as many bytes as characters) is cheaper copied here than through a native call
  if (bytes === text.length && bytes <= 64) {
    for (let i = 0; i < bytes; i++) target[offset + i] = text.charCodeAt(i);
  } else if (bytes > 0) {
    target.write(text, offset, bytes, "utf8");
  }
  return offset + bytes;
}
