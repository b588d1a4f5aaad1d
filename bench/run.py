"""Runs each benchmark under CPython, PyPy (if installed) and Molt in one go
and prints wall-clock times side by side, with CPython's time divided by the
others' (higher is faster than CPython).

    python3 bench/run.py [--repeat N] [names...]

Molt is `target/release/molt` (build it first with
`cargo build --release -p molt`). Each program is run N times (default 3)
per implementation; the best time is reported. Outputs are compared too: a
benchmark whose output differs from CPython's is reported as WRONG.
Programs must stay Python 3.9-compatible so PyPy can run them.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MOLT = os.path.join(ROOT, "target", "release", "molt")


def best_time(cmd, repeat):
    best, out = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            return None, proc.stdout + proc.stderr
        best = elapsed if best is None else min(best, elapsed)
        out = proc.stdout
    return best, out


def main():
    args = sys.argv[1:]
    repeat = 3
    if args[:1] == ["--repeat"]:
        repeat = int(args[1])
        args = args[2:]
    names = args or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    cpython = sys.executable
    pypy = shutil.which("pypy3")
    if not os.path.exists(MOLT):
        sys.exit("build Molt first: cargo build --release -p molt")
    build_dir = tempfile.mkdtemp(prefix="molt-bench-")
    header = ["benchmark", "cpython s", "molt s", "cpy/molt"]
    if pypy:
        header[2:2] = ["pypy s"]
        header.append("cpy/pypy")
    rows = [header]
    for name in names:
        src = os.path.join(HERE, "programs", name + ".py")
        exe = os.path.join(build_dir, name)
        build = subprocess.run([MOLT, "build", src, "-o", exe], stderr=subprocess.PIPE)
        t_cpy, out_cpy = best_time([cpython, src], repeat)
        if build.returncode != 0:
            t_molt, out_molt = None, b""
            print(f"{name}: molt build failed:\n{build.stderr.decode()}", file=sys.stderr)
        else:
            t_molt, out_molt = best_time([exe], repeat)
        row = [name, fmt(t_cpy), fmt(t_molt) if out_molt == out_cpy else "WRONG", ratio(t_cpy, t_molt, out_molt == out_cpy)]
        if pypy:
            t_pypy, out_pypy = best_time([pypy, src], repeat)
            row[2:2] = [fmt(t_pypy) if out_pypy == out_cpy else "WRONG"]
            row.append(ratio(t_cpy, t_pypy, out_pypy == out_cpy))
        rows.append(row)
    shutil.rmtree(build_dir, ignore_errors=True)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def fmt(t):
    return "-" if t is None else f"{t:.3f}"


def ratio(base, other, same):
    if base is None or other is None or not same:
        return "-"
    return f"{base / other:.2f}x"


if __name__ == "__main__":
    main()
