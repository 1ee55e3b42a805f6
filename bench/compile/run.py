#!/usr/bin/env python3
"""Compile time of large generated inputs (issue 17): limec's time on
programs made of one construct repeated N times, for N = 1,000, 10,000 and
100,000, so that the growth shows (linear: ten times the input, about ten
times the time above limec's fixed cost, which `hello` shows).

    python3 bench/compile/run.py [--limec build/bin/limec] [--quick] [--runs 3]
                                 [--out bench/results]

Each program is compiled --check (lexer, parser, checker) and, where it
says so, all the way to an executable (-O2); the median of --runs wall
times is reported.  Writes compile-time.md and compile-time.csv in --out.
A compile that fails, or takes more than --limit seconds, is reported as
such (the table says "failed" or "> LIMIT s"), never hidden.  Not a test:
timings depend on the machine (its load too); the report names it."""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def array_init(n):
    elems = ",".join(str((i * 7919) % 100003) for i in range(n))
    return ("public class Gen {\n static int[] a = {%s};\n"
            " public static void main(String[] x) { long s = 0; for (int v : a) s += v; System.out.println(s); }\n}\n" % elems)


def switch_cases(n):
    cases = "\n".join("   case %d: return %d;" % (i, i * 3 + 1) for i in range(n))
    return ("public class Gen {\n static int f(int k) {\n  switch (k) {\n%s\n   default: return -1;\n  }\n }\n"
            " public static void main(String[] x) { System.out.println(f(7) + f(%d)); }\n}\n" % (cases, n - 1))


def fields(n):
    decls = "\n".join(" static int f%d = %d;" % (i, i) for i in range(n))
    return "public class Gen {\n%s\n public static void main(String[] x) { System.out.println(f%d); }\n}\n" % (decls, n - 1)


def locals_(n):
    decls = "\n".join("  int v%d = %d + x.length;" % (i, i) for i in range(n))
    return "public class Gen {\n public static void main(String[] x) {\n%s\n  System.out.println(v%d);\n }\n}\n" % (decls, n - 1)


def lines(n):
    """A program of n lines: methods of five lines; each calls the one before
    but every 50th, and main calls the last of each run of 50, so that every
    method is reached (and compiled) and no call chain is deeper than 50."""
    out = ["public class Gen {"]
    m = max(1, n // 5)
    for i in range(m):
        call = "m%d(a) + " % (i - 1) if i % 50 else ""
        out.append(" static int m%d(int a) {\n  int b = a * %d;\n  b += %d;\n  return %sb;\n }" % (i, i % 97, i, call))
    ends = " + ".join("m%d(2)" % i for i in range(m) if i % 50 == 49 or i == m - 1)
    out.append(" public static void main(String[] x) {\n  System.out.println(%s);\n }\n}" % ends)
    return "\n".join(out) + "\n"


def hello(_n):
    return 'public class Gen { public static void main(String[] x) { System.out.println("hello"); } }\n'


ALL = 10 ** 9
# (name, generator, what the program is, sizes, the largest N also compiled
# all the way: every size since the switch table and the locals without a
# zero store, see bench/results/compile-time.md)
CASES = [
    ("hello", hello, "Hello World: limec's fixed cost", [1], ALL),
    ("array-init", array_init, "an int array initialiser of N constants", [1000, 10000, 100000], ALL),
    ("switch", switch_cases, "a switch statement of N cases, each returning", [1000, 10000, 100000], ALL),
    ("fields", fields, "N static int fields with initialisers", [1000, 10000, 100000], ALL),
    ("locals", locals_, "one method declaring N locals", [1000, 10000, 100000], ALL),
    ("lines", lines, "N lines: N/5 methods of 5 lines, all reached", [1000, 10000, 100000], ALL),
]


def timed(cmd, limit):
    start = time.monotonic()
    try:
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=limit)
    except subprocess.TimeoutExpired:
        return None, "> %g s" % limit
    took = time.monotonic() - start
    if r.returncode != 0:
        return None, "failed (exit %d: %s)" % (r.returncode, r.stderr.decode(errors="replace").strip()[:120])
    return took, None


def measure(limec, src, exe, full, runs, limit):
    """{"check": seconds or text, "compile": ...}"""
    res = {}
    modes = [("check", [limec, "--check", src])]
    if full:
        modes.append(("compile", [limec, src, "-o", exe]))
    for mode, cmd in modes:
        times = []
        for _ in range(runs):
            t, err = timed(cmd, limit)
            if err:
                res[mode] = err
                break
            times.append(t)
        else:
            res[mode] = statistics.median(times)
    return res


def fmt(v):
    return "%.2f s" % v if isinstance(v, float) else (v or "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limec", default=os.path.join(ROOT, "build/bin/limec"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="sizes up to 10,000, one run")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds before a compile counts as too slow")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/results"))
    a = ap.parse_args()
    if not os.access(a.limec, os.X_OK):
        sys.exit("compile-time: no limec at %s (run make)" % a.limec)
    runs = 1 if a.quick else a.runs
    work = tempfile.mkdtemp(prefix="lime-compile-time.")
    rows = []
    try:
        for name, gen, what, sizes, full_upto in CASES:
            for n in sizes:
                if a.quick and n > 10000:
                    continue
                src = os.path.join(work, "Gen.java")
                with open(src, "w") as f:
                    f.write(gen(n))
                nlines = sum(1 for _ in open(src))
                r = measure(a.limec, src, os.path.join(work, "gen"), n <= full_upto, runs, a.limit)
                rows.append((name, what, n, nlines, os.path.getsize(src), r.get("check"), r.get("compile")))
                print("%-10s N=%-7d %7d lines  check %-10s compile %s" % (name, n, nlines, fmt(r.get("check")),
                                                                          fmt(r.get("compile")) or "-"), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "compile-time.csv"), "w") as f:
        f.write("case,n,lines,bytes,check_s,compile_s\n")
        for name, _, n, nl, nb, c, k in rows:
            f.write("%s,%d,%d,%d,%s,%s\n" % (name, n, nl, nb, "%.3f" % c if isinstance(c, float) else (c or ""),
                                             "%.3f" % k if isinstance(k, float) else (k or "")))
    with open(os.path.join(a.out, "compile-time.md"), "w") as f:
        f.write("# Compile time of large generated inputs\n\n")
        f.write("`python3 bench/compile/run.py%s` on %s (%d cores, load average %.1f at the end), "
                "median of %d run%s; `check` is `limec --check`, `compile` an executable at -O2 (`-`: not measured, "
                "see bench/compile/run.py).\n\n" % (" --quick" if a.quick else "", platform.node() or "this machine",
                                                   os.cpu_count() or 0, os.getloadavg()[0], runs, "s" if runs > 1 else ""))
        f.write("| case | what | N | lines | check | compile |\n|---|---|---:|---:|---:|---:|\n")
        for name, what, n, nl, _, c, k in rows:
            f.write("| %s | %s | %d | %d | %s | %s |\n" % (name, what, n, nl, fmt(c), fmt(k) or "-"))
    print("wrote %s/compile-time.md and .csv" % a.out)


if __name__ == "__main__":
    main()
