#!/bin/bash
# store_schema.sh: the store carries its schema version; a store of a newer or an older version, a
# SQLite database of another application and a file that is no database are refused with a clear
# message (exit 2) and left untouched, by kg add, kg build --db and kg export --db; a store of schema 2,
# 3 or 4 is upgraded to 5 in place, in one transaction, and says so: a store of schema 4 made by the kg
# that wrote it (tests/data/store/v4.db) gives the graph a new store of the same inputs gives.
# Usage: store_schema.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
command -v sqlite3 >/dev/null || { echo "skipped: no sqlite3 command (scripts/setup installs it)" >&2; exit 77; }
sql() { sqlite3 -batch "$1" "$2"; }

"$kg" add "$src/examples/triples" --db "$tmp/kg.db" -q || fail "kg add exited $?"
[ "$(sql "$tmp/kg.db" 'PRAGMA user_version')" = 5 ] || fail "user_version is not 5"
[ "$(sql "$tmp/kg.db" "SELECT value FROM meta WHERE key = 'schema'")" = 5 ] || fail "meta has no schema 5"
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
sql "$tmp/newer.db" 'PRAGMA user_version = 6' >/dev/null
refused "$tmp/newer.db" "schema version 6, newer than the version 5 this kg reads" "a newer store"

cp "$tmp/kg.db" "$tmp/older.db"
# a store of version 1 (documents keyed by name) cannot be migrated: the message says why and what to do
sql "$tmp/older.db" "PRAGMA user_version = 1; UPDATE meta SET value = '1' WHERE key = 'schema'" >/dev/null
refused "$tmp/older.db" "schema version 1, older than the version 5 this kg reads, and cannot be migrated (version 1 keyed documents by name.*add the documents again with kg add" "a version 1 store"

