#!/usr/bin/env bash
# Tests for the FPGA artifact store (artifacts/).
#
#   bash tests/artifacts.sh            every module
#   bash tests/artifacts.sh NAME...    only the named modules (e.g. int_add fir)
#
# For every module NAME (a NAME.yaml descriptor under artifacts/*/):
#   desc/NAME   the descriptor parses, names an existing file, and its ports
#               (names, directions, widths evaluated at the default
#               parameters) and parameters match the Verilog module as Yosys
#               elaborates it; it has a measured resources block.
#   tb/NAME     NAME_tb.cpp is built with Verilator (-Wall, warnings are
#               errors) and run; it must print `PASS NAME (N vectors)`.  When
#               NAME_tb.v exists it is the top (a test-only wrapper that
#               instantiates the module at several widths); otherwise NAME.v.
#   synth/NAME  yosys -p "read_verilog NAME.v; synth -top NAME" succeeds.
#   java/FloatVectors  (when float modules are tested and a JDK is installed)
#               artifacts/float/FloatVectors.java compiles and runs; its
#               output is the JVM cross-check file for the float benches
#               (LIME_FLOAT_VECTORS, see below).
#   java/DoubleVectors  the same for double modules: artifacts/double/
#               DoubleVectors.java, LIME_DOUBLE_VECTORS.
# Output: one `PASS x` / `FAIL x: why` line per check (a short excerpt of the
# log follows a FAIL), then `N passed, N failed`.  Exit 1 if anything failed.
#
# Speed: the Verilator run-time library (verilated.o, verilated_threads.o) is
# compiled once and reused by every build (make -o), so a test-bench build is
# ~2 s of CPU instead of ~5 s.  JOBS (default 2) modules are built in parallel,
# each with make -j 1.  Environment: JOBS, VERILATOR, YOSYS, KEEP=1 (keep the
# temporary build directory and print its path), LIME_TB_SEED (random seed
# passed to the benches), LIME_TB_LONG=1 (the double benches run 1,000,000
# vectors per unit and variant instead of 100,000: make test-artifacts-long),
# TB_TIMEOUT (seconds per bench, default 120).

set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ART="$ROOT/artifacts"
JOBS=${JOBS:-2}
VERILATOR=${VERILATOR:-verilator}
YOSYS=${YOSYS:-yosys}
TB_TIMEOUT=${TB_TIMEOUT:-120}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lime-artifacts.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then
    echo "build directory: $TMP"
else
    trap 'rm -rf "$TMP"' EXIT
fi

for tool in "$VERILATOR" "$YOSYS" python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL setup: $tool not found"
        echo "0 passed, 1 failed"
        exit 1
    fi
done

