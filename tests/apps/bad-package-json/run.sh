# run.sh CATHODE — a broken package.json: exit 1, the file named, the JSON error shown
"$1" . >out.txt 2>err.txt
rc=$?
trap 'rm -f out.txt err.txt' EXIT
[ $rc -eq 1 ] || { echo "exit code $rc"; cat err.txt; exit 1; }
grep -q 'bad-package-json/package.json' err.txt || { echo "file not named"; cat err.txt; exit 1; }
grep -qi 'json' err.txt || { echo "no JSON error"; cat err.txt; exit 1; }
! grep -q 'should not run' out.txt || { echo "main ran"; exit 1; }
echo ok
