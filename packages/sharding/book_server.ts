/**
 * The name the book's shard functions give a server: `"server0"` to `"server3"`.
 *
 * @example
 * ```ts
 * import type { BookServer } from "@ch8/sharding";
 *
 * const server: BookServer = "server2";
 * ```
 */
export type BookServer = "server0" | "server1" | "server2" | "server3";
