#!/usr/bin/env python3
"""The benchmark harness of issue #7: every version of every benchmark, side by side.

For each benchmark in bench/<name>/ it builds and runs
  java       Naive.java on the JVM (straightforward Java, the baseline)
  c          expert.c, hand-optimised C (cc -O3 -march=native, OpenMP on every core)
  lime-cpu   the Lime program, compiled once by limec -O3, LIME_DEVICE=cpu
  opencl     hand-written OpenCL kernels, timed as a Lime map call is: where the GPU
             backend generated a kernel, the same Lime program with the expert
             kernels copied over the generated ones (and their sha256 rewritten in
             the manifest), so they run through exactly the runtime path the
             generated ones do (as bench/gpu/run.sh does), LIME_DEVICE=gpu; where
             it did not (the backend rejects the task), bench/common/ocl_expert.c,
             a standalone host that makes the same inputs and does what the
             runtime does at each map call (buffers, launch, read-back)
  lime-gpu   the Lime program, LIME_DEVICE=gpu
  verilog    the hand-written Verilog (bench/fpga/), simulated by Verilator,
             driven by a C++ test bench; resources from Yosys (synth_ice40 -dsp)
  lime-fpga  the Lime program, LIME_DEVICE=fpga
A Lime device version runs only where the backend accepted the benchmark's tasks
(prog.artifacts/manifest.yaml); otherwise the report says "<device>: not accepted:
<reason>", and the run is picked up by itself once the backend accepts them.

Every process prints `time_ms T` per repetition of its timed part (measured by the
program around the compute only) and one `result ...` line; every run of every
version must print the naive Java's result line before any of its times is
reported.  The harness also measures each process's wall time.  Reported, per
version: the median kernel time (all repetitions but each process's first), the
median first repetition (JIT warm-up, OpenCL kernel build), the median wall time
and the median of wall - sum of repetitions (start-up, input generation,
transfers outside the timed part, exit).  Writes bench/results/latest.md, .csv and
.svg (gnuplot); --name NAME writes NAME.md, .csv and .svg instead.

usage: python3 bench/harness.py [--quick] [--runs N] [--only NAME,...] [--out DIR] [--name NAME]
environment: LIMEC, CC, JAVA, JAVAC, VERILATOR, YOSYS, GNUPLOT
"""
import argparse
import csv
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
LIMEC = os.environ.get("LIMEC", os.path.join(ROOT, "build/bin/limec"))
CC = os.environ.get("CC", "cc")
CFLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno", "-fopenmp"]
FPGA_PART = "up5k"   # limec --fpga-part: the FPGA tasks placed and routed with nextpnr, their real clock
JAVA = os.environ.get("JAVA", "java")
JAVAC = os.environ.get("JAVAC", "javac")
VERILATOR = os.environ.get("VERILATOR", "verilator")
YOSYS = os.environ.get("YOSYS", "yosys")
GNUPLOT = os.environ.get("GNUPLOT", "gnuplot")
FLOAT = os.path.join(ROOT, "artifacts/float")
INT = os.path.join(ROOT, "artifacts/int")

