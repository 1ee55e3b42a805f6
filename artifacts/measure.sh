#!/usr/bin/env bash
# Re-measure the resources of every artifact with Yosys and rewrite the
# `resources:` block of its descriptor, so that no number is typed by hand.
#
#   bash artifacts/measure.sh            every module
#   bash artifacts/measure.sh NAME...    only these modules
#
# Each module is synthesised at its default parameters, twice:
#   generic: yosys "read_verilog NAME.v; synth -top NAME -flatten; stat"
#            cells = all cells, ff = flip-flop cells ($_DFF*, $_SDFF*, ...,
#            memories are mapped to flip-flops), logic = cells - ff
#   ice40:   yosys "read_verilog NAME.v; synth_ice40 -dsp -top NAME; stat"
#            lut = SB_LUT4, ff = SB_DFF*, carry = SB_CARRY, dsp = SB_MAC16,
#            bram = SB_RAM40_4K
# The `resources:` block must be the descriptor's last top-level key:
# everything from the line `resources:` to the end of the file is replaced.
# Environment: YOSYS (default yosys), JOBS (parallel syntheses, default 2).

set -uo pipefail

ART=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
YOSYS=${YOSYS:-yosys}
JOBS=${JOBS:-2}
FAMILY=ice40

measure_one() {  # path/to/NAME.yaml
    local y=$1
    local dir n
    dir=$(dirname "$y")
    n=$(basename "$y" .yaml)
    local v="$dir/$n.v"
    local tmp
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/lime-measure.XXXXXX") || return 1
    # stat: print "TYPE COUNT" lines of the last module report, and "CELLS n"
    # shellcheck disable=SC2016
    local parse='
        /^=== / { cells = 0; delete t; inmod = 1; next }
        /Number of cells:/ { cells = $NF; next }
        inmod && NF == 2 && $2 ~ /^[0-9]+$/ && $1 !~ /^Number/ { t[$1] = $2 }
        END { print "CELLS", cells; for (k in t) print k, t[k] }'
    if ! (cd "$tmp" && "$YOSYS" -p "read_verilog $v; synth -top $n -flatten; stat" >generic.log 2>&1); then
        echo "measure.sh: $n: generic synthesis failed (log: $tmp/generic.log)" >&2
        return 1
    fi
    if ! (cd "$tmp" && "$YOSYS" -p "read_verilog $v; synth_ice40 -dsp -top $n; stat" >ice40.log 2>&1); then
        echo "measure.sh: $n: synth_ice40 failed (log: $tmp/ice40.log)" >&2
        return 1
    fi
    local g i
    g=$(sed -n '/Printing statistics/,$p' "$tmp/generic.log" | awk "$parse")
    i=$(sed -n '/Printing statistics/,$p' "$tmp/ice40.log" | awk "$parse")
    local gcells gff
    gcells=$(echo "$g" | awk '$1 == "CELLS" { print $2 }')
    gff=$(echo "$g" | awk '$1 ~ /DFF|DLATCH|SR_|FF_/ { s += $2 } END { print s + 0 }')
    local lut ff carry dsp bram
    lut=$(echo "$i" | awk '$1 == "SB_LUT4" { s += $2 } END { print s + 0 }')
    ff=$(echo "$i" | awk '$1 ~ /^SB_DFF/ { s += $2 } END { print s + 0 }')
    carry=$(echo "$i" | awk '$1 == "SB_CARRY" { s += $2 } END { print s + 0 }')
    dsp=$(echo "$i" | awk '$1 == "SB_MAC16" { s += $2 } END { print s + 0 }')
    bram=$(echo "$i" | awk '$1 ~ /^SB_RAM40_4K/ { s += $2 } END { print s + 0 }')
    local params
    params=$(python3 -c '
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
print("{" + ", ".join("%s: %s" % (p["name"], p["default"] if not isinstance(p["default"], str) else "\"%s\"" % p["default"]) for p in (d.get("parameters") or [])) + "}")
' "$y") || params="{}"
    local ver
    ver=$("$YOSYS" -V | awk '{ print $1 " " $2 }')
    {
        sed '/^resources:/,$d' "$y"
        echo "resources:          # written by artifacts/measure.sh; do not edit by hand"
        echo "  tool: \"$ver\""
        echo "  parameters: $params"
        echo "  family: $FAMILY"
        echo "  generic: {cells: ${gcells:-0}, ff: $gff, logic: $(( ${gcells:-0} - gff ))}   # synth -flatten; stat"
        echo "  $FAMILY: {lut: $lut, ff: $ff, carry: $carry, dsp: $dsp, bram: $bram}   # synth_ice40 -dsp; stat"
    } >"$tmp/new.yaml"
    cp "$tmp/new.yaml" "$y"
    rm -rf "$tmp"
    echo "$n: generic cells=${gcells:-0} ff=$gff; $FAMILY lut=$lut ff=$ff carry=$carry dsp=$dsp bram=$bram"
}
export -f measure_one
export YOSYS FAMILY

files=()
for y in "$ART"/*/*.yaml; do
    [ -e "$y" ] || continue
    n=$(basename "$y" .yaml)
    if [ $# -gt 0 ]; then
        keep=0
        for want in "$@"; do [ "$want" = "$n" ] && keep=1; done
        [ $keep = 1 ] || continue
    fi
    files+=("$y")
done
[ ${#files[@]} -gt 0 ] || { echo "measure.sh: no descriptors${*:+ matching $*}" >&2; exit 1; }
# shellcheck disable=SC2016
printf '%s\n' "${files[@]}" | xargs -P "$JOBS" -I{} bash -c 'measure_one "$1"' _ {}
