#!/bin/bash
# report_terminal.sh: what kg shows on a terminal: coloured "error:" labels, none with NO_COLOR or
# when standard error is not a terminal; a progress line (documents, MB/s) during a long read, none
# with -q or off a terminal, cleared before the closing summary.
# Usage: report_terminal.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
need python3
python3 -c 'import pty' 2>/dev/null || { echo "skipped: python3 has no pty module" >&2; exit 77; }

# on_tty ENV COMMAND [MARK]: runs the shell command with standard error (and output) on a new terminal,
# prints everything the terminal received (escapes shown as \x1b) and the exit status last; with MARK,
# creates that file once a progress line has shown (or the terminal has been silent for two minutes,
# so that a command waiting for it never hangs)
cat >"$tmp/run_on_terminal.py" <<'PY'
import os, pty, select, sys
env = dict(os.environ)
env.pop("NO_COLOR", None)
env["TERM"] = "xterm"
for kv in filter(None, sys.argv[1].split(",")):
    k, v = kv.split("=", 1)
    env[k] = v
pid, fd = pty.fork()
if pid == 0:
    os.execvpe("sh", ["sh", "-c", sys.argv[2]], env)
mark = sys.argv[3] if len(sys.argv) > 3 else None
def release():
    if mark and not os.path.exists(mark):
        open(mark, "w").close()
out = b""
while True:
    r, _, _ = select.select([fd], [], [], 120)
    if not r:
        release()
        r, _, _ = select.select([fd], [], [], 120)
        if not r:
            break
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
    if b"documents," in out:
        release()
release()
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace").replace("\x1b", "\\x1b") + "\n")
sys.stdout.write("status %d\n" % os.waitstatus_to_exitcode(status))
PY
on_tty() { python3 "$tmp/run_on_terminal.py" "$@"; }

# colour
on_tty "" "'$kg' query -g '$tmp/none.json' met X" >"$tmp/out"
grep -q 'kg: \\x1b\[1;31merror:\\x1b\[0m' "$tmp/out" || fail "no red error label on a terminal: $(cat "$tmp/out")"
grep -q "status 2" "$tmp/out" || fail "the status changed on a terminal"
on_tty "NO_COLOR=1" "'$kg' query -g '$tmp/none.json' met X" >"$tmp/out"
grep -q 'kg: error:' "$tmp/out" || fail "no error with NO_COLOR: $(cat "$tmp/out")"
if grep -q '\\x1b' "$tmp/out"; then fail "colour with NO_COLOR set"; fi
on_tty "TERM=dumb" "'$kg' query -g '$tmp/none.json' met X" >"$tmp/out"
if grep -q '\\x1b' "$tmp/out"; then fail "colour on a dumb terminal"; fi
set +e
"$kg" query -g "$tmp/none.json" met X 2>"$tmp/err" >/dev/null
set -e
if grep -q $'\x1b' "$tmp/err"; then fail "colour when standard error is a file"; fi

# progress: JSON Lines documents on standard input, the second half held back until the progress line
# has shown (by the terminal's reader, not by a clock), so that it shows however fast the machine is
python3 - "$src/examples/news" "$tmp/docs.jsonl" <<'PY'
import json, os, sys
d = sys.argv[1]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for k in range(4):
        for f in sorted(os.listdir(d)):
            text = open(os.path.join(d, f), encoding="utf-8").read()
            out.write(json.dumps({"id": f"{k}-{f}", "text": text}) + "\n")
PY
held="(cat '$tmp/docs.jsonl'; until [ -e '$tmp/shown' ]; do sleep 0.1; done; cat '$tmp/docs.jsonl')"
on_tty "" "$held | '$kg' extract -x news - >/dev/null" "$tmp/shown" >"$tmp/out"
grep -q 'status 0' "$tmp/out" || fail "kg extract failed on a terminal: $(cat "$tmp/out")"
grep -Eq 'kg: [0-9]+ documents, [0-9.]+ [kMG]B, [0-9.]+ MB/s' "$tmp/out" || fail "no progress line: $(cat "$tmp/out")"
grep -q '\\x1b\[Kkg: [0-9]* triples from 40 documents' "$tmp/out" || fail "the progress line was not cleared before the summary"
# none with -q or off a terminal: the input pauses longer than the delay before a progress line
feed="(cat '$tmp/docs.jsonl'; sleep 3; cat '$tmp/docs.jsonl')"
on_tty "" "$feed | '$kg' extract -q -x news - >/dev/null" >"$tmp/out"
if grep -q 'documents,' "$tmp/out"; then fail "a progress line with -q"; fi
eval "$feed" | "$kg" extract -x news - 2>"$tmp/err" >/dev/null
if grep -q 'documents,' "$tmp/err"; then fail "a progress line when standard error is a file"; fi
echo "ok: colour and progress on a terminal only"
