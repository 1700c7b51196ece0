#!/bin/bash
# store_schema.sh: the store carries its schema version; a store of a newer or an older version, a
# SQLite database of another application and a file that is no database are refused with a clear
# message (exit 2) and left untouched, by kg add, kg build --db and kg export --db; a store of schema 2
# or 3 is upgraded to 4 in place, in one transaction, and says so.
# Usage: store_schema.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
command -v sqlite3 >/dev/null || { echo "skipped: no sqlite3 command (scripts/setup installs it)" >&2; exit 77; }
sql() { sqlite3 -batch "$1" "$2"; }

"$kg" add "$src/examples/triples" --db "$tmp/kg.db" -q || fail "kg add exited $?"
[ "$(sql "$tmp/kg.db" 'PRAGMA user_version')" = 4 ] || fail "user_version is not 4"
[ "$(sql "$tmp/kg.db" "SELECT value FROM meta WHERE key = 'schema'")" = 4 ] || fail "meta has no schema 4"
[ "$(sql "$tmp/kg.db" 'PRAGMA journal_mode')" = wal ] || fail "the store is not in WAL mode"

# refused DB WHAT: every command that opens the store says WHAT, exits 2 and changes nothing
refused() {
	local before after cmd
	before=$(sha256sum "$1" | cut -d' ' -f1)
	for cmd in "add $src/examples/triples --db $1" "build --db $1 -o $tmp/out" "export --format ntriples --db $1 -o $tmp/exp" \
		"merge --db $1 $tmp/empty.jsonl"; do
		status=0
		# shellcheck disable=SC2086 # the command is meant to split into words
		"$kg" $cmd -q 2>"$tmp/err" || status=$?
		[ "$status" -eq 2 ] || fail "kg $cmd on $3: exit $status, expected 2"
		grep -q "$2" "$tmp/err" || fail "kg $cmd on $3: no message '$2': $(cat "$tmp/err")"
	done
	after=$(sha256sum "$1" | cut -d' ' -f1)
	[ "$before" = "$after" ] || fail "$3: the refused store was changed"
	[ ! -e "$tmp/out/graph.json" ] || fail "$3: a graph was built"
}
: >"$tmp/empty.jsonl"

cp "$tmp/kg.db" "$tmp/newer.db"
sql "$tmp/newer.db" 'PRAGMA user_version = 5' >/dev/null
refused "$tmp/newer.db" "schema version 5, newer than the version 4 this kg reads" "a newer store"

cp "$tmp/kg.db" "$tmp/older.db"
# a store of version 1 (documents keyed by name) cannot be migrated: the message says why and what to do
sql "$tmp/older.db" "PRAGMA user_version = 1; UPDATE meta SET value = '1' WHERE key = 'schema'" >/dev/null
refused "$tmp/older.db" "schema version 1, older than the version 4 this kg reads, and cannot be migrated (version 1 keyed documents by name.*add the documents again with kg add" "a version 1 store"

# to_v2 DB: makes DB a store of schema 2 (before events and dates): the tables and columns of 3 dropped
to_v2() {
	sql "$1" "DROP INDEX events_date; DROP TABLE events; DROP TABLE participants" >/dev/null
	for col in documents.title documents.date_source documents.n_events triples.date_source triples.event; do
		sql "$1" "ALTER TABLE ${col%.*} DROP COLUMN ${col#*.}" >/dev/null
	done
	sql "$1" "UPDATE meta SET value = '2' WHERE key = 'schema'; PRAGMA user_version = 2" >/dev/null
}
# to_v3 DB: makes DB a store of schema 3 (before the duration of events)
to_v3() {
	sql "$1" "ALTER TABLE events DROP COLUMN duration" >/dev/null
	sql "$1" "UPDATE meta SET value = '3' WHERE key = 'schema'; PRAGMA user_version = 3" >/dev/null
}
# columns DB: every table's columns, in order, with their types and defaults
columns() {
	local t
	for t in meta documents entities aliases merges triples events participants; do
		echo "$t: $(sql "$1" "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || ifnull(dflt_value, '-'), ', ') FROM pragma_table_info('$t')")"
	done
	sql "$1" "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
}

