#!/usr/bin/env bash
# Coverage-guided fuzzing of limec's front end with libFuzzer (fuzz/front.c:
# parse, check, lower and verify one in-memory source per input).
#
#   scripts/fuzz.sh [SECONDS]      build build/fuzz/front-fuzz, then fuzz for
#                                  SECONDS (default $FUZZ_TIME, else 3600)
#   scripts/fuzz.sh --build        only build it
#   scripts/fuzz.sh --replay FILE...  run the target on FILEs once
#   scripts/fuzz.sh --check [SECONDS] the short run of `make test` (the
#                                  `libfuzzer` suite of tests/run.sh): 60 s,
#                                  tests/fuzz-corpus left as it is
#
# Built with clang-15 -fsanitize=fuzzer,address,undefined (UBSan aborts on
# its first report).  The seed corpus is tests/fuzz-corpus/ (kept in the
# tree, minimised: what a run adds that covers something new is merged back
# into it with -merge=1 at the end of the run), the dictionary
# fuzz/java.dict.  A finding (crash, sanitizer report, internal compiler
# error, IR the verifier rejects, more than FUZZ_HANG_S=10 s of CPU time;
# libFuzzer's own -timeout=120 is the wall-clock backstop) is saved
# as build/fuzz/findings/crash-* and the script exits 1; make each one a
# regression test in tests/bad or tests/java.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/fuzz
cc=${FUZZ_CC:-clang-15}
if ! command -v "$cc" > /dev/null; then
    echo "fuzz: $cc is not installed (scripts/deps.sh installs clang-15)" >&2
    exit 1
fi
make -s build/gen/library.c
mkdir -p "$out/obj" "$out/corpus"
san="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
flags="-O1 -g -fno-omit-frame-pointer -std=c11 -D_GNU_SOURCE -Isrc $san"
objs=()
build_one() { # SRC OBJ [FLAGS]
    if [ ! -f "$2" ] || [ "$1" -nt "$2" ] || [ -n "$(find src -name '*.h' -newer "$2" -print -quit)" ]; then
        "$cc" $flags ${3:-} -c "$1" -o "$2"
    fi
}
# the pads bracket the coverage counters with whole pages (fuzz/front.c)
build_one fuzz/pad_first.c "$out/obj/pad_first.o"
objs+=("$out/obj/pad_first.o")
for f in src/*.c build/gen/library.c fuzz/front_once.c fuzz/front.c; do
    o="$out/obj/$(echo "${f%.c}" | tr / _).o"
    build_one "$f" "$o"
    objs+=("$o")
done
build_one fuzz/pad_last.c "$out/obj/pad_last.o"
objs+=("$out/obj/pad_last.o")
"$cc" $san -fuse-ld=lld -o "$out/front-fuzz" "${objs[@]}" -lm
[ "${1:-}" = --build ] && exit 0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
if [ "${1:-}" = --replay ]; then
    shift
    exec "$out/front-fuzz" -runs=1 "$@"
fi
merge=1
if [ "${1:-}" = --check ]; then
    merge=0
    shift
    set -- "${1:-60}"
fi
secs=${1:-${FUZZ_TIME:-3600}}
jobs=${FUZZ_JOBS:-1}
rm -rf "$out/corpus" "$out/findings" && mkdir -p "$out/corpus" "$out/findings"
status=0
parallel=()   # FUZZ_JOBS > 1: that many processes (each logs to build/fuzz/fuzz-N.log)
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
root=$PWD
(cd "$out" && exec ./front-fuzz -max_total_time="$secs" -max_len=102399 -timeout=120 -rss_limit_mb=0 \
    -dict="$root/fuzz/java.dict" -artifact_prefix="$root/$out/findings/" -print_final_stats=1 "${parallel[@]}" \
    "$root/$out/corpus" "$root/tests/fuzz-corpus") > "$out/fuzz.log" 2>&1 || status=$?
tail -n 25 "$out/fuzz.log"
# keep what the run found new in the tree's corpus (minimised)
if [ "$merge" = 1 ]; then
    "$out/front-fuzz" -set_cover_merge=1 tests/fuzz-corpus "$out/corpus" > "$out/merge.log" 2>&1 || true
    grep -h 'MERGE-OUTER: .* new files' "$out/merge.log" || true
fi
if [ "$status" != 0 ] || ls "$out"/findings/crash-* "$out"/findings/timeout-* > /dev/null 2>&1; then
    echo "fuzz: findings in $out/findings/ (see $out/fuzz.log)" >&2
    exit 1
fi
echo "fuzz: no finding in $secs s"
