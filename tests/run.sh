#!/bin/sh
# Runs cmocka test binaries one after another and ends with one summary
# line, "LABEL: N passed, M failed", counted from cmocka's own output.
# Usage: tests/run.sh LABEL BINARY...
label=$1; shift
passed=0; failed=0; status=0
for t in "$@"; do
    echo "== $t"
    out=$("$t" 2>&1); rc=$?
    printf '%s\n' "$out"
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\./\1/p' | tail -1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:/\1/p' | tail -1)
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    # a crash or an exit without cmocka's summary still fails the run
    if [ $rc -ne 0 ]; then status=1; [ -z "$f" ] && failed=$((failed + 1)); fi
done
echo "$label: $passed passed, $failed failed"
exit $status
