#!/usr/bin/env bash
# The map and reduce micro-benchmark on 1 thread and on every core, in one
# run: checks that both print the same results, reports the speed-up, and
# writes bench/results/micro-latest.md.
#   bash bench/micro/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=50000000
runs=5
if [ "${1:-}" = "--quick" ]; then n=5000000; runs=3; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/bin/limec -O3 --target=cpu,gpu bench/micro/Micro.lime -o "$work/micro"
threads=$(nproc)
load=$(cut -d' ' -f1-3 /proc/loadavg)
LIME_THREADS=1 "$work/micro" "$n" "$runs" > "$work/one"
LIME_THREADS=$threads "$work/micro" "$n" "$runs" > "$work/all"
if ! cmp -s <(grep '^result' "$work/one") <(grep '^result' "$work/all"); then
    echo "micro: results differ between 1 and $threads threads:" >&2
    diff "$work/one" "$work/all" >&2 || true
    exit 1
fi
ms() { awk -v k="$1" '$1 == "time" && $2 == k { print $3 }' "$2"; }
{
    echo "# Lime map/reduce micro-benchmark (CPU)"
    echo
    echo "$(date -u +%Y-%m-%d), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $threads, n = $n, best of $runs, load average before: $load"
    echo
    echo "| kernel | 1 thread (ms) | $threads threads (ms) | speed-up |"
    echo "|---|---:|---:|---:|"
    for k in saxpy_ms sum_ms; do
        a=$(ms "$k" "$work/one"); b=$(ms "$k" "$work/all")
        echo "| ${k%_ms} | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2fx", a / b }') |"
    done
    echo
    echo "Results (identical for both thread counts): $(grep '^result' "$work/one" | sed 's/^result //')"
} > "$work/table"
cat "$work/table"
mkdir -p bench/results
cp "$work/table" bench/results/micro-latest.md
