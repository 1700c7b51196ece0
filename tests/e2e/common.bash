# common.bash: what the e2e scripts share (sourced, not a test; the test glob takes *.sh): fail, a
# temporary directory removed on exit, skipping when a tool or the shared data is missing, run and
# expect. run needs $kg set, need_shared $shared.
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# need TOOL...: skips the test (exit 77) when a tool is not installed
need() {
	local t
	for t in "$@"; do
		command -v "$t" >/dev/null || { echo "skipped: $t is not installed" >&2; exit 77; }
	done
}
# need_shared PATH...: skips the test when the scorer or gold data is not under $shared
need_shared() {
	local p
	for p in "$@"; do
		[ -n "${shared:-}" ] && [ -e "$shared/$p" ] ||
			{ echo "skipped: no $p under '${shared:-}' (set -DKG_SHARED_DIR=...)" >&2; exit 77; }
	done
}
# runs kg with the arguments given; sets $status, stdout in $tmp/out, stderr in $tmp/err
run() { status=0; "$kg" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?; }
expect() { # STATUS WHAT
	[ "$status" -eq "$1" ] || { cat "$tmp/err" >&2; fail "$2: exit $status, expected $1"; }
}
