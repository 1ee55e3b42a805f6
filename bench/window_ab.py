#!/usr/bin/env python3
"""The stream benchmark before and after windowed filters ran in blocks
(issue #20), in one interleaved run: naive Java, expert C, and one Lime
executable run item by item (LIME_WINDOW=0: the graph as one loop, as
before) and in parallel blocks (the default).  Every run must print naive
Java's `result` line.  Writes bench/results/window-ab.md (or --out).

usage: python3 bench/window_ab.py [--runs N] [--n ITEMS] [--reps R] [--out FILE]
environment: LIMEC, CC, JAVA, JAVAC (as bench/harness.py)"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
LIMEC = os.environ.get("LIMEC", os.path.join(ROOT, "build/bin/limec"))
CC = os.environ.get("CC", "cc")
JAVA = os.environ.get("JAVA", "java")
JAVAC = os.environ.get("JAVAC", "javac")
CFLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno", "-fopenmp"]


def sh(cmd, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if p.returncode:
        sys.exit("window_ab: %s failed (%d):\n%s%s" % (" ".join(cmd), p.returncode, p.stdout, p.stderr))
    return p.stdout


def build(work):
    d = os.path.join(BENCH, "stream")
    jdir = os.path.join(work, "java")
    os.makedirs(jdir)
    sh([JAVAC, "-d", jdir, os.path.join(d, "Naive.java"), os.path.join(BENCH, "common/Rnd.java")])
    sh([CC] + CFLAGS + ["-o", os.path.join(work, "expert"), os.path.join(d, "expert.c"), "-lm"])
    lime = os.path.join(work, "stream")
    sh([LIMEC, "-O3", "--target=cpu", os.path.join(d, "Stream.lime"), os.path.join(BENCH, "common/Rnd.lime"), "-o", lime])
    return [
        ("java", "naive Java (HotSpot)", [JAVA, "-cp", jdir, "Naive"], {}),
        ("c", "expert C (OpenMP, both cores)", [os.path.join(work, "expert")], {}),
        ("before", "Lime, item by item (LIME_WINDOW=0: the one loop)", [lime], {"LIME_WINDOW": "0", "LIME_DEVICE": "cpu"}),
        ("after", "Lime, windowed filters in parallel blocks", [lime], {"LIME_DEVICE": "cpu"}),
    ]


def interleaved(versions, runs, args, first):
    """Each version (name, title, cmd, env) run `runs` times with args, round by round: each one's
    `time_ms` lines but the first (a warm-up); every run must print the same `result` line as the
    first (named `first` in the error).  ({name: [ms, ...]}, that line)"""
    times = {v[0]: [] for v in versions}
    ref = None
    for r in range(runs):
        for name, _, cmd, extra in versions:
            out = sh(cmd + args, env=dict(os.environ, **extra))
            res = re.findall(r"^result .*$", out, re.M)
            if ref is None:
                ref = res
            if res != ref or len(res) != 1:
                sys.exit("%s printed %s, %s %s" % (name, res, first, ref))
            reps = [float(t) for t in re.findall(r"^time_ms\s+(\S+)", out, re.M)]
            times[name] += reps[1:]   # the first repetition warms up
    return times, ref[0]


def when(load_before, load_after):
    """The report's line on when the run was and how loaded the machine was."""
    return "- date: %s UTC, nproc = %d, load average (1/5/15 min) before: %s, after: %s" % (
        time.strftime("%Y-%m-%d %H:%M", time.gmtime()), os.cpu_count(),
        " ".join("%.2f" % x for x in load_before), " ".join("%.2f" % x for x in load_after))


def arguments(doc, out):
    """--runs, --n, --reps and --out (default out, under bench/results), parsed."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--n", default="10000000")
    ap.add_argument("--reps", default="4")
    ap.add_argument("--out", default=os.path.join(BENCH, "results", out))
    return ap.parse_args()


def main():
    a = arguments(__doc__, "window-ab.md")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as work:
        versions = build(work)
        times, ref = interleaved(versions, a.runs, [a.n, a.reps], "naive Java")
    load_after = os.getloadavg()
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in times.items()}
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    lines = [
        "# Stream pipeline: windowed filters in parallel blocks, before and after (one interleaved run)",
        "",
        when(load_before, load_after),
        "- limec at %s, `limec -O3 --target=cpu`; C: %s %s" % (commit, CC, " ".join(CFLAGS)),
        "- `bench/stream`, %s samples, %s repetitions per process, %d processes per version, the versions "
        "interleaved round by round; every process printed naive Java's line: `%s`" % (a.n, a.reps, a.runs, ref),
        "- before and after are the same executable: LIME_WINDOW=0 runs the graph as the one loop, item by "
        "item, exactly the code path of the compiler before this change",
        "- times: each process's repetitions but its first; median and minimum (the least disturbed); a load "
        "average above nproc means other work shared the cores: compare only within this run",
        "",
        "| version | median ms | min ms | vs expert C (median) | vs naive Java (median) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, title, _, _ in versions:
        lines.append("| %s | %.1f | %.1f | %.2fx | %.2fx |" % (title, med[name], low[name], med[name] / med["c"],
                                                              med[name] / med["java"]))
    lines += ["", "after / before (median): %.3f; targets of issue #20: within 3x of expert C (%s: %.2fx), faster "
              "than Java (%s: %.2fx)." % (med["after"] / med["before"],
                                          "met" if med["after"] <= 3 * med["c"] else "missed", med["after"] / med["c"],
                                          "met" if med["after"] < med["java"] else "missed", med["after"] / med["java"]),
              ""]
    with open(a.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
