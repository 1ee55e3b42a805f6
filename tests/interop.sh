#!/usr/bin/env bash
# C programs calling a Lime library (limec --emit=lib, backends/cpu/export.c):
#   header         the generated header of tests/interop/Kernels.lime is
#                  exactly tests/interop/kernels.h (every exportable public
#                  static method, the value classes as structs, the others
#                  listed with the reason)
#   cpu, gpu       tests/interop/kernels.c linked with the library and
#                  liblime prints kernels.expected (values both ways, value
#                  classes, Java exceptions reported by lime_exception, the
#                  static initialiser) on each device; on gpu every task
#                  runs on the OpenCL device (LIME_LOG)
#   moved-artifacts  the artifacts folder moved and named by LIME_ARTIFACTS
#   two-libraries/*  tests/interop/two.c linked with two Lime libraries
#                  (Kernels.lime's and Stats.lime's) prints two.expected on
#                  cpu and gpu: calls interleaved, each library's static
#                  initialiser, tasks (on gpu all five ran there, numbered
#                  one after the other), exceptions caught in its own code
#                  and reported to C, getClass(); neither defines a global
#                  symbol but its exported functions
#   error/*        overloads C cannot tell apart, -o -, --header without
#                  --emit=lib, a header that is an input
# The installed side (pkg-config, CMake's lime_add_library) is tests/install.sh's.
# Output: PASS x / FAIL x lines (tests/run.sh relays them as interop/x).
# Environment: LIMEC (default build/bin/limec).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
. tests/report.sh
suite_setup interop
PREFIX=$(cd "$(dirname "$(readlink -f "$LIMEC")")/.." && pwd)

# ---- the library, its header, a C program linked with it
mkdir -p "$T/lib"
"$LIMEC" -c --emit=lib --target=cpu,gpu $D/Kernels.lime -o "$T/lib/libkernels.a" > "$T/lib.log" 2>&1 ||
    fail library "limec --emit=lib failed" "$T/lib.log"
same header $D/kernels.h "$T/lib/kernels.h"
cc -Wall -Werror -I "$PREFIX/include" -I "$ROOT/runtime" -I "$T/lib" $D/kernels.c "$T/lib/libkernels.a" \
    "$PREFIX/lib/liblime.a" -lgc -lm -lpthread -lOpenCL -lyaml -lcrypto -o "$T/kernels" > "$T/cc.log" 2>&1 ||
    fail link "cc could not link kernels.c with the library" "$T/cc.log"
LIME_DEVICE=cpu "$T/kernels" > "$T/cpu.out" 2>&1
same cpu $D/kernels.expected "$T/cpu.out"
LIME_DEVICE=gpu LIME_LOG=1 "$T/kernels" > "$T/gpu.out" 2> "$T/gpu.err"
if [ "$(grep -c ' on gpu: ' "$T/gpu.err")" = 4 ] && ! grep -q warning "$T/gpu.err"; then same gpu $D/kernels.expected "$T/gpu.out"
else fail gpu "the four tasks did not all run on the OpenCL device" "$T/gpu.err"; fi

# ---- two Lime libraries in one C program
mkdir -p "$T/two"
"$LIMEC" -c --emit=lib --target=cpu,gpu $D/Stats.lime -o "$T/two/libstats.a" > "$T/two.log" 2>&1 ||
    fail two-libraries/library "limec --emit=lib failed for Stats.lime" "$T/two.log"
nm -g --defined-only "$T/two/libstats.a" 2>/dev/null | awk 'NF == 3 && $2 != "V" && $2 != "W" {print $3}' | sort > "$T/two/symbols"
printf '%s\n' lime_Stats_calls lime_Stats_check lime_Stats_classNameLength lime_Stats_safeDivide lime_Stats_sumOfSquares > "$T/want"
same two-libraries/symbols "$T/want" "$T/two/symbols"
cc -Wall -Werror -I "$PREFIX/include" -I "$ROOT/runtime" -I "$T/lib" -I "$T/two" $D/two.c "$T/lib/libkernels.a" \
    "$T/two/libstats.a" "$PREFIX/lib/liblime.a" -lgc -lm -lpthread -lOpenCL -lyaml -lcrypto -o "$T/two/two" > "$T/cc.log" 2>&1 ||
    fail two-libraries/link "cc could not link two.c with libkernels.a and libstats.a" "$T/cc.log"
