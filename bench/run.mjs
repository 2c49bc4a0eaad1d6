// `pnpm bench [FILTER]`: runs every packages/*/bench/*.ts (through tsx) one after another, so
// that no two benchmarks share the machine. Each prints its ratios against its named peer.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const filter = process.argv[2] ?? "";
const root = new URL("..", import.meta.url).pathname;
const tsx = join(root, "node_modules", ".bin", "tsx");
const scripts = readdirSync(join(root, "packages"))
  .flatMap((pkg) => {
    try {
      return readdirSync(join(root, "packages", pkg, "bench"))
        .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
        .map((f) => join("packages", pkg, "bench", f));
    } catch {
      return [];
    }
  })
  .filter((path) => path.includes(filter));

let failed = 0;
for (const script of scripts) {
  console.log(`\n## ${script}`);
  const result = spawnSync(tsx, ["--conditions=source", script], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    failed += 1;
    console.log(`(${script} failed with status ${result.status ?? result.signal})`);
  }
}
if (scripts.length === 0) console.log(`no benchmark matches '${filter}'`);
process.exit(failed ? 1 : 0);
