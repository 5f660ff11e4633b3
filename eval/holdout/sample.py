#!/usr/bin/env python3
"""Deterministic sampler for the blind held-out set (eval/holdout).

Draws 150 main-provision articles from ../shared/data/egov/articles.jsonl that are
not in the dev gold set and whose text is under 1,500 characters, in three disjoint strata:
  rare   (20): articles carrying a cue of a rarer category (目視, 常駐, 講習, 掲示, 閲覧, 磁気, 押印, 出頭, 実地)
  net   (100): articles the broad keyword net flags (the rest of the pool, after `rare`)
  rest   (30): articles the net does not flag
Usage: python3 eval/holdout/sample.py [--data DIR]  -> prints one key per line with its stratum.
       python3 eval/holdout/sample.py --check         -> verifies holdout.jsonl holds exactly the sampled keys.
Only the key list and strata are produced here; judgements are in holdout.jsonl.
"""
import argparse, json, os, random, re

SEED = 20240611
N_RARE, N_NET, N_REST = 20, 100, 30
NET = re.compile("検査|確認|提出|書面|文書|掲示|閲覧|縦覧|備え付|備え置|立入|立ち入|臨検|実地|巡視|監視|常駐|専任|"
                 "講習|研修|押印|記名|署名|印鑑|出頭|来庁|窓口|持参|立会|面接|定期|毎年|磁気|光ディスク|"
                 "フロッピー|原本|謄本|郵便|標識|公衆の見やすい")
RARE = re.compile("目視|常駐|講習|掲示|閲覧|磁気|押印|出頭|実地")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.normpath(os.path.join(here, "../../../../shared/data")))
    ap.add_argument("--check", action="store_true", help="verify holdout.jsonl against the draw")
    a = ap.parse_args()
    if not os.path.isdir(a.data):
        a.data = "/work/shared/data"
    dev = {json.loads(l)["key"] for l in open(os.path.join(a.data, "labels/dev.jsonl"), encoding="utf-8")}
    arts = [json.loads(l) for l in open(os.path.join(a.data, "egov/articles.jsonl"), encoding="utf-8")]
    pool = sorted((x for x in arts if x["key"] not in dev and len(x["text"]) < 1500), key=lambda x: x["key"])
    rng = random.Random(SEED)
    rare = rng.sample([x for x in pool if RARE.search(x["text"])], N_RARE)
    taken = {x["key"] for x in rare}
    net = rng.sample([x for x in pool if x["key"] not in taken and NET.search(x["text"])], N_NET)
    taken |= {x["key"] for x in net}
    rest = rng.sample([x for x in pool if x["key"] not in taken and not NET.search(x["text"])], N_REST)
    draw = [(x["key"], name) for name, xs in (("rare", rare), ("net", net), ("rest", rest)) for x in xs]
    if a.check:
        got = [json.loads(l)["key"] for l in open(os.path.join(here, "holdout.jsonl"), encoding="utf-8")]
        assert len(got) == len(set(got)) == len(draw), "duplicate or missing lines"
        assert set(got) == {k for k, _ in draw}, "holdout.jsonl keys differ from the draw"
        assert not set(got) & dev, "a dev key leaked into holdout"
        print(f"ok: {len(got)} keys match the draw (seed {SEED}), none in dev")
        return
    for k, name in draw:
        print(f"{k}\t{name}")


if __name__ == "__main__":
    main()