# The benchmarks.  key: the Lime tasks (method names as in the manifest,
# name@line) that make the benchmark; a device version runs when its backend
# accepted all of them.  cl: method -> hand-written kernel replacing that task.
# cl_alone: the hand-written kernel bench/common/ocl_expert.c runs where the GPU
# backend generated no kernel for the cl (or key) tasks to replace.
# verilog: the hand-written module, its test bench, and any store modules it uses.
# args: the program arguments (the last is the number of repetitions) in full
# and quick mode; every version takes the same arguments.
# fpga_ipc: lime-fpga's target includes one item a clock; fpga_source_items:
# its items are the source items (the first argument), not the outputs the
# runtime's profile counts (a multi-rate graph's).  fpga_size: the arguments
# of the FPGA versions (verilog and lime-fpga) in full and quick mode, where
# simulating the benchmark's own size takes too long, and "size", what they
# are; their result line is checked against naive Java's at that size.
BENCHMARKS = [
    dict(name="nbody", title="N-body, all pairs (float)", lime="NBody.lime", key=["accel"],
         cl={"accel": "nbody/expert.cl"}, parallel=True,
         args={"full": ["8192", "5"], "quick": ["2048", "3"]},
         size={"full": "8192 bodies, 5 steps", "quick": "2048 bodies, 3 steps"},
         # n^2 passes of the loop engine a step, simulated; on the UP5K the seven copies of the arrays
         # hold 512 bodies (docs/fpga.md, broadcast arrays)
         fpga_size={"full": ["256", "3"], "quick": ["96", "2"],
                    "size": {"full": "256 bodies, 3 steps", "quick": "96 bodies, 2 steps"}}),
    dict(name="mandelbrot", title="Mandelbrot (float)", lime="Mandelbrot.lime", key=["point"],
         cl={"point": "gpu/expert/Mandel.cl"}, parallel=True,
         verilog=dict(top="mandelbrot", files=["fpga/mandelbrot.v", INT + "/int_div.v", FLOAT + "/fp32_from_int.v",
                                               FLOAT + "/fp32_div.v", FLOAT + "/fp32_mul.v", FLOAT + "/fp32_add.v",
                                               FLOAT + "/fp32_cmp.v"],
                      tb="fpga/mandelbrot_tb.cpp", what="the point map as a loop engine in Verilog"),
         args={"full": ["2048", "1536", "256", "4"], "quick": ["512", "384", "256", "3"]},
         size={"full": "2048 x 1536, max 256", "quick": "512 x 384, max 256"},
         # the simulation runs about a million iterations a second: the whole image would take minutes a run
         fpga_size={"full": ["256", "192", "256", "3"], "quick": ["128", "96", "256", "2"],
                    "size": {"full": "256 x 192, max 256", "quick": "128 x 96, max 256"}}),
    dict(name="blackscholes", title="Black-Scholes (double)", lime="BlackScholes.lime", key=["price"],
         cl={"price": "blackscholes/expert.cl"}, cl_alone="blackscholes/expert.cl", parallel=True,
         args={"full": ["4000000", "4"], "quick": ["500000", "3"]},
         size={"full": "4,000,000 options", "quick": "500,000 options"},
         # price is a folded design (docs/fpga.md): an option every 26 clocks, simulated
         fpga_size={"full": ["2000", "3"], "quick": ["500", "2"],
                    "size": {"full": "2,000 options", "quick": "500 options"}}),
    dict(name="matmul", title="matrix multiply (float)", lime="MatMul.lime", key=["cell"],
         cl={"cell": "matmul/expert.cl"}, parallel=True,
         verilog=dict(top="matmul", files=["fpga/matmul.v", FLOAT + "/fp32_mul.v", FLOAT + "/fp32_add.v"],
                      tb="fpga/matmul_tb.cpp", what="the cell map in Verilog: A and B in block RAM, 8 cells in flight"),
         args={"full": ["768", "4"], "quick": ["256", "3"]},
         size={"full": "768 x 768", "quick": "256 x 256"},
         # n^3 passes of the loop engine, simulated; A and B in block RAM, n * n at most 1024 words each
         # (the expert's LOG_DEPTH, the backend's default depth; on the UP5K n <= 32)
         fpga_size={"full": ["32", "3"], "quick": ["20", "2"],
                    "size": {"full": "32 x 32", "quick": "20 x 20"}}),
    dict(name="saxpy", title="saxpy + dot product (float, double sum)", lime="Saxpy.lime",
         key=["saxpy", "prod", "'+'"], cl={"saxpy": "gpu/expert/Saxpy.cl", "prod": "saxpy/expert_prod.cl"},
         parallel=True, fpga_key=["saxpy"],
         verilog=dict(top="saxpy", files=["fpga/saxpy.v", FLOAT + "/fp32_mul.v", FLOAT + "/fp32_add.v"],
                      tb="fpga/saxpy_tb.cpp", what="the saxpy map in Verilog; z . x reduced on the host"),
         args={"full": ["10000000", "10"], "quick": ["2000000", "5"]},
         size={"full": "10,000,000 floats", "quick": "2,000,000 floats"}),
    dict(name="stream", title="int stream: FIR 8 taps + delta + clip", lime="Stream.lime",
         key=["stream(step,step,clip)"], cl={}, cl_alone="stream/expert.cl", parallel=False, fpga_key=["stream(step,step,clip)"],
         verilog=dict(top="stream_pipeline", files=["fpga/stream_pipeline.v"], tb="fpga/stream_pipeline_tb.cpp",
                      what="the whole graph in Verilog"),
         # 10 repetitions (4 before): each allocates its 40 MB output, and the collector's heap grows over
         # the first three, which were then most of the median (saxpy's 10 for the same reason)
         args={"full": ["10000000", "10"], "quick": ["1000000", "3"]},
         size={"full": "10,000,000 samples", "quick": "1,000,000 samples"}),
    # CPU and GPU take the block map; the FPGA the word filter (`stream`, the third argument,
    # passed to lime-fpga only: the FPGA backend rejects a map with array operands)
    dict(name="crc32", title="CRC-32 of a byte buffer (bit[[32]])", lime="Crc32.lime", key=["block"],
         cl={"block": "crc32/expert.cl"}, parallel=True, cpu_target=1.5,
         fpga_key=["stream(step)"], fpga_args=["stream"], fpga_ipc=True,
         verilog=dict(top="crc32_words", files=["fpga/crc32_words.v"], tb="fpga/crc32_words_tb.cpp",
                      what="the word filter in Verilog, one word (4 bytes) a clock"),
         args={"full": ["16777216", "5"], "quick": ["4194304", "3"]},
         size={"full": "16 MiB", "quick": "4 MiB"}),
    # the GPU backend runs the graph as one kernel over whole periods (no hand-written OpenCL);
    # the Verilog is there for the FPGA backend's rate adapters to be measured against
    dict(name="multirate", title="multi-rate chain: 2:1 FIR decimator, 3:2 resampler, 1:2 interpolator",
         lime="MultiRate.lime", key=["stream(decim,resample,interp,gain)"], cl={}, parallel=True, cpu_target=1.5,
         fpga_ipc=True, fpga_source_items=True,
         verilog=dict(top="multirate_chain", files=["fpga/multirate_chain.v"], tb="fpga/multirate_chain_tb.cpp",
                      what="the whole chain in Verilog, one sample a clock"),
         args={"full": ["12000000", "10"], "quick": ["1200000", "3"]},   # 10 (5 before): as stream's
         size={"full": "12,000,000 samples", "quick": "1,200,000 samples"}),
]
VERSIONS = ["java", "c", "lime-cpu", "opencl", "lime-gpu", "verilog", "lime-fpga"]
DEVICE = {"java": "cpu", "c": "cpu", "lime-cpu": "cpu", "opencl": "gpu", "lime-gpu": "gpu",
          "verilog": "fpga", "lime-fpga": "fpga"}
EXPERT = {"lime-cpu": "c", "lime-gpu": "opencl", "lime-fpga": "verilog"}
LABEL = {"java": "naive Java (JVM)", "c": "expert C (OpenMP)", "lime-cpu": "Lime, LIME_DEVICE=cpu",
         "opencl": "expert OpenCL", "lime-gpu": "Lime, LIME_DEVICE=gpu", "verilog": "expert Verilog (Verilator)",
         "lime-fpga": "Lime, LIME_DEVICE=fpga"}


def log(msg):
    print("bench: " + msg, flush=True)


def sh(cmd, cwd=None, env=None, timeout=None):
    """Runs cmd; returns (status, stdout, stderr, seconds)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError as e:
        return 127, "", str(e), 0.0
    except subprocess.TimeoutExpired:
        return 124, "", "timed out after %s s" % timeout, float(timeout)
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t0


def last_line(text):
    """The last non-empty line (of a failing tool's output: its error, as a rule)."""
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1][:300] if lines else ""


def sha_of(paths):
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def read_manifest(path):
    import yaml
    with open(path) as f:
        return yaml.safe_load(f)


def tasks_named(manifest, method):
    """The manifest's tasks for a method (names are method@line)."""
    return [t for t in manifest.get("tasks") or [] if str(t.get("name", "")).split("@")[0] == method]


def acceptance(manifest, methods, backend):
    """(accepted, reason): whether `backend` accepted every task of `methods`."""
    reasons = []
    for m in methods:
        ts = tasks_named(manifest, m)
        if not ts:
            reasons.append("no task named %s@... in the manifest" % m)
        for t in ts:
            b = (t.get("backends") or {}).get(backend) or {}
            if not b.get("accepted"):
                r = " ".join(str(b.get("reason", "no reason given")).split())
                reasons.append("task %s (%s): %s" % (t["id"], t["name"], r))
    return (not reasons), "; ".join(dict.fromkeys(reasons))


