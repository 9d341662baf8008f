#!/bin/sh
# ipc.sh — issue 4's IPC benchmarks: a renderer ⇄ main round trip (invoke,
# sendSync), one-way send throughput, 1 MB / 16 MB payload echoes, and
# remote method calls / property reads against invoke (issue 5),
# measured by bench/apps/ipc in the renderer, side by side in one run with
# the physical floor: two processes echoing length-prefixed messages over a
# Unix socket (bench/anchor/socket_pingpong.c), which is what cathode's
# channel is. Ratios are cathode / socket for times and socket / cathode for
# rates, so 1.0 is the floor and higher means further from it.
#
#   bench/ipc.sh [--build DIR] [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
BUILD=build
if [ "${1:-}" = "--build" ]; then BUILD=$2; shift 2; fi
ROUNDS=${1:-2000}
[ -f "$BUILD/build.ninja" ] || meson setup "$BUILD" >/dev/null
ninja -C "$BUILD" >/dev/null
# an Electron app, also when bench/run.sh (run-as-node throughout) runs us
unset ELECTRON_RUN_AS_NODE
export NO_AT_BRIDGE=1 IPC_BENCH_ROUNDS="$ROUNDS"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
sh scripts/xvfb-run.sh "$BUILD/cathode" bench/apps/ipc > "$OUT/cathode.json"
"$BUILD/bench/socket_pingpong" "$ROUNDS" > "$OUT/socket.json"
python3 - "$OUT/cathode.json" "$OUT/socket.json" "$ROUNDS" <<'PY'
import json, sys
c = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
s = json.loads(open(sys.argv[2]).read())
rows = [
    ('invoke round trip p50', 'invoke_p50_us', 'µs', 'time'),
    ('invoke round trip p99', 'invoke_p99_us', 'µs', 'time'),
    ('sendSync round trip p50', 'sync_p50_us', 'µs', 'time', 'invoke_p50_us'),
    ('sendSync round trip p99', 'sync_p99_us', 'µs', 'time', 'invoke_p99_us'),
    ('send throughput', 'send_msgs_per_s', 'msg/s', 'rate'),
    ('1 MB echo', 'mb1_mb_per_s', 'MB/s', 'rate'),
    ('16 MB echo', 'mb16_mb_per_s', 'MB/s', 'rate'),
]
print(f"IPC, {sys.argv[3]} rounds; floor = two processes on a Unix socket (socket_pingpong)")
print(f"{'benchmark':26} | {'cathode':>14} | {'socket floor':>14} | ratio")
print('-' * 27 + '|' + '-' * 16 + '|' + '-' * 16 + '|------')
for r in rows:
    name, key, unit, kind = r[:4]
    floor = s[r[4] if len(r) > 4 else key]
    val = c[key]
    ratio = val / floor if kind == 'time' else floor / val
    print(f"{name:26} | {val:10.1f} {unit:>3} | {floor:10.1f} {unit:>3} | {ratio:5.2f}")
print()
print("remote (issue 5) against a plain ipcRenderer.invoke round trip, same run")
print(f"{'benchmark':26} | {'remote':>14} | {'invoke':>14} | ratio")
print('-' * 27 + '|' + '-' * 16 + '|' + '-' * 16 + '|------')
for name, key, base in [('remote method call p50', 'remote_call_p50_us', 'invoke_p50_us'),
                        ('remote method call p99', 'remote_call_p99_us', 'invoke_p99_us'),
                        ('remote property get p50', 'remote_get_p50_us', 'invoke_p50_us'),
                        ('remote property get p99', 'remote_get_p99_us', 'invoke_p99_us')]:
    print(f"{name:26} | {c[key]:10.1f}  µs | {c[base]:10.1f}  µs | {c[key] / c[base]:5.2f}")
PY
