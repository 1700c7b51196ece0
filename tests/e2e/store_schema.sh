#!/bin/bash
# store_schema.sh: the store carries its schema version; a store of a newer or an older version, a
# SQLite database of another application and a file that is no database are refused with a clear
# message (exit 2) and left untouched, by kg add, kg build --db and kg export --db; a store of schema 2
# is upgraded to 3 in place, in one transaction, and says so.
# Usage: store_schema.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
command -v sqlite3 >/dev/null || { echo "skipped: no sqlite3 command (scripts/setup installs it)" >&2; exit 77; }
sql() { sqlite3 -batch "$1" "$2"; }

"$kg" add "$src/examples/triples" --db "$tmp/kg.db" -q || fail "kg add exited $?"
[ "$(sql "$tmp/kg.db" 'PRAGMA user_version')" = 3 ] || fail "user_version is not 3"
[ "$(sql "$tmp/kg.db" "SELECT value FROM meta WHERE key = 'schema'")" = 3 ] || fail "meta has no schema 3"
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
sql "$tmp/newer.db" 'PRAGMA user_version = 4' >/dev/null
refused "$tmp/newer.db" "schema version 4, newer than the version 3 this kg reads" "a newer store"

cp "$tmp/kg.db" "$tmp/older.db"
# a store of version 1 (documents keyed by name) cannot be migrated: the message says why and what to do
sql "$tmp/older.db" "PRAGMA user_version = 1; UPDATE meta SET value = '1' WHERE key = 'schema'" >/dev/null
refused "$tmp/older.db" "schema version 1, older than the version 3 this kg reads, and cannot be migrated (version 1 keyed documents by name.*add the documents again with kg add" "a version 1 store"

# to_v2 DB: makes DB a store of schema 2 (before events and dates): the tables and columns of 3 dropped
to_v2() {
	sql "$1" "DROP INDEX events_date; DROP TABLE events; DROP TABLE participants" >/dev/null
	for col in documents.title documents.date_source documents.n_events triples.date_source triples.event; do
		sql "$1" "ALTER TABLE ${col%.*} DROP COLUMN ${col#*.}" >/dev/null
	done
	sql "$1" "UPDATE meta SET value = '2' WHERE key = 'schema'; PRAGMA user_version = 2" >/dev/null
}
# columns DB: every table's columns, in order, with their types and defaults
columns() {
	local t
	for t in meta documents entities aliases merges triples events participants; do
		echo "$t: $(sql "$1" "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || ifnull(dflt_value, '-'), ', ') FROM pragma_table_info('$t')")"
	done
	sql "$1" "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
}

# a store of schema 2 is upgraded to 3 in place, says so, keeps its documents and gets the schema of
# a new store
cp "$tmp/kg.db" "$tmp/v2.db"
to_v2 "$tmp/v2.db"
"$kg" build --db "$tmp/v2.db" -o "$tmp/v2" -q 2>"$tmp/err" || fail "kg build --db on a schema 2 store exited $?"
grep -q "kg: note: .*v2.db: store upgraded in place from schema version 2 to 3" "$tmp/err" ||
	fail "the upgrade was not reported: $(cat "$tmp/err")"
[ "$(sql "$tmp/v2.db" 'PRAGMA user_version')" = 3 ] || fail "the schema 2 store was not migrated"
[ "$(sql "$tmp/v2.db" "SELECT value FROM meta WHERE key = 'schema'")" = 3 ] || fail "meta does not say schema 3"
[ "$(columns "$tmp/v2.db")" = "$(columns "$tmp/kg.db")" ] ||
	fail "the migrated store's schema differs from a new store's: $(diff <(columns "$tmp/v2.db") <(columns "$tmp/kg.db"))"
"$kg" build --db "$tmp/kg.db" -o "$tmp/v3" -q || fail "kg build --db on the good store exited $?"
cmp -s "$tmp/v2/graph.json" "$tmp/v3/graph.json" || fail "the migrated store gives another graph"
"$kg" build --db "$tmp/v2.db" -o "$tmp/v2again" -q 2>"$tmp/err" || fail "kg build --db after the upgrade exited $?"
! grep -q "upgraded" "$tmp/err" || fail "the store was upgraded twice"
# dated events go into the migrated store as into a new one
"$kg" add "$src/tests/data/events/dated.jsonl" --db "$tmp/v2.db" -q || fail "kg add into the migrated store exited $?"
"$kg" add "$src/tests/data/events/dated.jsonl" --db "$tmp/kg.db" -q || fail "kg add into the new store exited $?"
"$kg" build --db "$tmp/v2.db" -o "$tmp/v2ev" -q || fail "kg build --db of the migrated store exited $?"
"$kg" build --db "$tmp/kg.db" -o "$tmp/v3ev" -q || fail "kg build --db of the new store exited $?"
cmp -s "$tmp/v2ev/graph.json" "$tmp/v3ev/graph.json" || fail "events in the migrated store give another graph"
grep -q '"events"' "$tmp/v2ev/graph.json" || fail "the migrated store lost the events"

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
