# lib.sh: sourced by the runtime tests.  Sets RT (runtime/), TMP (a scratch
# directory removed at exit) and builds $TMP/liblime.a from runtime/*.c with
# the flags the Makefile uses; cc_test SRC OUT links a C test against it
# as limec links every program; check runs one case of a device test.
set -euo pipefail
RT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/limert.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
CC=${CC:-cc}
RT_CFLAGS="-std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Wno-unused-parameter -Werror -I$RT"

# (run.sh builds it once for all the tests and passes it as LIME_RT_TEST_LIB)
build_runtime() {
    if [ -n "${LIME_RT_TEST_LIB:-}" ]; then
        cp "$LIME_RT_TEST_LIB" "$TMP/liblime.a"
        return
    fi
    mkdir -p "$TMP/obj"
    local pids=() f
    for f in "$RT"/*.c; do
        $CC $RT_CFLAGS -c "$f" -o "$TMP/obj/$(basename "${f%.c}").o" &
        pids+=($!)
    done
    for f in "${pids[@]}"; do wait "$f"; done
    ar rcs "$TMP/liblime.a" "$TMP"/obj/*.o
}

# (with every device: a compiled program names those its tasks use, these
# tests call the devices themselves; runtime/devices.c)
cc_test() {
    $CC $RT_CFLAGS "$1" -Wl,-u,lime_rt_gpu_device -Wl,-u,lime_rt_fpga_device "$TMP/liblime.a" \
        -lgc -lm -lpthread -lOpenCL -lyaml -lcrypto -o "$2"
}

# check NAME STATUS STDOUT STDERR-ERE [VAR=value...] MODE: runs $PROG MODE
# with a clean device environment and prints PASS/FAIL "$SUITE NAME" (a
# FAIL sets fail=1).  STDOUT: the whole output, or alternatives separated
# by '|' (where the answer depends on whether this machine has a GPU).
# STDERR-ERE "" means no stderr, otherwise stderr must be exactly ERR_LINES
# (default 1) lines, each matching it.
check() {
    local name=$1 want_status=$2 want_out=$3 want_err=$4 status ok=1
    shift 4
    set +e
    env -u LIME_DEVICE -u LIME_LOG -u LIME_PROFILE -u LIME_ARTIFACTS "${@:1:$#-1}" "$PROG" "${@: -1}" \
        > "$TMP/out" 2> "$TMP/err"
    status=$?
    set -e
    [ "$status" = "$want_status" ] || ok=0
    local out_ok=0 alt
    while IFS= read -r -d '|' alt; do
        [ "$(cat "$TMP/out")" = "$alt" ] && out_ok=1
    done <<< "$want_out|"
    [ $out_ok = 1 ] || ok=0
    if [ -z "$want_err" ]; then
        [ ! -s "$TMP/err" ] || ok=0
    else
        [ "$(wc -l < "$TMP/err")" = "${ERR_LINES:-1}" ] || ok=0
        [ "$(grep -Ec -- "^($want_err)\$" "$TMP/err")" = "${ERR_LINES:-1}" ] || ok=0
    fi
    if [ $ok = 1 ]; then
        echo "PASS $SUITE $name"; sed 's/^/  stderr: /' "$TMP/err"
    else
        echo "FAIL $SUITE $name: status $status (want $want_status), stdout:"; head -c 600 "$TMP/out"; echo
        echo "  stderr:"; head -c 1200 "$TMP/err"; fail=1
    fi
}
