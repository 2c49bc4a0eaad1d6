import { BitsourceRole } from "./bitsource_role.ts";
import type { CurveKeys } from "./curve_keys.ts";
import { DEFAULT_ENDPOINTS, type Endpoints } from "./default_endpoints.ts";
import { parseEndpoint } from "./parse_endpoint.ts";
import type { PiQueueError } from "./pi_queue_error.ts";
import { Pipeline, type PipelineStatus } from "./pipeline.ts";
import type { Role } from "./role.ts";
import type { RoleHandle } from "./role_handle.ts";
import type { RoleName } from "./role_name.ts";
import type { RoleOptions } from "./role_options.ts";
import { spawnRole } from "./spawn_role.ts";
import { createRole } from "./start_role.ts";
import { TallyRole } from "./tally_role.ts";

/** Options for {@linkcode startPipeline} and {@linkcode runPipeline}. */
export interface PipelineOptions {
  /**
   * How long `runPipeline` publishes points, in seconds (the drain comes after).
   * @default 30
   */
  readonly seconds?: number;
  /** @default DEFAULT_ENDPOINTS */
  readonly endpoints?: Partial<Endpoints>;
  /**
   * bitsource's pause after each message in milliseconds (ignored when `rate` is set).
   * @default 10
   */
  readonly intervalMs?: number;
  /**
   * Points per second, or `"max"` for no pause.
   * @default undefined (the book's pace, `intervalMs`)
   */
  readonly rate?: number | "max";
  /**
   * Points per message in the opt-in batched wire format; unset is the book's format.
   * @default undefined
   */
  readonly batch?: number;
  /**
   * bitsource's back-pressure (see RoleOptions.lossless); `false` is the book's dropping PUB.
   * @default true
   */
  readonly lossless?: boolean;
  /** In-process only. @default Math.random */
  readonly random?: () => number;
  /** Each line tally prints, e.g. `"N 3.3333333333333335"` (book wire format only). */
  readonly onLine?: (line: string) => void;
  /** Live counts, every `statusIntervalMs` while running. */
  readonly onStatus?: (status: PipelineStatus) => void;
  /** @default 250 */
  readonly statusIntervalMs?: number;
  /** Stops publishing early; the pipeline still drains. */
  readonly signal?: AbortSignal;
  /** @default false */
  readonly allowNonLoopback?: boolean;
  /** CURVE-encrypt and authenticate every connection. @default undefined */
  readonly curve?: CurveKeys;
  /**
   * Judges sharing the judged points.
   * @default 1
   */
  readonly judges?: number;
  /**
   * pythagoras workers sharing the requests; the first binds `endpoints.reqrep`, the others a
   * free port on the same host.
   * @default 1
   */
  readonly pythagoras?: number;
  /** Judge's request timeout before it asks again. @default 1000 */
  readonly requestTimeoutMs?: number;
  /** Judge's requests in flight per pythagoras. @default 64 */
  readonly window?: number;
  /**
   * Run each role as its own OS process over TCP instead of all in this one; or a list of the
   * roles to run that way (e.g. `["pythagoras"]`), the rest staying in this process.
   * @default false
   */
  readonly processes?: boolean | readonly RoleName[];
  /**
   * Let roles in this process reach each other over `inproc://` aliases (the TCP endpoints are
   * bound all the same, for roles elsewhere); about half the CPU per point. Off with `curve`, so
   * CURVE guards every hop.
   * @default true
   */
  readonly inproc?: boolean;
  /**
   * With `processes`, a command prefix per role process, e.g. `ip netns exec NAME`.
   * @default () => []
   */
  readonly launch?: (role: RoleName, index: number) => readonly string[];
  /**
   * How long to wait, after publishing stops, for tally to count every point sent.
   * @default 5000
   */
  readonly drainMs?: number;
}

/**
 * Start the pipeline: tally, pythagoras workers and bitsource bind first, then the judges and
 * always_yes connect, in this process or (with `processes`) each in its own. Returns once every
 * role is up; {@linkcode Pipeline.stop} drains and closes it.
 *
 * @throws {PiQueueError} When a role cannot start (`E_ADDRESS_IN_USE`, `E_BAD_ENDPOINT`, ...);
 *   the roles already started are closed first.
 * @example
 * ```ts
 * import { setTimeout as sleep } from "node:timers/promises";
 * import { startPipeline } from "@ch8/pi-queue";
 *
 * // Two judges sharing the judged points, and pythagoras in its own OS process.
 * const anyPort = "tcp://127.0.0.1:*";
 * const pipeline = await startPipeline({
 *   rate: "max",
 *   processes: ["pythagoras"],
 *   judges: 2,
 *   endpoints: { pubsub: anyPort, reqrep: anyPort, pushpull: anyPort },
 * });
 * pipeline.rolesNamed("judge").length; //=> 2
 * pipeline.rolesNamed("pythagoras")[0]?.pid === undefined; //=> false
 * pipeline.rolesNamed("judge")[0]?.pid; //=> undefined
 * await sleep(100);
 * const { points, sent, drained } = await pipeline.stop();
 * drained; //=> true
 * points === sent; //=> true
 * ```
 */
