#!/usr/bin/env bash
# vmath.sh: the lane-vector exp and log give the scalar routines' bits
# (vmath.c) at every lane width, with each kernel this processor can run:
# the widest, then capped to AVX2 and to SSE2 (LIME_VMATH_ISA).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
cc_test "$RT/tests/vmath.c" "$TMP/vmath"
fail=0
for isa in "" avx2 sse2; do
    echo "vmath: LIME_VMATH_ISA=${isa:-(unset)}"
    LIME_VMATH_ISA=$isa "$TMP/vmath" || fail=1
done
exit $fail
