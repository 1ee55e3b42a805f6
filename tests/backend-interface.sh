#!/usr/bin/env bash
# backend-interface.sh: the backend interface holds (docs/architecture.md,
# "Adding a backend").  backends/null/ is a test-only backend, added by its
# directory and one line of the table in backends/backends.c (under
# LIME_TEST_BACKENDS, so only build/bin/limec-test has it).  With no other
# file changed, it must show up in --explain, --target=, --emit=, --help and
# the manifest, and a program compiled with it must run as before.
#
# Usage: LIMEC=build/bin/limec LIMEC_TEST=build/bin/limec-test bash tests/backend-interface.sh
# Prints PASS/FAIL lines; exit 1 when anything failed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
LIMEC=${LIMEC:-build/bin/limec}
LIMEC_TEST=${LIMEC_TEST:-build/bin/limec-test}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lime-iface.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
failed=0
pass() { echo "PASS $1"; }
fail() {
    echo "FAIL $1${2:+: $2}"
    [ -n "${3:-}" ] && [ -s "$3" ] && head -n 12 "$3" | sed 's/^/    /'
    failed=1
}

if [ ! -x "$LIMEC_TEST" ]; then
    fail build "no $LIMEC_TEST (make build/bin/limec-test)"
    exit 1
fi

# step 1: the directory defines the one struct
if grep -q '^const Backend null_backend = {' backends/null/null.c; then pass step1-directory
else fail step1-directory "backends/null/null.c does not define 'const Backend null_backend'"; fi

# step 2: one table line, and no other file names the backend
grep -rl 'null_backend' --include='*.[ch]' src driver backends runtime | sort > "$TMP/names"
printf '%s\n' backends/backends.c backends/null/null.c > "$TMP/want"
if cmp -s "$TMP/want" "$TMP/names" && [ "$(grep -c '&null_backend' backends/backends.c)" -eq 1 ]; then
    pass step2-one-table-line
else
    fail step2-one-table-line "null_backend must be named by backends/null/ and one line of backends/backends.c only" "$TMP/names"
fi

src=tests/explain/pipeline.lime

# --explain: a column of its own, after the others; limec itself is unchanged
"$LIMEC_TEST" --explain "$src" > "$TMP/explain.out" 2>&1
"$LIMEC" --explain "$src" > "$TMP/explain.plain" 2>&1
if head -1 "$TMP/explain.out" | grep -q '  cpu  gpu  fpga  null$' &&
    grep -q '^[0-9]* *fused(scale)@17 .* yes (runs nothing)$' "$TMP/explain.out" &&
    grep -q "^[0-9]* *step@17 .*no: the null backend takes maps only, not a stateful-filter task (line 17)$" "$TMP/explain.out" &&
    ! grep -q null "$TMP/explain.plain"; then
    pass explain-column
else
    fail explain-column "no null column with its verdicts (or limec has one)" "$TMP/explain.out"
fi

# --help, --emit= and the error messages list it from the table
"$LIMEC_TEST" --help > "$TMP/help" 2>&1
if grep -q '^  --emit=null      print what the null backend says of each task$' "$TMP/help" &&
    grep -q 'of cpu,gpu,fpga,null (default: all)' "$TMP/help"; then pass help
else fail help "--help does not list --emit=null and the null target" "$TMP/help"; fi
"$LIMEC_TEST" --emit=null "$src" > "$TMP/emit.out" 2>&1
if grep -q '^task[0-9]* fused(scale)@17: accepted$' "$TMP/emit.out" &&
    grep -q '^task[0-9]* print@21: the null backend takes maps only, not a sink task$' "$TMP/emit.out"; then
    pass emit-form
else fail emit-form "--emit=null printed something else" "$TMP/emit.out"; fi
printf '%s\n' "limec: error: unknown target 'tpu' in '--target=null,tpu' (cpu, gpu, fpga, null)" > "$TMP/want.err"
"$LIMEC_TEST" --target=null,tpu "$src" > "$TMP/target.out" 2>&1
if [ $? -eq 1 ] && cmp -s "$TMP/want.err" "$TMP/target.out"; then pass target-names
else fail target-names "expected exit 1 and: $(cat "$TMP/want.err")" "$TMP/target.out"; fi

# the manifest: an entry for every task; --target leaves it out when not
# named.  null_entries MANIFEST prints "accepted/rejected/left-out" counts.
null_entries() {
    python3 - "$1" <<'PY'
import sys, yaml
m = yaml.load(open(sys.argv[1]), Loader=yaml.BaseLoader)   # every scalar a string: "null" is a name
e = [t["backends"]["null"] for t in m["tasks"]]
acc = sum(1 for x in e if x["accepted"] == "true" and x.get("note") == "the null backend runs nothing")
rej = sum(1 for x in e if x["accepted"] == "false" and x["reason"].startswith("the null backend takes maps only"))
out = sum(1 for x in e if x["accepted"] == "false" and x["reason"] == "not built: --target leaves out null")
print("%d/%d/%d" % (acc, rej, out))
PY
}
if "$LIMEC_TEST" --target=cpu,null "$src" -o "$TMP/with" > "$TMP/build.out" 2>&1 &&
    [ "$(null_entries "$TMP/with.artifacts/manifest.yaml")" = 3/7/0 ]; then
    pass manifest-entry
else
    fail manifest-entry "expected 3 accepted (the maps) and 7 rejected null entries" "$TMP/with.artifacts/manifest.yaml"
fi
if "$LIMEC_TEST" --target=cpu "$src" -o "$TMP/without" > "$TMP/build2.out" 2>&1 &&
    [ "$(null_entries "$TMP/without.artifacts/manifest.yaml")" = 0/7/3 ]; then
    pass manifest-target
else
    fail manifest-target "--target=cpu does not say that it leaves null out" "$TMP/without.artifacts/manifest.yaml"
fi

# the program runs as limec's does: the runtime has no null device and
# reads the entry as any other backend's
"$LIMEC" "$src" -o "$TMP/plain" > "$TMP/build3.out" 2>&1
"$TMP/plain" > "$TMP/plain.out" 2> "$TMP/plain.err"
LIME_LOG=1 "$TMP/with" > "$TMP/with.out" 2> "$TMP/with.err"
if [ -s "$TMP/plain.out" ] && cmp -s "$TMP/plain.out" "$TMP/with.out" && ! grep -q warning "$TMP/with.err"; then
    pass runs
else
    fail runs "the program built with the null backend printed something else, or warned" "$TMP/with.err"
fi

exit $failed
