#!/bin/sh
# run-js-tests.sh CATHODE [FILTER] — runs tests/js/test-*.js, each as its own
# `ELECTRON_RUN_AS_NODE=1 CATHODE file` process with a timeout, two at a time.
# A test passes when it exits 0. Ends with "N passed, N failed".
set -u
CATHODE=$(readlink -f "$1")
FILTER=${2:-}
cd "$(dirname "$0")/../tests/js" || exit 2
OUT=$(mktemp -d)
ls test-*.js 2>/dev/null | grep -e "$FILTER" | xargs -P "${JOBS:-2}" -I{} sh -c '
  if ELECTRON_RUN_AS_NODE=1 timeout -k 5 "${TEST_TIMEOUT:-60}" "$0" "{}" > "$1/{}.log" 2>&1; then
    echo "PASS {}" > "$1/{}.result"
  else
    echo "FAIL {} (exit $?)" > "$1/{}.result"
  fi' "$CATHODE" "$OUT"
pass=0; fail=0
for r in "$OUT"/*.result; do
  [ -f "$r" ] || continue
  if grep -q '^PASS' "$r"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); cat "$r"; sed 's/^/    /' "${r%.result}.log" | tail -n 20
  fi
done
rm -rf "$OUT"
echo "js: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
