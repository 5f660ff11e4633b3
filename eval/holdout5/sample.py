#!/usr/bin/env python3
"""Deterministic sampler for the fifth blind held-out set (eval/holdout5).

Draws 200 main-provision articles from ../shared/data/egov/articles.jsonl whose text is under 1,500
characters and whose key is in none of the sets the engine was tuned on or measured with: the dev gold set,
eval/holdout, eval/holdout2, eval/holdout3, eval/holdout4 and every key listed under eval/unseen. Same strata and term lists as
eval/holdout2/sample.py; a rare sub-stratum with fewer candidates left than it asks for takes them all and the net
stratum takes the difference, so the set stays at 200:
  rare   (40): articles carrying a cue of a rarer category, drawn in four sub-strata so that the thin
               categories are represented:
                 seal   (8): 押印, 記名押印, 署名, 連署, 自署
                 media  (6): 磁気, 光ディスク, フロッピー, 記録媒体
                 view   (8): 閲覧, 縦覧, 備え置, 備え付, 備えて置
                 other (18): 目視, 常駐, 専任, 講習, 掲示, 出頭, 実地, 臨検, 立入
  net   (130): articles the broad keyword net flags (the rest of the pool, after `rare`)
  rest   (30): articles the net does not flag
Usage: python3 eval/holdout5/sample.py [--data DIR]  -> prints one key per line with its stratum.
       python3 eval/holdout5/sample.py --check         -> verifies holdout5.jsonl holds exactly the sampled keys.
Only the key list and strata are produced here; judgements are in holdout5.jsonl.
"""
import argparse, json, os, random, re

SEED = 20261130
N_NET, N_REST = 130, 30
# Same broad net as eval/holdout/sample.py.
NET = re.compile("検査|確認|提出|書面|文書|掲示|閲覧|縦覧|備え付|備え置|立入|立ち入|臨検|実地|巡視|監視|常駐|専任|"
                 "講習|研修|押印|記名|署名|印鑑|出頭|来庁|窓口|持参|立会|面接|定期|毎年|磁気|光ディスク|"
                 "フロッピー|原本|謄本|郵便|標識|公衆の見やすい")
# Rarer-category cues, in sub-strata drawn in this order (each excludes what earlier ones took).
RARE_GROUPS = [
    ("rare:seal", re.compile("押印|記名押印|署名|連署|自署"), 8),
    ("rare:media", re.compile("磁気|光ディスク|フロッピー|記録媒体"), 6),
    ("rare:view", re.compile("閲覧|縦覧|備え置|備え付|備えて置"), 8),
    ("rare:other", re.compile("目視|常駐|専任|講習|掲示|出頭|実地|臨検|立入"), 18),
]


def draw(data):
    here = os.path.dirname(os.path.abspath(__file__))
    dev = {json.loads(l)["key"] for l in open(os.path.join(data, "labels/dev.jsonl"), encoding="utf-8")}
    ho1 = {json.loads(l)["key"] for l in open(os.path.join(here, "../holdout/holdout.jsonl"), encoding="utf-8")}
    for name in ["../holdout4/holdout4.jsonl", "../holdout3/holdout3.jsonl", "../holdout2/holdout2.jsonl", "../unseen/estimate.jsonl", "../unseen/tuning-neg.jsonl",
                 "../unseen/tuning-pos.jsonl", "../holdout/selfcheck.jsonl", "../holdout2/selfcheck.jsonl"]:
        ho1 |= {json.loads(l)["key"] for l in open(os.path.join(here, name), encoding="utf-8")}
    arts = [json.loads(l) for l in open(os.path.join(data, "egov/articles.jsonl"), encoding="utf-8")]
    pool = sorted((x for x in arts if x["key"] not in dev and x["key"] not in ho1 and len(x["text"]) < 1500),
                  key=lambda x: x["key"])
    rng = random.Random(SEED)
    out, taken = [], set()
    short = 0
    for name, rx, n in RARE_GROUPS:
        candidates = [x for x in pool if x["key"] not in taken and rx.search(x["text"])]
        short += max(0, n - len(candidates))
        xs = rng.sample(candidates, min(n, len(candidates)))
        taken |= {x["key"] for x in xs}
        out += [(x["key"], name) for x in xs]
    xs = rng.sample([x for x in pool if x["key"] not in taken and NET.search(x["text"])], N_NET + short)
    taken |= {x["key"] for x in xs}
    out += [(x["key"], "net") for x in xs]
    xs = rng.sample([x for x in pool if x["key"] not in taken and not NET.search(x["text"])], N_REST)
    out += [(x["key"], "rest") for x in xs]
    return out, dev, ho1, len(pool)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.normpath(os.path.join(here, "../../../../shared/data")))
    ap.add_argument("--check", action="store_true", help="verify holdout5.jsonl against the draw")
    a = ap.parse_args()
    if not os.path.isdir(a.data):
        a.data = "/work/shared/data"
    out, dev, ho1, npool = draw(a.data)
    if a.check:
        got = [json.loads(l)["key"] for l in open(os.path.join(here, "holdout5.jsonl"), encoding="utf-8")]
        assert len(got) == len(set(got)) == len(out), "duplicate or missing lines"
        assert set(got) == {k for k, _ in out}, "holdout5.jsonl keys differ from the draw"
        assert not set(got) & dev, "a dev key leaked into holdout5"
        assert not set(got) & ho1, "a key of an earlier set leaked into holdout4"
        print(f"ok: {len(got)} keys match the draw (seed {SEED}, pool {npool}), none in dev or the earlier sets")
        return
    for k, name in out:
        print(f"{k}\t{name}")


if __name__ == "__main__":
    main()
