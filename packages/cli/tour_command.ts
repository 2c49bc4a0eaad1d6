import type { Io } from "./io.ts";

const headings = {
  shard: "hashing.py: how hashing divides words among four servers",
  cache: "squares.py: a memcached cache warming up over ten runs",
  pi: "queuepi.py: estimating pi with ZeroMQ roles (5 seconds)",
} as const;

/** `ch8` with no arguments: each of the chapter's three programs in turn, under a heading. */
export async function tourCommand(io: Io): Promise<number> {
  const heading = (text: string) => io.stdout.write(`== ${text} ==\n\n`);

  heading(headings.shard);
  const { shardReport } = await import("./shard_command.ts");
  io.stdout.write(await shardReport(io));

  heading(headings.cache);
  const { squaresDemo } = await import("./cache_command.ts");
  const cached = await squaresDemo(io, { runs: 10, requests: 2000, max: 5000, delayMs: 1 });
  if (cached !== 0) return cached;
  io.stdout.write("\n");

  heading(headings.pi);
  const { piPipeline } = await import("./pi_command.ts");
  return piPipeline(io, 5);
}
