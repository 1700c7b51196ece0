#!/bin/bash
# hostile_names.sh: names that look like markup or DOT syntax, or hold newlines and control
# characters, stay inert in every output: the SVG and GraphML parse as XML and the SVG holds only the
# elements a drawing has (no <script>, no event attribute, no javascript: link), the DOT parses with one
# node per entity, the JSON is valid and keeps the names exactly, every CSV that kg export writes parses
# with one record per line, the N-Triples has one triple per line, kg render's outputs from graph.json
# are as inert, and kg query and kg explain print no control character.
# Usage: hostile_names.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
need xmllint python3 dot

cat >"$tmp/hostile.jsonl" <<'J'
{"subject":"</text><script>alert(1)</script>","subject_type":"PERSON","predicate":"meet","object":"\"; rankdir=LR; x=\"","object_type":"PERSON","evidence":{"text":"<b>bold</b> & \"quoted\""}}
{"subject":"&amp;","subject_type":"ORG","predicate":"leads","object":"back\\slash\\","object_type":"ORG","attrs":{"title":"]]><!--"}}
{"subject":"a\nb","subject_type":"PLACE","predicate":"meet","object":"</text><script>alert(1)</script>","object_type":"PERSON"}
{"subject":"{x} -> y [label=<z>]","subject_type":"PERSON","predicate":"<i>rel</i>","object":"a\nb","object_type":"PLACE"}
{"subject":"Bell\u0007Esc\u001b[31mRed\rCR\tTab\u007fDel","subject_type":"PERSON","predicate":"meet","object":"javascript:alert(1)","object_type":"ORG","evidence":"x\u0001y\u009b2J"}
{"subject":"Line\u2028Sep\u2029Para\u0085Nel","subject_type":"PERSON","predicate":"meet","object":"--><!--<![CDATA[x]]>","object_type":"PERSON","attrs":{"title":"\\N\\l\\G"}}
J
"$kg" build "$tmp/hostile.jsonl" -o "$tmp/out" || fail "kg build exited $?"
xmllint --noout "$tmp/out/graph.svg" || fail "graph.svg is not well-formed XML"
xmllint --noout "$tmp/out/graph.graphml" || fail "graph.graphml is not well-formed XML"
dot -Tcanon "$tmp/out/graph.dot" >"$tmp/canon.dot" || fail "graph.dot does not parse"
# check_svg SVG: only the elements a drawing has, no event attribute, no javascript: link
check_svg() {
	xmllint --noout "$1" || fail "$1 is not well-formed XML"
	python3 - "$1" <<'PY' || fail "$1: a name became markup"
import sys, xml.etree.ElementTree as ET
allowed = {"svg", "g", "title", "desc", "defs", "style", "polygon", "polyline", "ellipse", "circle", "rect",
           "path", "line", "text", "tspan", "a", "linearGradient", "radialGradient", "stop", "metadata"}
for e in ET.parse(sys.argv[1]).iter():
    tag = e.tag.split("}")[-1]
    assert tag in allowed, f"a <{tag}> element in the SVG"
    for k, v in e.attrib.items():
        name = k.split("}")[-1].lower()
        assert not name.startswith("on"), f"event attribute {k} in the SVG"
        assert not (name == "href" and v.strip().lower().startswith("javascript:")), f"a javascript: link: {v}"
PY
}
check_svg "$tmp/out/graph.svg"
python3 - "$tmp/out" <<'PY' || fail "a name was not kept inert"
import json, sys
d = sys.argv[1]
g = json.load(open(f"{d}/graph.json", encoding="utf-8"))
labels = {n["label"] for n in g["nodes"]}
want = {"</text><script>alert(1)</script>", '"; rankdir=LR; x="', "&amp;", "back\\slash\\", "a\nb",
        "{x} -> y [label=<z>]", "Bell\x07Esc\x1b[31mRed\rCR\tTab\x7fDel", "javascript:alert(1)",
        "Line\u2028Sep\u2029Para\x85Nel", "--><!--<![CDATA[x]]>"}
