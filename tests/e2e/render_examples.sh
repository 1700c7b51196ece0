#!/bin/bash
# render_examples.sh: kg render on the graph of the examples: an ego diagram of depth 1 holds exactly
# the entity and its neighbours, --relation keeps only those relations, --top N draws N entities, the
# output's extension picks the format (SVG, PNG, PDF, DOT, JSON, GraphML), and a name that matches no
# entity or a bad option fails with status 2.
# Usage: render_examples.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
need xmllint python3
# PNG and PDF load Graphviz's pango plugin, whose fontconfig caches LeakSanitizer reports at exit
printf 'leak:libfontconfig\nleak:libpango\nleak:libcairo\nleak:libglib\nleak:libgobject\n' >"$tmp/lsan.supp"
export LSAN_OPTIONS="suppressions=$tmp/lsan.supp:print_suppressions=0"

"$kg" build "$src/examples" -o "$tmp/out" -q || fail "kg build exited $?"
g=$tmp/out/graph.json

# the person with the highest PageRank, asked for by surname, and the ids expected around it
python3 - "$g" >"$tmp/ego" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
people = [n for n in g["nodes"] if n["type"] == "PERSON" and n.get("degree", 0) > 0]
ego = max(people, key=lambda n: (n["pagerank"], n["id"]))
near = {ego["id"]}
for e in g["edges"]:
    if ego["id"] in (e["source"], e["target"]):
        near |= {e["source"], e["target"]}
print(ego["label"].split()[-1])
print(" ".join(sorted(near)))
PY
surname=$(sed -n 1p "$tmp/ego")
want=$(sed -n 2p "$tmp/ego")

# svg_ids SVG: the ids of the entities an SVG draws, sorted, on one line
svg_ids() {
	python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
ids = sorted(e.get("id")[5:] for e in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}g")
             if (e.get("id") or "").startswith("node-"))
print(" ".join(ids))
PY
}

"$kg" render -g "$g" --ego "$surname" --depth 1 -o "$tmp/ego.svg" || fail "kg render --ego exited $?"
xmllint --noout "$tmp/ego.svg" || fail "the ego SVG is not well-formed"
got=$(svg_ids "$tmp/ego.svg")
[ "$got" = "$want" ] || fail "ego diagram of $surname: drew [$got], want [$want]"
grep -q "<title id=\"kg-title\">Relations of " "$tmp/ego.svg" || fail "the ego SVG is not titled after its entity"

# the same selection as JSON
"$kg" render -g "$g" --ego "$surname" -o "$tmp/ego.json" || fail "kg render --ego -o .json exited $?"
got=$(python3 -c 'import json,sys; print(" ".join(sorted(n["id"] for n in json.load(open(sys.argv[1]))["nodes"])))' "$tmp/ego.json")
[ "$got" = "$want" ] || fail "ego JSON: [$got], want [$want]"

# only meetings
"$kg" render -g "$g" --relation meet -o "$tmp/meet.svg" || fail "kg render --relation meet exited $?"
python3 - "$g" "$tmp/meet.svg" <<'PY' || fail "--relation meet drew other relations"
import json, sys, xml.etree.ElementTree as ET
g = json.load(open(sys.argv[1], encoding="utf-8"))
want = sum(1 for e in g["edges"] if e["relation"] == "meet")
edges = [e for e in ET.parse(sys.argv[2]).iter("{http://www.w3.org/2000/svg}g") if "edge" in (e.get("class") or "").split()]
assert edges, "no edge drawn"
assert all("kg-rel-meet" in e.get("class").split() for e in edges), [e.get("class") for e in edges]
assert len(edges) == want, f"{len(edges)} edges drawn, {want} meet edges in graph.json"
PY

# the five most central entities
"$kg" render -g "$g" --top 5 --no-unlinked -o "$tmp/top5.svg" || fail "kg render --top 5 exited $?"
n=$(svg_ids "$tmp/top5.svg" | wc -w)
[ "$n" -eq 5 ] || fail "--top 5 drew $n entities"

# formats by extension, and --responsive
"$kg" render -g "$g" --ego "$surname" -o "$tmp/ego.png" || fail "kg render -o .png exited $?"
head -c 8 "$tmp/ego.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || fail "ego.png is not a PNG"
"$kg" render -g "$g" --relation meet,speak_with -o "$tmp/meet.pdf" || fail "kg render -o .pdf exited $?"
[ "$(head -c 5 "$tmp/meet.pdf")" = "%PDF-" ] || fail "meet.pdf is not a PDF"
"$kg" render -g "$g" --top 10 -o "$tmp/top.dot" || fail "kg render -o .dot exited $?"
grep -q "^digraph" "$tmp/top.dot" || fail "top.dot is not DOT"
"$kg" render -g "$g" --relation meet -o "$tmp/meet.graphml" || fail "kg render -o .graphml exited $?"
xmllint --noout "$tmp/meet.graphml" || fail "meet.graphml is not well-formed"
"$kg" render -g "$g" --responsive >"$tmp/resp.svg" || fail "kg render --responsive exited $?"
grep -q "<svg viewBox=" "$tmp/resp.svg" || fail "--responsive kept a fixed size"
[ -z "$(find "$tmp" -name '*.tmp')" ] || fail "a temporary file was left behind"

# failures: status 2, a message, no output file
set +e
"$kg" render -g "$g" --ego "Nobody Atall Xyz" -o "$tmp/none.svg" 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "an unknown --ego exited $rc, not 2"
grep -q "no entity named" "$tmp/err" || fail "an unknown --ego gave no reason: $(cat "$tmp/err")"
[ ! -e "$tmp/none.svg" ] || fail "a failed render left its output file"
for bad in "--depth 2" "--format gif" "--layout nonsense" "--top x"; do
	set +e
	# shellcheck disable=SC2086 # the option and its value are two words
	"$kg" render -g "$g" $bad >/dev/null 2>"$tmp/err"; rc=$?
	set -e
	[ "$rc" -eq 2 ] || fail "kg render $bad exited $rc, not 2"
	grep -q "^usage: kg render" "$tmp/err" || fail "kg render $bad printed no usage"
done
echo "ok: ego, relation, top and formats"
