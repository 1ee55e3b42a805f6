#!/usr/bin/env bash
# Install the Debian packages Lime needs to build and test, if any are missing.
# Usage: bash scripts/deps.sh
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
    gcc make pkg-config time
    llvm-15-dev libgc-dev libyaml-dev libssl-dev libdw-dev
    clang-15 libclang-common-15-dev lld
    ocl-icd-opencl-dev opencl-headers pocl-opencl-icd clinfo
    yosys verilator nextpnr-ice40 fpga-icestorm python3 python3-yaml gnuplot-nox
    default-jdk-headless
    gdb cmake ninja-build
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: dpkg-query not found; this script needs a Debian-based system." >&2
    echo "deps: please install: ${PACKAGES[*]}" >&2
    exit 1
fi

missing=()
for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing+=("$p") ;;
    esac
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all present"
    exit 0
fi

echo "deps: installing: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -E)
else
    echo "deps: error: not root and sudo is not available; cannot install packages." >&2
    echo "deps: please install these packages: ${missing[*]}" >&2
    exit 1
fi

"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
