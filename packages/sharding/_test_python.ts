import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's python, which has python3-memcache, python3-pylibmc and python3-zmq. */
export const PYTHON = "/usr/bin/python3";

/**
 * Run a Python script with /usr/bin/python3 and return its stdout; a missing interpreter or
 * module, or any failure, throws with the reason rather than letting a test pass.
 */
export function runPython(script: string, args: readonly string[] = [], input?: string): string {
  if (!existsSync(PYTHON)) {
    throw new Error(`${PYTHON} is missing: apt-get install -y python3 python3-pylibmc`);
  }
  const result = spawnSync(PYTHON, ["-c", script, ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONHASHSEED: "0" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${PYTHON} failed (exit ${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

/** Run a script file with /usr/bin/python3, failing loudly as {@linkcode runPython}. */
export function runPythonFile(path: string, args: readonly string[] = []): string {
  return runPython(
    "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
    [path, ...args],
  );
}
