#!/usr/bin/env bash
# faults.sh: LIME_FAULT=point (runtime/env.c) at every failure point of
# every device, on tests/faults/Faults.lime (a map the GPU and the FPGA
# accepted, called twice, and a reduce both accepted, between prints).
# Each test runs the program with stdout and stderr in one file and
# compares all of it, exit status included: the program's lines in their
# order, and exactly one warning per task, naming it and the injected
# reason, where the fault first meets the task (before the line that
# needs its result); the task's second call is silent, on the CPU.
#   gpu/POINT    LIME_DEVICE=gpu: no-platform, context, build, alloc,
#                enqueue, read, error-flag, artifact-missing,
#                artifact-altered
#   fpga/POINT   LIME_DEVICE=fpga: artifact-missing, artifact-altered,
#                model-load, model-stall, model-count (the map and the
#                reduce each warn)
#   bad-point    an unknown point: one warning, nothing injected
#   auto/build-wait  LIME_DEVICE=auto, LIME_BUILD=wait: a build that fails
#                (LIME_FAULT=build) is one warning at the task's hot call
#                (a failing build in the background: tests/vm.sh)
# The machine's OpenCL device name and the temporary folder are replaced
# by DEVICE and T before comparing.  Output: `PASS x` / `FAIL x: why`
# lines (tests/run.sh relays them as faults/x).  Environment: LIMEC.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
. tests/report.sh
suite_setup faults


if ! "$LIMEC" "$D/Faults.lime" -o "$T/faults" > "$T/build.out" 2>&1; then
    fail build "limec failed" "$T/build.out"
    exit 1
fi

# run ENV...: the program with stdout and stderr together in $T/all.n (its
# exit status last), normalised
run() {
    (cd "$T" && env "$@" ./faults > all 2>&1; echo "status $?" >> all)
    sed -e "s|$T/|T/|g" -e 's/failed on .* (CL_OUT_OF_HOST_MEMORY)/failed on DEVICE (CL_OUT_OF_HOST_MEMORY)/' \
        "$T/all" > "$T/all.n"
}

W='lime: warning: '
CPU='; running it on the CPU'
MAP='task 0 (affine@7)'
RED="task 1 ('+'@13)"
# NAME W0 W1: the program's output around the warnings W0 (the map's) and
# W1 (the reduce's) is $T/all.n
expected() {
    same_lines "$1" "$T/all.n" before "$2" "map 1 2998" "$3" "reduce 1499500" "again 4 8995" "status 0"
}

# gpu_fault POINT MAP-REASON REDUCE-REASON
gpu_fault() {
    run LIME_DEVICE=gpu LIME_FAULT="$1"
    expected "gpu/$1" "$W$MAP: $2$CPU" "$W$RED: $3$CPU"
}

# fpga_fault POINT MAP-REASON REDUCE-REASON
fpga_fault() {
    run LIME_DEVICE=fpga LIME_FAULT="$1"
    expected "fpga/$1" "$W$MAP: $2$CPU" "$W$RED: $3$CPU"
}

run LIME_FAULT=nothing,build
# (read when the first task is decided)
same_lines bad-point "$T/all.n" before "${W}LIME_FAULT=nothing,build: 'nothing' is not a fault point (no-platform, context, build, alloc, enqueue, read, error-flag, artifact-missing, artifact-altered, model-load, model-stall or model-count); ignored" \
    "map 1 2998" "reduce 1499500" "again 4 8995" "status 0"

