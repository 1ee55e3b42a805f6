#!/usr/bin/env bash
# The limec command line (driver/main.c), as gcc users expect it:
#   stdout/FORM   `-o -` prints each textual form (and -c's object) to
#                 standard output, byte for byte what `-o FILE` writes
#   stdin/*       `-` reads the source from standard input (diagnostics
#                 name it <stdin>); `--` ends the options
#   depfile/*     -MD (-MMD) / -MF / -MT / -MP write make rules naming every file read:
#                 sources, liblime.a, the store modules of FPGA tasks
#   refuse/*      an output or depfile that is an input is refused and the
#                 source is left as it was
#   error/*       each bad command line: exit status 1 and exactly one
#                 message naming the user's path and the reason
#   version       --version names LLVM, OpenCL, Yosys and Verilator
#   devices/*     lime-devices, and LIME_DEVICE=gpu:N choosing an OpenCL device
#   cache/*       the FPGA model cache's size limit and --cache-clean
#   jobs/*        FPGA builds follow make's -j (its jobserver)
#   target/*      a failed build of a device --target names is an error
#   env/*         LIME_* switches and device names as a program reads them
#   device-task/* LIME_DEVICE_TASK=ID:DEVICE,... chooses a device per task (gpu:N, gpu:NAME too)
#                 (ids as --explain shows them) over LIME_DEVICE; a bad value
#                 is one warning naming it, and is ignored
#   link/*        a program links only what it uses (ldd): no libOpenCL,
#                 libyaml or libcrypto for one without tasks, no libOpenCL
#                 for one whose tasks no GPU build took, all three for one
#                 with a GPU task
#   gdb           an executable built with -g stops at a Java line in gdb
# Output: `PASS x` / `FAIL x: why` lines (tests/run.sh relays them as
# driver/x).  Environment: LIMEC (default build/bin/limec).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
. tests/report.sh
suite_setup driver
PREFIX=$(cd "$(dirname "$(readlink -f "$LIMEC")")/.." && pwd)

# ---- -o - for every textual form, and -c's object
for form in tokens ast ir llvm opencl verilog obj; do
    src=tests/explain/pipeline.lime
    "$LIMEC" --emit=$form "$src" -o "$T/file.$form" 2> "$T/err" &&
        "$LIMEC" --emit=$form "$src" -o - > "$T/stdout.$form" 2>> "$T/err"
    if [ ! -s "$T/file.$form" ]; then fail "stdout/$form" "--emit=$form -o FILE wrote nothing" "$T/err"
    else same "stdout/$form" "$T/file.$form" "$T/stdout.$form"; fi
done
"$LIMEC" -c $D/Hello.java -o - > "$T/stdout.o" && "$LIMEC" -c $D/Hello.java -o "$T/file.o"
same stdout/c "$T/file.o" "$T/stdout.o"
(cd "$T" && "$LIMEC" -c "$ROOT/$D/Hello.java") && [ -s "$T/Hello.o" ] && pass c-default-name ||
    fail c-default-name "limec -c Hello.java did not write Hello.o"

# ---- standard input, --
"$LIMEC" - -o "$T/stdin.exe" < $D/Hello.java > "$T/err" 2>&1 && "$T/stdin.exe" > "$T/stdin.out"
same stdin/run $D/Hello.expected "$T/stdin.out"
printf 'class A { void f() { int x = "s"; } }\n' | "$LIMEC" --check - 2> "$T/stdin.err"
same stdin/diagnostic $D/bad-stdin.err "$T/stdin.err"
cp $D/Hello.java "$T/-Hello.lime"
(cd "$T" && "$LIMEC" -o dash.exe -- -Hello.lime && ./dash.exe > dash.out)
same double-dash $D/Hello.expected "$T/dash.out"

# ---- depfiles: whole files (PREFIX: where limec finds liblime and the store)
printf '%s: \\\n  %s \\\n  %s\n' "$T/hello.exe" $D/Hello.java "$PREFIX/lib/liblime.a" > "$T/want.d"
"$LIMEC" -MD $D/Hello.java -o "$T/hello.exe" && same depfile/executable "$T/want.d" "$T/hello.d"
printf 'obj/Hello.o: \\\n  %s\n' $D/Hello.java > "$T/want.d"
"$LIMEC" -c $D/Hello.java -o "$T/h.o" -MF "$T/deps/h.d" -MT obj/Hello.o 2> "$T/err"
grep -q "cannot write '$T/deps/h.d': No such file or directory" "$T/err" && pass depfile/unwritable ||
    fail depfile/unwritable "a depfile in a missing folder was not reported with its path and reason" "$T/err"
