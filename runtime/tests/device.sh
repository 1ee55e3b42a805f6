#!/usr/bin/env bash
# device.sh: the OpenCL device (device.c, opencl.c, manifest.c) against the
# hand-written kernels in tests/device/ and a manifest written here, as
# limec writes them beside a program (prog.artifacts/manifest.yaml and
# gpu/taskN.cl).  With LIME_DEVICE=gpu on any OpenCL platform (PoCL here):
# a map and a reduce for n in {1, 2, 3, 1000, 1000003} equal the CPU's
# results (the reduce bit for bit with the canonical tree).  Then the
# fallbacks, each checking exit status, stdout and stderr (exactly one
# warning line, or none).  Needs an OpenCL platform (clinfo lists it) for
# the device cases; without one they are skipped and the rest still run.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
mkdir -p "$TMP/bin"
cc_test "$RT/tests/device.c" "$TMP/bin/device"
PROG=$TMP/bin/device SUITE=device
K="$RT/tests/device"
export POCL_CACHE_DIR=${POCL_CACHE_DIR:-$TMP/pocl-cache}
fail=0

# make_artifacts DIR [task0 source]: the manifest and gpu/task0..3.cl;
# task 4 rejected by the GPU backend; task 5 absent.
make_artifacts() {
    local dir=$1 t0=${2:-$K/saxpy.cl}
    mkdir -p "$dir/gpu"
    cp "$t0" "$dir/gpu/task0.cl"
    cp "$K/sum.cl" "$dir/gpu/task1.cl"
    cp "$K/divide.cl" "$dir/gpu/task2.cl"
    cp "$K/index.cl" "$dir/gpu/task3.cl"
    sha() { sha256sum "$dir/gpu/task$1.cl" | cut -d' ' -f1; }
    cat > "$dir/manifest.yaml" <<EOF
lime: 1
program: device
tasks:
  - id: 0
    name: saxpy@14
    kind: map
    location: device.lime:14:23
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu: {accepted: true, artifact: gpu/task0.cl, sha256: $(sha 0), kernel: lime_task_0}
      fpga: {accepted: false, reason: "the FPGA backend is not implemented yet"}
  - id: 1
    name: sum@20
    kind: reduce
    location: device.lime:20:15
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu: {accepted: true, artifact: gpu/task1.cl, sha256: $(sha 1), kernel: lime_task_1}
  - id: 2
    name: divide@30
    kind: map
    location: device.lime:30:9
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu:
        accepted: true
        artifact: gpu/task2.cl
        sha256: $(sha 2)
        kernel: lime_task_2
  - id: 3
    name: lookup@40
    kind: map
    location: device.lime:40:9
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu: {accepted: true, artifact: gpu/task3.cl, sha256: $(sha 3), kernel: lime_task_3}
  - id: 4
    name: greet@50
    kind: map
    location: device.lime:50:9
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu: {accepted: false, reason: "it prints (I/O)"}
EOF
}

make_artifacts "$TMP/bin/device.artifacts" # found from /proc/self/exe
have_cl=0
if command -v clinfo > /dev/null && clinfo -l 2> /dev/null | grep -q '^Platform'; then have_cl=1; fi

