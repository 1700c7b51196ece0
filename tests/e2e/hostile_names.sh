#!/bin/bash
# hostile_names.sh: names that look like markup or DOT syntax stay inert in every output: the SVG and
# GraphML parse as XML and the SVG holds no <script> element, the DOT parses, the JSON is valid and
# keeps the names exactly.
# Usage: hostile_names.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in xmllint python3 dot; do
	command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed" >&2; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/hostile.jsonl" <<'J'
{"subject":"</text><script>alert(1)</script>","subject_type":"PERSON","predicate":"meet","object":"\"; rankdir=LR; x=\"","object_type":"PERSON","evidence":{"text":"<b>bold</b> & \"quoted\""}}
{"subject":"&amp;","subject_type":"ORG","predicate":"leads","object":"back\\slash\\","object_type":"ORG","attrs":{"title":"]]><!--"}}
{"subject":"a\nb","subject_type":"PLACE","predicate":"meet","object":"</text><script>alert(1)</script>","object_type":"PERSON"}
{"subject":"{x} -> y [label=<z>]","subject_type":"PERSON","predicate":"<i>rel</i>","object":"a\nb","object_type":"PLACE"}
J
"$kg" build "$tmp/hostile.jsonl" -o "$tmp/out" || fail "kg build exited $?"
xmllint --noout "$tmp/out/graph.svg" || fail "graph.svg is not well-formed XML"
xmllint --noout "$tmp/out/graph.graphml" || fail "graph.graphml is not well-formed XML"
dot -Tcanon "$tmp/out/graph.dot" >"$tmp/canon.dot" || fail "graph.dot does not parse"
python3 - "$tmp/out" <<'PY' || fail "a name was not kept inert"
import json, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
svg = ET.parse(f"{d}/graph.svg")
bad = [e.tag for e in svg.iter() if e.tag.split("}")[-1].lower() in ("script", "foreignobject", "iframe")]
assert not bad, f"active elements in the SVG: {bad}"
for e in svg.iter():
    for k in e.attrib:
        assert not k.lower().startswith("on"), f"event attribute {k} in the SVG"
g = json.load(open(f"{d}/graph.json", encoding="utf-8"))
labels = {n["label"] for n in g["nodes"]}
want = {"</text><script>alert(1)</script>", '"; rankdir=LR; x="', "&amp;", "back\\slash\\", "a\nb",
        "{x} -> y [label=<z>]"}
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
