#!/usr/bin/env bash
# Issue 2 speed check: `tenken parse` on all 80 e-Gov Acts against the straightforward Python ElementTree
# extraction of the same articles, same machine, same session. Prints medians, the ratio and peak memory.
# Usage: bench/parse-vs-python.sh [xml-folder] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
xml=${1:-../shared/data/raw/egov-law-xml/xml}
runs=${2:-5}
[ -d "$xml" ] || { echo "folder not found: $xml" >&2; exit 2; }
# Measure the command as shipped: a Release publish, ReadyToRun-compiled (no JIT warm-up at every start).
publish=bench/out/tenken
dotnet publish src/Tenken.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$publish" -v q -nologo >/dev/null
tenken="$publish/tenken"
dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
jit="dotnet src/Tenken.Cli/bin/Release/net10.0/tenken.dll"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() { # label, command...; prints "seconds peak_kb" per run into $out/label
  local label=$1; shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/t" "$@" > "$out/$label.jsonl"
    cat "$out/t" >> "$out/$label.times"
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Alternate the two so machine noise hits both alike.
for _ in $(seq "$runs"); do
  runs=1 measure tenken $tenken parse "$xml"
  runs=1 measure python python3 bench/egov_extract.py "$xml"
  runs=1 measure jit $jit parse "$xml"
done
t_tenken=$(cut -d' ' -f1 "$out/tenken.times" | median)
t_python=$(cut -d' ' -f1 "$out/python.times" | median)
t_jit=$(cut -d' ' -f1 "$out/jit.times" | median)
m_tenken=$(cut -d' ' -f2 "$out/tenken.times" | median)
m_python=$(cut -d' ' -f2 "$out/python.times" | median)
n_tenken=$(wc -l < "$out/tenken.jsonl")
n_python=$(wc -l < "$out/python.jsonl")
echo "articles: tenken=$n_tenken python=$n_python"
echo "median wall seconds over $runs runs: tenken=$t_tenken python=$t_python (tenken without ReadyToRun: $t_jit)"
echo "peak RSS (MB, median): tenken=$((m_tenken / 1024)) python=$((m_python / 1024))"
awk -v a="$t_tenken" -v b="$t_python" 'BEGIN {printf "ratio tenken/python=%.2f (below 1 means tenken is faster)\n", a/b}'
