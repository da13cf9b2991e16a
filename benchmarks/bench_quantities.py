"""Throughput of ``extract_quantities`` against Microsoft Recognizers-Text on the same corpus text.

Run by hand (Recognizers-Text is an optional benchmark dependency)::

    pip install -e '.[bench]'
    python benchmarks/bench_quantities.py [--chars 100000] [--repeat 3]

Both tools get the same lines of ``../shared/corpus`` (every document in turn, lines cut at 400
characters because Recognizers-Text works per utterance). Recognizers-Text runs the models that
cover what policytext extracts: number, percentage, currency, dimension, age and temperature
(models built once, outside the timing). Prints chars/s of each and the ratio (goal: ≥ 20×).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_lines(limit: int, width: int = 400) -> list[str]:
    """Non-blank lines of the corpus, documents in name order, until ``limit`` characters."""
    out: list[str] = []
    total = 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            while line:
                piece, line = line[:width], line[width:]
                out.append(piece)
                total += len(piece)
                if total >= limit:
                    return out
    return out


def timed(func, lines: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for line in lines:
            func(line)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=100_000, help="corpus characters to use")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    try:
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
    except ImportError:
        print("Recognizers-Text is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from policytext import extract_quantities

    lines = corpus_lines(a.chars)
    n = sum(map(len, lines))
    num = NumberRecognizer(Culture.Chinese)
    unit = NumberWithUnitRecognizer(Culture.Chinese)
    models = [num.get_number_model(), num.get_percentage_model(), unit.get_currency_model(),
              unit.get_dimension_model(), unit.get_age_model(), unit.get_temperature_model()]

    def recognizers(line: str) -> list:
        out = []
        for model in models:
            out.extend(model.parse(line))
        return out

    extract_quantities(lines[0])  # load lexicons outside the timing
    recognizers(lines[0])
    ours = timed(extract_quantities, lines, a.repeat)
    theirs = timed(recognizers, lines, max(1, a.repeat // 3))
    found_ours = sum(len(extract_quantities(line)) for line in lines)
    found_theirs = sum(len(recognizers(line)) for line in lines)
    print(f"text: {n:,} chars in {len(lines):,} lines of ../shared/corpus")
    print(f"policytext.extract_quantities: {n / ours:>12,.0f} chars/s  ({found_ours:,} figures)")
    print(f"Recognizers-Text (6 models):   {n / theirs:>12,.0f} chars/s  ({found_theirs:,} results)")
    print(f"ratio: {theirs / ours:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
