#!/usr/bin/env bash
# CPU benchmarks: N-body, spectral norm and fannkuch-redux, each as plain
# Java compiled by `limec -O3`, the same Java on the JVM, and the same
# algorithm hand-written in C (cc -O3 -march=native), all timed in this one
# run on this machine. Every version must print the same output before any
# time is reported. Writes bench/results/cpu-latest.md and .csv.
#
# usage: bash bench/run.sh [--quick] [--runs N]
# environment: LIMEC (default build/bin/limec), CC (cc), CFLAGS
# (-O3 -march=native), JAVA (java), JAVAC (javac).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
LIMEC=${LIMEC:-$ROOT/build/bin/limec}
CC=${CC:-cc}
CFLAGS=${CFLAGS:--O3 -march=native}
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}

quick=0
runs=
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1 ;;
        --runs) runs=$2; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done

# name:JavaClass:size  (default sizes: the C version runs about 1-2 s)
if [ $quick = 1 ]; then
    runs=${runs:-3}
    BENCHMARKS="nbody:Nbody:2000000 spectralnorm:SpectralNorm:2000 fannkuch:Fannkuch:10"
    mode=quick
else
    runs=${runs:-5}
    BENCHMARKS="nbody:Nbody:25000000 spectralnorm:SpectralNorm:5500 fannkuch:Fannkuch:11"
    mode=full
fi

die() { echo "bench: FAIL: $*" >&2; exit 1; }

[ -x "$LIMEC" ] || die "$LIMEC not found: run 'make' first"
command -v "$CC" >/dev/null || die "C compiler '$CC' not found"
command -v "$JAVAC" >/dev/null || die "'$JAVAC' not found (apt-get install openjdk-17-jdk-headless)"
command -v "$JAVA" >/dev/null || die "'$JAVA' not found"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lime-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

nthreads=$(nproc)
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# ---- build everything -------------------------------------------------
echo "bench: building in $WORK ($mode mode, $runs runs each)"
for b in $BENCHMARKS; do
    IFS=: read -r name cls size <<<"$b"
    src=$BENCH/$name/$cls.java
    mkdir -p "$WORK/$name/classes"
    "$LIMEC" -O3 "$src" -o "$WORK/$name/lime" || die "limec -O3 $src failed"
    extra=
    [ "$name" = fannkuch ] && extra=-pthread
    # shellcheck disable=SC2086
    "$CC" $CFLAGS $extra -o "$WORK/$name/c" "$BENCH/$name/$name.c" -lm || die "$CC failed on $name.c"
    "$JAVAC" -d "$WORK/$name/classes" "$src" || die "javac $src failed"
done
# an empty Java program, to measure JVM start-up on its own
mkdir -p "$WORK/empty"
echo 'public class Empty { public static void main(String[] a) { } }' > "$WORK/empty/Empty.java"
"$JAVAC" -d "$WORK/empty" "$WORK/empty/Empty.java" || die "javac Empty.java failed"

# command line of one version of one benchmark
cmd_of() { # name cls size version
    case $4 in
        lime)  echo "$WORK/$1/lime $3" ;;
        c)     if [ "$1" = fannkuch ]; then echo "$WORK/$1/c $3 1"; else echo "$WORK/$1/c $3"; fi ;;
        c-mt)  echo "$WORK/$1/c $3 $nthreads" ;;
        jvm)   echo "$JAVA -cp $WORK/$1/classes $2 $3" ;;
        empty) echo "$JAVA -cp $WORK/empty Empty" ;;
    esac
}
versions_of() { if [ "$1" = fannkuch ]; then echo "lime c c-mt jvm"; else echo "lime c jvm"; fi; }

# run once, check the output against the expected file, append seconds to times file
timed_run() { # name version cmd...
    local name=$1 version=$2; shift 2
    local out=$WORK/$name/out.$version
    local t0 t1
    t0=$(date +%s%N)
    if ! "$@" > "$out" 2> "$out.err"; then
        cat "$out.err" >&2
        die "$name/$version exited with an error: $*"
    fi
    t1=$(date +%s%N)
    if [ -f "$WORK/$name/expected" ] && ! cmp -s "$out" "$WORK/$name/expected"; then
        echo "--- expected (from the JVM) ---" >&2; cat "$WORK/$name/expected" >&2
        echo "--- $version printed ---" >&2; cat "$out" >&2
        die "$name: $version prints something different from the JVM"
    fi
    echo $(( t1 - t0 )) >> "$WORK/$name/times.$version"
}

median() { sort -n "$1" | awk '{a[NR]=$1} END {if (NR%2) m=a[(NR+1)/2]; else m=(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m/1e9}'; }
minimum() { sort -n "$1" | awk 'NR==1 {printf "%.3f", $1/1e9}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a/b; else printf "n/a" }'; }

