"""Throughput of the slogans component (parallels, abbreviations, quoted phrases, titles).

Run by hand: ``python benchmarks/bench_slogans.py [--repeat 3]``. Each text goes through
``policytext.pipeline.Context`` first (normalisation, sentences, the shared tokens, sections), then
``slogans_component`` is timed alone, as the pipeline runs it. Two corpora: the 51 national
government work reports of ../shared/corpus/gwr-national (budget: 1M chars/s and more) and the seed
document repeated 50 times. Two numbers each:

- cold: the part-of-speech cache emptied before the run (a first document);
- warm: the cache left from the run before (a corpus; short spans recur across documents).

Times are CPU seconds of the process (``time.process_time``), the best of ``--repeat`` runs, so
that the numbers hold on a machine shared with other jobs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def contexts(texts):
    from policytext.pipeline import Context, sections_component

    out = []
    for text in texts:
        ctx = Context.from_text(text)
        ctx.tokens  # noqa: B018 - the shared tokenization, done before the timing
        ctx.results["sections"] = sections_component(ctx)["sections"]
        out.append(ctx)
    return out


def run(ctxs, repeat: int) -> tuple[float, float]:
    """(cold, warm) chars/s of the slogans component over ``ctxs``."""
    from policytext.pipeline import slogans_component
    from policytext.slogans import _common

    n = sum(len(c.text) for c in ctxs)
    cold = warm = float("inf")
    for _ in range(repeat):
        _common.tag.cache_clear()
        for mode in ("cold", "warm"):
            _common._CACHE.clear()  # the prepared texts, not the part-of-speech cache
            t0 = time.process_time()
            for ctx in ctxs:
                slogans_component(ctx)
            dt = time.process_time() - t0
            if mode == "cold":
                cold = min(cold, dt)
            else:
                warm = min(warm, dt)
    return n / cold, n / warm


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    from policytext.pipeline import Context, slogans_component
    from policytext.slogans._common import tag, word_tag

    slogans_component(Context.from_text("抓平台、抓主体、抓转化"))  # load jieba and its tags
    tag("初始化")
    word_tag("初始")
    reports = sorted((CORPUS / "gwr-national").glob("*.txt"))
    seed = (ROOT / "seeds" / "beijing-innovation-center.txt").read_text(encoding="utf-8")
    for name, texts in (("gwr-national", [p.read_text(encoding="utf-8") for p in reports]), ("seed x50", [seed * 50])):
        cold, warm = run(contexts(texts), a.repeat)
        print(f"{name:<14} {sum(map(len, texts)):>9,} chars   cold {cold:>12,.0f} chars/s   warm {warm:>12,.0f} chars/s")


if __name__ == "__main__":
    main()
