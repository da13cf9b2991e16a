"""Keywords against jieba.analyse on gold keyword lists: precision, per-section lists, cold start, speed.

Run by hand: ``python benchmarks/bench_keywords.py [--gold ../shared/gold] [--gold /work/gold2 ...]
[--dev tests/data/keywords_dev.tsv]``.
Prints, side by side:

1. precision@10 and @20 of ``extract_keywords`` (tfidf, textrank, combined) and of
   ``jieba.analyse.extract_tags`` and ``jieba.analyse.textrank`` (default settings, global jieba)
   against the gold keyword lists of every document of each ``--gold`` directory (a document is
   ``NAME.txt`` with ``NAME.keywords.json``; the mean over documents, then per document) and of
   the dev set of corpus excerpts (``--dev``), with the
   scorer's matching rule (equal, or one contains the other and the shorter has at least 3
   characters). Goal (issue 5): ours at least 2x jieba's.
2. per-section lists of the seed (one list per 一、 section), mean precision@10 against its gold.
3. cold start: a fresh interpreter importing the library and extracting the seed's keywords once.
4. throughput on the seed x50: tokenization, and the keyword work after it.

Times are CPU seconds of the process (``time.process_time``), so that the numbers hold on a
machine shared with other jobs; cold start also gives wall-clock seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
NAME = "beijing-innovation-center"
CORPUS = ROOT.parent / "shared" / "corpus"
DEV = ROOT / "tests" / "data" / "keywords_dev.tsv"


def dev_set(path: Path):
    """The keyword dev set (document, start, end, term per row) as (label, docs, texts, golds)."""
    import csv

    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    texts, golds_of = {}, {}
    for r in csv.DictReader(rows, delimiter="\t"):
        d = r["document"].split("/")[-1].removesuffix(".txt")
        texts[d] = (CORPUS / r["document"]).read_text(encoding="utf-8")[int(r["start"]):int(r["end"])]
        golds_of.setdefault(d, []).append(r["term"])
    return path, sorted(texts), texts, golds_of


def kw_match(pred: str, gold: str) -> bool:
    """The scorer's rule (../shared/eval/score.py)."""
    if pred == gold:
        return True
    short, long_ = sorted((pred, gold), key=len)
    return len(short) >= 3 and short in long_


def precision(terms: list[str], gold: list[str], k: int) -> float:
    return sum(any(kw_match(t, g) for g in gold) for t in terms[:k]) / k


