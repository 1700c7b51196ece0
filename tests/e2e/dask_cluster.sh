#!/bin/bash
# dask_cluster.sh: scripts/kg-dask on a Dask cluster of a scheduler and two workers on loopback
# (separate processes) gives the same store as one kg add of the same inputs: every row of every
# table equal, the time each document was added aside, and the same graph.json built from it.
# The corpus mixes files of a directory (one skipped), a JSON Lines file cut into several shards, a
# document met twice under two names and a JSON Lines id whose text changes (replaced), so that the
# order of the merge matters. With --date, the store is the one kg add --date makes; a bad --date is
# refused as kg refuses it.
# Usage: dask_cluster.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
py=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
if ! "$py" -c 'import distributed' 2>/dev/null || ! command -v dask-scheduler >/dev/null ||
	! command -v dask-worker >/dev/null; then
	echo "skipped: python3-distributed is not installed (scripts/setup installs it)" >&2
	exit 77
fi
tmp=$(mktemp -d)
pids=()
# SIGKILL: a dask-worker without a nanny can hang in its shutdown on SIGTERM, and the wait below
# would then never return (seen once in CI); the cluster holds nothing worth a clean stop
cleanup() {
	for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
export DASK_TEMPORARY_DIRECTORY=$tmp/dask DASK_CONFIG=$tmp/dask-config

# the corpus, named by relative paths from $tmp as a user would
mkdir -p "$tmp/in/news" "$tmp/dask"
cp "$src"/examples/news/*.txt "$src"/examples/triples/* "$tmp/in/news/"
cp "$src/examples/news/000_9f5eef8a525d3995.txt" "$tmp/in/news/zz_same_content.txt"
printf '<svg/>\n' >"$tmp/in/news/graph.svg"
"$py" "$src/bench/gen" corpus --size 120K --people 150 --orgs 30 --seed 7 -o "$tmp/in/gen.jsonl" 2>/dev/null
"$py" "$src/bench/gen" corpus --size 40K --people 60 --orgs 10 --seed 8 --format txt -o "$tmp/in/txt" 2>/dev/null
# the same id again with another text: kg add keeps the later one
printf '{"id":"again","text":"Ada Quill met Bo Lind in Oslo."}\n' >>"$tmp/in/gen.jsonl"
printf '{"id":"again","text":"Ada Quill spoke with Bo Lind in Riga."}\n' >>"$tmp/in/gen.jsonl"
inputs=(in/news in/gen.jsonl in/txt)

# the reference: one kg add
(cd "$tmp" && "$kg" add "${inputs[@]}" --db ref/kg.db -q) || fail "kg add exited $?"

# the cluster: a scheduler and two single-threaded workers, on loopback, found through a file
dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard --scheduler-file "$tmp/sched.json" \
	>"$tmp/scheduler.log" 2>&1 &
pids+=($!)
for w in 1 2; do
	dask-worker --host 127.0.0.1 --nthreads 1 --no-nanny --no-dashboard --name "w$w" \
		--local-directory "$tmp/dask/w$w" --scheduler-file "$tmp/sched.json" >"$tmp/worker$w.log" 2>&1 &
	pids+=($!)
done

# the driver waits for the scheduler's file and for both workers (readiness, not the clock);
# small shards so that gen.jsonl is cut into several pieces
status=0
(cd "$tmp" && "$py" "$src/scripts/kg-dask" --scheduler-file sched.json --workers 2 --kg "$kg" \
	--shard-bytes 30000 --db dask/kg.db "${inputs[@]}") >"$tmp/out" 2>"$tmp/err" || status=$?
[ "$status" -eq 0 ] || { cat "$tmp/err" "$tmp"/worker*.log >&2; fail "kg-dask exited $status"; }
grep -q "graph.svg: skipped" "$tmp/err" || fail "the skipped file is not reported: $(cat "$tmp/err")"
summary=$(grep "^kg-dask: " "$tmp/err") || fail "no summary: $(cat "$tmp/err")"
shards=$(sed -n 's/.* in \([0-9]*\) shards.*/\1/p' <<<"$summary")
[ "${shards:-0}" -ge 6 ] || fail "expected the corpus in at least 6 shards: $summary"
grep -q " of 2 workers" <<<"$summary" || fail "the cluster does not have 2 workers: $summary"

# identical: every table, every row, every column but documents.added (a time) and documents.key (a
# document's integer, which depends on the order documents were added: kg merge of shards), and the
# header; the rows of the other tables name their document by its text id
dump() {
	"$py" - "$1" <<'P'
import sqlite3, sys
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
for pragma in ("user_version", "application_id"):
    print(pragma, db.execute("PRAGMA " + pragma).fetchone()[0])
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
    cols = [r[1] for r in db.execute('PRAGMA table_info("%s")' % name)]
    def col(c):
        if (name, c) in (("documents", "added"), ("documents", "key")):
            return "NULL"
        if c == "doc":
            return '(SELECT id FROM documents d WHERE d.key = t.doc)'
        return 't."%s"' % c
    sel = ", ".join(col(c) for c in cols)
    rows = db.execute('SELECT %s FROM "%s" t' % (sel, name)).fetchall()
    print("table", name, cols, len(rows))
    for row in sorted(rows, key=repr):
        print(repr(row))
P
}
dump "$tmp/ref/kg.db" >"$tmp/ref.dump"
dump "$tmp/dask/kg.db" >"$tmp/dask.dump"
docs=$("$py" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM documents").fetchone()[0])' "$tmp/ref/kg.db")
[ "$docs" -ge 100 ] || fail "the reference store holds only $docs documents"
diff -u "$tmp/ref.dump" "$tmp/dask.dump" >"$tmp/diff" || fail "the Dask store differs from kg add's: $(head -20 "$tmp/diff")"
grep -q "'again', 'in/gen.jsonl:" "$tmp/dask.dump" || fail "no document from a cut JSON Lines file with its FILE:LINE source"
[ "$(grep -c "'again', 'in/gen.jsonl:" "$tmp/dask.dump")" -eq 1 ] || fail "the changed document was not replaced"

# the same graph built from both
"$kg" build --db "$tmp/ref/kg.db" -o "$tmp/ref" -q || fail "kg build of the reference exited $?"
"$kg" build --db "$tmp/dask/kg.db" -o "$tmp/dask" -q || fail "kg build of the Dask store exited $?"
cmp -s "$tmp/ref/graph.json" "$tmp/dask/graph.json" || fail "graph.json differs"

# both again: the same store still (the document of the changed id is replaced once more, by both)
(cd "$tmp" && "$kg" add "${inputs[@]}" --db ref/kg.db -q) || fail "kg add again exited $?"
(cd "$tmp" && "$py" "$src/scripts/kg-dask" --scheduler-file sched.json --workers 2 --kg "$kg" \
	--shard-bytes 30000 --db dask/kg.db -q "${inputs[@]}") || fail "kg-dask again exited $?"
dump "$tmp/ref/kg.db" >"$tmp/ref.dump"
dump "$tmp/dask/kg.db" >"$tmp/dask.dump"
diff -u "$tmp/ref.dump" "$tmp/dask.dump" >"$tmp/diff" || fail "run again, the stores differ: $(head -20 "$tmp/diff")"

# --date goes to the workers' kg extract: the store is the one kg add --date makes, the documents
# that bring no date dated by the option, those of the JSON Lines records by their own date
(cd "$tmp" && "$kg" add --date 2024-03 in/news in/gen.jsonl --db ref-dated/kg.db -q) || fail "kg add --date exited $?"
(cd "$tmp" && "$py" "$src/scripts/kg-dask" --scheduler-file sched.json --workers 2 --kg "$kg" \
	--shard-bytes 30000 --db dask-dated/kg.db --date 2024-03 -q in/news in/gen.jsonl) ||
	fail "kg-dask --date exited $?"
dump "$tmp/ref-dated/kg.db" >"$tmp/ref.dump"
dump "$tmp/dask-dated/kg.db" >"$tmp/dask.dump"
diff -u "$tmp/ref.dump" "$tmp/dask.dump" >"$tmp/diff" || fail "with --date, the stores differ: $(head -20 "$tmp/diff")"
grep -q "'in/news/000_9f5eef8a525d3995.txt', .*'2024-03', .*'option'" "$tmp/dask.dump" ||
	fail "kg-dask --date: a file without a date is not dated by the option"
grep -q "'again', 'in/gen.jsonl:.*'2024-03', .*'option'" "$tmp/dask.dump" ||
	fail "kg-dask --date: a record without a date in a cut JSON Lines file is not dated by the option"
grep -q "'in/gen.jsonl:.*'record'" "$tmp/dask.dump" || fail "kg-dask --date: a record's own date did not stay"

# a bad --date: kg's message, exit 2, nothing stored; kg-dask takes exactly the dates kg takes
status=0
(cd "$tmp" && "$py" "$src/scripts/kg-dask" --scheduler-file sched.json --kg "$kg" --db bad/kg.db \
	--date 2025-02-29 in/news) >"$tmp/out" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "kg-dask --date 2025-02-29 exited $status, expected 2"
grep -q "^kg-dask: error: argument --date: '2025-02-29' is not a date; valid forms: YYYY-MM-DD, YYYY-MM or YYYY$" \
	"$tmp/err" || fail "kg-dask: no clear message for a bad --date: $(cat "$tmp/err")"
[ ! -e "$tmp/bad" ] || fail "kg-dask made a store for a bad --date"
echo "Ada Quill met Bo Lind." >"$tmp/one.txt"
for d in 2024 2024-02 2024-02-29 2000-02-29 0001-01-01 9999-12-31 2025-02-29 1900-02-29 2024-13 2024-00 \
	2024-04-31 2024-4 24 0000 2024-03-05T10:00 "" "2024 " " 2024" 2024/03 $'\xef\xbc\x92024'; do
	k=0
	"$kg" extract --date "$d" -q "$tmp/one.txt" >/dev/null 2>&1 || k=$?
	[ "$k" -ne 2 ] && k=ok || k=bad
	d_=$("$py" -c 'import argparse, importlib.machinery, sys
m = importlib.machinery.SourceFileLoader("kg_dask", sys.argv[1]).load_module()
try:
    m.iso_date(sys.argv[2]); print("ok")
except argparse.ArgumentTypeError:
    print("bad")' "$src/scripts/kg-dask" "$d")
	[ "$k" = "$d_" ] || fail "--date '$d': kg says $k, kg-dask $d_"
done
echo ok
