#!/usr/bin/env bash
# vm.sh: LIME_DEVICE=auto's measured choice (runtime/device.c, measure.c)
# on tests/vm/Sizes.lime, one map task called at 16 and at 2^18 elements:
#   measured/log        LIME_BUILD=wait LIME_LOG=1: the decisions in order
#                       (measured, hot, built, then each size class settled
#                       after 3 timed calls on each of cpu and gpu); times
#                       are T, and the large class's winner is WINNER (it is
#                       a matter of this machine); the small class (16
#                       elements: a kernel launch costs more than the work)
#                       goes to the CPU
#   measured/output     ... prints what LIME_DEVICE=cpu prints
#   measured/resample   80 rounds: each class is sampled again after 64
#                       settled calls; the small one settles on the CPU again
#                       and its next sample is twice as far
#   background/*        the default (builds in the background): stdout and
#                       exit status (System.exit(5) while a build may be in
#                       flight) as on the CPU, the log lines only those the
#                       policy prints; also when the build fails
#                       (LIME_FAULT=build: at most its one warning)
#   learned/*           LIME_CHOICES=FILE: a run saves its settles, the next
#                       run of the same program on the same device starts
#                       from them (logged), with the same output; a file
#                       that cannot be written is one warning
#   resident/*          tests/vm/Chain.lime (map, map, reduce, chained) with
#                       LIME_DEVICE=gpu LIME_CL_BUFFERS=copy: each call's bytes
#                       in and out (LIME_PROFILE=json): the intermediates are
#                       read back once and never copied in again; the output
#                       is the CPU's
# Needs an OpenCL device (clinfo lists one); without one it skips.
# Output: `PASS x` / `FAIL x: why` lines (tests/run.sh relays them as vm/x).
# Environment: LIMEC (default build/bin/limec).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
. tests/report.sh
suite_setup vm


if ! command -v clinfo > /dev/null 2>&1 || ! clinfo -l 2> /dev/null | grep -q 'Device #'; then
    echo "SKIP vm: no OpenCL device (clinfo lists none)"
    exit 0
fi
if ! "$LIMEC" --target=cpu,gpu "$D/Sizes.lime" -o "$T/sizes" > "$T/build.out" 2>&1; then
    fail build "limec failed" "$T/build.out"
    exit 1
fi

# run ARGS -- ENV...: stdout (and "status N") to $T/out, stderr to $T/err
run() {
    local args=()
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    shift
    (cd "$T" && env "$@" ./sizes "${args[@]}" > out 2> err; echo "status $?" >> out)
}

run 12 -- LIME_DEVICE=cpu
cp "$T/out" "$T/cpu.out"
run 80 -- LIME_DEVICE=cpu
cp "$T/out" "$T/cpu80.out"

L='lime: task 0 (mix@13) map'
run 12 -- LIME_BUILD=wait LIME_LOG=1
sed -E -e 's/[0-9]+\.[0-9] us/T us/g' -e 's/built \(.*\); sampling/built (DEVICE); sampling/' \
    -e 's/map on (cpu|gpu): size class 2\^18/map on WINNER: size class 2^18/' "$T/err" > "$T/log"
same_lines measured/log "$T/log" \
    "$L on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot" \
    "$L on cpu: hot after 1 call (16 elements): building its gpu code and waiting for it (LIME_BUILD=wait)" \
    "$L on gpu: built (DEVICE); sampling each size class on cpu and gpu" \
    "$L on cpu: size class 2^4 (16 to 31 elements), best of 3 calls each: cpu T us, gpu T us; next sample after 64 calls" \
    "$L on WINNER: size class 2^18 (262144 to 524287 elements), best of 3 calls each: cpu T us, gpu T us; next sample after 64 calls"
same measured/output "$T/cpu.out" "$T/out"

run 80 -- LIME_BUILD=wait LIME_LOG=1
sed -E 's/[0-9]+\.[0-9] us/T us/g' "$T/err" | grep 'size class 2^4' > "$T/log"
same_lines measured/resample "$T/log" \
    "$L on cpu: size class 2^4 (16 to 31 elements), best of 3 calls each: cpu T us, gpu T us; next sample after 64 calls" \
    "$L on cpu: size class 2^4 (16 to 31 elements) sampled again, best of 3 calls each: cpu T us, gpu T us; next sample after 128 calls"
same measured/resample-output "$T/cpu80.out" "$T/out"

