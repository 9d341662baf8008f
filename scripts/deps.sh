#!/bin/sh
# deps.sh — installs what cathode needs to build, test and run on Debian 12.
#
# Idempotent and quiet: checks first, installs only what is missing. As root
# it runs apt-get itself; otherwise it prints the exact command to run and
# fails. npm packages (readable-stream, embedded in the binary, and the npm
# test material in devDependencies) come from package-lock.json through
# `npm ci`, only when node_modules is missing or older than the lock file.
set -eu
cd "$(dirname "$0")/.."

# build: meson/ninja/gcc and the libraries; tests: Xvfb (app tests, demo),
# x11-utils (xdpyinfo, xwininfo), xdotool (keys and pointer in app tests),
# imagemagick (screenshots of app windows),
# hyperfine (bench/run.sh), clang + libclang-rt-14-dev (libFuzzer: make fuzz,
# the fuzz test group); gcc's libasan/libubsan come with gcc itself.
PKGS="meson ninja-build pkg-config gcc python3 \
libwebkit2gtk-4.1-dev libjavascriptcoregtk-4.1-dev libgtk-3-dev libuv1-dev \
libssl-dev zlib1g-dev libbrotli-dev xvfb xauth x11-utils xdotool imagemagick hyperfine \
clang libclang-rt-14-dev"
# node and npm are the anchors of the benchmarks and install the npm material;
# a machine with its own Node.js (e.g. from nodesource) keeps it.
command -v npm >/dev/null 2>&1 || PKGS="$PKGS nodejs npm"

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "deps.sh: missing Debian packages:$missing" >&2
        echo "deps.sh: run as root: apt-get update && apt-get install -y$missing" >&2
        exit 1
    fi
    echo "deps.sh: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    log=$(mktemp)
    # another apt run on the machine holds the lock for a while: wait for it
    if ! { apt-get update -qq -o DPkg::Lock::Timeout=300 &&
           apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends $missing; } \
           >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        exit 1
    fi
    rm -f "$log"
fi

if [ -f package-lock.json ]; then
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        echo "deps.sh: npm ci"
        npm ci --no-audit --no-fund --loglevel=error >/dev/null
    fi
fi
