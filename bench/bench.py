#!/usr/bin/env python3
"""`make bench`: timeline against jq, sqlite3, DuckDB and C++ simdjson (docs/performance.md).

Installs what is missing (apt-get: jq sqlite3 time g++ libsimdjson-dev; pip: duckdb),
builds timeline as `make release` does (a static executable), generates the synthetic timelines
(bench/gen.py, seeded) into bench/data/, checks each loads in timeline, then runs:

  W1       load a file, select 2025-01-01..2025-03-31 (possibly) with tag arrests,
           write the slice as JSON; whole process. Every tool's selected ids are
           compared with the generator's expected set on every run: a difference
           stops the benchmark with an error.
  W1-jsonl the same from the JSONL file (timeline, jq).
  W4       start-up: `timeline -c quit` (built-in timeline) vs `jq -n 1`,
           `sqlite3 :memory: 'select 1'`, `python3 -c 'import duckdb'`.

Runs are interleaved (each round runs every tool once, the order rotating), after
one unmeasured warm-up run per tool (files are in the page cache). Wall time is
taken around `/usr/bin/time -f '%e %M'`, which gives the peak RSS.

Settings (environment): BENCH_SIZES=10k,100k,1m  BENCH_RUNS (default 5, 3 at 1m)
BENCH_TOOLS=timeline,jq,sqlite3,duckdb,simdjson  BENCH_TIMEOUT=600 (seconds per run;
a tool that exceeds it is dropped for that size and reported as such)
BENCH_W4_RUNS=20  BENCH_WARMUP=0 (no warm-up run)  BENCH_NO_INSTALL=1 (use what is there)  BENCH_TIMELINE=path (skip
the build, use that binary).
Results: printed, and written to bench/out/results-SIZES.json and .md.
"""

import hashlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
DATA = os.path.join(BENCH, "data")
OUT = os.path.join(BENCH, "out")
PEERS = os.path.join(BENCH, "peers")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
SEED = 6
W1_FILTER = "in 2025-01-01/2025-03-31 and tag:arrests"


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


# ---------------------------------------------------------------- setup

def install():
    if os.environ.get("BENCH_NO_INSTALL"):
        return
    need = []
    for cmd, pkg in [("jq", "jq"), ("sqlite3", "sqlite3"), ("g++", "g++")]:
        if not shutil.which(cmd):
            need.append(pkg)
    if not os.path.exists("/usr/bin/time"):
        need.append("time")
    if not os.path.exists("/usr/include/simdjson.h"):
        need.append("libsimdjson-dev")
    if need:
        log("installing " + " ".join(need))
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(sudo + ["apt-get", "update", "-qq"], env=env)
        r = subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + need,
                           env=env)
        if r.returncode != 0:
            log("apt-get failed; tools still missing are skipped")
    if subprocess.run([sys.executable, "-c", "import duckdb"], capture_output=True).returncode != 0:
        log("installing duckdb (pip)")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "duckdb"])


