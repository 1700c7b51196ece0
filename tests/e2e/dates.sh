#!/bin/bash
# dates.sh: document dates from their strongest source (record, --date, dateline, file name, none),
# on the dated week of tests/data/time/week; a bad --date is a usage error and a bad record date an
# input error that leaves the document to its other sources.
# Usage: dates.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
week="$src/tests/data/time/week"

# the date of each document line of kg extract --documents, as "ID DATE"
doc_dates() { python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line)
    if "document" in o:
        print(o["document"], o["date"])'; }

"$kg" extract --documents -q "$week" | doc_dates >"$tmp/dates" || fail "kg extract exited $?"
cat >"$tmp/expected" <<'EXP'
2024-03-04-talks-open.txt 2024-03-04
2024-03-07-rivas.txt 2024-03-07
2024-03-09-weekend.txt 2024-03-09
2024-03-10-review.txt 2024-03-10
20240306_port-visit.txt 2024-03-06
rivas-okafor.txt 2024-03-08
talks-second-day.txt 2024-03-05
EXP
diff "$tmp/expected" "$tmp/dates" || fail "the week is dated wrongly"

# --date dates only what has no date of its own; a record's date is stronger
printf 'The ministers met on Monday in Oslo.\n' >"$tmp/notes.txt"
printf '{"id":"rec","text":"The ministers met on Monday.","date":"2023-05-02"}\n' >"$tmp/recs.jsonl"
"$kg" extract --documents -q --date 2024-02 "$tmp/notes.txt" "$tmp/recs.jsonl" "$week/rivas-okafor.txt" |
	doc_dates >"$tmp/dates" || fail "kg extract --date exited $?"
printf 'notes.txt 2024-02\nrec 2023-05-02\nrivas-okafor.txt 2024-02\n' | diff - "$tmp/dates" ||
	fail "--date is not between the record and the dateline"
# with no source a document has no date, never today's
"$kg" extract --documents -q "$tmp/notes.txt" >"$tmp/none.out" || [ $? -eq 1 ] || fail "kg extract failed"
doc_dates <"$tmp/none.out" | grep -qx 'notes.txt None' || fail "a document with no date got one"

# a bad --date is a usage error naming the valid forms
set +e
"$kg" build --date 2024-13-01 -o "$tmp/out" "$week" 2>"$tmp/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "bad --date: exit $rc, expected 2"
grep -q "YYYY-MM-DD, YYYY-MM or YYYY" "$tmp/err" || fail "bad --date: no list of the valid forms"
[ ! -e "$tmp/out" ] || fail "bad --date: something was written"

# a bad record date is an input error; the document is still read and dated by --date
printf '{"id":"bad","text":"The ministers met on Monday.","date":"next week-ish"}\n' >"$tmp/bad.jsonl"
set +e
"$kg" extract --documents --date 2024-01-15 "$tmp/bad.jsonl" >"$tmp/bad.out" 2>"$tmp/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "bad record date: exit $rc, expected 2"
grep -q "bad.jsonl:1: record date 'next week-ish' is not a date" "$tmp/err" || fail "bad record date: no error line"
doc_dates <"$tmp/bad.out" | grep -qx 'bad 2024-01-15' || fail "bad record date: --date not used"
echo "ok"

# a web page: its metadata date is the document date, and the time expressions of its text date the
# facts (their evidence offsets point into the HTML, the expressions into the extracted text)
cat >"$tmp/page.html" <<'HTML'
<html><head><title>Harbour talks</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harbour talks</h1>
<p>Foreign Minister Vella Marsk met President Odo Talvin in the capital on <b>Monday</b>. The two
leaders discussed fishing rights.</p><p>Marsk will visit Lisbon next month.</p></article></body></html>
HTML
"$kg" extract -q "$tmp/page.html" >"$tmp/page.out" || fail "kg extract of a page exited $?"
python3 - "$tmp/page.out" <<'PY' || fail "the facts of a web page are not dated by its text"
import json, sys
got = {}
for line in open(sys.argv[1]):
    t = json.loads(line)
    if "predicate" in t:
        a = t.get("attrs", {})
        got[t["predicate"]] = (a.get("date"), a.get("date_source"))
