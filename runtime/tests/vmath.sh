#!/usr/bin/env bash
# vmath.sh: the lane-vector exp and log give the scalar routines' bits
# (vmath.c), at each width whose ISA this processor has (the others run as
# narrower calls, and are checked so too).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
cc_test "$RT/tests/vmath.c" "$TMP/vmath"
"$TMP/vmath"
