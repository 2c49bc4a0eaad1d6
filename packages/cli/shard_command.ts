import { bookReport, formatBookReport, readWordFile, ShardingError } from "@ch8/sharding";
import { integerOption, parseCommandArgs } from "./_args.ts";
import type { Io } from "./io.ts";
import { usage } from "./usage.ts";

/** `ch8 shard`: the book's hashing.py report. */
export async function shardCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("shard", argv, {
    words: { type: "string" },
    seed: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(usage("shard"));
    return 0;
  }
  const seed = integerOption("shard", "seed", values.seed, 0, 0, 0xffffffff);
  io.stdout.write(await shardReport(io, values.words, seed));
  return 0;
}

/** Reads the word file (saying on stderr when it fell back to the npm word list) and renders the report. */
export async function shardReport(io: Io, words?: string, seed = 0): Promise<string> {
  const file = await readWordFile(words);
  if (file.notice) io.stderr.write(`${file.notice}\n`);
  if (file.words.length === 0) {
    throw new ShardingError("E_NO_WORDS", `no words to place: ${file.path} holds no words`);
  }
  return formatBookReport(bookReport(file.words, { seed }));
}