"$LIMEC" -c $D/Hello.java -o "$T/h.o" -MF"$T/h.d" -MTobj/Hello.o && same depfile/mf-mt "$T/want.d" "$T/h.d"
printf '%s: \\\n  %s\n\n%s:\n' "$T/p.o" $D/Hello.java $D/Hello.java > "$T/want.d"
"$LIMEC" -MMD -MP -c $D/Hello.java -o "$T/p.o" && same depfile/mmd-mp "$T/want.d" "$T/p.d"
{
    printf 'x.v: \\\n  tests/explain/pipeline.lime'
    for m in int_shl int_add int_cmp int_mux2; do printf ' \\\n  %s' "$PREFIX/share/lime/artifacts/int/$m.v"; done
    printf '\n'
} > "$T/want.d"
"$LIMEC" --emit=verilog tests/explain/pipeline.lime -o - -MD -MF "$T/v.d" -MT x.v > /dev/null &&
    same depfile/store-modules "$T/want.d" "$T/v.d"

# ---- outputs that are inputs
cp $D/Hello.java "$T/Hello.java"
before=$(sha256sum < "$T/Hello.java")
for args in "-o Hello.java" "-o ./Hello.java" "-c -o Hello.java" "-MD -MF Hello.java -c -o x.o" "--emit=ir -o Hello.java"; do
    name="refuse/${args// /_}"
    (cd "$T" && "$LIMEC" Hello.java $args) > "$T/out" 2>&1
    rc=$?
    if [ $rc -ne 1 ] || ! grep -q "^limec: error: the \(output\|depfile\) '.*' is the input 'Hello.java'; refusing to overwrite it$" "$T/out"; then
        fail "$name" "exit status $rc, expected 1 and the refusal" "$T/out"
    elif [ "$(sha256sum < "$T/Hello.java")" != "$before" ]; then
        fail "$name" "the source was changed"
    else pass "$name"; fi
done

# ---- command-line errors: exit status 1 and exactly this stderr
check_error() {
    local name=$1 want=$2
    shift 2
    (cd "$T" && "$LIMEC" "$@") > "$T/out" 2> "$T/err"
    local rc=$?
    printf '%s\n' "$want" > "$T/want"
    if [ $rc -ne 1 ]; then fail "error/$name" "exit status $rc, expected 1" "$T/err"
    else same "error/$name" "$T/want" "$T/err"; fi
}
H=$ROOT/$D/Hello.java
check_error unknown-long "limec: error: unknown option '--bogus' (see limec --help)" --bogus "$H"
check_error unknown-short "limec: error: unknown option '-x' (see limec --help)" -x "$H"
check_error missing-o "limec: error: missing argument after '-o'" "$H" -o
check_error missing-mf "limec: error: missing argument after '-MF'" "$H" -MF
check_error bad-level "limec: error: unknown optimisation level '-O5' (-O0, -O1, -O2, -O3)" -O5 "$H"
check_error exe-stdout "limec: error: cannot write an executable to standard output ('-o -'); use -c or --emit= for that" "$H" -o -
check_error stdin-twice "limec: error: standard input ('-') is given twice" - -
check_error not-source "limec: error: 'Hello.c' is not a .lime or .java file" Hello.c
check_error no-input "limec: error: no input files (see limec --help)" -O2
check_error missing-file "limec: error: cannot open 'Nope.java': No such file or directory" Nope.java
check_error c-and-ir "limec: error: '-c' (an object file) and '--emit=ir' ask for different outputs" -c --emit=ir "$H"
check_error md-stdout "limec: error: -MD with the output on standard output needs -MF FILE and -MT TARGET" -MD --emit=ir "$H"
check_error no-dir "limec: error: cannot write '$T/no/such/prog': No such file or directory" "$H" -o "$T/no/such/prog"
check_error no-dir-ir "limec: error: cannot write 'no/x.ir': No such file or directory" --emit=ir "$H" -o no/x.ir
check_error no-dir-obj "limec: error: cannot write 'no/x.o': No such file or directory" -c "$H" -o no/x.o
# a program with tasks builds an artifacts folder beside its output: the
# missing folder is an error before it, not made on the way
check_error no-dir-tasks "limec: error: cannot write 'no/prog': No such file or directory" "$ROOT/$D/TwoTasks.lime" -o no/prog
[ ! -e "$T/no" ] && pass error/no-dir-tasks-nothing-made || fail error/no-dir-tasks-nothing-made "'no' was created"
touch "$T/plain"
check_error not-a-dir "limec: error: cannot write 'plain/prog': Not a directory" "$H" -o plain/prog
mkdir -p "$T/ro" && chmod 555 "$T/ro"
if [ "$(id -u)" != 0 ]; then
    check_error read-only "limec: error: cannot write 'ro/prog': Permission denied" "$H" -o ro/prog
