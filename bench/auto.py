#!/usr/bin/env python3
"""LIME_DEVICE=auto against the static choices (issue #21): every benchmark of
bench/harness.py, and the two of bench/auto/, compiled once for the CPU and the
GPU (limec -O3 --target=cpu,gpu: auto never chooses the FPGA's simulators), run
as
  cpu           LIME_DEVICE=cpu
  gpu           LIME_DEVICE=gpu (only where the GPU backend accepted the
                benchmark's tasks: else the static choice is the CPU alone)
  auto          LIME_DEVICE=auto, as a user runs it: a task starts on the CPU,
                gets its device code in the background once hot, and samples
                each size class on both (docs/runtime.md)
  auto-learned  the same with LIME_CHOICES=FILE, the file the earlier auto
                runs of this benchmark wrote (a JIT's profile: the run starts
                from the settled size classes)
round by round (the versions interleaved, so a slow patch of the shared
machine hits all of them).  Every process must print the `result` line of
a LIME_DEVICE=cpu process with as many repetitions.

auto is a JIT: it starts on the CPU, builds device code in the background
and samples each size class before it settles, and a process of the
harness's 4 repetitions of Mandelbrot (90 ms) ends before its build does.
So the repetitions per process (the programs' last argument; the
harness's own counts are 3 to 10) are STATIC_REPS for cpu and gpu, whose
times are steady from the second, and for auto and auto-learned as many
as take AUTO_SECONDS at the best static choice's steady time (measured in
round 1, which runs cpu and gpu first; at least MIN_AUTO_REPS).  Reported
per benchmark: the median of each version's steady repetitions (the
second half of each process's `time_ms`, the first half being its
warm-up, as a JIT benchmark's warm-up iterations), and of all its
repetitions but each process's first (`all`: auto's warm-up included);
auto / best static = auto's median ÷ the faster of cpu's and gpu's
(target: at most 1.1, on the steady medians); and auto's warm-up cost:
the sum of a process's repetitions less as many of the best static
choice's steady time (the median over processes, ms).

bench/auto/Sizes.lime calls one task at 64 elements and at n,
bench/auto/StreamSizes.lime one stream graph at 64 samples and at n: the
report lists each size class's settle (LIME_LOG).  PoCL runs the stream
graph's kernel faster than the CPU on millions of samples, so for
StreamSizes each static choice is wrong for one size, and auto must beat
both (`mixed`: the report says whether it did); Sizes' poly is faster on
the CPU at both sizes on this machine (its target is the 1.1x of every
benchmark).  bench/auto/Dispatch.lime calls a map over an empty array: its
time per call is the dispatch overhead of a task call on the CPU (target:
under 20 us), under LIME_DEVICE=cpu and auto.

usage: python3 bench/auto.py [--quick] [--runs N] [--only NAME,...] [--out FILE]
"""
import argparse
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402  (the benchmarks, sh, machine_info)

ROOT, BENCH, LIMEC = harness.ROOT, harness.BENCH, harness.LIMEC

# The two of bench/auto/: key as in harness.BENCHMARKS (the timed task's method).
AUTO_BENCHMARKS = [
    dict(name="sizes", title="one task at 64 elements and at n", dir="auto", lime="Sizes.lime", key=["poly"],
         args={"full": ["4000000", "2000", "6"], "quick": ["1000000", "500", "5"]},
         size={"full": "2000 calls x 64 + 1 x 4,000,000", "quick": "500 calls x 64 + 1 x 1,000,000"}),
    # the stream graph, whose kernel PoCL runs faster than the CPU on millions of samples (the stream
    # benchmark): the one where the best static choice is wrong for one of the two sizes on this machine
    dict(name="streamsizes", title="one stream graph at 64 samples and at n", dir="auto", lime="StreamSizes.lime",
         key=["stream(step,step,clip)"], mixed=True,
         args={"full": ["10000000", "2000", "16"], "quick": ["2000000", "500", "8"]},
         size={"full": "2000 runs x 64 + 1 x 10,000,000", "quick": "500 runs x 64 + 1 x 2,000,000"}),
    dict(name="dispatch", title="a map over an empty array", dir="auto", lime="Dispatch.lime", key=["inc"],
         args={"full": ["200000", "6"], "quick": ["100000", "5"]},
         size={"full": "200,000 calls", "quick": "100,000 calls"}),
]
VERSIONS = ["cpu", "gpu", "auto", "auto-learned"]
# repetitions of the static versions, auto's seconds of work at the best
# static time, and its fewest repetitions: (full, quick).  The static
# versions need a warm-up too, the heap's growth: saxpy's CPU version at the
# quick size took 10 to 15 ms a repetition for the first 12 of a process,
# then 0.75; so 20 in quick mode as in full, its second half steady.
STATIC_REPS = {"full": 20, "quick": 20}
AUTO_SECONDS = {"full": 2.0, "quick": 0.5}
MIN_AUTO_REPS = {"full": 60, "quick": 20}
MAX_AUTO_REPS = 5000
TARGET = 1.1
DISPATCH_TARGET_US = 20.0


