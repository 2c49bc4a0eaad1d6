/**
 * Side-by-side speed of MemjsCache against a bare request/response round trip, plain memjs and
 * the `memcached` npm client, all against one private memcached over loopback in one run.
 * Run: `pnpm exec tsx bench/cluster_bench.ts` (runs on import; prints one line per comparison).
 */
import { connect } from "node:net";
import Memcached from "memcached";
import { Client } from "memjs";
import { MemjsCache } from "../memjs_cache.ts";
import { startMemcached } from "../start_memcached.ts";

const KEYS = 1000;
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 5000);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 30_000);
const CONCURRENCY = 64;
const keys = Array.from({ length: KEYS }, (_, i) => `sq:${i}`);

/** A minimal binary-protocol GET loop on one socket: the floor any client can reach. */
async function bareRoundTrips(port: number, count: number): Promise<number> {
  const socket = connect({ host: "127.0.0.1", port });
  socket.setNoDelay(true);
  await new Promise((resolve) => socket.once("connect", resolve));
  const requests = keys.map((key) => {
    const k = Buffer.from(key);
    const request = Buffer.alloc(24 + k.length);
    request[0] = 0x80;
    request.writeUInt16BE(k.length, 2);
    request.writeUInt32BE(k.length, 8);
    k.copy(request, 24);
    return request;
  });
  let pending: Buffer = Buffer.alloc(0);
  let waiting: (() => void) | undefined;
  socket.on("data", (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    if (pending.length >= 24 && pending.length >= 24 + pending.readUInt32BE(8)) {
      pending = pending.subarray(24 + pending.readUInt32BE(8));
      const resolve = waiting;
      waiting = undefined;
      resolve?.();
    }
  });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve) => {
      waiting = resolve;
      socket.write(requests[i % KEYS] as Buffer);
    });
  }
  const elapsed = performance.now() - t0;
  socket.destroy();
  return elapsed;
}

async function sequential(get: (key: string) => Promise<unknown>, count: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await get(keys[i % KEYS] as string);
  return performance.now() - t0;
}

async function concurrent(get: (key: string) => Promise<unknown>, count: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await get(keys[i % KEYS] as string);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return performance.now() - t0;
}

const server = await startMemcached();
const ours = new MemjsCache(server.address);
const memjs = Client.create(server.address, { logger: { log() {} } });
const legacy = new Memcached(server.address);
const legacyGet = (key: string) =>
  new Promise((resolve, reject) =>
    legacy.get(key, (error, data) => (error ? reject(error) : resolve(data))),
  );
try {
  for (const key of keys) await ours.set(key, key.length);
  // warm every client's connection and the JIT before timing
  for (let round = 0; round < 2; round++) {
    await bareRoundTrips(server.port, 2000);
    await sequential((key) => ours.get(key), 2000);
    await concurrent((key) => ours.get(key), 5000);
    await concurrent((key) => memjs.get(key), 5000);
    await concurrent(legacyGet, 5000);
  }

  // the machine may be shared: interleave the contenders round by round and compare medians
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const samples: Record<string, number[]> = {};
  const record = (name: string, value: number) => {
    samples[name] ??= [];
    samples[name].push(value);
  };
  for (let round = 0; round < rounds; round++) {
    record("bare", (await bareRoundTrips(server.port, SEQUENTIAL)) / SEQUENTIAL);
    record("oursSeq", (await sequential((key) => ours.get(key), SEQUENTIAL)) / SEQUENTIAL);
    record("memjsSeq", (await sequential((key) => memjs.get(key), SEQUENTIAL)) / SEQUENTIAL);
    const rate = (ms: number) => CONCURRENT / (ms / 1000);
    record("oursConc", rate(await concurrent((key) => ours.get(key), CONCURRENT)));
    record("memjsConc", rate(await concurrent((key) => memjs.get(key), CONCURRENT)));
    record("legacyConc", rate(await concurrent(legacyGet, CONCURRENT)));
  }
  const median = (name: string) => {
    const sorted = [...(samples[name] ?? [])].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  const bare = median("bare");
  const oursSeq = median("oursSeq");
  const memjsSeq = median("memjsSeq");
  const oursConc = median("oursConc");
  const memjsConc = median("memjsConc");
  const legacyConc = median("legacyConc");
  console.log(`medians of ${rounds} interleaved rounds against ${server.address}`);
  console.log(
    `sequential hit: ours ${us(oursSeq)}/request, bare round trip ${us(bare)}, ratio ${(oursSeq / bare).toFixed(2)} (target <= 1.30; plain memjs ${us(memjsSeq)})`,
  );
  console.log(
    `concurrency ${CONCURRENCY}: ours ${oursConc.toFixed(0)} req/s, memcached npm ${legacyConc.toFixed(0)} req/s, ratio ${(oursConc / legacyConc).toFixed(2)} (target >= 2.00)`,
  );
  console.log(
    `concurrency ${CONCURRENCY}: ours ${oursConc.toFixed(0)} req/s, plain memjs ${memjsConc.toFixed(0)} req/s, ratio ${(oursConc / memjsConc).toFixed(2)} (target >= 1.00)`,
  );
} finally {
  await ours.close();
  memjs.close();
  legacy.end();
  await server.close();
}