want = {"meet": ("2024-03-04", "text"), "visits": ("2024-04", "text")}
for p, d in want.items():
    if got.get(p) != d: sys.exit("%s: %s, expected %s" % (p, got.get(p), d))
PY

# each document line says where its date came from, "none" included; kg merge reads it back and
# refuses a source it does not know
"$kg" extract --documents -q "$tmp/page.html" "$tmp/notes.txt" "$tmp/recs.jsonl" >"$tmp/docs.out" ||
	[ $? -eq 1 ] || fail "kg extract --documents failed"
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if "document" in o: print(o["document"], o.get("date_from"))' "$tmp/docs.out" >"$tmp/from"
printf 'page.html metadata\nnotes.txt none\nrec record\n' | diff - "$tmp/from" || fail "date_from is wrong"
"$kg" merge -q --db "$tmp/m.db" "$tmp/docs.out" || fail "kg merge of document lines with date_from exited $?"
sed 's/"date_from":"none"/"date_from":"yesterday"/' "$tmp/docs.out" >"$tmp/bad-from.out"
set +e
"$kg" merge -q --db "$tmp/m2.db" "$tmp/bad-from.out" 2>"$tmp/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "unknown date_from: exit $rc, expected 2"
grep -q 'bad-from.out:[0-9]*: "date_from": unknown source "yesterday"' "$tmp/err" ||
	fail "unknown date_from: no error line: $(cat "$tmp/err")"

# JSON Lines records with dates: every fact is dated, and none outside the period the records cover
jsonl="$src/tests/data/time/week.jsonl"
"$kg" extract -q "$jsonl" >"$tmp/week.triples" || fail "kg extract of the dated records exited $?"
"$kg" build -q "$jsonl" -o "$tmp/wk" || fail "kg build of the dated records exited $?"
python3 - "$tmp/week.triples" "$tmp/wk/graph.json" <<'PY' || fail "a fact is dated outside the period of its articles"
import calendar, json, sys
lo, hi = "2024-05-13", "2024-05-17"
def period(d):
    p = d.split("-")
    if len(p) == 3: return d, d
    if len(p) == 2:
        y, m = int(p[0]), int(p[1])
        return "%s-01" % d, "%s-%02d" % (d, calendar.monthrange(y, m)[1])
    return d + "-01-01", d + "-12-31"
def inside(d, what):
    a, b = period(d)
    if a < lo or b > hi:
        sys.exit("%s dated %s, outside %s..%s" % (what, d, lo, hi))
n = 0
for line in open(sys.argv[1]):
    t = json.loads(line)
    if "subject" not in t: continue
    a = t.get("attrs", {})
    if a.get("date_source") not in ("text", "document") or not a.get("date"):
        sys.exit("%s %s %s has no date" % (t["subject"], t["predicate"], t["object"]))
    inside(a["date"], "%s %s %s" % (t["subject"], t["predicate"], t["object"]))
    n += 1
if n < 6: sys.exit("only %d facts" % n)
# the graph: every edge's first and last date, and every evidence date, when the graph carries them
g = json.load(open(sys.argv[2]))
for e in g.get("links", g.get("edges", [])):
    for k in ("first", "last"):
        if e.get(k): inside(e[k], "edge %s-%s %s" % (e.get("source"), e.get("target"), k))
    for ev in e.get("evidence", []):
        if isinstance(ev, dict) and ev.get("date"): inside(ev["date"], "evidence of %s-%s" % (e.get("source"), e.get("target")))
print("%d facts dated inside %s..%s" % (n, lo, hi))
PY
echo "ok"
