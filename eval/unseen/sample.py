"""Draw articles outside dev and holdout to study how the screening engine generalises.

Usage: python3 eval/unseen/sample.py RESULTS.json SEED STRATUM N [EXCLUDE.jsonl ...]
  RESULTS.json  `tenken scan ../shared/data/raw/egov-law-xml/xml -o RESULTS.json`
  STRATUM       neg: keyword-net articles the engine does NOT flag; pos: articles the engine flags
  EXCLUDE       earlier draws (lines with a key) to leave out, e.g. the articles already studied
Prints one JSON line per drawn article (key, stratum, caption, text). Pool: main-provision articles of
../shared/data/egov/articles.jsonl under 1,500 characters, not in dev or holdout, sorted by key; random.Random(SEED).
"""
import json, random, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
# ../shared/data beside the repository; from a git worktree nested deeper, the nearest ancestor holding shared/data.
DATA = next((d / "shared" / "data" for d in ROOT.parents if (d / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data")
NET = re.compile("検査|確認|提出|書面|文書|掲示|閲覧|縦覧|備え付|備え置|立入|立ち入|臨検|実地|巡視|監視|常駐|専任|講習|研修|押印|記名|署名|印鑑|出頭|来庁|窓口|持参|立会|面接|定期|毎年|磁気|光ディスク|フロッピー|原本|謄本|郵便|標識|公衆の見やすい")


def pool(results_path, exclude=()):
    seen = set()
    for f in exclude:
        seen |= {json.loads(l)["key"] for l in open(f, encoding="utf-8")}
    for f in [DATA / "labels" / "dev.jsonl", ROOT / "eval" / "holdout" / "holdout.jsonl"]:
        seen |= {json.loads(l)["key"] for l in open(f, encoding="utf-8")}
    main = {}
    for l in open(DATA / "egov" / "articles.jsonl", encoding="utf-8"):
        a = json.loads(l)
        if len(a["text"]) < 1500 and a["key"] not in seen:
            main[a["key"]] = a
    scanned = {a["key"]: a for a in json.load(open(results_path, encoding="utf-8"))["articles"] if a["key"] in main}
    return main, scanned


def main():
    results, seed, stratum, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    arts, scanned = pool(results, sys.argv[5:])
    keys = sorted(k for k in scanned
                  if (stratum == "pos" and scanned[k]["analog"])
                  or (stratum == "neg" and not scanned[k]["analog"] and NET.search(arts[k]["text"])))
    for k in random.Random(seed).sample(keys, min(n, len(keys))):
        a = scanned[k]
        print(json.dumps({"key": k, "stratum": stratum, "pool": len(keys), "caption": a.get("caption", ""), "text": a["text"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
