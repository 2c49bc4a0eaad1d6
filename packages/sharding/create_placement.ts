import { alphaPlacement } from "./alpha_placement.ts";
import { jumpPlacement } from "./jump_placement.ts";
import { ketamaPlacement } from "./ketama_placement.ts";
import { md5Placement } from "./md5_placement.ts";
import { moduloPlacement } from "./modulo_placement.ts";
import type { Placement, PlacementAlgorithm, ServerInput } from "./placement.ts";
import type { PlacementOptions } from "./placement_options.ts";
import { rendezvousPlacement } from "./rendezvous_placement.ts";

/**
 * Every algorithm `createPlacement` accepts, in the order reports list them.
 *
 * @example
 * ```ts
 * import { PLACEMENT_ALGORITHMS } from "@ch8/sharding";
 *
 * PLACEMENT_ALGORITHMS; //=> ["modulo", "ketama", "rendezvous", "jump", "alpha", "md5"]
 * ```
 */
export const PLACEMENT_ALGORITHMS: readonly PlacementAlgorithm[] = [
  "modulo",
  "ketama",
  "rendezvous",
  "jump",
  "alpha",
  "md5",
];

/**
 * Build a {@linkcode Placement} by algorithm name: `modulo`, `ketama` (libmemcached-compatible),
 * `rendezvous`, `jump`, or the book's `alpha` and `md5`.
 *
 * @throws {RangeError} For an unknown algorithm, an empty or repeated server list, or weights
 * given to an algorithm that cannot honour them (only ketama and rendezvous can).
 *
 * @example
 * ```ts
 * import { createPlacement, parseServerList } from "@ch8/sharding";
 *
 * const servers = parseServerList("127.0.0.2:11211,127.0.0.3:11211,127.0.0.4:11211");
 * createPlacement("ketama", servers).locate("key0"); //=> "127.0.0.3:11211"
 * createPlacement("md5", ["server0", "server1", "server2", "server3"]).locate("apple"); //=> "server3"
 * ```
 */
export function createPlacement(
  algorithm: PlacementAlgorithm,
  servers: readonly ServerInput[],
  options: PlacementOptions = {},
): Placement {
  switch (algorithm) {
    case "modulo":
      return moduloPlacement(servers, options);
    case "ketama":
      return ketamaPlacement(servers);
    case "rendezvous":
      return rendezvousPlacement(servers, options);
    case "jump":
      return jumpPlacement(servers, options);
    case "alpha":
      return alphaPlacement(servers);
    case "md5":
      return md5Placement(servers);
    default:
      throw new RangeError(
        `createPlacement() algorithm must be one of ${PLACEMENT_ALGORITHMS.join(", ")}, got "${String(algorithm)}"`,
      );
  }
}
