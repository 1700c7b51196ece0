#!/bin/bash
# store_export.sh: kg export writes Neo4j import CSV, GraphFrames CSV and N-Triples that parse (Python's
# csv module, an N-Triples line grammar) with one record per line, and names with quotes, commas,
# semicolons, newlines, backslashes and markup come back as they were (control characters as spaces
# in CSV); exporting from the store gives the same files as exporting its graph.json.
# Usage: store_export.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"

cat >"$tmp/hostile.jsonl" <<'J'
{"subject":"Ada \"The Hammer\" Quill","subject_type":"PERSON","predicate":"meet","object":"Bo, Lind","object_type":"PERSON","subject_aliases":["A; Q","Q,\"A\""],"evidence":{"doc":"d1","text":"Ada \"The Hammer\" Quill met Bo, Lind; then\nleft."}}
{"subject":"Cy\nMoor","subject_type":"PERSON","predicate":"met with","object":"</script><script>alert(1)</script>","object_type":"ORG","evidence":{"doc":"d;2","text":"tab\there"}}
{"subject":"Eve\\Rowe","subject_type":"PERSON","predicate":"holds_position","object":"Zoë Ünal; Ltd","object_type":"ORG","attrs":{"title":"Chief, \"Boss\""},"evidence":{"doc":"d3","text":"x"}}
J
"$kg" build "$tmp/hostile.jsonl" -o "$tmp/out" -q || fail "kg build exited $?"
for f in neo4j graphframes ntriples; do
	"$kg" export --format $f -g "$tmp/out/graph.json" -o "$tmp/$f" -q || fail "kg export --format $f exited $?"
	"$kg" export --format $f --db "$tmp/out/kg.db" -o "$tmp/$f-db" -q || fail "kg export --format $f --db exited $?"
	for g in "$tmp/$f"/*; do
		cmp -s "$g" "$tmp/$f-db/$(basename "$g")" || fail "$f: $(basename "$g") from the store differs from the graph.json one"
	done
done
ls "$tmp/neo4j/nodes.csv" "$tmp/neo4j/relationships.csv" "$tmp/graphframes/vertices.csv" "$tmp/graphframes/edges.csv" \
	"$tmp/ntriples/graph.nt" >/dev/null || fail "a file is missing"
[ ! -e "$tmp/neo4j/nodes.csv.tmp" ] || fail "a temporary file was left"

python3 - "$tmp" <<'P' || fail "the exports do not read back"
import csv, json, re, sys
tmp = sys.argv[1]
g = json.load(open(f"{tmp}/out/graph.json"))
ctl = lambda s: re.sub(r"[\x00-\x1f\x7f]", " ", s)
labels = {n["id"]: n["label"] for n in g["nodes"]}

def rows(path, header):
    text = open(path, newline="").read()
    lines = text.split("\n")
    assert lines[-1] == "", f"{path}: no final newline"
    got = list(csv.reader(text.splitlines(True)))
    assert got[0] == header, f"{path}: header {got[0]}"
    assert len(got) == len(lines) - 1, f"{path}: a record spans lines"
    for r in got:
        assert len(r) == len(header), f"{path}: {len(r)} fields in {r}"
    return [dict(zip(header, r)) for r in got[1:]]

nodes = rows(f"{tmp}/neo4j/nodes.csv", ["id:ID", "name", ":LABEL", "type", "aliases:string[]", "mentions:long",
        "pagerank:double", "betweenness:double", "degree:double", "community:int", "component:int"])
assert {r["id:ID"]: r["name"] for r in nodes} == {k: ctl(v) for k, v in labels.items()}, "neo4j names"
for r in nodes:
    n = next(n for n in g["nodes"] if n["id"] == r["id:ID"])
    want = [ctl(a).replace(";", "\uff1b") for a in n["aliases"]]
    assert (r["aliases:string[]"].split(";") if r["aliases:string[]"] else []) == want, r
    assert r[":LABEL"].split(";")[0] == "Entity"
    float(r["pagerank:double"]); int(r["community:int"])
rels = rows(f"{tmp}/neo4j/relationships.csv", [":START_ID", ":END_ID", ":TYPE", "relation", "weight:int",
        "confidence:double", "symmetric:boolean", "title", "modality", "docs:string[]", "evidence"])
assert len(rels) == len(g["edges"])
for r in rels:
    assert r[":START_ID"] in labels and r[":END_ID"] in labels
    assert re.fullmatch(r"[A-Z0-9_]+", r[":TYPE"]), r[":TYPE"]
assert {r["relation"] for r in rels} == {e["relation"] for e in g["edges"]}
assert any(r[":TYPE"] == "MET_WITH" for r in rels)
assert any(r["title"] == 'Chief, "Boss"' for r in rels)
assert any(r["docs:string[]"] == "d\uff1b2" for r in rels)
assert any("then left." in r["evidence"] for r in rels)

verts = rows(f"{tmp}/graphframes/vertices.csv", ["id", "name", "type", "aliases", "mentions", "pagerank",
        "betweenness", "degree", "community", "component"])
assert {r["id"]: r["name"] for r in verts} == {k: ctl(v) for k, v in labels.items()}, "graphframes names"
edges = rows(f"{tmp}/graphframes/edges.csv", ["src", "dst", "relationship", "weight", "confidence", "symmetric",
        "title", "modality", "docs", "evidence"])
assert sorted((e["src"], e["dst"], e["relationship"]) for e in edges) == \
       sorted((e["source"], e["target"], e["relation"]) for e in g["edges"])

# N-Triples: every line is one statement of IRIs, blank nodes and escaped literals
iri = r'<[^<>"{}|^`\\\x00-\x20]*>'
lit = r'"(?:[^"\\\n\r]|\\[tbnrf"\'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"(?:\^\^' + iri + ')?'
stmt = re.compile(rf'^({iri}|_:[A-Za-z0-9]+) ({iri}) ({iri}|_:[A-Za-z0-9]+|{lit}) \.$')
found = {}
for line in open(f"{tmp}/ntriples/graph.nt", encoding="utf-8").read().split("\n")[:-1]:
    m = stmt.match(line)
    assert m, f"not N-Triples: {line!r}"
    if m.group(2) == "<http://www.w3.org/2000/01/rdf-schema#label>":
        found[m.group(1)] = json.loads(m.group(3).replace("\\'", "'"))
want = {"<urn:kg:entity:" + re.sub(r"[^A-Za-z0-9._~-]", lambda c: "".join(f"%{b:02X}" for b in c.group().encode()), k) + ">": v
        for k, v in labels.items()}
assert found == want, f"labels {found} != {want}"
assert "<urn:kg:rel:met%20with>" in open(f"{tmp}/ntriples/graph.nt").read()
P
# the hostile names stay inert: no markup escapes into the CSV as a bare line
if grep -q '^<' "$tmp/neo4j/nodes.csv" "$tmp/graphframes/vertices.csv"; then fail "a record starts with markup"; fi

# a usage error: two files cannot go to standard output
status=0
"$kg" export --format neo4j -o - -g "$tmp/out/graph.json" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "export --format neo4j -o -: exit $status, expected 2"
"$kg" export --format ntriples -o - -g "$tmp/out/graph.json" | cmp -s - "$tmp/ntriples/graph.nt" ||
	fail "export --format ntriples -o - differs from graph.nt"
echo ok
