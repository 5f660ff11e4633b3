#!/usr/bin/env python3
"""Draws the blind set eval/holdout3 (seed 20261128): see eval/sampling.py. Excludes dev, holdout, holdout2 and the unseen lists.
Usage: python3 eval/holdout3/sample.py [--data DIR] [--check]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sampling import run  # noqa: E402

EARLIER = ["holdout/holdout.jsonl", "holdout/selfcheck.jsonl", "holdout2/holdout2.jsonl", "holdout2/selfcheck.jsonl",
     "unseen/estimate.jsonl", "unseen/tuning-neg.jsonl", "unseen/tuning-pos.jsonl"]

if __name__ == "__main__":
    run("holdout3", 20261128, EARLIER)
