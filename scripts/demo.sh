#!/bin/sh
# demo.sh [BUILD_DIR] — `make demo`: runs examples/quick-start with
# BUILD_DIR/cathode (default build), saves a screenshot of its window to
# BUILD_DIR/demo.png and exits 0 when the app did. With no $DISPLAY it runs
# itself again under scripts/xvfb-run.sh.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${1:-build}
if [ -z "${DISPLAY:-}" ]; then
    exec sh scripts/xvfb-run.sh sh scripts/demo.sh "$BUILD"
fi
if [ ! -x "$BUILD/cathode" ]; then
    echo "demo.sh: $BUILD/cathode is missing; run make first" >&2
    exit 1
fi
OUT="$(pwd)/$BUILD/demo.png"
rm -f "$OUT"
# Software rendering under Xvfb: WebKit's non-composited mode paints sooner
# and uses ~40 MB less per web process (../shared/reference/webkit-spike.md).
export WEBKIT_DISABLE_COMPOSITING_MODE="${WEBKIT_DISABLE_COMPOSITING_MODE:-1}"
export NO_AT_BRIDGE=1
CATHODE_DEMO_SCREENSHOT="$OUT" timeout 60 "$BUILD/cathode" examples/quick-start
rc=$?
if [ $rc -ne 0 ]; then
    echo "demo.sh: cathode exited with $rc" >&2
    exit $rc
fi
if [ ! -s "$OUT" ]; then
    echo "demo.sh: no screenshot was written to $OUT" >&2
    exit 1
fi
echo "demo: screenshot in $BUILD/demo.png"
