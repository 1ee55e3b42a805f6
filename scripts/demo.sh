#!/usr/bin/env bash
# The main job on two examples: compile with limec, look at what the
# compiler made (IR, the task table), run the native programs, and compare
# their output with the expected output -- on the CPU, and with the data-
# parallel tasks on the OpenCL device when there is one, and on the FPGA
# backend's Verilator models.
set -euo pipefail
cd "$(dirname "$0")/.."
limec=build/bin/limec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() { # NAME OUTPUT-FILE
    if cmp -s "$2" "examples/$1.expected"; then
        echo "demo: $1: output matches examples/$1.expected"
    else
        echo "demo: $1: output differs from examples/$1.expected:"
        diff "$2" "examples/$1.expected" || true
        exit 1
    fi
}

echo "== limec --emit=ir examples/hello.lime (first lines)"
"$limec" --emit=ir examples/hello.lime | head -25
echo "..."
echo
echo "== limec -O2 examples/hello.lime -o hello && ./hello"
"$limec" -O2 examples/hello.lime -o "$work/hello"
"$work/hello" | tee "$work/hello.out"
check hello "$work/hello.out"
echo
echo "== limec --explain examples/saxpy.lime (which backend can run each task)"
"$limec" --explain examples/saxpy.lime
echo
echo "== limec -O3 examples/saxpy.lime -o saxpy && ./saxpy (maps and reduces on every core)"
"$limec" -O3 examples/saxpy.lime -o "$work/saxpy"
"$work/saxpy" | tee "$work/saxpy.out"
check saxpy "$work/saxpy.out"
echo
echo "== LIME_DEVICE=gpu LIME_LOG=1 ./saxpy (the same tasks on the OpenCL device)"
LIME_DEVICE=gpu LIME_LOG=1 "$work/saxpy" > "$work/saxpy.gpu" 2> "$work/saxpy.log" || true
cat "$work/saxpy.log"
cat "$work/saxpy.gpu"
check saxpy "$work/saxpy.gpu"
echo
echo "== LIME_DEVICE=fpga LIME_PROFILE=1 ./saxpy (the maps and the float sum on their Verilator models; Math.max of floats stays on the CPU)"
LIME_DEVICE=fpga LIME_PROFILE=1 "$work/saxpy" > "$work/saxpy.fpga" 2> "$work/saxpy.flog" || true
cat "$work/saxpy.flog"
cat "$work/saxpy.fpga"
check saxpy "$work/saxpy.fpga"
