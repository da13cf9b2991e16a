"""Stream a 50 MB corpus through Pipeline.pipe() and watch the memory.

Run by hand (not in the test suite)::

    python benchmarks/bench_stream.py [--mb 50] [--n-process 2] [--backend jieba|rjieba] [--start-method M]

The documents of ``../shared/corpus`` (7.6 MB of UTF-8) are read from disk one at a time, the
whole folder over and over, until ``--mb`` megabytes have gone by; each Document is turned into
JSON (as a program writing JSON Lines would) and dropped. Prints the throughput and the peak
resident memory of this process, of each worker and of all of them together (sampled with psutil
every 20 documents; ``resource.getrusage`` for the peaks it records). Goal (issue 8): peak RSS
below 500 MB while streaming 50 MB.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def stream(megabytes: float, stats: dict) -> Iterator[str]:
    """Corpus texts read lazily, over and over, until ``megabytes`` of UTF-8 have been read."""
    paths = sorted(CORPUS.rglob("*.txt"))
    if not paths:
        sys.exit(f"no corpus at {CORPUS}")
    limit = megabytes * 1_000_000
    while True:
        for p in paths:
            if stats["bytes"] >= limit:
                return
            data = p.read_bytes()
            stats["bytes"] += len(data)
            text = data.decode("utf-8")
            stats["chars"] += len(text)
            stats["docs"] += 1
            yield text


def rss_mb(proc) -> tuple[float, list[float]]:
    """Resident MB of this process and of each of its child processes, now."""
    own = proc.memory_info().rss / 2**20
    children = []
    for c in proc.children(recursive=True):
        try:
            children.append(c.memory_info().rss / 2**20)
        except Exception:  # noqa: BLE001 - a worker may exit between listing and reading
            pass
    return own, children


def pss_mb(proc) -> tuple[float, float]:
    """Proportional (PSS) and unique (USS) MB of this process and its children together, now.

    RSS counts a page shared by a forked parent and its workers once in each of them; PSS splits
    it between them, so the sum of PSS is the memory the whole pool really takes.
    """
    pss = uss = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            info = p.memory_full_info()
        except Exception:  # noqa: BLE001 - a worker may exit between listing and reading
            continue
        pss += getattr(info, "pss", info.rss) / 2**20
        uss += info.uss / 2**20
    return pss, uss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="megabytes of UTF-8 text to stream (default 50)")
    ap.add_argument("--n-process", type=int, default=2, help="Pipeline.pipe(n_process=...) (default 2)")
    ap.add_argument("--backend", choices=("jieba", "rjieba"), default="jieba")
    ap.add_argument("--start-method", choices=("fork", "spawn", "forkserver"), default=None,
                    help="Pipeline.pipe(start_method=...) (default: pipe's own choice)")
    a = ap.parse_args()

    import psutil

    import policytext
    from policytext.tokenize import set_backend

    set_backend(a.backend)
    proc = psutil.Process()
    print(f"policytext {policytext.__version__}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}; backend {a.backend}, n_process {a.n_process}")
    stats = {"bytes": 0, "chars": 0, "docs": 0}
    peak_own = peak_total = peak_worker = peak_pss = peak_uss = 0.0
    records = 0
    out_bytes = 0
    t0 = time.perf_counter()
    for i, doc in enumerate(policytext.Pipeline().pipe(stream(a.mb, stats), n_process=a.n_process,
                                                                start_method=a.start_method)):
        out_bytes += len(doc.to_json().encode("utf-8"))
        records += len(doc.quantities) + len(doc.parallels) + len(doc.quoted) + len(doc.sentences)
        if i % 20 == 0:
            own, children = rss_mb(proc)
            peak_own = max(peak_own, own)
            peak_worker = max([peak_worker, *children])
            peak_total = max(peak_total, own + sum(children))
            pss, uss = pss_mb(proc)
            peak_pss, peak_uss = max(peak_pss, pss), max(peak_uss, uss)
        if i % 200 == 0:
            el = time.perf_counter() - t0
            print(f"  {stats['docs']:5d} docs  {stats['bytes'] / 1e6:6.1f} MB  {stats['chars'] / max(el, 1e-9):9,.0f} "
                  f"chars/s  RSS {own:5.0f} MB + workers {sum(children):5.0f} MB", flush=True)
    wall = time.perf_counter() - t0
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\nstreamed {stats['bytes'] / 1e6:.1f} MB = {stats['docs']:,} documents, {stats['chars']:,} characters "
          f"in {wall:.1f} s wall: {stats['chars'] / wall:,.0f} chars/s; {records:,} records, "
          f"{out_bytes / 1e6:.1f} MB of JSON written to nowhere")
    print(f"peak RSS: this process {max(peak_own, self_peak):.0f} MB, largest worker {max(peak_worker, child_peak):.0f} "
          f"MB, all together (sampled) {peak_total:.0f} MB   (goal < 500 MB)")
    print(f"all together without double counting (sampled): PSS {peak_pss:.0f} MB, USS {peak_uss:.0f} MB; "
          f"parent holds jieba: {'jieba' in sys.modules}")


if __name__ == "__main__":
    main()