# ---- the modules -----------------------------------------------------------
MODS=()      # entries "dir/name"
for y in "$ART"/*/*.yaml; do
    [ -e "$y" ] || continue
    d=$(basename "$(dirname "$y")")
    n=$(basename "$y" .yaml)
    if [ $# -gt 0 ]; then
        keep=0
        for want in "$@"; do [ "$want" = "$n" ] && keep=1; done
        [ $keep = 1 ] || continue
    fi
    MODS+=("$d/$n")
done
if [ ${#MODS[@]} = 0 ]; then
    echo "FAIL setup: no modules found${*:+ matching $*}"
    echo "0 passed, 1 failed"
    exit 1
fi

# ---- the JVM's float and double results (FloatVectors.java, DoubleVectors.java)
# When a float (double) module is tested and a JDK is installed,
# float/FloatVectors.java (double/DoubleVectors.java) is compiled and run
# once; its output file goes to every bench in LIME_FLOAT_VECTORS
# (LIME_DOUBLE_VECTORS), and the float (double) benches check their C++
# reference (and the hardware) against the JVM's results on those vectors.
# Check lines java/FloatVectors, java/DoubleVectors.  Without javac/java the
# benches run on their C++ reference alone (their PASS line says so).
SETUP_RES=()
LIME_FLOAT_VECTORS=
LIME_DOUBLE_VECTORS=
jvm_vectors() {  # DIR CLASS VAR: runs DIR/CLASS.java when a DIR module is tested
    local dir=$1 cls=$2 var=$3
    [ -f "$ART/$dir/$cls.java" ] && printf '%s\n' "${MODS[@]}" | grep -q "^$dir/" &&
        command -v javac >/dev/null 2>&1 && command -v java >/dev/null 2>&1 || return 0
    mkdir -p "$TMP/java/$cls"
    if (cd "$TMP/java/$cls" && javac -d . "$ART/$dir/$cls.java" >javac.log 2>&1 &&
            java -cp . "$cls" >vectors.txt 2>java.log); then
        printf -v "$var" '%s' "$TMP/java/$cls/vectors.txt"
        SETUP_RES+=("PASS java/$cls ($(wc -l <"$TMP/java/$cls/vectors.txt") vectors)")
    else
        SETUP_RES+=("FAIL java/$cls: $(tail -n 1 "$TMP/java/$cls/javac.log" "$TMP/java/$cls/java.log" 2>/dev/null | tr '\n' ' ')")
    fi
}
jvm_vectors float FloatVectors LIME_FLOAT_VECTORS
jvm_vectors double DoubleVectors LIME_DOUBLE_VECTORS
export LIME_FLOAT_VECTORS LIME_DOUBLE_VECTORS

# ---- Verilator run-time library, compiled once ------------------------------
RTOBJ="$TMP/rt-obj"
mkdir -p "$TMP/rt" "$RTOBJ"
cat >"$TMP/rt/rt.v" <<'EOF'
module rt (input wire a, output wire y);
    assign y = ~a;
endmodule
EOF
cat >"$TMP/rt/rt.cpp" <<'EOF'
#include "Vrt.h"
int main() { Vrt m; m.a = 0; m.eval(); m.final(); return m.y == 1 ? 0 : 1; }
EOF
REUSE_RT=()
if (cd "$TMP/rt" && "$VERILATOR" --cc --exe --build -Wall -j "$JOBS" --prefix Vrt \
        rt.v rt.cpp -Mdir obj >build.log 2>&1 && ./obj/Vrt) &&
    cp -p "$TMP"/rt/obj/verilated*.o "$RTOBJ"/; then
    for o in "$RTOBJ"/*.o; do
        REUSE_RT+=("-o" "$(basename "$o")")
    done
fi

# ---- one module: writes $TMP/res/NAME (result lines) --------------------------
mkdir -p "$TMP/res" "$TMP/log"

check_desc() {  # dir name json -> prints "" or an error line
    python3 - "$ART/$1/$2.yaml" "$2" "$3" <<'EOF'
import sys, json, math, re, yaml
path, name, jpath = sys.argv[1:4]
def bad(msg):
    print(msg); sys.exit(1)
try:
    d = yaml.safe_load(open(path))
except Exception as e:
    bad("YAML does not parse: %s" % str(e).splitlines()[0])
for k in ("name", "file", "parameters", "ports", "latency", "ii", "resources"):
    if k not in d: bad("missing field '%s'" % k)
if d["name"] != name: bad("name is %r, file is %s.yaml" % (d["name"], name))
if d["file"] != name + ".v": bad("file is %r, want %s.v" % (d["file"], name))
mod = json.load(open(jpath))["modules"].get(name)
if mod is None: bad("Verilog has no module %s" % name)
params = {}
for p in d["parameters"] or []:
    params[p["name"]] = p["default"]
env = dict(params)
env["clog2"] = lambda x: max(0, math.ceil(math.log2(x))) if x > 0 else 0
def ev(e):
    if isinstance(e, int): return e
    if not re.fullmatch(r"[A-Za-z0-9_+\-*/() ]+", str(e)): bad("bad expression %r" % e)
    return int(eval(str(e).replace("/", "//"), {"__builtins__": {}}, env))
vports = mod["ports"]
dports = {p["name"]: p for p in d["ports"]}
for pn in vports:
    if pn not in dports: bad("port %s is in the Verilog but not the descriptor" % pn)
for pn, p in dports.items():
    if pn not in vports: bad("port %s is in the descriptor but not the Verilog" % pn)
    vp = vports[pn]
    if p["direction"] != vp["direction"]:
        bad("port %s: direction %s, Verilog says %s" % (pn, p["direction"], vp["direction"]))
    w = ev(p.get("width", 1))
    if w != len(vp["bits"]):
        bad("port %s: width %s = %d, Verilog says %d" % (pn, p.get("width", 1), w, len(vp["bits"])))
vparams = mod.get("parameter_default_values", {})
for pn in params:
    if pn not in vparams: bad("parameter %s is not a parameter of the Verilog module" % pn)
for pn in vparams:
    if pn not in params: bad("Verilog parameter %s is missing from the descriptor" % pn)
for k in ("latency", "ii"): ev(d[k])
r = d["resources"] or {}
fam = r.get("family")
if not fam or fam not in r or "generic" not in r:
    bad("resources block not measured (run artifacts/measure.sh)")
