#!/bin/bash
# durations.sh: how long an event lasted ("a two-day visit", "a 45-minute phone call") goes from the
# text into the event lines of kg extract, through kg merge and kg add into the store, and out of it
# into graph.json and the report; an event whose text gives no length has no "duration" member; a bad
# duration in JSON Lines or in graph.json is an input error.
# Usage: durations.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
data="$src/tests/data/time/durations"

# the events of a graph.json, one "TYPE TRIGGER DATE DURATION" line each ("-" when it has none)
events() { python3 -c '
import json, sys
for e in sorted(json.load(open(sys.argv[1]))["events"], key=lambda e: (e["type"], e["trigger"])):
    print(e["type"], e["trigger"], e["date"], e.get("duration", "-"))' "$1"; }
cat >"$tmp/expected" <<'EXP'
call spoke 2024-06-03 PT45M
meeting met 2024-06-03 -
visit visit 2024-06-02 P2D
EXP

run build "$data" -o "$tmp/direct" -q
expect 0 "kg build"
events "$tmp/direct/graph.json" >"$tmp/got"
diff "$tmp/expected" "$tmp/got" || fail "kg build: the events' durations are wrong"

# kg extract writes the duration in the event lines, only when there is one
run extract --documents "$data" -q
expect 0 "kg extract --documents"
cp "$tmp/out" "$tmp/lines.jsonl"
[ "$(grep -c '"duration":"P2D"' "$tmp/lines.jsonl")" = 1 ] || fail "kg extract: no P2D event line"
[ "$(grep -c '"duration"' "$tmp/lines.jsonl")" = 2 ] || fail "kg extract: a duration on an event without one"

# through kg merge and the store, and through kg add and the store: the same events
run merge --db "$tmp/merged.db" "$tmp/lines.jsonl" -q
expect 0 "kg merge"
run build --db "$tmp/merged.db" -o "$tmp/merged" -q
expect 0 "kg build --db (merged)"
events "$tmp/merged/graph.json" >"$tmp/got"
diff "$tmp/expected" "$tmp/got" || fail "kg merge + store: the durations are lost"
run add "$data" --db "$tmp/added.db" -q
expect 0 "kg add"
run build --db "$tmp/added.db" -o "$tmp/added" -q
expect 0 "kg build --db (added)"
events "$tmp/added/graph.json" >"$tmp/got"
diff "$tmp/expected" "$tmp/got" || fail "kg add + store: the durations are lost"
cmp -s "$tmp/direct/graph.json" "$tmp/added/graph.json" || fail "the store gives another graph than kg build"

# the report's dated list says how long it lasted
run report -g "$tmp/direct/graph.json" -o "$tmp/report.html" -q
expect 0 "kg report"
grep -q '<td>2024-06-02, 2 days</td>' "$tmp/report.html" || fail "the report does not show the visit's 2 days"
grep -q '<td>2024-06-03, 45 minutes</td>' "$tmp/report.html" || fail "the report does not show the call's 45 minutes"

# a bad duration is an input error naming the file and line
sed 's/"duration":"P2D"/"duration":"two days"/' "$tmp/lines.jsonl" >"$tmp/bad.jsonl"
run merge --db "$tmp/bad.db" "$tmp/bad.jsonl"
expect 2 "kg merge of a bad duration"
grep -q "kg: error: .*bad.jsonl:[0-9]*: .*\"duration\" \"two days\" is not an ISO 8601 duration" "$tmp/err" ||
	fail "kg merge: no message for a bad duration: $(cat "$tmp/err")"
sed 's/"duration":"P2D"/"duration":"2 days"/' "$tmp/direct/graph.json" >"$tmp/bad.json"
run report -g "$tmp/bad.json" -o "$tmp/bad.html" -q
expect 2 "kg report of a graph.json with a bad duration"
grep -q "events\[[0-9]*\]: \"duration\" \"2 days\" is not an ISO 8601 duration" "$tmp/err" ||
	fail "kg report: no message for a bad duration: $(cat "$tmp/err")"
echo ok
