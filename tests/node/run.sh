#!/usr/bin/env bash
# tests/node/run.sh CATHODE [SUITE_ROOT] — runs the files of Node's own test
# suite listed in tests/node/tests.txt ("module file" per line) under
# `ELECTRON_RUN_AS_NODE=1 CATHODE`, the way Node's, Deno's and Bun's runners
# do (docs: ../shared/reference/node-compat.md §2):
#   - cwd is SUITE_ROOT (the folder holding test/common, test/parallel,
#     test/es-module, test/fixtures; default /work/node_test); each file runs
#     as `CATHODE [flags] test/parallel/FILE` in its own process; a FILE naming
#     a folder (`es-module/test-esm-json.mjs`) is taken from test/ instead
#     (`CATHODE [flags] test/es-module/test-esm-json.mjs`), .mjs files alike;
#   - NODE_TEST_KNOWN_GLOBALS=0 (no leaked-globals check), NODE_SKIP_FLAG_CHECK=1
#     (test/common does not re-spawn itself), a TEST_SERIAL_ID per test so
#     parallel tests get separate tmpdirs, NO_COLOR=1;
#   - the first "// Flags:" line is passed on the command line when cathode
#     accepts every flag in it; otherwise the test is SKIPPED, not run without;
#   - a test passes when it exits 0 within TEST_TIMEOUT seconds (default 60).
# The suite is Node's code and is never committed; when SUITE_ROOT is absent
# (as on CI) the run prints a skip message and exits 0.
#
# tests/node/expected-pass.txt lists the files that passed when it was last
# updated: the run fails only when one of them does not pass (a regression),
# and lists newly passing files so they can be added (UPDATE_EXPECTED=1
# rewrites the file from this run). Prints per-module counts and ends with
# "N passed, N failed, N skipped". Env: JOBS (default 2), FILTER (a regexp on
# the file name), KEEP_LOGS=1 keeps each test's output.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
CATHODE=$(readlink -f "${1:?usage: tests/node/run.sh CATHODE [SUITE_ROOT]}")
ROOT=${2:-${NODE_SUITE_ROOT:-/work/node_test}}
LIST=$HERE/tests.txt
EXPECT=$HERE/expected-pass.txt
JOBS=${JOBS:-2}
TMO=${TEST_TIMEOUT:-60}
FILTER=${FILTER:-.}

if [ ! -d "$ROOT/test/parallel" ] || [ ! -d "$ROOT/test/common" ]; then
  echo "node-suite: no Node test suite at $ROOT (it is not committed; see"
  echo "node-suite: ../shared/reference/node-compat.md §1.1 to extract one); skipped"
  exit 0
fi
ROOT=$(cd "$ROOT" && pwd)
[ -x "$CATHODE" ] || { echo "node-suite: $CATHODE is not executable"; exit 2; }

OUT=$(mktemp -d)
trap '[ "${KEEP_LOGS:-0}" = 1 ] || rm -rf "$OUT"' EXIT

# Flags cathode's run-as-node command line accepts (src/main/main.c). A test
# whose Flags line holds anything else is skipped.
SUPPORTED=" --no-warnings --pending-deprecation --no-deprecation --expose-gc --expose_gc"
SUPPORTED="$SUPPORTED --trace-warnings --throw-deprecation --trace-deprecation"
SUPPORTED="$SUPPORTED --abort-on-uncaught-exception --trace-uncaught --preserve-symlinks"
SUPPORTED="$SUPPORTED --enable-source-maps --no-addons --harmony --unhandled-rejections=strict"
SUPPORTED="$SUPPORTED --unhandled-rejections=warn --unhandled-rejections=none"
SUPPORTED="$SUPPORTED --unhandled-rejections=throw --unhandled-rejections=warn-with-error-code"
SUPPORTED="$SUPPORTED --experimental-require-module --no-experimental-require-module"
SUPPORTED="$SUPPORTED --experimental-import-meta-resolve "

