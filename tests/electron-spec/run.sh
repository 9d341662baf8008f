#!/usr/bin/env bash
# tests/electron-spec/run.sh CATHODE [SPEC_ROOT] — runs Electron's own spec
# files (spec/<name>-spec.ts of electron/electron, transpiled by prepare.sh
# into SPEC_ROOT/out/spec; default $ELECTRON_SPEC_ROOT, else
# /work/electron-spec) under cathode, one cathode process per file:
#   - the app is SPEC_ROOT/out/spec itself (so app.getName() and
#     app.getAppPath() are the spec's, as under `electron spec`), its
#     package.json "main" pointed at tests/electron-spec/main.js, which runs
#     mocha in the main process the way spec/index.js does;
#   - under Xvfb (scripts/xvfb-run.sh) with WEBKIT_DISABLE_COMPOSITING_MODE=1,
#     fresh XDG config/cache/runtime directories per file, its own session
#     (setsid) so whatever it leaves behind is killed with its process group;
#   - FILE_TIMEOUT seconds per file (default 300): the tests it did not reach
#     then fail with "timeout"; a crash fails them likewise;
#   - prints one line per test (ok / FAIL / skip, file, full title, reason),
#     a summary per file, and ends with "N passed, N failed, N skipped".
# tests/electron-spec/expected-pass.txt ("FILE :: FULL TITLE") lists what
# passed when it was last updated: the run fails only when one of those does
# not pass in a file that was run (a regression). UPDATE_EXPECTED=1 rewrites
# the entries of the files run. skip.txt ("FILE :: TITLE :: REASON") names
# tests impossible on WebKitGTK, never cathode bugs.
# Env: FILES (names, "api-app-spec" or "api-app"; default the list below),
# FILE_TIMEOUT, MOCHA_TIMEOUT (ms per test, default 30000), MOCHA_GREP,
# KEEP_LOGS=1 (keep each file's output; LOG_DIR chooses where),
# ELECTRON_SRC (an electron/electron clone: prepare.sh runs first when
# SPEC_ROOT has not been prepared). Without a prepared SPEC_ROOT (as on CI)
# it prints a skip message and exits 0.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CATHODE=$(readlink -f "${1:?usage: tests/electron-spec/run.sh CATHODE [SPEC_ROOT]}")
ROOT=${2:-${ELECTRON_SPEC_ROOT:-/work/electron-spec}}
EXPECT=$HERE/expected-pass.txt
TMO=${FILE_TIMEOUT:-300}
DEFAULT_FILES="api-ipc-main api-ipc-renderer api-ipc api-context-bridge api-browser-window
  api-web-contents api-web-contents-view api-view api-browser-view api-app api-native-image
  api-web-frame api-web-frame-main api-subframe api-process security-warnings
  parse-features-string guest-window-manager modules node esm deprecate visibility-state"
FILES=${FILES:-$DEFAULT_FILES}

if [ ! -f "$ROOT/out/PREPARED" ] && [ -n "${ELECTRON_SRC:-}" ]; then
  bash "$HERE/prepare.sh" "$ELECTRON_SRC" "$ROOT" || exit 2
fi
if [ ! -f "$ROOT/out/PREPARED" ]; then
  echo "electron-spec: no prepared Electron spec at $ROOT (it is not committed; see"
  echo "electron-spec: tests/electron-spec/README.md: prepare.sh ELECTRON_SRC); skipped"
  exit 0
