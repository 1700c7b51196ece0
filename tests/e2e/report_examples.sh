#!/bin/bash
# report_examples.sh: kg report on the examples writes one self-contained HTML page (nothing loaded
# from elsewhere) with every entity of graph.json drawn, the tables of central entities, meetings and
# documents, each meeting with its evidence; names that look like markup or script stay inert.
# Usage: report_examples.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
need python3

"$kg" build "$src/examples" -o "$tmp/out" -q || fail "kg build exited $?"
# no -o: report.html next to the graph
"$kg" report -g "$tmp/out/graph.json" 2>"$tmp/err" || fail "kg report exited $?"
grep -q "wrote $tmp/out/report.html" "$tmp/err" || fail "kg report did not say where it wrote: $(cat "$tmp/err")"
[ -s "$tmp/out/report.html" ] || fail "out/report.html was not written"

python3 - "$tmp/out/graph.json" "$tmp/out/report.html" <<'PY' || fail "the report is incomplete"
import html, html.parser, json, re, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
page = open(sys.argv[2], encoding="utf-8").read()

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tags, self.sections, self.external = set(), [], {}, []
        self.section = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "section":
            self.section = a.get("id")
            self.sections[self.section] = ""
        for k in ("src", "href", "xlink:href", "action", "data"):
            v = a.get(k) or ""
            if v and not v.startswith("#"):
                self.external.append((tag, k, v))
        if tag in ("link", "iframe", "img", "object", "embed"):
            self.external.append((tag, "", ""))
    def handle_data(self, data):
        if self.section:
            self.sections[self.section] += data

p = Page()
p.feed(page)
assert not p.external, f"loads from elsewhere: {p.external[:5]}"
assert not re.search(r"url\(|@import", page), "CSS loads from elsewhere"
assert p.tags.count("script") == 1 and p.tags.count("svg") == 1, "one script and one drawing"
missing = [n["id"] for n in g["nodes"] if "node-" + n["id"] not in p.ids]
assert not missing, f"entities not drawn: {missing[:10]}"
for s in ("graph", "central", "communities", "meetings", "offices", "documents"):
    assert s in p.sections, f"no section {s}"
meet = p.sections["meetings"]
labels = {n["id"]: n["label"] for n in g["nodes"]}
for e in g["edges"]:
    if e["relation"] not in ("meet", "speak_with"):
        continue
    assert labels[e["source"]] in meet and labels[e["target"]] in meet, f"meeting not listed: {e['source']} {e['target']}"
    ev = e["evidence"][0]
    assert ev["text"][:60] in meet, f"evidence not quoted: {ev['text'][:60]}"
    assert ev["doc"] in meet, f"document not given: {ev['doc']}"
docs = {ev["doc"] for e in g["edges"] for ev in e["evidence"]}
for d in docs:
    assert d in p.sections["documents"], f"document not listed: {d}"
top = max(g["nodes"], key=lambda n: n["pagerank"])
assert top["label"] in p.sections["central"], "the most central entity is not in the table"
print(f"ok: {len(g['nodes'])} entities drawn, {len(docs)} documents listed")
PY

# hostile names: the page keeps one script element, and no attribute comes from a name
cat >"$tmp/hostile.jsonl" <<'J'
{"subject":"</script><script>alert(1)</script>","subject_type":"PERSON","predicate":"meet","object":"\" onmouseover=\"alert(2)","object_type":"PERSON","evidence":{"doc":"<img src=x onerror=alert(3)>","text":"<!-- </title></svg><script>alert(4)</script>"}}
{"subject":"\" onmouseover=\"alert(2)","subject_type":"PERSON","predicate":"holds_position","object":"]]></style><style>*{display:none}</style>","object_type":"ORG","attrs":{"title":"javascript:alert(5)"}}
J
"$kg" build "$tmp/hostile.jsonl" -o "$tmp/h" -q || fail "kg build of hostile names exited $?"
"$kg" report -g "$tmp/h/graph.json" -o - --title '</title><script>alert(6)</script>' >"$tmp/h.html" || fail "kg report -o - exited $?"
python3 - "$tmp/h.html" <<'PY' || fail "a hostile name became markup in the report"
import html.parser, sys
page = open(sys.argv[1], encoding="utf-8").read()
class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad, self.scripts, self.styles = [], 0, 0
    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        self.styles += tag == "style"
        if tag in ("img", "iframe", "object", "embed"):
            self.bad.append(tag)
        for k, v in attrs:
            if k.startswith("on") or (v or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {k}={v}")
p = Page()
p.feed(page)
assert p.scripts == 1, f"{p.scripts} script elements"
assert p.styles <= 2, f"{p.styles} style elements"  # the page's and the drawing's own
assert not p.bad, p.bad
assert page.count("</script>") == 1
assert "alert(1)" in page and "alert(6)" in page, "the names were lost"
print("ok: hostile names inert")
PY
echo "ok: report"
