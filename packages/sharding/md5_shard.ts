import { _md5LastByte } from "./_md5.ts";
import type { BookServer } from "./book_server.ts";

const SERVERS: readonly BookServer[] = ["server0", "server1", "server2", "server3"];

/**
 * The book's `md5_shard`: the last byte of the MD5 digest of the word's UTF-8 bytes, modulo 4.
 * Uses an allocation-free MD5 for words up to 55 UTF-8 bytes (one block), so it places millions
 * of words per second; longer words take the general path and give the same answer.
 *
 * @example
 * ```ts
 * import { md5Shard } from "@ch8/sharding";
 *
 * md5Shard("apple"); //=> "server3"
 * md5Shard("peach"); //=> "server2"
 * ```
 */
export function md5Shard(word: string): BookServer {
  return SERVERS[_md5LastByte(word) & 3]!;
}
