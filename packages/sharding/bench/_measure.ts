/** Calls per second of `run(i)`, over rounds of `batch` calls for about `seconds`, best round. */
export function measure(run: (i: number) => unknown, batch: number, seconds = 1): number {
  let sink = 0;
  // Warm up so both sides are measured optimized.
  for (let i = 0; i < batch; i++) sink ^= run(i) ? 1 : 0;
  let best = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink ^= run(i) ? 1 : 0;
    const rate = batch / ((performance.now() - start) / 1000);
    if (rate > best) best = rate;
  }
  if (sink === 2) console.log("");
  return best;
}

/** "name: ours X/s, peer Y/s, ratio Z", the line format the workspace's bench runner reads. */
export function line(name: string, ours: number, peer: number): string {
  const format = (rate: number) => `${Math.round(rate).toLocaleString("en-US")}/s`;
  return `${name}: ours ${format(ours)}, peer ${format(peer)}, ratio ${(ours / peer).toFixed(2)}`;
}
