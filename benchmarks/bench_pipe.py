"""Pipeline.pipe() speed-up with worker processes, on the shared corpus.

Run by hand (not in the test suite)::

    python benchmarks/bench_pipe.py [--n-process 1 2] [--backend jieba|rjieba] [--every 1]

Analyses the documents of ``../shared/corpus`` with each ``n_process`` in turn (wall-clock time:
that is what processes buy), checks that every run gives the same documents as the first, and
prints the speed-up over one process. Goal (issue 8): at least 1.8x with two processes on two
cores.

The wall-clock speed-up only means something on an otherwise idle machine (the load average is
printed before each run). So the CPU seconds of this process and of its workers are printed too:
``CPU speed-up`` is what the same run would give on ``n`` idle cores, the one-process CPU time
over the larger of the parent's CPU time and the workers' CPU time shared among ``n`` cores.
"""

from __future__ import annotations

import argparse
import os
import resource
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--backend", choices=("jieba", "rjieba"), default="jieba")
    ap.add_argument("--every", type=int, default=1, help="take every n-th corpus document (default: all)")
    a = ap.parse_args()

    import policytext
    from policytext.tokenize import set_backend

    set_backend(a.backend)
    paths = sorted(CORPUS.rglob("*.txt"))[:: a.every]
    if not paths:
        sys.exit(f"no corpus at {CORPUS}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    n = sum(map(len, texts))
    print(f"policytext {policytext.__version__}, Python {platform.python_version()}, {os.cpu_count()} CPUs; "
          f"backend {a.backend}; {len(texts)} documents, {n:,} characters")
    nlp = policytext.Pipeline()
    nlp("预热。")  # the parent's tokenizer is loaded before any timing, as forked workers inherit it
    reference = None
    base = None
    base_cpu = None
    for k in a.n_process:
        load = os.getloadavg()[0]
        own0, kids0 = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        t0 = time.perf_counter()
        docs = [d.to_dict() for d in nlp.pipe(texts, n_process=k)]
        wall = time.perf_counter() - t0
        own1, kids1 = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        own = own1.ru_utime + own1.ru_stime - own0.ru_utime - own0.ru_stime
        kids = kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime
        same = "reference" if reference is None else ("same documents" if docs == reference else "DIFFERENT")
        reference = reference or docs
        base = base or wall
        base_cpu = base_cpu or own + kids
        ideal = base_cpu / max(own, kids / k)
        print(f"  n_process={k}: {wall:6.1f} s wall, {n / wall:9,.0f} chars/s, speed-up x{base / wall:.2f} "
              f"({same}; load average before {load:.1f})")
        print(f"  {'':13}CPU: here {own:6.1f} s, workers {kids:6.1f} s -> CPU speed-up x{ideal:.2f} on {k} idle cores")


if __name__ == "__main__":
    main()
