#!/usr/bin/env bash
# Issue 5 cost check on all 80 e-Gov Acts: how many model calls `tenken scan --llm` makes, per 1,000 articles,
# with tokens, against the pioneers' design of one call per article per category.
#  1. dry run (--llm-dry-run: the same selection and prompts, nothing sent, tokens estimated), without and with
#     --llm-recall; fails when calls exceed the rule findings (+ weak-cue articles with recall);
#  2. the real client against bench/fake_llm_server.py (instant answers, needs python3): requests the server
#     counted, which must equal the dry run's count; then a rerun with the cache, which must send none.
# Usage: bench/llm-calls.sh [xml-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
xml=${1:-../shared/data/raw/egov-law-xml/xml}
[ -d "$xml" ] || { echo "folder not found: $xml" >&2; exit 2; }
dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
tenken="dotnet src/Tenken.Cli/bin/Release/net10.0/tenken.dll"
out=$(mktemp -d)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$out"' EXIT

num() { sed -n "s/.*$1 \([0-9,]*\).*/\1/p" "$2" | head -1 | tr -d ,; }
status=0

for mode in plain recall; do
  flags=(--llm-dry-run --llm-no-cache)
  [ "$mode" = recall ] && flags+=(--llm-recall)
  $tenken scan "$xml" -o "$out/$mode.json" "${flags[@]}" 2> "$out/$mode.log" || true
  articles=$(num "全" "$out/$mode.log")
  findings=$(num "規則の検出" "$out/$mode.log")
  calls=$(num "呼び出し" "$out/$mode.log")
  recall=$(sed -n 's/.*うち弱い手がかり \([0-9,]*\).*/\1/p' "$out/$mode.log" | tr -d ,)
  limit=$((findings + ${recall:-0}))
  echo "== dry run, ${flags[*]}"
  grep -E "^LLM|トークン|1,000 条あたり|比較" "$out/$mode.log"
  awk -v c="$calls" -v a="$articles" -v f="$findings" -v r="${recall:-0}" \
    'BEGIN { printf "calls=%d rule-findings=%d weak-cue-articles=%d calls-per-1000-articles=%.1f design-per-1000 (11 categories)=%.1f\n", c, f, r, c*1000/a, 0 }' \
    | sed 's/ design-per-1000.*//'
  if [ "$calls" -gt "$limit" ]; then echo "FAIL: $calls calls > $limit" >&2; status=1; else echo "ok: calls <= $limit"; fi
  [ "$mode" = plain ] && dry_calls=$calls
done

if command -v python3 >/dev/null; then
  python3 bench/fake_llm_server.py "$out/requests" > "$out/port" &
  server_pid=$!
  for _ in $(seq 50); do [ -s "$out/port" ] && break; sleep 0.1; done
  port=$(cat "$out/port")
  : > "$out/requests"
  start=$(date +%s.%N)
  $tenken scan "$xml" -o "$out/real.json" --llm --llm-endpoint "http://127.0.0.1:$port/v1" --llm-model fake \
    --llm-cache "$out/cache.sqlite" --llm-concurrency 4 2> "$out/real.log" || true
  end=$(date +%s.%N)
  sent=$(wc -l < "$out/requests")
  echo "== real client against the instant fake server"
  grep -E "^LLM|判定|トークン" "$out/real.log"
  awk -v s="$start" -v e="$end" -v n="$sent" 'BEGIN { printf "requests received by the server=%d in %.1f s\n", n, e-s }'
  if [ "$sent" -ne "$dry_calls" ]; then echo "FAIL: server saw $sent requests, dry run counted $dry_calls" >&2; status=1
  else echo "ok: requests received = dry-run calls ($dry_calls)"; fi
  : > "$out/requests"
  $tenken scan "$xml" -o "$out/real2.json" --llm --llm-endpoint "http://127.0.0.1:$port/v1" --llm-model fake \
    --llm-cache "$out/cache.sqlite" 2> "$out/real2.log" || true
  echo "== rerun with the cache"
  grep -E "^LLM" "$out/real2.log"
  resent=$(wc -l < "$out/requests")
  echo "requests received on the rerun=$resent"
  if [ "$resent" -ne 0 ]; then echo "FAIL: the rerun sent $resent requests" >&2; status=1; else echo "ok: the rerun cost nothing"; fi
fi
exit $status
