/**
 * Divide keys among servers. Phase 1 is the book's `hashing.py` (chapter 8 of *Foundations of
 * Python Network Programming*), exact: its `alpha`, `hash` and `md5` shard functions, Python's
 * `str.split()`, `str.lower()` and `'{:.2}'` formatting, and a report printed byte for byte as
 * the book prints it.
 *
 * Phase 2 is a placement library to run a cluster on: one {@linkcode Placement} interface over
 * `modulo`, libmemcached-compatible `ketama`, `rendezvous`, `jump` and the book's `alpha` and
 * `md5`, with distribution and movement analysis over word files or generated keys.
 *
 * @example
 * ```ts
 * import { bookReport, formatBookReport, readWordFile } from "@ch8/sharding";
 *
 * const { words } = await readWordFile();
 * console.log(formatBookReport(bookReport(words)));
 * ```
 *
 * @module
 */

export { alphaPlacement } from "./alpha_placement.ts";
export { alphaShard } from "./alpha_shard.ts";
export {
  analyzeDistribution,
  analyzeDistributions,
  type DistributionReport,
} from "./analyze_distribution.ts";
export {
  analyzeMovement,
  type MovementReport,
  type MovementTableOptions,
  movementTable,
} from "./analyze_movement.ts";
export {
  type BookAlgorithm,
  type BookReport,
  type BookReportOptions,
  type BookReportSection,
  bookReport,
} from "./book_report.ts";
export { type BookReportFile, bookReportFromFile } from "./book_report_from_file.ts";
export type { BookServer } from "./book_server.ts";
export { createPlacement, PLACEMENT_ALGORITHMS } from "./create_placement.ts";
export { formatBookReport } from "./format_book_report.ts";
export { formatDistribution } from "./format_distribution.ts";
export { formatMovementTable } from "./format_movement_table.ts";
export { formatPythonPrecision } from "./format_python_precision.ts";
export { type GenerateKeysOptions, generateKeys } from "./generate_keys.ts";
export { hashShard } from "./hash_shard.ts";
export { jumpHash } from "./jump_hash.ts";
export { jumpPlacement } from "./jump_placement.ts";
export { type KetamaPlacement, ketamaPlacement } from "./ketama_placement.ts";
export type { KeySource } from "./key_source.ts";
export { md5Placement } from "./md5_placement.ts";
export { md5Shard } from "./md5_shard.ts";
export { moduloPlacement } from "./modulo_placement.ts";
export { murmur3 } from "./murmur3.ts";
export { openWordStream, type WordStream, type WordStreamOptions } from "./open_word_stream.ts";
export {
  DEFAULT_MEMCACHED_PORT,
  parseServerList,
  parseServerSpec,
  type ServerSpec,
} from "./parse_server_list.ts";
export type { Placement, PlacementAlgorithm, ServerInput } from "./placement.ts";
export type { PlacementOptions } from "./placement_options.ts";
export { PYTHON_LOWER_UNICODE_VERSION, pythonLower } from "./python_lower.ts";
export { pythonSplit } from "./python_split.ts";
export { readWordFile, type WordFile, type WordSource } from "./read_word_file.ts";
export { chiSquarePValue, regularizedUpperGamma } from "./regularized_upper_gamma.ts";
export { rendezvousPlacement } from "./rendezvous_placement.ts";
export { ShardingError, type ShardingErrorCode } from "./sharding_error.ts";
