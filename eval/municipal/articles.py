#!/usr/bin/env python3
"""Writes dev/articles.jsonl and blind/articles.jsonl for the annotators from `tenken parse` of each set's documents.

One line per main-provision article (本則の条; 附則 left out): key, title, kind, number, article, caption, text, exactly
as `tenken parse` gives them (docs/parse-format.md). The documents of each set are those of split.tsv: the written
files under corpus/<set>/ and the real pages read in place. Every written file is checked on the way: parse must
report nothing on stderr, and its main articles must be the 第N条 lines written before the first 附則 heading.
Usage: python3 eval/municipal/articles.py [--tenken "CMD"] [--check]
  --tenken  how to run the reader (default: dotnet run --project src/Tenken.Cli --, from the repository root)
  --check   compare with the files instead of writing them
"""
import argparse, json, os, re, shlex, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../.."))
FIELDS = ["key", "title", "kind", "number", "article", "caption", "text"]
ARTICLE = re.compile(r"^第[0-9０-９]+条(の[0-9０-９]+)*[　 (（]")
SUPPL = re.compile(r"^[附付][　 ]*則")


def split_rows():
    rows = []
    for line in open(os.path.join(HERE, "split.tsv"), encoding="utf-8"):
        doc, kind, side, origin, path = line.rstrip("\n").split("\t")
        rows.append({"doc": doc, "kind": kind, "set": side, "origin": origin, "path": path})
    return rows


def written_articles(path):
    """The 第N条 lines of the main provision as written (up to the first 附則 heading)."""
    n = 0
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        if SUPPL.match(s):
            break
        if ARTICLE.match(s):
            n += 1
    return n


def parse(tenken, path):
    cmd = shlex.split(tenken) + ["parse", path]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0 or p.stderr.strip():
        raise SystemExit(f"{path}: tenken parse exit {p.returncode}\n{p.stderr}")
    return [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tenken", default="dotnet run --project src/Tenken.Cli --")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    rows = split_rows()
    counts = {}
    for side in ("dev", "blind"):
        out = []
        for r in (r for r in rows if r["set"] == side):
            arts = [x for x in parse(a.tenken, r["path"]) if x["provision"] == "本則"]
            assert arts and all(x["document"] == r["doc"] for x in arts), f"{r['path']}: document id is not {r['doc']}"
            if r["origin"] == "written":
                want = written_articles(os.path.join(ROOT, r["path"]))
                assert len(arts) == want, f"{r['path']}: parse gives {len(arts)} main articles, {want} written"
            out += [{f: x.get(f, "") for f in FIELDS} for x in arts]
            counts[(side, r["kind"], r["origin"] == "written")] = counts.get((side, r["kind"], r["origin"] == "written"), 0) + len(arts)
        keys = [x["key"] for x in out]
        assert len(keys) == len(set(keys)), f"duplicate keys in {side}"
        text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out)
        target = os.path.join(HERE, side, "articles.jsonl")
        if a.check:
            assert open(target, encoding="utf-8").read() == text, f"{side}/articles.jsonl differs from tenken parse"
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        print(f"{side}: {len(out)} main articles ({sum(v for (s, _, w), v in counts.items() if s == side and w)} written, "
              f"{sum(v for (s, _, w), v in counts.items() if s == side and not w)} real)")
    for kind in sorted({k for _, k, _ in counts}):
        d = sum(v for (s, k, _), v in counts.items() if s == "dev" and k == kind)
        b = sum(v for (s, k, _), v in counts.items() if s == "blind" and k == kind)
        print(f"  {kind}\tdev {d}\tblind {b}")
    print("checked" if a.check else "written")


if __name__ == "__main__":
    main()
