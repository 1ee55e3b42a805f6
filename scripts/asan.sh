#!/usr/bin/env bash
# The stress build: limec compiled with AddressSanitizer and UBSan into
# build/asan/, then the front-end suites (ir, bad, fuzz) run with it; any
# sanitizer report fails them (UBSan halts on its first error).
#   make test-asan
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/asan
mkdir -p "$out/obj" "$out/bin" "$out/lib"
flags="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -std=c11 -D_GNU_SOURCE -Isrc"
llvm_cflags=$(llvm-config-15 --cflags)
objs=()
# the generated sources limec carries (the Java library, the Math source for kernels)
make -s build/gen/library.c build/gen/fdlibm_common.c
for f in src/*.c backends/*.c backends/*/*.c driver/*.c build/gen/library.c build/gen/fdlibm_common.c; do
    case "$f" in backends/null/*) continue ;; esac   # test-only backend (limec-test)
    o="$out/obj/$(echo "${f%.c}" | tr / _).o"
    cc $flags $llvm_cflags -c "$f" -o "$o"
    objs+=("$o")
done
cc -fsanitize=address,undefined -o "$out/bin/limec" "${objs[@]}" $(llvm-config-15 --ldflags --libs) -lyaml -lcrypto -lm
make build/lib/liblime.a build/share/lime/artifacts build/share/lime/fpga/model.cpp \
    build/share/lime/fpga/build_model.sh build/share/lime/fpga/lime_fpga.h > /dev/null
cp build/lib/liblime.a "$out/lib/"   # limec finds ../lib/liblime.a beside itself
mkdir -p "$out/share" && ln -sfn ../../share/lime "$out/share/lime"   # and ../share/lime
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1 FUZZ_TIMEOUT=20
LIMEC=$out/bin/limec bash tests/run.sh ir bad fuzz
