#!/usr/bin/env bash
# vm.sh: LIME_DEVICE=auto's measured choice (runtime/device.c, measure.c)
# on tests/vm/Sizes.lime, one map task called at 16 and at 2^18 elements:
#   measured/log        LIME_BUILD=wait LIME_LOG=1: the decisions in order
#                       (measured, hot, built, then each size class settled
#                       after 3 timed calls on each of cpu and gpu, or after
#                       one each when the fastest is over 4x faster than the
#                       other, or two each when over 1.5x; the device's
#                       first run after its build is a warm-up, no sample);
#                       times are T, and the large class's winner is
#                       WINNER and how it was decided DECIDED (a matter of
#                       this machine); the small class (16 elements: a
#                       kernel launch costs far more than the work) goes to
#                       the CPU after a call each
#   measured/output     ... prints what LIME_DEVICE=cpu prints
#   measured/resample   80 rounds and 70,000 more small calls: the small
#                       class is sampled again (after 8 settled calls, or
#                       as many as keep a round's cost on the slower device
#                       under 1/32 of the settled calls' time), settles on
#                       the CPU again and its next sample is at least twice
#                       as far (measured/resample-interval)
#   background/*        the default (builds in the background): stdout and
#                       exit status (System.exit(5) while a build may be in
#                       flight) as on the CPU, the log lines only those the
#                       policy prints; also when the build fails
#                       (LIME_FAULT=build: at most its one warning)
#   learned/*           LIME_CHOICES=FILE: a run saves its settles, the next
#                       run of the same program on the same device starts
#                       from them (logged), with the same output; a file
#                       that cannot be written is one warning; before the
#                       build, a class learned for the CPU keeps the task
#                       cold for 64 calls, one learned for the device makes
#                       it hot at its first call
#   once/*              tests/vm/Once.lime, a task called once on 2^20
#                       elements: no build (logged), the CPU's output
#   churn/*             tests/vm/Churn.lime in a 64 MB heap: the program
#                       collects while its device code builds, and ends as
#                       on the CPU
#   resident/*          tests/vm/Chain.lime (map, map, reduce, chained) with
#                       LIME_DEVICE=gpu LIME_CL_BUFFERS=copy: each call's bytes
#                       in and out (LIME_PROFILE=json): the intermediates are
#                       read back once and never copied in again; the output
#                       is the CPU's
#   kept/*              tests/vm/Kept.lime, maps whose results only other tasks
#                       take (backends/cpu/kept.c), LIME_DEVICE=gpu
#                       LIME_CL_BUFFERS=copy: those results are never read
#                       back (the profile's bytes out are 0) nor copied in;
#                       when the CPU takes one after all (a LIME_FAULT=read
#                       failure of the task that takes it, LIME_DEVICE_TASK
#                       putting the next task on the CPU) it is read back
#                       first (logged once per array) and the output is the
#                       CPU's; tests/vm/KeptLoop.lime, 400 rounds: the result
#                       whose last reader the compiler knows is released
#                       after it (never read back), the other one's device
#                       copy freed once the collector finds it dead (more
#                       rounds keep it than the device's 16 buffers hold);
#                       under auto the output is the CPU's
#   fused/*             tests/vm/Fused.lime, a map fused into its reduce and a
#                       map of a map so fused, LIME_BUILD=wait: under auto
#                       each chain is sampled as a whole, fused on the CPU
#                       against apart, and settles on the fused loop (on a
#                       CPU OpenCL device such as PoCL apart makes and reads
#                       whole arrays the fused loop never makes); the output
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
run 80 0 70000 -- LIME_DEVICE=cpu
cp "$T/out" "$T/cpu-tail.out"

L='lime: task 0 (mix@13) map'
run 12 -- LIME_BUILD=wait LIME_LOG=1
# how a settle was decided, where that is a matter of the machine
DECIDED='s/, (best of 3 calls each|[a-z() ]+ over 4x faster than the rest after a call each|[a-z() ]+ over 1\.5x faster than the rest after 2 calls each):/, DECIDED:/'
sed -E -e 's/[0-9]+\.[0-9] us/T us/g' -e 's/built \(.*\); sampling/built (DEVICE); sampling/' \
    -e 's/map on (cpu|gpu): size class 2\^18/map on WINNER: size class 2^18/' -e "/2\^18/$DECIDED" \
    -e 's/next sample after [0-9]+ calls/next sample after N calls/' "$T/err" > "$T/log.raw"
