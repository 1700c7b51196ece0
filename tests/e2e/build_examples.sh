#!/bin/bash
# build_examples.sh: kg build on the bundled examples writes graph.json, graph.dot, graph.svg and
# graph.graphml, each well-formed in its format, the SVG drawing every node of the JSON.
# Usage: build_examples.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
need xmllint python3 dot

"$kg" build "$src/examples" -o "$tmp/out/sub" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "kg build exited $?"; }
cat "$tmp/err" >&2
for f in graph.json graph.dot graph.svg graph.graphml; do
	[ -s "$tmp/out/sub/$f" ] || fail "$f was not written"
done
[ -z "$(find "$tmp/out" -name '*.tmp')" ] || fail "a temporary file was left behind"
grep -q "entities" "$tmp/err" || fail "no summary on standard error"

xmllint --noout "$tmp/out/sub/graph.svg" || fail "graph.svg is not well-formed XML"
xmllint --noout "$tmp/out/sub/graph.graphml" || fail "graph.graphml is not well-formed XML"
dot -Tcanon "$tmp/out/sub/graph.dot" >/dev/null || fail "graph.dot does not parse"

python3 - "$tmp/out/sub" <<'PY' || fail "graph.json and graph.svg disagree"
import json, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
g = json.load(open(f"{d}/graph.json", encoding="utf-8"))
nodes, edges = g["nodes"], g.get("edges", g.get("links"))
assert len(nodes) >= 10, f"only {len(nodes)} nodes"
assert len(edges) >= 5, f"only {len(edges)} edges"
ids = {n["id"] for n in nodes}
assert len(ids) == len(nodes), "node ids are not unique"
for e in edges:
    assert e["source"] in ids and e["target"] in ids, f"edge to an unknown node: {e}"
titles = {t.text for t in ET.parse(f"{d}/graph.svg").iter("{http://www.w3.org/2000/svg}title")}
missing = [n["label"] for n in nodes if n["id"] not in titles and n["label"] not in titles]
assert not missing, f"nodes without an SVG <title>: {missing[:10]}"
print(f"ok: {len(nodes)} nodes, {len(edges)} edges, every node drawn")
PY