EOF
}

run_module() {  # "dir/name"
    local d=${1%%/*} n=${1##*/}
    local dir="$ART/$d" res="$TMP/res/$n" log="$TMP/log/$n"
    : >"$res"
    mkdir -p "$log"

    # synthesis check (+ the elaborated ports for the descriptor check)
    if [ ! -f "$dir/$n.v" ]; then
        echo "FAIL synth/$n: $d/$n.v missing" >>"$res"
    elif (cd "$log" && "$YOSYS" -q -p "read_verilog $dir/$n.v; hierarchy -top $n; proc; write_json ports.json; synth -top $n" \
            >synth.log 2>&1); then
        echo "PASS synth/$n" >>"$res"
    else
        echo "FAIL synth/$n: yosys failed" >>"$res"
        tail -n 8 "$log/synth.log" | sed 's/^/    /' >>"$res"
    fi

    # descriptor
    local why
    if [ ! -f "$log/ports.json" ]; then
        echo "FAIL desc/$n: no elaborated module to compare with" >>"$res"
    elif why=$(check_desc "$d" "$n" "$log/ports.json" 2>&1); then
        echo "PASS desc/$n" >>"$res"
    else
        echo "FAIL desc/$n: $(echo "$why" | tail -n 1)" >>"$res"
    fi

    # Verilator test bench
    if [ ! -f "$dir/${n}_tb.cpp" ]; then
        echo "FAIL tb/$n: no test bench $d/${n}_tb.cpp" >>"$res"
        return
    fi
    local top=$n src="$dir/$n.v"
    if [ -f "$dir/${n}_tb.v" ]; then top=${n}_tb; src="$dir/${n}_tb.v"; fi
    local obj="$log/obj"
    mkdir -p "$obj"
    local mflags=()
    if [ ${#REUSE_RT[@]} -gt 0 ]; then
        cp -p "$RTOBJ"/*.o "$obj"/
        mflags=(-MAKEFLAGS "${REUSE_RT[*]}")
    fi
    if ! "$VERILATOR" --cc --exe --build -Wall -j 1 --top-module "$top" --prefix Vtb \
            -y "$dir" -y "$ART/float" -y "$ART/int" -I"$dir" -I"$ART" -CFLAGS "-I$ART -I$dir" "${mflags[@]}" \
            "$src" "$dir/${n}_tb.cpp" -Mdir "$obj" >"$log/build.log" 2>&1; then
        echo "FAIL tb/$n: Verilator build failed" >>"$res"
        grep -m 8 -E '%(Error|Warning)|error:' "$log/build.log" | sed 's/^/    /' >>"$res"
        return
    fi
    local out
    out=$(timeout "$TB_TIMEOUT" "$obj/Vtb" 2>&1)
    local rc=$?
    local last
    last=$(echo "$out" | tail -n 1)
    if [ $rc = 0 ] && [[ "$last" == "PASS $n "* || "$last" == "PASS $n" ]]; then
        echo "PASS tb/$n${last#PASS "$n"}" >>"$res"
    else
        echo "FAIL tb/$n: exit $rc: $(echo "$out" | grep -m 1 FAIL || echo "$last")" >>"$res"
    fi
}

export -f run_module check_desc
export ART TMP RTOBJ VERILATOR YOSYS TB_TIMEOUT
export REUSE_RT_STR="${REUSE_RT[*]:-}"

# bash cannot export arrays: rebuild REUSE_RT in the child from the string
# shellcheck disable=SC2016
printf '%s\n' "${MODS[@]}" |
    xargs -P "$JOBS" -I{} bash -c 'read -r -a REUSE_RT <<<"$REUSE_RT_STR"; run_module "$1"' _ {}

N_PASS=0
N_FAIL=0
for line in "${SETUP_RES[@]}"; do
    echo "$line"
    case "$line" in
    PASS*) N_PASS=$((N_PASS + 1)) ;;
    FAIL*) N_FAIL=$((N_FAIL + 1)) ;;
    esac
done
for m in "${MODS[@]}"; do
    n=${m##*/}
    while IFS= read -r line; do
        echo "$line"
        case "$line" in
        PASS*) N_PASS=$((N_PASS + 1)) ;;
        FAIL*) N_FAIL=$((N_FAIL + 1)) ;;
        esac
    done <"$TMP/res/$n"
done
echo "$N_PASS passed, $N_FAIL failed"
[ "$N_FAIL" = 0 ]
