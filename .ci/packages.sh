#!/usr/bin/env bash
# Checks each package as it would be published: pnpm packs it (applying publishConfig, turning
# workspace:^ into versions), publint and attw read the tarball, then a project outside the
# workspace installs the tarballs, imports a package alone, type-checks a consumer against the
# published types and runs the packed ch8.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d /tmp/ch8-packages.XXXXXX)
trap 'rm -rf "$work"' EXIT
packages=(sharding cache-demo pi-queue cli)

TURBO_TELEMETRY_DISABLED=1 pnpm turbo run build --output-logs=errors-only >/dev/null

for p in "${packages[@]}"; do
  (cd "packages/$p" && pnpm pack --pack-destination "$work" >/dev/null)
done
tarball() { ls "$work"/ch8-"$1"-*.tgz; }

for p in "${packages[@]}"; do
  echo "packages: $p: publint, attw"
  tgz=$(tarball "$p")
  if tar -tzf "$tgz" | grep -E '\.ts$' | grep -vE '\.d\.ts$'; then
    echo "packages: $p publishes TypeScript sources" >&2
    exit 1
  fi
  if tar -xzOf "$tgz" package/package.json | grep -E '"source"|mod\.ts|workspace:'; then
    echo "packages: $p's published package.json points at sources or the workspace" >&2
    exit 1
  fi
  pnpm exec publint --strict "$tgz"
  pnpm exec attw "$tgz" --profile esm-only --format table-flipped
done

echo "packages: @ch8/sharding installed alone"
mkdir -p "$work/alone" && cd "$work/alone"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$(tarball sharding)"
node --input-type=module -e '
  import { md5Shard, hashShard } from "@ch8/sharding";
  if (md5Shard("apple") !== "server3") throw new Error(`md5Shard("apple") is ${md5Shard("apple")}`);
  console.log("import { md5Shard } from \"@ch8/sharding\": apple ->", md5Shard("apple"), hashShard("apple"));
'
[[ ! -e node_modules/zeromq && ! -e node_modules/memjs ]] || { echo "sharding pulled in zeromq or memjs" >&2; exit 1; }

echo "packages: all four installed, a consumer type-checked, the packed ch8 run"
mkdir -p "$work/all" && cd "$work/all"
npm init -y >/dev/null
npm pkg set type=module
npm install --no-audit --no-fund --silent "$(tarball sharding)" "$(tarball cache-demo)" "$(tarball pi-queue)" "$(tarball cli)"
cat > consumer.ts <<'TS'
import { bookReport, formatBookReport, md5Shard } from "@ch8/sharding";
import { type Cache, MemoryCache, cacheAside } from "@ch8/cache-demo";
import { DEFAULT_ENDPOINTS, formatPythonFloat, sumOfSquares } from "@ch8/pi-queue";
import { run } from "@ch8/cli";

const server: string = md5Shard("apple");
const report: string = formatBookReport(bookReport(["apple", "pear"]));
const cache: Cache = new MemoryCache();
const value: string = await cacheAside(cache, "k", async () => "v").then((r) => String(r.value ?? r));
const pubsub: string = DEFAULT_ENDPOINTS.pubsub;
const big: bigint = sumOfSquares([3n, 4n]);
const printed: string = formatPythonFloat(4);
const status: Promise<number> = run(["--version"], {
  stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {},
  signal: new AbortController().signal,
});
console.log(server, report.length, value, pubsub, big, printed, status instanceof Promise);
TS
cat > tsconfig.json <<TS
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext",
  "target": "ES2023", "noEmit": true, "skipLibCheck": false,
  "typeRoots": ["$root/node_modules/@types"], "types": ["node"] }, "files": ["consumer.ts"] }
TS
"$root/node_modules/.bin/tsc" -p tsconfig.json
printf 'apple Banana\nzebra\tmoose\n' > words.txt
npx --no-install ch8 --help | head -1
npx --no-install ch8 shard --words words.txt | head -5
echo "packages: all good"
