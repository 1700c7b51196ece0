#!/bin/bash
# limits_sentence.sh: one sentence of 100,000 words, generated here, is cut into pieces of at most 400
# tokens (--max-sentence-tokens changes it): kg extract finishes, relations inside the pieces are still
# found, and no evidence is longer than a piece.
# Usage: limits_sentence.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
need python3

# 100,005 words with no full stop before the last: blocks of 50 words, "Ana Silva met Carl Dahl and
# then the talks went on and on ..."
python3 - "$tmp/long.txt" <<'PY'
import sys
block = ("Ana Silva met Carl Dahl " + "and then the talks went on " * 7 + "and so on").split()
assert len(block) == 50
with open(sys.argv[1], "w") as f:
    f.write(" ".join(block * 2000) + " Ana Silva met Carl Dahl.\n")
PY
[ "$(wc -w <"$tmp/long.txt")" -ge 100000 ] || fail "the sentence is shorter than 100,000 words"

# check_pieces JSONL MAX: some triples, and every evidence at most MAX tokens (words count under it)
check_pieces() {
	python3 - "$1" "$2" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
limit = int(sys.argv[2])
assert rows, "no triple found in the long sentence"
assert any(r["predicate"] == "meet" for r in rows), "the meeting in the long sentence was lost"
longest = max(len(r["evidence"]["text"].split()) for r in rows)
assert longest <= limit, f"an evidence of {longest} words is longer than a piece of {limit} tokens"
print(f"{len(rows)} triples, longest evidence {longest} words", file=sys.stderr)
PY
}

status=0
"$kg" extract "$tmp/long.txt" >"$tmp/a.jsonl" 2>"$tmp/err" || status=$?
cat "$tmp/err" >&2
[ "$status" -eq 0 ] || fail "100,000-word sentence: exit $status, expected 0"
check_pieces "$tmp/a.jsonl" 400 || fail "100,000-word sentence: not cut into pieces of 400 tokens"

status=0
"$kg" extract --max-sentence-tokens 12 "$tmp/long.txt" >"$tmp/b.jsonl" 2>"$tmp/err" || status=$?
[ "$status" -eq 0 ] || fail "--max-sentence-tokens 12: exit $status, expected 0"
check_pieces "$tmp/b.jsonl" 12 || fail "--max-sentence-tokens 12: not cut into pieces of 12 tokens"

# kg build goes through the whole pipeline on it
status=0
"$kg" build -q "$tmp/long.txt" -o "$tmp/out" || status=$?
[ "$status" -eq 0 ] || fail "kg build on the long sentence: exit $status, expected 0"
grep -q '"Carl Dahl"' "$tmp/out/graph.json" || fail "kg build lost the entities of the long sentence"
echo ok