fi

# ---- --version: limec, then one line per tool with both versions
"$LIMEC" --version > "$T/version" 2>&1
if [ "$(sed -n 1p "$T/version")" = "limec $(sed -n 's/^#define LIME_VERSION "\(.*\)"/\1/p' src/base.h)" ] &&
    grep -q '^LLVM: built with 15\.[0-9.]*, runs with .*libLLVM' "$T/version" &&
    grep -q '^OpenCL: built for OpenCL 1\.2 .*, runs with ' "$T/version" &&
    grep -q '^Yosys: built with .*, runs with ' "$T/version" &&
    grep -q '^Verilator: built with .*, runs with ' "$T/version" && [ "$(wc -l < "$T/version")" -eq 5 ]; then
    pass version
else fail version "expected limec, LLVM, OpenCL, Yosys and Verilator lines" "$T/version"; fi

# ---- environment: LIME_* switches take 1/yes/true/on, 0/no/false/off in any
# case, and warn about anything else; device names without case
"$LIMEC" --target=cpu $D/EnvMap.lime -o "$T/env.exe"
for v in YES True on 1 No FALSE off 0; do
    LIME_PROFILE=$v LIME_ASSERT=$v "$T/env.exe" > /dev/null 2> "$T/env.err"
    LIME_LOG=$v "$T/env.exe" > /dev/null 2>> "$T/env.err"
    if grep -q warning "$T/env.err"; then fail "env/$v" "a warning" "$T/env.err"
    elif [ "$(grep -c '^lime: task 0 (square@5) map on cpu' "$T/env.err")" != "$( case $v in YES|True|on|1) echo 1;; *) echo 0;; esac)" ]; then
        fail "env/$v" "LIME_LOG=$v: the log line expected only when on" "$T/env.err"
    else pass "env/$v"; fi
done
LIME_LOG=maybe "$T/env.exe" > "$T/env.out" 2> "$T/env.err"
printf '%s\n' "lime: warning: LIME_LOG=maybe is not 1, yes, true, on, 0, no, false or off; taken as off" > "$T/want"
same env/bad-switch "$T/want" "$T/env.err"
same env/bad-switch-output $D/EnvMap.expected "$T/env.out"
LIME_DEVICE=CPU "$T/env.exe" > /dev/null 2> "$T/env.err"
if [ -s "$T/env.err" ]; then fail env/device-case "LIME_DEVICE=CPU: a warning" "$T/env.err"; else pass env/device-case; fi

# ---- LIME_DEVICE_TASK: a device per task, over LIME_DEVICE
"$LIMEC" --target=cpu,gpu $D/TwoTasks.lime -o "$T/two.exe"
"$LIMEC" --explain $D/TwoTasks.lime | awk '{print $1, $2}' > "$T/two.ids"
printf '%s\n' "id task" "0 up@6" "1 triple@7" > "$T/want"
same device-task/explain-ids "$T/want" "$T/two.ids"
device_task() {   # NAME LIME_DEVICE LIME_DEVICE_TASK WANT-LOG-LINES...: the log (device words only) and the output
    local name=$1 device=$2 choice=$3
    shift 3
    LIME_LOG=1 LIME_DEVICE=$device LIME_DEVICE_TASK=$choice "$T/two.exe" > "$T/dt.out" 2> "$T/dt.err"
    sed -E 's/(map on gpu): .*/\1/' "$T/dt.err" > "$T/dt.log"
    printf '%s\n' "$@" > "$T/want"
    if cmp -s "$T/want" "$T/dt.log" && [ "$(cat "$T/dt.out")" = 13 ]; then pass "device-task/$name"
    else
        diff -u --label expected --label actual "$T/want" "$T/dt.log" > "$T/diff"; echo "output: $(cat "$T/dt.out")" >> "$T/diff"
        fail "device-task/$name" "LIME_DEVICE=$device LIME_DEVICE_TASK=$choice" "$T/diff"
    fi
}
device_task one-on-gpu cpu 1:gpu "lime: task 0 (up@6) map on cpu: LIME_DEVICE=cpu" "lime: task 1 (triple@7) map on gpu"
device_task one-on-cpu gpu 0:CPU "lime: task 0 (up@6) map on cpu: LIME_DEVICE_TASK=0:CPU" "lime: task 1 (triple@7) map on gpu"
device_task both cpu "1:gpu,0:Gpu" "lime: task 0 (up@6) map on gpu" "lime: task 1 (triple@7) map on gpu"
device_task other-id cpu 7:gpu "lime: task 0 (up@6) map on cpu: LIME_DEVICE=cpu" "lime: task 1 (triple@7) map on cpu: LIME_DEVICE=cpu"
device_task unlinked gpu 1:fpga "lime: task 0 (up@6) map on gpu" \
    "lime: warning: task 1 (triple@7) cannot run on the fpga: not built: --target leaves out fpga; running it on the CPU" \
    "lime: task 1 (triple@7) map on cpu: the fpga backend rejected it: not built: --target leaves out fpga"
