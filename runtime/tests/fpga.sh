#!/usr/bin/env bash
# fpga.sh: the fpga device (device.c, fpga.c, manifest.c) against the
# hand-written Verilog models in tests/fpga/, built once here with
# backends/fpga/build_model.sh (the recipe limec uses) into a manifest's
# folder as limec writes it (prog.artifacts/manifest.yaml, fpga/taskN.so).
# With LIME_DEVICE=fpga: maps and a stream equal C's results; the model's
# handshakes under back-pressure (driven directly); the LIME_LOG and
# LIME_PROFILE lines; Java exceptions raised by an item; then every
# fallback (exactly one warning line, the CPU's results) and the choices
# that never take the FPGA (cpu, gpu, auto).  Needs Verilator (a required
# dependency: without it this test fails, saying so).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$(cd "$RT/.." && pwd)
V="$RT/tests/fpga"
fail=0
if ! command -v "${VERILATOR:-verilator}" > /dev/null; then
    echo "FAIL fpga: verilator is not installed (apt-get install verilator; see scripts/deps.sh)"
    exit 1
fi

# The models, built in parallel with the runtime.
mkdir -p "$TMP/models" "$TMP/bin"
model() { # DIR TOP ID IN OUT PARAM STATE LATENCY
    bash "$ROOT/backends/fpga/build_model.sh" "$V/$1" "$2" LIME_TASK_ID=$3 LIME_IN_WORDS=$4 LIME_OUT_WORDS=$5 \
        LIME_PARAM_WORDS=$6 LIME_STATE_WORDS=$7 LIME_LATENCY=$8 LIME_II=1 "$TMP/models/task$3.so" \
        2> "$TMP/models/task$3.log"
}
pids=()
model axpb lime_task0 0 2 1 1 0 3 & pids+=($!)
model mix lime_task1 1 6 2 1 0 1 & pids+=($!)
model runsum lime_task2 2 1 1 0 2 1 & pids+=($!)
model stuck lime_task6 6 1 1 0 0 1 & pids+=($!)
build_runtime
cc_test "$RT/tests/fpga.c" "$TMP/bin/fpga"
PROG=$TMP/bin/fpga SUITE=fpga
for p in "${pids[@]}"; do
    if ! wait "$p"; then
        echo "FAIL fpga: building a model failed:"; cat "$TMP"/models/*.log; exit 1
    fi
done
echo "PASS fpga: 4 models built with backends/fpga/build_model.sh"

# make_artifacts DIR [IN_TYPES0 [TASK0_SO]]: the manifest and
# fpga/task{0,1,2,4,6}.so (task 4: a copy of task 0's model); task 3
# rejected; task 5 absent.
make_artifacts() {
    local dir=$1 in0=${2:-II}
    mkdir -p "$dir/fpga"
    for t in 1 2 6; do cp "$TMP/models/task$t.so" "$dir/fpga/"; done
    cp "${3:-$TMP/models/task0.so}" "$dir/fpga/task0.so"
    cp "$TMP/models/task0.so" "$dir/fpga/task4.so"
    sha() { sha256sum "$dir/fpga/task$1.so" | cut -d' ' -f1; }
    cat > "$dir/manifest.yaml" <<EOF
lime: 1
program: fpga
tasks:
  - id: 0
    name: axpb@10
    kind: map
    location: fpga.lime:10:5
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu: {accepted: false, reason: "not for this test"}
      fpga: {accepted: true, artifact: fpga/task0.so, sha256: $(sha 0), verilog: fpga/task0.v, top: lime_task0, in_types: "$in0", param_types: "I", out_type: "I", state_words: 0, latency: 3, ii: 1, fmax_mhz: 50.0, lut: 120, ff: 200, dsp: 3, bram: 0}
  - id: 1
    name: mix@20
    kind: map
    location: fpga.lime:20:5
    elem_size: 8
    backends:
      cpu: {accepted: true}
      fpga:
        accepted: true
        artifact: fpga/task1.so
        sha256: $(sha 1)
        top: lime_task1
        in_types: "BCJZF"
        param_types: "S"
        out_type: "J"
        state_words: 0
        latency: 1
        ii: 1
        fmax_mhz: 120.5
        future_field: ignored
  - id: 2
    name: runsum@30
    kind: stream
    location: fpga.lime:30:5
    elem_size: 4
    backends:
      cpu: {accepted: true}
      gpu: {accepted: false, reason: "a stateful filter"}
      fpga: {accepted: true, artifact: fpga/task2.so, sha256: $(sha 2), top: lime_task2, in_types: "I", param_types: "", out_type: "I", state_words: 2, latency: 1, ii: 1}
  - id: 3
    name: greet@40
    kind: map
    location: fpga.lime:40:5
    elem_size: 4
    backends:
      cpu: {accepted: true}
      fpga: {accepted: false, reason: "it calls Math.sin, which has no artifact"}
  - id: 4
    name: copy@50
    kind: map
    elem_size: 4
    backends:
      fpga: {accepted: true, artifact: fpga/task4.so, sha256: $(sha 4), top: lime_task4, in_types: "I", param_types: "", out_type: "I", state_words: 0}
  - id: 6
    name: stuck@60
    kind: map
    elem_size: 4
    backends:
      fpga: {accepted: true, artifact: fpga/task6.so, sha256: $(sha 6), top: lime_task6, in_types: "I", param_types: "", out_type: "I", state_words: 0, latency: 1, ii: 1}
EOF
}

make_artifacts "$TMP/bin/fpga.artifacts" # found from /proc/self/exe
W='lime: warning: '
CPU='; running it on the CPU'
FULL=$(printf 'ok map axpb n=%d\nok map mix n=%d\nok stream runsum n=%d\n' 0 0 0 1 1 1 2 2 2 3 3 3 1000 1000 1000)
check "full (maps and a stream equal C's results)" 0 "$FULL" "" LIME_DEVICE=fpga full
# the handshakes, with the model driven directly (the program checks them)
set +e
"$TMP/bin/fpga" backpressure "$TMP/models/task0.so" > "$TMP/out" 2> "$TMP/err"
status=$?
set -e
if [ $status = 0 ] && [ ! -s "$TMP/err" ] && [ "$(grep -c '^ok ' "$TMP/out")" = 4 ] && ! grep -q FAIL "$TMP/out"; then
    echo "PASS fpga the model's handshakes:"; sed 's/^/  /' "$TMP/out"
else
    echo "FAIL fpga the model's handshakes, status $status:"; cat "$TMP/out"; head -20 "$TMP/err"; fail=1
fi
check "map on the fpga, twice" 0 $'42\ndevice\ndevice' "" LIME_DEVICE=fpga map
check "stream on the fpga" 0 $'42\ndevice' "" LIME_DEVICE=fpga stream
check "LIME_LOG=1 fpga" 0 $'42\ndevice\ndevice' \
    "lime: task 0 \(axpb@10\) map on fpga: Verilator model fpga/task0.so \(lime_task0, latency 3, ii 1\)" \
    LIME_DEVICE=fpga LIME_LOG=1 map
# (a line per run, then the summary at exit: calls, items, the time at 50 MHz)
ERR_LINES=3 check "LIME_PROFILE=1 map" 0 $'42\ndevice\ndevice' \
    "lime: profile: task 0 \(axpb@10\) on fpga: 1000 items in 1003 cycles \(0\.997 items/cycle\), 20\.1 us at 50\.0 MHz; simulated in [0-9]+\.[0-9]+ (ns|us|ms|s)|lime: profile: task 0 \(axpb@10\) on fpga: 2 calls, 2000 elements, [0-9]+\.[0-9]{3} ms \(on the device 0\.040 ms\)" \
    LIME_DEVICE=fpga LIME_PROFILE=1 map
ERR_LINES=2 check "LIME_PROFILE=1 stream, no clock rate" 0 $'42\ndevice' \
    "lime: profile: task 2 \(runsum@30\) on fpga: 1000 items in 1001 cycles \(0\.999 items/cycle\), clock rate unknown; simulated in [0-9]+\.[0-9]+ (ns|us|ms|s)|lime: profile: task 2 \(runsum@30\) on fpga: 1 call, 1000 elements, [0-9]+\.[0-9]{3} ms" \
    LIME_DEVICE=fpga LIME_PROFILE=1 stream
# Java exceptions raised by an item: the run is the CPU's again, quietly
# (the generated code's CPU loop throws them, with the body's frames)
check "ArithmeticException in a map" 0 $'42\ncpu' '' LIME_DEVICE=fpga divide
check "ArithmeticException in a stream" 0 $'42\ncpu' '' LIME_DEVICE=fpga stream-exc
# each task decided on its own
ERR_LINES=4 check "several tasks, LIME_DEVICE=fpga" 0 \
    $'task 0: device\ntask 1: device\ntask 2: device\ntask 3: cpu\ntask 4: cpu\ntask 5: cpu\ntask 6: cpu' \
    "${W}task 3 \(greet@40\) cannot run on the fpga: it calls Math.sin, which has no artifact$CPU|${W}task 4 \(copy@50\): .*/fpga/task4.so is the model of task 0, not 4$CPU|${W}task 5: the manifest .* has no task 5$CPU|${W}task 6 \(stuck@60\): the model put out 0 of 8 results in 1009 clocks \(latency 1, ii 1\)$CPU" \
    LIME_DEVICE=fpga tasks
