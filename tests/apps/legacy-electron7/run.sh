#!/bin/sh
# With its declared electron ^7.1.2 the app gets Electron 7's defaults and
# one warning on stderr; --no-legacy-defaults (argv or app.commandLine) and
# CATHODE_LEGACY_DEFAULTS=0 give today's defaults and no warning. A copy
# declaring 4.2.0 gets nodeIntegration by default as well.
set -u
CATHODE=$1
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
errf=$tmp/stderr
# check LABEL WANTED_STDOUT WARNING ('' for none) — after out= and $errf
check() {
    [ "$out" = "$2" ] || { printf '%s, got:\n%s\nwanted:\n%s\nstderr:\n' "$1" "$out" "$2"; cat "$errf"; fail=1; }
    if [ -n "$3" ]; then
        n=$(grep -cF "$3" "$errf")
        [ "$n" = 1 ] || { echo "$1: warning seen $n times; stderr:"; cat "$errf"; fail=1; }
    elif grep -q 'cathode: package.json' "$errf"; then
        echo "$1: unexpected warning:"; cat "$errf"; fail=1
    fi
}
ipc="fs reads true, global shared by main, contextIsolated false, sandboxed false"
ok_line="ipc legacy: $ipc
legacy: ok"
legacy="$ok_line
no webPreferences: undefined
explicit contextIsolation: undefined"
modern="legacy: ReferenceError: Can't find variable: require
no webPreferences: undefined
explicit contextIsolation: undefined"
warning="cathode: package.json declares electron \"^7.1.2\"; windows get Electron 7's webPreferences defaults: enableRemoteModule: true, contextIsolation: false, sandbox: false"

out=$("$CATHODE" . 2>"$errf"); check legacy "$legacy" "$warning"
out=$("$CATHODE" . --no-legacy-defaults 2>"$errf"); check "--no-legacy-defaults" "$modern" ""
out=$("$CATHODE" --no-legacy-defaults . 2>"$errf"); check "--no-legacy-defaults before the app" "$modern" ""
out=$(CATHODE_LEGACY_DEFAULTS=0 "$CATHODE" . 2>"$errf"); check CATHODE_LEGACY_DEFAULTS=0 "$modern" ""
out=$(TEST_APPEND_SWITCH=1 "$CATHODE" . 2>"$errf"); check "app.commandLine.appendSwitch" "$modern" ""

mkdir "$tmp/app4"
cp main.js index.html "$tmp/app4/"
sed 's/"\^7\.1\.2"/"4.2.0"/' package.json > "$tmp/app4/package.json"
out=$("$CATHODE" "$tmp/app4" 2>"$errf")
check "electron 4.2.0" "ipc legacy: $ipc
ipc no webPreferences: $ipc
legacy: ok
no webPreferences: function
explicit contextIsolation: undefined" "declares electron \"4.2.0\"; windows get Electron 4's webPreferences defaults: nodeIntegration: true, enableRemoteModule: true, contextIsolation: false, sandbox: false"
[ $fail = 0 ] && echo ok
exit $fail
