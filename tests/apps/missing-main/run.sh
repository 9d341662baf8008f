# run.sh CATHODE — package.json names a main file that does not exist
"$1" . >out.txt 2>err.txt
rc=$?
trap 'rm -f out.txt err.txt' EXIT
[ $rc -eq 1 ] || { echo "exit code $rc"; cat err.txt; exit 1; }
grep -q 'missing-main/app/start.js' err.txt || { echo "main file not named"; cat err.txt; exit 1; }
echo ok
