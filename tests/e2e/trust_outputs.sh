#!/bin/bash
# trust_outputs.sh: issue 19, what kg says and writes can be trusted: accented names padded by display
# width and never cut (build summary, explain, query), unknown relations and output extensions refused
# with the valid values, a .csv not read as news, nothing created before the inputs are checked,
# GraphML meetings that NetworkX reads in both directions, a graph.dot that dot draws as kg does,
# a hint when planned facts are hidden, and unreadable inputs reported with the likely fix.
# Usage: trust_outputs.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/common.bash"
export LC_ALL=C

# invented people with accented names, a planned trip and an unlinked organisation
mkdir -p "$tmp/news"
cat >"$tmp/news/a.txt" <<'EOF'
Brazilian President Luiz Inácio Ferreira Sámbaro met with French President Émile Dürrenmatt-Côté in Brasília on Monday.
Foreign Minister Tomas Velkaro of Portugal is expected to travel to Kenya in May.
Velkaro is also expected to travel to Chile in June.
Velkaro will also visit Peru in July, his office said.
On Tuesday, Velkaro met with Japanese Foreign Minister Haruto Imabashi in Lisbon.
The Orvanian Chamber of Commerce published its yearly report.
EOF
run build "$tmp/news" -o "$tmp/o"
expect 0 "kg build"

# 4. padding by display width: valid UTF-8, and the type column at the same column on every row
python3 - "$tmp/err" <<'PY' || fail "the build summary cuts or misaligns accented names"
import re, sys, unicodedata
raw = open(sys.argv[1], "rb").read()
text = raw.decode("utf-8")  # raises on a cut sequence
cols = set()
for line in text.splitlines():
    m = re.match(r"^ +\d+\. (.*?) +(PERSON|ORG|PLACE|EVENT|OTHER) +\d", line)
    if m:
        width = sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
                    for c in line[: m.start(2)])
        cols.add(width)
assert len(cols) == 1, cols
assert "Sámbaro" in text
PY
run explain -g "$tmp/o/graph.json" Sámbaro
expect 0 "kg explain of an accented name"
python3 -c 'import sys; t = open(sys.argv[1], "rb").read().decode("utf-8"); assert t.startswith("Luiz Inácio Ferreira Sámbaro\n"), t[:80]' \
	"$tmp/out" || fail "kg explain cuts an accented name"
run query -g "$tmp/o/graph.json" met Sámbaro
python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$tmp/out" || fail "kg query output is not UTF-8"

# 5. strict options: an unknown relation is a usage error that lists the valid ones
run render -g "$tmp/o/graph.json" --relation met -o "$tmp/met.svg"
expect 2 "kg render --relation met"
grep -q "unknown relation 'met'; valid: meet, speak_with" "$tmp/err" || fail "--relation met: valid relations not listed"
[ ! -e "$tmp/met.svg" ] || fail "--relation met wrote a drawing"
run query -g "$tmp/o/graph.json" linked Velkaro --relation metx
expect 2 "kg query --relation metx"
run report -g "$tmp/o/graph.json" --relation met -o "$tmp/r.html"
expect 2 "kg report --relation met"
run render -g "$tmp/o/graph.json" --relation meet,visits -o "$tmp/ok.svg"
expect 0 "kg render --relation meet,visits"
# an extension kg cannot write is an error, and nothing is written
run render -g "$tmp/o/graph.json" -o "$tmp/x.jpg"
expect 2 "kg render -o x.jpg"
grep -q "x.jpg: kg cannot write this kind of file" "$tmp/err" || fail "-o x.jpg: no reason given"
[ ! -e "$tmp/x.jpg" ] || fail "-o x.jpg wrote a file"
run render -g "$tmp/o/graph.json" -o "$tmp/x.jpg" --format svg
expect 0 "--format svg decides over the extension"
# a .csv is not news: an error when named, a warning inside a folder
printf 'name,country\nAda Quill,Norway\n' >"$tmp/people.csv"
run build "$tmp/people.csv" -o "$tmp/csv"
expect 2 "kg build people.csv"
grep -q "people.csv: not read: comma-separated values are neither news text nor triples" "$tmp/err" ||
	fail "a .csv named: no clear error"
cp "$tmp/people.csv" "$tmp/news/"
run build "$tmp/news" -o "$tmp/o2"
expect 0 "kg build of a folder with a .csv"
grep -q "^kg: warning: .*people.csv: skipped" "$tmp/err" || fail "a .csv in a folder: not skipped with a warning"
rm "$tmp/news/people.csv"
# nothing is created before the inputs are checked
status=0
(cd "$tmp" && "$kg" build nosuchfile.txt -o ob) >"$tmp/out" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "kg build nosuchfile.txt: exit $status"
[ ! -e "$tmp/ob" ] || fail "kg build nosuchfile.txt created ob/"
grep -q "nosuchfile.txt: cannot open" "$tmp/err" || fail "the missing input is not named"
run add "$tmp/nosuch" --db "$tmp/st/kg.db"
expect 2 "kg add of a missing input"
[ ! -e "$tmp/st" ] || fail "kg add of a missing input created the store's folder"

