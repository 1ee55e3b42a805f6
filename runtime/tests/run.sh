#!/usr/bin/env bash
# run.sh: every runtime test (needs cc, libgc-dev and a JDK 17 on PATH).
dir=$(dirname "${BASH_SOURCE[0]}")
fail=0
for t in smoke fp_tostring library parallel; do
    bash "$dir/$t.sh" || fail=1
done
exit $fail
