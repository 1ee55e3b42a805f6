#!/usr/bin/env bash
# build_model.sh: one FPGA task's Verilog -> its simulation model, a shared
# object with the C ABI of runtime/lime_fpga.h (backends/fpga/model.cpp
# around the Verilator model).
#
#   build_model.sh VERILOG_DIR TOP NAME=VALUE... OUT.so
#
# VERILOG_DIR holds the top module TOP (e.g. lime_task3) and every module it
# instantiates (*.v, *.sv); NAME=VALUE are the seven defines model.cpp
# needs: LIME_TASK_ID LIME_IN_WORDS LIME_OUT_WORDS LIME_PARAM_WORDS
# LIME_STATE_WORDS LIME_LATENCY LIME_II.  Builds in a fresh folder beside
# OUT.so (removed afterwards; kept when LIME_KEEP_BUILD=1) and writes
# OUT.so.  Lint warnings (an unconnected pin of a store module, a width
# Verilator would extend) do not stop the build (-Wno-fatal; Yosys has
# checked the design) but go to stderr with the lines that explain them;
# on a failure all of Verilator's and the C++ compiler's output does.
# Exit status 0 on success.
# Environment: VERILATOR (default verilator), MAKEFLAGS as usual; JOBS
# (default 0: Verilator picks) for the C++ build.
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: build_model.sh VERILOG_DIR TOP NAME=VALUE... OUT.so" >&2
    exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runtime=$(cd "$here/../../runtime" && pwd)
vdir=$1 top=$2
out=${!#}
defines=("${@:3:$#-3}")
cflags="-fPIC -fvisibility=hidden -fvisibility-inlines-hidden -I$runtime"
for d in "${defines[@]}"; do
    case "$d" in
    [A-Za-z_]*=*) cflags+=" -D$d" ;;
    *) echo "build_model.sh: not NAME=VALUE: $d" >&2; exit 2 ;;
    esac
done
shopt -s nullglob
sources=("$vdir"/*.v "$vdir"/*.sv)
if [ ${#sources[@]} = 0 ]; then
    echo "build_model.sh: no Verilog (*.v, *.sv) in $vdir" >&2
    exit 2
fi
out_dir=$(cd "$(dirname "$out")" && pwd)
build=$(mktemp -d "$out_dir/.build-$top.XXXXXX")
[ "${LIME_KEEP_BUILD:-0}" = 1 ] || trap 'rm -rf "$build"' EXIT
"${VERILATOR:-verilator}" --cc --exe --build -j "${JOBS:-0}" -O2 -Wno-fatal --prefix Vtask --top-module "$top" \
    -Mdir "$build" -o lib.so \
    -CFLAGS "$cflags" -LDFLAGS "-shared -Wl,-Bsymbolic -Wl,--exclude-libs,ALL" \
    "${sources[@]}" "$here/model.cpp" > "$build/log" 2>&1 || { cat "$build/log" >&2; exit 1; }
grep -A3 '^%Warning' "$build/log" >&2 || true
mv "$build/lib.so" "$out_dir/$(basename "$out")"
