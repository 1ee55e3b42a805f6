#!/usr/bin/env bash
# Lime test runner.  `make test` runs it as `LIMEC=build/bin/limec bash tests/run.sh`.
#
#   bash tests/run.sh              run the default suites (DEFAULT_SUITES below)
#   bash tests/run.sh SUITE...     run only the named suites
#   bash tests/run.sh regen-err    rewrite tests/bad/NAME.err from the compiler
#
# Suites:
#   ir         every valid program goes through `limec --emit=ir` (which runs the
#              IR verifier); compared to tests/ir/NAME.ir when that file exists.
#   javac      oracle check: tests/java/*.java compile with javac, tests/bad/*.java
#              are rejected by javac.
#   bad        `limec --check` rejects each tests/bad file with exactly NAME.err.
#   fuzz       mutated sources never crash, hang or print an internal error.
#   libfuzzer  60 s of coverage-guided fuzzing of the front end (scripts/fuzz.sh
#              --check: libFuzzer, ASan, UBSan; tests/fuzz-corpus as seeds):
#              no finding.  Skipped without clang-15.
#   jvm        the oracle for `run`: each tests/java program run on the JVM prints
#              exactly NAME.expected (stdout), NAME.expected_err (first stderr
#              line) or NAME.expected_stderr (all of stderr, stack traces
#              included, less the frames of the JDK's own classes: see
#              user_frames) and exits with NAME.expected_status (default 0); optional
#              NAME.args (its arguments), NAME.jvm_options (options for
#              `java`, e.g. -ea) and NAME.in (its standard input; else empty).
#   run        compile tests/java/NAME.java with limec to a native executable and
#              compare its stdout, first stderr line and exit status with the same
#              expected files: the differential test against the JVM.  Optional
#              NAME.env: VAR=value lines for the native run (LIME_ASSERT=1 is
#              what -ea is on the JVM).
#   multi      programs of several files: tests/multi/NAME/ holds *.java files
#              (in package directories), `main` (the class `java` runs, e.g.
#              app.Main), `expected` (+ `expected_err`, `expected_status`) and
#              optionally `limec_args` (e.g. --main app.Main).  javac compiles
#              every file and java runs `main`; limec compiles every file (paths
#              relative to NAME/, in sorted order) and the executable must print
#              the same.  With `compile_err`, limec must instead fail with
#              exactly that stderr; javac must reject the program too, unless
#              the error is the driver's (`limec: error: ...`, e.g. --main).
#   mem        tests/mem programs (Java or Lime) allocate far more than they keep
#              alive; each must print NAME.expected and stay under its
#              resident-memory limit (NAME.maxrss_kib); optional NAME.env
#              (VAR=value lines for the run), NAME.expected_err (the first
#              stderr line) and NAME.expected_status (default 0).
#   lime       every tests/lime program (and ../shared/examples) prints its
#              expected output; threads: the same with 1, 2 and 8 threads
#              (the programs that reduce, and the *Throws* ones).
#   window     stream graphs of windowed filters in parallel blocks on the CPU
#              (backends/cpu/blocks.c): each tests/window program, compiled for
#              the CPU only, prints NAME.expected (+ expected_err/_status)
#              with the default block, with LIME_BLOCK=1, 2, 3, 5, 8, 13 and 64
#              on 1, 2 and 8 threads, and item by item (LIME_WINDOW=0); with
#              LIME_LOG=1 its "lime: task N (stream(...)) stream on cpu: ..."
#              lines (how each graph ran, or why item by item) are exactly
#              NAME.log.
#   simd       maps in SIMD lanes (backends/cpu/lanes.c) are bit-identical to
#              one element at a time: every tests/lime program with a map runs
#              with lanes (the default) and with LIME_SIMD=0 and must print its
#              expected output both times; the Simd* programs also compiled
#              with LIME_LANES=4, 8 and 64 (other widths, other runs and tails;
#              64: several vectors side by side for every map, as a body with a
#              loop gets by default).
#   gpu, fallback       the OpenCL device (PoCL in CI) and its CPU fallbacks.
#   fpga, fpga-fallback the FPGA backend's Verilator models and their fallbacks;
#              FPGA models are cached for the run in $LIME_CACHE (a temp dir).
#   explain    `limec --explain` tables (tests/explain), and the backend options
#              (--emit=verilog, --target) with their errors.
#   interface  tests/backend-interface.sh: the test-only null backend (LIMEC_TEST,
#              default build/bin/limec-test) shows the backend interface holds.
#   runtime, artifacts  the runtime's and the artifact store's own test scripts.
#   profile    LIME_PROFILE's summary and JSON records (tests/profile.sh).
#   driver     tests/driver.sh: the command line (-o -, stdin, --, -c, depfiles,
#              refused outputs, every command-line error, --version, gdb).
#   install    tests/install.sh: make install into a temporary prefix, used
#              from elsewhere (a program, pkg-config, CMake), make uninstall.
#   interop    tests/interop.sh: a C program calling a Lime library
#              (--emit=lib): the header, its output on cpu and gpu, errors.
#   faults     tests/faults.sh: LIME_FAULT at every failure point of every
#              device: one warning per task, the same output in its order.
#   vm         tests/vm.sh: LIME_DEVICE=auto's measured choice (size classes
#              sampled and settled, background builds) and data kept on the
#              device between chained tasks (LIME_CL_BUFFERS=copy).
#   regen-err  (never in the default set) write NAME.err for each bad file.
#
# Environment for the Lime suites: LIME_BUILT_DIR=DIR keeps each compiled
# Lime program in DIR (default: a temp dir of this run), LIME_TARGETS=LIST
# compiles them with --target=LIST, and LIME_PREBUILT=1 compiles nothing:
# the programs are taken from LIME_BUILT_DIR as an earlier run left them
# (scripts/gpu-device.sh runs the gpu suite so on a machine with no limec).
#
# Output: one `PASS name` / `FAIL name` line per test (a short excerpt follows a
# FAIL), `SKIP name: reason` for skipped ones, and last the line
# `N passed, N failed` (`, N skipped` when some were).  Exit status 1 when
# anything failed.
#
# To add a suite: write a function `suite_NAME` that calls pass/fail/skip, and
# add NAME to DEFAULT_SUITES (or leave it out to make it opt-in).

set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2

DEFAULT_SUITES="ir javac jvm bad run multi lime threads simd window gpu fallback fpga fpga-fallback fpga-pnr explain interface mem runtime artifacts fuzz libfuzzer driver install profile interop faults vm"
KNOWN_SUITES="ir javac jvm bad run multi lime threads simd window gpu fallback fpga fpga-fallback fpga-pnr explain interface mem runtime artifacts fuzz libfuzzer driver install profile interop faults vm regen-err"

LIMEC=${LIMEC:-build/bin/limec}
case "$LIMEC" in /*) ;; *) LIMEC="$ROOT/$LIMEC" ;; esac
SHARED=${SHARED:-$ROOT/../shared}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-5}
LIME_MUTANTS=${LIME_MUTANTS:-$ROOT/build/bin/lime-mutants}
RUN_TIMEOUT=${RUN_TIMEOUT:-10}
FUZZ_KEEP=${FUZZ_KEEP:-$ROOT/build/fuzz-failures}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lime-tests.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
LIME_BUILT_DIR=${LIME_BUILT_DIR:-$TMP/built}
mkdir -p "$LIME_BUILT_DIR" && LIME_BUILT_DIR=$(cd "$LIME_BUILT_DIR" && pwd) || exit 2
LIME_TARGETS=${LIME_TARGETS:-}
LIME_TEST_FPGA=${LIME_TEST_FPGA:-}
LIME_PREBUILT=${LIME_PREBUILT:-0}
# FPGA models built by limec are cached by content hash: one cache for the
# whole run (every suite compiles the same programs), none in $HOME
export LIME_CACHE=${LIME_CACHE:-$TMP/cache}
# the tests build every design the FPGA backend accepts, however large (a
# plain compile skips those larger than the largest part: fpga-fallback's
# size-limit tests check that)
export LIME_FPGA_MAX_CELLS=${LIME_FPGA_MAX_CELLS-0}

N_PASS=0
N_FAIL=0
N_SKIP=0

pass() { N_PASS=$((N_PASS + 1)); echo "PASS $1"; }
# fail NAME REASON [DETAIL-FILE]: the detail file's first lines are shown indented.
fail() {
    N_FAIL=$((N_FAIL + 1))
    echo "FAIL $1${2:+: $2}"
    if [ -n "${3:-}" ] && [ -s "$3" ]; then head -n 12 "$3" | sed 's/^/    /'; fi
}
skip() { N_SKIP=$((N_SKIP + 1)); echo "SKIP $1: $2"; }
# listed_skip NAME: NAME is in $LIME_TEST_SKIP (space-separated test names,
# set by a script that runs suites in a setting where those cannot pass,
# scripts/tsan.sh), which is then skipped with $LIME_TEST_SKIP_WHY
listed_skip() {
    [[ " ${LIME_TEST_SKIP:-} " == *" $1 "* ]] || return 1
    skip "$1" "${LIME_TEST_SKIP_WHY:-listed in LIME_TEST_SKIP}"
}

# excerpt EXPECTED ACTUAL OUT: a short unified diff of two files into OUT.
excerpt() {
    diff -u --label expected --label actual "$1" "$2" > "$3" 2>&1 || true
}

have_limec() {
    [ "$LIME_PREBUILT" = 1 ] && return 0   # compile_lime compiles nothing
    if [ ! -x "$LIMEC" ]; then
        fail "$1" "compiler not found at $LIMEC (run make)"
        return 1
    fi
}

valid_sources() { ls tests/java/*.java tests/lime/*.lime 2>/dev/null; }
bad_sources() { ls tests/bad/*.java tests/bad/*.lime tests/lime-bad/*.lime 2>/dev/null; }
base() { local b=${1##*/}; echo "${b%.*}"; }

