#!/bin/bash
# durations.sh: how long an event lasted ("a two-day visit", "a 45-minute phone call") goes from the
# text into the event lines of kg extract, through kg merge and kg add into the store, and out of it
# into graph.json, the report, GraphML, GEXF, Neo4j, RDF and kg query; an event whose text gives no
# length has no "duration" member, and a graph with none has no duration in any export; a bad duration
# in JSON Lines or in graph.json is an input error.
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

# the exports and kg query say how long the events lasted
g=$tmp/direct/graph.json
run render -g "$g" -f graphml -o "$tmp/g.graphml"
expect 0 "kg render -f graphml"
grep -q '<key id="e_durations" for="edge" attr.name="durations" attr.type="string"/>' "$tmp/g.graphml" ||
	fail "GraphML: no durations key"
grep -q '<data key="e_durations">P2D</data>' "$tmp/g.graphml" || fail "GraphML: the visit's edge has no P2D"
run export -g "$g" --format gexf -o "$tmp/gexf" -q
expect 0 "kg export --format gexf"
grep -q '<attvalue for="durations" value="PT45M"/>' "$tmp/gexf/graph.gexf" || fail "GEXF: the call's edge has no PT45M"
run export -g "$g" --format neo4j -o "$tmp/neo" -q
expect 0 "kg export --format neo4j"
head -1 "$tmp/neo/nodes.csv" | grep -q ',date,place,trigger,duration$' || fail "Neo4j: no duration column"
grep -q ',Event;Visit,EVENT,.*,"visit","P2D"$' "$tmp/neo/nodes.csv" || fail "Neo4j: the visit has no P2D"
python3 - "$tmp/neo/nodes.csv" <<'PY' || fail "Neo4j: the rows of nodes.csv do not match its header"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert all(len(r) == len(rows[0]) for r in rows)
PY
run export -g "$g" --format ntriples -o "$tmp/nt" -q
expect 0 "kg export --format ntriples"
grep -q '<http://schema.org/duration> "PT45M"^^<http://www.w3.org/2001/XMLSchema#duration> \.$' "$tmp/nt/graph.nt" ||
	fail "RDF: the call has no schema:duration"
run query events -g "$g"
expect 0 "kg query events"
grep -q '^2024-06-02, 2 days  *visit  ' "$tmp/out" || fail "kg query events: the visit's 2 days are not beside its date"
grep -q '^2024-06-03  *meeting  ' "$tmp/out" || fail "kg query events: the meeting has more than its date"
run query events -g "$g" --format jsonl
expect 0 "kg query events --format jsonl"
[ "$(grep -c '"duration":"P' "$tmp/out")" = 2 ] || fail "kg query events --format jsonl: not two durations"

# events whose text gives no length: no key, column or statement of durations in any export
run build "$src/tests/data/events/dated.jsonl" -o "$tmp/plain" -q
expect 0 "kg build of events without durations"
run export -g "$tmp/plain/graph.json" --format gexf -o "$tmp/plain/gexf" -q
expect 0 "kg export --format gexf (no durations)"
run export -g "$tmp/plain/graph.json" --format neo4j -o "$tmp/plain/neo" -q
expect 0 "kg export --format neo4j (no durations)"
run export -g "$tmp/plain/graph.json" --format ntriples -o "$tmp/plain/nt" -q
expect 0 "kg export --format ntriples (no durations)"
! grep -l duration "$tmp/plain/graph.graphml" "$tmp/plain/gexf/graph.gexf" "$tmp/plain/neo/nodes.csv" \
	"$tmp/plain/nt/graph.nt" || fail "an export of events without durations speaks of durations"

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
