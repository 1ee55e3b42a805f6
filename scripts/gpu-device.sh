#!/usr/bin/env bash
# The GPU checks for a machine with a real GPU and its OpenCL driver, but
# no limec, no C compiler and no Debian packages (the device machine that
# some sessions are lent).  Two steps:
#
#   bash scripts/gpu-device.sh stage [DIR]    here, on a machine that builds
#   bash scripts/gpu-device.sh run [DIR] OUT  there, on the GPU machine
#
# With the session's device tool: stage here, then one run with carry
# [".gpu-device"] and the command `bash scripts/gpu-device.sh run $OUT`
# (timeout_s 600: about four minutes on PoCL, less on a GPU).
#
# stage (DIR defaults to .gpu-device, ignored by git; about 50 MiB) builds
# limec, then compiles into DIR, for the cpu and gpu targets only:
#   built/   every Lime test program and shared example, by running the gpu
#            suite here (on PoCL, so what travels has passed here first),
#   shared/  the shared examples with their expected files,
#   bench/   bench/gpu/run.sh --stage: the five GPU benchmarks (about 16 MiB), their
#            expert-kernel copies and kernel_time,
#   lib/     the shared libraries those executables load that a machine
#            without this project's packages may lack: Boehm GC, libyaml,
#            libcrypto and the OpenCL ICD loader (libOpenCL.so.1, never a
#            vendor's library), and bin/clinfo.
# run puts DIR/lib first on the library path, finds the OpenCL drivers
# (the ICD files in /etc/OpenCL/vendors, or else a libnvidia-opencl.so.1
# it registers in DIR/vendors), checks that the runtime picks a device
# that is not PoCL, then runs, with the executables built here unchanged,
#   1. the gpu suite (tests/run.sh gpu, LIME_PREBUILT=1): every program's
#      output on the GPU against its expected files, the device really used;
#   2. bench/gpu/run.sh --from DIR/bench --out OUT (full sizes, 9 rounds).
# Everything it prints goes to OUT/gpu-device.log too; the benchmark
# writes OUT/gpu-latest.md and .csv (copy them to bench/results/ with a
# name that says which GPU).  Exit status: 0 when every check passed.
# GPU_DEVICE_REHEARSE=1 bash scripts/gpu-device.sh run OUT rehearses the
# run here, on PoCL (it otherwise refuses a PoCL device).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${1:-}
die() { echo "gpu-device: FAIL: $*" >&2; exit 1; }

stage() {
    local dir=$1 lib p exe
    cd "$ROOT"
    make -s all
    rm -rf "$dir"
    mkdir -p "$dir/lib" "$dir/bin" "$dir/shared"
    dir=$(cd "$dir" && pwd)
    local shared=${SHARED:-$ROOT/../shared}
    if [ -d "$shared/examples" ]; then
        cp -r "$shared/examples" "$dir/shared/"
    else
        echo "gpu-device: note: $shared/examples not found: the shared examples do not travel" >&2
    fi
    # the gpu suite here compiles every program into built/ and runs it on
    # PoCL: only programs that pass here are worth running there
    LIME_BUILT_DIR=$dir/built LIME_TARGETS=cpu,gpu SHARED=$dir/shared bash tests/run.sh gpu \
        | tee "$dir/stage-gpu-suite.log" | tail -n 3
    grep -q '^[0-9]* passed, 0 failed' "$dir/stage-gpu-suite.log" || die "the gpu suite failed here (see $dir/stage-gpu-suite.log)"
    bash bench/gpu/run.sh --stage "$dir/bench"
    # the libraries the executables and clinfo load from this project's packages
    exe=$(find "$dir/built" -type f -perm -u+x -name '[A-Za-z]*' -print -quit)
    [ -n "$exe" ] || die "no executable in $dir/built"
    command -v clinfo > /dev/null || die "clinfo is not installed (scripts/deps.sh installs it)"
    cp "$(command -v clinfo)" "$dir/bin/"
    for lib in libgc.so.1 libyaml-0.so.2 libcrypto.so.3 libOpenCL.so.1; do
        p=$(ldd "$exe" "$dir/bin/clinfo" | awk -v l="$lib" '$1 == l { print $3; exit }')
        [ -n "$p" ] && [ -f "$p" ] || die "cannot find $lib (ldd $exe)"
        cp -L "$p" "$dir/lib/$lib"
    done
    echo "gpu-device: staged in $dir ($(du -sh "$dir" | cut -f1)); on the GPU machine: bash scripts/gpu-device.sh run ${1} OUT"
}

