#!/usr/bin/env python3
"""Compares two results.json files of `tenken scan` article by article: how many articles changed verdict (analog or
not) or category set, and, per category, how many articles gained or lost it. --list CATEGORY... (or all) prints the
changed articles of those categories with their cues.
    bench/verdict-changes.py base.json head.json [--list PAPER ONSITE_AUDIT | --list all]"""
import json
import sys
from collections import Counter


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {a["key"]: {f["category"]: [c["text"] for c in f["cues"]] for f in a.get("findings", [])} for a in data["articles"]}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    base, head = load(argv[0]), load(argv[1])
    show = set(argv[argv.index("--list") + 1:]) if "--list" in argv else set()
    flips, gained, lost, changed = Counter(), Counter(), Counter(), 0
    for key, now in head.items():
        before = base.get(key, {})
        if set(now) != set(before):
            changed += 1
        if bool(now) != bool(before):
            flips["now analog" if now else "now not analog"] += 1
        for category in sorted(set(now) - set(before)):
            gained[category] += 1
            if category in show or "all" in show:
                print(f"+ {category} {key} {now[category]}")
        for category in sorted(set(before) - set(now)):
            lost[category] += 1
            if category in show or "all" in show:
                print(f"- {category} {key} {before[category]}")
    print(f"articles {len(head)} (base {len(base)}); category set changed: {changed}; verdict changed: "
          f"{sum(flips.values())} ({', '.join(f'{k} {v}' for k, v in sorted(flips.items())) or 'none'})")
    for category in sorted(set(gained) | set(lost)):
        print(f"  {category:<17} +{gained[category]:<4} -{lost[category]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
