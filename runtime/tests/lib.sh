# lib.sh: sourced by the runtime tests.  Sets RT (runtime/), TMP (a scratch
# directory removed at exit) and builds $TMP/liblime.a from runtime/*.c with
# the flags the Makefile uses; cc_test SRC OUT links a C test against it
# as limec links every program.
set -euo pipefail
RT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/limert.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
CC=${CC:-cc}
RT_CFLAGS="-std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Wno-unused-parameter -Werror -I$RT"

build_runtime() {
    mkdir -p "$TMP/obj"
    local pids=() f
    for f in "$RT"/*.c; do
        $CC $RT_CFLAGS -c "$f" -o "$TMP/obj/$(basename "${f%.c}").o" &
        pids+=($!)
    done
    for f in "${pids[@]}"; do wait "$f"; done
    ar rcs "$TMP/liblime.a" "$TMP"/obj/*.o
}

cc_test() {
    $CC $RT_CFLAGS "$1" "$TMP/liblime.a" -lgc -lm -lpthread -lOpenCL -lyaml -lcrypto -o "$2"
}
