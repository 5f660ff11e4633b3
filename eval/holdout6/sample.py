#!/usr/bin/env python3
"""Draws the blind set eval/holdout6 (seed 20261204): see eval/sampling.py. Excludes dev, holdout to holdout5 and the unseen lists.
Writes sample.txt (key and stratum, one a line) and articles.jsonl (key and text from ../shared/data/egov/articles.jsonl,
出典: e-Gov法令検索) for the annotators; --check verifies both files (and holdout6.jsonl, once judged) against the draw.
Usage: python3 eval/holdout6/sample.py [--data DIR] [--check]
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from sampling import EVAL, draw  # noqa: E402

SEED = 20261204
EARLIER = ["holdout/holdout.jsonl", "holdout/selfcheck.jsonl", "holdout2/holdout2.jsonl", "holdout2/selfcheck.jsonl",
           "unseen/estimate.jsonl", "unseen/tuning-neg.jsonl", "unseen/tuning-pos.jsonl",
           "holdout3/holdout3.jsonl", "holdout4/holdout4.jsonl", "holdout5/holdout5.jsonl"]


def render(data, out):
    texts = {}
    wanted = {k for k, _ in out}
    for line in open(os.path.join(data, "egov/articles.jsonl"), encoding="utf-8"):
        x = json.loads(line)
        if x["key"] in wanted:
            texts[x["key"]] = x["text"]
    sample = "".join(f"{k}\t{s}\n" for k, s in out)
    articles = "".join(json.dumps({"key": k, "text": texts[k]}, ensure_ascii=False) + "\n" for k, s in out)
    return sample, articles


def main():
    ap = argparse.ArgumentParser(description="Draw (or --check) the blind set eval/holdout6.")
    ap.add_argument("--data", default=os.path.normpath(os.path.join(EVAL, "../../shared/data")),
                    help="the shared data folder (default: ../shared/data beside the repository)")
    ap.add_argument("--check", action="store_true", help="verify sample.txt, articles.jsonl (and holdout6.jsonl) against the draw")
    a = ap.parse_args()
    if not os.path.isfile(os.path.join(a.data, "egov/articles.jsonl")):
        raise SystemExit(f"shared data not found at {a.data} (give --data DIR)")
    out, dev, excluded, npool = draw(a.data, SEED, EARLIER)
    keys = {k for k, _ in out}
    assert len(keys) == len(out) == 200 and not keys & dev and not keys & excluded
    sample, articles = render(a.data, out)
    files = {"sample.txt": sample, "articles.jsonl": articles}
    if a.check:
        for name, want in files.items():
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                assert f.read() == want, f"{name} differs from the draw"
        judged = os.path.join(HERE, "holdout6.jsonl")
        if os.path.isfile(judged):
            got = [json.loads(line)["key"] for line in open(judged, encoding="utf-8") if line.strip()]
            assert len(got) == len(set(got)) == len(out) and set(got) == keys, "holdout6.jsonl keys differ from the draw"
        print(f"ok: {len(out)} keys match the draw (seed {SEED}, pool {npool}), none in dev or the earlier sets")
        return
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    strata = {}
    for _, s in out:
        strata[s] = strata.get(s, 0) + 1
    print(f"wrote sample.txt and articles.jsonl: {len(out)} articles, pool {npool}, strata {strata}")


if __name__ == "__main__":
    main()
