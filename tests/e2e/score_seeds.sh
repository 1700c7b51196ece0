#!/bin/bash
# score_seeds.sh: the graph of the seed articles scores at least entity F1 0.90 and relation F1 0.85
# against the gold file, with no duplicate nodes; both the news extractor alone (examples/news) and
# with the curated triples added (examples).
# Usage: score_seeds.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2 shared=${3:-}
. "$(dirname "$0")/common.bash"
need_shared eval/score.py gold/seeds.jsonl

for input in examples/news examples; do
	echo "== $input"
	"$kg" build "$src/$input" -o "$tmp/out" -q || fail "kg build $input exited $?"
	status=0
	python3 "$shared/eval/score.py" --gold "$shared/gold/seeds.jsonl" --graph "$tmp/out/graph.json" \
		--min-entity-f1 0.90 --min-relation-f1 0.85 -v >"$tmp/score" || status=$?
	cat "$tmp/score"
	[ "$status" -eq 0 ] || fail "$input: below the F1 thresholds (score.py exited $status)"
	grep -q "duplicates 0," "$tmp/score" || fail "$input: duplicate nodes"
done
