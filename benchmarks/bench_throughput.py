"""Throughput of analyze() and of each module against jieba.lcut, on the same corpus text.

Run by hand (not in the test suite)::

    python benchmarks/bench_throughput.py [--every 1] [--backend jieba|rjieba|both] [--repeat 7]

Prints, in one run on the documents of ``../shared/corpus`` (every ``--every``-th one):

1. chars/s of ``jieba.lcut`` (the global jieba, default settings: the floor), of
   ``policytext.analyze()`` and of each step inside it (the text layer, the shared tokens, each
   component on the shared context), each as a ratio to jieba;
2. time of ``analyze()`` on one document of 1x, 2x and 4x a base size (growth should be linear);
3. import time, first ``analyze()`` in a fresh process, peak RSS.

Times are CPU seconds of this process (``time.process_time``) so that the ratios hold on a machine
shared with other jobs; wall-clock seconds are printed beside them. Goals (issue 8): analyze() at
least 0.5x jieba.lcut; import < 0.15 s; first analyze() in a fresh process < 1.5 s; doubling the
input at most 2.2x the time.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "beijing-innovation-center.txt"


def corpus(every: int) -> list[str]:
    paths = sorted(CORPUS.rglob("*.txt"))[::every]
    if not paths:
        sys.exit(f"no corpus at {CORPUS}")
    return [p.read_text(encoding="utf-8") for p in paths]


def timed(fn, texts) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of fn over every text, collector paused as for every line."""
    gc.collect()
    gc.disable()
    try:
        c0, w0 = time.process_time(), time.perf_counter()
        for t in texts:
            fn(t)
        return time.process_time() - c0, time.perf_counter() - w0
    finally:
        gc.enable()


def line(name: str, chars: int, cpu: float, wall: float, floor: float | None) -> None:
    ratio = f"{(chars / cpu) / floor:6.2f}x" if floor else "   1.00x"
    print(f"  {name:<34}{chars / cpu:>12,.0f} chars/s {ratio} jieba   ({cpu:6.2f} s CPU, {wall:6.2f} s wall)")


def steps(texts: list[str], n: int, floor: float) -> float:
    """analyze() broken into its steps on the shared Context, timed one by one."""
    from policytext.pipeline import COMPONENTS, Context

    totals = {"text layer (normalise, sentences)": 0.0, "shared tokens": 0.0}
    totals.update({f"component {k}": 0.0 for k in COMPONENTS})
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            if not text.strip():
                continue
            c = time.process_time()
            ctx = Context.from_text(text, topics=None, top_k=20)
            totals["text layer (normalise, sentences)"] += time.process_time() - c
            c = time.process_time()
            ctx.tokens  # noqa: B018 - computed once, shared by the components
            totals["shared tokens"] += time.process_time() - c
            for name, component in COMPONENTS.items():
                c = time.process_time()
                ctx.results.update(component(ctx))
                totals[f"component {name}"] += time.process_time() - c
    finally:
        gc.enable()
    for name, cpu in totals.items():
        line(name, n, cpu, float("nan"), floor)
    return sum(totals.values())


def scaling(base_chars: int) -> None:
    from policytext import analyze

    text = "\n".join(corpus(1))
    times = []
    for k in (1, 2, 4):
        doc = text[: base_chars * k]
        gc.collect()
        c = time.process_time()
        analyze(doc)
        times.append(time.process_time() - c)
        growth = f"  x{times[-1] / times[-2]:.2f} for x2 the input" if k > 1 else ""
        print(f"  {base_chars * k:>9,} chars  {times[-1]:6.2f} s CPU{growth}")


def fresh(code: str, repeat: int) -> list[float]:
    """Median of each number the code prints, over fresh interpreters."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        runs.append([float(x) for x in out.stdout.split()])
    return [statistics.median(col) for col in zip(*runs)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--every", type=int, default=1, help="take every n-th corpus document (default: all)")
    ap.add_argument("--backend", choices=("jieba", "rjieba", "both"), default="both")
    ap.add_argument("--repeat", type=int, default=7, help="fresh interpreters for import and first call")
    ap.add_argument("--scale-base", type=int, default=100_000, help="characters of the 1x document")
    a = ap.parse_args()

    import policytext
    from policytext.tokenize import set_backend, tokenize

    texts = corpus(a.every)
    n = sum(map(len, texts))
    print(f"policytext {policytext.__version__}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"corpus: {len(texts)} documents of ../shared/corpus, {n:,} characters\n")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    print("throughput (CPU time; ratio = chars/s over jieba.lcut's)")
    cpu, wall = timed(jieba.lcut, texts)
    floor = n / cpu
    line("jieba.lcut (floor)", n, cpu, wall, None)
    policytext.analyze(texts[0])  # load dictionaries, models and patterns outside the timing
    for backend in (("jieba", "rjieba") if a.backend == "both" else (a.backend,)):
        set_backend(backend)
        tokenize("预热")
        print(f"- backend {backend}")
        cpu, wall = timed(tokenize, texts)
        line(f"tokenize() [{backend}]", n, cpu, wall, floor)
        cpu, wall = timed(policytext.analyze, texts)
        line(f"analyze() [{backend}]", n, cpu, wall, floor)
        total = steps(texts, n, floor)
        print(f"  {'(sum of the steps)':<34}{n / total:>12,.0f} chars/s {(n / total) / floor:6.2f}x jieba")
    set_backend("jieba")
    print(f"\npeak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")

    print(f"\nlinear growth: analyze() of one document of 1x, 2x, 4x {a.scale_base:,} characters")
    scaling(a.scale_base)

    print(f"\ncold start (median of {a.repeat} fresh interpreters, wall-clock)")
    base, = fresh("import time; t = time.perf_counter(); print(time.perf_counter() - t)", 1)
    imp, = fresh("import time; t = time.perf_counter(); import policytext; print(time.perf_counter() - t)", a.repeat)
    print(f"  import policytext                 {imp:6.3f} s   (goal < 0.15 s)")
    first_code = (
        "import time, resource; t0 = time.perf_counter(); import policytext; t1 = time.perf_counter()\n"
        f"text = open({str(SEED)!r}, encoding='utf-8').read()\n"
        "policytext.analyze(text); t2 = time.perf_counter()\n"
        "print(t1 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    imp2, first, rss = fresh(first_code, a.repeat)
    print(f"  first analyze(seed) after import  {first:6.3f} s   (goal < 1.5 s; import + first call {imp2 + first:.3f} s)")
    print(f"  peak RSS after it                 {rss:6.0f} MB")
    del base


if __name__ == "__main__":
    main()
