#!/usr/bin/env python3
"""Splits the municipal corpus by document into dev and blind, kinds balanced, with a fixed seed.

documents.tsv lists every document: id, kind, origin (written, or real:dev / real:blind for the real pages, whose side
is fixed) and, for real pages, the path of the file read in place. For each kind, in order of kind name, the written
documents (sorted by id) are shuffled with one random.Random(SEED); the kind gets max(1, round(0.4 * n)) blind documents
of its n (real pages counted where they are fixed), the written ones taken from the front of the shuffle, the rest go
to dev. The written files are moved into corpus/dev/ or corpus/blind/ (from wherever they are under corpus/), and
split.tsv is written: document, kind, set, origin, path (from the repository root).
Usage: python3 eval/municipal/split.py [--check]   (--check: verify the files are where the split puts them)
"""
import argparse, os, random

SEED = 20261214
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
ROOT = os.path.normpath(os.path.join(HERE, "../.."))


def read_documents():
    docs = []
    for line in open(os.path.join(HERE, "documents.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, kind, origin, path = (line.rstrip("\n").split("\t") + [""])[:4]
        docs.append({"doc": doc, "kind": kind, "origin": origin, "path": path})
    ids = [d["doc"] for d in docs]
    assert len(ids) == len(set(ids)), "a document id is listed twice"
    return docs


def assign(docs):
    rng = random.Random(SEED)
    side = {}
    for kind in sorted({d["kind"] for d in docs}):
        mine = [d for d in docs if d["kind"] == kind]
        fixed_blind = sum(d["origin"] == "real:blind" for d in mine)
        for d in mine:
            if d["origin"].startswith("real:"):
                side[d["doc"]] = d["origin"][5:]
        written = sorted(d["doc"] for d in mine if d["origin"] == "written")
        rng.shuffle(written)
        n_blind = max(0, max(1, round(0.4 * len(mine))) - fixed_blind)
        for i, doc in enumerate(written):
            side[doc] = "blind" if i < n_blind else "dev"
    return side


def locate(doc):
    for sub in ("dev", "blind", "all"):
        p = os.path.join(CORPUS, sub, doc + ".txt")
        if os.path.isfile(p):
            return p
    raise SystemExit(f"{doc}.txt not found under {CORPUS}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the files and split.tsv against the split")
    a = ap.parse_args()
    docs = read_documents()
    side = assign(docs)
    rows = []
    for d in docs:
        if d["origin"] == "written":
            target = os.path.join(CORPUS, side[d["doc"]], d["doc"] + ".txt")
            path = os.path.relpath(target, ROOT)
        else:
            target, path = None, d["path"]
        rows.append((d["doc"], d["kind"], side[d["doc"]], d["origin"], path, target))
    table = "".join("\t".join(r[:5]) + "\n" for r in rows)
    if a.check:
        for r in rows:
            assert r[5] is None or os.path.isfile(r[5]), f"{r[0]} is not in corpus/{r[2]}/"
        assert open(os.path.join(HERE, "split.tsv"), encoding="utf-8").read() == table, "split.tsv differs from the split"
        print(f"ok: {len(rows)} documents where the split (seed {SEED}) puts them")
        return
    for r in rows:
        if r[5] is not None:
            os.makedirs(os.path.dirname(r[5]), exist_ok=True)
            src = locate(r[0])
            if os.path.abspath(src) != os.path.abspath(r[5]):
                os.rename(src, r[5])
    with open(os.path.join(HERE, "split.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(table)
    for s in ("dev", "blind"):
        mine = [r for r in rows if r[2] == s]
        print(f"{s}: {len(mine)} documents, {len({r[1] for r in mine})} kinds")


if __name__ == "__main__":
    main()
