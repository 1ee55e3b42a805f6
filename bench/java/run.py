#!/usr/bin/env python3
"""Object-heavy Java benchmarks: limec -O3 against the JVM, in one run.

Each program in bench/java/ (BinaryTrees, Dispatch, Exceptions, WordFreq,
Dijkstra) is compiled by `limec -O3` and by javac; both versions run once
untimed and must print exactly the same (stdout and exit status), then they
run N times interleaved (lime, jvm, then jvm, lime the next round, ...), every
run's output checked again.  Reported per program: the median wall time of each
version, Lime/JVM, the JVM's start-up (the median of an empty main, measured in
the same rounds) and the median peak resident memory of each version.

Also recorded: Hello World's (bench/java/Hello.java) executable size and
compile time (median of N compiles) with this limec and, with --old-limec, with
an older limec (bench/java/old-limec.sh builds the one before the Java library
in a clone under /tmp); a limec that cannot compile a program is reported as
such.

Writes bench/results/java-latest.md and .csv (--out DIR: elsewhere).

usage: python3 bench/java/run.py [--quick] [--runs N] [--only A,B] [--old-limec PATH] [--out DIR]
environment: LIMEC, JAVA, JAVAC, OLD_LIMEC (as --old-limec)
"""
import argparse
import csv
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIMEC = os.environ.get("LIMEC", os.path.join(ROOT, "build/bin/limec"))
JAVA = os.environ.get("JAVA", "java")
JAVAC = os.environ.get("JAVAC", "javac")

# (class, what it stresses, size argument: full, quick)
BENCHMARKS = [
    ("BinaryTrees", "allocation and collection of small objects (complete binary trees, depth n)", 18, 14),
    ("Dispatch", "virtual and interface calls over five shape classes (n rounds over 10,007 shapes)", 3000, 300),
    ("Exceptions", "throw/catch through frames with finally, custom and runtime exceptions (n iterations)", 1000000, 100000),
    ("WordFreq", "HashMap<String,Integer>.merge over n seeded random words, sort with a Comparator", 2000000, 200000),
    ("Dijkstra", "PriorityQueue and ArrayList adjacency lists, 4 sources on n vertices, degree 6", 200000, 20000),
]


