#!/usr/bin/env bash
# Issue 18's parser bar: `tenken parse` stays linear on pathological text. Times, RUNS interleaved runs each, the
# working tree against BASE_REF (both Release, built here) on
#   duplicates  40,000 lines 「第1条　…。」 (every number a duplicate: keys ~2 … ~40000)
#   article     one 第1条 followed by 20,000 lines 「書面で提出する。」 (old style: 20,001 項)
#   linked      40,000 articles each naming 様式第1号, and the 様式 (40,000 links on one unit)
# and prints the median wall time and peak memory per file and side. A base run longer than BASE_TIMEOUT seconds
# (default 120) is stopped and shown as ">N".
#   bench/pathological-parse.sh [BASE_REF]     (default: git merge-base HEAD main)
#   RUNS=5 BASE_BIN=folder bench/pathological-parse.sh   (reuse a base build: the folder holding tenken.dll)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-$(git -C "$root" merge-base HEAD main)}"
runs="${RUNS:-3}"
limit="${BASE_TIMEOUT:-120}"
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
build() { # tree, output folder
  dotnet build "$1/src/Tenken.Cli" -c Release -o "$2" -nologo -v quiet >/dev/null || { echo "build failed: $1" >&2; exit 1; }
}
if [ -n "${BASE_BIN:-}" ]; then
  ln -s "$(cd "$BASE_BIN" && pwd)" "$work/bin-base"
else
  mkdir -p "$work/base"
  git -C "$root" archive "$base" | tar -x -C "$work/base"
  build "$work/base" "$work/bin-base"
fi
build "$root" "$work/bin-head"

python3 - "$work" <<'EOF'
import sys
work = sys.argv[1]
def write(name, lines):
    open(f'{work}/{name}.txt', 'w', encoding='utf-8').write('\n'.join(['○負荷確認条例'] + lines) + '\n')
write('duplicates', ['第1条　この条例は、書面で提出する。'] * 40000)
write('article', ['第1条　申請者は、次のとおりとする。'] + ['書面で提出する。'] * 20000)
write('linked', [f'第{i}条　申請書（様式第1号）を提出する。' for i in range(1, 40001)] + ['様式第1号（第1条関係）', '申請書'])
EOF

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "base $(git -C "$root" rev-parse --short "$base") against the working tree, $runs runs each, median wall / peak RSS"
for name in duplicates article linked; do
  for i in $(seq "$runs"); do
    for side in base head; do
      cap=(); [ "$side" = base ] && cap=(timeout "$limit")
      if /usr/bin/time -f "%e %M" -o "$work/t" "${cap[@]}" dotnet "$work/bin-$side/tenken.dll" parse "$work/$name.txt" \
          >"$work/$side-$name.jsonl" 2>/dev/null; then
        cat "$work/t" >> "$work/$side-$name.times"
      else
        echo "$limit 0" >> "$work/$side-$name.times"; echo "$side" >> "$work/$side-$name.capped"
      fi
    done
  done
  for side in base head; do
    wall=$(cut -d' ' -f1 "$work/$side-$name.times" | median)
    rss=$(cut -d' ' -f2 "$work/$side-$name.times" | median)
    capped=""; [ -f "$work/$side-$name.capped" ] && capped=">"
    printf '%-10s %-4s %s%6.2f s  %s\n' "$name" "$side" "$capped" "$wall" "$([ -n "$capped" ] && echo "(stopped)" || echo "$((${rss%.*} / 1024)) MB")"
  done
  echo "           units: $(wc -l < "$work/head-$name.jsonl")"
done
