#!/usr/bin/env bash
# fp_tostring.sh: Double.toString / Float.toString of the runtime against the
# installed JDK, byte for byte, on ~390k values (see FpToString.java).
# Usage: bash runtime/tests/fp_tostring.sh [seed [scale]]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
cc_test "$RT/tests/fp_tostring.c" "$TMP/fp_c"
javac -d "$TMP" "$RT/tests/FpToString.java"
java -cp "$TMP" FpToString "${1:-20240601}" "${2:-1}" > "$TMP/java.txt" 2> "$TMP/gen.txt"
"$TMP/fp_c" < "$TMP/java.txt" > "$TMP/c.txt"
total=$(wc -l < "$TMP/java.txt")
if cmp -s "$TMP/java.txt" "$TMP/c.txt"; then
    echo "PASS fp_tostring: $total values identical to $(java -version 2>&1 | head -1) ($(cat "$TMP/gen.txt"))"
else
    bad=$(diff "$TMP/java.txt" "$TMP/c.txt" | grep -c '^<' || true)
    echo "FAIL fp_tostring: $bad of $total differ; first ones (java / runtime):"
    diff "$TMP/java.txt" "$TMP/c.txt" | head -20
    exit 1
fi
