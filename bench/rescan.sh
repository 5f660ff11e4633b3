#!/usr/bin/env bash
# Issue 6: a rescan of all 80 e-Gov Acts with nothing changed must take under a quarter of the first scan's time.
# Each round scans into a fresh project file (`tenken scan --project`), then scans again with nothing changed;
# prints every run and the medians, and fails when median(rescan) >= median(first) / 4.
# With -o, both scans also write that output (e.g. -o review.xlsx): for information only (writing the outputs is
# not incremental), so that mode prints the ratio without failing.
# Usage: bench/rescan.sh [xml-folder] [rounds] [-o FILE.ext]
set -euo pipefail
cd "$(dirname "$0")/.."
xml=${1:-../shared/data/raw/egov-law-xml/xml}
[ -d "$xml" ] || xml=../../shared/data/raw/egov-law-xml/xml
[ -d "$xml" ] || { echo "folder not found: ${1:-../shared/data/raw/egov-law-xml/xml}" >&2; exit 2; }
rounds=${2:-5}
extra=()
[ "${3:-}" = "-o" ] && extra=(-o "$(mktemp -d)/${4:-review.xlsx}")
dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
tenken="dotnet src/Tenken.Cli/bin/Release/net10.0/tenken.dll"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

$tenken scan -q "$xml" >/dev/null 2>&1 || true   # warm the disk cache once
: > "$out/first"; : > "$out/rescan"
for i in $(seq "$rounds"); do
  rm -f "$out"/p.tenken*
  first=$(seconds $tenken scan -q --project "$out/p.tenken" "$xml" "${extra[@]}")
  again=$(seconds $tenken scan -q --project "$out/p.tenken" "$xml" "${extra[@]}")
  echo "round $i: first scan ${first} s, rescan ${again} s"
  echo "$first" >> "$out/first"; echo "$again" >> "$out/rescan"
done
articles=$(sqlite3 "$out/p.tenken" "SELECT articles FROM runs ORDER BY id DESC LIMIT 1" 2>/dev/null || echo "?")
reused=$(sqlite3 "$out/p.tenken" "SELECT reused FROM runs ORDER BY id DESC LIMIT 1" 2>/dev/null || echo "?")
mf=$(median < "$out/first"); mr=$(median < "$out/rescan")
echo "articles: $articles (rescan reused $reused)"
echo "median first scan: $mf s"
echo "median rescan:     $mr s"
if [ ${#extra[@]} -gt 0 ]; then
  awk -v f="$mf" -v r="$mr" 'BEGIN { printf "rescan / first = %.2f (with an output written by both; information only)\n", r / f }'
else
  awk -v f="$mf" -v r="$mr" 'BEGIN { printf "rescan / first = %.2f (must be < 0.25)\n", r / f; exit !(r < f / 4) }'
fi
