#!/usr/bin/env bash
# library.sh: the runtime's library members (Integer/Long/Double/Float/Math/
# String, concatenation, parsing and exception messages) against the
# installed JDK on edge cases and seeded random inputs (see Library.java),
# byte for byte.  Also counts, for each transcendental Math function, how
# many sampled inputs give a result other than the JVM's: none may for those
# the runtime implements exactly (library.c's EXACT list); the HotSpot
# intrinsics that still go through glibc are only reported.
# Usage: bash runtime/tests/library.sh [samples per Math function, default 20000]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_runtime
cc_test "$RT/tests/library.c" "$TMP/library"
javac -d "$TMP" "$RT/tests/Library.java"
java -cp "$TMP" Library "$TMP/math.txt" "${1:-20000}" > "$TMP/java.txt"
"$TMP/library" < "$TMP/java.txt" > "$TMP/c.txt"
total=$(wc -l < "$TMP/java.txt")
echo "Math functions, sampled results differing from the JVM:"
math_ok=1
"$TMP/library" -m "$TMP/math.txt" || math_ok=0
if cmp -s "$TMP/java.txt" "$TMP/c.txt"; then
    echo "PASS library: $total cases identical to the JVM"
else
    bad=$(diff "$TMP/java.txt" "$TMP/c.txt" | grep -c '^<' || true)
    echo "FAIL library: $bad of $total cases differ; first ones (java / runtime):"
    diff "$TMP/java.txt" "$TMP/c.txt" | head -20
    exit 1
fi
if [ "$math_ok" = 0 ]; then
    echo "FAIL library: a Math function that must match the JVM differs"
    exit 1
fi