def build_timeline():
    if os.environ.get("BENCH_TIMELINE"):  # a binary built elsewhere
        return os.path.abspath(os.environ["BENCH_TIMELINE"])
    # As `make install` builds it: one static executable (start-up, W4), in .build/static.
    log("make release-bench (timeline and timeline-bench, static executables in .build/static)")
    sh(["make", "-s", "release-bench"], cwd=ROOT)
    return subprocess.run(["make", "-s", "release-bin"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def generate(size, timeline):
    n = SIZES[size]
    prefix = os.path.join(DATA, f"t{size}")
    gen = os.path.join(BENCH, "gen.py")
    stamp = hashlib.sha256(open(gen, "rb").read() + f"{n} {SEED}".encode()).hexdigest()
    stamp_file = prefix + ".stamp"
    files = [prefix + ".json", prefix + ".jsonl", prefix + ".w1.expected"]
    if not (all(map(os.path.exists, files)) and os.path.exists(stamp_file)
            and open(stamp_file).read() == stamp):
        log(f"generating {size} events (nice -n 10)")
        t = time.perf_counter()
        sh(["nice", "-n", "10", sys.executable, gen, "--events", str(n), "--out", prefix,
            "--seed", str(SEED)])
        log(f"generated in {time.perf_counter() - t:.1f} s")
        for f in files[:2]:  # every generated file must load in timeline
            r = subprocess.run([timeline, "--data", f, "-c", "count"], capture_output=True, text=True)
            if r.returncode != 0 or r.stdout.strip() != f"{n} events":
                sys.exit(f"bench: {f} does not load in timeline:\n{r.stdout}{r.stderr[:2000]}")
        open(stamp_file, "w").write(stamp)
    expected = set(open(prefix + ".w1.expected").read().split())
    return prefix, expected


def build_simdjson():
    if not os.path.exists("/usr/include/simdjson.h"):
        log("libsimdjson-dev not installed: simdjson skipped")
        return None
    exe = os.path.join(OUT, "w1_simdjson")
    src = os.path.join(PEERS, "w1_simdjson.cpp")
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(src):
        sh(["g++", "-O2", "-std=c++17", src, "-lsimdjson", "-o", exe])
    return exe


# ---------------------------------------------------------------- tools

def w1_commands(prefix, timeline, simdjson, tools):
    """tool -> (argv or shell string, output file) for W1 on PREFIX.json."""
    src = prefix + ".json"
    o = lambda t: os.path.join(OUT, f"w1-{t}.out")
    cmds = {}
    if "timeline" in tools:
        cmds["timeline"] = ([timeline, "--data", src, "-c",
                             f"export json {W1_FILTER} to {o('timeline')} --force"], o("timeline"))
    if "jq" in tools and shutil.which("jq"):
        cmds["jq"] = (f"jq -L {PEERS} -f {PEERS}/w1.jq {src} > {o('jq')}", o("jq"))
    if "sqlite3" in tools and shutil.which("sqlite3"):
        sql = open(os.path.join(PEERS, "w1.sql")).read().replace("@FILE@", src).replace("@OUT@", o("sqlite3"))
        script = os.path.join(OUT, "w1.sql")
        open(script, "w").write(sql)
        cmds["sqlite3"] = (f"sqlite3 :memory: < {script}", o("sqlite3"))
    if "duckdb" in tools and subprocess.run([sys.executable, "-c", "import duckdb"],
                                            capture_output=True).returncode == 0:
        cmds["duckdb"] = ([sys.executable, os.path.join(PEERS, "w1_duckdb.py"), src, o("duckdb")], o("duckdb"))
    if "simdjson" in tools and simdjson:
        cmds["simdjson"] = ([simdjson, src, o("simdjson")], o("simdjson"))
    return cmds


def w1_jsonl_commands(prefix, timeline, tools):
    src = prefix + ".jsonl"
    o = lambda t: os.path.join(OUT, f"w1l-{t}.out")
    cmds = {}
    if "timeline" in tools:
        cmds["timeline"] = ([timeline, "--data", src, "-c",
                             f"export json {W1_FILTER} to {o('timeline')} --force"], o("timeline"))
    if "jq" in tools and shutil.which("jq"):
        cmds["jq"] = (f"jq -c -L {PEERS} 'include \"w1lib\"; select(has(\"id\") and w1)' {src} > {o('jq')}",
                      o("jq"))
    return cmds


def selected_ids(path):
    text = open(path, encoding="utf-8").read()
    try:
        value = json.loads(text)
        events = value["events"] if isinstance(value, dict) else value
    except json.JSONDecodeError:  # JSON lines
        events = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [e["id"] for e in events]


def run_once(cmd, out, timeout):
    """(seconds, peak MB) or None on timeout. Fails loudly if the command fails."""
    if os.path.exists(out):
        os.remove(out)
    tf = os.path.join(OUT, "time.txt")
    argv = ["/usr/bin/time", "-f", "%e %M", "-o", tf]
    argv += ["sh", "-c", cmd] if isinstance(cmd, str) else cmd
    t = time.perf_counter()
    # A session of its own, so that a timeout ends the tool too, not only /usr/bin/time.
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return None
    wall = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"bench: command failed ({p.returncode}): {cmd}\n{err.decode()[-3000:]}")
    kb = int(open(tf).read().split()[-1])
    return wall, kb * 1024 / 1e6


def check(tool, out, expected):
    ids = selected_ids(out)
    got = set(ids)
    if len(ids) != len(got) or got != expected:
        missing, extra = sorted(expected - got), sorted(got - expected)
        sys.exit(f"bench: {tool} selected different events: {len(ids)} ids ({len(got)} distinct), "
                 f"expected {len(expected)}; missing {missing[:5]}, extra {extra[:5]}")


def measure(cmds, runs, timeout, expected, label):
    results = {t: [] for t in cmds}
    dropped = {}
    warmup = os.environ.get("BENCH_WARMUP", "1") != "0"
    for t, (cmd, out) in (cmds.items() if warmup else []):  # warm-up, also a correctness check
        log(f"{label}: warm-up {t}")
        r = run_once(cmd, out, timeout)
        if r is None:
            dropped[t] = f"timeout (> {timeout} s)"
            log(f"{label}: {t} exceeded {timeout} s: dropped")
            continue
        check(t, out, expected)
    tools = [t for t in cmds if t not in dropped]
    for i in range(runs):
        order = tools[i % len(tools):] + tools[:i % len(tools)]
        for t in order:
            if t in dropped:
                continue
            cmd, out = cmds[t]
            r = run_once(cmd, out, timeout)
            if r is None:
                dropped[t] = f"timeout (> {timeout} s)"
                continue
            check(t, out, expected)
            results[t].append(r)
        log(f"{label}: round {i + 1}/{runs} " + ", ".join(
            f"{t} {results[t][-1][0]:.3f}s" for t in order if results[t]))
    summary = {}
    for t in cmds:
        if t in dropped or not results[t]:
            summary[t] = {"skipped": dropped.get(t, "no result")}
        else:
            summary[t] = {"median_s": statistics.median(r[0] for r in results[t]),
                          "peak_mb": statistics.median(r[1] for r in results[t]),
                          "runs": [[round(a, 4), round(b, 1)] for a, b in results[t]]}
    return summary


def w2(timeline, prefix, rounds):
    """W2 and W3 inside one session: timeline-bench (built beside timeline) after a load."""
    exe = os.path.join(os.path.dirname(timeline), "timeline-bench")
    if not os.path.exists(exe):
        log(f"{exe} not built: W2/W3 skipped")
        return []
    r = subprocess.run([exe, prefix + ".json", str(rounds)], capture_output=True, text=True, timeout=3600)
    if r.returncode != 0:
        sys.exit(f"bench: timeline-bench failed on {prefix}.json:\n{r.stderr[:2000]}")
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


W2_GOALS = {"W2 range+tag": 0.2, "W2 count by month": 20, "W2 find": 50, "W2 check": 500,
            "W2 completion": 10, "W3 export json": 2}


def w2_table(size, rows):
    lines = [f"#### W2/W3 in a session, {SIZES[size]:,} events (first run, then median of the rounds)", "",
             "| workload | command | first ms | median ms | goal at 1M (ms) | result |", "|---|---|---:|---:|---:|---|"]
    for row in rows:
        if "skipped" in row:
            lines.append(f"| {row['workload']} | `{row['command']}` | — | — | {W2_GOALS.get(row['workload'], '')} | "
                         f"skipped: {row['skipped']} |")
            continue
        lines.append(f"| {row['workload']} | `{row['command']}` | {row['first_ms']:.3f} | {row['median_ms']:.3f} | "
                     f"{W2_GOALS.get(row['workload'], '')} | {row['result']} |")
    return "\n".join(lines) + "\n"


def w4(timeline, tools, runs):
    cmds = {"timeline -c quit": [timeline, "-c", "quit"]}
    if shutil.which("jq"):
        cmds["jq -n 1"] = ["jq", "-n", "1"]
    if shutil.which("sqlite3"):
        cmds["sqlite3 :memory: 'select 1'"] = ["sqlite3", ":memory:", "select 1"]
    if "duckdb" in tools:
        cmds["python3 -c 'import duckdb' (+ select 1)"] = [
            sys.executable, "-c", "import duckdb; duckdb.sql('select 1').fetchall()"]
    cmds["python3 -c pass (for reference)"] = [sys.executable, "-c", "pass"]
    times = {k: [] for k in cmds}
    for k, c in cmds.items():
        subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(runs):
        for k, c in cmds.items():
            t = time.perf_counter()
            subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times[k].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in times.items()}


