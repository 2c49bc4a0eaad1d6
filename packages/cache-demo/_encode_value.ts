import type { CacheValue } from "./cache.ts";

/** The memcached item flags python-memcache and pylibmc agree on. */
export const FLAG_BYTES = 0;
/** python-memcache's `_FLAG_INTEGER`; pylibmc reads it as an int too. */
export const FLAG_INTEGER = 2;
/** pylibmc writes Python ints with its LONG flag; python-memcache reads it as an int too. */
export const FLAG_LONG = 4;
/** Both Python clients store and read `str` with this flag. */
export const FLAG_TEXT = 16;

/** A value as memcached stores it: text plus flags. */
export interface EncodedValue {
  readonly text: string;
  readonly flags: number;
}

/** Text for `value` and the flags that make the Python clients read it back as the same type. */
export function encodeValue(value: CacheValue): EncodedValue {
  if (typeof value === "string") return { text: value, flags: FLAG_TEXT };
  if (typeof value === "bigint") return { text: value.toString(), flags: FLAG_INTEGER };
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(
        `value must be a string, a safe integer or a bigint, got ${String(value)}`,
      );
    }
    return { text: String(value), flags: FLAG_INTEGER };
  }
  throw new TypeError(`value must be a string, a number or a bigint, got ${typeof value}`);
}

/** Whether items with these flags can be returned as text (bytes, text or integers). */
export function isTextFlags(flags: number): boolean {
  return (
    flags === FLAG_BYTES || flags === FLAG_TEXT || flags === FLAG_INTEGER || flags === FLAG_LONG
  );
}
