#!/usr/bin/env bash
# GPU benchmarks: saxpy, Mandelbrot, an N-body step and Black-Scholes, each a
# Lime program whose hot part is one map task that the GPU backend accepts,
# and the stream pipeline (FIR => delta => clip), a graph the GPU backend
# runs as one chain kernel.  Each runs
#   cpu     LIME_DEVICE=cpu: the CPU backend (reference),
#   lime    LIME_DEVICE=gpu: the kernel limec generated,
#   expert  LIME_DEVICE=gpu with the hand-written expert/<Prog>.cl (Black-
#           Scholes: bench/blackscholes/expert.cl) copied
#           over site B's gpu/taskN.cl (its kernel renamed lime_task_N)
#           and its sha256 rewritten in manifest.yaml: the same runtime
#           path (buffers, launch, reads), only the kernel differs,
# all in this one run on this machine.  Every version must print the same
# checksum (Black-Scholes's: the sums of the prices in cents, since the
# expert's exp and log are OpenCL's, not the runtime's fdlibm, and may
# differ in the last bits), and both GPU versions must really run the task on the OpenCL
# device (LIME_LOG=1), before any time is reported.  It also times each
# kernel alone (kernel_time.c: the launch only, from OpenCL profiling
# events, no buffers made), the generated and the hand-written one launched
# alternately in one process, and checks that both write the same output
# bits (Black-Scholes's: every price within a relative tolerance, see
# kernel_time.c).  Each program maps at two call sites, A and B, in turn; the expert
# copy runs the hand-written kernel at site B, so one process times both
# kernels through the runtime path (the lime process, generated at both
# sites, is the control).  Reports the best times of each and expert/lime
# (>= 1.0: the generated kernel is at least as fast as the hand-written
# one) as the median of the rounds' paired ratios with a 95% interval, for
# the task and for the kernel alone; writes bench/results/gpu-latest.md
# and .csv.
#
# usage: bash bench/gpu/run.sh [--quick] [--rounds N] [--only NAMES] [--out DIR]
# --only: just these benchmarks (comma-separated names: saxpy, mandelbrot,
# nbody, blackscholes, stream), e.g. --only stream.
#        bash bench/gpu/run.sh [--quick] --stage DIR   (build only, into DIR)
#        bash bench/gpu/run.sh [--rounds N] --from DIR [--out DIR]
# --stage builds the programs, their expert copies and kernel_time into DIR
# and stops; --from measures what --stage built, with no limec or C
# compiler (a machine that has only the OpenCL driver: scripts/gpu-device.sh).
# --out: where gpu-latest.md and .csv go (default bench/results).
# environment: LIMEC (default build/bin/limec), CC (cc)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GPU=$ROOT/bench/gpu
LIMEC=${LIMEC:-$ROOT/build/bin/limec}
CC=${CC:-cc}

quick=0
only=
rounds=
stage=
from=
out=$ROOT/bench/results
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1 ;;
        --rounds) rounds=$2; shift ;;
        --stage) stage=$2; shift ;;
        --from) from=$2; shift ;;
        --out) out=$2; shift ;;
        --only) only=$2; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "gpu/run.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "gpu bench: FAIL: $*" >&2; exit 1; }
[ -z "$stage" ] || [ -z "$from" ] || die "--stage and --from exclude each other"
# what --stage recorded: the mode, and what built the programs
if [ -n "$from" ]; then
    [ -f "$from/stage.info" ] || die "$from is not a directory that --stage made (no stage.info)"
    quick=$(awk '$1 == "quick" { print $2 }' "$from/stage.info")
fi

