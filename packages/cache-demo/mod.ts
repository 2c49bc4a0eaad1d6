/**
 * Cache-aside over memcached: the book's squares.py (chapter 8 of *Foundations of Python
 * Network Programming*) in TypeScript, with memjs values Python clients can read, a private
 * memcached launcher and an in-memory fallback; and a sharded cluster client (placement from
 * `@ch8/sharding` through memjs's server selection, bounded requests, failover and recovery),
 * private clusters, and per-run statistics for the demo.
 *
 * @example
 * ```ts
 * import { formatRuns, openCache, runSquares } from "@ch8/cache-demo";
 *
 * const opened = await openCache();
 * const seconds = await runSquares({ cache: opened.cache, runs: 3, requests: 200 });
 * formatRuns(seconds).startsWith("Three successive runs:\n "); //=> true
 * await opened.close();
 * ```
 *
 * @module
 */
export type { Cache, CacheSetOptions, CacheValue } from "./cache.ts";
export {
  type CacheAsideDecodeOptions,
  type CacheAsideOptions,
  type CacheAsideResult,
  cacheAside,
} from "./cache_aside.ts";
export { CacheError, type CacheErrorCode } from "./cache_error.ts";
export { type ComputeSquareOptions, computeSquare } from "./compute_square.ts";
export { expectedHitRatio } from "./expected_hit_ratio.ts";
export { flagsSerializer, type StoredItem } from "./flags_serializer.ts";
export { formatRunTime } from "./format_run_time.ts";
export { formatRuns } from "./format_runs.ts";
export { formatRunsHeading } from "./format_runs_heading.ts";
export { formatStats } from "./format_stats.ts";
export {
  type MeasureSquaresOptions,
  measureSquares,
  type RunStats,
  type ServerStats,
  type SquaresReport,
} from "./measure_squares.ts";
export {
  MemjsCache,
  type MemjsCacheCounters,
  type MemjsCacheOptions,
} from "./memjs_cache.ts";
export { MemoryCache, type MemoryCacheOptions } from "./memory_cache.ts";
export { type OpenCacheOptions, type OpenedCache, openCache } from "./open_cache.ts";
export {
  type KeyPlacement,
  PLACEMENT_ALGORITHMS,
  type PlacementAlgorithm,
  type PlacementFactory,
  type PlacementServer,
  placementFactory,
} from "./placement_factory.ts";
export {
  DEFAULT_SERVERS,
  type ResolvedServers,
  type ResolveServersOptions,
  resolveServers,
} from "./resolve_servers.ts";
export { type RunSquaresOptions, runSquares } from "./run_squares.ts";
export { sparkline } from "./sparkline.ts";
export { type MemcachedCluster, type StartClusterOptions, startCluster } from "./start_cluster.ts";
export {
  type MemcachedProcess,
  type StartMemcachedOptions,
  startMemcached,
} from "./start_memcached.ts";
