#!/bin/bash
# report_chromium.sh: the report of the examples in headless Chromium: the page runs its script
# without a console message (it marks <body data-kg-ready="1">), the DOM holds every entity of
# graph.json, report.html#node-ID highlights exactly that entity's relations, and a screenshot is not
# blank. Skipped (77) when Chromium is not installed: scripts/setup --browser installs it.
# Usage: report_chromium.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
browser=""
for b in chromium chromium-browser google-chrome; do
	if command -v "$b" >/dev/null; then
		browser=$b
		break
	fi
done
[ -n "$browser" ] || { echo "skipped: Chromium is not installed (scripts/setup --browser)" >&2; exit 77; }
need python3

"$kg" build "$src/examples" -o "$tmp/out" -q || fail "kg build exited $?"
"$kg" report -g "$tmp/out/graph.json" -o "$tmp/report.html" -q || fail "kg report exited $?"

# chrome ARGS...: headless Chromium in a fresh profile, offline, logging to stderr
chrome() {
	timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync --disable-extensions \
		--user-data-dir="$(mktemp -d -p "$tmp")" --enable-logging=stderr --v=0 "$@"
}

# the entity with the most relations, to open the page with it highlighted
focus=$(python3 -c '
import collections, json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
deg = collections.Counter()
for e in g["edges"]:
    deg[e["source"]] += 1
    deg[e["target"]] += 1
print(max(sorted(deg), key=lambda i: deg[i]))' "$tmp/out/graph.json")

chrome --virtual-time-budget=5000 --dump-dom "file://$tmp/report.html#node-$focus" >"$tmp/dom.html" 2>"$tmp/log" ||
	{ cat "$tmp/log" >&2; fail "Chromium could not load the report"; }
if grep -E "CONSOLE|Uncaught" "$tmp/log" >&2; then
	fail "the page wrote to the console"
fi
python3 - "$tmp/out/graph.json" "$tmp/dom.html" "$focus" <<'PY' || fail "the page in Chromium is not what the report holds"
import json, re, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
focus = sys.argv[3]
body = re.search(r"<body[^>]*>", dom)
assert body and 'data-kg-ready="1"' in body.group(0), "the script did not finish (no data-kg-ready)"
m = re.search(r'data-kg-nodes="(\d+)"', body.group(0))
assert m and int(m.group(1)) == len(g["nodes"]), f"the script found {m and m.group(1)} entities, graph.json has {len(g['nodes'])}"
ids = set(re.findall(r'<g id="node-([^"]+)"', dom))
missing = [n["id"] for n in g["nodes"] if n["id"] not in ids]
assert not missing, f"entities missing from the DOM: {missing[:10]}"
lit = re.findall(r'<g id="(edge-[^"]+)" class="([^"]*)"', dom)
on = [i for i, c in lit if "kg-on" in c.split()]
want = sum(1 for e in g["edges"] if focus in (e["source"], e["target"]))
assert len(on) == want, f"#node-{focus} highlighted {len(on)} relations, it has {want}"
assert all(focus in i for i in on), f"highlighted relations of others: {on}"
assert re.search(r'<g id="node-%s" class="[^"]*kg-sel' % re.escape(focus), dom), "the entity itself is not marked"
print(f"ok: {len(ids)} entities in the DOM, {len(on)} relations of {focus} highlighted")
PY

chrome --window-size=1400,1000 --hide-scrollbars --virtual-time-budget=5000 --screenshot="$tmp/shot.png" \
	"file://$tmp/report.html" >/dev/null 2>"$tmp/log" || { cat "$tmp/log" >&2; fail "no screenshot"; }
[ -s "$tmp/shot.png" ] || fail "no screenshot written"
python3 - "$tmp/shot.png" <<'PY' || fail "the screenshot is blank"
import os, struct, sys, zlib
path = sys.argv[1]
data = open(path, "rb").read()
assert os.path.getsize(path) > 20000, f"only {os.path.getsize(path)} bytes"
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
assert depth == 8 and interlace == 0 and ctype in (2, 6), f"unexpected PNG kind {depth}/{ctype}/{interlace}"
bpp = 3 if ctype == 2 else 4
raw, stride = zlib.decompress(idat), w * bpp
prev, i, colours, inked = bytearray(stride), 0, set(), 0
for y in range(h):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b, c = prev[x], prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 4 == 0:
        for x in range(0, w, 4):
            px = bytes(line[x * bpp:x * bpp + 3])
            colours.add(px)
            inked += px != b"\xff\xff\xff"
    prev = line
samples = ((h + 3) // 4) * ((w + 3) // 4)
assert len(colours) >= 8, f"only {len(colours)} colours"
assert inked > samples // 50, f"only {inked} of {samples} sampled pixels are not white"
print(f"ok: screenshot {w}x{h}, {len(colours)} colours, {100 * inked // samples}% inked")
PY
echo "ok: the report works in Chromium"
