#!/bin/sh
# the warnings appear by default and not with ELECTRON_DISABLE_SECURITY_WARNINGS
set -u
CATHODE=$1
out=$("$CATHODE" .) || { echo "exit code $?"; exit 1; }
want="no-csp.html: Disabled webSecurity
no-csp.html: experimentalFeatures
no-csp.html: Insecure Content-Security-Policy
no-csp.html: loaded
csp.html: loaded"
[ "$out" = "$want" ] || { printf 'got:\n%s\nwanted:\n%s\n' "$out" "$want"; exit 1; }
out=$(ELECTRON_DISABLE_SECURITY_WARNINGS=1 "$CATHODE" .) || exit 1
want="no-csp.html: loaded
csp.html: loaded"
[ "$out" = "$want" ] || { printf 'disabled, got:\n%s\n' "$out"; exit 1; }
echo ok