# the OpenCL drivers there: the system's ICD files, or NVIDIA's library
# registered in DIR/vendors (the ICD loader reads OCL_ICD_VENDORS)
register_driver() { # DIR LIBRARY HOW
    mkdir -p "$1/vendors"
    echo "$2" > "$1/vendors/nvidia.icd"
    export OCL_ICD_VENDORS=$1/vendors
    echo "gpu-device: OpenCL driver $2 ($3; registered in $OCL_ICD_VENDORS)"
}
find_drivers() {
    local dir=$1 f
    if ls /etc/OpenCL/vendors/*.icd > /dev/null 2>&1; then
        echo "gpu-device: OpenCL drivers in /etc/OpenCL/vendors: $(cat /etc/OpenCL/vendors/*.icd | tr '\n' ' ')"
        return
    fi
    for f in /usr/local/nvidia/lib64/libnvidia-opencl.so.1 /usr/local/nvidia/lib/libnvidia-opencl.so.1 \
             /usr/lib/x86_64-linux-gnu/libnvidia-opencl.so.1 /usr/lib64/libnvidia-opencl.so.1; do
        if [ -f "$f" ]; then register_driver "$dir" "$f" "a known place"; return; fi
    done
    f=$(find / -xdev -name 'libnvidia-opencl.so*' -print -quit 2> /dev/null || true)
    [ -n "$f" ] || die "no OpenCL driver on this machine (no /etc/OpenCL/vendors/*.icd, no libnvidia-opencl.so)"
    register_driver "$dir" "$f" "found by search"
}

run_checks() {
    local dir=$1 out=$2 status=0 probe
    [ -f "$dir/bench/stage.info" ] || die "$dir was not staged (bash scripts/gpu-device.sh stage $dir)"
    dir=$(cd "$dir" && pwd)
    export LD_LIBRARY_PATH=$dir/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    export PATH=$dir/bin:$PATH
    find_drivers "$dir"
    clinfo -l || true
    clinfo > "$out/clinfo.txt" 2>&1 || true
    # the device the runtime picks for LIME_DEVICE=gpu
    probe=$(LIME_LOG=1 LIME_DEVICE=gpu "$dir/bench/saxpy/lime/Saxpy" 1000 1 2>&1 > /dev/null || true)
    echo "$probe"
    case $probe in
        *" on gpu: "*) ;;
        *) die "the runtime did not run saxpy on an OpenCL device" ;;
    esac
    case $probe in
        *"Portable Computing Language"*)
            # GPU_DEVICE_REHEARSE=1: try the whole run here, on PoCL
            [ "${GPU_DEVICE_REHEARSE:-0}" = 1 ] || die "the runtime picked PoCL, not the GPU" ;;
    esac
    echo "gpu-device: 1. the gpu suite with the executables built elsewhere"
    LIME_PREBUILT=1 LIME_BUILT_DIR=$dir/built SHARED=$dir/shared LIMEC=/nonexistent bash "$ROOT/tests/run.sh" gpu || status=1
    echo "gpu-device: 2. bench/gpu/run.sh --from $dir/bench"
    bash "$ROOT/bench/gpu/run.sh" --from "$dir/bench" --out "$out" || status=1
    return $status
}

case $cmd in
    stage) stage "${2:-.gpu-device}" ;;
    run)
        [ $# -ge 2 ] || die "usage: bash scripts/gpu-device.sh run [DIR] OUT"
        if [ $# -ge 3 ]; then dir=$2 out=$3; else dir=.gpu-device out=$2; fi
        mkdir -p "$out"
        out=$(cd "$out" && pwd)
        cd "$ROOT"
        run_checks "$dir" "$out" 2>&1 | tee "$out/gpu-device.log"
        ;;
    *) sed -n '2,35p' "$0" | sed 's/^# \{0,1\}//'; [ "$cmd" = -h ] || [ "$cmd" = --help ] || exit 2 ;;
esac
