#!/bin/sh
# run-js-tests.sh CATHODE [FILTER] — runs tests/js/test-*.js, each as its own
# `ELECTRON_RUN_AS_NODE=1 CATHODE file` process with a timeout (TEST_TIMEOUT,
# default 60 s), JOBS (default 2) at a time. A test passes when it exits 0.
# RETRIES=N runs a failing test up to N more times, alone; a test that passes
# on a retry counts as passed and is named "flaky" (the sanitizer pass uses
# this: under ASan on a loaded machine, tests with their own short timeouts
# can miss them). Ends with "js: N passed, N failed".
set -u
CATHODE=$(readlink -f "$1")
FILTER=${2:-}
RETRIES=${RETRIES:-0}
cd "$(dirname "$0")/../tests/js" || exit 2
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
ls test-*.js 2>/dev/null | grep -e "$FILTER" | xargs -P "${JOBS:-2}" -I{} sh -c '
  if ELECTRON_RUN_AS_NODE=1 timeout -k 5 "${TEST_TIMEOUT:-60}" "$0" "{}" > "$1/{}.log" 2>&1; then
    echo "PASS {}" > "$1/{}.result"
  else
    echo "FAIL {} (exit $?)" > "$1/{}.result"
  fi' "$CATHODE" "$OUT"
pass=0; fail=0; flaky=""
for r in "$OUT"/*.result; do
  [ -f "$r" ] || continue
  if grep -q '^PASS' "$r"; then pass=$((pass + 1)); continue; fi
  t=$(basename "$r" .result)
  try=0; ok=0
  while [ $try -lt "$RETRIES" ] && [ $ok -eq 0 ]; do
    try=$((try + 1))
    if ELECTRON_RUN_AS_NODE=1 timeout -k 5 "${TEST_TIMEOUT:-60}" "$CATHODE" "$t" > "$OUT/retry.log" 2>&1; then
      ok=1
    fi
  done
  if [ $ok -eq 1 ]; then
    pass=$((pass + 1)); flaky="$flaky $t"
    echo "flaky: $t failed, then passed on retry $try; its first run:"
    sed 's/^/    /' "${r%.result}.log" | tail -n 8
  else
    fail=$((fail + 1)); cat "$r"; sed 's/^/    /' "${r%.result}.log" | tail -n 20
  fi
done
echo "js: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
