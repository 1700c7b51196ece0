#!/bin/bash
# parallel_extract.sh: -j N gives the same output as one thread: kg extract (with --documents) on a
# corpus from bench/gen and on the examples, kg build's graph.json, and the messages in their order.
# Usage: parallel_extract.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
src=$2
. "$(dirname "$0")/common.bash"
need python3

python3 "$src/bench/gen" corpus --articles 300 --people 200 --seed 7 -o "$tmp/news.jsonl" 2>/dev/null
# a document with invalid UTF-8 and one with a NUL byte in the middle: their messages must come out
# in the same place
printf '{"id":"bad","text":"Anna Fischer met \xff Hugo Brandt."}\n' >>"$tmp/news.jsonl"
printf '{"id":"nul","text":"Anna Fischer met \\u0000 Hugo Brandt."}\n' >>"$tmp/news.jsonl"
python3 "$src/bench/gen" corpus --articles 50 --people 40 --seed 8 -o - 2>/dev/null >>"$tmp/news.jsonl"

for j in 1 2 4; do
	status=0
	"$kg" extract --documents -j "$j" "$tmp/news.jsonl" -o "$tmp/x$j.jsonl" 2>"$tmp/e$j.txt" || status=$?
	[ "$status" -eq 2 ] || fail "kg extract -j $j: exit $status, expected 2 (a bad document)"
	"$kg" extract -j "$j" "$src/examples" -o "$tmp/ex$j.jsonl" 2>/dev/null || fail "kg extract -j $j examples"
done
[ -s "$tmp/x1.jsonl" ] || fail "no triples"
grep -q "news.jsonl:301" "$tmp/e1.txt" || fail "the invalid document was not reported"
grep -q "NUL byte" "$tmp/e1.txt" || fail "the NUL document was not reported"
for j in 2 4; do
	cmp -s "$tmp/x1.jsonl" "$tmp/x$j.jsonl" || fail "kg extract -j $j differs from -j 1"
	cmp -s "$tmp/e1.txt" "$tmp/e$j.txt" || fail "kg extract -j $j: messages differ from -j 1"
	cmp -s "$tmp/ex1.jsonl" "$tmp/ex$j.jsonl" || fail "kg extract -j $j differs on the examples"
done

for j in 1 2; do
	status=0
	"$kg" build -q -j "$j" "$tmp/news.jsonl" -o "$tmp/b$j" 2>/dev/null || status=$?
	[ "$status" -eq 2 ] || fail "kg build -j $j: exit $status, expected 2 (a bad document)"
done
cmp -s "$tmp/b1/graph.json" "$tmp/b2/graph.json" || fail "kg build -j 2: graph.json differs from -j 1"
echo ok
