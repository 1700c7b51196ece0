#!/bin/bash
# events_export.sh: the exports carry events and dates: GEXF (kg export --format gexf) is well-formed XML
# (xmllint) with dynamic spells from the dates; Neo4j has Event nodes and ATTENDED relationships with
# the role; RDF has schema:Event with schema:attendee, schema:startDate and schema:location; GraphML
# has first, last and events; the report has a timeline and the meetings by date; a name or place with
# markup, quotes or line breaks stays text in every one.
# Usage: events_export.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
command -v xmllint >/dev/null || { echo "skipped: no xmllint (scripts/setup installs libxml2-utils)" >&2; exit 77; }
"$kg" build "$src/tests/data/events/dated.jsonl" -o "$tmp/out" -q || fail "kg build exited $?"
g=$tmp/out/graph.json

# GEXF: well-formed, dynamic, one spell per dated period, the name with markup escaped
"$kg" export -g "$g" --format gexf -o "$tmp/gexf" -q || fail "kg export --format gexf exited $?"
f=$tmp/gexf/graph.gexf
xmllint --noout "$f" || fail "graph.gexf is not well-formed XML"
[ "$(xmllint --xpath 'string(/*[local-name()="gexf"]/*[local-name()="graph"]/@mode)' "$f")" = dynamic ] || fail "the GEXF graph is not dynamic"
# Harrow and Renk: the summit day and 20 March, two spells
n=$(xmllint --xpath 'count(//*[local-name()="edge"][@source="bo-harrow" and @target="oda-renk" and @label="meet"]//*[local-name()="spell"])' "$f")
[ "$n" = 2 ] || fail "the Harrow-Renk edge has $n spells, expected 2"
xmllint --xpath 'string(//*[local-name()="edge"][@source="bo-harrow" and @target="oda-renk" and @label="meet"]//*[local-name()="spell"][2]/@start)' "$f" | grep -qx 2025-03-20 ||
	fail "the second spell does not start on 2025-03-20"
# a month-dated planned visit covers its month
grep -q 'start="2025-04-01" end="2025-04-30"' "$f" || fail "a date of month precision is not its whole month"
# the undated edge has no spell
[ "$(xmllint --xpath 'count(//*[local-name()="edge"][@target="pel-durr"]//*[local-name()="spell"])' "$f")" = 0 ] ||
	fail "the undated edge has a spell"
[ "$(xmllint --xpath 'string(//*[local-name()="node"][@id="nell-sarta"]/@label)' "$f")" = 'Nell <Sarta>' ] ||
	fail "the name with markup did not come back as text"

# Neo4j: Event nodes with their kind, ATTENDED with the role
"$kg" export -g "$g" --format neo4j -o "$tmp/neo" -q || fail "kg export --format neo4j exited $?"
head -1 "$tmp/neo/nodes.csv" | grep -q ',date,place,trigger$' || fail "nodes.csv has no date, place, trigger columns"
grep -q '^"ev-1000000000000001","summit",Event;Summit,EVENT,' "$tmp/neo/nodes.csv" || fail "no Summit Event node"
[ "$(grep -c ',ATTENDED,' "$tmp/neo/relationships.csv")" -eq 11 ] || fail "not 11 ATTENDED relationships"
grep -q '^"oda-renk","ev-1000000000000001",ATTENDED,.*,host,"2025-02-03"' "$tmp/neo/relationships.csv" || fail "the host's ATTENDED lacks its role or date"
python3 - "$tmp/neo/nodes.csv" "$tmp/neo/relationships.csv" <<'PY' || fail "the Neo4j CSV rows do not match their headers"
import csv, sys
for path in sys.argv[1:]:
    rows = list(csv.reader(open(path, newline="")))
    assert all(len(r) == len(rows[0]) for r in rows), path
PY

# RDF: schema:Event, attendee, startDate typed by precision, location as the place's entity
"$kg" export -g "$g" --format ntriples -o "$tmp/nt" -q || fail "kg export --format ntriples exited $?"
nt=$tmp/nt/graph.nt
grep -q '^<urn:kg:event:ev-1000000000000001> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Event> \.$' "$nt" || fail "no schema:Event"
[ "$(grep -c '^<urn:kg:event:ev-1000000000000001> <http://schema.org/attendee> ' "$nt")" -eq 5 ] || fail "not five attendees"
grep -q '^<urn:kg:event:ev-1000000000000001> <http://schema.org/startDate> "2025-02-03"^^<http://www.w3.org/2001/XMLSchema#date> \.$' "$nt" || fail "no schema:startDate"
grep -q '^<urn:kg:event:ev-1000000000000004> <http://schema.org/startDate> "2025-04"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> \.$' "$nt" || fail "a month is not a gYearMonth"
grep -q '^<urn:kg:event:ev-1000000000000001> <http://schema.org/location> <urn:kg:entity:port-elvar> \.$' "$nt" || fail "no schema:location"
grep -q '<urn:kg:prop:host> <urn:kg:entity:oda-renk> \.$' "$nt" || fail "the host is not said"

# GraphML: first, last, events; well-formed
"$kg" render -g "$g" -f graphml -o "$tmp/g.graphml" || fail "kg render -f graphml exited $?"
xmllint --noout "$tmp/g.graphml" || fail "the GraphML is not well-formed"
grep -q '<key id="e_first" for="edge" attr.name="first"' "$tmp/g.graphml" || fail "no first key in the GraphML"
grep -q '<data key="e_events">ev-1000000000000001</data>' "$tmp/g.graphml" || fail "no events in the GraphML"

