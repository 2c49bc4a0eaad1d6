import { _CURVE_KEY_NAMES } from "./_curve_key_names.ts";
import type { CurveKeys } from "./curve_keys.ts";

/**
 * Write CURVE keys in the file format {@linkcode readCurveKeys} reads (`NAME=value` lines).
 * Leave out the secret a host does not need before copying the file to it.
 *
 * @example
 * ```ts
 * import { formatCurveKeys } from "@ch8/pi-queue";
 *
 * // Two made-up public keys; generateCurveKeys() makes real ones.
 * const keys = { serverPublicKey: "S".repeat(40), clientPublicKey: "C".repeat(40) };
 * const [first, second, end] = formatCurveKeys(keys).split("\n");
 * first; //=> `PI_QUEUE_CURVE_SERVER_PUBLIC_KEY=${"S".repeat(40)}`
 * second; //=> `PI_QUEUE_CURVE_CLIENT_PUBLIC_KEY=${"C".repeat(40)}`
 * end; //=> ""
 * ```
 */
export function formatCurveKeys(keys: CurveKeys): string {
  let text = "";
  for (const [field, name] of Object.entries(_CURVE_KEY_NAMES)) {
    const value = keys[field as keyof CurveKeys];
    if (value !== undefined) text += `${name}=${value}\n`;
  }
  return text;
}