run_one() {
  local id=$1 mod=$2 name=$3 rel="test/parallel/$3" f flags fl rc
  case "$name" in */*) rel="test/$name" ;; esac
  f="$ROOT/$rel"
  if [ ! -f "$f" ]; then
    echo "SKIP $mod $name (not in the suite)" > "$OUT/$id.res"; return
  fi
  flags=$(sed -n '1,40{s#^// Flags: *##p}' "$f" | head -n 1)
  for fl in $flags; do
    case "$SUPPORTED" in
      *" $fl "*) ;;
      *) case "$fl" in
           --stack-trace-limit=*|--title=*|--max-old-space-size=*|--stack-size=*) ;;
           *) echo "SKIP $mod $name (flag $fl)" > "$OUT/$id.res"; return ;;
         esac ;;
    esac
  done
  (cd "$ROOT" && env ELECTRON_RUN_AS_NODE=1 NODE_TEST_KNOWN_GLOBALS=0 NODE_SKIP_FLAG_CHECK=1 \
      NO_COLOR=1 TEST_SERIAL_ID="$id" timeout -k 5 "$TMO" "$CATHODE" $flags "$rel" \
      < /dev/null > "$OUT/$id.log" 2>&1)
  rc=$?
  if [ $rc -eq 0 ]; then
    if grep -q '^1\.\.0 # Skipped' "$OUT/$id.log"; then
      echo "SKIP $mod $name ($(sed -n 's/^1\.\.0 # Skipped: *//p' "$OUT/$id.log" | head -n 1))" > "$OUT/$id.res"
    else
      echo "PASS $mod $name" > "$OUT/$id.res"
    fi
  elif [ $rc -ge 124 ] && [ $rc -le 137 ]; then
    echo "FAIL $mod $name (timeout or signal, rc=$rc)" > "$OUT/$id.res"
  else
    echo "FAIL $mod $name (rc=$rc)" > "$OUT/$id.res"
  fi
}
export -f run_one
export ROOT CATHODE OUT TMO SUPPORTED

start=$(date +%s)
awk '!/^#/ && NF >= 2 {print NR, $1, $2}' "$LIST" | grep -E -e "$FILTER" \
  | xargs -P "$JOBS" -n 3 bash -c 'run_one "$0" "$1" "$2"'
# tests that leave their tmpdir behind (a crash before the exit hook)
rm -rf "$ROOT"/test/.tmp.* 2>/dev/null

cat "$OUT"/*.res 2>/dev/null | sort -k2,2 -k3,3 > "$OUT/summary"
pass=$(grep -c '^PASS' "$OUT/summary"); fail=$(grep -c '^FAIL' "$OUT/summary")
skip=$(grep -c '^SKIP' "$OUT/summary")

echo "module            pass  fail  skip"
awk '{ m[$2]++; if ($1 == "PASS") p[$2]++; else if ($1 == "FAIL") f[$2]++; else s[$2]++ }
     END { for (k in m) printf "%-16s %5d %5d %5d\n", k, p[k], f[k], s[k] }' "$OUT/summary" | sort

regress=0; newly=""
if [ -f "$EXPECT" ]; then
  for n in $(awk '!/^#/ && NF {print $NF}' "$EXPECT"); do
    if ! grep -q " $n\$" "$OUT/summary"; then continue; fi   # filtered out
    if ! grep -q "^PASS [^ ]* $n\$" "$OUT/summary"; then
      regress=$((regress + 1))
      grep " $n\( \|\$\)" "$OUT/summary" | sed 's/^[A-Z]*/REGRESSION:/'
    fi
  done
  for n in $(awk '$1 == "PASS" {print $3}' "$OUT/summary"); do
    grep -q "^$n\$" "$EXPECT" || newly="$newly $n"
  done
fi
# the output of each regression, so CI logs show why
if [ "$regress" -gt 0 ]; then
  for r in "$OUT"/*.res; do
    n=$(awk '{print $3}' "$r")
    if [ -f "$EXPECT" ] && grep -q "^$n\$" "$EXPECT" && ! grep -q '^PASS' "$r"; then
      echo "---- $n"; tail -n 15 "${r%.res}.log" 2>/dev/null | sed 's/^/    /'
    fi
  done
fi
[ -n "$newly" ] && echo "newly passing (add to tests/node/expected-pass.txt):$newly"
if [ "${UPDATE_EXPECTED:-0}" = 1 ]; then
  { echo "# Node test files (tests/node/tests.txt) that pass under cathode; a run fails"
    echo "# when one of them does not pass. Regenerate: UPDATE_EXPECTED=1 make node-suite"
    awk '$1 == "PASS" {print $3}' "$OUT/summary" | sort; } > "$EXPECT"
  echo "node-suite: wrote $(grep -vc '^#' "$EXPECT") names to $EXPECT"
fi
if [ "${VERBOSE:-0}" = 1 ]; then cat "$OUT/summary"; fi
[ "${KEEP_LOGS:-0}" = 1 ] && echo "logs: $OUT"
echo "node-suite: $(( $(date +%s) - start )) s, $regress regressions against expected-pass.txt"
echo "$pass passed, $fail failed, $skip skipped"
[ "$regress" -eq 0 ]
