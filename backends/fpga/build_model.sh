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
# (default 2) for the C++ build; LIME_VERILATOR_RT: a folder that keeps
# Verilator's run-time objects compiled once (limec passes its cache).
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: build_model.sh VERILOG_DIR TOP NAME=VALUE... OUT.so" >&2
    exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# lime_fpga.h: beside this script in PREFIX/share/lime/fpga, else in the
# source tree's runtime/
if [ -f "$here/lime_fpga.h" ]; then runtime=$here; else runtime=$(cd "$here/../../runtime" && pwd); fi
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
verilator=${VERILATOR:-verilator}
"$verilator" --cc --exe -O2 -Wno-fatal --prefix Vtask --top-module "$top" \
    -Mdir "$build" -o lib.so \
    -CFLAGS "$cflags" -LDFLAGS "-shared -Wl,-Bsymbolic -Wl,--exclude-libs,ALL" \
    "${sources[@]}" "$here/model.cpp" > "$build/log" 2>&1 || { cat "$build/log" >&2; exit 1; }
# Verilator's own run-time objects are the same for every model built with
# these flags: with LIME_VERILATOR_RT (a folder) they are compiled once,
# kept there under the Verilator version and flags, and copied into each
# build (fresh copies are newer than their sources, so make keeps them).
rt_objs="verilated.o verilated_threads.o"
rt_dir=
if [ -n "${LIME_VERILATOR_RT:-}" ]; then
    rt_key=$({ "$verilator" --version; echo "$cflags" | sed 's/ -DLIME_[A-Z_]*=[0-9]*//g'; } | sha256sum | cut -c1-16)
    rt_dir=$LIME_VERILATOR_RT/$rt_key
    if [ -d "$rt_dir" ]; then
        for o in $rt_objs; do cp "$rt_dir/$o" "$build/$o"; done
    fi
fi
make -C "$build" -f Vtask.mk -j "${JOBS:-2}" >> "$build/log" 2>&1 || { cat "$build/log" >&2; exit 1; }
if [ -n "$rt_dir" ] && [ ! -d "$rt_dir" ]; then
    mkdir -p "$LIME_VERILATOR_RT"
    tmp_rt=$(mktemp -d "$LIME_VERILATOR_RT/.rt.XXXXXX")
    for o in $rt_objs; do cp "$build/$o" "$tmp_rt/$o"; done
    mv -T "$tmp_rt" "$rt_dir" 2>/dev/null || rm -rf "$tmp_rt"
fi
grep -A3 '^%Warning' "$build/log" >&2 || true
mv "$build/lib.so" "$out_dir/$(basename "$out")"