# ---------------------------------------------------------------- ir
suite_ir() {
    have_limec ir || return
    local f name out err golden files
    files=$(valid_sources)
    if [ -d "$SHARED" ]; then
        if [ -f "$SHARED/examples/hello.lime" ]; then
            files="$files $SHARED/examples/hello.lime"
        else
            skip ir/shared/hello "$SHARED/examples/hello.lime not found"
        fi
    else
        skip ir/shared/hello "shared directory $SHARED does not exist"
    fi
    for f in $files; do
        name=$(base "$f")
        case "$f" in "$SHARED"/*) name=shared/$name ;; esac
        out=$TMP/ir.out err=$TMP/ir.err
        if ! timeout 60 "$LIMEC" --emit=ir "$f" > "$out" 2> "$err"; then
            fail "ir/$name" "limec --emit=ir exited with status $?" "$err"
            continue
        fi
        if [ ! -s "$out" ]; then
            fail "ir/$name" "empty IR" "$err"
            continue
        fi
        golden=tests/ir/$(base "$f").ir
        if [ -f "$golden" ] && ! cmp -s "$golden" "$out"; then
            excerpt "$golden" "$out" "$TMP/ir.diff"
            fail "ir/$name" "IR differs from $golden" "$TMP/ir.diff"
            continue
        fi
        pass "ir/$name"
    done
}

# ---------------------------------------------------------------- javac
# A small driver that runs the system Java compiler in one JVM over many
# files (each into its own output directory): much faster than one javac
# process per file.  Prints "RC<tab>file<tab>first diagnostic line".
JAVAC_DRIVER='
import java.io.*;
import javax.tools.*;
public class JavacDriver {
    public static void main(String[] args) throws Exception {
        JavaCompiler c = ToolProvider.getSystemJavaCompiler();
        File root = new File(args[0]);
        for (int i = 1; i < args.length; i++) {
            File out = new File(root, "o" + i);
            out.mkdirs();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = c.run(null, null, err, "-d", out.getPath(), "-nowarn", args[i]);
            String first = err.toString().split("\n", 2)[0];
            System.out.println(rc + "\t" + args[i] + "\t" + first);
        }
    }
}'

suite_javac() {
    if ! command -v javac > /dev/null 2>&1 || ! command -v java > /dev/null 2>&1; then
        skip javac "javac/java not installed (the oracle check needs a JDK)"
        return
    fi
    local d=$TMP/javac results=$TMP/javac.results line rc f first name
    mkdir -p "$d/driver"
    printf '%s\n' "$JAVAC_DRIVER" > "$d/driver/JavacDriver.java"
    # shellcheck disable=SC2046
    if javac -d "$d/driver" "$d/driver/JavacDriver.java" > "$d/driver.log" 2>&1; then
        java -cp "$d/driver" JavacDriver "$d" $(ls tests/java/*.java tests/bad/*.java 2>/dev/null) > "$results" 2> "$d/driver.err"
    else
        : > "$results"
        local i=0
        for f in tests/java/*.java tests/bad/*.java; do
            [ -f "$f" ] || continue
            i=$((i + 1)); mkdir -p "$d/o$i"
            javac -d "$d/o$i" -nowarn "$f" > "$d/log" 2>&1
            printf '%s\t%s\t%s\n' "$?" "$f" "$(head -n1 "$d/log")" >> "$results"
        done
    fi
    local nfiles
    nfiles=$(ls tests/java/*.java tests/bad/*.java 2>/dev/null | wc -l)
    if [ "$(wc -l < "$results")" -ne "$nfiles" ]; then
        fail javac "the javac driver reported $(wc -l < "$results") of $nfiles files" "$d/driver.err"
    fi
    while IFS=$'\t' read -r rc f first; do
        case "$f" in
            tests/java/*)
                name=javac/java/$(base "$f")
                if [ "$rc" = 0 ]; then pass "$name"; else echo "$first" > "$d/why"; fail "$name" "javac rejects a valid program" "$d/why"; fi ;;
            tests/bad/*)
                name=javac/bad/$(base "$f")
                if [ "$rc" != 0 ]; then pass "$name"; else fail "$name" "javac accepts a program that must be rejected"; fi ;;
        esac
    done < "$results"
}

# ---------------------------------------------------------------- bad
# first_err_line FILE: the line number in the first line of a .err file.
first_err_line() { head -n1 "$1" | sed -n 's/^[^:]*:\([0-9]*\):[0-9]*: error: .*/\1/p'; }

suite_bad() {
    have_limec bad || return
    local f rel dir name rc exp mark want got_msg want_msg
    for f in $(bad_sources); do
        rel=${f##*/}
        dir=${f%/*}
        name=${dir#tests/}/$(base "$f")
        exp=$dir/$(base "$f").err
        (cd "$dir" && timeout 30 "$LIMEC" --check "$rel" > "$TMP/bad.out" 2> "$TMP/bad.err")
        rc=$?
        if [ "$rc" != 1 ]; then
            fail "$name" "exit status $rc, expected 1" "$TMP/bad.err"
            continue
        fi
        if [ ! -f "$exp" ]; then
            fail "$name" "missing .err (run: bash tests/run.sh regen-err, then review)" "$TMP/bad.err"
            continue
        fi
        if ! cmp -s "$exp" "$TMP/bad.err"; then
            excerpt "$exp" "$TMP/bad.err" "$TMP/bad.diff"
            fail "$name" "stderr differs from $exp" "$TMP/bad.diff"
            continue
        fi
        mark=$(grep -n -m1 '// <-- error' "$f" | cut -d: -f1)
        want=$(first_err_line "$exp")
        if [ -z "$mark" ]; then
            fail "$name" "no '// <-- error' marker in the source"
            continue
        fi
        if [ "$mark" != "$want" ]; then
            fail "$name" "error reported on line ${want:-?}, marker is on line $mark"
            continue
        fi
        want_msg=$(head -n1 "$f" | sed -n 's|^// error: ||p')
        got_msg=$(head -n1 "$exp" | sed -n 's/^[^:]*:[0-9]*:[0-9]*: error: //p')
        if [ -n "$want_msg" ] && [ "$want_msg" != "$got_msg" ]; then
            fail "$name" "message '$got_msg' differs from line 1 '// error: $want_msg'"
            continue
        fi
        pass "$name"
    done
}

suite_regen_err() {
    have_limec regen-err || return
    local f rel dir n=0
    for f in $(bad_sources); do
        rel=${f##*/}
        dir=${f%/*}
        (cd "$dir" && timeout 30 "$LIMEC" --check "$rel" > /dev/null 2> "$(base "$f").err")
        echo "wrote $dir/$(base "$f").err (status $?)"
        n=$((n + 1))
    done
    echo "regen-err: wrote $n files; review them with git diff tests/bad"
}

# ---------------------------------------------------------------- fuzz
# Deterministic mutants from a Park-Miller generator in awk (the same on
# mawk and gawk): per file, FUZZ_EDITS truncations, as many single-character
# deletions and as many insertions of a punctuation character, and
# FUZZ_SWAPS swaps of two lines.  The default (4 and 2: 14 mutants of each of
# ~1,300 files, about 18,000 compiles, the largest share of `make test`'s
# time) keeps `make test` within its time; the coverage-guided libfuzzer
# suite and `make fuzz` search further.
# FUZZ_EDITS=20 FUZZ_SWAPS=5 is the old full run (65 mutants per file).
FUZZ_AWK='
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n }
function emit(kind, i, text,   f) {
    f = outdir "/" kind i "/" fname
    printf "%s", text > f
    close(f)
}
{ src = src $0 "\n"; line[++nl] = $0 }
END {
    seed = 1
    for (k = 1; k <= length(fname); k++) seed = (seed * 31 + index("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._", substr(fname, k, 1))) % 2147483647
    if (seed == 0) seed = 1
    n = length(src)
    if (n == 0) exit
    chars = "{}()[];,.=+-*/\"\047\\@!<>"
    for (i = 0; i < edits; i++) emit("trunc", i, substr(src, 1, rnd(n)))
    for (i = 0; i < edits; i++) { p = rnd(n) + 1; emit("del", i, substr(src, 1, p - 1) substr(src, p + 1)) }
    for (i = 0; i < edits; i++) { p = rnd(n + 1); c = substr(chars, rnd(length(chars)) + 1, 1); emit("ins", i, substr(src, 1, p) c substr(src, p + 1)) }
    for (i = 0; i < swaps; i++) {
        a = rnd(nl) + 1; b = rnd(nl) + 1; t = ""
        for (k = 1; k <= nl; k++) t = t (k == a ? line[b] : k == b ? line[a] : line[k]) "\n"
        emit("swap", i, t)
    }
}'

# fuzz_one SOURCE RESULTDIR: mutate one file, run the compiler on each mutant;
# writes RESULTDIR/NAME.result: "count failures" then one line per failure.
fuzz_one() {
    local src=$1 resdir=$2 name work m rc bad=0 count=0 why report errtext
    local ice='internal compiler error|Assertion .* failed'   # (in here: xargs runs this in a fresh bash)
    name=$(base "$src")
    work=$(mktemp -d "$resdir/work.XXXXXX")
    local edits=${FUZZ_EDITS:-4} swaps=${FUZZ_SWAPS:-2} i
    for ((i = 0; i < edits; i++)); do mkdir -p "$work/trunc$i" "$work/del$i" "$work/ins$i"; done
    for ((i = 0; i < swaps; i++)); do mkdir -p "$work/swap$i"; done
    LC_ALL=C awk -v outdir="$work" -v fname="${src##*/}" -v edits="$edits" -v swaps="$swaps" "$FUZZ_AWK" "$src"
    report=$resdir/$(echo "$src" | tr '/' '_').result
    : > "$report.lines"
    # "STATUS MUTANT" per mutant, its stderr in MUTANT.err: lime-mutants runs
    # the front end as limec --emit=ir does, over all of them in one process
    # (a hang: more than FUZZ_TIMEOUT s of CPU time, status 124)
    local mutants=("$work"/*/*)
    if [ -n "${LIME_MUTANTS:-}" ]; then
        "$LIME_MUTANTS" "$FUZZ_TIMEOUT" "${mutants[@]}" > "$work/statuses" 2> "$work/batch.err"
        rc=$?
        if [ "$rc" != 0 ] || [ "$(wc -l < "$work/statuses")" != "${#mutants[@]}" ]; then
            echo "lime-mutants: status $rc after $(wc -l < "$work/statuses") of ${#mutants[@]} mutants: $(head -c 300 "$work/batch.err")" >> "$report.lines"
            bad=$((bad + 1))
        fi
    else
        for m in "${mutants[@]}"; do
            # (the braces keep bash's "Segmentation fault" report off the terminal)
            { timeout "$FUZZ_TIMEOUT" "$LIMEC" --emit=ir "$m" > /dev/null 2> "$m.err" < /dev/null; } 2> /dev/null
            echo "$? $m" >> "$work/statuses"
        done
    fi
    while read -r rc m; do
        count=$((count + 1))
        why=
        errtext=
        IFS= read -r -d '' errtext < "$m.err"
        if [ "$rc" = 124 ] || [ "$rc" -ge 128 ]; then
            why="exit status $rc (signal or hang)"
        elif grep -q -E "$ice" "$m.err"; then
            # (the compiler's own words for a broken invariant, or C's assert;
            # a user's class named Internal or a method named assert is fine)
            why="internal error or assertion: $(grep -m1 -E "$ice" "$m.err")"
        elif [ "$rc" = 1 ] && ! [[ $'\n'$errtext =~ $'\n'[^:$'\n']+:[0-9]+:[0-9]+:\ error:\  ]]; then
            why="status 1 without a 'file:line:col: error:' line"
        fi
        if [ -n "$why" ]; then
            bad=$((bad + 1))
            local kind=${m%/*}; kind=${kind##*/}
            echo "$kind: $why" >> "$report.lines"
            mkdir -p "$FUZZ_KEEP/$name/$kind"
            cp "$m" "$m.err" "$FUZZ_KEEP/$name/$kind/" 2> /dev/null
        fi
    done < "$work/statuses"
    { echo "$count $bad"; cat "$report.lines"; } > "$report"
    rm -rf "$work" "$report.lines"
}

# Mutants of every test program, Java and Lime, good and bad; each goes
# through the whole front end, the lowering and the IR verifier.
fuzz_sources() { ls tests/java/*.java tests/bad/*.java tests/lime/*.lime tests/lime-bad/*.lime 2> /dev/null; }

suite_fuzz() {
    have_limec fuzz || return
    local resdir=$TMP/fuzz f report count bad total=0
    mkdir -p "$resdir"
    rm -rf "$FUZZ_KEEP"
    if [ -x "$LIME_MUTANTS" ]; then
        echo "fuzz: the front end of $LIME_MUTANTS (fuzz/mutants.c), the library parsed once, a fork per mutant"
    else
        echo "fuzz: note: $LIME_MUTANTS is not built (make $LIME_MUTANTS): each mutant through $LIMEC --emit=ir, slower"
        LIME_MUTANTS=
    fi
    export -f fuzz_one base
    export LIMEC LIME_MUTANTS FUZZ_AWK FUZZ_TIMEOUT FUZZ_KEEP
    fuzz_sources |
        xargs -P "$JOBS" -I{} bash -c 'fuzz_one "$1" "$2"' _ {} "$resdir"
    for f in $(fuzz_sources); do
        [ -f "$f" ] || continue
        report=$resdir/$(echo "$f" | tr '/' '_').result
        if [ ! -f "$report" ]; then
            fail "fuzz/$f" "no result (mutator failed?)"
            continue
        fi
        read -r count bad < "$report"
        total=$((total + count))
        if [ "$bad" = 0 ]; then
            pass "fuzz/$f ($count mutants)"
        else
            tail -n +2 "$report" > "$TMP/fuzz.why"
            fail "fuzz/$f" "$bad of $count mutants failed (kept in $FUZZ_KEEP/$(base "$f"))" "$TMP/fuzz.why"
        fi
    done
    echo "fuzz: $total mutants checked"
}

suite_libfuzzer() {
    if ! command -v clang-15 > /dev/null; then
        skip libfuzzer "clang-15 is not installed (scripts/deps.sh installs it)"
        return
    fi
    if bash scripts/fuzz.sh --check "${LIBFUZZER_TIME:-60}" > "$TMP/libfuzzer.out" 2>&1; then
        pass "libfuzzer ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$TMP/libfuzzer.out" | grep -o '[0-9]*$' || echo '?') inputs, no finding)"
    else
        fail libfuzzer "a finding, or the build failed (build/fuzz/findings/, build/fuzz/fuzz.log)" "$TMP/libfuzzer.out"
    fi
}

# ---------------------------------------------------------------- run
# Compile each valid program to an executable and compare its behaviour with
# the JVM's: NAME.expected (stdout), NAME.expected_err (first stderr line),
# NAME.expected_status (exit status, 0 when absent); NAME.args holds the
# command-line arguments.
# The JVM as oracle: the committed expected files are what `java` prints.
# Uses the classes the javac suite compiled (o1..oN in `ls` order) when
# present, else compiles each program itself.
# jvm_run_one INDEX FILE RESULTS: runs tests/java program FILE on the JVM
# (classes from the javac suite's o<INDEX>, else compiled here) into
# RESULTS/NAME.out, .err and .status (.javac: javac's messages when it failed).
jvm_run_one() {
    local f=$2 name cp args jopts input=/dev/null res=$3
    name=$(base "$f")
    cp=$TMP/javac/o$1
    if [ ! -f "$cp/$name.class" ]; then
        cp=$TMP/jvm/$name
        mkdir -p "$cp"
        javac -nowarn -d "$cp" "$f" > "$res/$name.javac" 2>&1 || return 0
        rm -f "$res/$name.javac"
    fi
    args=
    [ -f "tests/java/$name.args" ] && args=$(cat "tests/java/$name.args")
    jopts=
    [ -f "tests/java/$name.jvm_options" ] && jopts=$(cat "tests/java/$name.jvm_options")
    [ -f "tests/java/$name.in" ] && input="tests/java/$name.in"
    # shellcheck disable=SC2086
    timeout 60 java $jopts -cp "$cp" "$name" $args > "$res/$name.out" 2> "$res/$name.err" < "$input"
    echo $? > "$res/$name.status"
}

suite_jvm() {
    if ! command -v javac > /dev/null 2>&1 || ! command -v java > /dev/null 2>&1; then
        skip jvm "javac/java not installed (the JVM is the oracle for the run suite)"
        return
    fi
    local f name res=$TMP/jvm-results
    mkdir -p "$res"
    # the programs run $JOBS at a time; then compared in order
    export -f jvm_run_one base
    export TMP
    ls tests/java/*.java 2> /dev/null | awk '{ print NR "\t" $0 }' |
        xargs -P "$JOBS" -L1 bash -c 'jvm_run_one "$2" "$3" "$1"' _ "$res"
    for f in tests/java/*.java; do
        [ -f "$f" ] || continue
        name=$(base "$f")
        if [ -f "$res/$name.javac" ]; then
            fail "jvm/$name" "javac failed" "$res/$name.javac"
            continue
        fi
        compare_outputs "jvm/$name" "tests/java/$name" "$res/$name.out" "$res/$name.err" "$(cat "$res/$name.status")"
    done
}

# Standard error without the stack-trace frames of the JDK's own classes
# (`\tat java.base/...`), which the JVM prints and Lime does not (its
# library's frames are hidden).
user_frames() { grep -Ev '^[[:space:]]+at (java\.base|jdk\.[a-z.]+)/' || true; }

# compare_outputs TEST EXPECTED-PREFIX STDOUT STDERR STATUS [SEP]: the expected files are
# PREFIX SEP expected, _err, _status (SEP "." by default)
compare_outputs() {
    local want_st=0 x="$2${6-.}"
    [ -f "${x}expected_status" ] && want_st=$(cat "${x}expected_status")
    if [ -f "${x}expected" ] && ! cmp -s "${x}expected" "$3"; then
        excerpt "${x}expected" "$3" "$TMP/cmp.diff"
        fail "$1" "stdout differs" "$TMP/cmp.diff"
    elif [ "$5" != "$want_st" ]; then
        fail "$1" "exit status $5, expected $want_st" "$4"
    elif [ -f "${x}expected_err" ] && [ "$(head -n1 "$4")" != "$(cat "${x}expected_err")" ]; then
        { echo "expected: $(cat "${x}expected_err")"; echo "actual:   $(head -n1 "$4")"; } > "$TMP/cmp.diff"
        fail "$1" "stderr differs" "$TMP/cmp.diff"
    elif [ -f "${x}expected_stderr" ] && ! user_frames < "$4" | cmp -s "${x}expected_stderr" -; then
        user_frames < "$4" > "$TMP/cmp.stderr"
        excerpt "${x}expected_stderr" "$TMP/cmp.stderr" "$TMP/cmp.diff"
        fail "$1" "stderr (the whole of it) differs" "$TMP/cmp.diff"
    else
        pass "$1"
    fi
}

# Garbage collection: NAME.java with NAME.expected and NAME.maxrss_kib.
suite_mem() {
    have_limec mem || return
    if [ ! -x /usr/bin/time ]; then
        skip mem "/usr/bin/time is not installed (package 'time'): cannot measure resident memory"
        return
    fi
    local f name exe limit rss st
    for f in tests/mem/*.java tests/mem/*.lime; do
        [ -f "$f" ] || continue
        name=$(base "$f")
        exe=$TMP/mem.exe
        # the CPU only: these measure the runtime's heap, not device models
        if ! "$LIMEC" -O2 --target=cpu "$f" -o "$exe" > "$TMP/mem.cout" 2>&1; then
            fail "mem/$name" "compilation failed" "$TMP/mem.cout"
            continue
        fi
        limit=$(cat "tests/mem/$name.maxrss_kib")
        # NAME.env: VAR=value lines for the run (e.g. LIME_HEAP_MAX)
        local envs=()
        [ -f "tests/mem/$name.env" ] && mapfile -t envs < "tests/mem/$name.env"
        /usr/bin/time -f '%M' -o "$TMP/mem.rss" env "${envs[@]}" timeout 120 "$exe" > "$TMP/mem.out" 2> "$TMP/mem.err"
        st=$?
        rss=$(tail -n1 "$TMP/mem.rss")
        local want_err="" want_st=0
        [ -f "tests/mem/$name.expected_err" ] && want_err=$(cat "tests/mem/$name.expected_err")
        [ -f "tests/mem/$name.expected_status" ] && want_st=$(cat "tests/mem/$name.expected_status")
        if ! cmp -s "tests/mem/$name.expected" "$TMP/mem.out"; then
            excerpt "tests/mem/$name.expected" "$TMP/mem.out" "$TMP/mem.diff"
            fail "mem/$name" "stdout differs" "$TMP/mem.diff"
        elif [ "$st" -ne "$want_st" ] || [ "$(head -n1 "$TMP/mem.err")" != "$want_err" ]; then
            fail "mem/$name" "exit status $st (expected $want_st) or first stderr line differs (expected: $want_err)" "$TMP/mem.err"
        elif [ "$rss" -gt "$limit" ]; then
            fail "mem/$name" "resident memory $rss KiB, limit $limit KiB"
        else
            pass "mem/$name ($rss KiB resident, limit $limit KiB)"
        fi
    done
}

# run_compile SRC OUTDIR: limec SRC into OUTDIR/exe (OUTDIR/ok when it compiled).
# (a Lime example for the CPU and GPU only: its FPGA builds are the fpga
# suite's business, and a double map's take minutes)
run_compile() {
    local targets=
    case "$1" in *.lime) targets=--target=cpu,gpu ;; esac
    mkdir -p "$2"
    timeout 120 "$LIMEC" $targets "$1" -o "$2/exe" > "$2/compile.out" 2>&1 && touch "$2/ok"
    return 0
}

run_sources() { ls tests/java/*.java examples/*.lime 2> /dev/null; }

suite_run() {
    have_limec run || return
    local f name dir exe args st out
    # compiled first, $JOBS at a time, each into a folder of its own
    export -f run_compile
    export LIMEC
    run_sources | xargs -P "$JOBS" -I{} bash -c 'run_compile "$1" "$2/$(tr "/." "__" <<< "$1")"' _ {} "$TMP/run-built"
    # tests/java: plain Java (expected output from the JVM, see suite jvm);
    # examples: the demo programs with their expected output
    for f in $(run_sources); do
        [ -f "$f" ] || continue
        name=$(base "$f")
        dir=${f%.*}
        out=$TMP/run-built/$(tr "/." "__" <<< "$f")
        exe=$out/exe
        if [ ! -f "$out/ok" ]; then
            fail "run/$name" "compilation failed" "$out/compile.out"
            continue
        fi
        args=
        [ -f "$dir.args" ] && args=$(cat "$dir.args")
        local envs=()
        [ -f "$dir.env" ] && mapfile -t envs < "$dir.env"
        # shellcheck disable=SC2086
        local input=/dev/null
        [ -f "$dir.in" ] && input="$dir.in"
        env "${envs[@]}" timeout "$RUN_TIMEOUT" "$exe" $args > "$TMP/run.out" 2> "$TMP/run.err" < "$input"
        st=$?
        compare_outputs "run/$name" "$dir" "$TMP/run.out" "$TMP/run.err" "$st"
        rm -rf "$out"
    done
}

# ---------------------------------------------------------------- multi
# Programs of several files (tests/multi/NAME/), through the JVM and limec.
suite_multi() {
    have_limec multi || return
    local d name files st have_jvm=1
    if ! command -v javac > /dev/null 2>&1 || ! command -v java > /dev/null 2>&1; then
        skip multi/jvm "javac/java not installed (the JVM half of each multi test is skipped)"
        have_jvm=0
    fi
    for d in tests/multi/*/; do
        [ -d "$d" ] || continue
        d=${d%/}
        name=${d##*/}
        files=$(cd "$d" && find . -name '*.java' | sed 's|^\./||' | LC_ALL=C sort)
        if [ -z "$files" ] || [ ! -f "$d/main" ]; then
            fail "multi/$name" "needs *.java files and a 'main' file"
            continue
        fi
        if [ "$have_jvm" = 1 ]; then
            rm -rf "$TMP/multi.cls"
            mkdir -p "$TMP/multi.cls"
            # shellcheck disable=SC2086
            (cd "$d" && javac -nowarn -d "$TMP/multi.cls" $files) > "$TMP/multi.log" 2>&1
            st=$?
            if [ -f "$d/compile_err" ] && ! grep -q '^limec: error:' "$d/compile_err"; then
                if [ "$st" != 0 ]; then pass "multi/$name/javac"
                else fail "multi/$name/javac" "javac accepts a program limec must reject"; fi
            elif [ "$st" != 0 ]; then
                fail "multi/$name/javac" "javac rejects the program" "$TMP/multi.log"
            elif [ ! -f "$d/compile_err" ]; then
                timeout 60 java -cp "$TMP/multi.cls" "$(cat "$d/main")" \
                    > "$TMP/multi.out" 2> "$TMP/multi.err" < /dev/null
                st=$?
                compare_outputs "multi/$name/jvm" "$d/" "$TMP/multi.out" "$TMP/multi.err" "$st" ""
            else
                pass "multi/$name/javac"
            fi
        fi
        local largs=
        [ -f "$d/limec_args" ] && largs=$(cat "$d/limec_args")
        rm -f "$TMP/multi.exe"
        # shellcheck disable=SC2086
        (cd "$d" && timeout 120 "$LIMEC" $largs $files -o "$TMP/multi.exe") > "$TMP/multi.cout" 2> "$TMP/multi.cerr"
        st=$?
        if [ -f "$d/compile_err" ]; then
            if [ "$st" != 1 ]; then
                fail "multi/$name" "limec exited with status $st, expected 1" "$TMP/multi.cerr"
            elif ! cmp -s "$d/compile_err" "$TMP/multi.cerr"; then
                excerpt "$d/compile_err" "$TMP/multi.cerr" "$TMP/multi.diff"
                fail "multi/$name" "limec's errors differ from compile_err" "$TMP/multi.diff"
            else
                pass "multi/$name"
            fi
            continue
        fi
        if [ "$st" != 0 ]; then
            fail "multi/$name" "compilation failed" "$TMP/multi.cerr"
            continue
        fi
        timeout "$RUN_TIMEOUT" "$TMP/multi.exe" > "$TMP/multi.out" 2> "$TMP/multi.err" < /dev/null
        st=$?
        compare_outputs "multi/$name" "$d/" "$TMP/multi.out" "$TMP/multi.err" "$st" ""
    done
}

# ---------------------------------------------------------------- lime
# Lime programs (tests/lime, and the shared examples when ../shared exists):
# compiled, run, and compared with NAME.expected (+ _err, _status).
lime_programs() {
    ls tests/lime/*.lime 2>/dev/null
    if [ -d "$SHARED/examples" ]; then ls "$SHARED"/examples/*.lime 2>/dev/null; fi
}

# compile_lime SRC: builds Lime program SRC once per run (the lime, threads,
# gpu and fpga suites all run the same default build of each program), at
# LIME_EXE=$LIME_BUILT_DIR/KEY/NAME with its NAME.artifacts beside it (KEY:
# SRC's path below the repository); the compiler's output is kept in
# LIME_COUT.  Returns 1 when compilation failed (remembered, so every suite
# reports it with the same output).  With LIME_PREBUILT=1 a program that is
# not there has failed.
# fpga_built SRC: whether make test builds SRC's FPGA models: the programs
# written for the FPGA (tests/lime/Fpga*) and those of
# tests/lime/fpga-programs.txt; the others are built for the CPU and GPU
# only (since reduces and doubles run on the FPGA, their builds take
# minutes per task: Yosys on double multipliers and dividers, one reduce
# tree per reduce), so the fpga suite runs the listed ones and says so;
# LIME_TEST_FPGA=all (make test-fpga-all) builds every one.
fpga_built() {
    [ "${LIME_TEST_FPGA:-}" = all ] && return 0
    case "$(base "$1")" in Fpga*) return 0 ;; esac
    grep -qx "$(base "$1")" "$ROOT/tests/lime/fpga-programs.txt" 2> /dev/null
}

compile_lime() {
    local key dir targets=$LIME_TARGETS
    key=$(tr '/.' '__' <<< "${1#"$ROOT"/}")
    dir=$LIME_BUILT_DIR/$key
    LIME_EXE=$dir/$(base "$1")
    LIME_COUT=$dir/compile.out
    [ -z "$targets" ] && ! fpga_built "$1" && targets=cpu,gpu
    if [ "$LIME_PREBUILT" = 1 ]; then
        [ -d "$dir" ] || { LIME_COUT=$TMP/prebuilt.out; echo "not in $LIME_BUILT_DIR (LIME_PREBUILT=1)" > "$LIME_COUT"; }
    elif [ ! -d "$dir" ]; then
        mkdir -p "$dir"
        if timeout 300 "$LIMEC" ${targets:+--target="$targets"} "$1" -o "$LIME_EXE" > "$LIME_COUT" 2>&1; then
            touch "$dir/ok"
        fi
    fi
    [ -f "$dir/ok" ]
}

suite_lime() {
    have_limec lime || return
    [ -d "$SHARED/examples" ] || skip lime/shared-examples "$SHARED/examples not found (the shared examples are checked where ../shared exists)"
    local f name exe st
    for f in $(lime_programs); do
        name=$(base "$f")
        if ! compile_lime "$f"; then
            fail "lime/$name" "compilation failed" "$LIME_COUT"
            continue
        fi
        exe=$LIME_EXE
        timeout "$RUN_TIMEOUT" "$exe" > "$TMP/lime.out" 2> "$TMP/lime.err" < /dev/null
        st=$?
        compare_outputs "lime/$name" "${f%.lime}" "$TMP/lime.out" "$TMP/lime.err" "$st"
    done
}

# Reductions and maps are bit-identical whatever the number of threads:
# every Lime program that reduces, and every one whose name says it throws
# (*Throws*: the lowest failing element's exception is reported), runs with
# LIME_THREADS=1, 2 and 8 and must print exactly its expected output (and
# stderr, and exit status) each time.
suite_threads() {
    have_limec threads || return
    local f name exe st n
    for f in $(lime_programs); do
        case "$(base "$f")" in
        *Throws*) ;;
        *)
            grep -q '!' "$f" || continue
            grep -qE '(^|[^=!<>])! *[A-Za-z(]' "$f" || continue
            ;;
        esac
        name=$(base "$f")
        listed_skip "threads/$name" && continue
        if ! compile_lime "$f"; then
            fail "threads/$name" "compilation failed" "$LIME_COUT"
            continue
        fi
        exe=$LIME_EXE
        for n in 1 2 8; do
            LIME_THREADS=$n timeout "$RUN_TIMEOUT" "$exe" > "$TMP/threads.out" 2> "$TMP/threads.err" < /dev/null
            st=$?
            compare_outputs "threads/$name/LIME_THREADS=$n" "${f%.lime}" "$TMP/threads.out" "$TMP/threads.err" "$st"
        done
    done
}

suite_window() {
    have_limec window || return
    local f name exe st env
    for f in tests/window/*.lime; do
        [ -f "$f" ] || continue
        name=$(base "$f")
        exe=$TMP/window-$name
        if ! timeout 300 "$LIMEC" --target=cpu "$f" -o "$exe" > "$TMP/window.cout" 2>&1; then
            fail "window/$name" "compilation failed" "$TMP/window.cout"
            continue
        fi
        for env in "" "LIME_BLOCK=1 LIME_THREADS=2" "LIME_BLOCK=2 LIME_THREADS=8" "LIME_BLOCK=3 LIME_THREADS=2" \
            "LIME_BLOCK=5 LIME_THREADS=1" "LIME_BLOCK=8 LIME_THREADS=2" "LIME_BLOCK=13 LIME_THREADS=8" \
            "LIME_BLOCK=64 LIME_THREADS=2" "LIME_WINDOW=0"; do
            env $env timeout "$RUN_TIMEOUT" "$exe" > "$TMP/window.out" 2> "$TMP/window.err" < /dev/null
            st=$?
            compare_outputs "window/$name${env:+/$env}" "${f%.lime}" "$TMP/window.out" "$TMP/window.err" "$st"
        done
        [ -f "${f%.lime}.log" ] || continue
        LIME_LOG=1 timeout "$RUN_TIMEOUT" "$exe" 2>&1 > /dev/null < /dev/null \
            | grep -E '^lime: task .* stream on cpu: (in parallel blocks|item by item|firing by firing)' > "$TMP/window.log"
        if cmp -s "${f%.lime}.log" "$TMP/window.log"; then
            pass "window/$name/LIME_LOG=1"
        else
            excerpt "${f%.lime}.log" "$TMP/window.log" "$TMP/window.diff"
            fail "window/$name/LIME_LOG=1" "the graphs' log lines differ" "$TMP/window.diff"
        fi
    done
    # a bad LIME_WINDOW or LIME_BLOCK: one warning, then the default
    exe=$TMP/window-WindowSequential
    [ -x "$exe" ] || return
    for env in "LIME_WINDOW=maybe" "LIME_BLOCK=0" "LIME_BLOCK=12x"; do
        env "$env" timeout "$RUN_TIMEOUT" "$exe" > "$TMP/window.out" 2> "$TMP/window.err" < /dev/null
        case $env in
        LIME_WINDOW=*) echo "lime: warning: LIME_WINDOW=maybe is not 1, yes, true, on, 0, no, false or off; taken as on" ;;
        *) echo "lime: warning: $env is not a number of items from 1 to 1073741824; using 16384" ;;
        esac > "$TMP/window.want"
        if cmp -s tests/window/WindowSequential.expected "$TMP/window.out" && cmp -s "$TMP/window.want" "$TMP/window.err"; then
            pass "window/bad/$env"
        else
            cat "$TMP/window.want" "$TMP/window.err" > "$TMP/window.diff"
            fail "window/bad/$env" "expected the one warning (first line) and the usual output" "$TMP/window.diff"
        fi
    done
}

suite_simd() {
    have_limec simd || return
    local f name exe st w on
    for f in $(lime_programs); do
        grep -q '(@\|, *@\|@ ' "$f" || continue
        name=$(base "$f")
        if ! compile_lime "$f"; then
            fail "simd/$name" "compilation failed" "$LIME_COUT"
            continue
        fi
        exe=$LIME_EXE
        for on in 1 0; do
            LIME_SIMD=$on timeout "$RUN_TIMEOUT" "$exe" > "$TMP/simd.out" 2> "$TMP/simd.err" < /dev/null
            st=$?
            compare_outputs "simd/$name/LIME_SIMD=$on" "${f%.lime}" "$TMP/simd.out" "$TMP/simd.err" "$st"
        done
    done
    for f in tests/lime/Simd*.lime; do
        name=$(base "$f")
        for w in 4 8 64; do
            exe=$TMP/simd-w$w-$name
            if ! LIME_LANES=$w timeout 300 "$LIMEC" --target=cpu "$f" -o "$exe" > "$TMP/simd.cout" 2>&1; then
                fail "simd/$name/LIME_LANES=$w" "compilation failed" "$TMP/simd.cout"
                continue
            fi
            timeout "$RUN_TIMEOUT" "$exe" > "$TMP/simd.out" 2> "$TMP/simd.err" < /dev/null
            st=$?
            compare_outputs "simd/$name/LIME_LANES=$w" "${f%.lime}" "$TMP/simd.out" "$TMP/simd.err" "$st"
        done
    done
}

# The GPU backend on the machine's OpenCL device (PoCL in CI): every Lime
# program runs with LIME_DEVICE=gpu and must print exactly its expected
# output; the log (LIME_LOG=1) must show GPU-accepted tasks on the gpu: at
# least one, and every one for the programs in GPU_EVERY_TASK (they reach
# all their tasks: each run of a graph's stateless filters, wherever it is
# in the graph, must have run as a kernel).  A task the GPU backend rejected
# but the FPGA's took is offered to the runtime too, and forcing the gpu
# then says "cannot run on the gpu" (that is what forcing a device means);
# any other warning is a failed fallback.
opencl_available() {
    command -v clinfo > /dev/null 2>&1 || return 1
    local info
    info=$(clinfo 2> /dev/null)
    grep -q 'Number of devices *[1-9]' <<< "$info"
}

GPU_EVERY_TASK="StreamChain StreamChainCoarse StreamChainThrows StreamChainLoops StreamChainLoopsThrows StreamSegments StreamSegmentsThrows StreamStatefulThrows StreamWindow StreamWindowThrows BitOps GpuMultiRate GpuMultiRateThrows"
# Programs also run with LIME_CL_BUFFERS=copy: PoCL shares host memory, so
# by default arrays are lent to it; these take the copy-in/read-back path
# that a discrete GPU gets (maps, value arrays, whole-array operands,
# reductions, the lowest failing element's rerun, graph segments, windowed
# filters: their start values and coefficient arrays taken whole; a
# multi-rate graph's periods, whose output is shorter than the array).
GPU_COPY_TOO="LargeMap LargeReduce MapBroadcast MapLookup MapValues MapZip MapThrowsLowest MapDivZero ReduceFloatOrder ReduceThrowsDevice ReduceUser StreamSegments StreamChain StreamChainCoarse StreamChainLoops StreamWindow StreamWindowThrows GpuMutableArrays GpuObjects GpuStatics GpuMultiRate GpuMultiRateThrows saxpy mandel"

# gpu_exec RESDIR LABEL SRC EXE [ENV=VALUE]: runs EXE on the OpenCL device,
# its stdout, LIME_LOG stderr and status in RESDIR/<label>.{out,log,status}
# (the runs go $JOBS at a time; gpu_case checks them in order).
gpu_exec() {
    local r
    r=$1/$(tr '/' '_' <<< "$2")
    env ${5:+"$5"} LIME_DEVICE=gpu LIME_LOG=1 timeout 120 "$4" > "$r.out" 2> "$r.log" < /dev/null
    echo $? > "$r.status"
}

# gpu_case RESDIR LABEL SRC EXE [ENV=VALUE]: compares gpu_exec's results with
# SRC's expected files; no fallback may happen, and the device must have run
# the tasks the GPU backend accepted.
gpu_case() {
    local label=$2 f=$3 exe=$4 name st accepted ran r
    name=$(base "$f")
    r=$1/$(tr '/' '_' <<< "$label")
    st=$(cat "$r.status")
    grep -v -e '^lime: task ' -e '^lime: warning: .* cannot run on the gpu: ' "$r.log" > "$r.err"
    if grep -q '^lime: warning' "$r.err"; then
        fail "$label" "a device fallback happened" "$r.err"
        return
    fi
    accepted=0
    [ -f "$exe.artifacts/manifest.yaml" ] && accepted=$(grep -c 'gpu: {accepted: true' "$exe.artifacts/manifest.yaml")
    ran=$(grep -c ' on gpu: ' "$r.log")
    if [ "$accepted" -gt 0 ] && [ "$ran" -eq 0 ]; then
        fail "$label" "$accepted tasks accepted by the GPU backend, none ran on the OpenCL device" "$r.log"
        return
    fi
    # programs that reach every task: each accepted one (a graph's runs of
    # stateless filters included) must have run on the device
    if [[ " $GPU_EVERY_TASK " == *" $name "* ]] && [ "$ran" -ne "$accepted" ]; then
        fail "$label" "$accepted tasks accepted by the GPU backend, $ran ran on the OpenCL device" "$r.log"
        return
    fi
    if [ -n "${5:-}" ] && [ "$ran" -gt 0 ] && ! grep -q ' on gpu: .*(arrays copied to and from the device)$' "$r.log"; then
        fail "$label" "$5 did not make the runtime copy the arrays" "$r.log"
        return
    fi
    compare_outputs "$label" "${f%.lime}" "$r.out" "$r.err" "$st"
}

suite_gpu() {
    have_limec gpu || return
    if ! opencl_available; then
        skip gpu "no OpenCL device (clinfo lists none): the GPU backend's programs cannot run here"
        return
    fi
    local f name res=$TMP/gpu-results label src exe env
    mkdir -p "$res"
    : > "$TMP/gpu.cases"
    for f in $(lime_programs); do
        name=$(base "$f")
        listed_skip "gpu/$name" && continue
        if ! compile_lime "$f"; then
            fail "gpu/$name" "compilation failed" "$LIME_COUT"
            continue
        fi
        printf '%s\t%s\t%s\t\n' "gpu/$name" "$f" "$LIME_EXE" >> "$TMP/gpu.cases"
        if [[ " $GPU_COPY_TOO " == *" $name "* ]]; then
            printf '%s\t%s\t%s\t%s\n' "gpu-copy/$name" "$f" "$LIME_EXE" LIME_CL_BUFFERS=copy >> "$TMP/gpu.cases"
        fi
    done
    export -f gpu_exec
    tr '\t' '\n' < "$TMP/gpu.cases" | xargs -d '\n' -n 4 -P "$JOBS" bash -c 'gpu_exec "$0" "$@"' "$res"
    while IFS=$'\t' read -r label src exe env; do
        gpu_case "$res" "$label" "$src" "$exe" $env
    done < "$TMP/gpu.cases"
}

# Stream graphs whose filters no device backend accepted
# (tests/fallback/StreamForced.lime, each graph run twice): a forced device
# says why, once per graph or stateful filter, exactly the lines of
# StreamForced.<device>.err (the GPU's without an OpenCL platform, so that
# the accepted run's line is the same everywhere); auto and cpu say nothing.
fallback_graphs() {
    local src=tests/fallback/StreamForced.lime exe=$TMP/fb/graphs dev
    if ! "$LIMEC" "$src" -o "$exe" > "$TMP/fb.cout" 2>&1; then
        fail fallback/graphs "compilation of $src failed" "$TMP/fb.cout"
        return
    fi
    for dev in gpu fpga auto cpu; do
        OCL_ICD_VENDORS=$TMP/fb/novendors LIME_DEVICE=$dev "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err" < /dev/null
        local want_err=/dev/null
        [ -f "${src%.lime}.$dev.err" ] && want_err=${src%.lime}.$dev.err
        if ! cmp -s "${src%.lime}.expected" "$TMP/fb.out"; then
            excerpt "${src%.lime}.expected" "$TMP/fb.out" "$TMP/fb.diff"
            fail "fallback/graphs-$dev" "stdout differs" "$TMP/fb.diff"
        elif ! cmp -s "$want_err" "$TMP/fb.err"; then
            excerpt "$want_err" "$TMP/fb.err" "$TMP/fb.diff"
            fail "fallback/graphs-$dev" "stderr differs from $want_err" "$TMP/fb.diff"
        else
            pass "fallback/graphs-$dev"
        fi
    done
}

# Fallbacks: a program whose tasks the GPU accepted still prints the same
# output when the device cannot be used, with exactly one warning per task
# saying why: no OpenCL platform, an altered artifact, a kernel that does
# not build.  LIME_DEVICE=cpu never warns.
suite_fallback() {
    have_limec fallback || return
    local src=tests/lime/ReduceFloatOrder.lime exe=$TMP/fb/prog want out err n
    [ -f "$src" ] || { skip fallback "$src is missing"; return; }
    mkdir -p "$TMP/fb" "$TMP/fb/novendors"
    if ! "$LIMEC" "$src" -o "$exe" > "$TMP/fb.cout" 2>&1; then
        fail fallback "compilation failed" "$TMP/fb.cout"
        return
    fi
    want=${src%.lime}.expected
    n=$(grep -c 'gpu: {accepted: true' "$exe.artifacts/manifest.yaml")
    check_fallback() { # NAME PATTERN: same stdout, n warnings matching PATTERN
        if ! cmp -s "$want" "$TMP/fb.out"; then
            excerpt "$want" "$TMP/fb.out" "$TMP/fb.diff"
            fail "fallback/$1" "stdout differs" "$TMP/fb.diff"
        elif [ "$(grep -c "^lime: warning: .*$2" "$TMP/fb.err")" -ne "$n" ] || [ "$(wc -l < "$TMP/fb.err")" -ne "$n" ]; then
            fail "fallback/$1" "expected $n warnings matching '$2'" "$TMP/fb.err"
        else
            pass "fallback/$1"
        fi
    }
    # a map no device backend accepted (Math.IEEEremainder has no bit-exact OpenCL
    # version) runs on the CPU; forcing the gpu says so, once, and auto is
    # silent
    local lib=tests/lime/MapLibrary.lime
    if "$LIMEC" "$lib" -o "$TMP/fb/lib" > "$TMP/fb.cout" 2>&1; then
        LIME_DEVICE=gpu OCL_ICD_VENDORS=$TMP/fb/novendors "$TMP/fb/lib" > "$TMP/fb.out" 2> "$TMP/fb.err"
        if cmp -s "${lib%.lime}.expected" "$TMP/fb.out" &&
            [ "$(grep -c '^lime: warning: task [0-9]* (IEEEremainder@38) cannot run on the gpu: Math.IEEEremainder has no bit-exact OpenCL version (line 38); running it on the CPU$' "$TMP/fb.err")" -eq 1 ]; then
            pass fallback/rejected-task-forced
        else
            fail fallback/rejected-task-forced "LIME_DEVICE=gpu: no warning for the map the GPU backend rejected" "$TMP/fb.err"
        fi
        "$TMP/fb/lib" > "$TMP/fb.out" 2> "$TMP/fb.err"
        if cmp -s "${lib%.lime}.expected" "$TMP/fb.out" && [ ! -s "$TMP/fb.err" ]; then pass fallback/rejected-task-auto
        else fail fallback/rejected-task-auto "auto: output differs or stderr not empty" "$TMP/fb.err"; fi
    else
        fail fallback/rejected-task "compilation of $lib failed" "$TMP/fb.cout"
    fi
    fallback_graphs
    LIME_DEVICE=cpu "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    if cmp -s "$want" "$TMP/fb.out" && [ ! -s "$TMP/fb.err" ]; then pass fallback/cpu-silent
    else fail fallback/cpu-silent "LIME_DEVICE=cpu: output differs or stderr not empty" "$TMP/fb.err"; fi
    OCL_ICD_VENDORS=$TMP/fb/novendors LIME_DEVICE=gpu "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    check_fallback no-platform "no OpenCL platform"
    if ! opencl_available; then
        skip fallback/altered "no OpenCL device: artifact checks need one to get that far"
        return
    fi
    cp -r "$exe.artifacts" "$TMP/fb/saved"
    for cl in "$exe".artifacts/gpu/*.cl; do echo "/* altered */" >> "$cl"; done
    LIME_DEVICE=gpu "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    check_fallback altered-artifact "SHA-256"
    rm -rf "$exe.artifacts"; cp -r "$TMP/fb/saved" "$exe.artifacts"
    # a kernel altered with a manifest altered to vouch for it: the
    # executable carries the SHA-256 of its own manifest, so the manifest
    # is refused (a warning under auto too), and the output is the CPU's
    # (a kernel that does not build: runtime/tests/device.sh, whose test
    # program carries no digest)
    for cl in "$exe".artifacts/gpu/*.cl; do
        old=$(sha256sum "$cl" | cut -d' ' -f1)
        echo "this is not OpenCL" >> "$cl"
        new=$(sha256sum "$cl" | cut -d' ' -f1)
        sed -i "s/$old/$new/" "$exe.artifacts/manifest.yaml"
    done
    LIME_DEVICE=gpu "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    check_fallback tampered-manifest "is not the manifest this executable was built with"
    "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    check_fallback tampered-manifest-auto "is not the manifest this executable was built with"
    # LIME_ARTIFACTS naming another program's artifacts: refused the same way
    mv "$exe.artifacts" "$TMP/fb/other"
    sed -i 's/^program: .*/program: other/' "$TMP/fb/other/manifest.yaml"
    cp -r "$TMP/fb/saved" "$exe.artifacts"
    LIME_ARTIFACTS=$TMP/fb/other LIME_DEVICE=gpu "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    check_fallback foreign-artifacts "fb/other/manifest.yaml is not the manifest this executable was built with"
    # ... and a byte-identical copy elsewhere is the executable's own
    LIME_ARTIFACTS=$TMP/fb/saved LIME_DEVICE=gpu "$exe" > "$TMP/fb.out" 2> "$TMP/fb.err"
    if cmp -s "$want" "$TMP/fb.out" && [ ! -s "$TMP/fb.err" ]; then pass fallback/artifacts-copy
    else fail fallback/artifacts-copy "LIME_ARTIFACTS naming an identical copy: output differs or a warning" "$TMP/fb.err"; fi
}

# The FPGA backend's Verilator models: every Lime program whose tasks the
# FPGA backend accepts runs with LIME_DEVICE=fpga and must print exactly its
# expected output; the log must show the accepted tasks on the fpga.  Tasks
# the backend rejected run on the CPU with their "cannot run on the fpga"
# warning (that is what forcing a device means); any other warning is a
# failed fallback and fails the test.
suite_fpga() {
    have_limec fpga || return
    local f name exe st accepted ran left=0
    for f in $(lime_programs); do
        name=$(base "$f")
        [ -z "$LIME_TARGETS" ] && ! fpga_built "$f" && left=$((left + 1))
        if ! compile_lime "$f"; then
            fail "fpga/$name" "compilation failed" "$LIME_COUT"
            continue
        fi
        exe=$LIME_EXE
        accepted=0
        [ -f "$exe.artifacts/manifest.yaml" ] && accepted=$(grep -c 'fpga: {accepted: true' "$exe.artifacts/manifest.yaml")
        if [ "$accepted" -eq 0 ]; then
            if grep -q 'fpga: {accepted: false, reason: .*build failed' "$exe.artifacts/manifest.yaml" 2>/dev/null; then
                fail "fpga/$name" "an FPGA build failed" "$exe.artifacts/manifest.yaml"
            fi
            continue
        fi
        LIME_DEVICE=fpga LIME_LOG=1 timeout 300 "$exe" > "$TMP/fpga.out" 2> "$TMP/fpga.log" < /dev/null
        st=$?
        grep -v -e '^lime: task ' -e '^lime: warning: .* cannot run on the fpga: ' "$TMP/fpga.log" > "$TMP/fpga.err"
        if grep -q '^lime: warning' "$TMP/fpga.err"; then
            fail "fpga/$name" "a device fallback happened" "$TMP/fpga.err"
            continue
        fi
        ran=$(grep -c ' on fpga: ' "$TMP/fpga.log")
        if [ "$ran" -eq 0 ]; then
            fail "fpga/$name" "$accepted tasks accepted by the FPGA backend, none ran on its model" "$TMP/fpga.log"
            continue
        fi
        compare_outputs "fpga/$name" "${f%.lime}" "$TMP/fpga.out" "$TMP/fpga.err" "$st"
    done
    [ "$left" -gt 0 ] && skip fpga/others "$left programs (neither Fpga* nor in tests/lime/fpga-programs.txt) were built without FPGA models (double units and reduce trees take minutes per task to build); make test-fpga-all builds and runs them"
    fpga_folded
    return 0
}

# FpgaFold.lime once more with its maps folded (a low threshold and unit
# budget): each task on its model, an item every ii > 1 clocks, the JVM's
# output (the exception included).
fpga_folded() {
    local d=$TMP/fold src=tests/lime/FpgaFold.lime
    mkdir -p "$d"
    if ! LIME_FPGA_FOLD_ABOVE=2 LIME_FPGA_FOLD_UNITS=2 timeout 600 "$LIMEC" "$src" -o "$d/fold" > "$d/cout" 2>&1; then
        fail fpga/folded "compilation failed" "$d/cout"
        return
    fi
    LIME_DEVICE=fpga LIME_LOG=1 timeout 300 "$d/fold" > "$d/out" 2> "$d/log" < /dev/null
    local st=$?
    if [ "$(grep -c '^lime: task [0-9] .* on fpga: Verilator model .*, ii [2-9])' "$d/log")" -ne 2 ]; then
        fail fpga/folded "expected its 2 maps on their folded models (ii > 1)" "$d/log"
    elif grep -q '^lime: warning' "$d/log"; then
        fail fpga/folded "a device fallback happened" "$d/log"
    else
        compare_outputs fpga/folded "${src%.lime}" "$d/out" "$d/log" "$st"
    fi
}

# Place and route (limec --fpga-part=, backends/fpga/pnr.c), in a cache of
# its own so that it runs cold: tests/pnr/Mix.lime on the UP5K and the HX8K
# placed (nextpnr's clock in the manifest, the part's bitstream, its size
# icepack's for the part), run on the model with the CPU's output, then
# cached; tests/pnr/Wide.lime (9 DSPs) not placed on the UP5K, the reason
# in the manifest; an unknown part an error; no part: the estimate, said so.
suite_fpga_pnr() {
    have_limec fpga-pnr || return
    if ! command -v nextpnr-ice40 > /dev/null || ! command -v icepack > /dev/null; then
        fail fpga-pnr "nextpnr-ice40 or icepack not found (scripts/deps.sh installs them)" /dev/null
        return
    fi
    local d=$TMP/pnr part size exe m
    mkdir -p "$d"
    LIME_DEVICE=cpu "$LIMEC" --target=cpu tests/pnr/Mix.lime -o "$d/cpu" > "$d/cout" 2>&1 && (cd "$d" && ./cpu > cpu.out)
    for part in up5k:104090 hx8k:135100; do
        size=${part#*:} part=${part%:*} exe=$d/mix-$part m=$d/mix-$part.artifacts/manifest.yaml
        if ! LIME_CACHE=$d/cache "$LIMEC" --fpga-part=$part --target=cpu,fpga tests/pnr/Mix.lime -o "$exe" > "$d/cout" 2>&1; then
            fail "fpga-pnr/$part" "compilation failed" "$d/cout"
            continue
        fi
        if ! grep -q "^limec: fpga: task0 mix@8: placed and routed on the iCE40 ${part^^} with nextpnr: [0-9.]* MHz, [0-9]* of [0-9]* logic cells" "$d/cout"; then
            fail "fpga-pnr/$part" "no progress line of the place and route" "$d/cout"
        elif ! tr -d '\n' < "$m" | tr -s ' ' | grep -q "fmax_from: nextpnr, fmax_estimate_mhz: [0-9.]*, part: $part, lc: [1-9][0-9]*, lc_available: [0-9]*, bitstream: fpga/task0.bin, pnr_report: fpga/task0.pnr.json"; then
            fail "fpga-pnr/$part" "the manifest lacks nextpnr's figures" "$m"
        elif [ "$(stat -c %s "$exe.artifacts/fpga/task0.bin")" != "$size" ]; then
            fail "fpga-pnr/$part" "the bitstream is not the $part's $size bytes" "$d/cout"
        else
            pass "fpga-pnr/$part"
        fi
        (cd "$d" && LIME_DEVICE=fpga LIME_LOG=1 "$exe" > out 2> log)
        if grep -q ' on fpga: ' "$d/log" && cmp -s "$d/cpu.out" "$d/out"; then pass "fpga-pnr/$part-runs"
        else fail "fpga-pnr/$part-runs" "not run on the FPGA model, or output not the CPU's" "$d/log"; fi
    done
    rm -rf "$d/mix-up5k.artifacts"
    if LIME_CACHE=$d/cache "$LIMEC" --fpga-part=up5k --target=cpu,fpga tests/pnr/Mix.lime -o "$d/mix-up5k" > "$d/cout" 2>&1 &&
        grep -q '^limec: fpga: task0 mix@8: cached model ' "$d/cout" && grep -q 'cached: true' "$d/mix-up5k.artifacts/manifest.yaml" &&
        [ "$(stat -c %s "$d/mix-up5k.artifacts/fpga/task0.bin")" = 104090 ]; then
        pass fpga-pnr/cached
    else
        fail fpga-pnr/cached "the second compile did not take the placed model and its bitstream from the cache" "$d/cout"
    fi
    m=$d/wide.artifacts/manifest.yaml
    if ! LIME_CACHE=$d/cache "$LIMEC" --fpga-part=up5k --target=cpu,fpga tests/pnr/Wide.lime -o "$d/wide" > "$d/cout" 2>&1; then
        fail fpga-pnr/no-fit "compilation failed" "$d/cout"
    elif ! grep -q "^limec: fpga: task0 products@9: not placed on the iCE40 UP5K: 9 DSPs, more than the iCE40 UP5K's 8" "$d/cout" ||
        ! tr -d '\n' < "$m" | tr -s ' ' | grep -q "fmax_from: 'estimate (not placed on up5k: 9 DSPs, more than the iCE40 UP5K''s 8)', part: up5k, family" ||
        [ -e "$d/wide.artifacts/fpga/task0.bin" ]; then
        fail fpga-pnr/no-fit "expected the reason in the progress line and the manifest, and no bitstream" "$m"
    else
        pass fpga-pnr/no-fit
    fi
    printf '%s\n' "limec: error: unknown FPGA part 'ecp5' (--fpga-part= or LIME_FPGA_PART: up5k, hx8k)" > "$d/want.err"
    "$LIMEC" --fpga-part=ecp5 --target=cpu,fpga tests/pnr/Mix.lime -o "$d/bad" > "$d/bad.err" 2>&1
    if [ $? -eq 1 ] && cmp -s "$d/want.err" "$d/bad.err" && [ ! -e "$d/bad" ]; then pass fpga-pnr/unknown-part
    else fail fpga-pnr/unknown-part "expected exit 1, no output and: $(cat "$d/want.err")" "$d/bad.err"; fi
    if LIME_CACHE=$d/cache "$LIMEC" --target=cpu,fpga tests/pnr/Mix.lime -o "$d/nopart" > "$d/cout" 2>&1 &&
        tr -d '\n' < "$d/nopart.artifacts/manifest.yaml" | tr -s ' ' | grep -q "fmax_from: 'estimate (no part chosen: limec --fpga-part=)', family" &&
        ! grep -q 'bitstream' "$d/nopart.artifacts/manifest.yaml"; then
        pass fpga-pnr/no-part
    else
        fail fpga-pnr/no-part "without a part the manifest should say the clock is the estimate" "$d/cout"
    fi
}

# FPGA builds and fallbacks end to end: a second compile takes every model
# from the cache; a missing or altered model, or a broken store module,
# falls back to the CPU with one warning per task and the same output.
# A poisoned model cache: every cached model of SRC's tasks replaced by a
# shared object whose constructor prints and which carries no model note;
# limec copies them into the artifacts and vouches for them in the
# manifest, so only the runtime's note check stands between them and the
# process: each is refused before it is loaded (nothing prints, stdout is
# WANT's), with N warnings saying why.
ffb_poisoned_cache() {
    local src=$1 want=$2 n=$3 exe=$TMP/ffb/poisoned key
    mkdir -p "$TMP/ffb/poison/fpga"
    cc -shared -fPIC -x c -o "$TMP/ffb/poison.so" - <<< '#include <stdio.h>
__attribute__((constructor)) static void hello(void) { puts("foreign code ran"); }'
    for key in $(sed -n 's/^limec: fpga: .*: cached model \([0-9a-f]*\) .*/\1/p' "$TMP/ffb.cout"); do
        cp -r "$LIME_CACHE/fpga/$key" "$TMP/ffb/poison/fpga/"
        cp "$TMP/ffb/poison.so" "$TMP/ffb/poison/fpga/$key/model.so"
    done
    if ! LIME_CACHE=$TMP/ffb/poison "$LIMEC" "$src" -o "$exe" > "$TMP/ffb.pcout" 2>&1 ||
        [ "$(grep -c '^limec: fpga: .*: cached model ' "$TMP/ffb.pcout")" -ne "$n" ]; then
        fail fpga-fallback/poisoned-cache "compiling from the poisoned cache failed or rebuilt models" "$TMP/ffb.pcout"
        return
    fi
    LIME_DEVICE=fpga "$exe" > "$TMP/ffb.out" 2> "$TMP/ffb.err"
    local refused="^lime: warning: task [0-9]* (.*): .*/fpga/task[0-9]*.so carries no Lime model note (lime_fpga.h): not a model this runtime loads; running it on the CPU$"
    if ! cmp -s "$want" "$TMP/ffb.out"; then
        excerpt "$want" "$TMP/ffb.out" "$TMP/ffb.diff"
        fail fpga-fallback/poisoned-cache "stdout differs (did a foreign constructor run?)" "$TMP/ffb.diff"
    elif [ "$(grep -c "$refused" "$TMP/ffb.err")" -ne "$n" ] ||
        grep -v -e "$refused" -e '^lime: warning: .* cannot run on the fpga: ' "$TMP/ffb.err" | grep -q .; then
        fail fpga-fallback/poisoned-cache "expected $n refusals of the foreign models (and rejections)" "$TMP/ffb.err"
    else
        pass fpga-fallback/poisoned-cache
    fi
}

# A plain compile builds no FPGA design estimated larger than the limit
# (LIME_FPGA_MAX_CELLS, else the largest part's cells): the task is
# rejected with how to build it and runs on the CPU; --target naming fpga
# builds it; a model already in the cache is used.
ffb_size_limit() {
    local d=$TMP/ffb/limit src=tests/pnr/Mix.lime
    mkdir -p "$d"
    LIME_DEVICE=cpu "$LIMEC" --target=cpu "$src" -o "$d/cpu" > "$d/cout" 2>&1 && "$d/cpu" > "$d/want"
    if LIME_FPGA_MAX_CELLS=1 LIME_CACHE=$d/cache "$LIMEC" "$src" -o "$d/small" > "$d/cout" 2>&1 &&
        grep -q '^limec: fpga: task0 mix@8: not built: about [0-9]* logic cells by the store.s figures, more than 1 (LIME_FPGA_MAX_CELLS); --target naming fpga, or LIME_FPGA_MAX_CELLS=0, builds it$' "$d/cout" &&
        grep -q 'fpga: {accepted: false, reason: .not built: about [0-9]* logic cells' "$d/small.artifacts/manifest.yaml" &&
        [ ! -d "$d/cache/fpga" ] || [ -z "$(ls "$d/cache/fpga" | grep -v verilator-rt)" ]; then
        LIME_DEVICE=fpga "$d/small" > "$d/out" 2> "$d/err"
        if cmp -s "$d/want" "$d/out" && grep -q '^lime: warning: task 0 (mix@8) .*cannot run on the fpga: not built: about' "$d/err"; then
            pass fpga-fallback/size-limit
        else fail fpga-fallback/size-limit "not the CPU's output with one warning" "$d/err"; fi
    else fail fpga-fallback/size-limit "a design over LIME_FPGA_MAX_CELLS=1 was built, or not said" "$d/cout"; fi
    if LIME_FPGA_MAX_CELLS=1 LIME_CACHE=$d/cache "$LIMEC" --target=cpu,fpga "$src" -o "$d/named" > "$d/cout" 2>&1 &&
        grep -q 'fpga: {accepted: true' "$d/named.artifacts/manifest.yaml" &&
        LIME_FPGA_MAX_CELLS=1 LIME_CACHE=$d/cache "$LIMEC" "$src" -o "$d/cached" > "$d/cout2" 2>&1 &&
        grep -q 'fpga: {accepted: true' "$d/cached.artifacts/manifest.yaml" && grep -q 'cached model' "$d/cout2" &&
        LIME_DEVICE=fpga "$d/cached" > "$d/out" 2> "$d/err" && cmp -s "$d/want" "$d/out" && [ ! -s "$d/err" ]; then
        pass fpga-fallback/size-limit-named-or-cached
    else fail fpga-fallback/size-limit-named-or-cached "--target=cpu,fpga did not build it, or the next compile did not use the cached model" "$d/cout"; fi
    # the default limit: the largest part's; Math.exp's design is far larger (not built: a quick compile)
    if env -u LIME_FPGA_MAX_CELLS LIME_CACHE=$d/cache2 timeout 60 "$LIMEC" tests/lime/MathFpga.lime -o "$d/math" > "$d/cout" 2>&1 &&
        grep -q '^limec: fpga: task[0-9]* exp@[0-9]*: not built: about [0-9]* logic cells by the store.s figures, more than 7680 (the iCE40 HX8K.s); ' "$d/cout"; then
        pass fpga-fallback/size-limit-default
    else fail fpga-fallback/size-limit-default "MathFpga's exp built by a plain compile, or not said" "$d/cout"; fi
    LIME_FPGA_MAX_CELLS=lots "$LIMEC" "$src" -o "$d/bad" > "$d/cout" 2>&1
    if [ $? -ne 0 ] && grep -q "LIME_FPGA_MAX_CELLS must be a number of logic cells (0: no limit), not 'lots'" "$d/cout"; then
        pass fpga-fallback/size-limit-bad-value
    else fail fpga-fallback/size-limit-bad-value "a bad LIME_FPGA_MAX_CELLS was not an error" "$d/cout"; fi
    # the fold settings: a bad one is an error before anything is read or written, as limec says it
    printf 'old output\n' > "$d/kept"
    LIME_FPGA_FOLD_UNITS=0 LIME_FPGA_FOLD_ABOVE=many "$LIMEC" "$src" -o "$d/kept" > "$d/cout" 2>&1
    if [ $? -eq 1 ] && printf '%s\n' \
        "limec: error: LIME_FPGA_FOLD_ABOVE must be a number of pipelined units from 1 to 1000000, not 'many'" \
        "limec: error: LIME_FPGA_FOLD_UNITS must be a number of shared units from 1 to 1000000, not '0'" |
        cmp -s - "$d/cout" && [ "$(cat "$d/kept")" = "old output" ]; then
        pass fpga-fallback/fold-bad-value
    else fail fpga-fallback/fold-bad-value "bad LIME_FPGA_FOLD_* values were not two errors, or the output was touched" "$d/cout"; fi
}

# A folded design is synthesised in parts (build.c): when one part's Yosys
# fails, the task is not built and runs on the CPU, with the failing
# Yosys's error in the warning and nothing left running.
ffb_part_fails() {
    local d=$TMP/ffb-part
    mkdir -p "$d/bin"
    cat > "$d/bin/yosys" << 'EOS'
#!/bin/bash
case "$*" in *"-top lime_task0_fp32_mul"*) echo "ERROR: this part's synthesis fails (the test's yosys)" >&2; exit 1 ;; esac
exec "$REAL_YOSYS" "$@"
EOS
    chmod +x "$d/bin/yosys"
    cat > "$d/PartFails.lime" << 'EOS'
public class PartFails {
    local static float f(float x) { return (x * 2.5f + 1f) * x; }
    public static void main(String[] args) {
        float[[]] xs = {1f, -2f, 0.5f};
        float[[]] r = f(@ xs);
        for (float y : r) System.out.println(y);
    }
}
EOS
    REAL_YOSYS=$(command -v yosys) PATH="$d/bin:$PATH" LIME_CACHE="$d/cache" LIME_FPGA_FOLD_ABOVE=1 \
        LIME_FPGA_FOLD_UNITS=1 "$LIMEC" "$d/PartFails.lime" -o "$d/prog" > "$d/cout" 2>&1
    local rc=$?
    LIME_DEVICE=fpga "$d/prog" > "$d/out" 2> "$d/err"
    if [ $rc -eq 0 ] && grep -q "^limec: warning: fpga: task0 f@5 not built, it runs on the CPU: Yosys synthesis failed: ERROR: this part's synthesis fails" "$d/cout" &&
        printf '3.5\n8.0\n1.125\n' | cmp -s - "$d/out" && ! ls "$d/cache/fpga" | grep -q tmp; then
        pass fpga-fallback/part-fails
    else
        fail fpga-fallback/part-fails "a failing part's Yosys did not leave the task on the CPU with its error" "$d/cout"
    fi
}

suite_fpga_fallback() {
    have_limec fpga-fallback || return
    ffb_size_limit
    ffb_part_fails
    local src=tests/lime/StreamStateful.lime exe=$TMP/ffb/prog want n
    mkdir -p "$TMP/ffb"
    want=${src%.lime}.expected
    if ! "$LIMEC" "$src" -o "$exe" > "$TMP/ffb.cout" 2>&1 || ! "$LIMEC" "$src" -o "$exe" > "$TMP/ffb.cout" 2>&1; then
        fail fpga-fallback "compilation failed" "$TMP/ffb.cout"
        return
    fi
    n=$(grep -c 'fpga: {accepted: true' "$exe.artifacts/manifest.yaml")
    if [ "$n" -gt 0 ] && [ "$(grep -c 'cached: true' "$exe.artifacts/manifest.yaml")" -eq "$n" ] &&
        [ "$(grep -c '^limec: fpga: .*: cached model ' "$TMP/ffb.cout")" -eq "$n" ]; then
        pass fpga-fallback/cached
    else
        fail fpga-fallback/cached "the second compile rebuilt FPGA models ($n accepted)" "$TMP/ffb.cout"
    fi
    # check_ffb NAME PATTERN: the same stdout; n warnings matching PATTERN;
    # any other line is the warning of a task the backend rejected
    check_ffb() {
        if ! cmp -s "$want" "$TMP/ffb.out"; then
            excerpt "$want" "$TMP/ffb.out" "$TMP/ffb.diff"
            fail "fpga-fallback/$1" "stdout differs" "$TMP/ffb.diff"
        elif [ "$(grep -c "^lime: warning: .*$2" "$TMP/ffb.err")" -ne "$n" ] ||
            grep -v -e "^lime: warning: .*$2" -e '^lime: warning: .* cannot run on the fpga: ' "$TMP/ffb.err" | grep -q .; then
            fail "fpga-fallback/$1" "expected $n warnings matching '$2' (and rejections)" "$TMP/ffb.err"
        else
            pass "fpga-fallback/$1"
        fi
    }
    cp -r "$exe.artifacts" "$TMP/ffb/saved"
    rm -f "$exe".artifacts/fpga/*.so
    LIME_DEVICE=fpga "$exe" > "$TMP/ffb.out" 2> "$TMP/ffb.err"
    check_ffb missing-model "fpga/task[0-9]*.so"
    rm -rf "$exe.artifacts"; cp -r "$TMP/ffb/saved" "$exe.artifacts"
    for so in "$exe".artifacts/fpga/*.so; do printf 'x' >> "$so"; done
    LIME_DEVICE=fpga "$exe" > "$TMP/ffb.out" 2> "$TMP/ffb.err"
    check_ffb altered-model "SHA-256"
    # a foreign model with the manifest altered to vouch for it: refused
    # with the manifest, before any of the model's code is loaded
    rm -rf "$exe.artifacts"; cp -r "$TMP/ffb/saved" "$exe.artifacts"
    for so in "$exe".artifacts/fpga/*.so; do
        old=$(sha256sum "$so" | cut -d' ' -f1)
        cc -shared -fPIC -x c -o "$so" - <<< 'int lime_foreign_code = 1;'
        new=$(sha256sum "$so" | cut -d' ' -f1)
        sed -i "s/$old/$new/" "$exe.artifacts/manifest.yaml"
    done
    LIME_DEVICE=fpga "$exe" > "$TMP/ffb.out" 2> "$TMP/ffb.err"
    # every task offered to the device says so (the FPGA's rejected ones too)
    local refused="^lime: warning: task [0-9]*: .*manifest.yaml is not the manifest this executable was built with"
    if ! cmp -s "$want" "$TMP/ffb.out"; then
        excerpt "$want" "$TMP/ffb.out" "$TMP/ffb.diff"
        fail fpga-fallback/foreign-model "stdout differs" "$TMP/ffb.diff"
    elif [ "$(grep -c "$refused" "$TMP/ffb.err")" -lt "$n" ] || grep -v "$refused" "$TMP/ffb.err" | grep -q .; then
        fail fpga-fallback/foreign-model "expected only refusals of the manifest, $n at least" "$TMP/ffb.err"
    else
        pass fpga-fallback/foreign-model
    fi
    rm -rf "$exe.artifacts"; cp -r "$TMP/ffb/saved" "$exe.artifacts"
    ffb_poisoned_cache "$src" "$want" "$n"
    # a store module that does not synthesise: the compile says which task
    # failed and why, the task is rejected with that reason, the program runs
    mkdir -p "$TMP/ffb/store"
    cp -r artifacts/* "$TMP/ffb/store/"
    printf 'module broken(\n' >> "$TMP/ffb/store/stream/stream_delay.v"
    for f in "$TMP"/ffb/store/int/int_add.v; do echo "this is not Verilog" >> "$f"; done
    if LIME_STORE=$TMP/ffb/store LIME_CACHE=$TMP/ffb/cache "$LIMEC" "$src" -o "$exe" > "$TMP/ffb.cout" 2>&1 &&
        grep -q 'fpga: {accepted: false, reason: .*Yosys synthesis failed' "$exe.artifacts/manifest.yaml"; then
        LIME_DEVICE=fpga "$exe" > "$TMP/ffb.out" 2> "$TMP/ffb.err"
        # every task that needs the broken module says so (a fused map: its stream's build failed)
        n=$(python3 -c 'import sys, yaml
m = yaml.safe_load(open(sys.argv[1]))
print(sum(1 for t in m["tasks"] for r in [t["backends"]["fpga"].get("reason", "")]
          if "Yosys synthesis failed" in r or "whose FPGA build failed" in r))' "$exe.artifacts/manifest.yaml")
        check_ffb broken-store "cannot run on the fpga: .*\(Yosys synthesis failed\|whose FPGA build failed\)"
        # and the compile said which tasks were not built, and why
        if grep -q '^limec: warning: fpga: task[0-9]* .* not built, it runs on the CPU: Yosys synthesis failed: .*int_add.v' "$TMP/ffb.cout"; then
            pass fpga-fallback/broken-store-warned
        else
            fail fpga-fallback/broken-store-warned "limec did not warn about the tasks it could not build" "$TMP/ffb.cout"
        fi
    else
        fail fpga-fallback/broken-store "a broken store module did not reject the task with Yosys's reason" "$TMP/ffb.cout"
    fi
    ffb_array_depth
}

# A broadcast array longer than the model's memories (LIME_FPGA_ARRAY_DEPTH
# at compile time): that call and the later ones on the CPU, one warning,
# the same output; with a part chosen, memories that need more block RAMs
# than it has are a rejection that says so.
ffb_array_depth() {
    local src=tests/fallback/FpgaArrayDepth.lime exe=$TMP/ffb/depth
    if ! LIME_FPGA_ARRAY_DEPTH=16 "$LIMEC" "$src" -o "$exe" > "$TMP/ffb.cout" 2>&1; then
        fail fpga-fallback/array-depth "compilation failed" "$TMP/ffb.cout"
        return
    fi
    "$exe" > "$TMP/ffb.want" 2> /dev/null
    LIME_DEVICE=fpga LIME_LOG=1 "$exe" > "$TMP/ffb.out" 2> "$TMP/ffb.err"
    local warn="^lime: warning: task 0 (next@[0-9]*): operand 1 is an array of 20 elements, more than the 16 the model's memory holds"
    if ! cmp -s "$TMP/ffb.want" "$TMP/ffb.out"; then
        excerpt "$TMP/ffb.want" "$TMP/ffb.out" "$TMP/ffb.diff"
        fail fpga-fallback/array-depth "stdout differs" "$TMP/ffb.diff"
    elif [ "$(grep -c "$warn" "$TMP/ffb.err")" -ne 1 ] || [ "$(grep -c '^lime: warning' "$TMP/ffb.err")" -ne 1 ] ||
        [ "$(grep -c 'map on fpga' "$TMP/ffb.err")" -ne 1 ]; then
        fail fpga-fallback/array-depth "expected the first call on the model, then one warning" "$TMP/ffb.err"
    else
        pass fpga-fallback/array-depth
    fi
    LIME_FPGA_PART=up5k LIME_FPGA_ARRAY_DEPTH=65536 "$LIMEC" --explain "$src" > "$TMP/ffb.cout" 2>&1
    if grep -q "no: 1 broadcast array of up to 65536 elements read at 1 place need 512 block RAMs, more than the iCE40 UP5K's 30" "$TMP/ffb.cout"; then
        pass fpga-fallback/array-part
    else
        fail fpga-fallback/array-part "no rejection for memories larger than the part's block RAMs" "$TMP/ffb.cout"
    fi
}

# relay NAME SCRIPT: runs a test script of its own and relays its
# `PASS x` / `FAIL x` / `SKIP x` lines as NAME/x; a failing exit status with
# no FAIL line, or a script that reported nothing, is a failure too.
relay() {
    bash "$2" > "$TMP/$1.out" 2>&1
    local rc=$? line seen=0 failed=0
    while IFS= read -r line; do
        case "$line" in
            "PASS "*) pass "$1/${line#PASS }"; seen=$((seen + 1)) ;;
            "FAIL "*) fail "$1/${line#FAIL }"; seen=$((seen + 1)); failed=1 ;;
            "SKIP "*) skip "$1/${line#SKIP }" "see $2"; seen=$((seen + 1)) ;;
        esac
    done < "$TMP/$1.out"
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then fail "$1" "$2 exited with status $rc" "$TMP/$1.out"; fi
    [ "$seen" -gt 0 ] || fail "$1" "$2 reported no test" "$TMP/$1.out"
}

# The runtime's own tests: Java number formatting and library against the
# JVM, the thread pool, the heap, OpenCL devices.
suite_runtime() { relay runtime runtime/tests/run.sh; }

# The backend interface: a test-only backend (backends/null/, in
# $LIMEC_TEST) added by its directory and one table line shows up
# everywhere a backend does.
suite_interface() { LIMEC="$LIMEC" LIMEC_TEST="${LIMEC_TEST:-$ROOT/build/bin/limec-test}" relay interface tests/backend-interface.sh; }

# The FPGA artifact store: every module synthesises with Yosys, matches its
# descriptor, and passes its Verilator test bench.
suite_artifacts() { relay artifacts tests/artifacts.sh; }

# The command line and the installed toolchain (tests/driver.sh,
# tests/install.sh).
suite_driver() { LIMEC="$LIMEC" relay driver tests/driver.sh; }
suite_install() { relay install tests/install.sh; }
suite_interop() { LIMEC="$LIMEC" relay interop tests/interop.sh; }

# LIME_PROFILE on the CPU and the OpenCL device (tests/profile.sh).
suite_profile() { LIMEC="$LIMEC" relay profile tests/profile.sh; }

# LIME_FAULT (tests/faults.sh) and LIME_DEVICE=auto's measured choice and
# data residency (tests/vm.sh).
suite_faults() { LIMEC="$LIMEC" relay faults tests/faults.sh; }
suite_vm() { LIMEC="$LIMEC" relay vm tests/vm.sh; }

# limec --explain: the task table of tests/explain/NAME.lime is NAME.expected.
suite_explain() {
    have_limec explain || return
    local f name
    for f in tests/explain/*.lime; do
        [ -f "$f" ] || continue
        name=$(base "$f")
        (cd tests/explain && LIME_LANES=16 timeout 30 "$LIMEC" --explain "$name.lime" > "$TMP/explain.out" 2>&1)
        if cmp -s "tests/explain/$name.expected" "$TMP/explain.out"; then
            pass "explain/$name"
        else
            excerpt "tests/explain/$name.expected" "$TMP/explain.out" "$TMP/explain.diff"
            fail "explain/$name" "output differs" "$TMP/explain.diff"
        fi
    done
    # LIME_LANES (the lanes' width at compile time) takes 4, 8, 16, 32 or 64; another value warns
    local lanes_warn
    lanes_warn=$(cd tests/explain && LIME_LANES=7 timeout 30 "$LIMEC" --explain Lanes.lime 2>&1 > /dev/null)
    if [ "$lanes_warn" = "limec: warning: LIME_LANES=7 is not 4, 8, 16, 32 or 64; the host's width is used" ]; then
        pass explain/lanes-width
    else
        echo "$lanes_warn" > "$TMP/explain.diff"
        fail explain/lanes-width "LIME_LANES=7 did not warn as expected" "$TMP/explain.diff"
    fi
    # the GPU kernel of a map loads its operands where the body first reads
    # them (the kernel function, compared whole)
    (cd tests/explain && timeout 30 "$LIMEC" --emit=opencl LoadOrder.lime) 2>&1 \
        | awk '/^__kernel/ { k = 1 } k { print } /^}/ { k = 0 }' > "$TMP/explain.cl"
    if cmp -s tests/explain/LoadOrder.kernel.expected "$TMP/explain.cl"; then
        pass explain/emit-opencl
    else
        excerpt tests/explain/LoadOrder.kernel.expected "$TMP/explain.cl" "$TMP/explain.diff"
        fail explain/emit-opencl "the map kernel differs" "$TMP/explain.diff"
    fi
    # the backends' options: --emit=verilog prints one module per FPGA task;
    # --target leaves devices out (said in the manifest); bad values are errors
    local src=tests/explain/pipeline.lime
    "$LIMEC" --emit=verilog "$src" > "$TMP/explain.v" 2>&1
    if [ "$(grep -c '^module lime_task[0-9]* (' "$TMP/explain.v")" -eq 2 ] && grep -q '^// ===== task8 stream(scale)@21: fpga/task8.v' "$TMP/explain.v"; then
        pass explain/emit-verilog
    else
        fail explain/emit-verilog "expected the two stream tasks' modules" "$TMP/explain.v"
    fi
    if "$LIMEC" --target=cpu "$src" -o "$TMP/explain.exe" > "$TMP/explain.out" 2>&1 &&
        [ "$(grep -c 'reason: .not built: --target leaves out fpga' "$TMP/explain.exe.artifacts/manifest.yaml")" -eq 2 ] &&
        [ ! -e "$TMP/explain.exe.artifacts/fpga/task3.so" ]; then
        pass explain/target-cpu
    else
        fail explain/target-cpu "--target=cpu still built FPGA models, or the manifest does not say why not" "$TMP/explain.out"
    fi
    printf '%s\n' "limec: error: unknown target 'tpu' in '--target=cpu,tpu' (cpu, gpu, fpga)" > "$TMP/want.err"
    "$LIMEC" --target=cpu,tpu "$src" > "$TMP/explain.out" 2>&1
    if [ $? -eq 1 ] && cmp -s "$TMP/want.err" "$TMP/explain.out"; then pass explain/bad-target
    else fail explain/bad-target "expected exit 1 and: $(cat "$TMP/want.err")" "$TMP/explain.out"; fi
    printf '%s\n' "limec: error: unknown --emit kind 'vhdl' (tokens, ast, ir, llvm, obj, lib, opencl, verilog)" > "$TMP/want.err"
    "$LIMEC" --emit=vhdl "$src" > "$TMP/explain.out" 2>&1
    if [ $? -eq 1 ] && cmp -s "$TMP/want.err" "$TMP/explain.out"; then pass explain/bad-emit
    else fail explain/bad-emit "expected exit 1 and: $(cat "$TMP/want.err")" "$TMP/explain.out"; fi
}

# The Lime programs that the lime, threads, simd, gpu and fpga suites run,
# compiled before the first of them, $JOBS at a time (compile_lime keeps
# each build, so the suites then find them; the FPGA model cache is safe to
# share: a build works in a folder of its own and renames it when done).
prebuild_lime() {
    [ "$LIME_PREBUILT" = 1 ] && return
    local start=$SECONDS
    export -f compile_lime fpga_built base
    export ROOT LIMEC LIME_TARGETS LIME_BUILT_DIR LIME_PREBUILT LIME_TEST_FPGA
    lime_programs | xargs -P "$JOBS" -I{} bash -c 'compile_lime "$1"; exit 0' _ {}
    echo "prebuilt the Lime programs ($JOBS at a time): $((SECONDS - start)) s"
}

# ---------------------------------------------------------------- main
suites=${*:-$DEFAULT_SUITES}
for s in $suites; do
    case " $KNOWN_SUITES " in
        *" $s "*) ;;
        *) echo "run.sh: unknown suite '$s' (known: $KNOWN_SUITES)" >&2; exit 2 ;;
    esac
done
for s in $suites; do
    case " lime threads simd gpu fpga " in
        *" $s "*) [ -x "$LIMEC" ] && prebuild_lime; break ;;
    esac
done
for s in $suites; do
    suite_start=$SECONDS
    "suite_${s//-/_}"
    echo "suite $s: $((SECONDS - suite_start)) s"
done

summary="$N_PASS passed, $N_FAIL failed"
[ "$N_SKIP" -gt 0 ] && summary="$summary, $N_SKIP skipped"
echo "$summary"
[ "$N_FAIL" -eq 0 ]