fi
[ -x "$CATHODE" ] || { echo "electron-spec: $CATHODE is not executable"; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  exec sh "$REPO/scripts/xvfb-run.sh" bash "$0" "$@"
fi
ROOT=$(cd "$ROOT" && pwd)
SPEC=$ROOT/out/spec

# the spec dir is the app; its main is our runner
sed -i -E "s#\"main\": *\"[^\"]*\"#\"main\": \"$HERE/main.js\"#" "$SPEC/package.json"
grep -q "\"main\": \"$HERE/main.js\"" "$SPEC/package.json" \
  || { echo "electron-spec: could not point $SPEC/package.json at main.js"; exit 2; }

if [ -n "${LOG_DIR:-}" ]; then OUT=$LOG_DIR; mkdir -p "$OUT"; KEEP_LOGS=1; else OUT=$(mktemp -d); fi
trap '[ "${KEEP_LOGS:-0}" = 1 ] || rm -rf "$OUT"' EXIT
export WEBKIT_DISABLE_COMPOSITING_MODE=${WEBKIT_DISABLE_COMPOSITING_MODE:-1} NO_AT_BRIDGE=1

# it() call sites with a title, for a file whose runner died before counting
static_count() {
  grep -oP '(?:^|[^\w.$])(?:it|ifit\s*\((?:[^()]|\([^()]*\))*\))(?:\.(?:skip|only))?\s*\(\s*['"'"'"`]' \
    "$1" 2>/dev/null | wc -l
}

echo "electron-spec: electron/electron $(cat "$ROOT/src/COMMIT" 2>/dev/null) at $ROOT"
start=$(date +%s)
: > "$OUT/all.res"
for f in $FILES; do
  name=$(basename "$f"); name=${name%.ts}; name=${name%.js}; name=${name%-spec}-spec
  res="$OUT/$name.rec"; log="$OUT/$name.log"; home="$OUT/$name.home"
  rm -rf "$home"; mkdir -p "$home/config" "$home/cache" "$home/run"; chmod 700 "$home/run"
  : > "$res"
  t0=$(date +%s)
  XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" \
    CATHODE_SPEC_DIR="$SPEC" CATHODE_SPEC_FILES="$name" CATHODE_SPEC_RESULTS="$res" \
    CATHODE_SPEC_SKIP="$HERE/skip.txt" \
    setsid timeout -k 5 "$TMO" "$CATHODE" "$SPEC" < /dev/null > "$log" 2>&1 &
  pid=$!
  wait "$pid"; rc=$?
  kill -KILL -- "-$pid" 2>/dev/null   # stragglers of its session
  secs=$(( $(date +%s) - t0 ))
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then why="timeout: file cut off after ${TMO}s"
  elif [ $rc -gt 128 ]; then why="cathode died by signal $((rc - 128))"
  else why="runner exited with $rc before this test"; fi
  n=0
  grep -q "^plan	" "$res" || grep -q "^load-error	" "$res" || n=$(static_count "$SPEC/$name.ts")
  # final status per test: the last res line for its id, else the reason
  # the run ended; "F" lines are per test, "S" is the file's summary
  awk -F '\t' -v file="$name" -v why="$why" -v secs="$secs" -v n="$n" '
    $1 == "plan" { if (!($2 in title)) order[cnt++] = $2; title[$2] = $3 }
    $1 == "res" { st[$2] = $3; rs[$2] = $4 }
    $1 == "load-error" { lerr = $2 " -- " $3 }
    $1 == "fatal" { lerr = "runner: " $2 }
    $1 == "done" { done = 1 }
    END {
      if (cnt == 0 && lerr == "")
        for (i = 0; i < n; i++) { order[cnt++] = "s" i; title["s" i] = "(test " i + 1 " of " n ", file did not run)" }
      p = 0; fl = 0; sk = 0
      for (i = 0; i < cnt; i++) {
        id = order[i]
        s = (id in st) ? st[id] : "FAIL"; r = (id in st) ? rs[id] : why
        if (s == "ok") p++; else if (s == "skip") sk++; else { s = "FAIL"; fl++ }
        printf "F\t%s\t%s\t%s\t%s\n", s, file, title[id], r
      }
      state = lerr != "" ? "NOT LOADED: " lerr : (done ? "ran" : "INCOMPLETE: " why)
      printf "S\t%s\t%d\t%d\t%d\t%s\t%s\n", file, p, fl, sk, secs, state
    }' "$res" >> "$OUT/all.res"
  awk -F '\t' -v file="$name" '
    $1 == "F" && $3 == file { printf "%-4s %s: %s%s\n", $2, $3, $4, ($2 == "ok" || $5 == "") ? "" : " -- " $5 }
    $1 == "S" && $2 == file { printf "# %s: %d passed, %d failed, %d skipped (%d s) %s\n", $2, $3, $4, $5, $6, $7 }' "$OUT/all.res"
  if ! grep -q "^done	" "$res"; then
    echo "# $name: last lines of its output:"; tail -n 12 "$log" | cut -c1-300 | sed 's/^/#   /'
  fi
done

echo "file                         pass  fail  skip  secs  state"
awk -F '\t' '$1 == "S" { printf "%-28s %5d %5d %5d %5d  %s\n", $2, $3, $4, $5, $6, substr($7, 1, 100) }' "$OUT/all.res"

# regressions: expected titles (of the files run) that are not "ok" now;
# a title run more than once must pass every time
awk -F '\t' '$1 == "F" { k = $3 " :: " $4; if (!(k in s) || s[k] == "ok") s[k] = $2 }
  END { for (k in s) print s[k] "\t" k }' "$OUT/all.res" | sort -t '	' -k2 > "$OUT/titles"
regress=0
if [ -f "$EXPECT" ]; then
  run_files=" $(awk -F '\t' '$1 == "S" {printf "%s ", $2}' "$OUT/all.res")"
  awk -F '\t' -v files="$run_files" '
    FNR == NR { got[$2] = $1; next }
    /^#/ || $0 == "" { next }
    { f = $0; sub(/ :: .*/, "", f); if (index(files, " " f " ") == 0) next
      if (got[$0] != "ok") printf "REGRESSION: %s (%s)\n", $0, ($0 in got) ? got[$0] : "not in this run" }' \
    "$OUT/titles" "$EXPECT" > "$OUT/regressions"
  cat "$OUT/regressions"
  regress=$(wc -l < "$OUT/regressions")
  newly=$(awk -F '\t' '$1 == "ok" { print $2 }' "$OUT/titles" | grep -vxF -f <(grep -v '^#' "$EXPECT") | wc -l)
  [ "$newly" -gt 0 ] && echo "electron-spec: $newly newly passing tests (UPDATE_EXPECTED=1 adds them to tests/electron-spec/expected-pass.txt)"
fi
if [ "${UPDATE_EXPECTED:-0}" = 1 ]; then
  run_files=$(awk -F '\t' '$1 == "S" {print $2}' "$OUT/all.res")
  {
    echo "# Electron spec tests (FILE :: FULL TITLE) that pass under cathode; a run of"
    echo "# tests/electron-spec/run.sh fails when one of them (in a file it ran) does not."
    echo "# Regenerate the entries of the files run: UPDATE_EXPECTED=1 make electron-spec"
    { [ -f "$EXPECT" ] && grep -v '^#' "$EXPECT" | grep -vF -f <(printf '%s :: \n' $run_files)
      awk -F '\t' '$1 == "ok" { print $2 }' "$OUT/titles"; } | grep -v '^$' | sort -u
  } > "$EXPECT.new"
  mv "$EXPECT.new" "$EXPECT"
  echo "electron-spec: wrote $(grep -vc '^#' "$EXPECT") titles to $EXPECT"
fi
[ "${KEEP_LOGS:-0}" = 1 ] && echo "electron-spec: logs in $OUT"
echo "electron-spec: $(( $(date +%s) - start )) s, $regress regressions against expected-pass.txt"
awk -F '\t' '$1 == "S" { p += $3; f += $4; s += $5 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$OUT/all.res"
[ "$regress" -eq 0 ]
