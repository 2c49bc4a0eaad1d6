#!/usr/bin/env bash
# After a full `pnpm turbo test`: a second run with nothing changed must be fully cached, and a
# change to one package must rerun only it and the packages that depend on it.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

# Prints "task status" for each task a dry run of `turbo run test` would run.
statuses() {
  pnpm exec turbo run test --dry=json 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const t of JSON.parse(s).tasks)if(t.command!=="<NONEXISTENT>")console.log(t.taskId,t.cache.status)})'
}

echo "turbo: nothing changed"
unchanged=$(statuses)
echo "$unchanged"
if grep -v ' HIT$' <<<"$unchanged"; then
  echo "turbo: a second run with nothing changed would not be fully cached" >&2
  exit 1
fi

echo "turbo: @ch8/pi-queue changed"
trap 'git checkout -- packages/pi-queue/mod.ts' EXIT
echo "// a change" >>packages/pi-queue/mod.ts
changed=$(statuses)
echo "$changed"
expected_miss='^@ch8/(pi-queue|cli)#(build|test) MISS$'
expected_hit='^@ch8/(sharding|cache-demo|doctest)#(build|test) HIT$'
if grep -vE "$expected_miss|$expected_hit" <<<"$changed"; then
  echo "turbo: changing @ch8/pi-queue should rerun only it and @ch8/cli" >&2
  exit 1
fi
echo "turbo: caching as it should be"
