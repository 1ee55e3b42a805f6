#!/usr/bin/env bash
# run.sh: every runtime test (needs cc, libgc-dev, libyaml-dev, libssl-dev,
# the OpenCL ICD loader and headers, and a JDK 17 on PATH; PoCL or another
# OpenCL platform for the device cases; Verilator for the fpga device;
# limec built, or $LIMEC, for the manifest round trip).
dir=$(dirname "${BASH_SOURCE[0]}")
fail=0
# the runtime library, built once from runtime/*.c for every test below
source "$dir/lib.sh"
set +e
if ! (set -e; build_runtime); then
    echo "FAIL runtime: the runtime library does not build"
    exit 1
fi
export LIME_RT_TEST_LIB=$TMP/liblime.a
for t in smoke fp_tostring vmath library parallel device fpga manifest; do
    bash "$dir/$t.sh" || fail=1
done
exit $fail
