#!/bin/sh
# xvfb-run.sh COMMAND [ARGS...] — runs COMMAND with an X display. When
# $DISPLAY is already set the command just runs. Otherwise an Xvfb server is
# started on the first free display number (:99 upwards), DISPLAY points at
# it for the command, and the server is stopped afterwards, whatever the
# command's outcome. Exits with the command's status.
if [ -n "${DISPLAY:-}" ]; then
    exec "$@"
fi
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "xvfb-run.sh: Xvfb is not installed (scripts/deps.sh installs it)" >&2
    exit 127
fi

n=99
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
    n=$((n + 1))
done
LOG=$(mktemp)
Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp -noreset >"$LOG" 2>&1 &
XPID=$!
stop() {
    kill "$XPID" 2>/dev/null && wait "$XPID" 2>/dev/null
    rm -f "$LOG"
}
trap 'stop; exit 130' INT TERM

# wait up to 10 s for the server's socket
i=0
while [ ! -e "/tmp/.X11-unix/X$n" ]; do
    if ! kill -0 "$XPID" 2>/dev/null || [ $i -ge 100 ]; then
        echo "xvfb-run.sh: Xvfb :$n did not start:" >&2
        cat "$LOG" >&2
        stop
        exit 1
    fi
    sleep 0.1
    i=$((i + 1))
done

DISPLAY=":$n" "$@"
rc=$?
stop
exit $rc
