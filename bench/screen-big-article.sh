#!/usr/bin/env bash
# Screens one article of N items dense with cues (paper, seal, counter, inspection, online routes), as the product
# ships (Release), three runs, wall time and peak memory; and the same with 1/4 of the items, to show the growth is
# near-linear (issue 18 item 5). Usage: bench/screen-big-article.sh [N=20000]  (run from the repository root)
set -euo pipefail
n=${1:-20000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" "$n" <<'PY'
import sys
tmp, n = sys.argv[1], int(sys.argv[2])
phrases = ["申請書に記名押印し、窓口に提出しなければならない。", "施設について市長の検査を受けなければならない。",
           "事務所に掲示しなければならない。", "前項の規定にかかわらず、電子情報処理組織を使用する方法により行うことができる。",
           "書類を添付し、閲覧に供しなければならない。", "管理者を置かなければならない。", "1年に1回以上点検を行うものとする。"]
for name, count in (("full", n), ("quarter", n // 4)):
    with open(f"{tmp}/{name}.txt", "w", encoding="utf-8") as f:
        f.write("○規模の確認条例\n第1条　事業者は、次に掲げる書面を市長に提出しなければならない。\n")
        for i in range(count):
            f.write(f"（{i+1}）{phrases[i % 7]}{phrases[(i * 3 + 1) % 7]}\n")
PY
dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
for name in quarter full; do
  for i in 1 2 3; do
    /usr/bin/time -f "$name run $i: %e s, peak %M KB" dotnet src/Tenken.Cli/bin/Release/net10.0/tenken.dll scan "$tmp/$name.txt" -o "$tmp/$name.json" --quiet 2>&1 | tail -n 1
  done
done
