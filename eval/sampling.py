"""Deterministic sampler shared by the blind held-out sets from eval/holdout3 on.

Draws 200 main-provision articles from ../shared/data/egov/articles.jsonl whose text is under 1,500 characters and
whose key is in neither the dev gold set nor any earlier set (the judged files named by the caller), in disjoint
strata, with the term lists of eval/holdout/sample.py and eval/holdout2/sample.py:
  rare   (40): articles carrying a cue of a rarer category, in four sub-strata so that thin categories show up:
                 seal (8): 押印, 記名押印, 署名, 連署, 自署        media (6): 磁気, 光ディスク, フロッピー, 記録媒体
                 view (8): 閲覧, 縦覧, 備え置, 備え付, 備えて置   other (18): 目視, 常駐, 専任, 講習, 掲示, 出頭, 実地, 臨検, 立入
               A sub-stratum with fewer candidates left than it asks for takes them all; `net` takes the difference.
  net   (130): articles the broad keyword net flags (the rest of the pool, after `rare`)
  rest   (30): articles the net does not flag
Each set's sample.py calls run(): it prints one key per line with its stratum, or with --check verifies the set's
judged file against the draw. Only keys and strata are produced here; the judgements are in the set's .jsonl.
"""
import argparse, json, os, random, re

N_NET, N_REST = 130, 30
NET = re.compile("検査|確認|提出|書面|文書|掲示|閲覧|縦覧|備え付|備え置|立入|立ち入|臨検|実地|巡視|監視|常駐|専任|"
                 "講習|研修|押印|記名|署名|印鑑|出頭|来庁|窓口|持参|立会|面接|定期|毎年|磁気|光ディスク|"
                 "フロッピー|原本|謄本|郵便|標識|公衆の見やすい")
RARE_GROUPS = [
    ("rare:seal", re.compile("押印|記名押印|署名|連署|自署"), 8),
    ("rare:media", re.compile("磁気|光ディスク|フロッピー|記録媒体"), 6),
    ("rare:view", re.compile("閲覧|縦覧|備え置|備え付|備えて置"), 8),
    ("rare:other", re.compile("目視|常駐|専任|講習|掲示|出頭|実地|臨検|立入"), 18),
]
EVAL = os.path.dirname(os.path.abspath(__file__))


def keys(path):
    return {json.loads(line)["key"] for line in open(path, encoding="utf-8") if line.strip()}


def draw(data, seed, earlier):
    dev = keys(os.path.join(data, "labels/dev.jsonl"))
    excluded = set()
    for name in earlier:
        excluded |= keys(os.path.join(EVAL, name))
    arts = [json.loads(line) for line in open(os.path.join(data, "egov/articles.jsonl"), encoding="utf-8")]
    pool = sorted((x for x in arts if x["key"] not in dev and x["key"] not in excluded and len(x["text"]) < 1500),
                  key=lambda x: x["key"])
    rng = random.Random(seed)
    out, taken, short = [], set(), 0
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
    return out, dev, excluded, len(pool)


def run(name, seed, earlier):
    """name: the set's folder under eval/ (its judged file is <name>/<name>.jsonl); earlier: judged files to exclude."""
    ap = argparse.ArgumentParser(description=f"Draw (or --check) the blind set eval/{name}.")
    ap.add_argument("--data", default=os.path.normpath(os.path.join(EVAL, "../../shared/data")),
                    help="the shared data folder (default: ../shared/data beside the repository)")
    ap.add_argument("--check", action="store_true", help=f"verify {name}.jsonl against the draw")
    a = ap.parse_args()
    if not os.path.isfile(os.path.join(a.data, "egov/articles.jsonl")):
        raise SystemExit(f"shared data not found at {a.data} (give --data DIR)")
    out, dev, excluded, npool = draw(a.data, seed, earlier)
    if a.check:
        got = [json.loads(line)["key"] for line in open(os.path.join(EVAL, name, f"{name}.jsonl"), encoding="utf-8")]
        assert len(got) == len(set(got)) == len(out), "duplicate or missing lines"
        assert set(got) == {k for k, _ in out}, f"{name}.jsonl keys differ from the draw"
        assert not set(got) & dev, f"a dev key leaked into {name}"
        assert not set(got) & excluded, f"a key of an earlier set leaked into {name}"
        print(f"ok: {len(got)} keys match the draw (seed {seed}, pool {npool}), none in dev or the earlier sets")
        return
    for k, stratum in out:
        print(f"{k}\t{stratum}")
