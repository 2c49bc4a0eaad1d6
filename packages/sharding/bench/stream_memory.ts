// Streams a large generated key file (default 256 MiB; pass a size in MiB as the first
// argument, e.g. 1024 for the 1 GB of the issue) through analyzeDistributions for every
// placement and reports the peak resident memory against the file size. The "peer" is the
// file size itself: reading the file whole would need at least that much (twice, as UTF-16).
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  analyzeDistributions,
  createPlacement,
  generateKeys,
  openWordStream,
  PLACEMENT_ALGORITHMS,
} from "../mod.ts";

async function writeKeys(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  let written = 0;
  let lines: string[] = [];
  for (const key of generateKeys(Number.MAX_SAFE_INTEGER, { seed: 3 })) {
    lines.push(key);
    written += key.length + 1;
    if (lines.length === 10_000 || written >= bytes) {
      const chunk = `${lines.join("\n")}\n`;
      lines = [];
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      if (written >= bytes) break;
    }
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

export async function main(sizeMiB = Number(process.argv[2] ?? 256)): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "sharding-stream-"));
  try {
    const path = join(dir, "keys.txt");
    await writeKeys(path, sizeMiB * 1024 * 1024);
    const size = (await stat(path)).size;
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const servers = ["server0", "server1", "server2", "server3"];
    const stream = await openWordStream(path);
    const started = performance.now();
    const reports = await analyzeDistributions(
      PLACEMENT_ALGORITHMS.map((algorithm) => createPlacement(algorithm, servers)),
      stream,
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
    const keysPerSecond = reports[0]!.total / seconds;
    const lines = [
      `stream ${mib(size)} of keys, peak rss growth ${mib(peak - before)} (rss ${mib(peak)}), ${reports[0]!.total} keys, ${Math.round(keysPerSecond).toLocaleString("en-US")} keys/s through six placements`,
      `stream memory (bytes): ours ${peak - before}, peer ${size}, ratio ${((peak - before) / size).toFixed(3)}`,
    ];
    for (const text of lines) console.log(text);
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
