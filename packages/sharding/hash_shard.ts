import type { BookServer } from "./book_server.ts";
import { murmur3 } from "./murmur3.ts";

const SERVERS: readonly BookServer[] = ["server0", "server1", "server2", "server3"];

/**
 * The book's `hash_shard`, made reproducible: the book uses Python's built-in `hash()`, which is
 * salted per process (`PYTHONHASHSEED`), so its counts change from run to run. This uses
 * MurmurHash3 x86_32 of the word's UTF-8 bytes with an explicit seed, modulo 4.
 *
 * @param word Any string (the empty string is allowed).
 * @param seed MurmurHash3 seed, an unsigned 32-bit integer. Default `0`.
 *
 * @example
 * ```ts
 * import { hashShard } from "@ch8/sharding";
 *
 * hashShard("apple"); //=> "server0"
 * hashShard("apple", 1); //=> "server3"
 * ```
 */
export function hashShard(word: string, seed = 0): BookServer {
  return SERVERS[murmur3(word, seed) & 3]!;
}
