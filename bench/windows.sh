#!/bin/sh
# windows.sh — issue 3's window benchmarks: cathode vs plain WebKitGTK (the
# anchor) vs headless Chromium, start-up to ready-to-show / did-finish-load
# and process-tree PSS for 1 and 4 windows, and 50 windows opened and closed.
#
#   bench/windows.sh [--build DIR] [windows.py options: --runs N --churn N
#                    --windows 1,4 --only cathode,anchor,chromium --json FILE]
#
# Builds cathode and bench/anchor/webkit_anchor in DIR (default: build),
# installs Debian's chromium when it is missing (root only; otherwise the
# Chromium column is skipped), and runs under scripts/xvfb-run.sh (a private
# Xvfb when DISPLAY is unset).
# The table goes to stdout, progress to stderr.
set -eu
cd "$(dirname "$0")/.."
BUILD=build
if [ "${1:-}" = "--build" ]; then BUILD=$2; shift 2; fi

[ -f "$BUILD/build.ninja" ] || meson setup "$BUILD" >/dev/null
ninja -C "$BUILD" >/dev/null

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "windows.sh: installing chromium (Debian's package)" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
            { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive \
              apt-get install -y -qq --no-install-recommends chromium >/dev/null; } ||
            echo "windows.sh: could not install chromium; its column stays empty" >&2
    else
        echo "windows.sh: chromium is not installed (apt-get install chromium); its column stays empty" >&2
    fi
fi

export NO_AT_BRIDGE=1
exec sh scripts/xvfb-run.sh python3 bench/windows.py --cathode "$BUILD/cathode" --anchor "$BUILD/bench/webkit_anchor" "$@"
