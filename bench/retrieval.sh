#!/usr/bin/env bash
# Retrieval quality of the precedent search over the gold judgements (../shared/data/labels): one half of the
# judged articles is the knowledge base, the other half the queries; prints the share of queries whose top-1
# precedent has the same verdict (analog or not). The test Tenken.Knowledge.Tests asserts >= 80% on the first split.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
[ -d "$data" ] || data="../../shared/data"
dotnet run -c Release --project bench/retrieval -- "$data"
