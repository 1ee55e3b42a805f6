#!/usr/bin/env python3
"""Two Lime compilers on the CPU, A/B, in one interleaved run: each of the
harness's benchmarks (bench/harness.py BENCHMARKS, full sizes) built by
limec A and by limec B, and its expert C, run LIME_DEVICE=cpu in turn,
round by round (the order of A and B alternating), every run printing the
same `result` line.  kernel = the median of the timed repetitions (each
process's first left out), as the harness reports.  Writes a Markdown
table (--out, default bench/results/cpu-ab.md).

usage: python3 bench/cpu_ab.py --a LIMEC_A --b LIMEC_B [--name-a A] [--name-b B]
                               [--only x,y] [--runs N] [--out FILE]
environment: CC (as bench/harness.py)"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402  (BENCHMARKS, the programs and their arguments)

ROOT = harness.ROOT
BENCH = harness.BENCH
CC = os.environ.get("CC", "cc")
CFLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno", "-fopenmp"]


def sh(cmd, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


def build(limec, b, out):
    d = os.path.join(BENCH, b["name"])
    rc, o, e = sh([limec, "-O3", "--target=cpu", os.path.join(d, b["lime"]), os.path.join(BENCH, "common/Rnd.lime"),
                   "-o", out])
    if rc:
        sys.exit("cpu_ab: %s failed on %s:\n%s%s" % (limec, b["lime"], o, e))


def run(cmd, args):
    env = dict(os.environ, LIME_DEVICE="cpu")
    rc, out, err = sh(cmd + args, env=env)
    if rc:
        sys.exit("cpu_ab: %s failed:\n%s" % (" ".join(cmd + args), err))
    times = [float(x) for x in re.findall(r"^time_ms ([0-9.]+)", out, re.M)]
    result = [l for l in out.splitlines() if l.startswith("result")]
    return times[1:], result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", required=True, help="limec A (before)")
    ap.add_argument("--b", required=True, help="limec B (after)")
    ap.add_argument("--name-a", default="A")
    ap.add_argument("--name-b", default="B")
    ap.add_argument("--only", default="")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default=os.path.join(BENCH, "results", "cpu-ab.md"))
    a = ap.parse_args()
    only = [x for x in a.only.split(",") if x]
    benches = [b for b in harness.BENCHMARKS if not only or b["name"] in only]
    tmp = tempfile.mkdtemp(prefix="lime-cpu-ab.")
    load_before = open("/proc/loadavg").read().split()[:3]
    rows = []
    for b in benches:
        exe = {v: os.path.join(tmp, "%s-%s" % (b["name"], v)) for v in ("a", "b", "c")}
        build(a.a, b, exe["a"])
        build(a.b, b, exe["b"])
        rc, o, e = sh([CC] + CFLAGS + ["-o", exe["c"], os.path.join(BENCH, b["name"], "expert.c"), "-lm"])
        if rc:
            sys.exit("cpu_ab: expert.c of %s: %s" % (b["name"], e))
        args = b["args"]["full"]
        times = {"a": [], "b": [], "c": []}
        ref = None
        for r in range(a.runs):
            order = ["c", "a", "b"] if r % 2 == 0 else ["c", "b", "a"]
            for v in order:
                t, res = run([exe[v]], args)
                if ref is None:
                    ref = res
                elif res != ref:
                    sys.exit("cpu_ab: %s/%s printed %s, not %s" % (b["name"], v, res, ref))
                times[v] += t
            print("cpu_ab: %s round %d of %d" % (b["name"], r + 1, a.runs), file=sys.stderr)
        med = {v: statistics.median(times[v]) for v in times}
        rows.append((b["name"], b["size"]["full"], med["c"], med["a"], med["b"]))
    load_after = open("/proc/loadavg").read().split()[:3]
    with open(a.out, "w") as f:
        f.write("# Lime on the CPU, A/B (bench/cpu_ab.py)\n\n")
        f.write("- date: %s UTC\n" % time.strftime("%Y-%m-%d %H:%M", time.gmtime()))
        f.write("- A: %s (%s); B: %s (%s)\n" % (a.name_a, a.a, a.name_b, a.b))
        f.write("- %d processes per version, interleaved round by round (A and B alternating first); "
                "kernel = median time_ms of the timed repetitions, each process's first left out; "
                "LIME_DEVICE=cpu; every run printed the same result line\n" % a.runs)
        host = dict(harness.machine_info()).get("host", "unknown")
        f.write("- host: %s; load average before %s, after %s\n\n" % (host, " ".join(load_before),
                                                                     " ".join(load_after)))
        f.write("| benchmark | size | expert C ms | Lime A ms | Lime B ms | B / A (time) | A / C | B / C |\n")
        f.write("|---|---|---:|---:|---:|---:|---:|---:|\n")
        for name, size, c, ta, tb in rows:
            f.write("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx |\n" % (name, size, c, ta, tb, tb / ta,
                                                                              ta / c, tb / c))
    print(open(a.out).read())


if __name__ == "__main__":
    main()
