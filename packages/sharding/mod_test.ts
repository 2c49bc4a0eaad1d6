import { describe, expect, it } from "vitest";
import * as mod from "./mod.ts";

describe("mod.ts", () => {
  it("exports exactly the public surface", () => {
    expect(Object.keys(mod).sort()).toEqual(
      [
        "DEFAULT_MEMCACHED_PORT",
        "PLACEMENT_ALGORITHMS",
        "PYTHON_LOWER_UNICODE_VERSION",
        "ShardingError",
        "alphaPlacement",
        "alphaShard",
        "analyzeDistribution",
        "analyzeDistributions",
        "analyzeMovement",
        "bookReport",
        "bookReportFromFile",
        "chiSquarePValue",
        "createPlacement",
        "formatBookReport",
        "formatDistribution",
        "formatMovementTable",
        "formatPythonPrecision",
        "generateKeys",
        "hashShard",
        "jumpHash",
        "jumpPlacement",
        "ketamaPlacement",
        "md5Placement",
        "md5Shard",
        "moduloPlacement",
        "movementTable",
        "murmur3",
        "openWordStream",
        "parseServerList",
        "parseServerSpec",
        "pythonLower",
        "pythonSplit",
        "readWordFile",
        "regularizedUpperGamma",
        "rendezvousPlacement",
      ].sort(),
    );
  });
});