# a device word with a selector, read by LIME_DEVICE's parser: gpu:N, gpu:NAME (PoCL's device is
# gpu:0 here); an index out of range warns as LIME_DEVICE=gpu:7 does, naming the setting
device_task gpu-index cpu 1:gpu:0 "lime: task 0 (up@6) map on cpu: LIME_DEVICE=cpu" "lime: task 1 (triple@7) map on gpu"
device_task gpu-name cpu 1:GPU:portable "lime: task 0 (up@6) map on cpu: LIME_DEVICE=cpu" "lime: task 1 (triple@7) map on gpu"
device_task gpu-same-selector cpu "0:gpu:0,1:Gpu:0" "lime: task 0 (up@6) map on gpu" "lime: task 1 (triple@7) map on gpu"
device_task gpu-bad-index cpu 1:gpu:7 "lime: task 0 (up@6) map on cpu: LIME_DEVICE=cpu" \
    "lime: warning: task 1 (triple@7): LIME_DEVICE_TASK=1:gpu:7: the one OpenCL device is gpu:0; running it on the CPU" \
    "lime: task 1 (triple@7) map on cpu: LIME_DEVICE_TASK=1:gpu:7: the one OpenCL device is gpu:0"
device_task gpu-bad-name gpu 0:gpu:nosuch \
    "lime: warning: task 0 (up@6): LIME_DEVICE_TASK=0:gpu:nosuch names no OpenCL device (lime-devices lists them); running it on the CPU" \
    "lime: task 0 (up@6) map on cpu: LIME_DEVICE_TASK=0:gpu:nosuch names no OpenCL device (lime-devices lists them)" \
    "lime: warning: task 1 (triple@7): LIME_DEVICE_TASK=0:gpu:nosuch names no OpenCL device (lime-devices lists them); running it on the CPU" \
    "lime: task 1 (triple@7) map on cpu: LIME_DEVICE_TASK=0:gpu:nosuch names no OpenCL device (lime-devices lists them)"
expected_form="(expected TASK:DEVICE,... with TASK a task number as limec --explain shows it and DEVICE cpu, gpu, fpga or auto, or one of them and which of its kind, as gpu:1 or gpu:NAME); ignored"
device_task bad/global-selector gpu:0 0:gpu:1 \
    "lime: warning: LIME_DEVICE_TASK=0:gpu:1: gpu:0 and gpu:1 are two devices; a process uses one $expected_form" \
    "lime: task 0 (up@6) map on gpu" "lime: task 1 (triple@7) map on gpu"
for bad in "0:tpu|'0:tpu' is not TASK:DEVICE" "gpu|'gpu' is not TASK:DEVICE" "1:gpu,|'' is not TASK:DEVICE" \
    "-1:gpu|'-1:gpu' is not TASK:DEVICE" "1:gpu,1:cpu|task 1 is given twice" "1 :gpu|'1 :gpu' is not TASK:DEVICE" \
    "1:gpu:|'1:gpu:' is not TASK:DEVICE" "0:gpu:0,1:gpu:1|gpu:0 and gpu:1 are two devices; a process uses one"; do
    value=${bad%%|*}
    device_task "bad/$value" cpu "$value" "lime: warning: LIME_DEVICE_TASK=$value: ${bad#*|} $expected_form" \
        "lime: task 0 (up@6) map on cpu: LIME_DEVICE=cpu" "lime: task 1 (triple@7) map on cpu: LIME_DEVICE=cpu"
