#!/bin/sh
# run-tests.sh [--only GROUPS] [BUILD_DIR] — every test group, in order:
#   unit    C unit tests (BUILD_DIR/tests/unit/test-*, built by meson)
#   js      tests/js through scripts/run-js-tests.sh
#   npm     tests/npm/run.sh (real npm packages, Node's path/events test ports)
#   apps    scripts/run-app-tests.sh under scripts/xvfb-run.sh, when it exists
#   layering  scripts/check-includes.sh
#   asan    ASan+UBSan build in $ASAN_BUILD (default build-asan): the C unit
#           tests and the tests/js run-as-node tests again
#   fuzz    the libFuzzer targets of tests/fuzz, built in $FUZZ_BUILD (default
#           build-fuzz, CC=clang -Dfuzz=true), FUZZ_TIME (default 20) seconds
#           each; skipped with the reason when clang or libFuzzer is missing
# Each group prints its own output and summary; the run ends with one plain
# line "N passed, N failed" over all groups and exits 1 if anything failed.
# GROUPS is a comma list (e.g. --only unit,js); SKIP_ASAN=1 drops the asan
# group, SKIP_FUZZ=1 the fuzz group. BUILD_DIR defaults to build and must already be built.
set -u
cd "$(dirname "$0")/.." || exit 2
ONLY=""
if [ "${1:-}" = "--only" ]; then ONLY=",$2,"; shift 2; fi
BUILD=${1:-build}
ASAN_BUILD=${ASAN_BUILD:-build-asan}
LOGDIR=$(mktemp -d)
trap 'rm -rf "$LOGDIR"' EXIT

total_pass=0
total_fail=0
summary=""

want() {
    if [ -n "$ONLY" ]; then
        case "$ONLY" in *",$1,"*) return 0 ;; *) return 1 ;; esac
    fi
    [ "$1" != asan ] || [ "${SKIP_ASAN:-0}" != 1 ] || return 1
    [ "$1" != fuzz ] || [ "${SKIP_FUZZ:-0}" != 1 ]
}

