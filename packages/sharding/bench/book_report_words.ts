// Words per second in process of the book's whole report (split, lower-case, and the alpha,
// hash and md5 shards of every word): bookReportFromFile, which places words straight from the
// file's bytes, against readWordFile then bookReport, which makes a string of every word.
import { pathToFileURL } from "node:url";
import { bookReport, bookReportFromFile, readWordFile } from "../mod.ts";
import { line } from "./_measure.ts";

async function rate(run: () => Promise<number>, seconds = 1): Promise<number> {
  await run(); // warm up
  let best = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    const words = await run();
    best = Math.max(best, words / ((performance.now() - start) / 1000));
  }
  return best;
}

export async function main(): Promise<string[]> {
  const ours = await rate(async () => (await bookReportFromFile()).report.total);
  const peer = await rate(async () => bookReport((await readWordFile()).words).total);
  const lines = [line("book report from file (words/s)", ours, peer)];
  for (const text of lines) console.log(text);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
