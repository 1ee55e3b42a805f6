#!/usr/bin/env bash
# manifest.sh: what the compiler writes is what the runtime reads, and both
# are docs/manifest.md.  Compiles programs with maps, reduces and a stream
# graph the FPGA accepts (tests/lime) with $LIMEC (default build/bin/limec),
# then reads each prog.artifacts/manifest.yaml with the runtime's own reader
# (tests/manifest.c, linked against the runtime) and checks, per program:
#   (a) every task is read with the id, kind and name the file has;
#   (b) every accepted entry of a backend that is a runtime device has every
#       key that device reads (LimeRtDevice.keys), and each parses;
#   (c) every key written (top level, task, backend entry) is documented
#       under its heading in docs/manifest.md;
# and once: the keys each device reads and the schema version the reader
# accepts are documented.  Needs limec (built) and what it needs for the
# FPGA (Yosys, Verilator; models come from $LIME_CACHE when cached).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$(cd "$RT/.." && pwd)
DOC=$ROOT/docs/manifest.md
LIMEC=${LIMEC:-$ROOT/build/bin/limec}
[ -x "$LIMEC" ] || LIMEC=$ROOT/$LIMEC
fail=0
if [ ! -x "$LIMEC" ]; then
    echo "FAIL manifest: no limec at $LIMEC (make all, or set LIMEC)"
    exit 1
fi
if [ ! -f "$DOC" ]; then
    echo "FAIL manifest: no $DOC"
    exit 1
fi

build_runtime
mkdir -p "$TMP/bin" "$TMP/progs"
cc_test "$RT/tests/manifest.c" "$TMP/bin/manifest"

# The programs, NAME=SOURCE: between them a map and a reduce the GPU
# accepts, a map and a stream the FPGA accepts (checked below).
PROGRAMS="LargeReduce=tests/lime/LargeReduce.lime FpgaStream=tests/lime/FpgaStream.lime"
args=()
for p in $PROGRAMS; do
    name=${p%%=*}
    if (cd "$ROOT" && "$LIMEC" "${p#*=}" -o "$TMP/progs/$name") > "$TMP/progs/$name.log" 2>&1; then
        args+=("$name=$TMP/progs/$name.artifacts")
    else
        echo "FAIL manifest $name: limec ${p#*=} failed:"; tail -5 "$TMP/progs/$name.log"; fail=1
    fi
done
"$TMP/bin/manifest" "${args[@]}" > "$TMP/read"

# The doc's keys: "HEADING<tab>KEY" for every "- `key`:" line under a "## " heading.
awk '/^## /{sec=substr($0,4)} /^- `[A-Za-z0-9_]+`/{match($0,/`[^`]+`/); print sec "\t" substr($0,RSTART+1,RLENGTH-2)}' \
    "$DOC" > "$TMP/doc"
documented() { # HEADING KEY
    grep -qxF "$1"$'\t'"$2" "$TMP/doc"
}
field() { # the NAME's lines of kind $1, fields from $3 on
    awk -F'\t' -v k="$1" -v n="$2" '$1 == k && $2 == n' "$TMP/read" | cut -f3-
}
# The tasks as the file has them, "ID<tab>KIND<tab>NAME", from its block
# lines (limec writes "- id:", "  name:", "  kind:" in that order; a
# single-quoted scalar is unquoted).
file_tasks() {
    sed -nE "s/^- id: (.*)$/id \1/p; s/^  name: (.*)$/name \1/p; s/^  kind: (.*)$/kind \1/p" "$1" |
        sed -E "s/^(id|name|kind) '(.*)'$/\1 \2/; s/''/'/g" |
        awk '$1 == "id" {id = $2} $1 == "name" {name = substr($0, 6)} $1 == "kind" {print id "\t" $2 "\t" name}'
}

for p in $PROGRAMS; do
    name=${p%%=*}
    [ -d "$TMP/progs/$name.artifacts" ] || continue
    file=$TMP/progs/$name.artifacts/manifest.yaml
    if ! grep -qxF "read"$'\t'"$name" "$TMP/read"; then
        echo "FAIL manifest $name: the runtime cannot read $file: $(field unread "$name")"; fail=1; continue
    fi
    # (a)
    file_tasks "$file" > "$TMP/want"
    field task "$name" | awk -F'\t' '{print $1 "\t" $2 "\t" $3}' > "$TMP/got"
    if [ -s "$TMP/want" ] && diff "$TMP/want" "$TMP/got" > "$TMP/diff"; then
        echo "PASS manifest $name: $(wc -l < "$TMP/got") tasks read with the id, kind and name the file has"
    else
        echo "FAIL manifest $name: the tasks read differ from the file's (< file, > runtime):"; cat "$TMP/diff"; fail=1
    fi
    # (b)
    missing=$(field missing "$name" | awk -F'\t' '{print "task " $1 ": backends." $2 "." $3}')
    accepted=$(field accepted "$name" | awk -F'\t' '{print $1 " " $2}' | sort | uniq -c | awk '{printf "%s%s %s: %d", (NR > 1 ? ", " : ""), $2, $3, $1}')
    if [ -z "$missing" ] && [ -n "$accepted" ]; then
        echo "PASS manifest $name: accepted entries carry every key their device reads ($accepted)"
    else
        echo "FAIL manifest $name: accepted entries lack keys their device reads (or none accepted):"
        echo "$missing" | head -20; fail=1
    fi
    # (c)
    undoc=$( (field top "$name" | while IFS= read -r k; do documented "Top level" "$k" || echo "top level: $k"; done
              field taskkey "$name" | sort -u | while IFS= read -r k; do documented "A task" "$k" || echo "task: $k"; done
              field entry "$name" | sort -u | while IFS=$'\t' read -r b k; do
                  documented "Every backend entry" "$k" || documented "backends.$b" "$k" || echo "backends.$b: $k"
              done) )
    if [ -z "$undoc" ]; then
        echo "PASS manifest $name: every key limec wrote is in docs/manifest.md"
    else
        echo "FAIL manifest $name: keys limec wrote that docs/manifest.md does not list:"; echo "$undoc"; fail=1
    fi
done

# The programs together cover each kind each device runs (the test is not vacuous).
for want in "gpu map" "gpu reduce" "fpga map" "fpga stream"; do
    if ! awk -F'\t' '$1 == "accepted" {print $3 " " $4}' "$TMP/read" | grep -qxF "$want"; then
        echo "FAIL manifest: no program has a $want task accepted (pick other programs)"; fail=1
    fi
done
# Once: the keys devices read, and the version, are documented.
undoc=$(awk -F'\t' '$1 == "device" {print $2 "\t" $3}' "$TMP/read" | while IFS=$'\t' read -r d k; do
    documented "backends.$d" "$k" || echo "backends.$d: $k"
done)
version=$(awk -F'\t' '$1 == "version" {print $2}' "$TMP/read")
if [ -z "$undoc" ] && grep -qF "\`lime: $version\`" "$DOC"; then
    echo "PASS manifest: docs/manifest.md documents schema version $version and every key the devices read"
else
    echo "FAIL manifest: docs/manifest.md lacks schema version $version (\`lime: $version\`) or keys the devices read:"
    echo "$undoc"; fail=1
fi
exit $fail