# group NAME COMMAND... — runs one group, shows its output, adds its counts.
# Counts come from the last "N passed, N failed" line the group printed; a
# group that exits non-zero without reporting a failure counts one.
group() {
    name=$1
    shift
    echo
    echo "=== $name"
    t0=$(date +%s)
    "$@" > "$LOGDIR/$name.log" 2>&1
    rc=$?
    cat "$LOGDIR/$name.log"
    line=$(grep -E '([0-9]+) passed, ([0-9]+) failed' "$LOGDIR/$name.log" | tail -n 1)
    p=$(echo "$line" | sed -nE 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\2/p')
    f=$(echo "$line" | sed -nE 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\3/p')
    p=${p:-0}
    f=${f:-0}
    if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "$name: exited with status $rc"
        f=1
    fi
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    summary="$summary$(printf '%-9s %5d passed, %3d failed  (%ds)' "$name" "$p" "$f" $(( $(date +%s) - t0 )))
"
}

# unit_tests BUILD_DIR — every C unit test executable; totals over them.
unit_tests() {
    up=0
    uf=0
    found=0
    for t in "$1"/tests/unit/test-*; do
        [ -f "$t" ] && [ -x "$t" ] || continue
        found=1
        echo "--- $(basename "$t")"
        timeout -k 5 "${UNIT_TIMEOUT:-600}" "$t" > "$LOGDIR/unit.one" 2>&1
        rc=$?
        cat "$LOGDIR/unit.one"
        line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOGDIR/unit.one" | tail -n 1)
        if [ -z "$line" ]; then
            echo "FAIL $(basename "$t") exited $rc without a summary"
            uf=$((uf + 1))
            continue
        fi
        up=$((up + ${line%% passed*}))
        n=${line#*, }
        uf=$((uf + ${n%% failed*}))
        [ $rc -eq 0 ] || [ "${n%% failed*}" -ne 0 ] || uf=$((uf + 1))
    done
    if [ $found -eq 0 ]; then
        echo "no unit test executables under $1/tests/unit"
        uf=$((uf + 1))
    fi
    echo "unit: $up passed, $uf failed"
    [ $uf -eq 0 ]
}

# asan_tests — configures and builds the sanitizer tree if needed, then
# runs the C unit tests and tests/js against it.
asan_tests() {
    if [ ! -f "$ASAN_BUILD/build.ninja" ]; then
        meson setup "$ASAN_BUILD" --buildtype=debug -Db_sanitize=address,undefined \
            -Db_lundef=false > "$LOGDIR/asan-setup.log" 2>&1 ||
            { cat "$LOGDIR/asan-setup.log"; echo "asan: 0 passed, 1 failed"; return 1; }
    fi
    if ! ninja -C "$ASAN_BUILD" > "$LOGDIR/asan-build.log" 2>&1; then
        tail -n 30 "$LOGDIR/asan-build.log"
        echo "asan: 0 passed, 1 failed"
        return 1
    fi
    # JavaScriptCore and GLib are not instrumented and keep allocations
    # until exit; LeakSanitizer would report them in every process, so
    # tests/lsan-suppressions.txt drops leaks allocated inside them and keeps
    # checking ours. The ASan fake stack is off: JSC's conservative GC scans
    # the real machine stack and would miss JS values moved to fake frames.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=0:halt_on_error=1}
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(pwd)/tests/lsan-suppressions.txt:print_suppressions=0}
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS
    export ASAN_OPTIONS UBSAN_OPTIONS
    ap=0
    af=0
    UT_TIMEOUT=120 unit_tests "$ASAN_BUILD" > "$LOGDIR/asan-unit.log" 2>&1
    sed 's/^unit:/asan unit:/' "$LOGDIR/asan-unit.log"
    line=$(grep -E '^unit: ' "$LOGDIR/asan-unit.log" | tail -n 1 | sed 's/^unit: //')
    ap=$((ap + ${line%% passed*}))
    n=${line#*, }
    af=$((af + ${n%% failed*}))
    RETRIES=1 TEST_TIMEOUT=180 sh scripts/run-js-tests.sh "$ASAN_BUILD/cathode" > "$LOGDIR/asan-js.log" 2>&1
    sed 's/^js:/asan js:/' "$LOGDIR/asan-js.log"
    line=$(grep -E '^js: [0-9]+ passed' "$LOGDIR/asan-js.log" | tail -n 1 | sed 's/^js: //')
    if [ -n "$line" ]; then
        ap=$((ap + ${line%% passed*}))
        n=${line#*, }
        af=$((af + ${n%% failed*}))
    else
        af=$((af + 1))
    fi
    echo "asan: $ap passed, $af failed"
    [ $af -eq 0 ]
}

# fuzz_tests — builds the fuzz targets (clang + libFuzzer) and runs each
# for FUZZ_TIME seconds from its seed corpus; a crash fails the target.
fuzz_tests() {
    FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
    probe="$LOGDIR/probe"
    echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }' > "$probe.c"
    if ! command -v clang > /dev/null 2>&1; then
        echo "fuzz: skipped: clang is not installed"
        echo "fuzz: 0 passed, 0 failed"
        return 0
    fi
    if ! clang -fsanitize=fuzzer "$probe.c" -o "$probe" > /dev/null 2>&1; then
        echo "fuzz: skipped: clang has no libFuzzer runtime (Debian: libclang-rt-14-dev)"
        echo "fuzz: 0 passed, 0 failed"
        return 0
    fi
    if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
        CC=clang meson setup "$FUZZ_BUILD" --buildtype=debugoptimized -Dfuzz=true -Db_lundef=false \
            > "$LOGDIR/fuzz-setup.log" 2>&1 ||
            { tail -n 20 "$LOGDIR/fuzz-setup.log"; echo "fuzz: 0 passed, 1 failed"; return 1; }
    fi
    if ! ninja -C "$FUZZ_BUILD" tests/fuzz/fuzz-wire tests/fuzz/fuzz-clone > "$LOGDIR/fuzz-build.log" 2>&1; then
        tail -n 30 "$LOGDIR/fuzz-build.log"
        echo "fuzz: 0 passed, 1 failed"
        return 1
    fi
    fp=0
    ff=0
    for t in wire clone; do
        mkdir -p "$LOGDIR/corpus-$t"
        if "$FUZZ_BUILD/tests/fuzz/fuzz-$t" -max_total_time="${FUZZ_TIME:-20}" -max_len=8192 \
            -artifact_prefix="$LOGDIR/" "$LOGDIR/corpus-$t" "tests/fuzz/corpus-$t" > "$LOGDIR/fuzz-$t.log" 2>&1; then
            echo "ok   fuzz-$t ($(grep -Eo 'Done [0-9]+ runs' "$LOGDIR/fuzz-$t.log" | tail -n 1))"
            fp=$((fp + 1))
        else
            echo "FAIL fuzz-$t"
            tail -n 30 "$LOGDIR/fuzz-$t.log"
            ff=$((ff + 1))
        fi
    done
    echo "fuzz: $fp passed, $ff failed"
    [ $ff -eq 0 ]
}

if [ ! -x "$BUILD/cathode" ]; then
    echo "run-tests.sh: $BUILD/cathode is missing; run make first"
    echo "0 passed, 1 failed"
    exit 1
fi

want unit && group unit unit_tests "$BUILD"
want js && group js sh scripts/run-js-tests.sh "$BUILD/cathode"
want npm && group npm bash tests/npm/run.sh "$BUILD/cathode"
if want apps; then
    if [ -f scripts/run-app-tests.sh ]; then
        group apps sh scripts/xvfb-run.sh sh scripts/run-app-tests.sh "$BUILD"
    else
        echo
        echo "=== apps"
        echo "apps: scripts/run-app-tests.sh does not exist yet; skipped"
    fi
fi
want layering && group layering sh scripts/check-includes.sh
want asan && group asan asan_tests
want fuzz && group fuzz fuzz_tests

echo
echo "=== summary"
printf '%s' "$summary"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
