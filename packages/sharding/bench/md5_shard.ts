// md5Shard against node:crypto's createHash("md5") per word, on the system word list lower-cased.
// Target: at least 5 million short words per second in process.
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { md5Shard, pythonLower, readWordFile } from "../mod.ts";
import { line, measure } from "./_measure.ts";

const SERVERS = ["server0", "server1", "server2", "server3"];

export async function main(): Promise<string[]> {
  const { words } = await readWordFile();
  const lower = words.map(pythonLower);
  const n = lower.length;
  const ours = measure((i) => md5Shard(lower[i % n]!), n);
  const peer = measure(
    (i) =>
      SERVERS[
        createHash("md5")
          .update(lower[i % n]!)
          .digest()[15]! % 4
      ],
    Math.min(n, 20_000),
  );
  const lines = [line("md5 shard (words/s)", ours, peer)];
  for (const text of lines) console.log(text);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
