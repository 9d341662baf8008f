#!/bin/sh
# run-app-tests.sh [BUILD_DIR] [NAME...] — runs every tests/apps/<name>/ (or
# the named ones) with BUILD_DIR/cathode (default build), one at a time, each
# under a timeout (60 s, or the number in <name>/timeout). An app passes when:
#   - <name>/run.sh exists: `sh run.sh CATHODE` exits 0 (run in <name>/), or
#   - otherwise `cathode <name>` exits with the code in <name>/expect-exit
#     (default 0) and its stdout contains the lines of <name>/expect, in that
#     order (other lines may come between; lines starting with # are comments)
#     and none of the strings in <name>/expect-not (if present).
# Needs a display: with no $DISPLAY it runs itself under scripts/xvfb-run.sh.
# Each app gets fresh XDG config/cache/runtime directories. Ends with
# "apps: N passed, N failed" and exits 1 if any failed.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${1:-build}
[ $# -gt 0 ] && shift
if [ -z "${DISPLAY:-}" ]; then
    exec sh scripts/xvfb-run.sh sh scripts/run-app-tests.sh "$BUILD" "$@"
fi
CATHODE="$(pwd)/$BUILD/cathode"
if [ ! -x "$CATHODE" ]; then
    echo "run-app-tests.sh: $CATHODE is missing; run make first"
    echo "apps: 0 passed, 1 failed"
    exit 1
fi
export WEBKIT_DISABLE_COMPOSITING_MODE="${WEBKIT_DISABLE_COMPOSITING_MODE:-1}"
export NO_AT_BRIDGE=1
TMPROOT=$(mktemp -d)
trap 'rm -rf "$TMPROOT"' EXIT

if [ $# -gt 0 ]; then
    names="$*"
else
    names=$(ls tests/apps)
fi

pass=0
fail=0
failed=""
for name in $names; do
    dir="tests/apps/$name"
    [ -d "$dir" ] || continue
    limit=60
    [ -f "$dir/timeout" ] && limit=$(cat "$dir/timeout")
    home="$TMPROOT/$name"
    mkdir -p "$home/config" "$home/cache" "$home/run"
    chmod 700 "$home/run"
    out="$home/stdout"
    err="$home/stderr"
    start=$(date +%s)
    if [ -f "$dir/run.sh" ]; then
        (cd "$dir" && XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
            XDG_RUNTIME_DIR="$home/run" timeout "$limit" sh run.sh "$CATHODE") >"$out" 2>"$err"
        rc=$?
        want=0
    else
        XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" \
            timeout "$limit" "$CATHODE" "$dir" >"$out" 2>"$err"
        rc=$?
        want=0
        [ -f "$dir/expect-exit" ] && want=$(cat "$dir/expect-exit")
    fi
    secs=$(( $(date +%s) - start ))
    reason=""
    if [ $rc -eq 124 ]; then
        reason="timed out after ${limit}s"
    elif [ "$rc" != "$want" ]; then
        reason="exit code $rc, expected $want"
    elif [ ! -f "$dir/run.sh" ] && [ -f "$dir/expect" ]; then
        # i and n start at 0, not "": an unset subscript would be want[""]
        missing=$(awk '
            BEGIN { n = 0; i = 0 }
            NR == FNR { if ($0 !~ /^#/ && $0 != "") want[n++] = $0; next }
            i < n && $0 == want[i] { i++ }
            END { if (i < n) print want[i] }' "$dir/expect" "$out")
        [ -n "$missing" ] && reason="missing output line: $missing"
    fi
    if [ -z "$reason" ] && [ -f "$dir/expect-not" ]; then
        while IFS= read -r bad; do
            [ -z "$bad" ] && continue
            if grep -qF -- "$bad" "$out"; then reason="unexpected output line: $bad"; break; fi
        done < "$dir/expect-not"
    fi
    if [ -z "$reason" ]; then
        pass=$((pass + 1))
        echo "PASS $name (${secs}s)"
    else
        fail=$((fail + 1))
        failed="$failed $name"
        echo "FAIL $name (${secs}s): $reason"
        echo "--- stdout (last 25 lines)"
        tail -n 25 "$out"
        echo "--- stderr (last 25 lines)"
        tail -n 25 "$err"
        echo "---"
    fi
done
[ $fail -gt 0 ] && echo "failed:$failed"
echo "apps: $pass passed, $fail failed"
[ $fail -eq 0 ]
