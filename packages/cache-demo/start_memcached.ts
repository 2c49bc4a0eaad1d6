import { type ChildProcess, spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { CacheError } from "./cache_error.ts";

/** Options for {@linkcode startMemcached}. */
export interface StartMemcachedOptions {
  /**
   * Interface to listen on.
   * @default "127.0.0.1"
   */
  readonly host?: string;
  /** TCP port; by default a free one (retrying with another if it is taken meanwhile). */
  readonly port?: number;
  /** Item memory in megabytes (`-m`); memcached's default (64) when left out. */
  readonly memoryMb?: number;
  /** Largest item in bytes (`-I`, at least 1024); memcached's default (1 MiB) when left out. */
  readonly maxItemBytes?: number;
  /**
   * The memcached executable.
   * @default "memcached"
   */
  readonly binary?: string;
  /**
   * How long to wait for it to answer.
   * @default 5000
   */
  readonly startTimeoutMs?: number;
}

/** A running private memcached, from {@linkcode startMemcached}. */
export interface MemcachedProcess {
  readonly host: string;
  readonly port: number;
  /** `host:port`, ready for `MemjsCache` or `--servers`. */
  readonly address: string;
  readonly pid: number;
  /** Stops the process and waits for it to exit; idempotent. */
  close(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Starts a private memcached on a loopback port with UDP off (`memcached -l HOST -p PORT -U 0`,
 * plus `-u root` when running as root, which memcached otherwise refuses), and resolves once it
 * answers. Like any child process it keeps this process alive until `close()`; if this process
 * exits first (say `process.exit()` after Ctrl-C), the child is killed on the way out.
 *
 * @example
 * ```ts
 * import { startMemcached } from "@ch8/cache-demo";
 *
 * const server = await startMemcached();
 * server.address === `127.0.0.1:${server.port}`; //=> true
 * await server.close();
 * ```
 */
export async function startMemcached(
  options: StartMemcachedOptions = {},
): Promise<MemcachedProcess> {
  const host = options.host ?? "127.0.0.1";
  if (options.port !== undefined) {
    if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
      throw new RangeError(`port must be 1..65535, got ${options.port}`);
    }
    return await _start(host, options.port, options);
  }
  for (let attempt = 1; ; attempt++) {
    const port = await _freePort(host);
    try {
      return await _start(host, port, options);
    } catch (error) {
      // another process took the free port between our probe and memcached's bind
      if (!(error instanceof CacheError && error.code === "E_ADDRESS_IN_USE") || attempt >= 5) {
        throw error;
      }
    }
  }
}

async function _start(
  host: string,
  port: number,
  options: StartMemcachedOptions,
): Promise<MemcachedProcess> {
  const binary = options.binary ?? "memcached";
  const args = ["-l", host, "-p", String(port), "-U", "0"];
  if (options.memoryMb !== undefined) args.push("-m", String(options.memoryMb));
  if (options.maxItemBytes !== undefined) args.push("-I", String(options.maxItemBytes));
  if (process.getuid?.() === 0) args.push("-u", "root");

  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
  });

  const exited = new Promise<{ code: number | null; signal: string | null; error?: Error }>(
    (resolve) => {
      child.once("error", (error) => resolve({ code: null, signal: null, error }));
      child.once("exit", (code, signal) => resolve({ code, signal }));
    },
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
    running.delete(child);
  });

  const failure = (result: { code: number | null; signal: string | null; error?: Error }) => {
    const error = result.error as NodeJS.ErrnoException | undefined;
    if (error?.code === "ENOENT") {
      return new CacheError(
        "E_MEMCACHED_NOT_INSTALLED",
        `memcached is not installed (${binary} not found): apt-get install -y memcached`,
        { cause: error },
      );
    }
    if (/address already in use|failed to listen/i.test(stderr)) {
      return new CacheError("E_ADDRESS_IN_USE", `${host}:${port} is already in use`);
    }
    const why = error?.message ?? `exited with ${result.signal ?? `code ${result.code}`}`;
    return new CacheError(
      "E_MEMCACHED_START_FAILED",
      `memcached on ${host}:${port} failed to start: ${why}${stderr ? `: ${stderr.trim()}` : ""}`,
    );
  };

  if (child.pid !== undefined) {
    running.add(child);
    _installExitHook();
  }
  const deadline = performance.now() + (options.startTimeoutMs ?? 5000);
  for (;;) {
    const outcome = await Promise.race([
      exited.then((result) => ({ exited: result })),
      _ownerPid(host, port).then((pid) => ({ pid })),
    ]);
    if ("exited" in outcome) throw failure(outcome.exited);
    // a pid that is not our child's means another memcached already holds the port
    if (outcome.pid === child.pid) break;
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      await exited;
      throw new CacheError(
        "E_MEMCACHED_START_FAILED",
        `memcached on ${host}:${port} did not answer within ${options.startTimeoutMs ?? 5000} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }

  let closing: Promise<void> | undefined;
  const pid = child.pid ?? 0;
  return {
    host,
    port,
    address: `${host.includes(":") ? `[${host}]` : host}:${port}`,
    pid,
    close() {
      closing ??= (async () => {
        if (gone) return;
        // memcached takes ~1 s to stop gracefully on SIGTERM, and a private cache has nothing
        // to flush
        child.kill("SIGKILL");
        await exited;
      })();
      return closing;
    },
  };
}

function _installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of running) child.kill("SIGKILL");
  });
}

/**
 * A port nobody listens on right now, drawn below Linux's ephemeral range (32768 and up): a
 * port the kernel hands out for `listen(0)` is also what it hands to outgoing connections, so
 * on a busy machine another socket could take it before memcached binds it.
 */
async function _freePort(host: string): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.unref();
      server.once("error", () => resolve(false));
      server.listen(port, host, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** The pid of the memcached answering at host:port (from `stats`), or undefined. */
function _ownerPid(host: string, port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let text = "";
    const done = (pid: number | undefined) => {
      socket.destroy();
      resolve(pid);
    };
    socket.setTimeout(500, () => done(undefined));
    socket.once("error", () => done(undefined));
    socket.once("connect", () => socket.write("stats\r\n"));
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (text.includes("END\r\n") || text.includes("ERROR")) {
        const match = /STAT pid (\d+)/.exec(text);
        done(match === null ? undefined : Number(match[1]));
      }
    });
    socket.once("close", () => done(undefined));
  });
}
