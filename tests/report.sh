# report.sh: sourced by the test scripts that tests/run.sh relays (driver.sh,
# install.sh, profile.sh, faults.sh, vm.sh ...): `PASS x` / `FAIL x: why`
# lines, and $failed for the exit status.
failed=0
pass() { echo "PASS $1"; }
# fail NAME REASON [DETAIL-FILE]: the detail file's last lines, indented
fail() {
    failed=1
    echo "FAIL $1: $2"
    if [ -n "${3:-}" ] && [ -s "$3" ]; then tail -n 12 "$3" | sed 's/^/    /'; fi
}
# same NAME EXPECTED ACTUAL: the two files are equal (the diff in the
# sourcing script's temporary directory $T)
same() {
    if cmp -s "$2" "$3"; then pass "$1"
    else
        diff -u --label expected --label actual "$2" "$3" > "$T/diff" 2>&1
        fail "$1" "output differs" "$T/diff"
    fi
}
# same_lines NAME ACTUAL-FILE EXPECTED-LINE...: the file is those lines
same_lines() {
    local name=$1 actual=$2
    shift 2
    printf '%s\n' "$@" > "$T/expected"
    same "$name" "$T/expected" "$actual"
}
# suite_setup NAME, from the repository root: LIMEC made absolute (default
# build/bin/limec), T a temporary folder removed at exit, D=tests/NAME
suite_setup() {
    ROOT=$(pwd)
    LIMEC=${LIMEC:-build/bin/limec}
    case "$LIMEC" in /*) ;; *) LIMEC="$ROOT/$LIMEC" ;; esac
    T=$(mktemp -d "${TMPDIR:-/tmp}/lime-$1.XXXXXX") || exit 2
    trap 'rm -rf "$T"' EXIT
    D=tests/$1
}