done

# ---- a program links only the libraries its devices need
needed() { ldd "$1" | awk '{print $1}' | grep -o -E 'lib(OpenCL|yaml-0|crypto)\.so' | sort | tr '\n' ' '; }
"$LIMEC" $D/Hello.java -o "$T/hello.exe" && "$LIMEC" --target=cpu $D/EnvMap.lime -o "$T/cpu-map.exe" &&
    "$LIMEC" --target=cpu,gpu $D/EnvMap.lime -o "$T/gpu-map.exe"
if [ -x "$T/hello.exe" ] && [ -z "$(needed "$T/hello.exe")" ]; then pass link/no-tasks
else fail link/no-tasks "a program without tasks links '$(needed "$T/hello.exe")'"; fi
if [ "$(needed "$T/cpu-map.exe")" = "libcrypto.so libyaml-0.so " ]; then pass link/cpu-tasks
else fail link/cpu-tasks "a program with tasks only the CPU runs links '$(needed "$T/cpu-map.exe")'"; fi
if [ "$(needed "$T/gpu-map.exe")" = "libOpenCL.so libcrypto.so libyaml-0.so " ] &&
    LIME_DEVICE=gpu LIME_LOG=1 "$T/gpu-map.exe" 2>&1 > /dev/null | grep -q '^lime: task 0 (square@5) map on gpu: '
then pass link/gpu
else fail link/gpu "a program with a GPU task links '$(needed "$T/gpu-map.exe")' or did not run it on the gpu"; fi

# ---- a device named by --target whose build fails (no yosys on PATH, an
# empty model cache) is an error and nothing is linked; without --target
# the same failure warns and the CPU runs the task
mkdir -p "$T/bin" "$T/cache"
for tool in cc gcc as ld; do ln -sf "$(command -v $tool)" "$T/bin/$tool" 2> /dev/null; done
PATH="$T/bin" LIME_CACHE="$T/cache" "$LIMEC" --target=cpu,fpga $D/EnvMap.lime -o "$T/nofpga.exe" > "$T/target.out" 2>&1
st=$?
if [ "$st" = 1 ] && [ ! -e "$T/nofpga.exe" ] &&
    grep -q "^limec: error: --target names fpga, and its build of square@5 failed" "$T/target.out"; then pass target/build-failed
else fail target/build-failed "status $st, or an executable, or no error" "$T/target.out"; fi
if PATH="$T/bin" LIME_CACHE="$T/cache" "$LIMEC" $D/EnvMap.lime -o "$T/nofpga.exe" > "$T/target.out" 2>&1 &&
    grep -q "^limec: warning: fpga: .* not built, it runs on the CPU" "$T/target.out" && "$T/nofpga.exe" | cmp -s $D/EnvMap.expected -
then pass target/default-warns
else fail target/default-warns "without --target a failed FPGA build must warn and run on the CPU" "$T/target.out"; fi

# ---- FPGA builds under make: make -j2's jobserver lets two run at once,
# make -j1 one at a time (empty model caches, so both build)
printf '.PHONY: all\nall:\n\t+"%s" %s -o %s\n' "$LIMEC" "$ROOT/$D/TwoTasks.lime" "$T/two.exe" > "$T/jobs.mk"
builds_order() {   # the order of the build lines: b(uilding) and d(one), one letter per line
    grep -E '^limec: fpga: task[01] ' "$1" | sed -E 's/.*: building its model.*/b/; s/.*: synthesised .*/d/' | tr -d '\n'
}
LIME_CACHE="$T/jobs2" make -s -j2 -f "$T/jobs.mk" > "$T/jobs2.out" 2>&1
st=$?
if [ "$(builds_order "$T/jobs2.out")" = bbdd ] && ! grep -q -i jobserver "$T/jobs2.out" && "$T/two.exe" | cmp -s $D/TwoTasks.expected -
then pass jobs/make-j2
else fail jobs/make-j2 "expected both builds to start before either ended (make's status $st, build lines '$(builds_order "$T/jobs2.out")')" "$T/jobs2.out"; fi
LIME_CACHE="$T/jobs1" make -s -j1 -f "$T/jobs.mk" > "$T/jobs1.out" 2>&1
if [ "$(builds_order "$T/jobs1.out")" = bdbd ]; then pass jobs/make-j1
else fail jobs/make-j1 "expected one build at a time" "$T/jobs1.out"; fi