export async function startPipeline(options: PipelineOptions = {}): Promise<Pipeline> {
  const judges = options.judges ?? 1;
  const workers = options.pythagoras ?? 1;
  for (const [name, value, most] of [
    ["judges", judges, 256],
    ["pythagoras", workers, 256],
  ] as const) {
    if (!(Number.isInteger(value) && value >= 1 && value <= most)) {
      throw new RangeError(`${name} must be an integer from 1 to ${most}, got ${value}`);
    }
  }
  const endpoints: Endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  let pipeline: Pipeline | undefined;
  const onError = (error: Error) => pipeline?.fail(error);
  const base: RoleOptions = {
    endpoints,
    intervalMs: options.intervalMs,
    rate: options.rate,
    batch: options.batch,
    lossless: options.lossless,
    random: options.random,
    allowNonLoopback: options.allowNonLoopback,
    curve: options.curve,
    requestTimeoutMs: options.requestTimeoutMs,
    window: options.window,
    onError,
  };
  const started: RoleHandle[] = [];
  const own = options.processes;
  const inProcess = (name: RoleName) => !(Array.isArray(own) ? own.includes(name) : own === true);
  // Roles in this process bind an inproc alias too, and local connectors use it.
  const aliases = options.inproc !== false && options.curve === undefined;
  const prefix = `inproc://pi-queue-${process.pid}-${++_pipelines}`;
  const alias = (name: RoleName, key: string) =>
    aliases && inProcess(name) ? `${prefix}-${key}` : undefined;
  const reach = (binder: string | undefined, viaAlias: string | undefined, connector: RoleName) =>
    viaAlias !== undefined && inProcess(connector) ? viaAlias : _connectable(binder!);
  const start = async (name: RoleName, index: number, extra: RoleOptions = {}) => {
    const roleOptions: RoleOptions = {
      ...base,
      ...extra,
      ...(name === "tally" && options.onLine !== undefined ? { onLine: options.onLine } : {}),
    };
    const handle = !inProcess(name)
      ? await spawnRole(name, _portable(roleOptions), {
          launch: options.launch?.(name, index) ?? [],
          onLine: name === "tally" ? options.onLine : undefined,
          onError: (error: PiQueueError) => onError(error),
        })
      : await _startLocal(createRole(name, roleOptions));
    started.push(handle);
    return handle;
  };
  try {
    // Binders first (in parallel), then the connectors (in parallel).
    const tallyAlias = alias("tally", "pushpull");
    const sourceAlias = alias("bitsource", "pubsub");
    const workerAliases = Array.from({ length: workers }, (_, i) =>
      alias("pythagoras", `reqrep-${i}`),
    );
    const aliased = (name: string | undefined) => (name === undefined ? {} : { alsoBind: [name] });
    const [tally, source, ...pythagoras] = await _all([
      start("tally", 0, aliased(tallyAlias)),
      start("bitsource", 0, aliased(sourceAlias)),
      ...Array.from({ length: workers }, (_, i) =>
        start("pythagoras", i, {
          endpoints: {
            ...endpoints,
            reqrep: i === 0 ? endpoints.reqrep : _anyPort(endpoints.reqrep, i),
          },
          ...aliased(workerAliases[i]),
        }),
      ),
    ]);
    const connect = (connector: RoleName) => ({
      endpoints: {
        ...endpoints,
        pubsub: reach(source!.endpoint ?? endpoints.pubsub, sourceAlias, connector),
        pushpull: reach(tally!.endpoint ?? endpoints.pushpull, tallyAlias, connector),
      },
    });
    await _all([
      ...Array.from({ length: judges }, (_, i) =>
        start("judge", i, {
          ...connect("judge"),
          pythagorasEndpoints: pythagoras.map((worker, w) =>
            reach(worker.endpoint ?? endpoints.reqrep, workerAliases[w], "judge"),
          ),
          shard: { index: i, count: judges },
        }),
      ),
      start("always_yes", 0, connect("always_yes")),
    ]);
  } catch (error) {
    await Promise.all(started.map((role) => role.close()));
    throw error;
  }
  pipeline = new Pipeline(started, options.drainMs ?? 5000);
  return pipeline;
}

let _pipelines = 0;

/** Like Promise.all, but waits for every promise to settle before rejecting. */
async function _all<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result) => result.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

function _portable(options: RoleOptions): Omit<RoleOptions, "random" | "onLine" | "onError"> {
  const { random: _random, onLine: _onLine, onError: _onError, ...portable } = options;
  return portable;
}

async function _startLocal(role: Role): Promise<RoleHandle> {
  await role.start();
  return {
    name: role.name,
    get endpoint() {
      return role.endpoint;
    },
    pid: undefined,
    async report() {
      const stats = role.stats();
      return role instanceof TallyRole ? { ...stats, tally: role.snapshot() } : stats;
    },
    async stop() {
      if (role instanceof BitsourceRole) await role.stop();
    },
    async close() {
      role.close();
      await role.done();
    },
  };
}

/** Worker `i`'s bind address: same host as the first, any free port (ipc/inproc get a suffix). */
function _anyPort(endpoint: string, i: number): string {
  const parsed = parseEndpoint(endpoint);
  if (parsed.transport !== "tcp") return `${endpoint}-${i}`;
  const host = parsed.host.includes(":") ? `[${parsed.host}]` : parsed.host;
  return `tcp://${host}:*`;
}

/** Where connectors reach a bound endpoint: a wildcard host (`*`, `0.0.0.0`) means loopback. */
function _connectable(bound: string): string {
  const parsed = parseEndpoint(bound);
  if (parsed.transport !== "tcp") return bound;
  if (parsed.host === "0.0.0.0" || parsed.host === "*") return `tcp://127.0.0.1:${parsed.port}`;
  if (parsed.host === "::") return `tcp://[::1]:${parsed.port}`;
  return bound;
}