# the two settles in either order (sorted): the device's first run, a
# warm-up, goes to whichever class asks it first, and the other class may
# then settle first, on its first sample
{ head -3 "$T/log.raw"; tail -n +4 "$T/log.raw" | LC_ALL=C sort; } > "$T/log"
same_lines measured/log "$T/log" \
    "$L on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot" \
    "$L on cpu: hot after 1 call (16 elements): building its gpu code and waiting for it (LIME_BUILD=wait)" \
    "$L on gpu: built (DEVICE); sampling each size class on cpu and gpu" \
    "$L on WINNER: size class 2^18 (262144 to 524287 elements), DECIDED: cpu T us, gpu T us; next sample after N calls" \
    "$L on cpu: size class 2^4 (16 to 31 elements), cpu over 4x faster than the rest after a call each: cpu T us, gpu T us; next sample after N calls"
same measured/output "$T/cpu.out" "$T/out"

run 80 0 70000 -- LIME_BUILD=wait LIME_LOG=1
sed -E -e 's/[0-9]+\.[0-9] us/T us/g' -e 's/next sample after [0-9]+ calls/next sample after N calls/' "$T/err" |
    grep 'size class 2^4' | uniq > "$T/log"
same_lines measured/resample "$T/log" \
    "$L on cpu: size class 2^4 (16 to 31 elements), cpu over 4x faster than the rest after a call each: cpu T us, gpu T us; next sample after N calls" \
    "$L on cpu: size class 2^4 (16 to 31 elements) sampled again, cpu over 4x faster than the rest after a call each: cpu T us, gpu T us; next sample after N calls"
# each interval: at least 8 calls, and twice the one before (the CPU again)
grep 'size class 2^4' "$T/err" | sed -E 's/.*next sample after ([0-9]+) calls$/\1/' > "$T/intervals"
if awk 'NR == 1 && $1 < 8 { bad = 1 } NR > 1 && $1 < 2 * last && $1 < 65536 { bad = 1 } { last = $1 } END { exit bad || NR < 2 }' "$T/intervals"; then
    pass measured/resample-interval
else
    fail measured/resample-interval "the small class's intervals do not start at 8 or more and double" "$T/intervals"
fi
same measured/resample-output "$T/cpu-tail.out" "$T/out"

# the background: any of the policy's lines, in any number
LR='lime: task 0 \(mix@13\) map'
POLICY="^$LR on (cpu|gpu): (LIME_DEVICE=auto: measured; its gpu code is built once the task is hot|hot after [0-9]+ calls? \([0-9]+ elements\): building its gpu code in the background|built \(.*\); sampling each size class on cpu and gpu|size class 2\^(4|18) \([0-9]+ to [0-9]+ elements\)( sampled again)?, (best of 3 calls each|(cpu|gpu) over 4x faster than the rest after a call each|(cpu|gpu) over 1\.5x faster than the rest after 2 calls each): cpu [0-9.]+ us, gpu [0-9.]+ us; next sample after [0-9]+ calls)$"
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

# learned before the build: with both classes settled on the CPU, no build
# in 24 calls (the class's first re-sample comes after 64), then one; with
# the large class settled on the device, its build at the first such call
sed -n -E 's/\t0\t(4|18)\t(cpu|gpu)$/\t0\t\1\tcpu/p' "$T/choices" > "$T/choices.cpu"
sed -E 's/\t18\tcpu$/\t18\tgpu/' "$T/choices.cpu" > "$T/choices.gpu"
LC="$L on cpu: size class 2^4 (16 to 31 elements), settled by an earlier run (LIME_CHOICES): its gpu code is built after 64 calls"
cp "$T/choices.cpu" "$T/choices"
run 12 -- LIME_CHOICES=choices LIME_LOG=1
same_lines learned/cpu-no-build "$T/err" \
    "$L on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot" "$LC" \
    "$L on cpu: size class 2^18 (262144 to 524287 elements), settled by an earlier run (LIME_CHOICES): its gpu code is built after 64 calls"
same learned/cpu-no-build-output "$T/cpu.out" "$T/out"
cp "$T/choices.cpu" "$T/choices"
run 80 -- LIME_CHOICES=choices LIME_LOG=1
head -4 "$T/err" | tail -1 > "$T/log"
same_lines learned/cpu-build-later "$T/log" \
    "$L on cpu: hot after 64 calls (8389120 elements): building its gpu code in the background"
