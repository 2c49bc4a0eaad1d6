/**
 * The placement algorithms `createPlacement` knows.
 *
 * @example
 * ```ts
 * import { createPlacement } from "@ch8/sharding";
 *
 * createPlacement("jump", ["a", "b"]).algorithm; //=> "jump"
 * ```
 */
export type PlacementAlgorithm = "modulo" | "ketama" | "rendezvous" | "jump" | "alpha" | "md5";

/**
 * A server as placements take it: a `host[:port[:weight]]` string, or a name with an optional
 * weight (a positive integer, default 1).
 *
 * @example
 * ```ts
 * import { createPlacement } from "@ch8/sharding";
 *
 * createPlacement("rendezvous", ["a:11211:2", { name: "b:11211", weight: 3 }]).weights; //=> [2, 3]
 * ```
 */
export type ServerInput = string | { readonly name: string; readonly weight?: number };

/**
 * Decides which server holds a key. Every algorithm of `@ch8/sharding` implements it, so a
 * client (memjs's `keyToServerHashFunction`, for one) can switch algorithms without other
 * changes.
 *
 * @example
 * ```ts
 * import { createPlacement, type Placement } from "@ch8/sharding";
 *
 * const placement: Placement = createPlacement("ketama", ["cache1:11211", "cache2:11211"]);
 * placement.locate("user:42"); // "cache1:11211" or "cache2:11211", the same as pylibmc
 * ```
 */
export interface Placement {
  /** Which algorithm this is. */
  readonly algorithm: PlacementAlgorithm;
  /** Server names, in the order given; `locateIndex` indexes this array. */
  readonly servers: readonly string[];
  /** Server weights, parallel to `servers`. */
  readonly weights: readonly number[];
  /** The name of the server that holds `key`. */
  locate(key: string): string;
  /** The index in `servers` of the server that holds `key`. */
  locateIndex(key: string): number;
}
