#!/usr/bin/env bash
# Shows that a change to the structure parser leaves every output byte-identical: builds BASE_REF (exported with
# `git archive`, so no worktree is registered) and the working tree, both Release, and compares
#   - `tenken parse` stdout, stderr (every diagnostic) and exit code, with and without --suppl-paragraphs, on the 80
#     e-Gov Acts, the same Acts rendered as 例規 text (19,000+ articles through the text reader), samples/,
#     eval/municipal/corpus/dev, the test fixtures and small pathological files (duplicate numbers, one long article);
#   - `tenken scan` results.json (start time and duration blanked) on the same inputs;
#   - parse only (never scan) on the blind sets: eval/municipal/corpus/blind and ../shared/data/raw/real-muni.
# Exits 1 when anything differs (a diff excerpt is printed), 0 when all agree.
#   bench/parse-identical.sh [BASE_REF]        (default: where this branch left main, git merge-base HEAD main)
#   BASE_BIN=folder bench/parse-identical.sh   (reuse a base build: the folder holding tenken.dll)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-$(git -C "$root" merge-base HEAD main)}"
data="$root/../shared/data"
[ -d "$data" ] || data="$root/../../shared/data"
xml="$data/raw/egov-law-xml/xml"
[ -d "$xml" ] || { echo "input not found: $xml" >&2; exit 2; }
git -C "$root" rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "unknown ref: $base" >&2; exit 2; }

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
build() { # tree, output folder
  dotnet build "$1/src/Tenken.Cli" -c Release -o "$2" -nologo -v quiet >/dev/null || { echo "build failed: $1" >&2; exit 1; }
}
if [ -n "${BASE_BIN:-}" ]; then
  ln -s "$(cd "$BASE_BIN" && pwd)" "$work/bin-base"
else
  echo "building $base ($(git -C "$root" rev-parse --short "$base")) ..."
  mkdir -p "$work/base"
  git -C "$root" archive "$base" | tar -x -C "$work/base"
  build "$work/base" "$work/bin-base"
fi
echo "building the working tree ..."
build "$root" "$work/bin-head"

# Inputs made here: the Acts as text (from the base's parse of the XML) and the pathological shapes, kept small
# enough for the base to parse them quickly.
mkdir -p "$work/acts-text" "$work/shapes"
dotnet "$work/bin-base/tenken.dll" parse --suppl-paragraphs "$xml" 2>/dev/null > "$work/acts.jsonl" || true
python3 - "$work/acts.jsonl" "$work/acts-text" "$work/shapes" <<'EOF'
import json, sys, collections
source, out, shapes = sys.argv[1:]
docs = collections.OrderedDict()
for line in open(source, encoding='utf-8'):
    a = json.loads(line)
    docs.setdefault(a['document'], []).append(a)
for doc, articles in docs.items():
    lines = [articles[0]['title'], articles[0].get('number') or '']
    suppl, divisions, caption = None, [], None
    for a in articles:
        if a.get('supplementary') != suppl:
            suppl = a.get('supplementary'); divisions = []
            lines.append(suppl or '')
        new = a.get('divisions', [])
        common = next((i for i, (x, y) in enumerate(zip(divisions, new)) if x != y), min(len(divisions), len(new)))
        lines += new[common:]; divisions = new
        if a['caption'] and a['caption'] != caption:
            lines.append(a['caption'])
        caption = a['caption']
        label = a['article'] if a['num'] else ''
        lines.append((label + '\u3000' if label else '') + a['text'])
    open(f'{out}/{doc}.txt', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
def shape(name, lines):
    open(f'{shapes}/{name}.txt', 'w', encoding='utf-8').write('\n'.join(['○形の確認条例'] + lines) + '\n')
shape('duplicates', ['第1条　申請書（様式第1号）を提出する。'] * 2000 + ['様式第1号（第1条関係）', '申請書'] * 3)
shape('duplicates-no-stop', ['第1条　書面で提出'] * 2000)
shape('long-article', ['第1条　次のとおりとする。'] + ['書面で提出する。'] * 2000)
shape('long-paragraphs', ['第1条　次のとおりとする。'] + [f'{i + 2}　書面で提出する。' for i in range(2000)])
shape('long-items', ['第1条　次のとおりとする。'] + [f'({i + 1})　書面' for i in range(2000)])
shape('long-rows', ['第1条　次のとおりとする。'] + [f'欄{i}\t書面\t提出' for i in range(2000)])
shape('linked', [f'第{i + 1}条　申請書（様式第1号）を提出する。' for i in range(2000)] + ['様式第1号（第1条関係）', '申請書'])
EOF

status=0
compare() { # label, base file, head file
  if cmp -s "$2" "$3"; then
    echo "identical: $1 ($(wc -c < "$3") bytes)"
  else
    echo "DIFFERENT: $1"; diff "$2" "$3" | head -20; status=1
  fi
}
parse() { # label, extra option or "", input...
  local label="$1" option="$2"; shift 2
  local args=(); [ -n "$option" ] && args=("$option")
  for side in base head; do
    rc=0; dotnet "$work/bin-$side/tenken.dll" parse "${args[@]}" "$@" > "$work/$side.out" 2> "$work/$side.err" || rc=$?
    echo "exit $rc" >> "$work/$side.err"
  done
  compare "parse ${option:+$option }$label: $(grep -c . "$work/head.out" || true) units" "$work/base.out" "$work/head.out"
  compare "parse ${option:+$option }$label: $(($(wc -l < "$work/head.err") - 1)) diagnostics, $(tail -1 "$work/head.err")" "$work/base.err" "$work/head.err"
}
# The run's start time and duration differ by nature; everything else must be equal byte for byte.
blank() { sed -E 's/^( *"(startedAt|elapsedSeconds)"): .*$/\1: -/' "$1"; }
scan() { # label, input...
  local label="$1"; shift
  for side in base head; do
    dotnet "$work/bin-$side/tenken.dll" scan "$@" -o "$work/$side.json" -q >/dev/null 2>&1 || true
    blank "$work/$side.json" > "$work/$side.cmp"
  done
  compare "scan $label: $(jq '.summary.articles' "$work/head.json") articles" "$work/base.cmp" "$work/head.cmp"
}

fixtures=("$root"/tests/Tenken.Core.Tests/Fixtures/Structure/*.txt "$root"/tests/Tenken.Core.Tests/Fixtures/Formats
  "$root"/tests/Tenken.Cli.Tests/Fixtures/forms "$root"/tests/Tenken.Cli.Tests/Fixtures/broken "$root"/tests/Tenken.Cli.Tests/Fixtures/injection)
sets=("acts:$xml" "acts-text:$work/acts-text" "samples:$root/samples" "dev:$root/eval/municipal/corpus/dev" "shapes:$work/shapes")
for set in "${sets[@]}"; do
  label="${set%%:*}"; path="${set#*:}"
  for option in "" --suppl-paragraphs; do parse "$label" "$option" "$path"; done
  scan "$label" "$path"
done
for option in "" --suppl-paragraphs; do parse fixtures "$option" "${fixtures[@]}"; done
scan fixtures "${fixtures[@]}"
# Blind sets: parse only, never screened here.
for blind in "$root/eval/municipal/corpus/blind" "$data/raw/real-muni"; do
  [ -d "$blind" ] || continue
  for option in "" --suppl-paragraphs; do parse "blind $(basename "$(dirname "$blind")")/$(basename "$blind")" "$option" "$blind"; done
done
exit $status