class Version:
    def __init__(self, name):
        self.name = name
        self.cmd = None          # argv prefix; the benchmark's args are appended
        self.env = {}
        self.cwd = None
        self.status = "ok"       # ok | "not accepted: ..." | "not run: ..." | "FAIL: ..."
        self.check_tasks = []    # (task id, device) that LIME_LOG must show
        self.walls, self.first, self.steady, self.overhead = [], [], [], []
        self.cycles = self.items = None
        self.resources = None    # dict lut ff dsp bram
        self.profile = []        # LIME_PROFILE lines of one run
        self.alone = []          # kernel_ms lines: the kernel alone (profiling events), standalone host
        self.note = ""
        self.fallbacks = []      # other tasks the runtime moved back to the CPU (LIME_LOG warnings)
        self.extra_args = []     # appended to the benchmark's args (lime-fpga: the benchmark's fpga_args)
        self.build_s = None      # lime-fpga: (cold, cached) seconds of its tasks' FPGA build, the longest task


# ---- building -----------------------------------------------------------------

def build_benchmark(b, work, have_ocl):
    """Builds every version of benchmark b under work/; returns {version: Version}."""
    d = os.path.join(BENCH, b["name"])
    vs = {v: Version(v) for v in VERSIONS}
    os.makedirs(work, exist_ok=True)

    # naive Java
    jdir = os.path.join(work, "java")
    os.makedirs(jdir, exist_ok=True)
    rc, _, err, _ = sh([JAVAC, "-d", jdir, os.path.join(d, "Naive.java"), os.path.join(BENCH, "common/Rnd.java")])
    if rc:
        vs["java"].status = "not run: javac failed: " + last_line(err)
    vs["java"].cmd = [JAVA, "-cp", jdir, "Naive"]

    # expert C
    exe = os.path.join(work, "expert")
    rc, _, err, _ = sh([CC] + CFLAGS + ["-o", exe, os.path.join(d, "expert.c"), "-lm"])
    if rc:
        vs["c"].status = "not run: %s failed: %s" % (CC, last_line(err))
    vs["c"].cmd = [exe]

    # Lime, compiled once
    ldir = os.path.join(work, "lime")
    shutil.rmtree(ldir, ignore_errors=True)
    os.makedirs(ldir)
    prog = os.path.splitext(b["lime"])[0]
    lexe = os.path.join(ldir, prog)
    # with a cache of its own, emptied first: the FPGA builds are cold (timed below), then cached
    lime_cmd = [LIMEC, "-O3", "--fpga-part=" + FPGA_PART, os.path.join(d, b["lime"]),
                os.path.join(BENCH, "common/Rnd.lime"), "-o", lexe]
    # LIME_FPGA_MAX_CELLS=0: every design the backend accepts is built, however large
    cache_env = dict(os.environ, LIME_CACHE=os.path.join(work, "lime-cache"), LIME_FPGA_MAX_CELLS="0")
    shutil.rmtree(cache_env["LIME_CACHE"], ignore_errors=True)
    rc, _, err, _ = sh(lime_cmd, env=cache_env)
    manifest = None
    if rc:
        for v in ("lime-cpu", "lime-gpu", "lime-fpga", "opencl"):
            vs[v].status = "not run: limec failed: " + last_line(err)
    else:
        manifest = read_manifest(lexe + ".artifacts/manifest.yaml")
    for v in ("lime-cpu", "lime-gpu", "lime-fpga"):
        vs[v].cmd = [lexe]
        vs[v].env = {"LIME_DEVICE": DEVICE[v], "LIME_LOG": "1", "LIME_PROFILE": "1"}
    if manifest is not None:
        ok, why = acceptance(manifest, b["key"], "gpu")
        if not ok:
            vs["lime-gpu"].status = "not accepted: " + why
        elif not have_ocl[0]:
            vs["lime-gpu"].status = "not run: " + have_ocl[1]
        else:
            vs["lime-gpu"].check_tasks = [(t["id"], "gpu") for m in b["key"] for t in tasks_named(manifest, m)]
        fkey = b.get("fpga_key", b["key"])
        ok, why = acceptance(manifest, fkey, "fpga")
        if not ok:
            vs["lime-fpga"].status = "not accepted: " + why
        else:
            vs["lime-fpga"].check_tasks = [(t["id"], "fpga") for m in fkey for t in tasks_named(manifest, m)]
            vs["lime-fpga"].extra_args = list(b.get("fpga_args", []))
            if b.get("fpga_args"):
                vs["lime-fpga"].note = "program arguments + %s" % " ".join(b["fpga_args"])
            vs["lime-fpga"].resources = fpga_resources(manifest, fkey, lexe + ".artifacts", work)
            ids = {t["id"] for m in fkey for t in tasks_named(manifest, m)}
            rc2, _, err2, _ = sh(lime_cmd, env=cache_env)
            vs["lime-fpga"].build_s = (fpga_build_seconds(err, ids), fpga_build_seconds(err2, ids) if rc2 == 0 else None)
        build_opencl_expert(b, vs["opencl"], manifest, lexe, work, have_ocl)

    build_verilog(b, vs["verilog"], work)
    if b.get("fpga_size"):
        sizes = b["fpga_size"]["size"]
        for v in ("verilog", "lime-fpga"):
            vs[v].note = "; ".join(x for x in (vs[v].note, "at %s (quick: %s): the simulation of the benchmark's size "
                                               "takes too long" % (sizes["full"], sizes["quick"])) if x)
    return vs


def rebind_executable(exe, old_sha, new_sha):
    """The executable's manifest binding (lime_manifest_sha256, the SHA-256 of
    the manifest written with it: the runtime refuses any other) moved to the
    rewritten manifest; None, or why not."""
    with open(exe, "rb") as f:
        data = f.read()
    if data.count(old_sha.encode()) != 1:
        return "the manifest's sha256 %s is not in %s exactly once" % (old_sha, exe)
    with open(exe, "wb") as f:
        f.write(data.replace(old_sha.encode(), new_sha.encode()))
    return None


