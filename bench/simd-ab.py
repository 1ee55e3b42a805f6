#!/usr/bin/env python3
"""Maps in SIMD lanes, A/B: the Lime CPU version of each data-parallel
benchmark with lanes (default) and with LIME_SIMD=0, beside naive Java and
expert C, in one run, processes interleaved round by round.

usage: python3 bench/simd-ab.py [--quick] [--runs N] [--only a,b] [--out FILE]
                                [--before LIMEC | --vmath]

--before LIMEC: the A/B of a compiler change instead: the before column is
the program compiled by that limec (e.g. built from the previous commit in
another worktree), lanes on in both.
--vmath: the lanes' vector Math routines (exp, log, sin, cos: runtime/vmath.c)
A/B instead: Lime in lanes with LIME_VMATH=0 (one scalar call per lane, the
before) against Lime in lanes with the vector routines.

Uses bench/harness.py's benchmarks, sizes, compilers and flags; every
process must print the same `result` line as naive Java.  Kernel time =
the median of each process's time_ms lines but its first (as harness.py).
Writes a Markdown table (default bench/results/simd-ab.md)."""
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as H  # noqa: E402

NAMES = ["nbody", "mandelbrot", "blackscholes", "matmul", "saxpy"]
VERSIONS = ["java", "c", "lime-simd0", "lime"]
VMATH_VERSIONS = ["java", "c", "lime-vmath0", "lime"]
LABEL = {"java": "naive Java", "c": "expert C (2 threads)", "lime-simd0": "Lime LIME_SIMD=0", "lime": "Lime (lanes)",
         "lime-vmath0": "Lime LIME_VMATH=0"}


def cpu_model():
    with open("/proc/cpuinfo") as f:
        m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
    return m.group(1) if m else platform.processor()


def build(b, work, before=None):
    d = os.path.join(H.BENCH, b["name"])
    jdir = os.path.join(work, "java")
    os.makedirs(jdir, exist_ok=True)
    cmds = {}
    for what, cmd in (("javac", [H.JAVAC, "-d", jdir, os.path.join(d, "Naive.java"), os.path.join(H.BENCH, "common/Rnd.java")]),
                      ("cc", [H.CC] + H.CFLAGS + ["-o", os.path.join(work, "expert"), os.path.join(d, "expert.c"), "-lm"]),
                      ("limec", [H.LIMEC, "-O3", "--target=cpu", os.path.join(d, b["lime"]),
                                 os.path.join(H.BENCH, "common/Rnd.lime"), "-o", os.path.join(work, "lime")])):
        rc, _, err, _ = H.sh(cmd)
        if rc:
            sys.exit("simd-ab: %s failed for %s: %s" % (what, b["name"], H.first_line(err)))
    cmds["java"] = ([H.JAVA, "-cp", jdir, "Naive"], {})
    cmds["c"] = ([os.path.join(work, "expert")], {})
    cmds["lime-simd0"] = ([os.path.join(work, "lime")], {"LIME_SIMD": "0"})
    if before:
        rc, _, err, _ = H.sh([before, "-O3", "--target=cpu", os.path.join(d, b["lime"]),
                              os.path.join(H.BENCH, "common/Rnd.lime"), "-o", os.path.join(work, "lime-before")])
        if rc:
            sys.exit("simd-ab: the before limec failed for %s: %s" % (b["name"], H.first_line(err)))
        cmds["lime-simd0"] = ([os.path.join(work, "lime-before")], {"LIME_SIMD": "1"})
    cmds["lime-vmath0"] = ([os.path.join(work, "lime")], {"LIME_SIMD": "1", "LIME_VMATH": "0"})
    cmds["lime"] = ([os.path.join(work, "lime")], {"LIME_SIMD": "1"})
    return cmds


def run(cmd, env_extra, args):
    env = dict(os.environ)
    env.update(env_extra)
    out = subprocess.run(cmd + args, env=env, capture_output=True, text=True, timeout=600)
    if out.returncode:
        sys.exit("simd-ab: %s exited %d: %s" % (" ".join(cmd), out.returncode, H.first_line(out.stderr)))
    times = [float(m) for m in re.findall(r"^time_ms\s+(\S+)", out.stdout, re.M)]
    res = re.findall(r"^result .*$", out.stdout, re.M)
    return times[1:] or times, res[0] if res else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only")
    ap.add_argument("--before", help="a limec to compare with (lanes on in both)")
    ap.add_argument("--vmath", action="store_true")
    ap.add_argument("--out")
    a = ap.parse_args()
    versions = VMATH_VERSIONS if a.vmath else VERSIONS
    base = versions[2]
    a.out = a.out or os.path.join(H.BENCH, "results/simd-vmath-ab.md" if a.vmath else "results/simd-ab.md")
    mode = "quick" if a.quick else "full"
    names = a.only.split(",") if a.only else NAMES
    rows = []
    load_before = os.getloadavg()[0]
    for b in H.BENCHMARKS:
        if b["name"] not in names:
            continue
        work = tempfile.mkdtemp(prefix="simd-ab-")
        cmds = build(b, work, a.before)
        times = {v: [] for v in versions}
        ref = None
        for _ in range(a.runs):
            for v in versions:
                t, res = run(cmds[v][0], cmds[v][1], b["args"][mode])
                if ref is None:
                    ref = res
                elif res != ref:
                    sys.exit("simd-ab: %s %s printed '%s', naive Java '%s'" % (b["name"], v, res, ref))
                times[v] += t
        med = {v: statistics.median(times[v]) for v in versions}
        rows.append((b, med))
        H.log("%s: %s" % (b["name"], ", ".join("%s %.1f ms" % (v, med[v]) for v in versions)))
    with open(a.out, "w") as f:
        f.write("# %s (bench/simd-ab.py%s)\n\n" % ("Vector Math.exp/log in SIMD lanes: A/B" if a.vmath else
                                                  "Maps in SIMD lanes: A/B",
                                                  " --vmath" if a.vmath else " --before" if a.before else ""))
        f.write("One run, %s sizes, %d processes per version interleaved; kernel = median time_ms of the timed part "
                "(each process's first repetition left out). Machine: %s, %d cores; load average %.1f before, "
                "%.1f after.\n\n" % (mode, a.runs, cpu_model(), os.cpu_count(), load_before, os.getloadavg()[0]))
        col, gain = ("Lime before", "after / before") if a.before else \
            (LABEL[base], "vector math" if a.vmath else "lanes")
        f.write("| benchmark | size | naive Java ms | expert C ms | %s ms | Lime lanes%s ms | %s speed-up "
                "| Lime vs Java (speed) | Lime / C (time) |\n|---|---|---|---|---|---|---|---|---|\n"
                % (col, ", vector math" if a.vmath else "", gain))
        for b, m in rows:
            f.write("| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2fx | %.2fx | %.2fx |\n"
                    % (b["name"], b["size"][mode], m["java"], m["c"], m[base], m["lime"],
                       m[base] / m["lime"], m["java"] / m["lime"], m["lime"] / m["c"]))
    H.log("wrote " + a.out)


if __name__ == "__main__":
    main()
