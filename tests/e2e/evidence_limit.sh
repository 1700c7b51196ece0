#!/bin/bash
# evidence_limit.sh: kg build --evidence N keeps N evidence items of a relation with more in graph.json
# (the earliest and the latest among them) with the true number as evidence_count, --evidence 0 keeps
# all, and the store keeps every one whatever N; the events and documents lists of a cut graph hold
# what its evidence cites (event_count says how many events an edge has); kg query reads it back, says
# when it lists only those, and answers with every event and sentence from the store (--db).
# Usage: evidence_limit.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"

# six dated reports of one meeting pair (invented names), one per month
mkdir "$tmp/news"
months=(January February March April May June)
for i in 0 1 2 3 4 5; do
	printf 'Report %d.\n\nPresident Valdor Quennick met Prime Minister Ottilie Brambeck in Sarnovia on 12 %s 2023. They discussed trade.\n' \
		"$i" "${months[$i]}" >"$tmp/news/2023-0$((i + 1))-12-talks.txt"
done

# the meet edge of the pair in a graph.json: "count written total first last"
edge() { python3 - "$1" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
for e in g["edges"]:
    if e["relation"] == "meet":
        ev = e["evidence"]
        dates = sorted(x.get("date", "") for x in ev)
        print(len(ev), e.get("evidence_count", len(ev)), int(e["weight"]), dates[0], dates[-1])
        break
else:
    print("none")
PY
}

"$kg" build -q -o "$tmp/all" --evidence 0 "$tmp/news" || fail "kg build --evidence 0 exited $?"
read -r n_all count_all weight first last < <(edge "$tmp/all/graph.json")
[ "$n_all" -ge 5 ] || fail "expected a meet edge with at least 5 evidence items, got '$n_all'"
[ "$count_all" = "$n_all" ] || fail "--evidence 0: evidence_count $count_all for $n_all items"
grep -q evidence_count "$tmp/all/graph.json" && fail "--evidence 0 wrote an evidence_count"

"$kg" build -q -o "$tmp/cut" --evidence 2 "$tmp/news" || fail "kg build --evidence 2 exited $?"
read -r n count w2 f2 l2 < <(edge "$tmp/cut/graph.json")
[ "$n" = 2 ] || fail "--evidence 2 wrote $n items"
[ "$count" = "$n_all" ] || fail "--evidence 2: evidence_count $count, not $n_all"
[ "$w2" = "$weight" ] || fail "--evidence 2 changed the weight: $w2, not $weight"
[ "$f2 $l2" = "$first $last" ] || fail "--evidence 2 kept $f2..$l2, not the earliest and latest $first..$last"

# the default is 3 items; the store has every one
"$kg" build -q -o "$tmp/def" "$tmp/news" || fail "kg build exited $?"
read -r n3 count3 _ < <(edge "$tmp/def/graph.json")
[ "$n3 $count3" = "3 $n_all" ] || fail "default: $n3 items of $count3, expected 3 of $n_all"
stored=$(python3 -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("SELECT count(*) FROM triples WHERE predicate = ?", ("meet",)).fetchone()[0])' "$tmp/def/kg.db")
[ "$stored" -ge "$n_all" ] || fail "the store keeps $stored meet triples, fewer than $n_all"

# the cut graph lists the events and documents of the evidence it writes, and says how many events
# the edge has in all; --evidence 0 lists them all
cited() { python3 - "$1" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
e = next(e for e in g["edges"] if e["relation"] == "meet")
shown = sorted({x["event"] for x in e["evidence"] if "event" in x})
meets = sorted(v["id"] for v in g.get("events", []) if v["type"] == "meeting")
docs = sorted({x["doc"] for x in e["evidence"]})
listed = sorted(d["id"] for d in g.get("documents", []))
print(len(shown), len(e.get("events", [])), e.get("event_count", len(e.get("events", []))), len(meets),
      int(shown == sorted(e.get("events", [])) and shown == meets), int(docs == listed))
PY
}
read -r shown on_edge ev_all meets same docs_same < <(cited "$tmp/all/graph.json")
[ "$shown $on_edge $meets $same $docs_same" = "$n_all $n_all $n_all 1 1" ] ||
	fail "--evidence 0: events $shown/$on_edge/$meets (same $same), documents same $docs_same"
read -r shown on_edge ev_all meets same docs_same < <(cited "$tmp/cut/graph.json")
[ "$shown $on_edge $ev_all $meets $same $docs_same" = "2 2 $n_all 2 1 1" ] ||
	fail "--evidence 2: events of the evidence $shown, on the edge $on_edge of $ev_all, listed $meets (same $same), documents same $docs_same"

# kg query meetings: from the cut graph.json the events it holds, with a note saying so; from the
# store (--db) or from a graph.json of --evidence 0, every one
listed() { "$kg" query -f jsonl "$@" meetings 2>"$tmp/q.err" | grep -c '"query"' || true; }
[ "$(listed -g "$tmp/cut/graph.json")" = 2 ] || fail "kg query meetings of the cut graph: not its 2 events"
grep -q "note: .*evidence limit.*--db" "$tmp/q.err" || fail "kg query meetings of the cut graph: no note ($(cat "$tmp/q.err"))"
[ "$(listed --db "$tmp/cut/kg.db")" = "$n_all" ] || fail "kg query --db meetings: not the $n_all events"
[ -s "$tmp/q.err" ] && fail "kg query --db meetings said: $(cat "$tmp/q.err")"
[ "$(listed -g "$tmp/all/graph.json")" = "$n_all" ] || fail "kg query meetings of --evidence 0: not the $n_all events"
[ -s "$tmp/q.err" ] && fail "kg query meetings of --evidence 0 said: $(cat "$tmp/q.err")"
"$kg" query --db "$tmp/cut/kg.db" -f jsonl met "Valdor Quennick" >"$tmp/met.jsonl" || fail "kg query --db met exited $?"
python3 - "$tmp/met.jsonl" "$n_all" <<'PY' || fail "kg query --db met: not every evidence item"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 1 and len(rows[0]["edge"]["evidence"]) == int(sys.argv[2]), rows
PY

# the cut graph reads back, and written again keeps the count
"$kg" query -g "$tmp/cut/graph.json" met "Valdor Quennick" >/dev/null || fail "kg query of the cut graph exited $?"
"$kg" render -g "$tmp/cut/graph.json" -f json -o "$tmp/again.json" || fail "kg render -f json exited $?"
read -r n4 count4 _ < <(edge "$tmp/again.json")
[ "$n4 $count4" = "2 $n_all" ] || fail "written again: $n4 items of $count4, expected 2 of $n_all"
read -r _ _ ev_all4 _ _ _ < <(cited "$tmp/again.json")
[ "$ev_all4" = "$n_all" ] || fail "written again: event_count $ev_all4, not $n_all"
echo "ok: $n_all evidence items, graph.json keeps 2 (or 3 by default) with evidence_count $n_all"