same learned/cpu-build-later-output "$T/cpu80.out" "$T/out"
cp "$T/choices.gpu" "$T/choices"
run 12 -- LIME_CHOICES=choices LIME_LOG=1
head -3 "$T/err" > "$T/log"
same_lines learned/device-build-at-once "$T/log" \
    "$L on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot" "$LC" \
    "$L on cpu: size class 2^18 (262144 to 524287 elements) settled on gpu by an earlier run (LIME_CHOICES): building its gpu code in the background"
same learned/device-build-at-once-output "$T/cpu.out" "$T/out"

# a task called once (2^20 elements) gets no build
if ! "$LIMEC" --target=cpu,gpu "$D/Once.lime" -o "$T/once" > "$T/build.out" 2>&1; then
    fail once/build "limec failed" "$T/build.out"
else
    (cd "$T" && LIME_DEVICE=cpu ./once > once-cpu.out 2>&1 && LIME_LOG=1 ./once > once.out 2> once.err)
    same once/output "$T/once-cpu.out" "$T/once.out"
    same_lines once/no-build "$T/once.err" \
        "lime: task 0 (square@8) map on cpu: LIME_DEVICE=auto: measured; its gpu code is built once the task is hot"
fi

# collections go on during a background build: 400 rounds of a 4 MB map
# in a 64 MB heap, the build uncached (POCL_KERNEL_CACHE=0: it takes a
# second) while the rounds allocate; with the collector off during builds
# (as before) this ended in OutOfMemoryError
if ! "$LIMEC" --target=cpu,gpu "$D/Churn.lime" -o "$T/churn" > "$T/build.out" 2>&1; then
    fail churn/build "limec failed" "$T/build.out"
else
    (cd "$T" && LIME_DEVICE=cpu ./churn > churn-cpu.out 2>&1; echo "status $?" >> churn-cpu.out
     POCL_KERNEL_CACHE=0 LIME_HEAP_MAX=64m LIME_LOG=1 ./churn > churn.out 2> churn.err; echo "status $?" >> churn.out)
    if grep -q 'building its gpu code in the background' "$T/churn.err"; then same churn/collects-during-build "$T/churn-cpu.out" "$T/churn.out"
    else fail churn/collects-during-build "no background build happened" "$T/churn.err"; fi
fi

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

# results kept on the device, never read back (kept.c, lime_device_map_kept)
# bytes FILE.json: one line per call, "task name device kind elements in B out B"
bytes() {
    python3 -c 'import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(r["task"], r["name"], r["device"], r["kind"], r["elements"], "in", r["bytes_in"], "out", r["bytes_out"])' "$1"
}
for prog in Kept KeptLoop; do
    if ! "$LIMEC" --target=cpu,gpu "$D/$prog.lime" -o "$T/$prog" > "$T/build.out" 2>&1; then
        fail "kept/build-$prog" "limec failed" "$T/build.out"
        exit 1
    fi
done
# kept_run NAME PROG -- ENV...: stdout to $T/out, stderr to $T/err, profile $T/k.json
kept_run() {
    local prog=$2
    shift 3
    rm -f "$T/k.json"
    (cd "$T" && env LIME_CL_BUFFERS=copy LIME_PROFILE=json:k.json "$@" "./$prog" > out 2> err; echo "status $?" >> out)
}
(cd "$T" && LIME_DEVICE=cpu ./Kept > kept-cpu.out 2>&1; echo "status $?" >> kept-cpu.out)
(cd "$T" && LIME_DEVICE=cpu ./KeptLoop > loop-cpu.out 2>&1; echo "status $?" >> loop-cpu.out)

kept_run kept Kept -- LIME_DEVICE=gpu
same kept/output "$T/kept-cpu.out" "$T/out"
bytes "$T/k.json" > "$T/bytes"
# a (twice@12) only inc's; b (inc@13) the reduce's and sq's; c (sq@15)
# printed; d (inc@16) and the map fused into the last reduce (twice@17) only
# that reduce's: every kept result 0 bytes out, and 0 in for its takers
same_lines kept/bytes "$T/bytes" "0 twice@12 gpu map 100000 in 400000 out 0" \
    "1 inc@13 gpu map 100000 in 0 out 0" "2 '+'@14 gpu reduce 100000 in 0 out 4" \
    "3 sq@15 gpu map 100000 in 0 out 400000" "4 inc@16 gpu map 100000 in 0 out 0" \
    "5 twice@17 gpu map 100000 in 0 out 0" "6 '+'@17 gpu reduce 100000 in 0 out 4"

