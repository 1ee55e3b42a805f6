#!/usr/bin/env bash
# smoke.sh: builds smoke.c against the runtime and checks its stdout
# (smoke.expected), stderr and exit status; then gc_stress.c: 10 GiB
# allocated with little kept alive must stay under 500 MiB resident.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
cc_test "$RT/tests/smoke.c" "$TMP/smoke"
cc_test "$RT/tests/gc_stress.c" "$TMP/gc_stress"
fail=0
set +e
"$TMP/smoke" one "tw\xc3\xb6" > "$TMP/out" 2> "$TMP/err"
status=$?
set -e
expected_err=$'on stderr\nException in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3'
if ! cmp -s "$TMP/out" <(printf '%s' "$(cat "$RT/tests/smoke.expected")"); then
    echo "FAIL smoke: stdout differs from smoke.expected:"; { diff "$RT/tests/smoke.expected" "$TMP/out" || true; } | head -20; fail=1
fi
if [ "$(cat "$TMP/err")" != "$expected_err" ]; then
    echo "FAIL smoke: stderr is:"; cat "$TMP/err"; fail=1
fi
if [ $status -ne 1 ]; then echo "FAIL smoke: exit status $status, not 1"; fail=1; fi
[ $fail = 0 ] && echo "PASS smoke: stdout, stderr and exit status as expected"
if out=$("$TMP/gc_stress" 2>&1); then
    echo "PASS gc_stress: $out"
else
    echo "FAIL gc_stress: $out"; fail=1
fi
exit $fail