# the background: any of the policy's lines, in any number
LR='lime: task 0 \(mix@13\) map'
POLICY="^$LR on (cpu|gpu): (LIME_DEVICE=auto: measured; its gpu code is built once the task is hot|hot after [0-9]+ calls? \([0-9]+ elements\): building its gpu code in the background|built \(.*\); sampling each size class on cpu and gpu|size class 2\^(4|18) \([0-9]+ to [0-9]+ elements\)( sampled again)?, best of 3 calls each: cpu [0-9.]+ us, gpu [0-9.]+ us; next sample after [0-9]+ calls)$"
check_background() { # NAME EXPECTED-STDOUT ALLOWED-STDERR-REGEX
    if ! cmp -s "$2" "$T/out"; then
        diff -u "$2" "$T/out" > "$T/diff"
        fail "$1" "stdout or exit status differs from LIME_DEVICE=cpu's" "$T/diff"
    elif grep -v -E "$3" "$T/err" | grep -q .; then
        fail "$1" "stderr has lines the policy does not print" "$T/err"
    else
        pass "$1"
    fi
}
run 80 -- LIME_LOG=1
check_background background/log "$T/cpu80.out" "$POLICY"
sed 's/^status 0$/status 5/' "$T/cpu.out" > "$T/cpu5.out"
run 12 5 -- LIME_LOG=1
check_background background/exit-status "$T/cpu5.out" "$POLICY"
run 80 --
check_background background/quiet "$T/cpu80.out" '^$'
run 80 -- LIME_FAULT=build
check_background background/build-fails "$T/cpu80.out" \
    "^lime: warning: task 0 \(mix@13\): the OpenCL build failed \(CL_BUILD_PROGRAM_FAILURE\): gpu/task0.cl \[LIME_FAULT=build\]; running it on the CPU$"

# learned choices kept between runs (LIME_CHOICES): the first run writes
# the two settles; the second presets them and samples nothing in 12 rounds
run 12 -- LIME_BUILD=wait LIME_CHOICES=choices
sed -E -e 's/^[0-9a-f]{64}\t[^\t]+\t/SHA\tDEVICE\t/' -e 's/\t0\t18\t(cpu|gpu)$/\t0\t18\tWINNER/' "$T/choices" | LC_ALL=C sort > "$T/choices.n"
same_lines learned/file "$T/choices.n" "$(printf 'SHA\tDEVICE\t0\t18\tWINNER')" "$(printf 'SHA\tDEVICE\t0\t4\tcpu')"
run 12 -- LIME_BUILD=wait LIME_CHOICES=choices LIME_LOG=1
sed -E -e 's/built \(.*\); sampling/built (DEVICE); sampling/' \
    -e 's/map on (cpu|gpu): size class 2\^18/map on WINNER: size class 2^18/' "$T/err" > "$T/log"
same_lines learned/log "$T/log" \
    "$L on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot" \
    "$L on cpu: hot after 1 call (16 elements): building its gpu code and waiting for it (LIME_BUILD=wait)" \
    "$L on gpu: built (DEVICE); sampling each size class on cpu and gpu" \
    "$L on cpu: size class 2^4 (16 to 31 elements), settled by an earlier run (LIME_CHOICES); next sample after 64 calls" \
    "$L on WINNER: size class 2^18 (262144 to 524287 elements), settled by an earlier run (LIME_CHOICES); next sample after 64 calls"
same learned/output "$T/cpu.out" "$T/out"
run 12 -- LIME_BUILD=wait LIME_CHOICES=/nonexistent/dir/choices
same_lines learned/unwritable "$T/err" \
    "lime: warning: LIME_CHOICES=/nonexistent/dir/choices: cannot write it (No such file or directory); the choices are not saved"

# data kept on the device between chained tasks
if ! "$LIMEC" --target=cpu,gpu "$D/Chain.lime" -o "$T/chain" > "$T/build.out" 2>&1; then
    fail resident/build "limec failed" "$T/build.out"
    exit 1
fi
(cd "$T" && LIME_DEVICE=cpu ./chain > cpu.out 2>&1 && LIME_DEVICE=gpu LIME_CL_BUFFERS=copy LIME_PROFILE=json:p.json ./chain > out 2>&1)
same resident/output "$T/cpu.out" "$T/out"
python3 -c 'import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(r["task"], r["name"], r["device"], r["kind"], r["elements"], "in", r["bytes_in"], "out", r["bytes_out"])' "$T/p.json" > "$T/bytes" 2>&1
same_lines resident/bytes "$T/bytes" "0 twice@9 gpu map 100000 in 400000 out 400000" \
    "1 inc@10 gpu map 100000 in 0 out 400000" "2 '+'@11 gpu reduce 100000 in 0 out 4"
exit "$failed"
