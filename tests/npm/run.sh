#!/usr/bin/env bash
# tests/npm/run.sh CATHODE — real npm packages (installed by `npm ci` from
# package.json's devDependencies) under `ELECTRON_RUN_AS_NODE=1 CATHODE`:
#
#  1. tests/npm/test-*.js: each requires one package (or two small ones) and
#     checks results against values computed with Node 20 and written in;
#     a file passes when it exits 0.
#  2. path-browserify's and events' own test files, ports of Node's path and
#     events tests, run against cathode's BUILT-IN path and events: the
#     package is copied to a scratch dir whose entry file re-exports the
#     builtin, with tests/npm/support/tape.js as node_modules/tape. Each
#     path-browserify test file is one result; events' tests/index.js runs
#     every events test file as one tape test, each one result.
#
# tests/npm/known-failures.txt names results that fail for a reason outside
# this harness (a module still missing); they are reported, not counted as
# failures, and the run says when one starts passing. Ends with
# "npm: N passed, N failed, N known failures"; exit 1 on any other failure.
set -u
CATHODE=$(readlink -f "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TMO=${TEST_TIMEOUT:-60}
KNOWN="$HERE/known-failures.txt"
VERBOSE=${VERBOSE:-0}
export ELECTRON_RUN_AS_NODE=1 NO_COLOR=1
unset FORCE_COLOR DEBUG

if [ ! -d "$ROOT/node_modules/lodash" ] || [ ! -d "$ROOT/node_modules/path-browserify" ]; then
  echo "npm: node_modules is not installed (run scripts/deps.sh)"
  echo "npm: 0 passed, 1 failed"
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

pass=0; fail=0; known=0; fixed=""
is_known() { [ -f "$KNOWN" ] && grep -q "^$1\( \|$\)" "$KNOWN"; }
# result NAME OK(0/1) LOGFILE
result() {
  if [ "$2" -eq 0 ]; then
    pass=$((pass + 1)); echo "ok   $1"
    if is_known "$1"; then fixed="$fixed $1"; fi
  elif is_known "$1"; then
    known=$((known + 1)); echo "known $1 ($(grep "^$1\( \|$\)" "$KNOWN" | sed 's/^[^#]*#* *//'))"
    [ "$VERBOSE" = 1 ] && [ -n "${3:-}" ] && sed 's/^/    /' "$3" | tail -n 15
  else
    fail=$((fail + 1)); echo "FAIL $1"
    [ -n "${3:-}" ] && sed 's/^/    /' "$3" | grep -v '^    ok ' | tail -n 25
  fi
}

# 1. smoke scripts, run from the repository so node_modules resolves
for f in "$HERE"/test-*.js; do
  name=$(basename "$f")
  (cd "$ROOT" && timeout -k 5 "$TMO" "$CATHODE" "$f") > "$WORK/$name.log" 2>&1
  rc=$?
  ok=1; [ $rc -eq 0 ] && grep -q '^[0-9]* passed, 0 failed$' "$WORK/$name.log" && ok=0
  result "$name" $ok "$WORK/$name.log"
done

# 2. the packages' own suites against the builtins
mkdir -p "$WORK/pkgs/node_modules/tape"
cp "$HERE/support/tape.js" "$WORK/pkgs/node_modules/tape/index.js"
for dep in functions-have-names has-symbols isarray has function-bind; do
  [ -d "$ROOT/node_modules/$dep" ] && ln -s "$ROOT/node_modules/$dep" "$WORK/pkgs/node_modules/$dep"
done

cp -r "$ROOT/node_modules/path-browserify" "$WORK/pkgs/path-browserify"
echo "module.exports = require('path');" > "$WORK/pkgs/path-browserify/index.js"
asserts_ok=0; asserts_all=0
for f in "$WORK"/pkgs/path-browserify/test/test-*.js; do
  name="path-browserify/$(basename "$f")"
  log="$WORK/$(basename "$f").log"
  (cd "$WORK/pkgs/path-browserify" && timeout -k 5 "$TMO" "$CATHODE" "$f") > "$log" 2>&1
  rc=$?
  p=$(sed -n 's/^# pass *//p' "$log"); q=$(sed -n 's/^# fail *//p' "$log")
  asserts_ok=$((asserts_ok + ${p:-0})); asserts_all=$((asserts_all + ${p:-0} + ${q:-0}))
  result "$name" $([ $rc -eq 0 ] && [ -n "$p" ] && echo 0 || echo 1) "$log"
done
echo "     path-browserify asserts against the builtin path: $asserts_ok of $asserts_all pass"

cp -r "$ROOT/node_modules/events" "$WORK/pkgs/events"
echo "module.exports = require('events');" > "$WORK/pkgs/events/events.js"
log="$WORK/events.log"
(cd "$WORK/pkgs/events" && timeout -k 5 "$TMO" "$CATHODE" tests/index.js) > "$log" 2>&1
rc=$?
# split tape's output into one section per "# ./file.js" test
awk -v dir="$WORK/ev" 'BEGIN { system("mkdir -p " dir) }
  /^# \.\/.*\.js$/ { name = substr($2, 3); printf "" > (dir "/" name); next }
  /^# SKIP \.\// { print "SKIP" > (dir "/" substr($3, 3)); next }
  name != "" { print > (dir "/" name) }' "$log"
p=$(sed -n 's/^# pass *//p' "$log"); q=$(sed -n 's/^# fail *//p' "$log")
for f in "$WORK"/pkgs/events/tests/*.js; do
  b=$(basename "$f")
  case "$b" in index.js|common.js|legacy-compat.js) continue ;; esac
  sec="$WORK/ev/$b"
  if [ ! -f "$sec" ]; then
    result "events/$b" 1 "$log"          # the run died before reaching it
  elif grep -q '^SKIP' "$sec"; then
    echo "skip events/$b (the suite skips it here)"
  else
    result "events/$b" $(grep -q '^not ok' "$sec" && echo 1 || echo 0) "$sec"
  fi
done
if [ -z "$p" ]; then
  # the suite never printed its footer: show why
  fail=$((fail + 1)); echo "FAIL events/tests/index.js did not finish (exit $rc)"
  tail -n 20 "$log" | sed 's/^/    /'
fi

for n in $fixed; do echo "note: $n now passes; remove it from tests/npm/known-failures.txt"; done
echo "npm: $pass passed, $fail failed, $known known failures"
[ "$fail" -eq 0 ]
