# run.sh CATHODE — the first run relaunches itself; the second writes a marker
export RELAUNCH_MARKER="$(mktemp -u)"
trap 'rm -f "$RELAUNCH_MARKER"' EXIT
"$1" . || { echo "first run failed"; exit 1; }
i=0
until [ -s "$RELAUNCH_MARKER" ]; do
    i=$((i + 1)); [ $i -gt 150 ] && { echo "no relaunch"; exit 1; }
    sleep 0.1
done
grep -q -- '--relaunched --x=1' "$RELAUNCH_MARKER" || { cat "$RELAUNCH_MARKER"; exit 1; }
echo ok
