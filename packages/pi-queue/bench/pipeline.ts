// `pnpm bench pi-queue`: points per second through the whole pipeline, in steady state (after a
// one-second warm-up, before the drain), against the book's Python queuepi.py with its pause
// removed. Also checks each run's estimate against pi in standard errors.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { type PipelineOptions, startPipeline } from "../mod.ts";

const SECONDS = Number(process.env.PI_QUEUE_BENCH_SECONDS ?? 5);
const WARMUP = 1;
const REFERENCE = fileURLToPath(new URL("../testdata/queuepi_reference.py", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function endpoints() {
  return {
    pubsub: `tcp://127.0.0.1:${await freePort()}`,
    reqrep: `tcp://127.0.0.1:${await freePort()}`,
    pushpull: `tcp://127.0.0.1:${await freePort()}`,
  };
}

const sleep = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));

/** The book's script, all five threads, no pause: tally lines per second after the warm-up. */
async function python(): Promise<{ rate: number; estimate: number; points: number }> {
  const e = await endpoints();
  const child = spawn(
    "/usr/bin/python3",
    [
      REFERENCE,
      "all",
      "--interval",
      "0",
      "--seconds",
      String(SECONDS + WARMUP + 2),
      "--pubsub",
      e.pubsub,
      "--reqrep",
      e.reqrep,
      "--pushpull",
      e.pushpull,
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  let lines = 0;
  let last = "";
  let tail = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const parts = (tail + chunk).split("\n");
    tail = parts.pop() ?? "";
    lines += parts.length;
    if (parts.length > 0) last = parts.at(-1)!;
  });
  await sleep(WARMUP);
  const start = lines;
  const t0 = performance.now();
  await sleep(SECONDS);
  const rate = (lines - start) / ((performance.now() - t0) / 1000);
  child.kill("SIGKILL");
  return { rate, estimate: Number(last.split(" ")[1]), points: lines };
}

async function ours(options: PipelineOptions) {
  const pipeline = await startPipeline({ endpoints: await endpoints(), rate: "max", ...options });
  await sleep(WARMUP);
  const first = await pipeline.status();
  await sleep(SECONDS);
  const second = await pipeline.status();
  const result = await pipeline.stop();
  const rate = (second.tallied - first.tallied) / (second.seconds - first.seconds);
  const z = (result.estimate - Math.PI) / result.standardError;
  return { rate, result, z };
}

function format(rate: number): string {
  return `${Math.round(rate).toLocaleString("en-US")}/s`;
}

function describe(name: string, run: Awaited<ReturnType<typeof ours>>): string {
  const { result, z } = run;
  return (
    `  ${name}: sent ${result.sent}, judged ${result.judged}, tallied ${result.tallied}, ` +
    `drained ${result.drained}, estimate ${result.estimate.toFixed(6)} (${z.toFixed(2)} SE from pi)`
  );
}

const py = await python();
console.log(
  `  python queuepi.py, no pause: ${format(py.rate)}, last estimate ${py.estimate} after ${py.points} points`,
);
const inProcess = await ours({});
console.log(describe("book format, one process", inProcess));
const processes = await ours({ processes: true });
console.log(describe("book format, separate processes", processes));
const batched = await ours({ processes: true, batch: 1000 });
console.log(describe("batch 1000, separate processes", batched));
console.log(
  `book format at max rate, one process: ours ${format(inProcess.rate)}, peer ${format(py.rate)}, ratio ${(inProcess.rate / py.rate).toFixed(2)}`,
);
console.log(
  `book format at max rate, separate processes: ours ${format(processes.rate)}, peer ${format(py.rate)}, ratio ${(processes.rate / py.rate).toFixed(2)}`,
);
console.log(
  `batch 1000, separate processes: ours ${format(batched.rate)}, peer ${format(1_000_000)} (target), ratio ${(batched.rate / 1_000_000).toFixed(2)}`,
);
const ok = processes.rate >= 2 * py.rate && batched.rate >= 1_000_000 && Math.abs(batched.z) < 5;
if (!ok) process.exitCode = 1;
