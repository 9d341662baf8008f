#!/bin/sh
# run.sh — runs tests/apps/native-image with build-image/cathode (or $CATHODE)
# under the current DISPLAY and checks that every line of `expect` appears.
cd "$(dirname "$0")/../../.."
CATHODE=${CATHODE:-build-image/cathode}
out=$(timeout 60 "$CATHODE" tests/apps/native-image 2>&1)
code=$?
printf '%s\n' "$out"
while IFS= read -r line; do
    printf '%s\n' "$out" | grep -qxF "$line" || { echo "run.sh: missing line: $line"; exit 1; }
done < tests/apps/native-image/expect
exit $code
