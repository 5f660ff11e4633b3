#!/usr/bin/env bash
# PDF input cost: one synthetic ward-style 例規 (N articles, each long enough to wrap, and 20 様式 with seal boxes)
# written as .txt, as .docx (python-docx) and as a text PDF (LibreOffice from the .docx); `tenken parse` on each,
# alternated, with poppler's pdftotext on the same PDF as an outside baseline. Prints medians and the unit counts,
# which must agree across the three formats.
# Usage: bench/pdf-read.sh [articles] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-600}
runs=${2:-5}
dotnet build src/Tenken.Cli -c Release -v q -nologo >/dev/null
tenken="dotnet src/Tenken.Cli/bin/Release/net10.0/tenken.dll"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

/usr/bin/python3 - "$articles" "$out" <<'PY'
import sys
from docx import Document
from docx.enum.text import WD_BREAK
n, out = int(sys.argv[1]), sys.argv[2]
lines = ["○点検市事務手続条例", "令和2年3月31日条例第9号"]
subjects = ["事業者", "施設の設置者", "補助事業者", "占用の許可を受けた者", "指定管理者", "届出をした者", "登録を受けた者"]
for i in range(1, n + 1):
    who = subjects[i % len(subjects)]
    lines.append(f"（手続{i}）")
    lines.append(f"第{i}条　{who}は、第{i}号の事業を行おうとするときは、あらかじめ、申請書（様式第{i % 20 + 1}号）に規則で定める書類を添えて、市長に提出しなければならない。")
    lines.append(f"2　市長は、前項の申請があったときは、その内容を審査し、適当と認めるときは、これを承認するものとする。")
    if i % 3 == 0:
        lines.append(f"3　{who}は、前項の承認を受けた事項を変更しようとするときは、変更届を市長に提出しなければならない。")
lines += ["附　則", "この条例は、令和2年4月1日から施行する。"]
for f in range(1, 21):
    lines += [f"様式第{f}号（第{f}条関係）", "申請書", "年　　月　　日", "住所", "氏名　　　　　　　　　　印"]
open(f"{out}/bench.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
doc = Document()
for line in lines:
    if line.startswith("様式第"):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(line)
doc.save(f"{out}/bench.docx")
PY
libreoffice "-env:UserInstallation=file://$out/profile" --headless --convert-to pdf --outdir "$out" "$out/bench.docx" >/dev/null 2>&1
pages=$(pdfinfo "$out/bench.pdf" | awk '/^Pages:/ {print $2}')

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_of() { # label, command...: one run, wall seconds appended to $out/label.times, stdout kept in $out/label.out
  local label=$1; shift
  /usr/bin/time -f "%e" -o "$out/t" "$@" > "$out/$label.out"
  cat "$out/t" >> "$out/$label.times"
}
for _ in $(seq "$runs"); do
  time_of txt $tenken parse "$out/bench.txt"
  time_of docx $tenken parse "$out/bench.docx"
  time_of pdf $tenken parse "$out/bench.pdf"
  time_of pdftotext pdftotext -layout "$out/bench.pdf" -
done
for f in txt docx pdf; do
  printf '%-9s units=%s (様式 %s) median=%ss\n' "$f" "$(wc -l < "$out/$f.out")" "$(grep -c '"provision":"様式"' "$out/$f.out")" "$(median < "$out/$f.times")"
done
printf '%-9s median=%ss (text only, no structure)\n' pdftotext "$(median < "$out/pdftotext.times")"
echo "PDF: $pages pages; $runs runs each, alternated"
units() { /usr/bin/python3 -c 'import sys,json
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l); print(d["key"], "".join(d["text"].split()))' "$1"; }
units "$out/txt.out" > "$out/txt.units"
units "$out/pdf.out" > "$out/pdf.units"
if ! cmp -s "$out/txt.units" "$out/pdf.units"; then
  echo "the PDF's units differ from the text's:" >&2
  diff "$out/txt.units" "$out/pdf.units" | head -10 >&2
  exit 1
fi
echo "the PDF gives the text's units (keys and text without spaces) exactly"
