#!/usr/bin/env python3
"""Benchmarks for analyze; run through src/bench/run. Prints a report and writes
target/bench/results.json.

1. Whole-process wall time and peak RSS of one-shot commands on samples/kerry.txt, as ratios to a
   JVM hello-world measured in the same run (median of N runs after a warm-up).
2. In-REPL latency of each analysis on a loaded article (timed loop after warm-up, in-process).
3. Corpus throughput (MB/s) and peak RSS over the Wikinews archive (6.2 MB) and a ~100 MB corpus
   made by replicating it.
4. Hostile inputs of seven kinds: every analysis at 1 MB (median, the 2 s bound), then 1, 2, 5 and
   10 MB (linear-time check, slope in s/MB), and a directory of 50,000 small files.
"""
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "target", "bench")
LAUNCHER = os.path.join(ROOT, "target", "analyze")
SHARED = os.environ.get("ANALYZE_SHARED") or os.path.abspath(os.path.join(ROOT, "..", "shared"))
ARCHIVE = os.path.join(SHARED, "corpus", "wikinews-en-all.tar.xz")
QUICK = "--quick" in sys.argv
ANALYSES = ["stats", "entities", "quotes", "claims"]


def timed(cmd, stdin=None, env=None, timeout=None):
    """Runs cmd; returns (wall seconds, peak RSS in MB, exit code); exit code -9 if it ran out of time."""
    rss_file = os.path.join(OUT, "rss.txt")
    full = ["/usr/bin/time", "-f", "%U %S %M", "-o", rss_file] + cmd
    start = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        proc = subprocess.Popen(full, stdin=stdin, stdout=devnull, stderr=subprocess.DEVNULL, env=env,
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()
            return time.perf_counter() - start, float("nan"), -9
    wall = time.perf_counter() - start
    global LAST_CPU
    with open(rss_file) as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
        fields = lines[-1].split() if lines else []
    try:
        LAST_CPU = float(fields[0]) + float(fields[1])
        rss_mb = int(fields[2]) / 1024
    except (IndexError, ValueError):
        LAST_CPU, rss_mb = float("nan"), float("nan")
    return wall, rss_mb, proc.returncode


LAST_CPU = float("nan")


def median_run(cmd, runs, warmup=2, timeout=None):
    for _ in range(warmup):
        timed(cmd, timeout=timeout)
    global LAST_CPU
    walls, rsss, cpus = [], [], []
    code = 0
    for _ in range(runs):
        w, r, c = timed(cmd, timeout=timeout)
        walls.append(w)
        rsss.append(r)
        cpus.append(LAST_CPU)
        code = code or c
    LAST_CPU = statistics.median(cpus)
    return statistics.median(walls), max(rsss), code


def part1(results):
    print("\n## 1. One-shot commands on samples/kerry.txt (median of %d runs after warm-up)" % RUNS)
    hello_dir = os.path.join(OUT, "hello")
    os.makedirs(hello_dir, exist_ok=True)
    subprocess.run(["javac", "-d", hello_dir, os.path.join(ROOT, "src", "bench", "Hello.java")], check=True)
    hw, hr, _ = median_run(["java", "-cp", hello_dir, "Hello"], RUNS)
    hc = LAST_CPU
    print("%-22s %9s %8s %9s %8s %9s %8s" % ("command", "wall ms", "x hello", "CPU ms", "x hello", "RSS MB", "x hello"))
    print("%-22s %9.0f %8s %9.0f %8s %9.0f %8s" % ("java Hello (baseline)", hw * 1000, "1.00", hc * 1000, "1.00", hr, "1.00"))
    rows = {"hello": {"wall_ms": hw * 1000, "cpu_ms": hc * 1000, "rss_mb": hr}}
    for cmd in ["--version", "docs"] + ANALYSES:
        args = [LAUNCHER, cmd] + ([] if cmd.startswith("-") else ["samples/kerry.txt"])
        w, r, code = median_run(args, RUNS)
        c = LAST_CPU
        status = "" if code == 0 else "  (exit %d)" % code
        print("%-22s %9.0f %8.2f %9.0f %8.2f %9.0f %8.2f%s" % ("analyze " + cmd, w * 1000, w / hw, c * 1000, c / hc,
                                                            r, r / hr, status))
        rows[cmd] = {"wall_ms": w * 1000, "ratio": w / hw, "cpu_ms": c * 1000, "cpu_ratio": c / hc, "rss_mb": r,
                     "rss_ratio": r / hr, "exit": code}
    results["one_shot"] = rows


def part2(results):
    print("\n## 2. In-REPL latency per analysis of samples/kerry.txt (in-process, after warm-up)")
    cp_file = os.path.join(OUT, "cp.txt")
    subprocess.run(["mvn", "-B", "-q", "test-compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=" + cp_file], cwd=ROOT, check=True)
    with open(cp_file) as f:
        cp = f.read().strip()
    classpath = ":".join([os.path.join(ROOT, "target", "classes"), os.path.join(ROOT, "target", "test-classes"), cp])
    proc = subprocess.run(["java", "-cp", classpath, "dev.analyze.bench.ReplLatencyBench",
                           os.path.join(ROOT, "samples", "kerry.txt"), "200" if QUICK else "1000"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr)
        results["repl"] = {"error": proc.stderr[-2000:]}
        return
    data = json.loads(proc.stdout)
    for name, v in data.items():
        print("%-12s median %7.3f ms   p90 %7.3f ms" % (name, v["median_ms"], v["p90_ms"]))
    results["repl"] = data


def unpack_corpus():
    target = os.path.join(OUT, "wikinews-en-all")
    if not os.path.isdir(target):
        with tarfile.open(ARCHIVE) as t:
            t.extractall(OUT)
    return target


def corpus_size(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            if f.endswith(".txt"):
                total += os.path.getsize(os.path.join(dirpath, f))
    return total


def replicate(src, copies):
    target = os.path.join(OUT, "corpus-x%d" % copies)
    if not os.path.isdir(target):
        os.makedirs(target)
        for i in range(copies):
            d = os.path.join(target, "copy%02d" % i)
            os.makedirs(d)
            for f in sorted(os.listdir(src)):
                if f.endswith(".txt"):
                    os.link(os.path.join(src, f), os.path.join(d, f))
    return target


def part3(results):
    print("\n## 3. Corpus throughput (one-shot, --format jsonl to /dev/null, all cores)")
    if not os.path.exists(ARCHIVE):
        print("skipped: %s not found" % ARCHIVE)
        return
    base = unpack_corpus()
    corpora = [("wikinews-en-all", base)]
    if not QUICK:
        corpora.append(("x16 (~100 MB)", replicate(base, 16)))
    rows = []
    print("%-18s %-9s %9s %9s %9s %9s %11s %9s" % ("corpus", "command", "MB", "seconds", "MB/s", "CPU s", "MB/CPU-s",
                                                 "RSS MB"))
    for label, path in corpora:
        mb = corpus_size(path) / 1e6
        for cmd in ANALYSES:
            w, r, code = timed([LAUNCHER, cmd, "--format", "jsonl", path])
            c = LAST_CPU
            status = "" if code == 0 else "  (exit %d)" % code
            print("%-18s %-9s %9.1f %9.2f %9.2f %9.2f %11.2f %9.0f%s" % (label, cmd, mb, w, mb / w, c, mb / c, r, status))
            sys.stdout.flush()
            rows.append({"corpus": label, "command": cmd, "mb": mb, "seconds": w, "mb_per_s": mb / w,
                         "cpu_s": c, "mb_per_cpu_s": mb / c, "rss_mb": r, "exit": code})
    results["corpus"] = rows


HOSTILE_SIZES_MB = [1, 2, 5, 10]
HOSTILE_TIMEOUT_S = 180  # a run that takes longer is shown as nan (it is the finding)


def hostile_text(kind, size):
    """Generated adversarial inputs (nothing committed)."""
    if kind == "single-line":
        unit = ('Officials said "the talks will resume," according to Dr. Jane Roe of the U.N. '
                'in Geneva, where 3.5% of 50,000 delegates (and Mr. John Smith) met. ')
    elif kind == "quote-marks":
        unit = '"a " b "" c \u201c d \u201d \' e \'\' " '
    elif kind == "brackets":
        unit = "(" * 50 + "word " + ")" * 50 + " "
    elif kind == "no-punctuation":
        unit = "the minister spoke to John Smith about Pakistan and India again "
    elif kind == "all-capitals":
        unit = ('OFFICIALS SAID "THE TALKS WILL RESUME," ACCORDING TO DR. JANE ROE OF THE U.N. '
                'IN GENEVA, WHERE MR. JOHN SMITH MET PAKISTAN\'S ENVOY. ')
    elif kind == "hash-collisions":
        # distinct words that all share one String.hashCode ("Aa"/"BB" pairs): a hash table keyed
        # by it turns quadratic; 18 pairs give 262,144 distinct words, enough for 10 MB
        words = (" ".join("".join(p) for p in itertools.product(("Aa", "BB"), repeat=18)) + " ")
        return (words * (size // len(words) + 1))[:size]
    elif kind == "deep-brackets":
        # one nest as deep as the size allows: no space anywhere, so one huge token run and cell
        return "(" * (size // 2) + ")" * (size - size // 2)
    else:
        raise ValueError(kind)
    reps = size // len(unit.encode("utf-8")) + 1
    return (unit * reps)[:size]


HOSTILE_KINDS = ["single-line", "quote-marks", "brackets", "deep-brackets", "all-capitals", "no-punctuation",
                 "hash-collisions"]


def hostile_file(kind, mb):
    p = os.path.join(OUT, "hostile", "%s-%dmb.txt" % (kind, mb))
    if not os.path.exists(p):
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(hostile_text(kind, mb * 1000 * 1000))
    return p


def part4(results):
    # Timed in the default output, a table: it wraps huge cells, so it is the slowest format.
    runs = 3 if QUICK else 5
    print("\n## 4. Hostile inputs (one-shot, whole process, table output)")
    print("1 MB of each kind, every analysis, median of %d runs (the bound: under 2 s)" % runs)
    every = ANALYSES + ["summary"]
    print("%-15s " % "input" + " ".join("%9s" % c for c in every))
    one_mb = {}
    for kind in HOSTILE_KINDS:
        times = []
        for cmd in every:
            w, _, code = median_run([LAUNCHER, cmd, "--max-size", "64M", hostile_file(kind, 1)], runs, warmup=0,
                                    timeout=HOSTILE_TIMEOUT_S)
            times.append(w if code == 0 else float("nan"))
            one_mb[(kind, cmd)] = times[-1]
        print("%-15s " % kind + " ".join("%9.2f" % t for t in times))
    failed = [k for k, v in one_mb.items() if v != v]  # NaN: a run failed or ran out of time
    worst = max((v for v in one_mb.values() if v == v), default=float("nan"))
    print("slowest at 1 MB: %.2f s (%s)" % (worst, "FAILED: %s" % failed if failed
                                            else "under 2 s" if worst < 2 else "OVER 2 s"))
    rows = []
    sizes = [1, 2] if QUICK else HOSTILE_SIZES_MB
    print("\nseconds by size (one run each above 1 MB); slope by least squares")
    last, before = "%dMB" % sizes[-1], "%dMB" % sizes[-2]
    print("%-15s %-9s " % ("input", "command") + " ".join("%7s" % ("%d MB" % s) for s in sizes)
          + "   s/MB  %s/1MB  %s/%s" % (last, last, before))
    for kind in HOSTILE_KINDS:
        for cmd in ANALYSES:
            times = [one_mb[(kind, cmd)]]
            for s in sizes[1:]:
                w, _, code = timed([LAUNCHER, cmd, "--max-size", "64M", hostile_file(kind, s)],
                                   timeout=HOSTILE_TIMEOUT_S)
                times.append(w if code == 0 else float("nan"))
            slope = least_squares_slope(sizes, times)
            print("%-15s %-9s " % (kind, cmd) + " ".join("%7.2f" % t for t in times)
                  + "  %6.3f  %7.1f  %7.2f" % (slope, times[-1] / times[0], times[-1] / times[-2]))
            rows.append({"input": kind, "command": cmd, "sizes_mb": sizes, "seconds": times, "slope_s_per_mb": slope})
    results["hostile_1mb"] = {"%s %s" % k: v for k, v in one_mb.items()}
    # a directory of 50,000 small files
    many = os.path.join(OUT, "hostile", "many-files")
    count = 5000 if QUICK else 50000
    if not os.path.isdir(many) or len(os.listdir(many)) != count:
        shutil.rmtree(many, ignore_errors=True)
        os.makedirs(many)
        for i in range(count):
            with open(os.path.join(many, "f%05d.txt" % i), "w") as f:
                f.write("Title %d\n\nMr. Smith said \"hello %d\" in Paris.\n" % (i, i))
    w, r, code = timed([LAUNCHER, "stats", "--format", "jsonl", many])
    print("directory of %d small files: stats %.1f s, peak RSS %.0f MB (exit %d)" % (count, w, r, code))
    results["hostile"] = rows
    results["many_files"] = {"files": count, "seconds": w, "rss_mb": r, "exit": code}


def least_squares_slope(xs, ys):
    pts = [(x, y) for x, y in zip(xs, ys) if y == y]
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    num = sum((x - mx) * (y - my) for x, y in pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return num / den if den else float("nan")


RUNS = 5 if QUICK else 11

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    if not os.path.exists("/usr/bin/time"):
        sys.exit("bench: /usr/bin/time is needed (apt-get install time)")
    print("# analyze benchmarks  (%s, %d cores, %s)" % (time.strftime("%Y-%m-%d %H:%M"), os.cpu_count(),
                                                     subprocess.run(["java", "-version"], capture_output=True,
                                                                    text=True).stderr.splitlines()[0]))
    print("load average at start: %.1f %.1f %.1f (other processes share the cores; compare ratios and CPU)"
          % os.getloadavg())
    sys.stdout.flush()
    results = {"load_start": os.getloadavg()}
    only = [a for a in sys.argv[1:] if a.isdigit()]
    if only:
        for n in only:
            {"1": part1, "2": part2, "3": part3, "4": part4}[n](results)
            sys.stdout.flush()
        print("load average at end: %.1f %.1f %.1f" % os.getloadavg())
        sys.exit(0)
    part1(results)
    part2(results)
    part3(results)
    part4(results)
    print("load average at end: %.1f %.1f %.1f" % os.getloadavg())
    results["load_end"] = os.getloadavg()
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    print("\nresults: target/bench/results.json")
