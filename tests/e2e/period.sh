#!/bin/bash
# period.sh: --since and --until on kg build, query, render, report and export keep what is dated in the
# period (a month or a year covers its whole period); a bad date is a usage error (exit 2) listing the
# formats; kg query prints a DATE column for dated graphs only, and answers meetings --with, events --in
# (tables sorted by date, and JSON Lines).
# Usage: period.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
in=$src/tests/data/events/dated.jsonl
"$kg" build "$in" -o "$tmp/all" -q || fail "kg build exited $?"
g=$tmp/all/graph.json

# kg build --since/--until: March 2025 only
"$kg" build "$in" -o "$tmp/march" --since 2025-03 --until 2025-03 -q || fail "kg build --since exited $?"
python3 - "$tmp/march/graph.json" <<'PY' || fail "kg build --since/--until kept the wrong facts"
import json, sys
g = json.load(open(sys.argv[1]))
assert len(g["edges"]) == 2, g["edges"]
for e in g["edges"]:
    for ev in e["evidence"]:
        assert ev["date"].startswith("2025-03"), ev
assert sorted(e["id"] for e in g["events"]) == ["ev-1000000000000002", "ev-1000000000000003"]
PY

# the same period through render (json), export and query
"$kg" render -g "$g" -f json --since 2025-03 --until 2025-03 -o "$tmp/r.json" || fail "kg render --since exited $?"
cmp -s <(python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print(sorted((e["source"],e["target"],e["relation"],e["weight"]) for e in g["edges"]))' "$tmp/r.json") \
       <(python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print(sorted((e["source"],e["target"],e["relation"],e["weight"]) for e in g["edges"]))' "$tmp/march/graph.json") ||
	fail "kg render --since/--until and kg build --since/--until disagree"
"$kg" export -g "$g" --format ntriples --since 2025 -o "$tmp/exp" -q || fail "kg export --since exited $?"
grep -q 'pel-durr' "$tmp/exp/graph.nt" && fail "kg export --since kept the undated fact"
"$kg" report -g "$g" --until 2025-02 -o "$tmp/report.html" -q || fail "kg report --until exited $?"
grep -q 'Lake Ossin' "$tmp/report.html" && fail "kg report --until 2025-02 shows a March meeting"

# query: the DATE column, the period, events
"$kg" query -g "$g" met Harrow >"$tmp/q" || fail "kg query exited $?"
head -2 "$tmp/q" | tail -1 | grep -q '  DATE  ' || fail "no DATE column: $(cat "$tmp/q")"
grep -q '2025-02-03\.\.2025-03-20' "$tmp/q" || fail "no first..last dates: $(cat "$tmp/q")"
status=0
"$kg" query -g "$g" met Harrow --until 2025-01 >"$tmp/q" || status=$?
[ "$status" -eq 1 ] || fail "nothing met Harrow before February: exit $status, expected 1"
"$kg" query -g "$g" meetings --with Harrow >"$tmp/q" || fail "kg query meetings --with exited $?"
[ "$(sed -n 1p "$tmp/q")" = "2 events" ] || fail "meetings --with Harrow: $(cat "$tmp/q")"
sed -n 3p "$tmp/q" | grep -q '^2025-02-03  summit' || fail "meetings are not sorted by date: $(cat "$tmp/q")"
sed -n 4p "$tmp/q" | grep -q '^2025-03-20  meeting  Lake Ossin' || fail "meetings are not sorted by date: $(cat "$tmp/q")"
"$kg" query -g "$g" events --in 'port elvar' --planned -f jsonl >"$tmp/q" || fail "kg query events --in exited $?"
[ "$(wc -l <"$tmp/q")" -eq 2 ] || fail "events --in Port Elvar: $(cat "$tmp/q")"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/q" || fail "events --format jsonl is not JSON Lines"
status=0
"$kg" query -g "$g" meetings --with Nobody-Here 2>"$tmp/err" >/dev/null || status=$?
[ "$status" -eq 2 ] || fail "meetings --with an unknown name: exit $status, expected 2"

# bad dates: usage errors listing the formats, for every command
for cmd in "build $in -o $tmp/bad" "query -g $g met Harrow" "render -g $g -o $tmp/bad.svg" "report -g $g -o $tmp/bad.html" \
	"export -g $g --format ntriples -o $tmp/badexp"; do
	for bad in "--since 2025-13" "--until yesterday" "--since 2025-03 --until 2025-02"; do
		status=0
		# shellcheck disable=SC2086 # the command is meant to split into words
		"$kg" $cmd $bad >/dev/null 2>"$tmp/err" || status=$?
		[ "$status" -eq 2 ] || fail "kg $cmd $bad: exit $status, expected 2"
		grep -q 'YYYY-MM-DD, YYYY-MM or YYYY\|the period is empty' "$tmp/err" || fail "kg $cmd $bad: $(cat "$tmp/err")"
	done
done
[ ! -e "$tmp/bad" ] && [ ! -e "$tmp/bad.svg" ] || fail "a refused command wrote something"

# a graph without dates: no DATE column, as before
"$kg" build "$src/examples/triples" -o "$tmp/undated" -q || fail "kg build of the examples exited $?"
"$kg" query -g "$tmp/undated/graph.json" met Blinken | grep -q DATE && fail "an undated graph got a DATE column"
echo ok