if command -v clinfo > /dev/null 2>&1 && clinfo -l 2> /dev/null | grep -q 'Device #'; then
    gpu_fault no-platform "no OpenCL platform (clGetPlatformIDs: none installed) [LIME_FAULT=no-platform]" \
        "no OpenCL platform (clGetPlatformIDs: none installed) [LIME_FAULT=no-platform]"
    gpu_fault context "clCreateContext failed on DEVICE (CL_OUT_OF_HOST_MEMORY) [LIME_FAULT=context]" \
        "clCreateContext failed on DEVICE (CL_OUT_OF_HOST_MEMORY) [LIME_FAULT=context]"
    gpu_fault build "the OpenCL build failed (CL_BUILD_PROGRAM_FAILURE): gpu/task0.cl [LIME_FAULT=build]" \
        "the OpenCL build failed (CL_BUILD_PROGRAM_FAILURE): gpu/task1.cl [LIME_FAULT=build]"
    gpu_fault alloc "clCreateBuffer (output) failed (CL_MEM_OBJECT_ALLOCATION_FAILURE) [LIME_FAULT=alloc]" \
        "clCreateBuffer (input) failed (CL_MEM_OBJECT_ALLOCATION_FAILURE) [LIME_FAULT=alloc]"
    gpu_fault enqueue "clEnqueueNDRangeKernel failed (CL_OUT_OF_RESOURCES) [LIME_FAULT=enqueue]" \
        "clEnqueueNDRangeKernel failed (CL_OUT_OF_RESOURCES) [LIME_FAULT=enqueue]"
    # (PoCL shares host memory: the map's output is mapped, not read back)
    run LIME_DEVICE=gpu LIME_LOG=1 LIME_FAULT=read
    if grep -q 'arrays shared with the device' "$T/all.n"; then out_read=clEnqueueMapBuffer; else out_read=clEnqueueReadBuffer; fi
    gpu_fault read "$out_read (output) failed (CL_OUT_OF_RESOURCES) [LIME_FAULT=read]" \
        "clEnqueueReadBuffer (result) failed (CL_OUT_OF_RESOURCES) [LIME_FAULT=read]"
    gpu_fault error-flag "the kernel reported exception code 77, which no task raises [LIME_FAULT=error-flag]" \
        "the kernel reported exception code 77, which no task raises [LIME_FAULT=error-flag]"
    gpu_fault artifact-missing \
        "cannot read T/faults.artifacts/gpu/task0.cl (No such file or directory) [LIME_FAULT=artifact-missing]" \
        "cannot read T/faults.artifacts/gpu/task1.cl (No such file or directory) [LIME_FAULT=artifact-missing]"
    gpu_fault artifact-altered \
        "artifact T/faults.artifacts/gpu/task0.cl does not match the manifest [LIME_FAULT=artifact-altered]" \
        "artifact T/faults.artifacts/gpu/task1.cl does not match the manifest [LIME_FAULT=artifact-altered]"
    # the copy path reads the map's output back
    run LIME_DEVICE=gpu LIME_CL_BUFFERS=copy LIME_FAULT=read
    expected gpu-copy/read "$W$MAP: clEnqueueReadBuffer (output) failed (CL_OUT_OF_RESOURCES) [LIME_FAULT=read]$CPU" \
        "$W$RED: clEnqueueReadBuffer (result) failed (CL_OUT_OF_RESOURCES) [LIME_FAULT=read]$CPU"

    # auto: the build of a hot task fails; LIME_BUILD=wait: the map is hot at
    # its first call (and warns there), the reduce at its first
    run LIME_BUILD=wait LIME_FAULT=build
    expected auto/build-wait "$W$MAP: the OpenCL build failed (CL_BUILD_PROGRAM_FAILURE): gpu/task0.cl [LIME_FAULT=build]$CPU" \
        "$W$RED: the OpenCL build failed (CL_BUILD_PROGRAM_FAILURE): gpu/task1.cl [LIME_FAULT=build]$CPU"
else
    echo "SKIP gpu: no OpenCL device (clinfo lists none)"
fi

if grep -q 'fpga: {accepted: true' "$T/faults.artifacts/manifest.yaml"; then
    fpga_fault artifact-missing \
        "cannot read T/faults.artifacts/fpga/task0.so (No such file or directory) [LIME_FAULT=artifact-missing]" \
        "cannot read T/faults.artifacts/fpga/task1.so (No such file or directory) [LIME_FAULT=artifact-missing]"
    fpga_fault artifact-altered \
        "artifact T/faults.artifacts/fpga/task0.so does not match the manifest [LIME_FAULT=artifact-altered]" \
        "artifact T/faults.artifacts/fpga/task1.so does not match the manifest [LIME_FAULT=artifact-altered]"
    fpga_fault model-load "cannot load T/faults.artifacts/fpga/task0.so (dlopen failed) [LIME_FAULT=model-load]" \
        "cannot load T/faults.artifacts/fpga/task1.so (dlopen failed) [LIME_FAULT=model-load]"
    # (the reduce: 1000 elements, one result per 256 of them)
    fpga_fault model-stall \
        "the model put out 500 of 1000 results in 2001 clocks (latency 1, ii 1) [LIME_FAULT=model-stall]" \
        "the model put out 2 of 4 results in 2009 clocks (latency 9, ii 1) [LIME_FAULT=model-stall]"
    fpga_fault model-count "the model put out 1001 results, not 1000 [LIME_FAULT=model-count]" \
        "the model put out 5 results, not 4 [LIME_FAULT=model-count]"
else
    echo "SKIP fpga: the FPGA backend built no model for $D/Faults.lime"
fi
exit "$failed"
