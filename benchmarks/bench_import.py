"""Import time of policytext, against the bare interpreter start measured in the same run.

Run by hand: ``python benchmarks/bench_import.py [--repeat 15]``. Goal (issue 2): ``import
policytext`` adds < 0.15 s to the interpreter start, and imports no jieba, spaCy or scikit-learn.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def timed(code: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    a = ap.parse_args()
    base = timed("pass", a.repeat)
    pt = timed("import policytext", a.repeat)
    jb = timed("import jieba", a.repeat)
    print(f"interpreter start        {base * 1000:7.1f} ms")
    print(f"import policytext        {(pt - base) * 1000:7.1f} ms over start  (goal < 150 ms)")
    print(f"import jieba (reference) {(jb - base) * 1000:7.1f} ms over start")
    print(f"ratio policytext / jieba import: {(pt - base) / max(jb - base, 1e-9):.2f}")


if __name__ == "__main__":
    main()
