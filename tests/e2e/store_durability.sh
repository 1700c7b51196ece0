#!/bin/bash
# store_durability.sh: kg add killed with SIGKILL at random moments leaves a store that passes
# PRAGMA integrity_check and holds only whole documents (each with the entities and triples a clean
# ingest gives it); the next kg add completes the batch, and the final store equals a clean one. Two
# kg add processes at once on disjoint halves both succeed and give the complete store.
# Usage: store_durability.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c 'import sqlite3' 2>/dev/null || { echo "skipped: python3 has no sqlite3 module" >&2; exit 77; }

# dump DB: every row of the store but the time each document was added, sorted
dump() {
	python3 - "$1" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for table, cols in (("documents", "id, source, content_hash, date, url, n_entities, n_triples"),
                    ("entities", "*"), ("aliases", "*"), ("merges", "*"), ("triples", "*")):
    for row in db.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2"):
        print(table, repr(row))
P
}

# check DB CLEAN: integrity ok; every document row matches its own rows and the clean ingest's counts
check() {
	python3 - "$1" "$2" <<'P' || fail "after a kill: $(cat "$tmp/why" 2>/dev/null)"
import sqlite3, sys
db, clean = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
if ok != "ok":
    sys.exit(f"integrity_check: {ok}")
want = {r[0]: r[1:] for r in clean.execute("SELECT id, n_entities, n_triples FROM documents")}
for doc, ne, nt in db.execute("SELECT id, n_entities, n_triples FROM documents"):
    have = (db.execute("SELECT count(*) FROM entities WHERE doc = ?", (doc,)).fetchone()[0],
            db.execute("SELECT count(*) FROM triples WHERE doc = ?", (doc,)).fetchone()[0])
    if have != (ne, nt) or have != want.get(doc):
        sys.exit(f"document {doc} is half stored: rows {have}, its row says {(ne, nt)}, a clean ingest {want.get(doc)}")
for table in ("entities", "aliases", "merges", "triples"):
    n = db.execute(f"SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT id FROM documents)").fetchone()[0]
    if n:
        sys.exit(f"{n} rows of {table} belong to no document")
P
}

# the corpus: the seed articles, each in 24 copies made distinct by a last line
mkdir -p "$tmp/docs"
for i in $(seq 1 24); do
	for f in "$src"/examples/news/*.txt; do
		b=$(basename "$f" .txt)
		{ cat "$f"; printf '\n\nCopy %d of the article.\n' "$i"; } >"$tmp/docs/${b}_$i.txt"
	done
done
n_docs=$(ls "$tmp/docs" | wc -l)

start=$(date +%s%N)
"$kg" add "$tmp/docs" --db "$tmp/clean.db" -q || fail "clean kg add exited $?"
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
dump "$tmp/clean.db" >"$tmp/clean.dump"
[ "$(grep -c '^documents ' "$tmp/clean.dump")" -eq "$n_docs" ] || fail "the clean store lacks documents"

# 20 kills at random moments within the time a clean ingest takes; every 4th starts from scratch
kills=0
for round in $(seq 1 20); do
	if [ $((round % 4)) -eq 1 ]; then rm -f "$tmp"/kill.db*; fi
	"$kg" add "$tmp/docs" --db "$tmp/kill.db" -q 2>/dev/null &
	pid=$!
	sleep "$(python3 -c "import random; print(random.uniform(0.02, $took_ms / 1000 * 1.1))")"
	if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
	wait "$pid" 2>/dev/null || true
	[ -e "$tmp/kill.db" ] || continue
	check "$tmp/kill.db" "$tmp/clean.db"
done
echo "killed $kills of 20 runs mid-way"
[ "$kills" -gt 0 ] || fail "no kg add was still running when killed"
# the next kg add completes the batch: the same store as a clean ingest
"$kg" add "$tmp/docs" --db "$tmp/kill.db" -q || fail "kg add after the kills exited $?"
check "$tmp/kill.db" "$tmp/clean.db"
dump "$tmp/kill.db" >"$tmp/kill.dump"
cmp -s "$tmp/kill.dump" "$tmp/clean.dump" || fail "the completed store differs from a clean one: $(diff "$tmp/clean.dump" "$tmp/kill.dump" | head -5)"

# two kg add processes at once, on disjoint halves, into one store
mkdir -p "$tmp/h1" "$tmp/h2"
i=0
for f in "$tmp"/docs/*.txt; do
	if [ $((i % 2)) -eq 0 ]; then cp "$f" "$tmp/h1/"; else cp "$f" "$tmp/h2/"; fi
	i=$((i + 1))
done
"$kg" add "$tmp/h1" --db "$tmp/both.db" -q &
p1=$!
"$kg" add "$tmp/h2" --db "$tmp/both.db" -q &
p2=$!
s1=0 s2=0
wait "$p1" || s1=$?
wait "$p2" || s2=$?
[ "$s1" -eq 0 ] && [ "$s2" -eq 0 ] || fail "concurrent kg add exited $s1 and $s2"
check "$tmp/both.db" "$tmp/clean.db"
dump "$tmp/both.db" | sed 's/^\(documents (.[^,]*, \)[^,]*/\1SRC/' >"$tmp/both.dump"
sed 's/^\(documents (.[^,]*, \)[^,]*/\1SRC/' "$tmp/clean.dump" >"$tmp/clean.nosrc"
cmp -s "$tmp/both.dump" "$tmp/clean.nosrc" || fail "two concurrent kg add gave another store: $(diff "$tmp/clean.nosrc" "$tmp/both.dump" | head -5)"
echo ok