# a store of schema 2 is upgraded to 4 in place, says so, keeps its documents and gets the schema of
# a new store
# upgraded V OUT: a copy of the new store made one of schema V (by to_vV) is upgraded to 4 by kg build
# --db, which says so and writes OUT; the store then has the schema of a new store
upgraded() {
	cp "$tmp/kg.db" "$tmp/v$1.db"
	"to_v$1" "$tmp/v$1.db"
	"$kg" build --db "$tmp/v$1.db" -o "$2" -q 2>"$tmp/err" || fail "kg build --db on a schema $1 store exited $?"
	grep -q "kg: note: .*v$1.db: store upgraded in place from schema version $1 to 4" "$tmp/err" ||
		fail "the upgrade from $1 was not reported: $(cat "$tmp/err")"
	[ "$(sql "$tmp/v$1.db" 'PRAGMA user_version')" = 4 ] || fail "the schema $1 store was not migrated"
	[ "$(sql "$tmp/v$1.db" "SELECT value FROM meta WHERE key = 'schema'")" = 4 ] || fail "meta does not say schema 4"
	[ "$(columns "$tmp/v$1.db")" = "$(columns "$tmp/kg.db")" ] ||
		fail "the store migrated from $1 differs from a new store: $(diff <(columns "$tmp/v$1.db") <(columns "$tmp/kg.db"))"
}
upgraded 2 "$tmp/v2"
"$kg" build --db "$tmp/kg.db" -o "$tmp/v3" -q || fail "kg build --db on the good store exited $?"
cmp -s "$tmp/v2/graph.json" "$tmp/v3/graph.json" || fail "the migrated store gives another graph"
"$kg" build --db "$tmp/v2.db" -o "$tmp/v2again" -q 2>"$tmp/err" || fail "kg build --db after the upgrade exited $?"
! grep -q "upgraded" "$tmp/err" || fail "the store was upgraded twice"
# added_alike INPUT V OUT_MIGRATED OUT_NEW: INPUT goes into the store migrated from V as into the new
# store: kg add into both, kg build --db of both, the same graph.json
added_alike() {
	"$kg" add "$1" --db "$tmp/v$2.db" -q || fail "kg add of $1 into the store migrated from $2 exited $?"
	"$kg" add "$1" --db "$tmp/kg.db" -q || fail "kg add of $1 into the new store exited $?"
	"$kg" build --db "$tmp/v$2.db" -o "$3" -q || fail "kg build --db of the store migrated from $2 exited $?"
	"$kg" build --db "$tmp/kg.db" -o "$4" -q || fail "kg build --db of the new store exited $?"
	cmp -s "$3/graph.json" "$4/graph.json" || fail "$1 in the store migrated from $2 gives another graph"
}
# dated events go into the migrated store as into a new one
added_alike "$src/tests/data/events/dated.jsonl" 2 "$tmp/v2ev" "$tmp/v3ev"
grep -q '"events"' "$tmp/v2ev/graph.json" || fail "the migrated store lost the events"

# a store of schema 3 (events without durations) is upgraded to 4 in place: its events read back as
# before, and events with durations go into it as into a new store
upgraded 3 "$tmp/v3up"
cmp -s "$tmp/v3up/graph.json" "$tmp/v3ev/graph.json" || fail "the store migrated from 3 gives another graph"
added_alike "$src/tests/data/time/durations" 3 "$tmp/v3dur" "$tmp/v4dur"
grep -q '"duration":"P2D"' "$tmp/v3dur/graph.json" || fail "the store migrated from 3 lost the duration"

# the upgrade is one transaction: when it fails half-way the store is left as it was
cp "$tmp/kg.db" "$tmp/half.db"
to_v2 "$tmp/half.db"
sql "$tmp/half.db" "CREATE TABLE participants(x)" >/dev/null
before=$(sql "$tmp/half.db" "PRAGMA user_version; SELECT group_concat(name) FROM pragma_table_info('documents')")
status=0
"$kg" build --db "$tmp/half.db" -o "$tmp/half" -q 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a failed upgrade: exit $status, expected 2"
grep -q "cannot migrate the store" "$tmp/err" || fail "a failed upgrade: no message: $(cat "$tmp/err")"
after=$(sql "$tmp/half.db" "PRAGMA user_version; SELECT group_concat(name) FROM pragma_table_info('documents')")
[ "$before" = "$after" ] || fail "a failed upgrade changed the store: $before -> $after"

sql "$tmp/other.db" 'CREATE TABLE documents(id TEXT)' >/dev/null
refused "$tmp/other.db" "not a kg store: a SQLite database of another application" "another application's database"

head -c 5000 /dev/urandom >"$tmp/noise.db"
printf 'SQLite format 3\0 but not really' | dd of="$tmp/noise.db" conv=notrunc 2>/dev/null
refused "$tmp/noise.db" "not a kg store\|not a SQLite database\|malformed\|not a database" "a damaged file"
printf 'Ada Quill met Bo Lind in Oslo.\n%.0s' $(seq 1 300) >"$tmp/text.db"
refused "$tmp/text.db" "not a kg store: the file is not a SQLite database" "a text file"

# the good store still reads
"$kg" build --db "$tmp/kg.db" -o "$tmp/good" -q || fail "kg build --db on the good store exited $?"
echo ok
