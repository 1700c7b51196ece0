#!/bin/bash
# eval_matches_score_py.sh: kg eval prints the same numbers as the reference scorer score.py, on the
# graph of the seed articles (examples/news) against the seed gold and on the development set
# (tests/data/dev) against its gold: the entity and relation lines and the per-relation lines are
# identical, the verbose lists and the JSON summary too, and so are the exit statuses of a threshold.
# Usage: eval_matches_score_py.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2 shared=${3:-}
. "$(dirname "$0")/common.bash"
need_shared eval/score.py gold/seeds.jsonl
need python3

# compare NAME GOLD GRAPH: the report lines, then the whole verbose report with the JSON summary
compare() {
	local name=$1 gold=$2 graph=$3
	"$kg" eval --gold "$gold" -g "$graph" >"$tmp/kg.txt" || fail "$name: kg eval exited $?"
	python3 "$shared/eval/score.py" --gold "$gold" --graph "$graph" >"$tmp/py.txt" ||
		fail "$name: score.py exited $?"
	cat "$tmp/kg.txt"
	[ "$(head -n 2 "$tmp/kg.txt")" = "$(head -n 2 "$tmp/py.txt")" ] ||
		fail "$name: the entity and relation lines differ: $(diff "$tmp/py.txt" "$tmp/kg.txt" || true)"
	[ "$(grep -E '^  [a-z_]+ +P ' "$tmp/kg.txt")" = "$(grep -E '^  [a-z_]+ +P ' "$tmp/py.txt")" ] ||
		fail "$name: the per-relation lines differ: $(diff "$tmp/py.txt" "$tmp/kg.txt" || true)"
	grep -qE '^  [a-z_]+ +P ' "$tmp/kg.txt" || fail "$name: no per-relation line"
	"$kg" eval --gold "$gold" -g "$graph" -v --json >"$tmp/kg-v.txt" || fail "$name: kg eval -v exited $?"
	python3 "$shared/eval/score.py" --gold "$gold" --graph "$graph" -v --json >"$tmp/py-v.txt"
	diff "$tmp/py-v.txt" "$tmp/kg-v.txt" >&2 || fail "$name: the verbose reports differ (score.py <, kg >)"
	# a threshold above the score: both exit 1
	local kg_status=0 py_status=0
	"$kg" eval --gold "$gold" -g "$graph" --min-entity-f1 1.01 >/dev/null 2>&1 || kg_status=$?
	python3 "$shared/eval/score.py" --gold "$gold" --graph "$graph" --min-entity-f1 1.01 >/dev/null || py_status=$?
	[ "$kg_status" -eq 1 ] && [ "$py_status" -eq 1 ] ||
		fail "$name: a threshold not met: kg eval exited $kg_status, score.py $py_status"
}

echo "== seeds (examples/news)"
# graph.json only (-o -): the drawing is not needed here
"$kg" build "$src/examples/news" -o - -q >"$tmp/seeds.json" || fail "kg build examples/news exited $?"
compare seeds "$shared/gold/seeds.jsonl" "$tmp/seeds.json"

echo "== seeds with the curated triples (examples)"
"$kg" build "$src/examples" -o - -q >"$tmp/all.json" || fail "kg build examples exited $?"
compare examples "$shared/gold/seeds.jsonl" "$tmp/all.json"

echo "== development set (tests/data/dev)"
"$kg" build "$src/tests/data/dev/news" -o - -q >"$tmp/dev.json" || fail "kg build tests/data/dev/news exited $?"
compare dev "$src/tests/data/dev/gold.jsonl" "$tmp/dev.json"

echo "== bad input: exit 2 with FILE:LINE"
printf '{"kind":"meta"}\n{"kind":"entity","name":"A"\n' >"$tmp/bad.jsonl"
status=0
"$kg" eval --gold "$tmp/bad.jsonl" -g "$tmp/dev.json" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a malformed gold line: kg eval exited $status, not 2"
grep -q "^kg: error: $tmp/bad.jsonl:2:" "$tmp/err" || fail "no FILE:LINE in: $(cat "$tmp/err")"
echo "ok"
