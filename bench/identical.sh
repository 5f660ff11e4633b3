#!/usr/bin/env bash
# Shows that a change leaves the screening results byte-identical: builds BASE_REF (exported with `git archive` into
# a temporary folder, so no worktree is registered) and the working tree, both Release; scans the 80 e-Gov Acts and
# samples/ with each to results.json and compares the files byte for byte, the run's start time and elapsed seconds
# blanked; then runs `tenken eval` with each over ../shared/data/labels/dev.jsonl and eval/holdout*/holdout*.jsonl
# and compares the printed reports. Prints every comparison (a diff excerpt for each that differs); exits 1 when
# any differs, 0 when all agree.
#   bench/identical.sh [BASE_REF]          (default: where this branch left main, git merge-base HEAD main)
#   EXTRA="--rules my-rules.tsv" bench/identical.sh main   (options given to the working tree's scan and eval only)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-$(git -C "$root" merge-base HEAD main)}"
data="$root/../shared/data"
[ -d "$data" ] || data="$root/../../shared/data"
xml="$data/raw/egov-law-xml/xml"
[ -d "$xml" ] || { echo "input not found: $xml" >&2; exit 2; }
read -r -a extra <<< "${EXTRA:-}"

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
git -C "$root" rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "unknown ref: $base" >&2; exit 2; }
mkdir -p "$work/base"
git -C "$root" archive "$base" | tar -x -C "$work/base"

build() { # tree, output folder
  dotnet build "$1/src/Tenken.Cli" -c Release -o "$2" -nologo -v quiet >/dev/null || { echo "build failed: $1" >&2; exit 1; }
}
echo "building $base ($(git -C "$root" rev-parse --short "$base")) and the working tree ..."
build "$work/base" "$work/bin-base"
build "$root" "$work/bin-head"

# The run's start time and duration differ by nature; everything else must be equal byte for byte.
blank() { sed -E 's/^( *"(startedAt|elapsedSeconds)"): .*$/\1: -/' "$1"; }

status=0
compare() { # label, base file, head file
  if cmp -s "$2" "$3"; then
    echo "identical: $1 ($(wc -c < "$3") bytes)"
  else
    echo "DIFFERENT: $1"; diff "$2" "$3" | head -20 || true; status=1
  fi
}

scan() { # side, label, input...
  local side="$1" label="$2"; shift 2
  local more=(); [ "$side" = head ] && more=("${extra[@]}")
  dotnet "$work/bin-$side/tenken.dll" scan "$@" -o "$work/$side-$label.json" -q "${more[@]}" >/dev/null 2>"$work/$side-$label.err" || true
  blank "$work/$side-$label.json" > "$work/$side-$label.cmp"
}
for input in "acts:$xml" "samples:$root/samples"; do
  label="${input%%:*}"; path="${input#*:}"
  scan base "$label" "$path"; scan head "$label" "$path"
  articles=$(jq '.summary.articles' "$work/head-$label.json")
  compare "results.json of $label ($articles articles)" "$work/base-$label.cmp" "$work/head-$label.cmp"
done

golds=("$data/labels/dev.jsonl" "$root"/eval/holdout*/holdout*.jsonl)
for gold in "${golds[@]}"; do
  [ -f "$gold" ] || continue
  name="$(basename "$gold" .jsonl)"
  for side in base head; do
    more=(); [ "$side" = head ] && more=("${extra[@]}")
    dotnet "$work/bin-$side/tenken.dll" eval --gold "$gold" "$xml" "${more[@]}" > "$work/$side-eval-$name.txt" 2>&1 || true
  done
  compare "eval $name: $(tail -1 "$work/head-eval-$name.txt")" "$work/base-eval-$name.txt" "$work/head-eval-$name.txt"
done
exit $status
