#!/usr/bin/env bash
# Measures a change to the screening engine against BASE_REF on the 80 e-Gov Acts in one run: builds BASE_REF
# (exported with `git archive`, so no worktree is registered) and the working tree, both as shipped (Release publish,
# ReadyToRun); times `tenken parse`, base `tenken scan` and head `tenken scan`, interleaved, RUNS times each, and prints
# medians of wall and CPU time; then compares the two results.json article by article (bench/verdict-changes.py: how
# many articles changed verdict, and by category).
#   bench/engine-change.sh [BASE_REF]        (default: where this branch left main)   RUNS=7 bench/engine-change.sh main
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-$(git -C "$root" merge-base HEAD main)}"
runs="${RUNS:-7}"
data="$root/../shared/data"
[ -d "$data" ] || data="$root/../../shared/data"
xml="$data/raw/egov-law-xml/xml"
[ -d "$xml" ] || { echo "input not found: $xml" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
git -C "$root" rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "unknown ref: $base" >&2; exit 2; }

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/base"
git -C "$root" archive "$base" | tar -x -C "$work/base"
publish() { # tree, output folder
  dotnet publish "$1/src/Tenken.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$2" -nologo -v quiet >/dev/null || { echo "publish failed: $1" >&2; exit 1; }
}
echo "publishing $base ($(git -C "$root" rev-parse --short "$base")) and the working tree ..."
publish "$work/base" "$work/bin-base"
publish "$root" "$work/bin-head"

measure() { # name, command... ; appends "wall cpu" to $work/name
  local name="$1"; shift
  /usr/bin/time -v -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
              /User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.3f %.3f\n", w, u + s }' "$work/t" >> "$work/$name"
}
"$work/bin-head/tenken" parse "$xml" >/dev/null   # warm the file cache once
for _ in $(seq "$runs"); do
  measure parse "$work/bin-head/tenken" parse "$xml"
  measure scan-base "$work/bin-base/tenken" scan "$xml" -o "$work/base.json" -q
  measure scan-head "$work/bin-head/tenken" scan "$xml" -o "$work/head.json" -q
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
for name in parse scan-base scan-head; do
  wall=$(cut -d' ' -f1 "$work/$name" | median); cpu=$(cut -d' ' -f2 "$work/$name" | median)
  printf '%-9s wall median %6.3f s   cpu median %6.3f s   (%s runs)\n' "$name" "$wall" "$cpu" "$runs"
  eval "${name//-/_}_wall=$wall ${name//-/_}_cpu=$cpu"
done
printf 'scan/parse (wall): base %.2f, head %.2f; head/base scan: wall %.2f, cpu %.2f\n' \
  "$(awk -v a="$scan_base_wall" -v b="$parse_wall" 'BEGIN {print a / b}')" \
  "$(awk -v a="$scan_head_wall" -v b="$parse_wall" 'BEGIN {print a / b}')" \
  "$(awk -v a="$scan_head_wall" -v b="$scan_base_wall" 'BEGIN {print a / b}')" \
  "$(awk -v a="$scan_head_cpu" -v b="$scan_base_cpu" 'BEGIN {print a / b}')"
python3 "$root/bench/verdict-changes.py" "$work/base.json" "$work/head.json" ${LIST:+--list $LIST}
