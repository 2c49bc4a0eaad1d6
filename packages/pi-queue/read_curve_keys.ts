import { readFileSync } from "node:fs";
import { _curveKeysFrom } from "./_curve_key_names.ts";
import type { CurveKeys } from "./curve_keys.ts";
import { PiQueueError } from "./pi_queue_error.ts";

/**
 * Read CURVE keys from a file of `NAME=value` lines using the environment variable names of
 * {@linkcode curveKeysFromEnv} (`#` starts a comment), as {@linkcode formatCurveKeys} writes.
 * A host that only binds needs the server secret; one that only connects, the client secret.
 *
 * @throws {PiQueueError} `E_CURVE_KEYS` when the file cannot be read or holds no valid keys.
 * @example
 * ```ts
 * import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { formatCurveKeys, generateCurveKeys, readCurveKeys } from "@ch8/pi-queue";
 *
 * // The file for a host that only connects: both public keys and the client secret.
 * const { serverSecretKey: _, ...connecting } = generateCurveKeys();
 * const dir = mkdtempSync(join(tmpdir(), "pi-queue-"));
 * const file = join(dir, "curve.keys");
 * writeFileSync(file, formatCurveKeys(connecting), { mode: 0o600 });
 *
 * const keys = readCurveKeys(file);
 * keys; //=> connecting
 * keys.serverSecretKey; //=> undefined
 * rmSync(dir, { recursive: true });
 * ```
 */
export function readCurveKeys(path: string): CurveKeys {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PiQueueError(
      "E_CURVE_KEYS",
      `cannot read CURVE keys from ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const values = new Map<string, string>();
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const eq = trimmed.indexOf("=");
    if (eq > 0) values.set(trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim());
  }
  const keys = _curveKeysFrom((name) => values.get(name), path);
  if (keys === undefined) throw new PiQueueError("E_CURVE_KEYS", `no CURVE keys in ${path}`);
  return keys;
}
