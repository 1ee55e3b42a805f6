#!/usr/bin/env bash
# The main job on an example: compile examples/hello.lime with limec, show
# its IR, run the native program and compare its output with the expected.
set -euo pipefail
cd "$(dirname "$0")/.."
limec=build/bin/limec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== limec --emit=ir examples/hello.lime (first lines)"
"$limec" --emit=ir examples/hello.lime | head -25
echo "..."
echo
echo "== limec -O2 examples/hello.lime -o hello && ./hello"
"$limec" -O2 examples/hello.lime -o "$work/hello"
"$work/hello" | tee "$work/out"
echo
if cmp -s "$work/out" examples/hello.expected; then
    echo "demo: output matches examples/hello.expected"
else
    echo "demo: output differs from examples/hello.expected:"
    diff "$work/out" examples/hello.expected || true
    exit 1
fi