# name:Program:method:size label:program arguments (the last is the number of
# timed runs inside the program; the best of them is its time_ms; enough that
# several runs come after the warm-up: the first run builds the kernel, and
# the next few grow the heap (a fresh result array each, its pages touched
# for the first time) until freed arrays are reused: saxpy at 10 million
# elements takes 166, 114, 75, 49 ms in its first four runs, 5 ms after):
# kernel_time arguments (the benchmark and its size; the same inputs)
if [ $quick = 1 ]; then
    rounds=${rounds:-3}
    kreps=5
    BENCHMARKS=(
        "saxpy:Saxpy:saxpy:n = 1,000,000:1000000 10:saxpy 1000000"
        "mandelbrot:Mandel:point:512 x 384, max 256:512 384 256 5:mandelbrot 512 384 256"
        "nbody:NbodyStep:pairForce:1024 bodies (1,048,576 pairs):1024 10:nbody 1024"
        "blackscholes:BlackScholes:price:500,000 options (double):500000 10:blackscholes 500000"
        "stream:Stream:stream(step,step,clip):1,000,000 int samples:1000000 10:stream 1000000"
    )
    mode=quick
else
    rounds=${rounds:-9}
    kreps=10
    BENCHMARKS=(
        "saxpy:Saxpy:saxpy:n = 10,000,000:10000000 15:saxpy 10000000"
        "mandelbrot:Mandel:point:1024 x 768, max 256:1024 768 256 6:mandelbrot 1024 768 256"
        "nbody:NbodyStep:pairForce:4096 bodies (16,777,216 pairs):4096 10:nbody 4096"
        "blackscholes:BlackScholes:price:4,000,000 options (double):4000000 10:blackscholes 4000000"
        "stream:Stream:stream(step,step,clip):10,000,000 int samples:10000000 12:stream 10000000"
    )
    mode=full
