#!/usr/bin/env bash
# tests/electron-spec/prepare.sh ELECTRON_SRC [SPEC_ROOT] — makes the copy of
# Electron's spec/ that tests/electron-spec/run.sh runs. ELECTRON_SRC is a
# clone of electron/electron: a work tree (spec/ is copied) or a bare git dir
# (`git archive HEAD spec`). SPEC_ROOT (default $ELECTRON_SPEC_ROOT, else
# /work/electron-spec) is outside the repository and receives:
#   src/spec/       the pristine spec/, src/COMMIT the commit it came from;
#   out/spec/       the same tree with spec/*.ts and spec/lib/*.ts turned into
#                   CommonJS .js by esbuild (one output per input, same
#                   layout, so './lib/window-helpers' resolves); fixtures are
#                   left alone (some .ts there are data for type-stripping tests);
#   out/node_modules  spec/package.json's pure-JS devDependencies (see
#                   NATIVE below), installed with npm, scripts off;
#   out/TRANSPILE-ERRORS  files esbuild refused, with its message.
# Re-running replaces src/ and out/spec/; node_modules is kept unless the
# dependency list changed. Needs the repository's npm install (esbuild).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SRC=${1:?usage: tests/electron-spec/prepare.sh ELECTRON_SRC [SPEC_ROOT]}
ROOT=${2:-${ELECTRON_SPEC_ROOT:-/work/electron-spec}}

ESBUILD=$REPO/node_modules/.bin/esbuild
[ -x "$ESBUILD" ] || ESBUILD=$REPO/node_modules/@esbuild/linux-x64/bin/esbuild
if [ ! -x "$ESBUILD" ]; then
  echo "prepare: esbuild is missing; run 'npm install' in $REPO" >&2
  exit 2
fi

mkdir -p "$ROOT"
ROOT=$(cd "$ROOT" && pwd)
case "$ROOT/" in "$REPO"/*) echo "prepare: $ROOT is inside the repository; choose another place" >&2; exit 2 ;; esac

rm -rf "$ROOT/src.new"
mkdir -p "$ROOT/src.new"
if [ -f "$SRC/spec/index.js" ]; then
  (cd "$SRC" && tar -cf - spec) | tar -xf - -C "$ROOT/src.new"
  commit=$(git -C "$SRC" rev-parse HEAD 2>/dev/null || echo unknown)
elif git --git-dir="$SRC" rev-parse --verify -q HEAD >/dev/null; then
  git --git-dir="$SRC" archive HEAD spec | tar -xf - -C "$ROOT/src.new"
  commit=$(git --git-dir="$SRC" rev-parse HEAD)
else
  echo "prepare: $SRC is neither an Electron checkout nor its git dir" >&2
  exit 2
fi
[ -f "$ROOT/src.new/spec/index.js" ] || { echo "prepare: no spec/index.js in $SRC" >&2; exit 2; }
echo "$commit" > "$ROOT/src.new/COMMIT"
rm -rf "$ROOT/src"
mv "$ROOT/src.new" "$ROOT/src"
echo "prepare: spec/ of electron/electron $commit -> $ROOT/src/spec"

# out/spec: a copy, then the spec's own TypeScript (not fixtures) compiled
# next to it. The .ts files stay: resolution prefers the .js.
rm -rf "$ROOT/out/spec"
mkdir -p "$ROOT/out"
cp -a "$ROOT/src/spec" "$ROOT/out/spec"
: > "$ROOT/out/TRANSPILE-ERRORS"
n=0; bad=0
for ts in "$ROOT"/out/spec/*.ts "$ROOT"/out/spec/lib/*.ts; do
  case "$ts" in *.d.ts) continue ;; esac
  n=$((n + 1))
  # JSC of webkit2gtk-4.1 has ES2022; keep class fields and the like as written
  if ! msg=$("$ESBUILD" "$ts" --format=cjs --platform=node --target=es2022 \
      --log-level=error --outfile="${ts%.ts}.js" 2>&1); then
    bad=$((bad + 1))
    { echo "== ${ts#"$ROOT"/out/}"; echo "$msg"; } >> "$ROOT/out/TRANSPILE-ERRORS"
  fi
done
echo "prepare: esbuild: $n files, $bad refused (see $ROOT/out/TRANSPILE-ERRORS)"

# spec/lib/spec-helpers' itremote() sends a test's source to a renderer and
# defines there the names tsc gives the imports it may use (chai_1,
# promises_1); esbuild names them import_chai and import_promises, so the
# renderer gets those names too
helpers=$ROOT/out/spec/lib/spec-helpers.js
if grep -q "const promises_1 = require('node:timers/promises')" "$helpers"; then
  sed -i "s|const promises_1 = require('node:timers/promises')|&; const import_chai = chai_1, import_promises = promises_1;|" "$helpers"
else
  echo "prepare: warning: spec/lib/spec-helpers.js has no itremote preamble to extend" >&2
fi

# api-context-bridge-spec writes preloads that run the source of functions of
# the spec file after `const renderer_1 = require('electron')`, tsc's name for
# its electron/renderer import; esbuild names it import_renderer
cb=$ROOT/out/spec/api-context-bridge-spec.js
if grep -q "const renderer_1 = require('electron');" "$cb"; then
  sed -i "s|const renderer_1 = require('electron');|& const import_renderer = renderer_1;|" "$cb"
else
  echo "prepare: warning: api-context-bridge-spec.js has no preload preamble to extend" >&2
fi

# The spec's devDependencies that are plain JS. Left out:
NATIVE='^(@electron-ci/|abstract-socket$)'   # native addons (node-gyp against Electron's headers)
TYPES='^@types/'                              # type declarations; esbuild drops types
deps=$(cd "$ROOT/out/spec" && node -e '
  const pj = require("./package.json");
  const all = Object.assign({}, pj.dependencies, pj.devDependencies);
  const keep = {}, native = [], types = [];
  for (const [k, v] of Object.entries(all)) {
    if (new RegExp(process.argv[1]).test(k)) native.push(k);
    else if (new RegExp(process.argv[2]).test(k)) types.push(k);
    else keep[k] = v;
  }
  console.error("prepare: not installed (native addons): " + native.join(" "));
  console.error("prepare: not installed (type declarations): " + types.length + " @types packages");
  process.stdout.write(JSON.stringify({ name: "cathode-electron-spec-deps", private: true,
    description: "generated by tests/electron-spec/prepare.sh", dependencies: keep }, null, 2) + "\n");
' "$NATIVE" "$TYPES")
if [ ! -d "$ROOT/out/node_modules" ] || [ "$deps" != "$(cat "$ROOT/out/package.json" 2>/dev/null)" ]; then
  echo "$deps" > "$ROOT/out/package.json"
  echo "prepare: npm install (pure-JS devDependencies of spec/package.json) in $ROOT/out"
  # optional dependencies are the native accelerators (canvas for pdfjs, ...)
  (cd "$ROOT/out" && npm install --ignore-scripts --omit=optional --no-audit --no-fund \
      --loglevel=error --no-package-lock >/dev/null)
fi
date -u +%FT%TZ > "$ROOT/out/PREPARED"
echo "prepare: ready; run: make electron-spec (ELECTRON_SPEC_ROOT=$ROOT)"
