#!/bin/sh
# deps.sh — installs what cathode needs to build, test and run on Debian 12.
#
# Idempotent: checks first, installs only what is missing. As root it runs
# apt-get itself; otherwise it prints the exact command to run and fails.
# npm packages (the Node-compat test material, the pure-JS dependencies)
# come from package-lock.json through `npm ci`, only when node_modules is
# missing or older than the lock file.
set -eu
cd "$(dirname "$0")/.."

PKGS="meson ninja-build pkg-config gcc python3 \
libwebkit2gtk-4.1-dev libjavascriptcoregtk-4.1-dev libgtk-3-dev libuv1-dev \
libssl-dev zlib1g-dev xvfb xauth x11-utils"
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
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ -f package-lock.json ]; then
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        echo "deps.sh: npm ci"
        npm ci --no-audit --no-fund --loglevel=error
    fi
fi
