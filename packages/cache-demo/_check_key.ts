import { CacheError } from "./cache_error.ts";

// memcached's text protocol (the one python-memcache speaks) splits on whitespace and ends a
// line at control characters, and caps keys at 250 bytes; refuse such keys before sending them.
const MAX_KEY_BYTES = 250;
const FORBIDDEN = /[\s\p{Cc}]/u;

/**
 * Throws a `CacheError` `E_BAD_KEY` naming `key` when memcached would refuse it; returns its
 * length in UTF-8 bytes.
 */
export function checkKey(key: string): number {
  if (typeof key !== "string") {
    throw new TypeError(`key must be a string, got ${typeof key}`);
  }
  if (key.length === 0) throw new CacheError("E_BAD_KEY", "key is empty");
  const bytes = Buffer.byteLength(key);
  if (bytes > MAX_KEY_BYTES) {
    throw new CacheError(
      "E_BAD_KEY",
      `key ${describeKey(key)} is ${bytes} bytes long; memcached allows at most ${MAX_KEY_BYTES}`,
    );
  }
  const bad = FORBIDDEN.exec(key);
  if (bad !== null) {
    const kind = /\s/u.test(bad[0]) ? "whitespace" : "a control character";
    throw new CacheError(
      "E_BAD_KEY",
      `key ${describeKey(key)} contains ${kind} (${JSON.stringify(bad[0])} at index ${bad.index}); memcached refuses it`,
    );
  }
  return bytes;
}

/** A key quoted for an error message, shortened when long. */
export function describeKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 40)}…${key.slice(-10)}` : key);
}
