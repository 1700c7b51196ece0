#!/bin/bash
# limits_entities.sh: one document naming 100,000 people, generated here: kg extract finishes (a
# guard of 600 s catches quadratic time), keeps the first 10,000 entities with a warning that names
# the document (--max-entities changes the limit), and every triple it prints joins kept entities.
# Usage: limits_entities.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
need python3

# make_doc FILE N: N distinct people, two per sentence ("Anna Bakorante met Boris Telimaro."), ten
# sentences per paragraph
make_doc() {
	python3 - "$1" "$2" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
first = ["Anna", "Boris", "Carla", "Daniel", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas",
         "Karin", "Lukas", "Maria", "Nils", "Olga", "Peter", "Rosa", "Simon", "Tina", "Viktor"]
syl = ["ba", "ko", "ran", "te", "li", "mar", "du", "nes", "vo", "lin", "sa", "ro", "per", "gu", "tan",
       "mi", "zel", "or", "ha", "ve"]
def surname(i):
    s = ""
    for _ in range(4):
        s += syl[i % 20]
        i //= 20
    return s.capitalize()
lines, sent = [], []
for k in range(0, n, 2):
    sent.append(f"{first[k % 20]} {surname(k)} met {first[(k + 1) % 20]} {surname(k + 1)}.")
    if len(sent) == 10:
        lines.append(" ".join(sent))
        sent = []
lines.append(" ".join(sent))
open(path, "w").write("\n".join(lines) + "\n")
PY
}

# check JSONL MAX: at most MAX distinct names in the triples, and some triples
check() {
	python3 - "$1" "$2" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
names = {r["subject"] for r in rows} | {r["object"] for r in rows}
assert rows, "no triple kept"
assert len(names) <= int(sys.argv[2]), f"{len(names)} entities in the triples, over {sys.argv[2]}"
print(f"{len(rows)} triples between {len(names)} entities", file=sys.stderr)
PY
}

make_doc "$tmp/many.txt" 100000
status=0
timeout 600 "$kg" extract "$tmp/many.txt" >"$tmp/a.jsonl" 2>"$tmp/err" || status=$?
cat "$tmp/err" >&2
[ "$status" -ne 124 ] || fail "100,000 entities: not done in 600 s (quadratic time?)"
[ "$status" -eq 0 ] || fail "100,000 entities: exit $status, expected 0"
grep -q "^kg: warning: $tmp/many.txt: more than 10000 entities: the other [0-9]* and their relations are left out" "$tmp/err" ||
	fail "100,000 entities: no warning naming the document"
check "$tmp/a.jsonl" 10000 || fail "100,000 entities: the limit of 10,000 was not kept"

make_doc "$tmp/some.txt" 200
status=0
"$kg" extract --max-entities 50 "$tmp/some.txt" >"$tmp/b.jsonl" 2>"$tmp/err" || status=$?
[ "$status" -eq 0 ] || fail "--max-entities 50: exit $status, expected 0"
grep -q "more than 50 entities: the other [0-9]* and" "$tmp/err" || fail "--max-entities 50: no warning"
check "$tmp/b.jsonl" 50 || fail "--max-entities 50: not kept"
status=0
"$kg" extract "$tmp/some.txt" >"$tmp/c.jsonl" 2>"$tmp/err" || status=$?
[ "$status" -eq 0 ] || fail "200 entities: exit $status, expected 0"
if grep -q "more than" "$tmp/err"; then fail "200 entities: a warning under the limit"; fi
[ "$(wc -l <"$tmp/c.jsonl")" -gt "$(wc -l <"$tmp/b.jsonl")" ] || fail "--max-entities 50 kept as much as no limit"
echo ok
