#!/usr/bin/env python3
"""The stream benchmark on the GPU before and after a change to its one
kernel (issue #24), in one interleaved run: the Lime program built by the
compiler before (LIMEC_BEFORE) and after (LIMEC), both LIME_DEVICE=gpu,
against the expert OpenCL kernel bench/stream/expert.cl on its standalone
host (bench/common/ocl_expert.c, the runtime's build options), and the
after build on the CPU for context.  Optionally LIMEC_ALSO, variants as
`name=/path/to/limec` separated by `;` (each a row, LIME_DEVICE=gpu; a
path may be a script that sets the variant's environment and runs a
limec).  Every run must print the same `result` line.  Writes
bench/results/gpu-stream-ab.md (or --out).

usage: LIMEC_BEFORE=/path/to/old/limec [LIMEC_ALSO='name=/path;...'] python3 bench/gpu/stream_ab.py [--runs N]
       [--n ITEMS] [--reps R] [--out FILE]
environment: LIMEC, LIMEC_BEFORE, LIMEC_ALSO, LIME_AB_BEFORE, LIME_AB_AFTER (the rows' titles), CC (as
bench/harness.py)"""
import os
import statistics
import subprocess
import sys
import tempfile

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, BENCH)
import harness as H  # noqa: E402  (ocl_expert_host: the expert's standalone host)
import window_ab as W  # noqa: E402  (sh, interleaved, arguments, when: shared with bench/window_ab.py)


def build(work, before, also):
    d = os.path.join(BENCH, "stream")
    exes = {}
    for name, limec in [("before", before), ("after", W.LIMEC)] + also:
        exes[name] = os.path.join(work, name)
        W.sh([limec, "-O3", "--target=cpu,gpu", os.path.join(d, "Stream.lime"), os.path.join(BENCH, "common/Rnd.lime"),
              "-o", exes[name]])
    host, err = H.ocl_expert_host()
    if err:
        sys.exit("stream_ab: " + err)
    versions = [
        ("expert", "expert OpenCL (bench/stream/expert.cl, standalone host)",
         [host, "stream", os.path.join(d, "expert.cl"), "stream_expert"], {}),
        ("before", "Lime, LIME_DEVICE=gpu, before (%s)" % os.environ.get("LIME_AB_BEFORE", "LIMEC_BEFORE"),
         [exes["before"]], {"LIME_DEVICE": "gpu"}),
        ("after", "Lime, LIME_DEVICE=gpu, after (%s)" % os.environ.get("LIME_AB_AFTER", "LIMEC"), [exes["after"]],
         {"LIME_DEVICE": "gpu"}),
        ("cpu", "Lime, LIME_DEVICE=cpu (after's build; parallel blocks)", [exes["after"]], {"LIME_DEVICE": "cpu"}),
    ]
    for name, limec in also:
        versions.insert(-1, (name, "Lime, LIME_DEVICE=gpu, variant %s (%s)" % (name, limec), [exes[name]],
                             {"LIME_DEVICE": "gpu"}))
    return versions


def main():
    a = W.arguments(__doc__, "gpu-stream-ab.md")
    before = os.environ.get("LIMEC_BEFORE")
    if not before:
        sys.exit("stream_ab: set LIMEC_BEFORE to the limec built before the change")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as work:
        also = [tuple(v.split("=", 1)) for v in os.environ.get("LIMEC_ALSO", "").split(";") if v]
        versions = build(work, before, also)
        times, ref = W.interleaved(versions, a.runs, [a.n, a.reps], "the expert")
        device = W.sh([versions[0][2][0], "device"]).strip()
    load_after = os.getloadavg()
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in times.items()}
    commit = subprocess.run(["git", "-C", os.path.dirname(BENCH), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    lines = [
        "# Stream pipeline on the GPU: the graph's one kernel, before and after (one interleaved run)",
        "",
        W.when(load_before, load_after),
        "- OpenCL device: %s" % device,
        "- after: limec at %s; before: %s; all `limec -O3 --target=cpu,gpu`" % (commit, before),
        "- `bench/stream`, %s samples, %s repetitions per process, %d processes per version, the versions "
        "interleaved round by round; every process printed the same line: `%s`" % (a.n, a.reps, a.runs, ref),
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
    for name, _ in also:
        lines[-1:-1] = ["%s / before (median): %.3f." % (name, med[name] / med["before"])]
    with open(a.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
