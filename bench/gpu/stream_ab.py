#!/usr/bin/env python3
"""The stream benchmark on the GPU before and after its graph became one
kernel (issue #24), in one interleaved run: the Lime program built by the
compiler before (LIMEC_BEFORE: a windowed filter per kernel, three kernels
and host-side state work per call) and after (LIMEC: the graph's stream
task as one kernel), both LIME_DEVICE=gpu, against the expert OpenCL kernel
bench/stream/expert.cl on its standalone host (bench/common/ocl_expert.c,
the runtime's build options), and the after build on the CPU for context.
Every run must print the same `result` line.  Writes
bench/results/gpu-stream-ab.md (or --out).

usage: LIMEC_BEFORE=/path/to/old/limec python3 bench/gpu/stream_ab.py [--runs N] [--n ITEMS] [--reps R] [--out FILE]
environment: LIMEC, LIMEC_BEFORE, CC (as bench/harness.py)"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, BENCH)
import harness as H  # noqa: E402  (ocl_expert_host: the expert's standalone host)
import window_ab as W  # noqa: E402  (sh: a command's stdout, or exit)


def build(work, before):
    d = os.path.join(BENCH, "stream")
    exes = {}
    for name, limec in (("before", before), ("after", W.LIMEC)):
        exes[name] = os.path.join(work, name)
        W.sh([limec, "-O3", "--target=cpu,gpu", os.path.join(d, "Stream.lime"), os.path.join(BENCH, "common/Rnd.lime"),
              "-o", exes[name]])
    host, err = H.ocl_expert_host()
    if err:
        sys.exit("stream_ab: " + err)
    return [
        ("expert", "expert OpenCL (bench/stream/expert.cl, standalone host)",
         [host, "stream", os.path.join(d, "expert.cl"), "stream_expert"], {}),
        ("before", "Lime, LIME_DEVICE=gpu, before (a kernel per windowed filter and run)", [exes["before"]],
         {"LIME_DEVICE": "gpu"}),
        ("after", "Lime, LIME_DEVICE=gpu, after (the graph as one kernel)", [exes["after"]], {"LIME_DEVICE": "gpu"}),
        ("cpu", "Lime, LIME_DEVICE=cpu (after's build; parallel blocks)", [exes["after"]], {"LIME_DEVICE": "cpu"}),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--n", default="10000000")
    ap.add_argument("--reps", default="4")
    ap.add_argument("--out", default=os.path.join(BENCH, "results/gpu-stream-ab.md"))
    a = ap.parse_args()
    before = os.environ.get("LIMEC_BEFORE")
    if not before:
        sys.exit("stream_ab: set LIMEC_BEFORE to the limec built before the change")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as work:
        versions = build(work, before)
        times = {v[0]: [] for v in versions}
        ref = None
        for r in range(a.runs):
            for name, _, cmd, extra in versions:
                out = W.sh(cmd + [a.n, a.reps], env=dict(os.environ, **extra))
                res = re.findall(r"^result .*$", out, re.M)
                if ref is None:
                    ref = res
                if res != ref or len(res) != 1:
                    sys.exit("stream_ab: %s printed %s, the expert %s" % (name, res, ref))
                reps = [float(t) for t in re.findall(r"^time_ms\s+(\S+)", out, re.M)]
                times[name] += reps[1:]   # the first repetition builds or warms up
        device = W.sh([versions[0][2][0], "device"]).strip()
    load_after = os.getloadavg()
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in times.items()}
    commit = subprocess.run(["git", "-C", os.path.dirname(BENCH), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    lines = [
        "# Stream pipeline on the GPU: one kernel for the graph, before and after (one interleaved run)",
        "",
        "- date: %s UTC, nproc = %d, load average (1/5/15 min) before: %s, after: %s" % (
            time.strftime("%Y-%m-%d %H:%M", time.gmtime()), os.cpu_count(),
            " ".join("%.2f" % x for x in load_before), " ".join("%.2f" % x for x in load_after)),
        "- OpenCL device: %s" % device,
        "- after: limec at %s; before: %s; both `limec -O3 --target=cpu,gpu`" % (commit, before),
        "- `bench/stream`, %s samples, %s repetitions per process, %d processes per version, the versions "
        "interleaved round by round; every process printed the same line: `%s`" % (a.n, a.reps, a.runs, ref[0]),
        "- times: each process's `time_ms` but its first (which builds the kernels); median and minimum; a load "
        "average above nproc means other work shared the cores: compare only within this run",
        "",
        "| version | median ms | min ms | vs expert OpenCL (median) |",
        "|---|---:|---:|---:|",
    ]
    for name, title, _, _ in versions:
        lines.append("| %s | %.1f | %.1f | %.2fx |" % (title, med[name], low[name], med[name] / med["expert"]))
    lines += ["", "after / before (median): %.3f; issue #24's target, at least as fast as the expert: %s (%.2fx its "
              "time)." % (med["after"] / med["before"], "met" if med["after"] <= med["expert"] else "missed",
                          med["after"] / med["expert"]), ""]
    with open(a.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
