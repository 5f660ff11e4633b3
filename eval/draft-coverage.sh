#!/usr/bin/env bash
# Drafting coverage on any folders of 例規 (default: the 80 e-Gov Acts in ../shared/data): runs `tenken draft` and
# prints, per category, the findings drafted, and the share of articles with a PAPER / SEAL / POSTING / VISIT_VIEW /
# IN_PERSON finding that got a draft for all of those findings (the issue's bar: >= 80%); then the reasons left for
# 要個別検討, most frequent first. Also times `draft` against `scan` on the same input (medians of RUNS runs).
#   eval/draft-coverage.sh [FOLDER...]          RUNS=3 eval/draft-coverage.sh ../shared/data/raw/egov-law-xml/xml municipal/
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-3}"
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=("$root/../shared/data/raw/egov-law-xml/xml")
  [ -d "${inputs[0]}" ] || inputs=("$root/../../shared/data/raw/egov-law-xml/xml")
fi
for i in "${inputs[@]}"; do [ -e "$i" ] || { echo "input not found: $i" >&2; exit 2; }; done

dotnet build "$root/src/Tenken.Cli" -c Release -nologo -v quiet >/dev/null
tenken=(dotnet "$root/src/Tenken.Cli/bin/Release/net10.0/tenken.dll")
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

"${tenken[@]}" draft "${inputs[@]}" -q -o "$work/drafts.json" -o "$work/taisho.docx" || test $? -eq 3
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v a="$s" -v b="$e" 'BEGIN { printf "%.3f\n", b - a }'; }
for _ in $(seq "$runs"); do
  seconds "${tenken[@]}" scan "${inputs[@]}" -q -o "$work/results.json" >> "$work/scan"
  seconds "${tenken[@]}" draft "${inputs[@]}" -q -o "$work/d.json" >> "$work/draft"
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

python3 - "$work/drafts.json" "$(median < "$work/scan")" "$(median < "$work/draft")" "$runs" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1], encoding="utf-8"))
five = {"PAPER", "SEAL", "POSTING", "VISIT_VIEW", "IN_PERSON"}
print(f"{'category':<17}{'findings':>9}{'drafted':>9}{'share':>8}")
for c in report["summary"]["categories"]:
    share = c["drafted"] / c["findings"] if c["findings"] else 0
    print(f"{c['category']:<17}{c['findings']:>9}{c['drafted']:>9}{share:>8.1%}")
# An article counts for the five categories when it has a finding of one of them (drafted or left to 個別検討).
keys = collections.defaultdict(set)   # article key -> categories of its selected findings
for d in report["drafts"]:
    for f in d["findings"]:
        keys[d["key"]].add(f.rsplit(":", 1)[1])
left = collections.defaultdict(set)
for m in report["manual"]:
    keys[m["key"]].add(m["category"]); left[m["key"]].add(m["category"])
drafted = {d["key"] for d in report["drafts"]}
articles = [k for k, cats in keys.items() if cats & five]
full = [k for k in articles if k in drafted and not (left[k] & five)]
if articles:
    print(f"articles with a PAPER/SEAL/POSTING/VISIT_VIEW/IN_PERSON finding: {len(articles)}; "
          f"fully drafted {len(full)} ({len(full) / len(articles):.1%})  (bar: 80%)")
print(f"drafts {len(report['drafts'])}; 要個別検討 {len(report['manual'])} "
      f"(of which failed the self-check: {sum(m['checkFailed'] for m in report['manual'])})")
reasons = collections.Counter(m["reason"] for m in report["manual"] if m["category"] in five)
for reason, n in reasons.most_common(10):
    print(f"  {n:4}  {reason}")
print(f"time, median of {sys.argv[4]} runs: scan {float(sys.argv[2]):.2f} s, draft {float(sys.argv[3]):.2f} s "
      f"(draft reads and screens as scan does, then drafts)")
PY