W='lime: warning: '
CPU='; running it on the CPU'
if [ $have_cl = 1 ]; then
    # the device results, with the manifest beside the executable
    set +e
    LIME_DEVICE=gpu "$TMP/bin/device" full > "$TMP/out" 2> "$TMP/err"
    status=$?
    set -e
    if [ $status = 0 ] && [ ! -s "$TMP/err" ] && [ "$(grep -c '^ok ' "$TMP/out")" = 11 ]; then
        echo "PASS device full (LIME_DEVICE=gpu):"; sed 's/^/  /' "$TMP/out"
    else
        echo "FAIL device full, status $status:"; cat "$TMP/out"; head -20 "$TMP/err"; fail=1
    fi
    check "map on the device, twice" 0 $'42\ndevice\ndevice' "" LIME_DEVICE=gpu map
    check "reduce on the device" 0 $'42\ndevice' "" LIME_DEVICE=gpu reduce
    check "int division on the device (MIN_VALUE / -1, negative quotients)" 0 $'3\n-3\n-2147483648\n-2' "" \
        LIME_DEVICE=gpu divide-ok
    # (f) LIME_LOG=1: the decision line
    check "LIME_LOG=1 gpu" 0 $'42\ndevice\ndevice' "lime: task 0 \(saxpy@14\) map on gpu: .+ / .+" \
        LIME_DEVICE=gpu LIME_LOG=1 map
    # auto: measured; the task starts on the CPU and two small calls never
    # make it hot; under LIME_BUILD=wait the first call builds its kernel
    # (this program times no CPU run, so the CPU stays the one sampled)
    check "LIME_LOG=1 auto" 0 $'42\ncpu\ncpu' \
        "lime: task 0 \(saxpy@14\) map on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot" \
        LIME_LOG=1 map
    ERR_LINES=3 check "LIME_LOG=1 auto, LIME_BUILD=wait" 0 $'42\ncpu\ncpu' \
        "lime: task 0 \(saxpy@14\) map on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot|lime: task 0 \(saxpy@14\) map on cpu: hot after 1 call \(1000 elements\): building its gpu code and waiting for it \(LIME_BUILD=wait\)|lime: task 0 \(saxpy@14\) map on gpu: built \(.+ \(arrays shared with the device\)\); sampling each size class on cpu and gpu" \
        LIME_LOG=1 LIME_BUILD=wait map
    # LIME_CL_BUFFERS: the arrays shared or copied (same results), a bad value warned about
    check "LIME_CL_BUFFERS=copy" 0 $'42\ndevice\ndevice' \
        "lime: task 0 \(saxpy@14\) map on gpu: .+ \(arrays copied to and from the device\)" \
        LIME_DEVICE=gpu LIME_LOG=1 LIME_CL_BUFFERS=copy map
    # an exception in a kernel: the call is the CPU's again, quietly (the
    # generated code's CPU loop throws it, with the body's frames)
    check "LIME_CL_BUFFERS=copy, exception in a kernel" 0 $'42\ncpu' '' \
        LIME_DEVICE=gpu LIME_CL_BUFFERS=copy index
    check "LIME_CL_BUFFERS=zero" 0 $'42\ndevice\ndevice' \
        "lime: warning: LIME_CL_BUFFERS=zero is not copy or auto; using auto" \
        LIME_DEVICE=gpu LIME_CL_BUFFERS=zero map
    # (g) Java exceptions raised in a kernel: the CPU's again, quietly, which
    # throws them (tests/lime/MapThrowsTrace: the exception and its trace)
    check "ArithmeticException in a kernel" 0 $'42\ncpu' '' LIME_DEVICE=gpu divide
    check "ArrayIndexOutOfBoundsException in a kernel" 0 $'42\ncpu' '' LIME_DEVICE=gpu index
    # (b) a build error: the build log's first line
    make_artifacts "$TMP/syntax" "$K/syntax_error.cl"
    check "build error" 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): the OpenCL build failed \(CL_BUILD_PROGRAM_FAILURE\): .*(error|expected).*$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/syntax" map
    # (c) an artifact altered after the manifest was written
    make_artifacts "$TMP/altered"
    echo "/* changed */" >> "$TMP/altered/gpu/task0.cl"
    check "altered artifact" 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): artifact .*/altered/gpu/task0.cl does not match the manifest \(its SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64}\)$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/altered" map
    # an OpenCL call failing at run time (the kernel takes fewer parameters):
    # one warning, and the task stays on the CPU (the second call is silent)
    make_artifacts "$TMP/params" "$K/wrong_params.cl"
    check "OpenCL call failing" 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): clSetKernelArg \((operand|n|lime_err)\) failed \(CL_INVALID_ARG_(INDEX|SIZE)\)$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/params" map
    # a missing artifact
    make_artifacts "$TMP/missing"
    rm "$TMP/missing/gpu/task1.cl"
    check "missing artifact" 0 $'42\ncpu' \
        "${W}task 1 \(sum@20\): cannot read .*/missing/gpu/task1.cl \(No such file or directory\)$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/missing" reduce
    # artifact paths that leave the folder are refused even with the right
    # SHA-256 (this test program carries no manifest digest, so the
    # manifest itself is trusted): absolute, "..", a symbolic link to a
    # file outside, a symbolic link to a folder outside
    mkdir -p "$TMP/outside"
    cp "$K/saxpy.cl" "$TMP/outside/task0.cl"
    make_artifacts "$TMP/abs"
    sed -i "s|artifact: gpu/task0.cl|artifact: $TMP/outside/task0.cl|" "$TMP/abs/manifest.yaml"
    check "absolute artifact path" 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): the manifest's artifact path .*/outside/task0.cl is absolute: artifacts stay in .*/abs$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/abs" map
    make_artifacts "$TMP/dots"
    sed -i "s|artifact: gpu/task0.cl|artifact: ../outside/task0.cl|" "$TMP/dots/manifest.yaml"
    check "artifact path with .." 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): the manifest's artifact path ../outside/task0.cl leaves the artifacts folder .*/dots$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/dots" map
    make_artifacts "$TMP/link"
    ln -sf "$TMP/outside/task0.cl" "$TMP/link/gpu/task0.cl"
    check "artifact that is a symbolic link" 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): cannot read .*/link/gpu/task0.cl \(task0.cl is a symbolic link or not a folder: artifacts stay in .*/link\)$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/link" map
    make_artifacts "$TMP/linkdir"
    mkdir -p "$TMP/outside/gpu" && cp "$TMP/linkdir/gpu/"*.cl "$TMP/outside/gpu/"
    rm -rf "$TMP/linkdir/gpu" && ln -s "$TMP/outside/gpu" "$TMP/linkdir/gpu"
    check "artifact under a symbolic link to a folder" 0 $'42\ncpu\ncpu' \
        "${W}task 0 \(saxpy@14\): cannot read .*/linkdir/gpu/task0.cl \(gpu is a symbolic link or not a folder: artifacts stay in .*/linkdir\)$CPU" \
        LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/linkdir" map
    # each task decided on its own: rejected (warned), absent (warned), the rest on the device
    ERR_LINES=2 check "several tasks, LIME_DEVICE=gpu" 0 \
        $'task 0: device\ntask 1: device\ntask 2: device\ntask 3: device\ntask 4: cpu\ntask 5: cpu' \
        "${W}task 4 \(greet@50\) cannot run on the gpu: it prints \(I/O\)$CPU|${W}task 5: the manifest .* has no task 5$CPU" \
        LIME_DEVICE=gpu tasks