def build_opencl_expert(b, v, manifest, lexe, work, have_ocl):
    ok, why = acceptance(manifest, list(b["cl"]) or b["key"], "gpu")
    if not ok or not b["cl"]:
        if b.get("cl_alone"):
            build_opencl_alone(b, v, have_ocl)
        else:
            v.status = "not run: no hand-written OpenCL for this benchmark"
        return
    if not have_ocl[0]:
        v.status = "not run: " + have_ocl[1]
        return
    odir = os.path.join(work, "opencl")
    shutil.rmtree(odir, ignore_errors=True)
    os.makedirs(odir)
    prog = os.path.basename(lexe)
    shutil.copy2(lexe, odir)
    shutil.copytree(lexe + ".artifacts", os.path.join(odir, prog + ".artifacts"))
    man_path = os.path.join(odir, prog + ".artifacts/manifest.yaml")
    with open(man_path) as f:
        man_text = f.read()
    man_sha = hashlib.sha256(man_text.encode()).hexdigest()
    for method, cl in b["cl"].items():
        ts = tasks_named(manifest, method)
        if len(ts) != 1:
            v.status = "not run: %d tasks named %s@... (want one)" % (len(ts), method)
            return
        t = ts[0]
        g = t["backends"]["gpu"]
        with open(os.path.join(BENCH, cl)) as f:
            src = f.read()
        if not re.search(r"\blime_task_\d+\b", src):
            v.status = "not run: %s defines no kernel lime_task_N" % cl
            return
        src = re.sub(r"\blime_task_\d+\b", g.get("kernel", "lime_task_%d" % t["id"]), src)
        dest = os.path.join(odir, prog + ".artifacts", g["artifact"])
        with open(dest, "w") as f:
            f.write(src)
        new = hashlib.sha256(src.encode()).hexdigest()
        if man_text.count(g["sha256"]) != 1:
            v.status = "not run: task %s's sha256 is not in the manifest exactly once" % t["id"]
            return
        man_text = man_text.replace(g["sha256"], new)
        v.check_tasks.append((t["id"], "gpu"))
        v.note += "%s as task %s; " % (cl, t["id"])
    v.note = "Lime runtime path: " + v.note
    with open(man_path, "w") as f:
        f.write(man_text)
    why = rebind_executable(os.path.join(odir, prog), man_sha, hashlib.sha256(man_text.encode()).hexdigest())
    if why:
        v.status = "not run: " + why
        return
    v.cmd = [os.path.join(odir, prog)]
    v.env = {"LIME_DEVICE": "gpu", "LIME_LOG": "1"}


_ocl_host = []   # (exe, None) or (None, why): bench/common/ocl_expert.c, built once per harness run


def ocl_expert_host():
    """Builds bench/common/ocl_expert.c with CC and the runtime's own OpenCL build options."""
    if _ocl_host:
        return _ocl_host[0]
    src = os.path.join(ROOT, "runtime/opencl.c")
    with open(src) as f:
        m = re.search(r'BUILD_OPTIONS\s*=\s*("[^"]*")', f.read())
    if not m:
        _ocl_host.append((None, "no BUILD_OPTIONS string in runtime/opencl.c"))
        return _ocl_host[0]
    exe = os.path.join(ROOT, "build/bench/ocl_expert")
    os.makedirs(os.path.dirname(exe), exist_ok=True)
    rc, out, err, _ = sh([CC] + CFLAGS + ["-DOCL_BUILD_OPTIONS=" + m.group(1), "-o", exe,
                                          os.path.join(BENCH, "common/ocl_expert.c"), "-lOpenCL", "-lm"])
    if rc:
        _ocl_host.append((None, "%s could not build bench/common/ocl_expert.c (-lOpenCL): %s"
                          % (CC, last_line(err + out))))
        return _ocl_host[0]
    rc, out, err, _ = sh([exe, "device"])
    if rc:
        _ocl_host.append((None, "no OpenCL device: " + (last_line(err + out) or "exit status %d" % rc)))
    else:
        _ocl_host.append((exe, None))
    return _ocl_host[0]


def build_opencl_alone(b, v, have_ocl):
    """The expert OpenCL of a benchmark with no generated kernel: the standalone host."""
    if not have_ocl[0]:
        v.status = "not run: " + have_ocl[1]
        return
    exe, err = ocl_expert_host()
    if err:
        v.status = "not run: " + err
        return
    cl = os.path.join(BENCH, b["cl_alone"])
    with open(cl) as f:
        kernels = re.findall(r"__kernel\s+void\s+(\w+)", f.read())
    if len(kernels) != 1:
        v.status = "not run: %s defines %d kernels (want one)" % (b["cl_alone"], len(kernels))
        return
    v.cmd = [exe, b["name"], cl, kernels[0]]
    # why there is no generated kernel: the lime-gpu row's "not accepted" reason
    v.note = "own host bench/common/ocl_expert.c (no generated kernel to replace): " + b["cl_alone"]


def build_verilog(b, v, work):
    spec = b.get("verilog")
    if not spec:
        v.status = "not run: no hand-written Verilog for this benchmark"
        return
    files = [f if os.path.isabs(f) else os.path.join(BENCH, f) for f in spec["files"]]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        v.status = "not run: missing " + ", ".join(os.path.relpath(f, ROOT) for f in missing)
        return
    if not shutil.which(VERILATOR):
        v.status = "not run: %s not found" % VERILATOR
        return
    tb = os.path.join(BENCH, spec["tb"])
    srcs = files + [tb, os.path.join(BENCH, "fpga/tb_stream.h")]
    key = sha_of(srcs)[:16]
    vdir = os.path.join(work, "verilator-" + key)   # rebuilt only when a source changes
    exe = os.path.join(vdir, "sim")
    if not os.path.exists(exe):
        log("%s: building %s in Verilator" % (b["name"], spec["top"]))
        rc, out, err, _ = sh([VERILATOR, "--cc", "--exe", "--build", "-O3", "-Wno-fatal", "-j", "2",
                              "--top-module", spec["top"], "--Mdir", vdir, "-o", "sim",
                              "-CFLAGS", "-O2 -ffp-contract=off -I" + os.path.join(BENCH, "fpga")] + files + [tb])
        if rc:
            v.status = "not run: Verilator failed: " + last_line(err + out)
            return
    v.cmd = [exe]
    v.note = spec["what"]
    v.resources = yosys_stat(files, spec["top"], work)


def yosys_stat(files, top, work):
    """LUT/FF/DSP/BRAM of `top` by synth_ice40 -dsp (as artifacts/measure.sh), cached by source hash."""
    if not shutil.which(YOSYS):
        return {"error": "%s not found" % YOSYS}
    key = sha_of(files)[:16]
    cache = os.path.join(work, "yosys-%s-%s.txt" % (top, key))
    if not os.path.exists(cache):
        script = "; ".join(["read_verilog %s" % f for f in files] + ["synth_ice40 -dsp -top %s" % top, "stat"])
        rc, out, err, _ = sh([YOSYS, "-q", "-p", script + "; tee -o %s stat" % (cache + ".log")])
        if rc or not os.path.exists(cache + ".log"):
            return {"error": "yosys failed: " + last_line(err + out)}
        os.replace(cache + ".log", cache)
    cells = {}
    with open(cache) as f:
        for line in f:
            m = re.match(r"\s+(SB_\w+)\s+(\d+)\s*$", line)
            if m:
                cells[m.group(1)] = cells.get(m.group(1), 0) + int(m.group(2))
    return {"lut": cells.get("SB_LUT4", 0),
            "ff": sum(n for c, n in cells.items() if c.startswith("SB_DFF")),
            "carry": cells.get("SB_CARRY", 0), "dsp": cells.get("SB_MAC16", 0),
            "bram": sum(n for c, n in cells.items() if c.startswith("SB_RAM40_4K"))}


