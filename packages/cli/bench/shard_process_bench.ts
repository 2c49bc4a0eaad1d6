// `ch8 shard` as a whole process against the book's hashing.py on the same word file, run
// alternately so both see the same machine. Target: ours faster (ratio > 1).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const words = process.argv[2] ?? "/usr/share/dict/words";
const ch8 = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const python = "/usr/bin/python3";
const book = fileURLToPath(
  new URL("../../sharding/testdata/hashing_reference.py", import.meta.url),
);
for (const [what, path] of [
  ["built ch8 (pnpm build)", ch8],
  ["python3", python],
  ["words", words],
]) {
  if (!existsSync(path!)) {
    console.error(`shard_process_bench: ${what} not found at ${path}`);
    process.exit(1);
  }
}

function time(command: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const ran = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (ran.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${ran.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ours: number[] = [];
const theirs: number[] = [];
time(process.execPath, [ch8, "shard", "--words", words]); // warm the file cache
for (let i = 0; i < 15; i++) {
  ours.push(time(process.execPath, [ch8, "shard", "--words", words]));
  theirs.push(time(python, [book, words]));
}
const bare = median(Array.from({ length: 7 }, () => time(process.execPath, ["-e", "0"])));
const [o, t] = [median(ours), median(theirs)];
console.log(
  `ch8 shard (whole process, ${words}): median ${o.toFixed(0)} ms (node -e 0 alone: ${bare.toFixed(0)} ms)`,
);
console.log(`book's hashing.py (${python}): median ${t.toFixed(0)} ms`);
console.log(`ratio (python / ours, > 1 means ours is faster): ${(t / o).toFixed(2)}x`);
