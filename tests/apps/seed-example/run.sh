#!/bin/sh
# examples/seed, the classic architecture end to end: a page reading the disk
# with fs, ipc both ways, a window opened from the page through remote, data
# shared between the two pages through a main-process global. Also checks
# that each window got its own web process while the app ran.
set -u
CATHODE=$1
out=$(SEED_AUTO_QUIT=1 "$CATHODE" ../../../examples/seed 2>/dev/null &
      pid=$!
      # both windows' pages alive at once: two web processes, children of cathode
      n=0
      for i in $(seq 1 100); do
          kids=$(pgrep -d, -P "$pid")
          n=$(pgrep -c -f WebKitWebProcess -P "$pid${kids:+,$kids}")
          [ "$n" -ge 2 ] && break
          sleep 0.1
      done
      wait $pid
      rc=$?
      echo "web processes seen: $([ "$n" -ge 2 ] && echo 2+ || echo "$n")"
      exit $rc) || { echo "exit code $?"; exit 1; }
for line in \
    "page read / with fs: " \
    "etc among them: true" \
    "page read its own file: true" \
    "main got: ping (sync)" \
    "page got sync reply: pong" \
    "main got: ping (async)" \
    "page got async reply: pong" \
    "page got from main: hello from main" \
    "page opened window 2 through remote (windows now: 2)" \
    "second page reads sharedObject.someProperty = set by the first page" \
    "main sees sharedObject.someProperty = set by the second page" \
    "web processes seen: 2+"; do
    case "$out" in
        *"$line"*) ;;
        *) printf 'missing: %s\ngot:\n%s\n' "$line" "$out"; exit 1 ;;
    esac
done
echo ok