# limec's progress lines: "limec: fpga: task3 point: synthesised with Yosys ..., Verilator model built (12.3 s)",
# each with the seconds since that task's build began (docs/fpga.md, The build)
FPGA_PROGRESS = re.compile(r"^limec: fpga: task(\d+) \S+: .* \(([\d.]+) s\)$", re.M)


def fpga_build_seconds(stderr, ids):
    """The longest build of these tasks in one limec run (seconds from each one's start to its last
    progress line: synthesis, model and place and route, or the cache's copy), None if none printed."""
    times = [float(t) for i, t in FPGA_PROGRESS.findall(stderr) if int(i) in ids]
    return max(times) if times else None


def fpga_resources(manifest, methods, artdir, work):
    """Resources of the FPGA backend's modules for these tasks: the manifest's own
    figures where it gives them (a resources map with lut/ff/dsp/bram, possibly
    under ice40), else Yosys on each distinct Verilog artifact it names."""
    total, seen = {}, set()
    for m in methods:
        for t in tasks_named(manifest, m):
            f = (t.get("backends") or {}).get("fpga") or {}
            res = f if "lut" in f else f.get("resources")
            if isinstance(res, dict) and isinstance(res.get("ice40"), dict):
                res = res["ice40"]
            art = f.get("verilog") or f.get("artifact")
            ident = art or ("task", t["id"])
            if ident in seen:
                continue
            seen.add(ident)
            if not (isinstance(res, dict) and "lut" in res):
                if not art or not str(art).endswith(".v"):
                    return {"error": "the manifest gives no resources and no Verilog for task %s" % t["id"]}
                path = os.path.join(artdir, art)
                with open(path) as fh:
                    mods = re.findall(r"^\s*module\s+(\w+)", fh.read(), re.M)
                top = "lime_task%s" % t["id"] if "lime_task%s" % t["id"] in mods else (mods[-1] if mods else None)
                res = yosys_stat([path], top, work)
                if "error" in res:
                    return res
            for k in ("lut", "ff", "carry", "dsp", "bram"):
                total[k] = total.get(k, 0) + int(res.get(k, 0) or 0)
            if f.get("fmax_mhz"):
                total["fmax_mhz"] = min(float(f["fmax_mhz"]), total.get("fmax_mhz", float("inf")))
                if f.get("fmax_from") != "nextpnr":
                    total["fmax_estimated"] = True
    return total


def probe_opencl():
    """(present, why): whether an OpenCL device is there at all (clinfo)."""
    if not shutil.which("clinfo"):
        return True, ""   # cannot tell: let the runs show it
    rc, out, err, _ = sh(["clinfo", "-l"])
    if rc or "Device" not in out:
        return False, "no OpenCL platform or device (clinfo -l)"
    return True, ""


# ---- running ------------------------------------------------------------------

# LIME_PROFILE=1, per call: "lime: profile: task 2 (saxpy@19) on fpga: 2000000 items in 2000009 cycles ..."
PROFILE_FPGA = re.compile(r"task (\d+) \(.*\) on fpga: (\d+) items in (\d+) cycles")


def run_once(b, v, args, reference):
    """One process of version v; returns None or an error text.  Sets reference[0] on the first result."""
    env = dict(os.environ)
    env.update(v.env)
    rc, out, err, wall = sh(v.cmd + args + v.extra_args, env=env, timeout=600)
    if rc:
        return "exit status %d: %s" % (rc, last_line(err) or last_line(out))
    times = [float(m) for m in re.findall(r"^time_ms\s+(\S+)", out, re.M)]
    res = re.findall(r"^result .*$", out, re.M)
    if len(res) != 1 or not times:
        return "printed %d result lines and %d time_ms lines" % (len(res), len(times))
    if reference[0] is None:
        reference[0] = (res[0], v.name)
    elif res[0] != reference[0][0]:
        return "result differs: %s printed '%s', %s printed '%s'" % (reference[0][1], reference[0][0], v.name, res[0])
    for tid, dev in v.check_tasks:
        lines = re.findall(r"^lime: task %s \(.*$" % tid, err, re.M)
        if not lines or not all((" on %s" % dev) in l for l in lines):
            return "task %s did not run on the %s device: %s" % (tid, dev, (lines or ["(no LIME_LOG line)"])[0])
    for tid, dev in v.check_tasks:   # a fallback of another task (input generation) is only noted
        w = re.search(r"^lime: warning: task %s \(.*$" % tid, err, re.M)
        if w:
            return "the runtime warned: " + w.group(0)
    warned = re.findall(r"^lime: warning: (task \d+ \([^)]*\)) cannot run on the (\w+)", err, re.M)
    if warned:
        v.fallbacks = sorted(set("%s on the CPU (not on the %s)" % w for w in warned))
    alone = [float(m) for m in re.findall(r"^kernel_ms\s+(\S+)", out, re.M)]
    v.alone.extend(alone[1:] if len(alone) > 1 else alone)
    v.walls.append(wall * 1e3)
    v.first.append(times[0])
    v.steady.extend(times[1:] if len(times) > 1 else times)
    v.overhead.append(wall * 1e3 - sum(times))
    m = re.search(r"^fpga_cycles\s+(\d+)\s+items\s+(\d+)", out, re.M)
    if m:
        v.cycles, v.items = int(m.group(1)), int(m.group(2))
    prof = [l for l in err.splitlines() if "profile" in l.lower() or "cycles" in l.lower()]
    if prof:
        v.profile = prof
        if v.name == "lime-fpga":   # one call: the last line of each task (its items and cycles)
            last = {}
            for line in prof:
                m = PROFILE_FPGA.search(line)
                if m:
                    last[m.group(1)] = (int(m.group(2)), int(m.group(3)))
            keys = {str(i) for i, dev in v.check_tasks if dev == "fpga"}   # the benchmark's own tasks
            last = {k: ic for k, ic in last.items() if not keys or k in keys}
            if last:
                v.items = max(i for i, _ in last.values())
                v.cycles = sum(c for _, c in last.values())
    return None


def fpga_size_of(b, name, mode):
    """The size a version ran at: the FPGA versions' own where the benchmark gives one."""
    if DEVICE[name] == "fpga" and b.get("fpga_size"):
        return b["fpga_size"]["size"][mode]
    return b["size"][mode]


def med(xs):
    return statistics.median(xs) if xs else None


# ---- reporting ----------------------------------------------------------------

def fmt(x, digits=2):
    if x is None:
        return ""
    if abs(x) >= 100:
        return "%.0f" % x
    if abs(x) >= 10:
        return "%.1f" % x
    return "%.*f" % (digits, x)


