#!/bin/bash
# curation.sh: issue 19, merges a user can correct: kg build (and kg add) --curation FILE applies same, different,
# type, ignore and rename lines, kg explain names the line that decided, the store keeps the file so
# that a later build without --curation still uses it, and a bad line is "kg: error: FILE:LINE: what"
# with exit 2 and nothing created.
# Usage: curation.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/common.bash"
export LC_ALL=C

# invented people; Taiwan's formal name, which the gazetteer merges into Taiwan
mkdir -p "$tmp/news"
cat >"$tmp/news/a.txt" <<'TXT'
President Tomas Velkaro of Portugal met with Prime Minister Haruto Imabashi of Japan in Lisbon on Monday.
The Republic of China, as Taiwan is formally known, welcomed the talks.
Haruto Imabashi Koren thanked Velkaro for the visit.
TXT
printf '# corrections\nsame\tHaruto Imabashi\tHaruto Imabashi Koren\ndifferent\tTaiwan\tRepublic of China\n' >"$tmp/cur.tsv"
printf 'type\tLisbon\tCITY\n' >>"$tmp/cur.tsv"

# a bad line: FILE:LINE, exit 2, nothing created
run build "$tmp/news" -o "$tmp/o" --curation "$tmp/cur.tsv"
expect 2 "kg build with a bad curation line"
grep -q "^kg: error: $tmp/cur.tsv:4: unknown type 'CITY'; valid: PERSON, ORG, PLACE" "$tmp/err" ||
	{ cat "$tmp/err" >&2; fail "no FILE:LINE error for the bad curation line"; }
[ ! -e "$tmp/o" ] || fail "kg build created $tmp/o before checking the curation file"
run build "$tmp/news" -o "$tmp/o" --curation "$tmp/none.tsv"
expect 2 "kg build with a missing curation file"
[ ! -e "$tmp/o" ] || fail "kg build created $tmp/o for a missing curation file"

# without curation: the gazetteer merges the formal name into Taiwan, and the two spellings stay apart
run build "$tmp/news" -o "$tmp/plain" -q
expect 0 "kg build"
run explain -g "$tmp/plain/graph.json" Taiwan
grep -q "Republic of China: " "$tmp/out" || fail "the test text no longer merges Republic of China into Taiwan"
run explain -g "$tmp/plain/graph.json" "Haruto Imabashi Koren"
expect 0 "the test text no longer keeps Haruto Imabashi Koren apart"

sed -i '$d' "$tmp/cur.tsv"
printf 'ignore\tLisbon\nrename\tTomas Velkaro\tTomás Velkaro\n' >>"$tmp/cur.tsv"
run build "$tmp/news" -o "$tmp/o" --curation "$tmp/cur.tsv" -q
expect 0 "kg build --curation"
run explain -g "$tmp/o/graph.json" Taiwan
expect 0 "kg explain Taiwan"
grep -q "Republic of China: not merged with Taiwan (curation $tmp/cur.tsv:3)" "$tmp/out" ||
	{ cat "$tmp/out" >&2; fail "kg explain does not name the different line"; }
run explain -g "$tmp/o/graph.json" "Republic of China"
expect 0 "Republic of China is an entity of its own"
run explain -g "$tmp/o/graph.json" "Haruto Imabashi"
grep -q "Haruto Imabashi Koren: same as Haruto Imabashi (curation $tmp/cur.tsv:2)" "$tmp/out" ||
	{ cat "$tmp/out" >&2; fail "kg explain does not name the same line"; }
run explain -g "$tmp/o/graph.json" "Tomás Velkaro"
grep -q "renamed Tomás Velkaro (curation $tmp/cur.tsv:5)" "$tmp/out" || fail "no rename"
run explain -g "$tmp/o/graph.json" Lisbon
expect 2 "an ignored entity"

# builds the graph of store $1 alone into $2 and checks that the curation the store keeps applies
store_curation_applies() {
	run build --db "$1" -o "$2" -q
	expect 0 "kg build from $1"
	run explain -g "$2/graph.json" "Republic of China"
	expect 0 "the curation $1 keeps keeps Republic of China apart"
	grep -q "(curation $tmp/cur.tsv:3)" "$tmp/out" || fail "the curation $1 keeps is not named"
}

# the store keeps the curation: a build from the store alone applies it
store_curation_applies "$tmp/o/kg.db" "$tmp/again"

# kg add --curation: a bad line stops it before the store exists; a good one is kept for later builds
printf 'type\tLisbon\tCITY\n' >"$tmp/bad.tsv"
run add "$tmp/news" --db "$tmp/st/kg.db" --curation "$tmp/bad.tsv"
expect 2 "kg add with a bad curation line"
grep -q "^kg: error: $tmp/bad.tsv:1: unknown type 'CITY'" "$tmp/err" || fail "kg add: no FILE:LINE error"
[ ! -e "$tmp/st" ] || fail "kg add created the store before checking the curation file"
run add "$tmp/news" --db "$tmp/st/kg.db" --curation "$tmp/cur.tsv" -q
expect 0 "kg add --curation"
store_curation_applies "$tmp/st/kg.db" "$tmp/fromadd"
echo ok
