"""Weighted precision / recall of a scan on the judged estimation sample (estimate.jsonl).

Usage: python3 eval/unseen/estimate.py RESULTS.json
The sample has two strata drawn from the scan of commit e6e3eda (see README.md): 'pos' (100 of 582 flagged articles)
and 'neg' (200 of 1,201 keyword-net articles not flagged). Each judged article stands for pool/drawn articles of its
stratum. 'clear' counts low-confidence positives of the neg stratum as not analog; 'all' counts them as analog.
"""
import json, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
WEIGHT = {"pos": 582 / 100, "neg": 1201 / 200}


def main():
    scan = {a["key"]: a["analog"] for a in json.load(open(sys.argv[1], encoding="utf-8"))["articles"]}
    labels = [json.loads(l) for l in open(HERE / "estimate.jsonl", encoding="utf-8")]
    for mode in ("clear", "all"):
        tp = fp = fn = 0.0
        for x in labels:
            gold = x["analog"] and (mode == "all" or x["stratum"] == "pos" or x["confidence"] != "low")
            pred, w = scan[x["key"]], WEIGHT[x["stratum"]]
            tp += w * (pred and gold)
            fp += w * (pred and not gold)
            fn += w * (gold and not pred)
        print(f"{mode:5s} precision={tp / (tp + fp):.3f} recall={tp / (tp + fn):.3f}  (weighted TP {tp:.0f} FP {fp:.0f} FN {fn:.0f})")


if __name__ == "__main__":
    main()