# the reduce and sq fail reading their results (LIME_FAULT=read): the CPU
# runs them, reading b (and the fused map's result) back first
kept_run kept Kept -- LIME_DEVICE=gpu LIME_FAULT=read LIME_LOG=1
same kept/fault-output "$T/kept-cpu.out" "$T/out"
grep -E '^lime: warning|read back' "$T/err" | sed -E 's/\(CL_[A-Z_]+\)/(CODE)/' > "$T/log"
same_lines kept/fault-log "$T/log" \
    "lime: warning: task 2 ('+'@14): clEnqueueReadBuffer (result) failed (CODE) [LIME_FAULT=read]; running it on the CPU" \
    "lime: task 1 (inc@13) map on gpu: its result read back (400000 bytes): the CPU or another device takes it" \
    "lime: warning: task 3 (sq@15): clEnqueueReadBuffer (output) failed (CODE) [LIME_FAULT=read]; running it on the CPU" \
    "lime: warning: task 6 ('+'@17): clEnqueueReadBuffer (result) failed (CODE) [LIME_FAULT=read]; running it on the CPU" \
    "lime: task 5 (twice@17) map on gpu: its result read back (400000 bytes): the CPU or another device takes it"

# the next task on the CPU by choice: a is read back before inc runs there
kept_run kept Kept -- LIME_DEVICE=gpu LIME_DEVICE_TASK=1:cpu LIME_LOG=1
same kept/cpu-next-output "$T/kept-cpu.out" "$T/out"
grep 'read back' "$T/err" > "$T/log"
same_lines kept/cpu-next-log "$T/log" \
    "lime: task 0 (twice@12) map on gpu: its result read back (400000 bytes): the CPU or another device takes it"

# 400 rounds: x (twice@15) released after inc, its last reader; y (inc@16)
# read by two reduces, freed after the collector finds it dead
kept_run loop KeptLoop -- LIME_DEVICE=gpu
same kept/loop-output "$T/loop-cpu.out" "$T/out"
bytes "$T/k.json" | sort | uniq -c | sed -E 's/^ +//' > "$T/bytes"
if ! grep -qx '400 0 twice@15 gpu map 100000 in 400000 out 0' "$T/bytes"; then
    fail kept/loop-released "x was read back in some round (released after inc, it should never be)" "$T/bytes"
else
    pass kept/loop-released
fi
kept_y=$(sed -nE 's/^([0-9]+) 1 inc@16 gpu map 100000 in 0 out 0$/\1/p' "$T/bytes")
if [ "${kept_y:-0}" -le 16 ]; then
    fail kept/loop-finalised "y was kept in ${kept_y:-0} rounds, no more than the 16 buffers: dead arrays' buffers are not freed" "$T/bytes"
else
    pass kept/loop-finalised
fi

kept_run loop KeptLoop -- LIME_BUILD=wait
same kept/auto-output "$T/loop-cpu.out" "$T/out"

# chains fused on the CPU, measured whole under auto (lime_device_fused_pick)
if ! "$LIMEC" --target=cpu,gpu "$D/Fused.lime" -o "$T/fused" > "$T/build.out" 2>&1; then
    fail fused/build "limec failed" "$T/build.out"
    exit 1
fi
(cd "$T" && LIME_DEVICE=cpu ./fused 12 > fused-cpu.out 2>&1; echo "status $?" >> fused-cpu.out)
(cd "$T" && LIME_BUILD=wait LIME_LOG=1 ./fused 12 > out 2> err; echo "status $?" >> out)
same fused/output "$T/fused-cpu.out" "$T/out"
grep -E '^lime: task (1|3) \(' "$T/err" | grep 'reduce after it' | sed -E -e 's/[0-9]+\.[0-9] us/T us/g' -e "$DECIDED" -e 's/next sample after [0-9]+ calls/next sample after N calls/' > "$T/log"
same_lines fused/log "$T/log" \
    "lime: task 1 (sq@16) and the reduce after it: a device takes part; sampling each size class fused on cpu and apart" \
    "lime: task 3 (scale@17) and the reduce after it: a device takes part; sampling each size class fused on cpu and apart" \
    "lime: task 1 (sq@16) and the reduce after it on cpu (fused): size class 2^20 (1048576 to 2097151 elements), DECIDED: cpu (fused) T us, apart T us; next sample after N calls" \
    "lime: task 3 (scale@17) and the reduce after it on cpu (fused): size class 2^20 (1048576 to 2097151 elements), DECIDED: cpu (fused) T us, apart T us; next sample after N calls"
exit "$failed"