# ---- check outputs, then time ----------------------------------------
for b in $BENCHMARKS; do
    IFS=: read -r name cls size <<<"$b"
    # untimed first run of each version: the JVM output is the reference
    # shellcheck disable=SC2046
    "$JAVA" -cp "$WORK/$name/classes" "$cls" "$size" > "$WORK/$name/expected" \
        || die "$name on the JVM failed"
    for v in $(versions_of "$name"); do
        # shellcheck disable=SC2046
        timed_run "$name" "$v" $(cmd_of "$name" "$cls" "$size" "$v")
        rm -f "$WORK/$name/times.$v"
    done
    echo "bench: $name $size: all versions print the same:"
    sed 's/^/    /' "$WORK/$name/expected"
done

mkdir -p "$WORK/empty" && : > "$WORK/empty/expected"
for r in $(seq 1 "$runs"); do
    for b in $BENCHMARKS; do
        IFS=: read -r name cls size <<<"$b"
        for v in $(versions_of "$name"); do
            # shellcheck disable=SC2046
            timed_run "$name" "$v" $(cmd_of "$name" "$cls" "$size" "$v")
        done
    done
    # shellcheck disable=SC2046
    timed_run empty jvm $(cmd_of empty Empty 0 empty)
    echo "bench: round $r of $runs done"
done

# ---- report -----------------------------------------------------------
mkdir -p "$BENCH/results"
csv=$BENCH/results/cpu-latest.csv
md=$BENCH/results/cpu-latest.md
startup=$(median "$WORK/empty/times.jvm")
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
cpu=${cpu:-unknown}
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit (with uncommitted changes)"; fi
now=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

echo "benchmark,size,runs,lime_s,c_s,c_mt_s,c_mt_threads,jvm_s,jvm_startup_s,lime_over_c,lime_over_c_mt,lime_over_jvm,lime_over_jvm_minus_startup" > "$csv"
{
    echo "# Lime CPU benchmarks ($mode run)"
    echo
    echo "- date: $now"
    echo "- machine: $cpu, nproc = $nthreads, $(uname -sm)"
    echo "- limec: $("$LIMEC" --version 2>&1 | head -1), repository at $commit"
    echo "- C: $("$CC" --version | head -1), flags \`$CFLAGS\`"
    echo "- JVM: $("$JAVA" -version 2>&1 | head -1)"
    echo "- median wall time of $runs runs, in seconds; every version's output was checked identical to the JVM's on every run"
    echo "- JVM start-up (an empty main): ${startup} s, included in the JVM column"
    echo "- load average (1/5/15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (other work on the machine makes times noisy)"
    echo
    echo "| benchmark | size | Lime | C | C, $nthreads threads | JVM | Lime/C | Lime/JVM | Lime/(JVM − start-up) | target (≤1.2x C, < JVM) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$md"

printf '\n%-13s %9s %8s %8s %8s %8s %7s %8s\n' benchmark size lime c c-mt jvm lime/c lime/jvm
for b in $BENCHMARKS; do
    IFS=: read -r name cls size <<<"$b"
    lime=$(median "$WORK/$name/times.lime")
    c=$(median "$WORK/$name/times.c")
    jvm=$(median "$WORK/$name/times.jvm")
    cmt= ; r_cmt= ; cmt_threads=
    if [ -f "$WORK/$name/times.c-mt" ]; then
        cmt=$(median "$WORK/$name/times.c-mt"); r_cmt=$(ratio "$lime" "$cmt"); cmt_threads=$nthreads
    fi
    r_c=$(ratio "$lime" "$c")
    r_jvm=$(ratio "$lime" "$jvm")
    jvm_net=$(awk -v a="$jvm" -v b="$startup" 'BEGIN {printf "%.3f", a-b}')
    r_jvm_net=$(ratio "$lime" "$jvm_net")
    ok=$(awk -v rc="$r_c" -v rj="$r_jvm" 'BEGIN {print (rc <= 1.2 && rj < 1) ? "met" : "**missed**"}')
    echo "$name,$size,$runs,$lime,$c,$cmt,$cmt_threads,$jvm,$startup,$r_c,$r_cmt,$r_jvm,$r_jvm_net" >> "$csv"
    cmt_md=${cmt:-–}
    [ -n "$r_cmt" ] && cmt_md="$cmt (Lime/C = $r_cmt)"
    echo "| $name | $size | $lime | $c | $cmt_md | $jvm | $r_c | $r_jvm | $r_jvm_net | $ok |" >> "$md"
    printf '%-13s %9s %8s %8s %8s %8s %7s %8s\n' "$name" "$size" "$lime" "$c" "${cmt:--}" "$jvm" "$r_c" "$r_jvm"
done
{
    echo
    echo "C is single-threaded, the same algorithm with the same floating-point"
    echo "operations in the same order as the Java; \"C, $nthreads threads\" is fannkuch"
    echo "split across all cores (Lime's L1 Java has no threads). Lime/C is"
    echo "against the single-threaded C. See bench/README.md."
} >> "$md"
echo
echo "JVM start-up: ${startup} s (included in the jvm column)"
echo "bench: wrote $md and $csv"
