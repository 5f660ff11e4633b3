#!/usr/bin/env bash
# Measures `tenken parse` on a 50 MB text file without line breaks (issue 2, bad input): wall time and peak
# memory of three runs. Usage: bench/huge-line.sh  (run from the repository root)
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c "open('$tmp/huge.txt','w',encoding='utf-8').write('あ'*(50*1024*1024//3))"
dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
for i in 1 2 3; do
  /usr/bin/time -f "run $i: %e s, peak %M KB" dotnet src/Tenken.Cli/bin/Release/net10.0/tenken.dll parse "$tmp/huge.txt" >/dev/null 2>"$tmp/err" || true
  tail -n 1 "$tmp/err"
done
head -n 1 "$tmp/err"
