#!/bin/bash
# store_identity.sh: documents in the store are keyed by URL or content hash, so none is lost: the same
# file name in two folders, the same JSON Lines file name (and ids) in two directories, and two runs
# on standard input each keep every document; adding the same document again is "unchanged", also
# from another current directory; a changed file replaces its earlier content with a warning naming
# both, and never a document from another source; two JSON Lines documents with one URL are one.
# Usage: store_identity.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/common.bash"
need sqlite3
db=$tmp/st/kg.db

# add WANT ARGS...: kg add ARGS into the store; its summary must say WANT ("A added, R replaced, U unchanged")
add() {
	local want=$1
	shift
	"$kg" add "$@" --db "$db" 2>"$tmp/err" || fail "kg add $* exited $?: $(cat "$tmp/err")"
	grep -q ": $want;" "$tmp/err" || fail "kg add $*: expected '$want': $(cat "$tmp/err")"
}
docs() { sqlite3 -batch "$db" "SELECT count(*) FROM documents"; }
# found NAME...: the graph of the store holds every NAME
found() {
	"$kg" build --db "$db" -o "$tmp/g" -q || fail "kg build --db exited $?"
	for n in "$@"; do grep -q "\"$n\"" "$tmp/g/graph.json" || fail "$n is missing from the graph"; done
}

# the same file name in two folders
mkdir -p "$tmp/t1" "$tmp/t2"
echo "Ada Quill met Bo Lind in Oslo on Monday." >"$tmp/t1/article.txt"
echo "Cy Moor met Di Vance in Bergen on Tuesday." >"$tmp/t2/article.txt"
add "1 added, 0 replaced, 0 unchanged" "$tmp/t1"
add "1 added, 0 replaced, 0 unchanged" "$tmp/t2"
[ "$(docs)" -eq 2 ] || fail "two folders with an article.txt: $(docs) documents stored"
found "Ada Quill" "Bo Lind" "Cy Moor" "Di Vance"
[ "$(sqlite3 -batch "$db" "SELECT count(*) FROM documents WHERE name = 'article.txt' AND id LIKE 'sha256:%'")" -eq 2 ] ||
	fail "the documents are not keyed by content hash with their name kept"

# the same document again, also from another directory and by a relative path: unchanged
add "0 added, 0 replaced, 1 unchanged" "$tmp/t1"
(cd "$tmp" && add "0 added, 0 replaced, 1 unchanged" t1/article.txt)

# a changed file replaces its own earlier content, with a warning naming both; the other folder's stays
echo "Ada Quill met Eve Stark in Oslo on Friday." >"$tmp/t1/article.txt"
add "0 added, 1 replaced, 0 unchanged" "$tmp/t1"
grep -q "warning: $tmp/t1/article.txt: document \"article.txt\" changed since it was stored: it replaces \"article.txt\" (sha256:[0-9a-f]*) from $tmp/t1/article.txt" "$tmp/err" ||
	fail "no warning naming both documents: $(cat "$tmp/err")"
[ "$(docs)" -eq 2 ] || fail "after a replacement: $(docs) documents stored"
found "Eve Stark" "Cy Moor" "Di Vance"
if grep -q '"Bo Lind"' "$tmp/g/graph.json"; then fail "the replaced content is still in the graph"; fi

# the same JSON Lines file name, with the same ids, in two directories
mkdir -p "$tmp/d1" "$tmp/d2"
printf '%s\n' '{"id": "1", "text": "Fay Lund met Gil Roth in Paris."}' '{"id": "2", "text": "Hal Berg visited Rome."}' \
	>"$tmp/d1/feed.jsonl"
printf '%s\n' '{"id": "1", "text": "Ivo Marek met Jon Kerr in Vienna."}' '{"id": "2", "text": "Kai Dunn visited Madrid."}' \
	>"$tmp/d2/feed.jsonl"
add "2 added, 0 replaced, 0 unchanged" "$tmp/d1"
add "2 added, 0 replaced, 0 unchanged" "$tmp/d2"
[ "$(docs)" -eq 6 ] || fail "two feed.jsonl: $(docs) documents stored, expected 6"
found "Fay Lund" "Gil Roth" "Ivo Marek" "Jon Kerr"
# a line added before the others does not make the file's documents new or replaced
{ echo '{"id": "0", "text": "Lea Park met Max Holm in Lyon."}'; cat "$tmp/d1/feed.jsonl"; } >"$tmp/d1/new.jsonl"
mv "$tmp/d1/new.jsonl" "$tmp/d1/feed.jsonl"
add "1 added, 0 replaced, 2 unchanged" "$tmp/d1"

# two runs on standard input: both kept, and the same text again is unchanged
echo "Ned Ward met Ola Berg in Prague." | add "1 added, 0 replaced, 0 unchanged" -
echo "Pia Holt met Rob Lane in Warsaw." | add "1 added, 0 replaced, 0 unchanged" -
echo "Pia Holt met Rob Lane in Warsaw." | add "0 added, 0 replaced, 1 unchanged" -
[ "$(docs)" -eq 9 ] || fail "two runs on standard input: $(docs) documents stored, expected 9"
found "Ned Ward" "Ola Berg" "Pia Holt" "Rob Lane"

# a URL is the key: the same URL with new text replaces, from any file
mkdir -p "$tmp/u1" "$tmp/u2"
echo '{"id": "a", "url": "https://news.example/x", "text": "Sam Reed met Tia Voss in Oslo."}' >"$tmp/u1/u.jsonl"
echo '{"id": "b", "url": "https://news.example/x", "text": "Sam Reed met Uma Lake in Oslo."}' >"$tmp/u2/u.jsonl"
add "1 added, 0 replaced, 0 unchanged" "$tmp/u1"
add "0 added, 1 replaced, 0 unchanged" "$tmp/u2"
[ "$(sqlite3 -batch "$db" "SELECT count(*) FROM documents WHERE id = 'https://news.example/x'")" -eq 1 ] ||
	fail "the document with a URL is not keyed by it"
sqlite3 -batch "$db" "PRAGMA integrity_check" | grep -qx ok || fail "integrity_check"
echo ok