def machine_info():
    def out(cmd):
        rc, o, e, _ = sh(cmd)
        lines = [l for l in (o + e).splitlines() if l.strip()]   # (a version: the first line)
        return lines[0][:300] if rc == 0 and lines else "unknown"
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = re.search(r"model name\s*:\s*(.*)", f.read()).group(1)
    except (OSError, AttributeError):
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            mem = "%.0f GiB" % (int(re.search(r"MemTotal:\s*(\d+)", f.read()).group(1)) / 2**20)
    except (OSError, AttributeError):
        pass
    _, jv, je, _ = sh([JAVA, "-version"])
    ocl = "none found"
    rc2, co, _, _ = sh(["clinfo", "-l"]) if shutil.which("clinfo") else (1, "", "", 0)
    if rc2 == 0:
        ocl = "; ".join(l.strip() for l in co.splitlines() if l.strip()) or ocl
    commit = out(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    if sh(["git", "-C", ROOT, "status", "--porcelain", "--", "bench", ":!bench/results"])[1].strip():
        commit += " (bench/ with uncommitted changes)"
    return [
        ("date", time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())),
        ("host", "%s, %d cores (nproc), %s memory, %s" % (cpu, os.cpu_count() or 0, mem, platform.platform())),
        ("C", "%s, %s" % ((sh([CC, "--version"])[1].splitlines() or ["unknown"])[0], " ".join(CFLAGS))),
        ("JVM", (je or jv).splitlines()[0] if (je or jv) else "unknown"),
        ("limec", "%s, repository at %s" % (out([LIMEC, "--version"]), commit)),
        ("OpenCL (clinfo -l)", ocl),
        ("Verilator / Yosys", "%s / %s" % (out([VERILATOR, "--version"]), out([YOSYS, "-V"]))),
    ]


def target_text(b, vs, name):
    """(text, met) for a Lime version's targets; met is None where no target applies."""
    v = vs[name]
    if v.status != "ok":
        return "", None
    parts, met = [], True
    k = med(v.steady)
    if name == "lime-cpu":
        j = med(vs["java"].steady) if vs["java"].status == "ok" else None
        c = med(vs["c"].steady) if vs["c"].status == "ok" else None
        if b["parallel"] and j:
            ok = j / k >= 2.0
            met &= ok
            parts.append("≥ 2x naive Java: %s (%.2fx)" % ("met" if ok else "**MISSED**", j / k))
        if c:
            lim = b.get("cpu_target", 1.1)
            ok = k / c <= lim
            met &= ok
            parts.append("≤ %gx expert C: %s (%.2fx)" % (lim, "met" if ok else "**MISSED**", k / c))
    elif name == "lime-gpu":
        o = med(vs["opencl"].steady) if vs["opencl"].status == "ok" else None
        if o:
            ok = k / o <= 1.0
            met &= ok
            parts.append("as fast as expert OpenCL: %s (%.2fx its time)" % ("met" if ok else "**MISSED**", k / o))
    elif name == "lime-fpga":
        if v.cycles and v.items:
            ipc = v.items / v.cycles
            if b["name"] == "stream" or b.get("fpga_ipc"):
                ok = ipc >= 0.99
                met &= ok
                parts.append("1 item/clock: %s (%.3f)" % ("met" if ok else "**MISSED**", ipc))
            x = vs["verilog"]
            if x.status == "ok" and x.cycles and x.items and not b.get("fpga_ipc") and b["name"] != "stream":
                xipc = x.items / x.cycles
                ok = ipc >= xipc * 0.999
                met &= ok
                parts.append("items/clock ≥ Verilog's: %s (%.4f vs %.4f)" % ("met" if ok else "**MISSED**", ipc, xipc))
        r, x = v.resources or {}, vs["verilog"].resources or {}
        if "lut" in r and "lut" in x and vs["verilog"].status == "ok":
            worst = max((r[k2] / x[k2]) if x[k2] else (1.0 if r[k2] == 0 else float("inf"))
                        for k2 in ("lut", "ff", "dsp", "bram"))
            ok = worst <= 1.25
            met &= ok
            parts.append("resources ≤ 1.25x Verilog: %s (worst %.2fx)" % ("met" if ok else "**MISSED**", worst))
        cold, cached = v.build_s or (None, None)
        if cold is not None:
            ok = cold < 60 and cached is not None and cached < 2
            met &= ok
            parts.append("build < 60 s cold, < 2 s cached: %s (%.1f s, %s)" % (
                "met" if ok else "**MISSED**", cold, "%.1f s" % cached if cached is not None else "no cached build"))
    if not parts:
        return "", None
    return "; ".join(parts), met


def short_status(r):
    """The table's cell for a version that did not run: device, status and the first reason."""
    st = r["status"]
    reasons = st.split("; ")
    cell = reasons[0] if len(reasons[0]) <= 140 else reasons[0][:137] + "..."
    if len(reasons) > 1:
        cell += " (+%d more, below)" % (len(reasons) - 1)
    return (r["device"] + ": " + cell).replace("|", "/")