def die(msg):
    print("bench/java: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def timed(cmd):
    """(stdout, exit status, wall seconds, peak resident KiB) of one run."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.stdout.close()
    return out, os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss


def compile_both(work, cls):
    src = os.path.join(HERE, cls + ".java")
    exe = os.path.join(work, cls)
    r = run([LIMEC, "-O3", src, "-o", exe])
    if r.returncode != 0:
        die(f"limec -O3 {src} failed:\n{r.stderr}")
    classes = os.path.join(work, cls + ".classes")
    r = run([JAVAC, "-d", classes, src])
    if r.returncode != 0:
        die(f"javac {src} failed:\n{r.stderr}")
    return {"lime": [exe], "jvm": [JAVA, "-cp", classes, cls]}


def hello_stats(limec, work, tag, runs):
    """Hello World with one limec: (executable bytes, median compile seconds) or an error line."""
    src = os.path.join(HERE, "Hello.java")
    exe = os.path.join(work, "hello-" + tag)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = run([limec, src, "-o", exe])
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            return None, (r.stderr.strip().splitlines() or ["exit status %d" % r.returncode])[0]
    out = run([exe]).stdout
    if out != "Hello, World!\n":
        return None, "the executable printed %r" % out
    return (os.path.getsize(exe), statistics.median(times)), None


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, nproc = {os.cpu_count()}, {platform.system()} {platform.machine()}"


def loadavg():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "unknown"


def git_commit():
    r = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    c = r.stdout.strip() or "unknown"
    if run(["git", "-C", ROOT, "status", "--porcelain"]).stdout.strip():
        c += " (with uncommitted changes)"
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int)
    ap.add_argument("--only")
    ap.add_argument("--old-limec", default=os.environ.get("OLD_LIMEC"))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/results"))
    a = ap.parse_args()
    runs = a.runs or (3 if a.quick else 5)
    benches = [b for b in BENCHMARKS if not a.only or b[0] in a.only.split(",")]
    for tool in (LIMEC, JAVA, JAVAC):
        if not shutil.which(tool):
            die(f"{tool} not found (run 'make' first; the JDK for java/javac)")
    load_before = loadavg()
    work = tempfile.mkdtemp(prefix="lime-bench-java.")
    try:
        # ---- build, then one untimed run of each version: outputs must agree
        cmds, sizes, expected = {}, {}, {}
        for cls, _, full, quick in benches:
            size = quick if a.quick else full
            sizes[cls] = size
            cmds[cls] = {v: c + [str(size)] for v, c in compile_both(work, cls).items()}
            jout, jst, _, _ = timed(cmds[cls]["jvm"])
            lout, lst, _, _ = timed(cmds[cls]["lime"])
            if (lout, lst) != (jout, jst):
                die(f"{cls} {size}: Lime prints something else than the JVM (status {lst} vs {jst})\n"
                    f"--- JVM ---\n{jout.decode(errors='replace')}--- Lime ---\n{lout.decode(errors='replace')}")
            expected[cls] = (jout, jst)
            print(f"bench/java: {cls} {size}: Lime and the JVM print the same ({len(jout.splitlines())} lines)")
        empty = os.path.join(work, "empty")
        os.makedirs(empty)
        with open(os.path.join(empty, "Empty.java"), "w") as f:
            f.write("public class Empty { public static void main(String[] a) { } }\n")
        if run([JAVAC, "-d", empty, os.path.join(empty, "Empty.java")]).returncode != 0:
            die("javac Empty.java failed")
        startup_cmd = [JAVA, "-cp", empty, "Empty"]

        # ---- timed rounds, interleaved; which version first alternates
        wall = {cls: {"lime": [], "jvm": []} for cls in cmds}
        rss = {cls: {"lime": [], "jvm": []} for cls in cmds}
        startup = []
        for r in range(runs):
            for cls in cmds:
                order = ("lime", "jvm") if r % 2 == 0 else ("jvm", "lime")
                for v in order:
                    out, st, w, m = timed(cmds[cls][v])
                    if (out, st) != expected[cls]:
                        die(f"{cls}: {v} printed something else in round {r + 1}")
                    wall[cls][v].append(w)
                    rss[cls][v].append(m)
            startup.append(timed(startup_cmd)[2])
            print(f"bench/java: round {r + 1} of {runs} done")

        # ---- Hello World: size and compile time, this limec and the old one
        hello = [("this limec (" + git_commit() + ")", LIMEC)]
        if a.old_limec:
            old_rev = run(["git", "-C", os.path.dirname(os.path.dirname(os.path.abspath(a.old_limec))),
                           "log", "-1", "--format=%h %s"]).stdout.strip()
            hello.append(("old limec" + (f" ({old_rev[:80]})" if old_rev else f" ({a.old_limec})"), a.old_limec))
        hello_rows = []
        for i, (label, limec) in enumerate(hello):
            stats, err = hello_stats(limec, work, str(i), runs)
            hello_rows.append((label, stats, err))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    # ---- report
    os.makedirs(a.out, exist_ok=True)
    st = statistics.median(startup)
    mode = "quick" if a.quick else "full"
    md = [f"# Lime object-heavy Java benchmarks ({mode} run)", "",
          f"- date: {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}",
          f"- machine: {machine()}",
          f"- limec: {(run([LIMEC, '--version']).stdout.strip().splitlines() or ['limec'])[0]} -O3, repository at {git_commit()}",
          f"- JVM: {run([JAVA, '-version']).stderr.splitlines()[0]}",
          f"- median of {runs} runs, lime and JVM interleaved (which first alternating by round); "
          "every run's stdout and exit status checked identical to the JVM's",
          f"- JVM start-up (an empty main): {st:.3f} s, included in the JVM column",
          f"- load average (1/5/15 min) before: {load_before}, after: {loadavg()} "
          "(other work on the machine makes times noisy)", "",
          "| benchmark | what it stresses | size | Lime (s) | JVM (s) | Lime/JVM | Lime/(JVM − start-up) "
          "| Lime peak RSS (MiB) | JVM peak RSS (MiB) | target (< JVM) |",
          "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    rows = []
    for cls, what, _, _ in benches:
        lw, jw = statistics.median(wall[cls]["lime"]), statistics.median(wall[cls]["jvm"])
        lm, jm = statistics.median(rss[cls]["lime"]) / 1024, statistics.median(rss[cls]["jvm"]) / 1024
        ratio, net = lw / jw, lw / max(jw - st, 1e-9)
        rows.append([cls, sizes[cls], runs, f"{lw:.3f}", f"{jw:.3f}", f"{st:.3f}", f"{ratio:.2f}",
                     f"{net:.2f}", f"{lm:.1f}", f"{jm:.1f}"])
        md.append(f"| {cls} | {what} | {sizes[cls]} | {lw:.3f} | {jw:.3f} | {ratio:.2f} | {net:.2f} "
                  f"| {lm:.1f} | {jm:.1f} | {'met' if ratio < 1 else '**missed**'} |")
    md += ["", "## Hello World: executable size and compile time", "",
           f"`limec bench/java/Hello.java -o hello` (no -O), median of {runs} compiles.", "",
           "| limec | executable (bytes) | compile (s) |", "|---|---:|---:|"]
    for label, stats, err in hello_rows:
        md.append(f"| {label} | {stats[0]} | {stats[1]:.3f} |" if stats else f"| {label} | cannot compile it: {err} | – |")
    if not a.old_limec:
        md.append("| old limec | not measured (no --old-limec; see bench/java/old-limec.sh) | – |")
    md += ["", "See bench/README.md (\"Object-heavy Java\") and docs/benchmarks.md."]
    with open(os.path.join(a.out, "java-latest.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(a.out, "java-latest.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kind", "name", "size", "runs", "lime_s", "jvm_s", "jvm_startup_s", "lime_over_jvm",
                    "lime_over_jvm_minus_startup", "lime_rss_mib", "jvm_rss_mib", "exe_bytes", "compile_s", "note"])
        for r in rows:
            w.writerow(["benchmark"] + r + ["", "", ""])
        for label, stats, err in hello_rows:
            w.writerow(["hello", label, "", runs] + [""] * 7 +
                       ([stats[0], f"{stats[1]:.3f}", ""] if stats else ["", "", "cannot compile: " + err]))
    print("\n".join(md))
    print(f"bench/java: wrote {a.out}/java-latest.md and .csv")


if __name__ == "__main__":
    main()