LIME_DEVICE=cpu "$T/two/two" > "$T/two/cpu.out" 2>&1
same two-libraries/cpu $D/two.expected "$T/two/cpu.out"
LIME_DEVICE=gpu LIME_LOG=1 "$T/two/two" > "$T/two/gpu.out" 2> "$T/two/gpu.err"
sed -E 's/ on gpu: .*/ on gpu/' "$T/two/gpu.err" > "$T/two/gpu.log"
printf '%s\n' "lime: task 0 (square@12) map on gpu" "lime: task 1 ('+'@13) reduce on gpu" "lime: task 3 (mul@23) map on gpu" \
    "lime: task 4 ('+'@23) reduce on gpu" "lime: task 2 (axpy@22) map on gpu" > "$T/want"
if cmp -s "$T/want" "$T/two/gpu.log"; then same two-libraries/gpu $D/two.expected "$T/two/gpu.out"
else fail two-libraries/gpu "the five tasks did not all run on the OpenCL device, numbered in the order their libraries were first called" "$T/two/gpu.err"; fi

# ---- the artifacts folder elsewhere, named by LIME_ARTIFACTS
mv "$T/lib/libkernels.a.artifacts" "$T/moved"
LIME_DEVICE=gpu LIME_LOG=1 LIME_ARTIFACTS="$T/moved" "$T/kernels" > "$T/moved.out" 2> "$T/moved.err"
if [ "$(grep -c ' on gpu: ' "$T/moved.err")" = 4 ]; then same moved-artifacts $D/kernels.expected "$T/moved.out"
else fail moved-artifacts "the tasks did not run on the OpenCL device" "$T/moved.err"; fi

# ---- errors: exactly one message, exit status 1, nothing written
check_error() {   # NAME EXPECTED-STDERR ARGS...
    local name=$1 want=$2
    shift 2
    (cd "$T" && "$LIMEC" "$@") > "$T/err" 2>&1
    local rc=$?
    echo "$want" > "$T/want"
    if [ $rc = 1 ]; then same "error/$name" "$T/want" "$T/err"
    else fail "error/$name" "exit status $rc, not 1" "$T/err"; fi
}
cat > "$T/Over.lime" <<'LIME'
public class Over {
    public static int twice(int x) { return 2 * x; }
    public static double twice(double x) { return 2 * x; }
}
LIME
printf 'public class Over2 { public static int one() { return 1; } }\n' > "$T/Over2.lime"
check_error overload "Over.lime:3:26: error: 'twice(int)' and 'twice(double)' would both be the C function 'lime_Over_twice' (C has no overloading): rename one
    public static double twice(double x) { return 2 * x; }
                         ^
1 error" --emit=lib Over.lime
[ ! -e "$T/libOver.a" ] && [ ! -e "$T/Over.h" ] && pass error/overload-nothing-written ||
    fail error/overload-nothing-written "a library or header was written"
check_error lib-stdout "limec: error: cannot write a library to standard output ('-o -'): it comes with a header and artifacts" \
    --emit=lib Over.lime -o -
check_error header-without-lib "limec: error: '--header=x.h' goes with --emit=lib (a library's C header)" --header=x.h -c Over.lime
check_error header-is-input "limec: error: the header 'Over.lime' is the input 'Over.lime'; refusing to overwrite it" \
    --emit=lib --header=Over.lime Over.lime
check_error header-no-dir "limec: error: cannot write 'no/k.h': No such file or directory" \
    --emit=lib Over2.lime -o libover2.a --header=no/k.h
[ ! -e "$T/libover2.a" ] && pass error/header-no-dir-no-library || fail error/header-no-dir-no-library "the library was written"
exit $failed
