#!/usr/bin/env bash
# LIME_PROFILE (runtime/profile.c) on every device that runs a task:
#   cpu/summary   LIME_PROFILE=1 on the CPU: one line per task at exit (calls,
#                 elements, time), after the program's own output
#   cpu/stream    a stream graph run whole on the CPU, as its stream task
#   gpu/summary   the same on the OpenCL device with copied buffers: the
#                 kernels' time from profiling events, the build's time and
#                 the bytes copied each way (none out for toFloat nor in for
#                 scale: toFloat's output, which only scale takes, stays on
#                 the device, never read back: backends/cpu/kept.c)
#   gpu/json      LIME_PROFILE=json:FILE: one JSON object per task call
#   off, bad/*    no profile without it; a bad value or an unwritable file
#                 is one warning and no profile, the program's output intact
# Times vary: they are compared as `T ms` (the summary) or checked to be
# numbers (JSON).  Output: `PASS x` / `FAIL x: why` lines (tests/run.sh
# relays them as profile/x).  Environment: LIMEC (default build/bin/limec).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
. tests/report.sh
suite_setup profile

same_text() { # NAME EXPECTED-TEXT ACTUAL-FILE
    printf '%s\n' "$2" > "$T/expected"
    same "$1" "$T/expected" "$3"
}

# the times of a summary line, as T
times_as_t() { sed -E 's/[0-9]+\.[0-9]{3} ms/T ms/g' "$1"; }

if ! "$LIMEC" --target=cpu,gpu "$D/Prof.lime" -o "$T/prof" > "$T/build.out" 2>&1; then
    fail build "limec failed" "$T/build.out"
    exit 1
fi
run() { # ENV... : runs the program, stdout to $T/out, stderr to $T/err
    (cd "$T" && env "$@" ./prof > out 2> err)
}

run LIME_DEVICE=cpu LIME_PROFILE=1
times_as_t "$T/err" > "$T/err.t"
same_text cpu/summary "lime: profile: task 0 (toFloat@5) on cpu: 1 call, 1000 elements, T ms
lime: profile: task 1 (scale@8) on cpu: 3 calls, 3000 elements, T ms
lime: profile: task 2 ('+'@11) on cpu: 1 call, 500 elements, T ms" "$T/err.t"
same_text cpu/output "9.0 124750" "$T/out"

run LIME_DEVICE=cpu
same_text off "" <(cat "$T/err"; echo)

# a stream graph run whole on the CPU: one record of its stream task per run
if "$LIMEC" --target=cpu,gpu "$D/ProfStream.lime" -o "$T/stream" > "$T/build.out" 2>&1; then
    (cd "$T" && LIME_DEVICE=cpu LIME_PROFILE=1 ./stream > out 2> err)
    times_as_t "$T/err" > "$T/err.t"
    same_text cpu/stream "lime: profile: task 2 (stream(inc,square)@10) on cpu: 2 calls, 400 elements, T ms" "$T/err.t"
    same_text cpu/stream-output "405" "$T/out"
else
    fail cpu/stream "limec failed" "$T/build.out"
fi

run LIME_DEVICE=cpu LIME_PROFILE=maybe
same_text bad/value "lime: warning: LIME_PROFILE=maybe is not 1, yes, true, on, 0, no, false or off; taken as off" "$T/err"
run LIME_DEVICE=cpu LIME_PROFILE=json:/nonexistent/dir/p.json
same_text bad/file "lime: warning: LIME_PROFILE=json:/nonexistent/dir/p.json: cannot open '/nonexistent/dir/p.json' (No such file or directory); no profile" "$T/err"
same_text bad/output "9.0 124750" "$T/out"

if ! command -v clinfo > /dev/null 2>&1 || ! clinfo -l 2> /dev/null | grep -q 'Device #'; then
    echo "SKIP gpu: no OpenCL device (clinfo lists none)"
    exit "$failed"
fi
run LIME_DEVICE=gpu LIME_CL_BUFFERS=copy LIME_PROFILE=1
sed -E 's/[0-9]+\.[0-9]{3} ms/T ms/g' "$T/err" > "$T/err.t"
same_text gpu/summary "lime: profile: task 0 (toFloat@5) on gpu: 1 call, 1000 elements, T ms (on the device T ms), build T ms, 4000 bytes in, 0 bytes out
lime: profile: task 1 (scale@8) on gpu: 3 calls, 3000 elements, T ms (on the device T ms), build T ms, 0 bytes in, 12000 bytes out
lime: profile: task 2 ('+'@11) on gpu: 1 call, 500 elements, T ms (on the device T ms), build T ms, 2000 bytes in, 4 bytes out" "$T/err.t"
same_text gpu/output "9.0 124750" "$T/out"

run LIME_DEVICE=gpu LIME_CL_BUFFERS=copy LIME_PROFILE=json:p.json
# each line one object; per call its task, kind, elements and bytes; times
# are numbers (device_ns >= 0: the kernels' events); the build's time only
# in a task's first call
python3 - "$T/p.json" > "$T/json.out" 2>&1 << 'PY'
import json, sys
seen = set()
for line in open(sys.argv[1]):
    r = json.loads(line)
    assert r["ns"] > 0 and r["device_ns"] >= 0, r
    first = r["task"] not in seen
    seen.add(r["task"])
    assert (r["build_ns"] > 0) == first, r
    print(r["task"], r["name"], r["device"], r["kind"], r["elements"], r["bytes_in"], r["bytes_out"])
PY
same_text gpu/json "0 toFloat@5 gpu map 1000 4000 0
1 scale@8 gpu map 1000 0 4000
1 scale@8 gpu map 1000 0 4000
1 scale@8 gpu map 1000 0 4000
2 '+'@11 gpu reduce 500 2000 4" "$T/json.out"
[ -s "$T/err" ] && fail gpu/json-quiet "stderr not empty" "$T/err" || pass gpu/json-quiet
exit "$failed"
