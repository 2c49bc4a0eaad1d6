// The book's report as a whole process: `node` importing only `@ch8/sharding/book` (built, from
// dist/) and printing bookReportFromFile's report, against the book's hashing.py on the same
// file, run alternately so both see the same machine. Target: ours faster (ratio > 1). This is
// what `ch8 shard` costs beyond the CLI's own modules.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const words = process.argv[2] ?? "/usr/share/dict/words";
const book = fileURLToPath(new URL("../dist/book.js", import.meta.url));
const python = "/usr/bin/python3";
const reference = fileURLToPath(new URL("../testdata/hashing_reference.py", import.meta.url));
for (const [what, path] of [
  ["built package (pnpm build)", book],
  ["python3", python],
  ["words", words],
] as const) {
  if (!existsSync(path)) {
    console.error(`book_report_process: ${what} not found at ${path}`);
    process.exit(1);
  }
}

const script = `import { bookReportFromFile, formatBookReport } from ${JSON.stringify(pathToFileURL(book).href)};
process.stdout.write(formatBookReport((await bookReportFromFile(process.argv[1])).report));`;

function time(command: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const ran = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (ran.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${ran.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const oursArgs = ["--input-type=module", "-e", script, words];
const ours: number[] = [];
const theirs: number[] = [];
const bare: number[] = [];
time(process.execPath, oursArgs); // warm the file cache
for (let i = 0; i < 15; i++) {
  ours.push(time(process.execPath, oursArgs));
  theirs.push(time(python, [reference, words]));
  bare.push(time(process.execPath, ["-e", "0"]));
}
const [o, t, b] = [median(ours), median(theirs), median(bare)];
console.log(
  `book report (whole process, ${words}): ours ${o.toFixed(0)} ms, hashing.py ${t.toFixed(0)} ms, node -e 0 ${b.toFixed(0)} ms`,
);
console.log(
  `book report process: ours ${(1000 / o).toFixed(2)}/s, peer ${(1000 / t).toFixed(2)}/s, ratio ${(t / o).toFixed(2)}`,
);