assert want <= labels, f"names changed or lost: {want - labels}"
assert len(g["nodes"]) == len(want), f"{len(g['nodes'])} nodes, expected {len(want)}"
print("ok")
PY
# the DOT keeps the graph's shape: as many nodes as the JSON (an injected statement would add some)
python3 - "$tmp/out/graph.json" "$tmp/out/graph.dot" <<'PY' || fail "graph.dot was changed by a name"
import json, subprocess, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
n = subprocess.run(["gvpr", "BEG_G{printf(\"%d\\n\", nNodes($G))}", sys.argv[2]], capture_output=True, text=True)
assert int(n.stdout.strip()) == len(g["nodes"]), f"DOT has {n.stdout.strip()} nodes, JSON {len(g['nodes'])}"
print("ok")
PY

# kg render writes the same graph again from graph.json: as inert
if "$kg" render --help >/dev/null 2>&1; then
	"$kg" render -g "$tmp/out/graph.json" --format svg -o "$tmp/r.svg" || fail "kg render svg exited $?"
	check_svg "$tmp/r.svg"
	"$kg" render -g "$tmp/out/graph.json" --format dot -o "$tmp/r.dot" || fail "kg render dot exited $?"
	dot -Tcanon "$tmp/r.dot" >/dev/null || fail "kg render: the DOT does not parse"
	"$kg" render -g "$tmp/out/graph.json" --format graphml -o "$tmp/r.graphml" || fail "kg render graphml exited $?"
	xmllint --noout "$tmp/r.graphml" || fail "kg render: the GraphML is not well-formed XML"
	"$kg" render -g "$tmp/out/graph.json" --format json -o "$tmp/r.json" || fail "kg render json exited $?"
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/r.json" || fail "kg render: the JSON does not parse"
fi

# kg export: every CSV parses with one record per physical line and one per entity; N-Triples has
# one triple per line
if "$kg" export --help >/dev/null 2>&1; then
	for f in neo4j graphframes ntriples; do
		"$kg" export -q -g "$tmp/out/graph.json" --format "$f" -o "$tmp/x-$f" || fail "kg export $f exited $?"
	done
	python3 - "$tmp" "$tmp/out/graph.json" <<'PY' || fail "kg export: a name broke a record"
import csv, glob, json, re, sys
d, nodes = sys.argv[1], len(json.load(open(sys.argv[2], encoding="utf-8"))["nodes"])
for path in glob.glob(f"{d}/x-*/*.csv"):
    raw = open(path, encoding="utf-8", newline="").read()
    rows = list(csv.reader(raw.splitlines()))
    assert len(rows) == raw.count("\n"), f"{path}: a record spans lines"
    width = len(rows[0])
    assert all(len(r) == width for r in rows), f"{path}: a record has the wrong number of fields"
    if path.endswith(("nodes.csv", "vertices.csv")):
        assert len(rows) == nodes + 1, f"{path}: {len(rows) - 1} records for {nodes} entities"
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", raw), f"{path}: a control character"
for path in glob.glob(f"{d}/x-*/*.nt"):
    for line in open(path, encoding="utf-8"):
        assert re.match(r'^(<[^<>"{}|^`\\\s]*>|_:\S+) <[^<>\s]*> (<[^<>"\s]*>|_:\S+|"([^"\\\n\r]|\\.)*"(@[a-zA-Z-]+|\^\^<[^>]*>)?) \.$', line.rstrip("\n")), \
            f"{path}: not one triple: {line!r}"
print("ok")
PY
fi

# kg query and kg explain print names with their control characters made visible
"$kg" query -g "$tmp/out/graph.json" neighbours 'Bell' >"$tmp/q.txt" 2>&1 || true
"$kg" explain -g "$tmp/out/graph.json" "javascript:alert(1)" >>"$tmp/q.txt" 2>&1 || true
grep -q 'Bell' "$tmp/q.txt" || fail "kg query did not find the name with control characters"
python3 - "$tmp/q.txt" <<'PY' || fail "kg query or kg explain printed a control character"
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read()
bad = re.findall(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", text)
assert not bad, f"control characters in the answer: {bad}"
PY
echo ok
