#!/usr/bin/env bash
# The ThreadSanitizer build of the runtime: liblime compiled with
# -fsanitize=thread into build/tsan/lib/liblime.a, then the programs of the
# `threads` suite (every Lime program with a reduce, at 1, 2 and 8 worker
# threads; LIME_TARGETS=cpu) and the runtime suite's thread-pool test
# (parallel.sh) linked against it, through
# build/tsan/bin/cc (cc -fsanitize=thread).  A ThreadSanitizer report makes
# a program exit with status 66 and print the report on stderr, which fails
# its test.  The runtime suite's other tests are single-threaded (number
# formatting, the library, devices) or need collections (smoke.sh's
# gc_stress allocates 10 GiB), and library.sh's forked child per expected
# exception hangs under ThreadSanitizer (a fork of a process with its
# background thread), so they are left out.
#   make tsan
# (The generated code itself is not instrumented: limec's LLVM pipeline has
# no TSan pass; what is checked is the runtime's threads, locks and the
# memory it shares with the tasks it runs.)
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/tsan
mkdir -p "$out/obj" "$out/lib" "$out/bin"
cat > "$out/bin/cc" <<'CC'
#!/bin/sh
exec cc -fsanitize=thread "$@"
CC
chmod +x "$out/bin/cc"
flags="-std=c11 -D_GNU_SOURCE -O1 -g -fno-omit-frame-pointer -Wall -Wextra -Wno-unused-parameter -Werror -Iruntime"
for f in runtime/*.c; do
    "$out/bin/cc" $flags -c "$f" -o "$out/obj/$(basename "${f%.c}").o"
done
rm -f "$out/lib/liblime.a"
ar rcs "$out/lib/liblime.a" "$out"/obj/*.o
make -s all
export TSAN_OPTIONS="${TSAN_OPTIONS:-exitcode=66 halt_on_error=1 report_signal_unsafe=0}"
# Boehm GC stops the world with signals, which ThreadSanitizer holds back
# until a thread reaches an intercepted call: the collector then aborts
# ("Signals delivery fails constantly").  The programs run without
# collections (they are small); what is checked is the runtime's own
# threads and the memory they share, not the collector's.
export GC_DONT_GC=1
status=0
# Two things do not work under ThreadSanitizer (not investigated further;
# both are checked without it by the same suites): a stack trace has no
# frames (the code addresses are captured, but libdw finds no line for
# them), so the programs whose output includes their traces are skipped;
# and a stack overflow in a filter run in parallel blocks (on a worker
# thread) ends in SIGSEGV instead of StackOverflowError.
export LIME_TEST_SKIP="threads/MapThrowsTrace threads/SimdLargeThrows gpu/MapThrowsTrace gpu/SimdLargeThrows gpu/StackOverflowFilter"
export LIME_TEST_SKIP_WHY="cannot pass under ThreadSanitizer (scripts/tsan.sh): stack traces have no frames there, and a stack overflow on a worker thread is a SIGSEGV; the suite checks it without TSan"
LIME_RUNTIME_LIB=$PWD/$out/lib/liblime.a CC=$PWD/$out/bin/cc LIME_TARGETS=cpu,gpu LIMEC=build/bin/limec \
    bash tests/run.sh threads gpu fallback || status=1
CC=$PWD/$out/bin/cc bash runtime/tests/parallel.sh || status=1
exit $status
