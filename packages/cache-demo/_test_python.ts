import { execFile } from "node:child_process";

// Debian's python, which CI provides with python3-memcache, python3-pylibmc and python3-zmq;
// plain `python3` on PATH may be a python without them.
const PYTHON = "/usr/bin/python3";

/** Runs `script` with Debian's python and resolves with its stdout; rejects loudly on failure. */
export function runPython(script: string, args: readonly string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ["-c", script, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(
          new Error(
            `${PYTHON} failed (needs apt-get install -y python3 python3-memcache python3-pylibmc): ${error.message}\n${stderr}`,
          ),
        );
      } else {
        resolve(stdout);
      }
    });
  });
}
