import { curveKeyPair } from "zeromq";

/**
 * CURVE keys for a pipeline, each 40 characters of Z85. Every binder (bitsource, pythagoras,
 * tally) is a CURVE server with the server pair; every connector uses the client pair, and the
 * servers accept no other client key.
 */
export interface CurveKeys {
  readonly serverPublicKey: string;
  /** Needed by binders only. */
  readonly serverSecretKey?: string;
  readonly clientPublicKey: string;
  /** Needed by connectors only. */
  readonly clientSecretKey?: string;
}

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
