#!/usr/bin/env bash
# parallel.sh: the thread pool (lime_parallel_for) with LIME_THREADS 1, 2
# and 8, then unset; lime_range / lime_array_copy; the value-array
# exceptions and an exception thrown by many chunks at once (stderr, one
# line; exit status 1); with 1, 2 and 8 threads, a loop whose iterations
# 20, 40 and 50 throw reports 20's (lime_parallel_for and
# lime_parallel_for_each).  See parallel.c.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
cc_test "$RT/tests/parallel.c" "$TMP/parallel"
fail=0
for n in 1 2 8 ""; do
    set +e
    if [ -n "$n" ]; then out=$(LIME_THREADS=$n "$TMP/parallel" 2>&1); else out=$(env -u LIME_THREADS "$TMP/parallel" 2>&1); fi
    status=$?
    set -e
    if [ $status = 0 ]; then
        echo "PASS parallel (LIME_THREADS=${n:-unset}):"; echo "$out"
    else
        echo "FAIL parallel (LIME_THREADS=${n:-unset}), status $status:"; echo "$out"; fail=1
    fi
done
check_throw() { # mode, expected stderr[, threads]
    local mode=$1 want="Exception in thread \"main\" java.lang.$2" threads=${3:-4} status
    set +e
    LIME_THREADS=$threads "$TMP/parallel" "$mode" > "$TMP/out" 2> "$TMP/err"
    status=$?
    set -e
    if [ $status = 1 ] && [ "$(cat "$TMP/err")" = "$want" ] && [ "$(cat "$TMP/out")" = 42 ]; then
        echo "PASS parallel $mode (LIME_THREADS=$threads): $want"
    else
        echo "FAIL parallel $mode: status $status, stdout $(head -c 200 "$TMP/out"), stderr:"; head -5 "$TMP/err"; fail=1
    fi
}
check_throw map-mismatch "IllegalArgumentException: map over arrays of different lengths (3 and 4)"
check_throw reduce-empty "IllegalArgumentException: reduce of an empty array"
check_throw range-negative "NegativeArraySizeException: -5"
check_throw throw-in-chunks "IllegalArgumentException: reduce of an empty array"
for n in 1 2 8; do
    check_throw lowest-throw "ArrayIndexOutOfBoundsException: Index 20 out of bounds for length 64" $n
    check_throw lowest-each "ArrayIndexOutOfBoundsException: Index 20 out of bounds for length 64" $n
done
exit $fail
