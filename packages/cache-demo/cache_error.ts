/** The stable codes a {@linkcode CacheError} can carry. */
export type CacheErrorCode =
  /** A memcached server did not answer (refused, timed out, or closed the connection). */
  | "E_SERVER_UNREACHABLE"
  /** The `memcached` binary could not be found. */
  | "E_MEMCACHED_NOT_INSTALLED"
  /** `memcached` started but exited or never answered. */
  | "E_MEMCACHED_START_FAILED"
  /** The requested port for a private memcached is taken. */
  | "E_ADDRESS_IN_USE"
  /** A key memcached would refuse: empty, over 250 bytes, whitespace or control characters. */
  | "E_BAD_KEY"
  /** A value larger than the server's item size limit. */
  | "E_VALUE_TOO_LARGE"
  /** A stored item whose flags say it is not text or an integer (e.g. a Python pickle). */
  | "E_UNSUPPORTED_VALUE"
  /** The server refused the SASL user name or password. */
  | "E_AUTH_FAILED"
  /** The server answered with an error status. */
  | "E_REQUEST_FAILED"
  /** The cache was used after `close()`. */
  | "E_CLOSED";

/**
 * The one error class of `@ch8/cache-demo`: every failure at the edges (network, child
 * processes) carries a stable {@linkcode CacheErrorCode}.
 *
 * @example
 * ```ts
 * import { CacheError } from "@ch8/cache-demo";
 *
 * const error = new CacheError("E_BAD_KEY", 'key "a b" contains whitespace');
 * error.code; //=> "E_BAD_KEY"
 * error instanceof Error; //=> true
 * ```
 */
export class CacheError extends Error {
  /** The stable code callers branch on. */
  readonly code: CacheErrorCode;

  constructor(code: CacheErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CacheError";
    this.code = code;
  }
}