def build(b, work):
    """The executable of b's Lime program, or (None, why); and whether the GPU took its tasks."""
    os.makedirs(work, exist_ok=True)
    exe = os.path.join(work, os.path.splitext(b["lime"])[0])
    src = os.path.join(BENCH, b.get("dir", b["name"]), b["lime"])
    rc, _, err, _ = harness.sh([LIMEC, "-O3", "--target=cpu,gpu", src, os.path.join(BENCH, "common/Rnd.lime"),
                                "-o", exe], timeout=900)
    if rc:
        return None, "limec failed: " + harness.first_line(err), False
    manifest = harness.read_manifest(exe + ".artifacts/manifest.yaml")
    ok, why = harness.acceptance(manifest, b["key"], "gpu")
    return exe, why, ok


# (a stream task's name holds parentheses: "stream(step,clip)@42")
SETTLE = re.compile(r"^lime: task (\d+) \((.*?)\) (\w+) on (\w+): size class 2\^(\d+) .*?(?:best of 3 calls each: (.*?)|\S+ over 4x faster than the rest after a call each: (.*?)|\S+ over 1\.5x faster than the rest after 2 calls each: (.*?)|settled by an earlier run.*?); next", re.M)


def run(exe, args, env):
    """(times, result, stderr) of one process, or raises RuntimeError."""
    e = dict(os.environ)
    e.update(env)
    t0 = time.perf_counter()
    rc, out, err, _ = harness.sh([exe] + args, env=e, timeout=900)
    wall = (time.perf_counter() - t0) * 1e3
    if rc:
        raise RuntimeError("exit status %d: %s" % (rc, harness.first_line(err) or harness.first_line(out)))
    times = [float(m) for m in re.findall(r"^time_ms\s+(\S+)", out, re.M)]
    res = re.findall(r"^result .*$", out, re.M)
    if len(res) != 1 or not times:
        raise RuntimeError("printed %d result lines and %d time_ms lines" % (len(res), len(times)))
    warn = re.search(r"^lime: warning: .*$", err, re.M)
    if warn:
        raise RuntimeError("the runtime warned: " + warn.group(0))
    return times, res[0], err, wall


def best_static(r):
    """The faster static choice's steady median so far (ms), or None."""
    xs = [med(r["steady"][v]) for v in ("cpu", "gpu") if v not in r["status"] and r["steady"][v]]
    return min(xs) if xs else None


def auto_reps(r, mode):
    """auto's repetitions: AUTO_SECONDS of work at the best static steady time."""
    best = best_static(r)
    want = int(AUTO_SECONDS[mode] * 1e3 / best) + 1 if best else MIN_AUTO_REPS[mode]
    return max(MIN_AUTO_REPS[mode], min(MAX_AUTO_REPS, want))


def med(xs):
    return statistics.median(xs) if xs else None


