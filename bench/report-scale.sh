#!/usr/bin/env bash
# Scale check for issue 4: scan all 80 e-Gov Acts (19,812 articles) to xlsx + csv + json + html in one run,
# several runs, and print the median wall time and the median peak RSS (/usr/bin/time -v).
# Budget: under 15 s and under 1 GB on the 2-core dev machine. Exits 1 when a median is over budget.
#   bench/report-scale.sh [RUNS]           (default 5; also measures the same run with --all-articles)
# The corpus is found as ../shared/data/raw/egov-law-xml/xml above the repository, or given as TENKEN_EGOV_XML.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

xml=${TENKEN_EGOV_XML:-}
if [ -z "$xml" ]; then
  dir=$(pwd)
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    if [ -d "$dir/shared/data/raw/egov-law-xml/xml" ]; then xml="$dir/shared/data/raw/egov-law-xml/xml"; break; fi
  done
fi
[ -n "$xml" ] && [ -d "$xml" ] || { echo "e-Gov corpus not found (../shared/data/raw/egov-law-xml/xml); set TENKEN_EGOV_XML" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
tenken=src/Tenken.Cli/bin/Release/net10.0/tenken.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {
  local label=$1; shift
  local times=() rss=()
  for i in $(seq "$runs"); do
    rm -f "$out"/review.* "$out"/overview.html
    /usr/bin/time -v -o "$out/time.txt" dotnet "$tenken" scan "$xml" -q \
      -o "$out/review.xlsx" -o "$out/review.csv" -o "$out/review.json" -o "$out/overview.html" "$@"
    local wall kb
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$out/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    times+=("$wall"); rss+=("$kb")
    printf '%-16s run %d: %6.2f s  %6.0f MB\n' "$label" "$i" "$wall" "$(awk -v k="$kb" 'BEGIN {print k / 1024}')"
  done
  local articles
  articles=$(grep -o '"articles": [0-9][0-9]*' "$out/review.json" | head -1 | grep -o '[0-9][0-9]*')
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | median)
  mr=$(printf '%s\n' "${rss[@]}" | median)
  printf '%-16s median: %.2f s wall, %.0f MB peak RSS (%s articles; xlsx %s, csv %s, json %s, html %s)\n' "$label" "$mt" "$(awk -v k="$mr" 'BEGIN {print k / 1024}')" "$articles" \
    "$(du -h "$out/review.xlsx" | cut -f1)" "$(du -h "$out/review.csv" | cut -f1)" "$(du -h "$out/review.json" | cut -f1)" "$(du -h "$out/overview.html" | cut -f1)"
  if awk -v t="$mt" -v k="$mr" 'BEGIN {exit !(t >= 15 || k >= 1048576)}'; then
    echo "$label: over budget (15 s, 1 GB)" >&2
    return 1
  fi
}

echo "corpus: $xml ($(ls "$xml" | wc -l) files), $(nproc) cores, $runs runs each"
status=0
measure "4 outputs" || status=1
measure "+ --all-articles" --all-articles || status=1
exit $status
