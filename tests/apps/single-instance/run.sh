# run.sh CATHODE — two instances of this app; the second's argv and cwd reach
# the first.
here=$(pwd)
trap 'rm -f first.txt second.txt; kill $first 2>/dev/null' EXIT
"$1" . >first.txt 2>&1 &
first=$!
i=0
until grep -q 'first: ready' first.txt 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 150 ] && { echo "first never got ready"; cat first.txt; exit 1; }
    sleep 0.1
done
(cd /tmp && "$1" "$here" --extra-arg=7 >"$here/second.txt" 2>&1)
rc2=$?
wait $first
rc1=$?
cat first.txt second.txt
[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] || { echo "exit codes $rc1 $rc2"; exit 1; }
grep -q '^second: lock false false$' second.txt || exit 1
grep -q '^first: lock true true$' first.txt || exit 1
grep -q '^second-instance true true /tmp {"from":"second","n":2}$' first.txt || exit 1
grep -q '^released false$' first.txt || exit 1
echo ok
