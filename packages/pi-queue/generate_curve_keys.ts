import { curveKeyPair } from "zeromq";
import type { CurveKeys } from "./curve_keys.ts";

/**
 * Make a fresh server pair and client pair.
 *
 * @example
 * ```ts
 * import { generateCurveKeys } from "@ch8/pi-queue";
 *
 * const keys = generateCurveKeys();
 * keys.serverPublicKey.length; //=> 40
 * ```
 */
export function generateCurveKeys(): Required<CurveKeys> {
  const server = curveKeyPair();
  const client = curveKeyPair();
  return {
    serverPublicKey: server.publicKey,
    serverSecretKey: server.secretKey,
    clientPublicKey: client.publicKey,
    clientSecretKey: client.secretKey,
  };
}