def write_report(results, mode, runs, outdir, info, failures, load, report="latest"):
    os.makedirs(outdir, exist_ok=True)
    md_path, csv_path = os.path.join(outdir, report + ".md"), os.path.join(outdir, report + ".csv")
    rows = []
    for b, vs in results:
        jk = med(vs["java"].steady) if vs["java"].status == "ok" else None
        for name in VERSIONS:
            v = vs[name]
            ok = v.status == "ok"
            k = med(v.steady) if ok else None
            e = vs.get(EXPERT.get(name, ""))
            ek = med(e.steady) if e is not None and e.status == "ok" and ok else None
            tgt, met = target_text(b, vs, name) if name.startswith("lime") else ("", None)
            rows.append(dict(
                benchmark=b["name"], size=fpga_size_of(b, name, mode), version=name, device=DEVICE[name],
                status=v.status,
                runs=len(v.walls), kernel_ms=k, first_ms=med(v.first) if ok else None,
                alone_ms=med(v.alone) if ok else None,
                wall_ms=med(v.walls) if ok else None, overhead_ms=med(v.overhead) if ok else None,
                speedup_vs_java=(jk / k) if (jk and k and DEVICE[name] != "fpga") else None,
                time_vs_expert=(k / ek) if (ek and name in EXPERT and name != "lime-fpga") else None,
                fpga_cycles=v.cycles if ok else None, fpga_items=v.items if ok else None,
                items_per_cycle=(v.items / v.cycles) if ok and v.cycles and v.items else None,
                resources=v.resources if ok else None, target=tgt, met=met, note=(v.note + ("; ran " + ", ".join(v.fallbacks) if v.fallbacks else "")).strip("; "),
                profile=v.profile))
    # CSV: one row per benchmark and version
    with open(csv_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["benchmark", "size", "version", "device", "status", "runs", "kernel_ms_median",
                    "first_rep_ms_median", "wall_ms_median", "startup_transfer_build_ms_median",
                    "speedup_vs_naive_java", "time_vs_expert_same_device", "fpga_cycles", "fpga_items",
                    "items_per_cycle", "lut", "ff", "dsp", "bram", "target", "kernel_alone_ms_median", "how"])
        for r in rows:
            res = r["resources"] or {}
            w.writerow([r["benchmark"], r["size"], r["version"], r["device"], r["status"], r["runs"]] +
                       ["" if r[k] is None else "%.4g" % r[k] for k in
                        ("kernel_ms", "first_ms", "wall_ms", "overhead_ms", "speedup_vs_java", "time_vs_expert")] +
                       ["" if r["fpga_cycles"] is None else r["fpga_cycles"],
                        "" if r["fpga_items"] is None else r["fpga_items"],
                        "" if r["items_per_cycle"] is None else "%.4f" % r["items_per_cycle"]] +
                       [res.get(k, "") for k in ("lut", "ff", "dsp", "bram")] +
                       [r["target"].replace("**", ""), "" if r["alone_ms"] is None else "%.4g" % r["alone_ms"],
                        r["note"]])
    # Markdown
    L = ["# Lime benchmarks: naive Java, expert code and Lime on every backend (%s run)" % mode, ""]
    L += ["- %s: %s" % (k, v) for k, v in info]
    L += ["- runs: %d processes per version, interleaved round by round; each process repeats its timed part "
          "(the last program argument) and prints each repetition's time" % runs,
          "- load average (1/5/15 min) before: %s, after: %s" % (load, loadavg()),
          "- every run of every version printed the same `result` line as naive Java before any time below "
          "was kept; Lime device versions also had LIME_LOG=1 show their tasks on that device", ""]
    if failures:
        L += ["**FAILURES** (no times reported for these):", ""] + ["- " + f for f in failures] + [""]
    L += ["## Times", "",
          "kernel = median time of the timed part (all repetitions but each process's first); first = median "
          "first repetition (JIT warm-up, OpenCL kernel build); process = median wall time of the whole process; "
          "other = median of process − sum of repetitions (start-up, input generation, exit). "
          "Speed-up = naive Java's kernel time ÷ this kernel time. vs expert = this kernel time ÷ the expert's "
          "on the same device (C for the CPU, OpenCL for the GPU); below 1 is faster than the expert. "
          "how: for expert OpenCL, which path ran it (the Lime runtime with the expert kernel in place of the "
          "generated one, or the standalone host bench/common/ocl_expert.c where the GPU backend generated no "
          "kernel; then also the kernel alone from OpenCL profiling events); for Lime, tasks that fell back "
          "to the CPU.", "",
          "| benchmark | size | version | kernel ms | first ms | process ms | other ms | speed-up vs Java | "
          "vs expert | target | how |", "|---|---|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in rows:
        if r["device"] == "fpga":
            continue
        if r["status"] != "ok":
            L.append("| %s | %s | %s | %s |  |  |  |  |  |  |  |" % (r["benchmark"], r["size"], r["version"],
                                                                    short_status(r)))
            continue
        how = r["note"] + ("; kernel alone %s ms" % fmt(r["alone_ms"]) if r["alone_ms"] is not None else "")
        L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["benchmark"], r["size"], r["version"], fmt(r["kernel_ms"]), fmt(r["first_ms"]), fmt(r["wall_ms"]),
            fmt(r["overhead_ms"]), fmt(r["speedup_vs_java"]) + ("x" if r["speedup_vs_java"] else ""),
            fmt(r["time_vs_expert"]), r["target"], how.replace("|", "/")))
    L += ["", "## FPGA", "",
          "Verilator runs cycle-accurate simulations, so the FPGA figures are clock cycles (from the first item in "
          "to the last item out, full speed) and items per cycle, not seconds; resources are Yosys "
          "`synth_ice40 -dsp; stat` (as artifacts/measure.sh). The simulation's wall time is in the CSV only.", "",
          "Lime's clock: nextpnr's timing analysis after place and route on the iCE40 %s (`limec --fpga-part=%s`; "
          "the design inside a serial I/O shell, docs/fpga.md), or `est.`: the backend's estimate from logic depth, "
          "where the design does not fit the part (the manifest's `fmax_from` says why)." % (FPGA_PART.upper(), FPGA_PART), "",
          "| benchmark | version | status | cycles | items | items/cycle | LUT | FF | carry | DSP | BRAM | fmax MHz | target | what |",
          "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in rows:
        if r["device"] != "fpga" or r["status"].startswith("not run: no hand-written"):
            continue
        res = r["resources"] or {}
        st = "ok" if r["status"] == "ok" else short_status(r)
        if "error" in res:
            st += " (resources: %s)" % res["error"]
        L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["benchmark"], r["version"], st.replace("|", "/"), r["fpga_cycles"] or "", r["fpga_items"] or "",
            "%.4f" % r["items_per_cycle"] if r["items_per_cycle"] else "",
            *[res.get(k, "") for k in ("lut", "ff", "carry", "dsp", "bram")],
            ("%.1f" % res["fmax_mhz"] + (" est." if res.get("fmax_estimated") else "")) if res.get("fmax_mhz") else "",
            r["target"], r["note"]))
    missed = [r for r in rows if r["met"] is False]
    L += ["", "## Targets", ""]
    if missed:
        L += ["Missed (see docs/benchmarks.md for why and what would close each gap):", ""]
        L += ["- %s, %s: %s" % (r["benchmark"], r["version"], r["target"]) for r in missed]
    else:
        L += ["Every target that could be measured in this run was met."]
    notrun = [r for r in rows if r["status"] != "ok" and not r["status"].startswith("not run: no hand-written")]
    if notrun:
        L += ["", "## Not measured, with the full reasons", ""]
        L += ["- %s, %s: %s: %s" % (r["benchmark"], r["version"], r["device"], r["status"]) for r in notrun]
    prof = [r for r in rows if r["profile"]]
    if prof:
        L += ["", "## LIME_PROFILE=1 (one run of each Lime version)", ""]
        for r in prof:
            L += ["%s, %s:" % (r["benchmark"], r["version"]), "", "```"] + r["profile"][:20] + ["```", ""]
    L += ["", "Plot: %s.svg (kernel speed-up over naive Java, log scale). How to reproduce and what each "
          "benchmark computes: docs/benchmarks.md." % report, ""]
    with open(md_path, "w") as f:
        f.write("\n".join(L))
    plot(rows, outdir, mode, report)   # (`name` is a loop's version above)
    return md_path, csv_path


