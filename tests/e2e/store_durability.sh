#!/bin/bash
# store_durability.sh: kg add killed with SIGKILL leaves a store that passes PRAGMA integrity_check and
# holds only whole documents (each with the rows a clean ingest gives it), and the next kg add makes
# the store a clean ingest makes. The kills come at chosen points of the store's work (KG_FAULT, see
# src/store/store.c): after every statement of an ingest into a new store and of one that replaces a
# document, halfway through every document transaction and between its last row and its COMMIT; then
# at random moments of an ingest of a corpus sized from a measured rate, so that it lasts seconds on
# any machine (only the size of the corpus and the spread of the delays depend on the clock, never the
# verdict). Two kg add processes at once on disjoint halves both succeed and give the complete store.
# Checked with the sqlite3 command (scripts/setup installs it).
# Usage: store_durability.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
need sqlite3
export LC_ALL=C

# compare DB CLEAN MODE [BASE]: prints a line per way DB differs from the clean store CLEAN, nothing
# when it matches. MODE whole: DB holds some of the documents of CLEAN or of the store BASE it started
# from (documents are keyed by content, so one key is one content), each whole (its documents row and
# all its rows), and nothing else; MODE same: DB holds all of CLEAN's and nothing else; MODE
# same-nosource: the same, but the path each document was read from (source, origin) may differ. The time a document
# was added is never compared, nor a document's integer key (which depends on the order documents were
# added): the rows of the other tables are compared through their document's text id (the views
# S_TABLE, for the store S of main, c and b).
compare() {
	local db=$1 clean=$2 mode=$3 base=${4:-$2} skip="'added', 'key'" sql t cols s
	[ "$mode" = same-nosource ] && skip="'added', 'key', 'source', 'origin'"
	cols=$(sqlite3 -batch "$clean" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('documents')
		WHERE name NOT IN ($skip)")
	[ "$mode" = whole ] || base=$clean
	sql="ATTACH '$clean' AS c; ATTACH '$base' AS b;
SELECT 'integrity_check: ' || integrity_check FROM pragma_integrity_check WHERE integrity_check != 'ok';
SELECT 'document ' || id || ': its row differs from a clean ingest' FROM
	(SELECT $cols FROM main.documents EXCEPT SELECT $cols FROM c.documents EXCEPT SELECT $cols FROM b.documents);"
	for t in $(sqlite3 -batch "$clean" "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p
		WHERE m.type = 'table' AND p.name = 'doc' ORDER BY 1"); do
		cols=$(sqlite3 -batch "$clean" "SELECT group_concat('t.\"' || name || '\"', ', ') FROM pragma_table_info('$t')
			WHERE name != 'doc'")
		for s in main c b; do
			sql="$sql
CREATE TEMP VIEW ${s}_$t AS SELECT d.id AS doc, $cols FROM $s.$t t JOIN $s.documents d ON d.key = t.doc;"
		done
		sql="$sql
SELECT 'document ' || doc || ': a row of $t that a clean ingest does not have' FROM
	(SELECT * FROM main_$t EXCEPT SELECT * FROM c_$t EXCEPT SELECT * FROM b_$t) GROUP BY doc;
SELECT 'document ' || doc || ': a row of $t is missing' FROM
	(SELECT * FROM c_$t WHERE doc IN (SELECT id FROM main.documents) UNION
	 SELECT * FROM b_$t WHERE doc IN (SELECT id FROM main.documents) EXCEPT SELECT * FROM main_$t) GROUP BY doc;
SELECT 'document key ' || doc || ': rows of $t with no documents row' FROM main.$t
	WHERE doc NOT IN (SELECT key FROM main.documents) GROUP BY doc;"
	done
	if [ "$mode" != whole ]; then
		sql="$sql
SELECT 'document ' || id || ': missing' FROM c.documents WHERE id NOT IN (SELECT id FROM main.documents);"
	fi
	# a store killed before its schema was committed has no tables at all: that is a whole (empty) store
	if [ "$mode" = whole ] && [ "$(sqlite3 -batch "$db" "SELECT count(*) FROM sqlite_master")" = 0 ]; then
		sqlite3 -batch "$db" "SELECT 'integrity_check: ' || integrity_check FROM pragma_integrity_check
			WHERE integrity_check != 'ok'"
		return
	fi
	sqlite3 -batch "$db" "$sql" 2>&1 | head -5
}

# check_killed DB CLEAN WHAT [BASE]: the store a kill left (checked on a copy, so that the next kg add
# opens what the kill left, WAL and all) holds whole documents only, of CLEAN or BASE
check_killed() {
	local why
	rm -f "$tmp"/copy.db*
	[ -e "$1" ] || return 0
	cp "$1" "$tmp/copy.db"
	[ ! -e "$1-wal" ] || cp "$1-wal" "$tmp/copy.db-wal"
	why=$(compare "$tmp/copy.db" "$2" whole "${4:-$2}")
	[ -z "$why" ] || fail "$3: $why"
}

# complete DB CLEAN WHAT INPUT...: the next kg add runs to the end and gives the clean store
complete() {
	local db=$1 clean=$2 what=$3 why
	shift 3
	"$kg" add "$@" --db "$db" -q || fail "$what: the kg add after the kill exited $?"
	why=$(compare "$db" "$clean" same)
	[ -z "$why" ] || fail "$what: the completed store differs from a clean one: $why"
}

# inside TRACE: 0 when the last begin of the trace has no commit after it (the process died inside a
# document transaction), 1 otherwise
inside() {
	[ "$(grep -E '^(begin|commit) ' "$1" | tail -n 1 | cut -d' ' -f1)" = begin ]
}

planned=0 landed=0 in_txn=0

# kill_at BASE_DB CLEAN FAULT INPUT...: kg add of the inputs into a copy of BASE_DB (none: a new store),
# killed where FAULT says; the kill must land, the store must hold whole documents, and the next kg add
# must complete it. Counts the kills that landed inside a transaction.
kill_at() {
	local base=$1 clean=$2 fault=$3 status=0 base_ref
	shift 3
	rm -f "$tmp"/kill.db* "$tmp/trace"
	base_ref=$clean
	[ "$base" = none ] || { cp "$base" "$tmp/kill.db"; base_ref=$base; }
	KG_FAULT="$fault,trace:$tmp/trace" "$kg" add "$@" --db "$tmp/kill.db" 2>/dev/null || status=$?
	[ "$status" -eq 137 ] || return 1
	grep -q "^kill " "$tmp/trace" || fail "$fault: killed, but not by the fault"
	landed=$((landed + 1))
	if inside "$tmp/trace"; then in_txn=$((in_txn + 1)); fi
	check_killed "$tmp/kill.db" "$clean" "$fault" "$base_ref"
	complete "$tmp/kill.db" "$clean" "$fault" "$@"
}

# sweep STRIDE BASE_DB CLEAN INPUT...: a kill after every STRIDEth statement (and the last), inside and
# at the commit of every transaction
sweep() {
	local stride=$1 base=$2 clean=$3 n k before
	shift 3
	rm -f "$tmp"/count.db* "$tmp/count.trace"
	[ "$base" = none ] || cp "$base" "$tmp/count.db"
	KG_FAULT="trace:$tmp/count.trace" "$kg" add "$@" --db "$tmp/count.db" 2>/dev/null || fail "a traced kg add exited $?"
	n=$(sed -n 's/^statements //p' "$tmp/count.trace")
	k=$(sed -n 's/^transactions //p' "$tmp/count.trace")
	[ "$n" -gt 0 ] && [ "$k" -gt 0 ] || fail "the trace counts no statements or transactions: $(cat "$tmp/count.trace")"
	for i in $(seq 1 "$stride" "$n") $(( (n - 1) % stride == 0 ? 0 : n )); do
		[ "$i" -gt 0 ] || continue
		kill_at "$base" "$clean" "kill:stmt:$i" "$@" || fail "kill:stmt:$i of $n did not land"
	done
	kill_at "$base" "$clean" "kill:stmt:$((n + 1))" "$@" && fail "kill:stmt:$((n + 1)) landed: more statements than traced"
	for i in $(seq 1 "$k"); do
		# a transaction that finds its document stored with the same content writes nothing
		if grep -qx "unchanged $i" "$tmp/count.trace"; then continue; fi
		for where in txn commit; do
			planned=$((planned + 1))
			before=$in_txn
			kill_at "$base" "$clean" "kill:$where:$i" "$@" || fail "kill:$where:$i of $k did not land"
			[ "$in_txn" -gt "$before" ] || fail "kill:$where:$i landed outside a transaction: $(cat "$tmp/trace")"
		done
	done
	echo "swept $n statements (every ${stride}) and $k transactions: $in_txn kills inside a transaction so far"
}

# the sweeps: every statement of an ingest of two small triples files (one with aliases) into a new
# store, then every transaction of two articles and every tenth statement
mkdir -p "$tmp/facts" "$tmp/news"
head -n 4 "$src/examples/triples/curated.jsonl" >"$tmp/facts/a.jsonl"
head -n 6 "$src/examples/triples/curated.tsv" >"$tmp/facts/b.tsv"
cp "$src"/examples/news/000_*.txt "$src"/examples/news/001_*.txt "$tmp/news/"
"$kg" add "$tmp/facts" --db "$tmp/facts.db" -q || fail "clean kg add exited $?"
"$kg" add "$tmp/news" --db "$tmp/news.db" -q || fail "clean kg add exited $?"
sweep 1 none "$tmp/facts.db" "$tmp/facts"
sweep 10 none "$tmp/news.db" "$tmp/news"
# and every statement of an ingest where a changed file replaces its earlier content
printf '%s\n' '{"subject": "Ada Quill", "predicate": "meet", "object": "Bo Lind", "evidence": {"doc": "x", "text": "Ada Quill met Bo Lind."}}' \
	>>"$tmp/facts/a.jsonl"
cp "$tmp/facts.db" "$tmp/facts2.db"
"$kg" add "$tmp/facts" --db "$tmp/facts2.db" 2>"$tmp/err" || fail "clean kg add of a changed file exited $?"
grep -q "0 added, 1 replaced" "$tmp/err" || fail "the changed file was not replaced: $(cat "$tmp/err")"
sweep 1 "$tmp/facts.db" "$tmp/facts2.db" "$tmp/facts"

# random moments: a corpus that takes about 3 s to add here, from the rate measured on 400 documents
# (copies of the bundled articles made distinct by a last line; written by the shell, no interpreter)
now_us() { echo "${EPOCHREALTIME/./}"; }
make_corpus() {
	local dir=$1 n=$2 i=0 f
	local -a texts=()
	mkdir -p "$dir"
	for f in "$src"/examples/news/*.txt; do texts+=("$(cat "$f")"); done
	while [ "$i" -lt "$n" ]; do
		printf '%s\n\nCopy %d of the article.\n' "${texts[$((i % ${#texts[@]}))]}" "$i" >"$dir/doc_$i.txt"
		i=$((i + 1))
	done
}
make_corpus "$tmp/calib" 400
mkdir -p "$tmp/none"
t0=$(now_us)
"$kg" add "$tmp/none" --db "$tmp/calib0.db" -q || fail "kg add of nothing exited $?"
t1=$(now_us)
"$kg" add "$tmp/calib" --db "$tmp/calib.db" -q || fail "kg add of the calibration corpus exited $?"
t2=$(now_us)
per_doc_us=$(( (t2 - t1 - (t1 - t0)) / 400 ))
[ "$per_doc_us" -ge 50 ] || per_doc_us=50
n_big=$(( 3000000 / per_doc_us ))
[ "$n_big" -ge 400 ] || n_big=400
[ "$n_big" -le 40000 ] || n_big=40000
make_corpus "$tmp/big" "$n_big"
t0=$(now_us)
"$kg" add "$tmp/big" --db "$tmp/big.db" -q || fail "clean kg add of the big corpus exited $?"
took_ms=$(( ($(now_us) - t0) / 1000 ))
[ "$took_ms" -ge 10 ] || took_ms=10
echo "random kills on $n_big documents (a clean kg add took $took_ms ms)"
random_rounds=6 random_landed=0 random_in=0
for round in $(seq 1 "$random_rounds"); do
	rm -f "$tmp"/kill.db* "$tmp/trace"
	KG_FAULT="trace:$tmp/trace" "$kg" add "$tmp/big" --db "$tmp/kill.db" -q 2>/dev/null &
	pid=$!
	d=$(( (RANDOM * 32768 + RANDOM) % took_ms ))
	sleep "$((d / 1000)).$(printf '%03d' $((d % 1000)))"
	status=0
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || status=$?
	if [ "$status" -eq 137 ]; then
		random_landed=$((random_landed + 1))
		if [ -e "$tmp/trace" ] && inside "$tmp/trace"; then random_in=$((random_in + 1)); fi
	fi
	check_killed "$tmp/kill.db" "$tmp/big.db" "random kill $round after $d ms"
	complete "$tmp/kill.db" "$tmp/big.db" "random kill $round after $d ms" "$tmp/big"
done
landed=$((landed + random_landed))
in_txn=$((in_txn + random_in))
echo "kills: $landed landed ($random_landed of $random_rounds at random moments), $in_txn inside a transaction" \
	"($random_in at random moments); planned inside a transaction: at least $planned"
[ "$in_txn" -ge "$planned" ] && [ "$in_txn" -ge 10 ] || fail "only $in_txn kills landed inside a transaction"

# two kg add processes at once, on disjoint halves, into one store
mkdir -p "$tmp/h1" "$tmp/h2"
i=0
for f in "$tmp"/calib/*.txt; do
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
why=$(compare "$tmp/both.db" "$tmp/calib.db" same-nosource)
[ -z "$why" ] || fail "two concurrent kg add gave another store: $why"
echo ok
