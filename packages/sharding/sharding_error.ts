/**
 * Stable codes carried by {@linkcode ShardingError}.
 *
 * - `E_NO_WORDS`: a report or analysis was asked for over an empty key set.
 * - `E_WORDS_UNREADABLE`: a word file could not be opened, read or decoded as UTF-8.
 * - `E_BAD_SERVER_LIST`: a `host:port[:weight]` server list could not be parsed.
 *
 * @example
 * ```ts
 * import { ShardingError } from "@ch8/sharding";
 *
 * new ShardingError("E_BAD_SERVER_LIST", "bad server").code; //=> "E_BAD_SERVER_LIST"
 * ```
 */
export type ShardingErrorCode = "E_NO_WORDS" | "E_WORDS_UNREADABLE" | "E_BAD_SERVER_LIST";

/**
 * The one error class of `@ch8/sharding`, thrown at its edges (files, user-supplied lists).
 * Programming mistakes (an empty word passed to a shard function, a negative count) throw the
 * built-in `RangeError`/`TypeError` instead.
 *
 * @example
 * ```ts
 * import { ShardingError } from "@ch8/sharding";
 *
 * const error = new ShardingError("E_NO_WORDS", "no words to report on");
 * error.code; //=> "E_NO_WORDS"
 * error instanceof Error; //=> true
 * ```
 */
export class ShardingError extends Error {
  /** Stable, machine-readable reason. */
  readonly code: ShardingErrorCode;

  constructor(code: ShardingErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ShardingError";
    this.code = code;
  }
}
