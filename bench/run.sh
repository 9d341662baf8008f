#!/bin/sh
# bench/run.sh [BUILD_DIR] — cathode (run-as-node) against node, side by side,
# in one run: each benchmark is one whole process of each runtime, timed by
# hyperfine (warm-up runs, then RUNS measured runs, alternating), and the
# table gives the mean wall time of each and the ratio cathode / node (below
# 1.0 means cathode is faster). The workloads are bench/js/*.js; node_modules
# resolves from the repository root, the cwd of every run. When
# bench/windows.sh exists (window benchmarks) it runs afterwards.
# ES module benchmarks run with cathode's transform cache in a directory of
# this run's own, warm (kept between runs) or cold (emptied before each run).
# Env: RUNS (default 10), NODE (default: node on PATH).
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${1:-build}
CATHODE=$(readlink -f "$BUILD/cathode")
NODE=${NODE:-$(command -v node)}
RUNS=${RUNS:-10}
[ -x "$CATHODE" ] || { echo "bench: $BUILD/cathode is missing; run make first"; exit 2; }
[ -n "$NODE" ] || { echo "bench: node is not installed (scripts/deps.sh installs it)"; exit 2; }
command -v hyperfine >/dev/null 2>&1 || { echo "bench: hyperfine is missing (scripts/deps.sh installs it)"; exit 2; }
export ELECTRON_RUN_AS_NODE=1  # node ignores it
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# name|arguments after the runtime
BENCHES="start-up (-e 0)|-e 0
require('lodash')|bench/js/require-lodash.js
import js-yaml (ES module)|bench/js/import-js-yaml.mjs
import lodash-es (~640 ES modules), warm cache|bench/js/import-lodash-es.mjs
import lodash-es (~640 ES modules), cold cache|bench/js/import-lodash-es.mjs|cold
readFileSync loop (3000 x 64 KiB)|bench/js/readfile.js
JSON round trip (40 x 2000 rows)|bench/js/json.js
Buffer.concat (300 x 1000 parts)|bench/js/buffer-concat.js
v8.serialize+deserialize (1 MiB Buffer, 10k objects, Map/Set/Date) x 20|bench/js/v8-serdes.js"

echo "cathode: $CATHODE ($("$CATHODE" --version))"
echo "node:    $NODE ($("$NODE" --version))"
echo "runs:    $RUNS per command, after 2 warm-up runs; mean wall time"
echo
i=0
echo "$BENCHES" | while IFS='|' read -r name args cold; do
    i=$((i + 1))
    # cold: cathode's ES module transform cache starts empty before every run
    prepare=true
    export XDG_CACHE_HOME="$OUT/cache-warm"
    if [ "$cold" = cold ]; then
        export XDG_CACHE_HOME="$OUT/cache-cold"
        prepare="rm -rf $OUT/cache-cold"
    fi
    # every workload must work on both before it is timed
    for rt in "$CATHODE" "$NODE"; do
        if ! $rt $args > "$OUT/check.log" 2>&1; then
            echo "$name: fails on $rt:"; tail -n 5 "$OUT/check.log"
            echo "$name|FAIL" >> "$OUT/results"
            continue 2
        fi
    done
    hyperfine -N --warmup 2 --runs "$RUNS" --style none --prepare "$prepare" --export-json "$OUT/$i.json" \
        -n cathode "$CATHODE $args" -n node "$NODE $args" > /dev/null 2>&1 ||
        { echo "$name|FAIL" >> "$OUT/results"; continue; }
    python3 - "$OUT/$i.json" "$name" >> "$OUT/results" <<'EOF'
import json, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
c, n = r['cathode'], r['node']
print(f"{sys.argv[2]}|{c['mean']*1000:.1f} ± {c['stddev']*1000:.1f} ms|"
      f"{n['mean']*1000:.1f} ± {n['stddev']*1000:.1f} ms|{c['mean']/n['mean']:.2f}")
EOF
done

python3 - "$OUT/results" <<'EOF'
import sys
rows = [l.rstrip('\n').split('|') for l in open(sys.argv[1]) if l.strip()]
head = ['benchmark', 'cathode', 'node', 'ratio']
rows = [r + [''] * (4 - len(r)) for r in rows]
w = [max(len(x[i]) for x in [head] + rows) for i in range(4)]
line = lambda r: ' | '.join(r[i].ljust(w[i]) if i == 0 else r[i].rjust(w[i]) for i in range(4))
print(line(head))
print('-|-'.join('-' * x for x in w))
for r in rows:
    print(line(r))
EOF

if [ -f bench/windows.sh ]; then
    echo
    sh bench/windows.sh --build "$BUILD"
fi
if [ -f bench/ipc.sh ]; then
    echo
    sh bench/ipc.sh --build "$BUILD"
fi