def fmt(x):
    return "" if x is None else harness.fmt(x, 3)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="harness's quick sizes, 3 rounds")
    ap.add_argument("--runs", type=int, help="rounds (default 5, quick 3)")
    ap.add_argument("--only", help="comma-separated benchmark names")
    ap.add_argument("--reps", type=int, help="repetitions of every process (the programs' last argument; default: "
                    "%d for cpu and gpu, %d in quick mode, and for auto as many as take %.1f s (quick %.1f) at the best "
                    "static time)" % (STATIC_REPS["full"], STATIC_REPS["quick"], AUTO_SECONDS["full"],
                                      AUTO_SECONDS["quick"]))
    ap.add_argument("--out", default=os.path.join(BENCH, "results", "vm-auto.md"))
    a = ap.parse_args()
    mode = "quick" if a.quick else "full"
    runs = a.runs or (3 if a.quick else 5)
    allb = [b for b in harness.BENCHMARKS + AUTO_BENCHMARKS if not a.only or b["name"] in a.only.split(",")]
    load_before = harness.loadavg()
    work_root = os.path.join(ROOT, "build/bench/auto")
    rows = []
    for b in allb:
        work = os.path.join(work_root, b["name"])
        harness.log("building %s" % b["name"])
        exe, why, gpu_ok = build(b, work)
        choices = os.path.join(work, "choices")
        # an earlier invocation's files, the rounds' too: auto's fresh runs must start from nothing
        for f in [choices] + [os.path.join(work, n) for n in os.listdir(work) if n.startswith("choices.round")]:
            if os.path.exists(f):
                os.remove(f)
        envs = {"cpu": {"LIME_DEVICE": "cpu"}, "gpu": {"LIME_DEVICE": "gpu"},
                "auto": {"LIME_DEVICE": "auto", "LIME_LOG": "1", "LIME_CHOICES": choices},
                "auto-learned": {"LIME_DEVICE": "auto", "LIME_LOG": "1", "LIME_CHOICES": choices}}
        r = dict(b=b, exe=exe, status={}, steady={v: [] for v in VERSIONS}, all={v: [] for v in VERSIONS},
                 wall={v: [] for v in VERSIONS}, sums={v: [] for v in VERSIONS}, reps={},
                 settles=set(), gpu_ok=gpu_ok, why=why, ref={})
        if not exe:
            r["status"] = {v: why for v in VERSIONS}
        elif not gpu_ok:
            r["status"]["gpu"] = "not accepted: " + why
        rows.append((r, envs))
    t0 = time.time()
    for rnd in range(runs):
        for r, envs in rows:
            # auto's fresh run must not read what an earlier round learned: it
            # writes its own file, which auto-learned (after it) then reads
            for v in VERSIONS:
                if v in r["status"]:
                    continue
                env = dict(envs[v])
                if v == "auto":
                    env["LIME_CHOICES"] = envs["auto"]["LIME_CHOICES"] + ".round%d" % rnd
                    envs["auto-learned"]["LIME_CHOICES"] = env["LIME_CHOICES"]
                if v not in r["reps"]:
                    r["reps"][v] = a.reps or (STATIC_REPS[mode] if v in ("cpu", "gpu") else auto_reps(r, mode))
                reps = r["reps"][v]
                args = r["b"]["args"][mode][:-1] + [str(reps)]
                try:
                    if reps not in r["ref"] and v != "cpu":
                        # a program's result line may depend on its repetitions: a CPU process at
                        # these, untimed, prints the line every process of as many must print
                        r["ref"][reps] = run(r["exe"], args, envs["cpu"])[1], "cpu"
                    times, res, err, wall = run(r["exe"], args, env)
                    r["ref"].setdefault(reps, (res, "cpu"))   # (the cpu version's own line)
                except RuntimeError as e:
                    r["status"][v] = "FAIL: %s" % e
                    harness.log("FAIL %s/%s: %s" % (r["b"]["name"], v, e))
                    continue
                if res != r["ref"][reps][0]:
                    r["status"][v] = "FAIL: result differs: %s printed '%s', %s '%s'" % (
                        r["ref"][reps][1], r["ref"][reps][0], v, res)
                    harness.log(r["status"][v])
                    continue
                r["steady"][v].extend(times[len(times) // 2:])
                r["all"][v].extend(times[1:] if len(times) > 1 else times)
                r["wall"][v].append(wall)
                r["sums"][v].append((sum(times), len(times)))
                if v == "auto":
                    for m in SETTLE.finditer(err):
                        r["settles"].add("task %s (%s) 2^%s: %s" % (m.group(1), m.group(2), m.group(5), m.group(4)))
        harness.log("round %d of %d done (%.0f s)" % (rnd + 1, runs, time.time() - t0))
    write(rows, mode, runs, a.out, load_before, harness.loadavg())
    harness.log("wrote %s" % os.path.relpath(a.out, ROOT))
    if any(s.startswith("FAIL") for r, _ in rows for s in r["status"].values()):
        sys.exit(1)


def write(rows, mode, runs, path, load_before, load_after):
    info = harness.machine_info()
    # (harness's limec line takes the last line of --version, a Verilator note)
    rc, out, _, _ = harness.sh([LIMEC, "--version"])
    commit = harness.sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])[1].strip()
    info = [(k, "%s, repository at %s" % ((out.splitlines() or ["unknown"])[0], commit) if k == "limec" else v)
            for k, v in info]
    L = ["# LIME_DEVICE=auto against the static choices (%s run)" % mode, ""]
    for k, v in info:
        L.append("- %s: %s" % (k, v))
    L.append("- rounds: %d; in each, per benchmark, one process of each version: %s (round 1 runs cpu and gpu "
             "first); the repetitions per process (the programs' last argument: the size column's step count, from "
             "the harness, is replaced) in the `reps` column" % (runs, ", ".join(VERSIONS)))
    L.append("- load average (1/5/15 min) before: %s, after: %s" % (load_before, load_after))
    L += ["", "Times: the median of the second half of each process's repetitions (`steady`, ms: the first half is "
          "the warm-up, auto's build and sampling among it), and of every repetition but each process's first "
          "(`all`).  auto / best = auto's median ÷ the faster static choice's (cpu, or gpu where the GPU backend "
          "took the benchmark's tasks); target at most %.1f, on the steady medians.  Repetitions: %d per process "
          "for cpu and gpu (quick %d); for auto and auto-learned, as many as take %.1f s at the best static steady "
          "time of round 1 (quick %.1f; at least %d, quick %d).  Warm-up cost: the sum of an auto process's "
          "repetitions less as many of the best static choice's steady time, the median over its processes (ms): "
          "what the build in the background, the sampling on the slower side and the first settles on the wrong "
          "side cost the program, all told." % (
              TARGET, STATIC_REPS["full"], STATIC_REPS["quick"], AUTO_SECONDS["full"], AUTO_SECONDS["quick"],
              MIN_AUTO_REPS["full"], MIN_AUTO_REPS["quick"]), ""]
    hdr = "| benchmark | size | gpu took it | reps (static / auto) | " + \
          " | ".join("%s steady" % v for v in VERSIONS) + \
          " | auto / best (steady) | learned / best (steady) | auto / best (all) | auto warm-up cost (ms) | " \
          "learned warm-up cost (ms) | **target (≤ %.1f)** |" % TARGET
    L += [hdr, "|" + "---|" * (hdr.count("|") - 1)]
    csv = ["benchmark,version,reps,steady_ms,all_ms,wall_ms"]
    notes, dispatch = [], []
    for r, _ in rows:
        b = r["b"]
        st = {v: med(r["steady"][v]) if v not in r["status"] else None for v in VERSIONS}
        al = {v: med(r["all"][v]) if v not in r["status"] else None for v in VERSIONS}
        wl = {v: med(r["wall"][v]) if v not in r["status"] else None for v in VERSIONS}
        for v in VERSIONS:
            csv.append("%s,%s,%s,%s" % (b["name"], v, r["reps"].get(v, ""),
                                        ",".join("" if x[v] is None else str(x[v]) for x in (st, al, wl))))
        best = best_static(r)
        static_a = [x for x in (al["cpu"], al["gpu"]) if x is not None]
        ratio = st["auto"] / best if best and st["auto"] else None
        ratio_l = st["auto-learned"] / best if best and st["auto-learned"] else None
        cost = {v: med([t - n * best for t, n in r["sums"][v]]) if best and v not in r["status"] else None
                for v in ("auto", "auto-learned")}
        ratio_a = al["auto"] / min(static_a) if static_a and al["auto"] else None
        verdict = "" if ratio is None else ("met" if ratio <= TARGET else "missed")
        if ratio_l is not None and ratio is not None and ratio > TARGET and ratio_l <= TARGET:
            verdict = "missed fresh, met learned"
        L.append("| %s | %s | %s | %s / %s | %s | %s | %s | %s | %s | %s | %s |" % (
            b["name"], b["size"][mode], "yes" if r["gpu_ok"] else "no", r["reps"].get("cpu", ""),
            r["reps"].get("auto", ""), " | ".join(fmt(st[v]) for v in VERSIONS), fmt(ratio), fmt(ratio_l),
            fmt(ratio_a), fmt(cost["auto"]), fmt(cost["auto-learned"]), verdict))
        if b.get("mixed") and st["auto"] is not None and best:
            notes.append("- %s (small and large calls of one task, each static choice wrong for one): auto %s ms "
                         "against the best static %s ms: %s" % (
                b["name"], fmt(st["auto"]), fmt(best),
                "faster than both static choices (target: met)" if st["auto"] < best
                else "not faster than both static choices (target: missed)"))
        for v, s in sorted(r["status"].items()):
            notes.append("- %s, %s: %s" % (b["name"], v, " ".join(s.split())[:300]))
        if r["settles"]:
            notes.append("- %s, auto's settles (LIME_LOG, any round): %s" % (b["name"], "; ".join(sorted(r["settles"]))))
        if b["name"] == "dispatch":
            calls = int(b["args"][mode][0])
            for v in ("cpu", "auto", "gpu"):
                if st[v] is not None:
                    dispatch.append((v, st[v] * 1e3 / calls))
    L.append("")
    if dispatch:
        L.append("Dispatch overhead (bench/auto/Dispatch.lime: a map over an empty array; steady time ÷ calls): " +
                 ", ".join("%s %.3f us a call" % d for d in dispatch) +
                 "; target under %.0f us on the CPU: %s." % (
                     DISPATCH_TARGET_US,
                     "met" if all(us < DISPATCH_TARGET_US for v, us in dispatch if v != "gpu") else "missed"))
        L.append("")
    if notes:
        L += ["Notes:", ""] + notes + [""]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("\n".join(L))
    with open(os.path.splitext(path)[0] + ".csv", "w") as f:
        f.write("\n".join(csv) + "\n")


if __name__ == "__main__":
    main()
