#!/bin/bash
# store_schema.sh: the store carries its schema version; a store of a newer or an older version, a
# SQLite database of another application and a file that is no database are refused with a clear
# message (exit 2) and left untouched, by kg add, kg build --db and kg export --db.
# Usage: store_schema.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v sqlite3 >/dev/null || { echo "skipped: no sqlite3 command (scripts/setup installs it)" >&2; exit 77; }
sql() { sqlite3 -batch "$1" "$2"; }

"$kg" add "$src/examples/triples" --db "$tmp/kg.db" -q || fail "kg add exited $?"
[ "$(sql "$tmp/kg.db" 'PRAGMA user_version')" = 2 ] || fail "user_version is not 2"
[ "$(sql "$tmp/kg.db" "SELECT value FROM meta WHERE key = 'schema'")" = 2 ] || fail "meta has no schema 2"
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
sql "$tmp/newer.db" 'PRAGMA user_version = 3' >/dev/null
refused "$tmp/newer.db" "schema version 3, newer than the version 2 this kg reads" "a newer store"

cp "$tmp/kg.db" "$tmp/older.db"
# a store of version 1 (documents keyed by name) cannot be migrated: the message says why and what to do
sql "$tmp/older.db" "PRAGMA user_version = 1; UPDATE meta SET value = '1' WHERE key = 'schema'" >/dev/null
refused "$tmp/older.db" "schema version 1, older than the version 2 this kg reads, and cannot be migrated (version 1 keyed documents by name.*add the documents again with kg add" "a version 1 store"

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
