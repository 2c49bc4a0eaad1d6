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
