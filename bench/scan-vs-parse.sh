#!/usr/bin/env bash
# Times `tenken parse` against `tenken scan -o results.json` on the same input (default: the 80 e-Gov Acts in
# ../shared/data), Release build, RUNS interleaved runs each; prints medians of wall and CPU time, peak RSS
# (/usr/bin/time -v) and the scan/parse ratio. The issue's bar: ratio (wall) <= 1.5.
#   bench/scan-vs-parse.sh [INPUT...]        RUNS=7 bench/scan-vs-parse.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-7}"
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=("$root/../shared/data/raw/egov-law-xml/xml")
  [ -d "${inputs[0]}" ] || inputs=("$root/../../shared/data/raw/egov-law-xml/xml")
fi
for i in "${inputs[@]}"; do [ -e "$i" ] || { echo "input not found: $i" >&2; exit 2; }; done
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

# The command as shipped: a Release publish, ReadyToRun-compiled (JIT=1 times the plain framework-dependent build).
if [ "${JIT:-0}" = 1 ]; then
  dotnet build "$root/src/Tenken.Cli" -c Release -nologo -v quiet >/dev/null
  tenken=(dotnet "$root/src/Tenken.Cli/bin/Release/net10.0/tenken.dll")
else
  dotnet publish "$root/src/Tenken.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$root/bench/out/tenken" -nologo -v quiet >/dev/null
  tenken=("$root/bench/out/tenken/tenken")
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

measure() { # name, command... ; appends "wall cpu rss" to $work/name
  local name="$1"; shift
  /usr/bin/time -v -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
              /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
              END { printf "%.3f %.3f %d\n", w, u + s, r }' "$work/t" >> "$work/$name"
}

"${tenken[@]}" parse "${inputs[@]}" >/dev/null   # warm the file cache once
for _ in $(seq "$runs"); do
  measure parse "${tenken[@]}" parse "${inputs[@]}"
  measure scan "${tenken[@]}" scan "${inputs[@]}" -o "$work/results.json" -q
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
for name in parse scan; do
  wall=$(cut -d' ' -f1 "$work/$name" | median); cpu=$(cut -d' ' -f2 "$work/$name" | median)
  rss=$(cut -d' ' -f3 "$work/$name" | sort -n | tail -1)
  printf '%-6s wall median %6.3f s   cpu median %6.3f s   peak RSS %6.1f MB   (%s runs)\n' "$name" "$wall" "$cpu" "$(awk -v r="$rss" 'BEGIN {print r / 1024}')" "$runs"
  eval "${name}_wall=$wall ${name}_cpu=$cpu"
done
articles=$("${tenken[@]}" parse "${inputs[@]}" 2>/dev/null | wc -l)
printf 'articles %s; scan/parse ratio: wall %.2f, cpu %.2f (bar: wall <= 1.5)\n' "$articles" \
  "$(awk -v a="$scan_wall" -v b="$parse_wall" 'BEGIN {print a / b}')" "$(awk -v a="$scan_cpu" -v b="$parse_cpu" 'BEGIN {print a / b}')"