# to_v4 DB: makes DB (a store of schema 5) one of schema 4, whose tables are those of the schema 4
# fixture, each row keyed by its document's text id, as kg wrote it before version 5
v4="$src/tests/data/store/v4.db"
to_v4() {
	local t cols load
	cp "$v4" "$tmp/to_v4.db"
	load="ATTACH '$1' AS n; DELETE FROM main.documents;
INSERT INTO main.documents SELECT $(sql "$v4" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('documents')") FROM n.documents;"
	for t in entities aliases merges triples events participants; do
		cols=$(sql "$v4" "SELECT group_concat('t.\"' || name || '\"', ', ') FROM pragma_table_info('$t') WHERE name != 'doc'")
		load="$load DELETE FROM main.$t; INSERT INTO main.$t SELECT d.id, $cols FROM n.$t t JOIN n.documents d ON d.key = t.doc;"
	done
	sql "$tmp/to_v4.db" "$load" >/dev/null
	mv "$tmp/to_v4.db" "$1"
	rm -f "$1-wal" "$1-shm"
}
# to_v2 DB: makes DB a store of schema 2 (before events and dates): the tables and columns of 3 dropped
to_v2() {
	to_v4 "$1"
	sql "$1" "DROP INDEX events_date; DROP TABLE events; DROP TABLE participants" >/dev/null
	for col in documents.title documents.date_source documents.n_events triples.date_source triples.event; do
		sql "$1" "ALTER TABLE ${col%.*} DROP COLUMN ${col#*.}" >/dev/null
	done
	sql "$1" "UPDATE meta SET value = '2' WHERE key = 'schema'; PRAGMA user_version = 2" >/dev/null
}
# to_v3 DB: makes DB a store of schema 3 (before the duration of events)
to_v3() {
	to_v4 "$1"
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

# a store of schema 2 is upgraded to 5 in place, says so, keeps its documents and gets the schema of
# a new store
# upgraded V OUT: a copy of the new store made one of schema V (by to_vV) is upgraded to 5 by kg build
# --db, which says so and writes OUT; the store then has the schema of a new store
upgraded() {
	cp "$tmp/kg.db" "$tmp/v$1.db"
	"to_v$1" "$tmp/v$1.db"
	upgrade "$1" "$2"
}
# upgrade V OUT: kg build --db upgrades the store $tmp/vV.db of schema V to 5, says so and writes OUT
upgrade() {
	"$kg" build --db "$tmp/v$1.db" -o "$2" -q 2>"$tmp/err" || fail "kg build --db on a schema $1 store exited $?"
	grep -q "kg: note: .*v$1.db: store upgraded in place from schema version $1 to 5" "$tmp/err" ||
		fail "the upgrade from $1 was not reported: $(cat "$tmp/err")"
	[ "$(sql "$tmp/v$1.db" 'PRAGMA user_version')" = 5 ] || fail "the schema $1 store was not migrated"
	[ "$(sql "$tmp/v$1.db" "SELECT value FROM meta WHERE key = 'schema'")" = 5 ] || fail "meta does not say schema 5"
	[ "$(sql "$tmp/v$1.db" 'PRAGMA integrity_check')" = ok ] || fail "the store migrated from $1 fails integrity_check"
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

# a store of schema 3 (events without durations) is upgraded to 5 in place: its events read back as
# before, and events with durations go into it as into a new store
upgraded 3 "$tmp/v3up"
cmp -s "$tmp/v3up/graph.json" "$tmp/v3ev/graph.json" || fail "the store migrated from 3 gives another graph"
added_alike "$src/tests/data/time/durations" 3 "$tmp/v3dur" "$tmp/v4dur"
grep -q '"duration":"P2D"' "$tmp/v3dur/graph.json" || fail "the store migrated from 3 lost the duration"

# a store of schema 4 as kg wrote it (the fixture: the inputs the new store now holds) is upgraded to 5
# in place: every row keeps its document (compared through the text id, since the integer keys depend
# on the order documents were added), the graph is the new store's, and documents go into it as into
# the new store
# rows DB: every row of every table but documents.added, source and origin (the paths it was made
# from), each document's rows named by its text id, sorted
rows() {
	local t cols
	for t in documents entities aliases merges triples events participants; do
		cols=$(sql "$1" "SELECT group_concat('t.\"' || name || '\"', ', ') FROM pragma_table_info('$t')
			WHERE name NOT IN ('doc', 'key', 'added', 'source', 'origin')")
		if [ "$t" = documents ]; then
			sql "$1" "SELECT '$t', $cols FROM documents t ORDER BY t.id"
		else
			sql "$1" "SELECT '$t', d.id, $cols FROM $t t JOIN documents d ON d.key = t.doc ORDER BY d.id, t.ord"
		fi
	done
}
cp "$v4" "$tmp/v4.db"
upgrade 4 "$tmp/v4up"
cmp -s "$tmp/v4up/graph.json" "$tmp/v4dur/graph.json" || fail "the store migrated from 4 gives another graph"
[ "$(sql "$tmp/v4.db" "SELECT count(*) FROM participants")" = 16 ] || fail "the store migrated from 4 lost participants"
diff <(rows "$tmp/v4.db") <(rows "$tmp/kg.db") >"$tmp/diff" ||
	fail "the store migrated from 4 holds other rows than a new store: $(head -5 "$tmp/diff")"
added_alike "$src/examples/news" 4 "$tmp/v4news" "$tmp/v5news"
"$kg" build --db "$tmp/v4.db" -o "$tmp/v4again" -q 2>"$tmp/err" || fail "kg build --db after the upgrade from 4 exited $?"
! grep -q "upgraded" "$tmp/err" || fail "the store was upgraded twice"
# the upgrade from 4 is one transaction too: a table in the way of a new one leaves the store as it was
cp "$v4" "$tmp/half4.db"
sql "$tmp/half4.db" "CREATE TABLE triples_v5(x)" >/dev/null
before=$(sha256sum "$tmp/half4.db" | cut -d' ' -f1)
status=0
"$kg" build --db "$tmp/half4.db" -o "$tmp/half4" -q 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a failed upgrade from 4: exit $status, expected 2"
grep -q "cannot migrate the store" "$tmp/err" || fail "a failed upgrade from 4: no message: $(cat "$tmp/err")"
[ "$(sha256sum "$tmp/half4.db" | cut -d' ' -f1)" = "$before" ] || fail "a failed upgrade from 4 changed the store"
[ "$(sql "$tmp/half4.db" 'PRAGMA user_version')" = 4 ] || fail "a failed upgrade from 4 changed the version"
[ "$(sql "$tmp/half4.db" "SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v5'")" = 1 ] ||
	fail "a failed upgrade from 4 left new tables"
[ "$(sql "$tmp/half4.db" "SELECT count(*) FROM triples WHERE typeof(doc) = 'text'")" -gt 0 ] ||
	fail "a failed upgrade from 4 changed the triples"

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
