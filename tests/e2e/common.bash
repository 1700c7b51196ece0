# common.bash: what the e2e scripts that run kg command by command share (sourced, not a test; the
# test glob takes *.sh): fail, a temporary directory removed on exit, run and expect. Needs $kg set.
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# runs kg with the arguments given; sets $status, stdout in $tmp/out, stderr in $tmp/err
run() { status=0; "$kg" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?; }
expect() { # STATUS WHAT
	[ "$status" -eq "$1" ] || { cat "$tmp/err" >&2; fail "$2: exit $status, expected $1"; }
}
