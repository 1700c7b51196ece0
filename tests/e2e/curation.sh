#!/bin/bash
# curation.sh: issue 19, merges a user can correct: kg build --curation FILE applies same, different,
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

# the store keeps the curation: a build from the store alone applies it
run build --db "$tmp/o/kg.db" -o "$tmp/again" -q
expect 0 "kg build from the store"
run explain -g "$tmp/again/graph.json" "Republic of China"
expect 0 "the store's curation keeps Republic of China apart"
grep -q "(curation $tmp/cur.tsv:3)" "$tmp/out" || fail "the store's curation is not named"
echo ok
