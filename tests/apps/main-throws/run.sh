# run.sh CATHODE — expects exit 1, the message, and main.js:7 on stderr
"$1" . >out.txt 2>err.txt
rc=$?
trap 'rm -f out.txt err.txt' EXIT
[ $rc -eq 1 ] || { echo "exit code $rc"; cat err.txt; exit 1; }
grep -q 'before throw' out.txt || { echo "no stdout"; exit 1; }
grep -q 'main script failed' err.txt || { echo "no message"; cat err.txt; exit 1; }
grep -q 'main-throws/main.js:7' err.txt || { echo "no file:line"; cat err.txt; exit 1; }
! grep -q 'ready must not' out.txt || { echo "ready was emitted"; exit 1; }
echo ok
