import { freeEndpoints } from "./_test_support.ts";
import { startPipeline } from "./mod.ts";

const out: string[] = [];
for (let k = 0; k < 3; k++) {
  const p = await startPipeline({
    endpoints: await freeEndpoints(),
    rate: "max",
    inproc: process.argv[2] === "inproc",
  });
  await new Promise((r) => setTimeout(r, 700));
  const a = await p.status();
  const c0 = process.cpuUsage();
  await new Promise((r) => setTimeout(r, 2000));
  const b = await p.status();
  const c = process.cpuUsage(c0);
  await p.stop();
  out.push(((c.user + c.system) / (b.tallied - a.tallied)).toFixed(1));
}
console.log("cpu us/point", out.join(" "));
