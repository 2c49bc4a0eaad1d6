import { _z85Decode } from "./_z85.ts";
import type { CurveKeys } from "./curve_keys.ts";
import { PiQueueError } from "./pi_queue_error.ts";

/** The environment variable (and key-file) name of each key. */
export const _CURVE_KEY_NAMES = {
  serverPublicKey: "PI_QUEUE_CURVE_SERVER_PUBLIC_KEY",
  serverSecretKey: "PI_QUEUE_CURVE_SERVER_SECRET_KEY",
  clientPublicKey: "PI_QUEUE_CURVE_CLIENT_PUBLIC_KEY",
  clientSecretKey: "PI_QUEUE_CURVE_CLIENT_SECRET_KEY",
} as const;

/**
 * Build CurveKeys from NAME -> value pairs; `undefined` when no key is given at all.
 * @throws {PiQueueError} `E_CURVE_KEYS` naming a missing public key or a value that is not Z85.
 */
export function _curveKeysFrom(
  lookup: (name: string) => string | undefined,
  where: string,
): CurveKeys | undefined {
  const keys: Record<string, string> = {};
  for (const [field, name] of Object.entries(_CURVE_KEY_NAMES)) {
    const value = lookup(name)?.trim();
    if (value === undefined || value === "") continue;
    const decoded = _z85Decode(value);
    if (value.length !== 40 || decoded === undefined) {
      throw new PiQueueError("E_CURVE_KEYS", `${name} in ${where} is not a 40-character Z85 key`);
    }
    keys[field] = value;
  }
  if (Object.keys(keys).length === 0) return undefined;
  for (const field of ["serverPublicKey", "clientPublicKey"] as const) {
    if (keys[field] === undefined) {
      throw new PiQueueError("E_CURVE_KEYS", `${_CURVE_KEY_NAMES[field]} missing from ${where}`);
    }
  }
  return keys as unknown as CurveKeys;
}
