#!/bin/bash
# events_roundtrip.sh: events and dates go everywhere the edges go: a JSON Lines file of dated events and
# their derived triples gives graph.json an events list, and each derived edge its event ids and first/last
# dates; kg extract --documents | kg merge into a store and kg build --db give the same graph byte for byte;
# the store keeps events, participants and dates.
# Usage: events_roundtrip.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
in=$src/tests/data/events/dated.jsonl

"$kg" build "$in" -o "$tmp/a" -q || fail "kg build exited $?"
python3 - "$tmp/a/graph.json" <<'PY' || fail "graph.json lacks the events or their dates"
import json, sys
g = json.load(open(sys.argv[1]))
events = {e["id"]: e for e in g["events"]}
assert len(events) == 4, len(events)
summit = events["ev-1000000000000001"]
assert summit["type"] == "summit" and summit["date"] == "2025-02-03" and summit["place"] == "Port Elvar"
assert [p["role"] for p in summit["participants"]] == ["host"] + ["guest"] * 4
assert events["ev-1000000000000004"]["flags"] == ["planned"]
pairs = [e for e in g["edges"] if "ev-1000000000000001" in e.get("events", [])]
assert len(pairs) == 10, len(pairs)
ids = {n["id"]: n for n in g["nodes"]}
for e in g["edges"]:
    for ev in e["evidence"]:
        if "event" in ev:
            assert ev["event"] in events
            assert ev["date"] == events[ev["event"]]["date"] and ev["date_source"] == events[ev["event"]]["date_source"]
    if any("date" in ev for ev in e["evidence"]):
        assert e["first"] <= e["last"] or e["last"].startswith(e["first"][:7]), e
    else:
        assert "first" not in e and "last" not in e
renk_harrow = [e for e in g["edges"] if {e["source"], e["target"]} == {"bo-harrow", "oda-renk"} and e["relation"] == "meet"][0]
assert (renk_harrow["first"], renk_harrow["last"]) == ("2025-02-03", "2025-03-20"), renk_harrow
undated = [e for e in g["edges"] if e["target"] == "pel-durr"][0]
assert "first" not in undated and "events" not in undated
PY

# through kg extract --documents and kg merge: the same graph
"$kg" extract --documents "$in" -o "$tmp/x.jsonl" -q || fail "kg extract exited $?"
[ "$(grep -c '"event":"ev-' "$tmp/x.jsonl")" -ge 4 ] || fail "kg extract wrote no event lines"
grep -q '"events":4' "$tmp/x.jsonl" || fail "the document line does not count the events"
mkdir -p "$tmp/b"
"$kg" merge --db "$tmp/b/kg.db" "$tmp/x.jsonl" -q || fail "kg merge exited $?"
"$kg" build --db "$tmp/b/kg.db" -o "$tmp/b" -q || fail "kg build --db exited $?"
cmp "$tmp/a/graph.json" "$tmp/b/graph.json" || fail "the graph of the merged store differs"

# the store keeps them
if python3 -c 'import sqlite3' 2>/dev/null; then
	python3 - "$tmp/b/kg.db" <<'PY' || fail "the store lacks events, participants or dates"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA user_version").fetchone()[0] == 5
assert db.execute("SELECT count(*) FROM events WHERE duration IS NULL").fetchone()[0] == 4
assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 4
assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == 11
assert db.execute("SELECT n_events FROM documents").fetchone()[0] == 4
assert db.execute("SELECT count(*) FROM triples WHERE event IS NOT NULL AND date_source = 'text'").fetchone()[0] == 12
PY
fi

# an event line of an unknown type is an input error naming the types; the rest goes on
printf '{"event":"ev-x","type":"banquet"}\n' >"$tmp/bad.jsonl"
status=0
"$kg" build "$in" "$tmp/bad.jsonl" -o "$tmp/c" -q 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a bad event line: exit $status, expected 2"
grep -q 'bad.jsonl:1: .*meeting, call, visit, summit' "$tmp/err" || fail "no FILE:LINE message listing the types: $(cat "$tmp/err")"
[ -s "$tmp/c/graph.json" ] || fail "the graph was not written after a bad line"
echo ok