# ---------------------------------------------------------------- report

def machine():
    cpu = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = "?"
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    def version(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except Exception:
            return "?"
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release(),
        "swift": version(["swift", "--version"]), "jq": version(["jq", "--version"]),
        "sqlite3": version(["sqlite3", "--version"]).split(" ")[0],
        "duckdb": version([sys.executable, "-c", "import duckdb; print(duckdb.__version__)"]),
        "simdjson": version(["dpkg-query", "-W", "-f", "${Version}", "libsimdjson-dev"]),
        "python": platform.python_version(),
    }


def table(title, summary, n_events, file_mb):
    lines = [f"### {title}", "",
             "| tool | median s | peak MB | timeline ÷ tool (time) | timeline ÷ tool (memory) | MB/s |",
             "|---|---:|---:|---:|---:|---:|"]
    tl = summary.get("timeline", {})
    for t, s in summary.items():
        if "skipped" in s:
            lines.append(f"| {t} | {s['skipped']} | | | | |")
            continue
        rt = f"{tl['median_s'] / s['median_s']:.2f}" if "median_s" in tl else "–"
        rm = f"{tl['peak_mb'] / s['peak_mb']:.2f}" if "peak_mb" in tl else "–"
        lines.append(f"| {t} | {s['median_s']:.3f} | {s['peak_mb']:.0f} | {rt} | {rm} | "
                     f"{file_mb / s['median_s']:.0f} |")
    return "\n".join(lines) + "\n"


