// ketama lookups against the hashring package (libketama-style ring, its default 5000-entry
// lookup cache left on) on the same ten servers and the same 200,000 distinct keys.
import { pathToFileURL } from "node:url";
import HashRing from "hashring";
import { generateKeys, ketamaPlacement } from "../mod.ts";
import { line, measure } from "./_measure.ts";

export async function main(): Promise<string[]> {
  const servers = Array.from({ length: 10 }, (_, i) => `10.0.0.${i + 1}:11211`);
  const keys = [...generateKeys(200_000, { seed: 1 })];
  const n = keys.length;
  const ours = ketamaPlacement(servers);
  const peer = new HashRing(servers);
  const lines = [
    line(
      "ketama lookup (keys/s)",
      measure((i) => ours.locate(keys[i % n]!), n),
      measure((i) => peer.get(keys[i % n]!), n),
    ),
  ];
  for (const text of lines) console.log(text);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