def plot(rows, outdir, mode, name="latest"):
    svg = os.path.join(outdir, name + ".svg")
    if not shutil.which(GNUPLOT):
        log("gnuplot not found (apt-get install gnuplot-nox): no plot")
        return
    # a series without any value (say, --only a subset where Lime runs on no GPU) would stop gnuplot;
    # each keeps its colour
    series = [(i + 1, v, t) for i, (v, t) in enumerate([("c", "expert C (OpenMP)"), ("lime-cpu", "Lime, CPU"),
                                                         ("opencl", "expert OpenCL"),
                                                         ("lime-gpu", "Lime, GPU (OpenCL)")])
              if any(r["version"] == v and r["speedup_vs_java"] for r in rows)]
    if not series:
        log("no speed-ups to plot")
        return
    benches = list(dict.fromkeys(r["benchmark"] for r in rows))
    dat = os.path.join(outdir, "." + name + ".dat")
    with open(dat, "w") as f:
        for bn in benches:
            vals = []
            for _, s, _ in series:
                r = next(r for r in rows if r["benchmark"] == bn and r["version"] == s)
                vals.append("%.4g" % r["speedup_vs_java"] if r["speedup_vs_java"] else "NaN")
            f.write(bn + " " + " ".join(vals) + "\n")
    script = """
set terminal svg size 960,520 dynamic font 'sans,12' background rgb 'white'
set output '%s'
set title 'Kernel speed-up over naive Java on the JVM (%s run; higher is better; missing bar: not run)'
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y 2
set yrange [0.01:*]
set ylabel 'naive Java kernel time / version kernel time'
set grid ytics
set key outside top center horizontal
set xtics nomirror
set arrow from graph 0, first 1 to graph 1, first 1 nohead dt 2 lc rgb 'black'
plot %s
""" % (svg, mode, ", ".join("'%s' using %d%s title '%s' lc %d" % (dat if i == 0 else "", i + 2, ":xtic(1)" if i == 0 else "",
                                                                      t, lc) for i, (lc, _, t) in enumerate(series)))
    p = subprocess.run([GNUPLOT], input=script, capture_output=True, text=True)
    os.remove(dat)
    if p.returncode:
        log("gnuplot failed: " + last_line(p.stderr))


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, 3 runs (CI)")
    ap.add_argument("--runs", type=int, help="processes per version (default 5, quick 3)")
    ap.add_argument("--only", help="comma-separated benchmark names")
    ap.add_argument("--out", default=os.path.join(BENCH, "results"), help="where the report goes")
    ap.add_argument("--name", default="latest", help="the report's file names: NAME.md, .csv, .svg (default latest)")
    a = ap.parse_args()
    mode = "quick" if a.quick else "full"
    runs = a.runs or (3 if a.quick else 5)
    chosen = [b for b in BENCHMARKS if not a.only or b["name"] in a.only.split(",")]
    if not chosen:
        sys.exit("harness: no benchmark named %s" % a.only)
    if not os.access(LIMEC, os.X_OK):
        sys.exit("harness: %s not found: run 'make' first" % LIMEC)
    load = loadavg()
    work_root = os.path.join(ROOT, "build/bench")
    have_ocl = probe_opencl()
    results = []
    log("%s mode, %d runs per version; building in %s" % (mode, runs, os.path.relpath(work_root, ROOT)))
    for b in chosen:
        vs = build_benchmark(b, os.path.join(work_root, b["name"]), have_ocl)
        results.append((b, vs))
    failures = []
    t_start = time.time()
    for b, vs in results:   # the FPGA versions' own size: naive Java's result there is theirs to print
        if b.get("fpga_size") and vs["java"].status == "ok":
            b["_fpga_ref"] = [None]
            java = Version("java")   # a run of its own, not among the timed ones
            java.cmd, java.env = vs["java"].cmd, vs["java"].env
            err = run_once(b, java, b["fpga_size"][mode], b["_fpga_ref"])
            if err:
                b["_fpga_ref"] = [None]
                log("%s: naive Java at the FPGA size: %s" % (b["name"], err))
            else:
                b["_fpga_ref"][0] = (b["_fpga_ref"][0][0], "java at %s" % b["fpga_size"]["size"][mode])
    for r in range(runs):
        for b, vs in results:
            ref = b.setdefault("_ref", [None])
            for name in VERSIONS:
                v = vs[name]
                if v.status != "ok":
                    continue
                args, vref = b["args"][mode], ref
                if DEVICE[name] == "fpga" and b.get("fpga_size"):
                    args, vref = b["fpga_size"][mode], b.setdefault("_fpga_ref", [None])
                err = run_once(b, v, args, vref)
                if err:
                    v.status = "FAIL: " + err
                    failures.append("%s, %s: %s" % (b["name"], name, err))
                    log("FAIL %s/%s: %s" % (b["name"], name, err))
        log("round %d of %d done (%.0f s)" % (r + 1, runs, time.time() - t_start))
    # a multi-rate graph's runtime profile counts its outputs (4 a period of
    # 6 samples here); its rate, as the Verilog test bench's, is in source
    # samples (the program's first argument) a clock
    for b, vs in results:
        v = vs["lime-fpga"]
        if b.get("fpga_source_items") and v.status == "ok" and v.items:
            v.items = int(b["args"][mode][0])
    for b, vs in results:
        log("%s: %s" % (b["name"], b["_ref"][0][0] if b["_ref"][0] else "no result"))
        for name in VERSIONS:
            v = vs[name]
            if v.status == "ok":
                log("  %-9s kernel %9s ms  process %9s ms%s" % (
                    name, fmt(med(v.steady)), fmt(med(v.walls)),
                    "  cycles %s items %s" % (v.cycles, v.items) if v.cycles else ""))
            else:
                log("  %-9s %s" % (name, v.status[:160]))
    # a version whose result differed says so and loses its times
    for b, vs in results:
        for v in vs.values():
            if v.status.startswith("FAIL"):
                v.walls, v.first, v.steady, v.overhead = [], [], [], []
    info = machine_info()
    md, cs = write_report(results, mode, runs, a.out, info, failures, load, a.name)
    log("wrote %s, %s and %s.svg" % (os.path.relpath(md, ROOT), os.path.relpath(cs, ROOT), a.name))
    if failures:
        log("FAILED: %d version(s) did not agree or did not run; see %s" % (len(failures), md))
        sys.exit(1)


if __name__ == "__main__":
    main()
