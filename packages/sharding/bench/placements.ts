// Lookups per second of every placement on 10 servers (rendezvous on 10 and 100), against
// node:crypto-based modulo hashing as the peer: what a cache client would otherwise do per key.
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createPlacement, generateKeys, PLACEMENT_ALGORITHMS } from "../mod.ts";
import { line, measure } from "./_measure.ts";

export async function main(): Promise<string[]> {
  const servers = Array.from({ length: 10 }, (_, i) => `server${i}`);
  const keys = [...generateKeys(200_000, { seed: 2 })];
  const n = keys.length;
  const peer = measure(
    (i) =>
      servers[
        createHash("md5")
          .update(keys[i % n]!)
          .digest()
          .readUInt32LE(0) % 10
      ],
    20_000,
  );
  const lines: string[] = [];
  for (const algorithm of PLACEMENT_ALGORITHMS) {
    const placement = createPlacement(algorithm, servers);
    lines.push(
      line(
        `${algorithm} lookup (keys/s)`,
        measure((i) => placement.locate(keys[i % n]!), n),
        peer,
      ),
    );
  }
  const hundred = createPlacement(
    "rendezvous",
    Array.from({ length: 100 }, (_, i) => `server${i}`),
  );
  lines.push(
    line(
      "rendezvous 100 servers lookup (keys/s)",
      measure((i) => hundred.locate(keys[i % n]!), n),
      peer,
    ),
  );
  for (const text of lines) console.log(text);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