# an undated graph: no columns or keys of time
"$kg" build "$src/examples/triples" -o "$tmp/undated" -q || fail "kg build of the examples exited $?"
grep -q e_first "$tmp/undated/graph.graphml" && fail "an undated GraphML declares first"
"$kg" export -g "$tmp/undated/graph.json" --format neo4j -o "$tmp/neo2" -q || fail "kg export exited $?"
head -1 "$tmp/neo2/nodes.csv" | grep -q date && fail "an undated nodes.csv has a date column"
"$kg" export -g "$tmp/undated/graph.json" --format gexf -o - | xmllint --noout - || fail "the undated GEXF is not well-formed"
# the report: the timeline (events per month) and the events sorted by date, with place and people
"$kg" report -g "$g" -o "$tmp/report.html" || fail "kg report exited $?"
r=$tmp/report.html
grep -q '<section id="events">' "$r" || fail "the report has no events section"
python3 - "$r" <<'PY' || fail "the report's timeline or dated list is wrong"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
sec = html[html.index('<section id="events">'):]
sec = sec[:sec.index('</section>')]
tl = sec[sec.index('class="timeline"'):]
tl = tl[:tl.index('</table>')]
months = re.findall(r'<tr><td>([^<]*)</td><td class="num">(\d+)</td>', tl)
assert months == [("2025-02", "1"), ("2025-03", "2"), ("2025-04", "1")], months
rows = sec[sec.index('<h3>By date</h3>'):]
dates = re.findall(r'<tr><td>([^<]*)</td><td>', rows)
assert dates == ["2025-02-03", "2025-03-10", "2025-03-20", "2025-04"], dates
summit = [r for r in rows.split('<tr>') if r.startswith('<td>2025-02-03')][0]
assert 'Port Elvar' in summit and '(host)' in summit and 'Nell &lt;Sarta&gt;' in summit, summit
assert '<Sarta>' not in html
PY

# hostile names and places: markup, quotes, ampersands and line breaks stay text in every format
h=$tmp/hostile.jsonl
python3 - "$h" <<'PY'
import json, sys
bad = 'Zed "Q" </node><b x=\'1\'>&amp;]]> Lo'
place = '<i>Vell & "Ro"</i>\nend'
ev = {"event": "ev-2000000000000001", "type": "meeting", "trigger": "met", "trigger_start": 0, "trigger_end": 3,
      "place": place, "date": "2025-05-02", "date_source": "text", "flags": [], "confidence": 0.8,
      "extractor": "fixture", "participants": [{"name": bad, "role": "host", "type": "PERSON"},
                                               {"name": "Ina Torv", "role": "guest", "type": "PERSON"}],
      "evidence": {"doc": "d-<h>", "sentence": 0, "start": 0, "end": 10, "text": bad + " met Ina Torv."}}
tr = {"subject": bad, "subject_type": "PERSON", "predicate": "meet", "object": "Ina Torv", "object_type": "PERSON",
      "attrs": {"date": "2025-05-02", "date_source": "text", "event": ev["event"], "location": place},
      "confidence": 0.8, "extractor": "fixture", "evidence": ev["evidence"]}
with open(sys.argv[1], "w") as f:
    f.write(json.dumps(ev) + "\n" + json.dumps(tr) + "\n")
PY
"$kg" build "$h" -o "$tmp/h" -q || fail "kg build of the hostile events exited $?"
hg=$tmp/h/graph.json
"$kg" export -g "$hg" --format gexf -o "$tmp/hx" -q || fail "gexf of hostile names exited $?"
xmllint --noout "$tmp/hx/graph.gexf" || fail "a hostile name broke the GEXF"
xmllint --xpath 'string(//*[local-name()="node"][contains(@label, "Zed")]/@label)' "$tmp/hx/graph.gexf" |
	grep -qxF "Zed \"Q\" </node><b x='1'>&amp;]]> Lo" || fail "the hostile name did not come back from the GEXF"
xmllint --noout "$tmp/h/graph.graphml" || fail "a hostile name broke the GraphML"
"$kg" export -g "$hg" --format neo4j -o "$tmp/hn" -q || fail "neo4j of hostile names exited $?"
"$kg" export -g "$hg" --format ntriples -o "$tmp/hr" -q || fail "ntriples of hostile names exited $?"
"$kg" report -g "$hg" -o "$tmp/h.html" || fail "the report of hostile names exited $?"
python3 - "$tmp/hn/nodes.csv" "$tmp/hn/relationships.csv" "$tmp/hr/graph.nt" "$tmp/h.html" <<'PY' || fail "a hostile name broke Neo4j, RDF or the report"
import csv, re, sys
nodes, rels, nt, html = sys.argv[1:]
bad = 'Zed "Q" </node><b x=\'1\'>&amp;]]> Lo'
for path in (nodes, rels):
    rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
    assert all(len(r) == len(rows[0]) for r in rows), path
    assert any(bad in r for r in rows) or path == rels, path
att = [r for r in csv.reader(open(rels, newline="", encoding="utf-8")) if len(r) > 2 and r[2] == "ATTENDED"]
assert len(att) == 2 and {r[11] for r in att} == {"host", "guest"}, att
iri = r'<[^<>"{}|^`\\\x00-\x20]*>'
lit = r'"(?:[^"\\\n\r]|\\.)*"(?:\^\^' + iri + r'|@[a-zA-Z-]+)?'
line = re.compile(r'^(?:%s|_:\w+) %s (?:%s|_:\w+|%s) \.$' % (iri, iri, iri, lit))
text = open(nt, encoding="utf-8").read().splitlines()
assert all(line.match(l) for l in text), [l for l in text if not line.match(l)][:3]
assert any("schema.org/attendee" in l for l in text)
page = open(html, encoding="utf-8").read()
assert "</node><b" not in page and "<i>Vell" not in page, "raw markup in the report"
assert "&lt;i&gt;Vell" in page, "the place is not in the report"
PY
echo ok