fi
if [ -n "$only" ]; then
    kept=()
    for b in "${BENCHMARKS[@]}"; do
        case ",$only," in *",${b%%:*},"*) kept+=("$b") ;; esac
    done
    [ ${#kept[@]} -gt 0 ] || die "--only $only names no benchmark"
    BENCHMARKS=("${kept[@]}")
fi
# the hand-written kernel of each program: bench/gpu/expert/<Program>.cl,
# but where another benchmark's expert is already the kernel of this map in
# the runtime's convention (Black-Scholes: bench/blackscholes's, which
# bench/harness.py runs the same way)
declare -A EXPERT_CL=([BlackScholes]=$ROOT/bench/blackscholes/expert.cl)
# the two GPU versions run next to each other in every round, in an order
# that alternates by round: round r's lime and expert times are a pair
versions_of_round() { if [ $(($1 % 2)) = 1 ]; then echo "cpu lime expert"; else echo "cpu expert lime"; fi; }


if [ -n "$from" ]; then
    WORK=$(cd "$from" && pwd)
elif [ -n "$stage" ]; then
    mkdir -p "$stage"
    WORK=$(cd "$stage" && pwd)
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/lime-gpu-bench.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# ---- build: the Lime program, and a copy with the expert kernel -------------
build_all() {
[ -x "$LIMEC" ] || die "$LIMEC not found: run 'make' first"
command -v sha256sum >/dev/null || die "sha256sum not found"
echo "gpu bench: building in $WORK ($mode mode)"
for b in "${BENCHMARKS[@]}"; do
    IFS=: read -r name prog method _ _ _ <<<"$b"
    d=$WORK/$name
    mkdir -p "$d/lime" "$d/expert"
    "$LIMEC" -O3 --target=cpu,gpu "$GPU/$prog.lime" -o "$d/lime/$prog" || die "limec -O3 $prog.lime failed"
    man=$d/lime/$prog.artifacts/manifest.yaml
    [ -f "$man" ] || die "$prog: no $man"
    # the tasks: the maps of $method at its two call sites, A and B (their
    # manifest names are method@line), in the order of their ids
    ids=$(awk -v m="$method@" '$1 == "-" && $2 == "id:" { id = $3 } $1 == "name:" && index($2, m) == 1 { print id }' "$man")
    [ "$(echo "$ids" | wc -w)" = 2 ] || die "$prog: cannot find two tasks named $method@... (sites A and B) in $man"
    id=$(echo "$ids" | sed -n 1p); idb=$(echo "$ids" | sed -n 2p)
    for t in "$id" "$idb"; do
        [ -f "$d/lime/$prog.artifacts/gpu/task$t.cl" ] \
            || die "$prog: the GPU backend rejected task $t ($method): see limec --explain $GPU/$prog.lime"
    done
    # the expert copy: site B's kernel replaced by the hand-written one,
    # its kernel named for site B's task
    expert=${EXPERT_CL[$prog]:-$GPU/expert/$prog.cl}
    [ "$(grep -c '^__kernel void lime_task_[0-9]*(' "$expert")" = 1 ] \
        || die "$expert must define one kernel __kernel void lime_task_N(...)"
    cp -r "$d/lime/$prog" "$d/lime/$prog.artifacts" "$d/expert/"
    art=$d/expert/$prog.artifacts/gpu/task$idb.cl
    old=$(sha256sum "$art" | cut -d' ' -f1)
    sed "s/^__kernel void lime_task_[0-9]*(/__kernel void lime_task_$idb(/" "$expert" > "$art"
    new=$(sha256sum "$art" | cut -d' ' -f1)
    xman=$d/expert/$prog.artifacts/manifest.yaml
    [ "$(grep -c "$old" "$xman")" = 1 ] || die "$prog: task $idb's sha256 $old is not in the manifest exactly once"
    oldman=$(sha256sum "$xman" | cut -d' ' -f1)
    sed -i "s/$old/$new/" "$xman"
    grep -q "$new" "$xman" || die "$prog: rewriting the sha256 in $xman failed"
    # the executable is bound to its manifest (lime_manifest_sha256): bind it to the rewritten one
    newman=$(sha256sum "$xman" | cut -d' ' -f1)
    [ "$(grep -c -a "$oldman" "$d/expert/$prog")" = 1 ] || die "$prog: the manifest's sha256 is not in the executable exactly once"
    LC_ALL=C sed -i "s/$oldman/$newman/" "$d/expert/$prog"
    echo "$id" > "$d/task"
    echo "$idb" > "$d/taskb"
done
# the kernel-alone timer (optional: needs the OpenCL headers and libOpenCL)
if ! "$CC" -O2 -o "$WORK/kernel_time" "$GPU/kernel_time.c" -lOpenCL 2> "$WORK/kt.err"; then
    echo "gpu bench: note: cannot build kernel_time.c (no kernel-alone times):" >&2
    sed 's/^/    /' "$WORK/kt.err" >&2
    rm -f "$WORK/kernel_time"
fi
local commit
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit (with uncommitted changes)"; fi
{
    echo "quick $quick"
    echo "limec $("$LIMEC" --version 2>&1 | head -1), repository at $commit"
} > "$WORK/stage.info"
}
if [ -z "$from" ]; then build_all; fi
if [ -n "$stage" ]; then
    echo "gpu bench: built in $WORK; measure with: bash bench/gpu/run.sh --from $WORK"
    exit 0
fi
# a staged directory measured again starts from no times
rm -f "$WORK"/*/times.* "$WORK"/*/timesb.* "$WORK"/*/ktimes.* "$WORK"/*/kcpu.* "$WORK"/*/kcompare "$WORK"/*/sum.ref "$WORK"/*/sum.ref.who
# no OpenCL device at all (no ICD, no platform): nothing to measure here
probe=$(LIME_LOG=1 LIME_DEVICE=gpu "$WORK/saxpy/lime/Saxpy" 1000 1 2>&1 >/dev/null || true)
case $probe in
    *"no OpenCL platform"*|*"no OpenCL device"*)
        echo "gpu bench: SKIPPED: no OpenCL device on this machine ($(grep -m1 -o 'no OpenCL [^;]*' <<<"$probe")); install an OpenCL platform (e.g. pocl-opencl-icd) to run it" >&2
        exit 0 ;;
esac

KT=$WORK/kernel_time
[ -x "$KT" ] || KT=

# the kernels alone, generated (lime) and hand-written (expert), launched
# alternately in one kernel_time process (which goes first alternates with
# the round): appends each kernel's time, checks both write the same output
kernel_pair() { # name prog round kernel_time-args...
    local name=$1 prog=$2 round=$3; shift 3
    local d=$WORK/$name a b
    local -A kfile kname
    kfile[lime]=$d/lime/$prog.artifacts/gpu/task$(cat "$d/task").cl; kname[lime]=lime_task_$(cat "$d/task")
    kfile[expert]=$d/expert/$prog.artifacts/gpu/task$(cat "$d/taskb").cl; kname[expert]=lime_task_$(cat "$d/taskb")
    if [ $((round % 2)) = 1 ]; then a=lime; b=expert; else a=expert; b=lime; fi
    "$KT" "$@" "${kfile[$a]}" "${kname[$a]}" "${kfile[$b]}" "${kname[$b]}" "$kreps" > "$d/kout" 2>&1 \
        || { cat "$d/kout" >&2; die "$name: kernel_time on the generated and hand-written kernels failed"; }
    if grep -q '^compare ' "$d/kout"; then
        # Black-Scholes: the outputs within kernel_time's stated tolerance
        # (OpenCL's exp and log against fdlibm), the same lime_err
        if ! grep -q '^compare .* ok ' "$d/kout" || [ "$(awk '$1 == "hash" { print $5 }' "$d/kout" | sort -u | wc -l)" != 1 ]; then
            cat "$d/kout" >&2
            die "$name: the generated and hand-written kernels' outputs differ by more than the tolerance (kernel_time)"
        fi
        grep '^compare ' "$d/kout" >> "$d/kcompare"
    elif [ "$(awk '$1 == "hash" { print $3, $5 }' "$d/kout" | sort -u | wc -l)" != 1 ]; then
        cat "$d/kout" >&2
        die "$name: the generated and hand-written kernels write different outputs (kernel_time)"
    fi
    awk -v k=A '$1 == "kernel_ms" && $2 == k { print $3 }' "$d/kout" >> "$d/ktimes.$a"
    awk -v k=B '$1 == "kernel_ms" && $2 == k { print $3 }' "$d/kout" >> "$d/ktimes.$b"
    awk -v k=A '$1 == "kernel_cpu_ms" && $2 == k { print $3 }' "$d/kout" >> "$d/kcpu.$a"
    awk -v k=B '$1 == "kernel_cpu_ms" && $2 == k { print $3 }' "$d/kout" >> "$d/kcpu.$b"
}

# one run of one version: checks the log, appends time_ms, keeps the checksum
run_one() { # name prog version args...
    local name=$1 prog=$2 v=$3; shift 3
    local d=$WORK/$name exe dev
    case $v in
        cpu) exe=$d/lime/$prog; dev=cpu ;;
        lime) exe=$d/lime/$prog; dev=gpu ;;
        expert) exe=$d/expert/$prog; dev=gpu ;;
    esac
    if ! LIME_LOG=1 LIME_DEVICE=$dev "$exe" "$@" > "$d/out.$v" 2> "$d/err.$v"; then
        cat "$d/err.$v" >&2
        die "$name/$v exited with an error"
    fi
    if grep -q 'warning' "$d/err.$v"; then
        cat "$d/err.$v" >&2
        die "$name/$v: the runtime warned (fell back to the CPU?)"
    fi
    local id line
    for id in $(cat "$d/task" "$d/taskb"); do
        line=$(grep "^lime: task $id (" "$d/err.$v" || true)
        if [ $dev = gpu ]; then
            case $line in
                *" on gpu: "*) sed 's/.* on gpu: //' <<<"$line" > "$d/device" ;;
                *) cat "$d/err.$v" >&2; die "$name/$v: task $id did not run on the OpenCL device" ;;
            esac
        fi
    done
    if grep -q '^site B differs' "$d/out.$v"; then
        cat "$d/out.$v" >&2
        die "$name/$v: the two call sites' results differ"
    fi
    grep '^checksum' "$d/out.$v" > "$d/sum.$v" || die "$name/$v printed no checksum"
    if [ -f "$d/sum.ref" ] && ! cmp -s "$d/sum.$v" "$d/sum.ref"; then
        echo "--- $(cat "$d/sum.ref.who") printed ---" >&2; cat "$d/sum.ref" >&2
        echo "--- $v printed ---" >&2; cat "$d/sum.$v" >&2
        die "$name: $v's checksum differs"
    fi
    [ -f "$d/sum.ref" ] || { cp "$d/sum.$v" "$d/sum.ref"; echo "$v" > "$d/sum.ref.who"; }
    awk '$1 == "time_ms" { print $2 }' "$d/out.$v" >> "$d/times.$v"
    awk '$1 == "time_ms_b" { print $2 }' "$d/out.$v" >> "$d/timesb.$v"
}

# ---- run: versions interleaved round by round ------------------------------
for r in $(seq 1 "$rounds"); do
    for b in "${BENCHMARKS[@]}"; do
        IFS=: read -r name prog _ _ args kargs <<<"$b"
        for v in $(versions_of_round "$r"); do
            # shellcheck disable=SC2086
            run_one "$name" "$prog" "$v" $args
        done
        # shellcheck disable=SC2086
        [ -z "$KT" ] || kernel_pair "$name" "$prog" "$r" $kargs
    done
    echo "gpu bench: round $r of $rounds done (all checksums equal)"
done

# ---- report -----------------------------------------------------------------
best() { if [ -f "$1" ]; then sort -g "$1" | head -1 | awk '{ printf "%.3f", $1 }'; else printf 'n/a'; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

# paired EXPERT LIME: line r of each file is round r's time of that version
# (the two ran next to each other).  Prints "median lo hi coverage": the
# median over the rounds of expert_r / lime_r, and a distribution-free
# confidence interval for that median, the order statistics
# [q_(k), q_(n+1-k)] with the largest k whose coverage
# 1 - 2 P(Binomial(n, 1/2) <= k - 1) is at least 95% (n >= 6; below that
# [min, max], with its smaller coverage).  Pairing cancels what the machine
# does to both versions of one round (a slow phase, another process).
paired() {
    paste "$1" "$2" | awk '
        NF == 2 && $2 > 0 { q[++n] = $1 / $2 }
        END {
            if (n == 0) { print "n/a n/a n/a n/a"; exit }
            for (i = 2; i <= n; i++) { v = q[i]; for (j = i - 1; j >= 1 && q[j] > v; j--) q[j + 1] = q[j]; q[j + 1] = v }
            med = (n % 2) ? q[(n + 1) / 2] : (q[n / 2] + q[n / 2 + 1]) / 2
            # cdf[m] = P(B <= m), B ~ Binomial(n, 1/2)
            p = 0.5 ^ n; c = 0
            for (m = 0; m <= n; m++) { c += p; cdf[m] = c; p = p * (n - m) / (m + 1) }
            k = 1
            while (k + 1 <= n / 2 && 1 - 2 * cdf[k] >= 0.95) k++
            printf "%.3f %.3f %.3f %.1f\n", med, q[k], q[n + 1 - k], 100 * (1 - 2 * (k > 1 ? cdf[k - 1] : 0.5 ^ n))
        }'
}

# the verdict on the target expert/Lime >= 1.0 from a paired interval
verdict() { # lo hi
    awk -v lo="$1" -v hi="$2" 'BEGIN {
        if (lo == "n/a") print "n/a"
        else if (lo + 0 >= 1.0) print "met (faster)"
        else if (hi + 0 >= 1.0) print "met (no difference measured)"
        else print "**missed** (slower)" }'
}

mkdir -p "$out"
csv=$out/gpu-latest.csv
md=$out/gpu-latest.md
device=$(cat "$WORK/$(IFS=: read -r n _ <<<"${BENCHMARKS[0]}"; echo "$n")/device")
clv=unknown
if command -v clinfo >/dev/null; then
    clv=$(clinfo 2>/dev/null | awk -F'  +' '/^  Platform Version/ { p = $3 } /^  Device Version/ { d = $3 } /^  Driver Version/ { v = $3 } END { printf "%s; device %s; driver %s", p, d, v }')
fi
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)
now=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

echo "benchmark,size,tasks,rounds,cpu_ms,lime_gpu_ms,expert_gpu_ms,expert_over_lime_paired,lo,hi,coverage_pct,task_verdict,control_b_over_a,control_lo,control_hi,lime_kernel_ms,expert_kernel_ms,kernel_expert_over_lime_paired,kernel_lo,kernel_hi,kernel_verdict,target,lime_kernel_cpu_ms,expert_kernel_cpu_ms,kernel_cpu_expert_over_lime_paired,checksum" > "$csv"
{
    echo "# Lime GPU benchmarks ($mode run)"
    echo
    echo "- date: $now"
    echo "- OpenCL device (the one the runtime chose): $device"
    echo "- OpenCL (clinfo): $clv"
    echo "- host: $cpu, nproc = $(nproc), $(uname -sm)"
    echo "- limec: $(awk '$1 == "limec" { sub(/^limec /, ""); print }' "$WORK/stage.info")"
    echo "- rounds: $rounds; in each, for each benchmark, a cpu, a lime and an expert process (lime and expert which first alternating by round), then one kernel_time process"
    echo "- task times: each program maps at two call sites, A and B, in turn in one process (which site first alternating by run), and prints each site's best \`time_ms\` (the map as the program sees it, from System.nanoTime: buffers of the host arrays ($(sed 's/.*(//; s/)$//' "$WORK/$(IFS=: read -r n _ <<<"${BENCHMARKS[0]}"; echo "$n")/device")), the launch, the read-back; never the first run, which builds the kernel). In the expert process site B runs the hand-written kernel: its pair is the task comparison. In the lime process both sites run the generated kernel: its B/A is the control, what the measurement gives for two equal kernels"
    echo "- kernel times: the kernel alone (bench/gpu/kernel_time.c, OpenCL profiling events, the same inputs, no copies): in each round one process launches the generated and the hand-written kernel alternately, $kreps times each (which goes first alternates by round); the best launch of each; both kernels wrote the same output bits (Black-Scholes: within a tolerance, below)"
    echo "- kernel CPU times: the CPU time the process used during those launches (getrusage; on a CPU OpenCL device, the work of all its threads), best of the same launches: far steadier than the wall times when other processes share the cores"
    echo "- every run of every version printed the same checksum, and both GPU versions ran the task on the device (LIME_LOG=1)"
    if [ -f "$WORK/blackscholes/kcompare" ]; then
        echo "- **Black-Scholes is not bit-exact**: the expert kernel's exp and log are OpenCL's (within a few ulp), the generated kernel's the runtime's fdlibm (bit for bit the CPU's), so the prices may differ in the last bits. Its checksum is the sums of the call and the put prices rounded to cents (the same text for every version, and for sites A and B), and kernel_time accepts the two kernels' outputs when every price is within $(awk '{ print $7 }' "$WORK/blackscholes/kcompare" | sort -u | head -1) of the other relatively or $(awk '{ print $9 }' "$WORK/blackscholes/kcompare" | sort -u | head -1) absolutely (prices near zero); the largest relative difference over all rounds was $(awk '{ print $3 }' "$WORK/blackscholes/kcompare" | sort -g | tail -1) (among prices of at least a cent $(awk '{ print $12 }' "$WORK/blackscholes/kcompare" | sort -g | tail -1)), the largest absolute $(awk '{ print $5 }' "$WORK/blackscholes/kcompare" | sort -g | tail -1). Every other benchmark is bit-exact"
    fi
    echo "- load average (1/5/15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
    echo
    echo "| benchmark | size | map | CPU backend task (ms) | Lime task on GPU (ms) | expert task on GPU (ms) | task expert/Lime [95% interval] | task verdict | control: Lime/Lime [95% interval] | Lime kernel alone (ms) | expert kernel alone (ms) | kernel expert/Lime [95% interval] | kernel verdict | **target (≥ 1.0)** |"
    echo "|---|---|---|---:|---:|---:|---|---|---|---:|---:|---|---|---|"
} > "$md"
printf '\n%-11s %-30s %9s %9s %9s %18s %18s %9s %9s %18s  %s\n' benchmark size cpu_ms lime_ms exp_ms "exp/lime [95%]" \
    "control B/A" lime_k_ms exp_k_ms "kernel exp/lime" target

for b in "${BENCHMARKS[@]}"; do
    IFS=: read -r name prog method size _ _ <<<"$b"
    d=$WORK/$name
    # the task pair: the expert process, site A generated, site B hand-written
    c=$(best "$d/times.cpu"); l=$(best "$d/times.expert"); x=$(best "$d/timesb.expert")
    read -r rt lo hi cov < <(paired "$d/timesb.expert" "$d/times.expert")
    task_ok=$(verdict "$lo" "$hi")
    # the control: the lime process, both sites generated
    read -r ar alo ahi _ < <(paired "$d/timesb.lime" "$d/times.lime")
    kl=$(best "$d/ktimes.lime"); kx=$(best "$d/ktimes.expert")
    if [ -n "$KT" ]; then read -r kr klo khi _ < <(paired "$d/ktimes.expert" "$d/ktimes.lime"); else kr=n/a klo=n/a khi=n/a; fi
    kernel_ok=$(verdict "$klo" "$khi")
    ql=$(best "$d/kcpu.lime"); qx=$(best "$d/kcpu.expert")
    if [ -n "$KT" ]; then read -r qr _ _ _ < <(paired "$d/kcpu.expert" "$d/kcpu.lime"); else qr=n/a; fi
    case "$task_ok $kernel_ok" in
        *missed*) ok="**missed**" ;;
        *) ok=met ;;
    esac
    task="$method (tasks $(cat "$d/task"), $(cat "$d/taskb"))"
    sum=$(sed 's/^checksum //' "$d/sum.ref")
    echo "$name,\"$size\",\"$task\",$rounds,$c,$l,$x,$rt,$lo,$hi,$cov,\"$task_ok\",$ar,$alo,$ahi,$kl,$kx,$kr,$klo,$khi,\"$kernel_ok\",$ok,$ql,$qx,$qr,\"$sum\"" >> "$csv"
    echo "| $name | $size | \`$task\` | $c | $l | $x | $rt [$lo, $hi] | $task_ok | $ar [$alo, $ahi] | $kl | $kx | $kr [$klo, $khi] | $kernel_ok | $ok |" >> "$md"
    printf '%-11s %-30s %9s %9s %9s %18s %18s %9s %9s %18s  %s\n' "$name" "$size" "$c" "$l" "$x" "$rt [$lo,$hi]" \
        "$ar [$alo,$ahi]" "$kl" "$kx" "$kr [$klo,$khi]" "$ok"
done
{
    echo
    echo "expert/Lime = hand-written kernel's time ÷ generated kernel's time; ≥ 1.0"
    echo "means the generated kernel is at least as fast. The time columns are the"
    echo "best over all rounds. The ratios are paired, each pair from one process:"
    echo "in each round the ratio of the two times, then the median of those ratios"
    echo "over the rounds, with a distribution-free 95% confidence interval for"
    echo "that median (order statistics of the round ratios). A verdict is \"met"
    echo "(faster)\" when the whole interval is at or above 1.0, \"met (no difference"
    echo "measured)\" when it holds 1.0 (as fast as each other within what this"
    echo "machine tells apart; the interval's width says how closely), and"
    echo "\"missed (slower)\" when the whole interval lies below 1.0. The target is"
    echo "met when neither the task (the whole map through the runtime path) nor"
    echo "the kernel alone is measurably slower. The CPU column is LIME_DEVICE=cpu"
    echo "(the CPU backend on all cores), for reference. See bench/README.md, \"gpu/\"."
} >> "$md"
echo
echo "gpu bench: wrote $md and $csv"