else
    echo "SKIP device: no OpenCL platform (clinfo lists none); only the fallbacks are checked"
fi

# (a) no OpenCL platform (an empty vendors directory for the ICD loader)
mkdir -p "$TMP/no-vendors"
check "no OpenCL platform, LIME_DEVICE=gpu" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(saxpy@14\): no OpenCL platform \(clGetPlatformIDs: [A-Za-z0-9_ ]+\)$CPU" \
    OCL_ICD_VENDORS="$TMP/no-vendors" LIME_DEVICE=gpu map
check "no OpenCL platform, auto: silent" 0 $'42\ncpu\ncpu' "" OCL_ICD_VENDORS="$TMP/no-vendors" map
ERR_LINES=3 check "no OpenCL platform, auto, LIME_LOG=1" 0 $'42\ncpu\ncpu' \
    "lime: task 0 \(saxpy@14\) map on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot|lime: task 0 \(saxpy@14\) map on cpu: hot after 1 call \(1000 elements\): building its gpu code and waiting for it \(LIME_BUILD=wait\)|lime: task 0 \(saxpy@14\) map on cpu: no OpenCL platform \(clGetPlatformIDs: [A-Za-z0-9_ ]+\)" \
    OCL_ICD_VENDORS="$TMP/no-vendors" LIME_LOG=1 LIME_BUILD=wait map
# (d) no manifest
check "missing manifest, LIME_DEVICE=gpu" 0 $'42\ncpu\ncpu' \
    "${W}task 0: cannot read .*/nowhere/manifest.yaml \(No such file or directory\)$CPU" \
    LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/nowhere" map
check "missing manifest, auto: silent" 0 $'42\ncpu\ncpu' "" LIME_ARTIFACTS="$TMP/nowhere" map
# a malformed manifest
mkdir -p "$TMP/bad"
printf 'lime: 1\ntasks: [\n' > "$TMP/bad/manifest.yaml"
check "malformed manifest, LIME_DEVICE=gpu" 0 $'42\ncpu\ncpu' \
    "${W}task 0: .*/bad/manifest.yaml:[0-9]+:[0-9]+: malformed YAML: .*$CPU" \
    LIME_DEVICE=gpu LIME_ARTIFACTS="$TMP/bad" map
# (e) LIME_DEVICE=cpu: no OpenCL at all, no warning
check "LIME_DEVICE=cpu" 0 $'42\ncpu\ncpu' "" LIME_DEVICE=cpu map
check "LIME_DEVICE=cpu, LIME_LOG=1" 0 $'42\ncpu\ncpu' "lime: task 0 \(saxpy@14\) map on cpu: LIME_DEVICE=cpu" \
    LIME_DEVICE=cpu LIME_LOG=1 map
# the task rejected by the GPU backend: a warning when forced, silent under auto
check "rejected task, auto: silent" 0 $'task 0: cpu\ntask 1: cpu\ntask 2: cpu\ntask 3: cpu\ntask 4: cpu\ntask 5: cpu|task 0: device\ntask 1: device\ntask 2: device\ntask 3: device\ntask 4: cpu\ntask 5: cpu' \
    "" LIME_DEVICE=auto tasks
# LIME_DEVICE neither cpu, gpu, fpga nor auto
check "LIME_DEVICE=fast" 0 $'42\ncpu\ncpu|42\ndevice\ndevice' \
    "${W}LIME_DEVICE=fast is not cpu, gpu, fpga or auto; using auto" LIME_DEVICE=fast map
exit $fail