def cold(code: str, repeat: int) -> tuple[float, float]:
    """Median (CPU seconds, wall seconds) of ``code``, which prints both."""
    cpu, wall = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True)
        c, w = out.stdout.strip().splitlines()[-1].split()
        cpu.append(float(c))
        wall.append(float(w))
    return statistics.median(cpu), statistics.median(wall)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, action="append", help="gold directory (repeatable); default ../shared/gold")
    ap.add_argument("--repeat", type=int, default=3, help="cold-start runs (median)")
    ap.add_argument("--dev", type=Path, default=DEV, help="keyword dev set TSV (corpus excerpts); default "
                    "tests/data/keywords_dev.tsv, skipped when ../shared/corpus is absent")
    a = ap.parse_args()
    golds = a.gold or [GOLD]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse
    jieba.setLogLevel(60)
    from policytext import extract_keywords
    from policytext.keywords import extract_keywords_by_section
    from policytext.tokenize import tokenize

    methods = {
        **{f"policytext {m}": (lambda t, m=m: [k.term for k in extract_keywords(t, top_k=20, method=m)])
           for m in ("tfidf", "textrank", "combined")},
        "jieba extract_tags": lambda t: jieba.analyse.extract_tags(t, topK=20),
        "jieba textrank": lambda t: jieba.analyse.textrank(t, topK=20),
    }
    print("1. precision against the gold keyword lists")
    sets = []
    for gold_dir in golds:
        docs = sorted(p.name[: -len(".keywords.json")] for p in gold_dir.glob("*.keywords.json"))
        texts = {d: (gold_dir / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
        golds_of = {d: json.loads((gold_dir / f"{d}.keywords.json").read_text(encoding="utf-8"))["keywords"]
                    for d in docs}
        sets.append((gold_dir, docs, texts, golds_of))
    if a.dev is not None and a.dev.is_file() and CORPUS.is_dir():
        sets.append(dev_set(a.dev))
    for gold_dir, docs, texts, golds_of in sets:
        lists = {name: {d: fn(texts[d]) for d in docs} for name, fn in methods.items()}
        mean = {name: {k: statistics.mean(precision(lists[name][d], golds_of[d], k) for d in docs) for k in (10, 20)}
                for name in methods}
        print(f"   {gold_dir} ({len(docs)} documents), mean over documents")
        print(f"   {'method':<22}{'P@10':>6}{'P@20':>6}   " + "  ".join(f"{d[:18]:>18}" for d in docs))
        for name in methods:
            per = "  ".join(f"{precision(lists[name][d], golds_of[d], 10):>8.2f} /{precision(lists[name][d], golds_of[d], 20):>5.2f}"
                            for d in docs)
            print(f"   {name:<22}{mean[name][10]:>6.2f}{mean[name][20]:>6.2f}   {per}")
        best_jieba = {k: max(mean[n][k] for n in methods if n.startswith("jieba")) for k in (10, 20)}
        ours = mean["policytext tfidf"]
        print(f"   ratio policytext tfidf / best jieba: @10 {ours[10] / best_jieba[10]:.1f}x, "
              f"@20 {ours[20] / best_jieba[20]:.1f}x (goal >= 2x)")
        for d in docs:
            print(f"   {d} tfidf top 10: {' '.join(lists['policytext tfidf'][d][:10])}")

    seed_dir = golds[0] if (golds[0] / f"{NAME}.txt").is_file() else GOLD
    text = (seed_dir / f"{NAME}.txt").read_text(encoding="utf-8")
    gold = json.loads((seed_dir / f"{NAME}.keywords.json").read_text(encoding="utf-8"))["keywords"]
    ours = {k: precision([k_.term for k_ in extract_keywords(text, top_k=20)], gold, k) for k in (10, 20)}

    starts = [m.start() for m in re.finditer(r"(?m)^[一二三四五六七八九十]+、", text)]
    spans = list(zip(starts, starts[1:] + [len(text)]))
    by_section = [[k.term for k in ks] for ks in extract_keywords_by_section(text, spans, top_k=10)]
    alone = [[k.term for k in extract_keywords(text[s:e], top_k=10)] for s, e in spans]
    jb = [jieba.analyse.extract_tags(text[s:e], topK=10) for s, e in spans]
    print(f"\n2. per-section lists ({len(spans)} sections), mean precision@10 against the document gold")
    for name, lists in (("policytext by_section", by_section), ("policytext per section", alone),
                        ("jieba per section", jb)):
        print(f"   {name:<24}{statistics.mean(precision(t, gold, 10) for t in lists):.2f}")
    print(f"   whole document (policytext tfidf) {ours[10]:.2f}")

    seed = str(seed_dir / f"{NAME}.txt")
    clock = "import time; c=time.process_time(); w=time.perf_counter(); "
    done = "; print(time.process_time()-c, time.perf_counter()-w)"
    ours_cold = cold(clock + "import policytext; "
                     f"policytext.extract_keywords(open({seed!r}, encoding='utf-8').read())" + done, a.repeat)
    jieba_cold = cold(clock + "import jieba, jieba.analyse; jieba.setLogLevel(60); "
                      f"jieba.analyse.extract_tags(open({seed!r}, encoding='utf-8').read())" + done, a.repeat)
    print(f"\n3. cold start (fresh interpreter, import + first call, median of {a.repeat}): CPU s, wall s")
    print(f"   policytext.extract_keywords   {ours_cold[0]:6.2f} {ours_cold[1]:6.2f}")
    print(f"   jieba.analyse.extract_tags    {jieba_cold[0]:6.2f} {jieba_cold[1]:6.2f}")

    big = text * 50
    t0 = time.process_time()
    toks = tokenize(big)
    t_tok = time.process_time() - t0
    print(f"\n4. throughput on the seed x50 ({len(big):,} chars)")
    print(f"   tokenize (shared, once per text)   {len(big) / t_tok / 1e6:5.2f} M chars/s")
    for method in ("tfidf", "textrank", "combined"):
        t0 = time.process_time()
        extract_keywords(big, tokens=toks, method=method)
        dt = time.process_time() - t0
        print(f"   extract_keywords {method:<9} after it {len(big) / dt / 1e6:5.2f} M chars/s")
    t0 = time.process_time()
    jieba.analyse.extract_tags(big, topK=20)
    dt = time.process_time() - t0
    print(f"   jieba extract_tags (incl. its cut)  {len(big) / dt / 1e6:5.2f} M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