# 6. GraphML: NetworkX reads each meeting in both directions
/usr/bin/python3 -c 'import networkx' || fail "NetworkX for /usr/bin/python3 is missing: run scripts/setup"
{
	/usr/bin/python3 - "$tmp/o/graph.graphml" "$tmp/o/graph.json" <<'PY' || fail "GraphML meetings are one-way in NetworkX"
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
g = json.load(open(sys.argv[2]))
meets = [e for e in g["edges"] if e["relation"] == "meet"]
assert meets
for e in meets:
    a, b = e["source"], e["target"]
    assert b in set(G.neighbors(a)) and a in set(G.neighbors(b)), (a, b)
# a directed relation stays one-way
for e in g["edges"]:
    if e["relation"] == "holds_position":
        assert not G.has_edge(e["target"], e["source"]), e
PY
	run render -g "$tmp/o/graph.json" --relation meet -o "$tmp/meet.graphml"
	expect 0 "kg render --relation meet -o meet.graphml"
	/usr/bin/python3 -c 'import sys, networkx as nx; G = nx.read_graphml(sys.argv[1]); assert not G.is_directed()' \
		"$tmp/meet.graphml" || fail "a GraphML of meetings only is not undirected"
}

# 7. graph.dot drawn by dot looks like graph.svg: no raw relation labels, unlinked entities in a
# grid (not one long row), every entity of the graph there
grep -q 'holds_position:' "$tmp/o/graph.dot" && fail "graph.dot labels edges with raw relation names"
dot -Tsvg "$tmp/o/graph.dot" >"$tmp/dot.svg" || fail "dot cannot draw graph.dot"
python3 - "$tmp/dot.svg" "$tmp/o/graph.svg" "$tmp/o/graph.json" <<'PY' || fail "dot does not draw graph.dot as kg draws graph.svg"
import html, json, re, sys
def size(path):
    head = open(path).read(4000)
    w = float(re.search(r'width="([\d.]+)pt"', head).group(1))
    h = float(re.search(r'height="([\d.]+)pt"', head).group(1))
    return w, h
dw, dh = size(sys.argv[1])
kw, kh = size(sys.argv[2])
assert dw / dh < 4 * max(kw / kh, 1 / 4), (dw, dh, kw, kh)
dot = html.unescape(open(sys.argv[1]).read())
for n in json.load(open(sys.argv[3]))["nodes"]:
    assert ">%s</text>" % n["label"] in dot, n["label"]
PY

# 9. planned facts hidden: a hint (three planned trips: Kenya, Chile, Peru)
run query -g "$tmp/o/graph.json" visits Velkaro
expect 1 "kg query visits (planned only)"
grep -q "^kg: note: 3 planned visits not shown; add --planned" "$tmp/err" || { cat "$tmp/err" >&2; fail "no hint of --planned"; }
run query -g "$tmp/o/graph.json" --planned visits Velkaro
expect 0 "kg query --planned visits"
grep -q "planned" "$tmp/err" && fail "a hint with --planned given"

# 9. unreadable inputs: one way, with the likely fix
printf 'Caf\xe9 owner Jos\xe9 met the mayor.\n' >"$tmp/latin.txt"
printf '\xff\xfeH\0i\0 \0t\0h\0e\0r\0e\0\n\0' >"$tmp/utf16.txt"
printf '\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0' >"$tmp/prog"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$tmp/pic.png"
run extract "$tmp/latin.txt"
expect 2 "Latin-1 file"
grep -q "latin.txt:1:4: invalid UTF-8 at byte 3: .*iconv -f WINDOWS-1252 -t UTF-8.*--replace-invalid" "$tmp/err" ||
	fail "Latin-1: no hint of iconv or --replace-invalid"
run extract "$tmp/utf16.txt"
expect 2 "UTF-16 file"
grep -q "UTF-16 text; convert it with iconv -f UTF-16 -t UTF-8" "$tmp/err" || fail "UTF-16: no hint of iconv"
for f in prog pic.png; do
	run extract "$tmp/$f"
	expect 2 "$f named"
	grep -Eq "^kg: error: $tmp/$f: an? [A-Z]+ [a-z]+, not text" "$tmp/err" || { cat "$tmp/err" >&2; fail "$f named: not reported as binary"; }
done
mkdir "$tmp/bin"
cp "$tmp/prog" "$tmp/pic.png" "$tmp/bin/"
cp "$tmp/news/a.txt" "$tmp/bin/"
run extract "$tmp/bin"
expect 0 "a folder with binary files"
for f in prog pic.png; do
	grep -Eq "^kg: warning: $tmp/bin/$f: skipped: an? [A-Z]+ [a-z]+, not text" "$tmp/err" ||
		{ cat "$tmp/err" >&2; fail "$f in a folder: not skipped the same way"; }
done
echo "ok"
