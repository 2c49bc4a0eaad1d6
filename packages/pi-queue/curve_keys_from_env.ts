import { _curveKeysFrom } from "./_curve_key_names.ts";
import type { CurveKeys } from "./curve_keys.ts";

/**
 * Read CURVE keys from `PI_QUEUE_CURVE_SERVER_PUBLIC_KEY`, `PI_QUEUE_CURVE_SERVER_SECRET_KEY`,
 * `PI_QUEUE_CURVE_CLIENT_PUBLIC_KEY` and `PI_QUEUE_CURVE_CLIENT_SECRET_KEY`; `undefined` when
 * none is set.
 *
 * @throws {PiQueueError} `E_CURVE_KEYS` when a key is malformed or a public key is missing.
 * @example
 * ```ts
 * import { curveKeysFromEnv } from "@ch8/pi-queue";
 *
 * curveKeysFromEnv({}); //=> undefined
 * ```
 */
export function curveKeysFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): CurveKeys | undefined {
  return _curveKeysFrom((name) => env[name], "the environment");
}
