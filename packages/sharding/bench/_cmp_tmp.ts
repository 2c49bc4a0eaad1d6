import { _md5LastByte as newF } from "../_md5.ts";
import { readWordFile, pythonLower } from "../mod.ts";
import { measure } from "./_measure.ts";
const { words } = await readWordFile();
const lower = words.map(pythonLower);
const n = lower.length;
const small = lower.slice(50000, 51000);
for (let r = 0; r < 4; r++) {
  const a = measure((i) => newF(lower[i % n]!) & 3, n, 0.4);
  const b = measure((i) => newF(small[i % 1000]!) & 3, n, 0.4);
  const c = measure((i) => lower[i % n]!.charCodeAt(0) & 3, n, 0.4);
  const d = measure((i) => { const s = lower[i % n]!; let h = 0; for (let k = 0; k < s.length; k++) h += s.charCodeAt(k); return h & 3; }, n, 0.4);
  console.log(`all ${(a/1e6).toFixed(2)} 1000 ${(b/1e6).toFixed(2)} touch ${(c/1e6).toFixed(2)} readall ${(d/1e6).toFixed(2)}`);
}
