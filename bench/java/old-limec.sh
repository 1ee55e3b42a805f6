#!/usr/bin/env bash
# Builds an older limec in a clone under /tmp (never in this tree) and prints
# its path, for `bench/java/run.py --old-limec`.  The default revision is
# the last commit before the Java library (lib/) first appeared.
#   bash bench/java/old-limec.sh [REV]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -gt 0 ]; then
    rev=$1
else
    first=$(git -C "$ROOT" log --diff-filter=A --format=%H -- lib/ | tail -1)
    [ -n "$first" ] || { echo "old-limec: no commit adds lib/" >&2; exit 1; }
    rev=$first~1
fi
hash=$(git -C "$ROOT" rev-parse --short "$rev")
dir=${TMPDIR:-/tmp}/lime-old-$hash
if [ ! -x "$dir/build/bin/limec" ]; then
    rm -rf "$dir"
    git clone -q "$ROOT" "$dir" >&2
    git -C "$dir" checkout -q "$hash" >&2
    make -C "$dir" -j2 all >&2
fi
echo "$dir/build/bin/limec"