# ---- the model cache: over LIME_CACHE_MAX the least recently used models
# go after a build (never the new one); --cache-clean empties it
models() { find "$1/fpga" -maxdepth 1 -regextype egrep -regex '.*/[0-9a-f]{64}' 2> /dev/null | wc -l; }
LIME_CACHE="$T/jobs1" LIME_CACHE_MAX=1k "$LIMEC" $D/EnvMap.lime -o "$T/trim.exe" > "$T/trim.out" 2>&1
if [ "$(models "$T/jobs1")" = 1 ] && "$T/trim.exe" | cmp -s $D/EnvMap.expected -; then pass cache/limit
else fail cache/limit "expected only the new model left under LIME_CACHE_MAX=1k, found $(models "$T/jobs1")" "$T/trim.out"; fi
LIME_CACHE="$T/jobs2" "$LIMEC" --cache-clean > "$T/clean.out" 2>&1
if [ "$(models "$T/jobs2")" = 0 ] && [ ! -e "$T/jobs2/fpga/verilator-rt" ] &&
    grep -q "^limec: fpga: removed 2 cached models (.* MiB) from $T/jobs2/fpga\$" "$T/clean.out"; then pass cache/clean
else fail cache/clean "the cache is not empty, or the report differs" "$T/clean.out"; fi

# ---- lime-devices lists cpu, each OpenCL device as gpu:N and fpga; LIME_DEVICE=gpu:N
# or gpu:PART-OF-ITS-NAME picks one (PoCL's is gpu:0 here), a bad one warns
DEVICES="$(dirname "$LIMEC")/lime-devices"
"$DEVICES" > "$T/devices.out" 2>&1
if [ "$(awk '{print $1}' "$T/devices.out" | tr '\n' ' ')" = "cpu gpu:0 fpga " ] &&
    grep -q '^gpu:0   Portable Computing Language / ' "$T/devices.out"; then pass devices/list
else fail devices/list "expected cpu, gpu:0 (PoCL) and fpga lines" "$T/devices.out"; fi
"$LIMEC" --target=cpu,gpu $D/EnvMap.lime -o "$T/dev.exe" > /dev/null 2>&1
for sel in 0 pthread PORTABLE; do
    LIME_DEVICE=gpu:$sel LIME_LOG=1 "$T/dev.exe" > "$T/dev.out" 2> "$T/dev.err"
    if grep -q '^lime: task 0 (square@5) map on gpu: Portable Computing Language' "$T/dev.err" && [ "$(wc -l < "$T/dev.err")" = 1 ] &&
        cmp -s $D/EnvMap.expected "$T/dev.out"; then pass "devices/gpu:$sel"
    else fail "devices/gpu:$sel" "expected the task on PoCL's device" "$T/dev.err"; fi
done
LIME_DEVICE=gpu:7 "$T/dev.exe" > "$T/dev.out" 2> "$T/dev.err"
printf '%s\n' "lime: warning: task 0 (square@5): LIME_DEVICE=gpu:7: the one OpenCL device is gpu:0; running it on the CPU" > "$T/want"
same devices/bad-number "$T/want" "$T/dev.err"

# ---- gdb: -g -O0, a breakpoint at a Java line, its locals with their values
if command -v gdb > /dev/null; then
    "$LIMEC" -g -O0 $D/Hello.java -o "$T/g.exe" &&
        timeout 60 gdb -batch -ex 'break Hello.java:6' -ex run -ex 'info locals' -ex 'print sum * 2' -ex 'ptype i' \
            "$T/g.exe" > "$T/gdb.out" 2>&1
    printf '%s\n' "6	        System.out.println(\"sum \" + sum);" "sum = 30" "i = 5" '$1 = 60' "type = int" > "$T/want"
    if grep -q '^Thread 1 "g.exe" hit Breakpoint 1, .*Hello.main.* at Hello.java:6$' "$T/gdb.out" &&
        tail -n 5 "$T/gdb.out" | cmp -s "$T/want" -; then pass gdb
    else fail gdb "gdb did not stop at Hello.java:6 with sum and i" "$T/gdb.out"; fi
else
    echo "SKIP gdb: gdb is not installed (scripts/deps.sh installs it)"
fi
exit $failed