def main():
    sizes = os.environ.get("BENCH_SIZES", "10k,100k,1m").split(",")
    tools = os.environ.get("BENCH_TOOLS", "timeline,jq,sqlite3,duckdb,simdjson").split(",")
    timeout = float(os.environ.get("BENCH_TIMEOUT", "600"))
    os.makedirs(DATA, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    install()
    timeline = build_timeline()
    simdjson = build_simdjson() if "simdjson" in tools else None
    m = machine()
    results = {"machine": m, "loadavg_start": os.getloadavg(), "sizes": {}}
    report = []
    for size in sizes:
        prefix, expected = generate(size, timeline)
        runs = int(os.environ.get("BENCH_RUNS", "3" if size == "1m" else "5"))
        file_mb = os.path.getsize(prefix + ".json") / 1e6
        jsonl_mb = os.path.getsize(prefix + ".jsonl") / 1e6
        s1 = measure(w1_commands(prefix, timeline, simdjson, tools), runs, timeout, expected, f"W1 {size}")
        s2 = measure(w1_jsonl_commands(prefix, timeline, tools), runs, timeout, expected, f"W1-jsonl {size}")
        w2rows = w2(timeline, prefix, int(os.environ.get("BENCH_W2_ROUNDS", "20"))) if "timeline" in tools else []
        results["sizes"][size] = {"events": SIZES[size], "json_mb": file_mb, "jsonl_mb": jsonl_mb,
                                  "selected": len(expected), "runs": runs, "w1": s1, "w1_jsonl": s2, "w2": w2rows}
        report.append(table(f"W1, {SIZES[size]:,} events, {file_mb:.1f} MB JSON "
                            f"({len(expected):,} selected, median of {runs})", s1, SIZES[size], file_mb))
        report.append(table(f"W1 from JSONL, {SIZES[size]:,} events, {jsonl_mb:.1f} MB", s2,
                            SIZES[size], jsonl_mb))
        if w2rows:
            report.append(w2_table(size, w2rows))
        print("\n" + "\n".join(report[-3 if w2rows else -2:]), flush=True)
    w4runs = int(os.environ.get("BENCH_W4_RUNS", "20"))
    s4 = w4(timeline, tools, w4runs)
    results["w4"] = s4
    lines = [f"### W4, start-up (median of {w4runs})", "", "| command | median ms |", "|---|---:|"]
    lines += [f"| `{k}` | {v * 1000:.1f} |" for k, v in s4.items()]
    report.append("\n".join(lines) + "\n")
    print("\n" + report[-1])
    results["loadavg_end"] = os.getloadavg()
    head = (f"Machine: {m['nproc']} × {m['cpu']}, {m['memory']}, Linux {m['kernel']}; {m['swift']}; "
            f"{m['jq']}; sqlite3 {m['sqlite3']}; DuckDB {m['duckdb']} (Python {m['python']}); "
            f"simdjson {m['simdjson']}. Load average at start {results['loadavg_start'][0]:.2f}, "
            f"at end {results['loadavg_end'][0]:.2f}.\n")
    name = "results-" + "-".join(sizes)
    json.dump(results, open(os.path.join(OUT, name + ".json"), "w"), indent=2)
    open(os.path.join(OUT, name + ".md"), "w").write(head + "\n" + "\n".join(report))
    print(head)
    log(f"all selections agreed; results in {os.path.relpath(OUT, ROOT)}/{name}.md and .json")


if __name__ == "__main__":
    main()
