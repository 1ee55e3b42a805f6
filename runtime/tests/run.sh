#!/usr/bin/env bash
# run.sh: every runtime test (needs cc, libgc-dev, libyaml-dev, libssl-dev,
# the OpenCL ICD loader and headers, and a JDK 17 on PATH; PoCL or another
# OpenCL platform for the device cases; Verilator for the fpga device;
# limec built, or $LIMEC, for the manifest round trip).
dir=$(dirname "${BASH_SOURCE[0]}")
fail=0
for t in smoke fp_tostring vmath library parallel device fpga manifest; do
    bash "$dir/$t.sh" || fail=1
done
exit $fail
