"""Rebuild the policy IDF (src/policytext/data/idf.json) from ../shared/corpus.

Paragraphs (non-blank lines) are the documents. Each paragraph is segmented with the policy
tokenizer (jieba + data/policy_dict.txt, so run this after ``discover_terms.py apply``), and every
keyword candidate (``policytext.keywords.lexicon.is_candidate``: no numbers, stop words, function
words or generic verbs), quoted coinage and acronym (5G, RCEP) is counted once per paragraph, and
so is every indicator of data/policy_indicators.tsv the paragraph holds, also inside a longer name. Terms seen in fewer than ``--min-df``
paragraphs are dropped and count as unseen (df = 0, the largest IDF). The Wikisource licence
template and the duplicate 19th-congress transcription are removed first (scripts/_corpus.py).

    python scripts/build_idf.py [--corpus ../shared/corpus] [--min-df 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from _corpus import DEFAULT_CORPUS, iter_documents  # noqa: E402

OUT = ROOT / "src" / "policytext" / "data" / "idf.json"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--min-df", type=int, default=2)
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)

    from policytext.keywords.idf import document_frequencies

    t0 = time.perf_counter()
    docs = list(iter_documents(a.corpus))
    table = document_frequencies([text for _, text in docs], unit="paragraph", min_df=a.min_df)
    data = {
        "source": (
            f"Paragraph document frequencies of keyword candidates in ../shared/corpus ({len(docs)} "
            "documents: Wikisource licence template stripped, the second 19th-congress transcription "
            "dropped), segmented with jieba + policy_dict.txt; acronyms and the indicators of "
            "policy_indicators.tsv counted wherever they occur; rebuilt by scripts/build_idf.py."
        ),
        **table.to_dict(),
    }
    a.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(table)} terms, {table.n_documents} paragraphs, "
          f"{a.out.stat().st_size // 1024} KiB, {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
