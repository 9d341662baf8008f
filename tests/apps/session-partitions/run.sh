#!/bin/sh
# two runs of the app with the same config dir: the second reads what the
# first left in its persistent partition
set -e
"$1" . > first.out 2>&1 || { cat first.out; exit 1; }
"$1" . --second > second.out 2>&1 || { cat first.out second.out; exit 1; }
cat first.out second.out
for want in 'same partition from-one other partition null' \
    'sessions true true true true false null' \
    'persist path true Partitions/keep' \
    'default session true 2' \
    'denied denied' 'granted granted' \
    'asked ["notifications true true"]' \
    'check granted' 'cleared true' \
    'persisted kept' 'in memory gone null'; do
  grep -qxF -- "$want" first.out second.out 2>/dev/null || grep -qF -- "$want" first.out second.out || { echo "missing: $want"; exit 1; }
done
rm -f first.out second.out