check "a model that never answers: once, then the CPU" 0 $'42\ncpu' \
    "${W}task 6 \(stuck@60\): the model put out 0 of 100 results in 1101 clocks \(latency 1, ii 1\)$CPU" \
    LIME_DEVICE=fpga stuck
check "an operand passed whole" 0 $'42\ncpu' \
    "${W}task 0 \(axpb@10\): operand 2 is one more broadcast operand than the manifest's \"I\"$CPU" \
    LIME_DEVICE=fpga whole
# the artifacts themselves
make_artifacts "$TMP/missing"
rm "$TMP/missing/fpga/task0.so"
check "missing model" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\): cannot read .*/missing/fpga/task0.so \(No such file or directory\)$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/missing" map
make_artifacts "$TMP/altered"
printf 'x' >> "$TMP/altered/fpga/task0.so"
check "altered model" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\): artifact .*/altered/fpga/task0.so does not match the manifest \(its SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64}\)$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/altered" map
echo "not a shared object" > "$TMP/notelf.so"
make_artifacts "$TMP/notelf" II "$TMP/notelf.so"
check "a model that is not ELF" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\): .*/notelf/fpga/task0.so is not an ELF shared object \(20 bytes\)$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/notelf" map
# shared objects whose constructor prints: refused from their note (none,
# or another task's) before anything of them is loaded, so nothing prints
foreign() { # OUT.so [NOTE_TASK]: a constructor that prints, and a note for NOTE_TASK if given
    local note=
    [ -n "${2:-}" ] && note="__attribute__((section(\".note.lime\"), used, aligned(4)))
static const LimeFpgaNote note = {5, sizeof(LimeFpgaInfo), LIME_FPGA_NOTE_INFO, \"Lime\", {LIME_FPGA_ABI, $2, 2, 1, 1, 0, 3, 1}};"
    cc -shared -fPIC -I"$RT" -x c -o "$1" - <<< "#include <stdio.h>
#include \"lime_fpga.h\"
$note
__attribute__((constructor)) static void hello(void) { puts(\"foreign code ran\"); }"
}
foreign "$TMP/nonote.so"
make_artifacts "$TMP/nonote" II "$TMP/nonote.so"
check "a shared object without a model note" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\): .*/nonote/fpga/task0.so carries no Lime model note \(lime_fpga.h\): not a model this runtime loads$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/nonote" map
foreign "$TMP/othertask.so" 7
make_artifacts "$TMP/othertask" II "$TMP/othertask.so"
check "a shared object whose note names another task" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\): .*/othertask/fpga/task0.so is the model of task 7, not 0$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/othertask" map
make_artifacts "$TMP/words" III
check "a model whose words disagree with the manifest" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\): .*/words/fpga/task0.so takes 2 words for in_types, the manifest's \"III\" make 3$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/words" map
check "missing manifest, LIME_DEVICE=fpga" 0 $'42\ncpu\ncpu' \
    "${W}task 0: cannot read .*/nowhere/manifest.yaml \(No such file or directory\)$CPU" \
    LIME_DEVICE=fpga LIME_ARTIFACTS="$TMP/nowhere" map
# the choices that never take the FPGA
check "auto never chooses the fpga" 0 $'42\ncpu\ncpu' "" LIME_DEVICE=auto map
check "gpu never chooses the fpga" 0 $'42\ncpu\ncpu' \
    "${W}task 0 \(axpb@10\) cannot run on the gpu: not for this test$CPU" LIME_DEVICE=gpu map
check "a stream under gpu: the CPU, silently" 0 $'42\ncpu' "" LIME_DEVICE=gpu stream
check "a stream under auto, LIME_LOG=1" 0 $'42\ncpu' \
    "lime: task 2 \(runsum@30\) stream on cpu: a stream task runs on the fpga only \(LIME_DEVICE=fpga\)" \
    LIME_LOG=1 stream
check "a stream under cpu, LIME_LOG=1" 0 $'42\ncpu' "lime: task 2 \(runsum@30\) stream on cpu: LIME_DEVICE=cpu" \
    LIME_DEVICE=cpu LIME_LOG=1 stream
exit $fail
