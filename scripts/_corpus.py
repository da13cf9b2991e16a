"""Read ../shared/corpus for the data-building scripts (term discovery, the policy IDF).

The corpus README lists what to clean before counting: the Wikisource licence template that ends
65 files (a public-domain notice split over short lines, then ``Public domain``/``false`` lines) and
the second transcription of the 19th-congress report. Nothing else is changed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

#: The corpus beside the repository (``../shared/corpus``).
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: Second transcription of congress/2017-19th.txt (corpus README): counted once.
DUPLICATES = frozenset({"congress/2017-19th-judenpech.txt"})
# First line of the Wikisource licence notices (simplified and traditional variants).
_LICENCE_STARTS = ("本作品是中华人民共和国", "本作品来自1949年", "这部作品在", "這部作品在", "本作品在")
_TAIL_WINDOW = 120  # the notice fits in the last 120 non-blank lines


def strip_licence(text: str) -> str:
    """Drop the Wikisource licence template at the end of ``text`` (if it ends with one)."""
    lines = text.splitlines()
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if not nonblank or lines[nonblank[-1]].strip() not in {"false", "Public domain"}:
        return text
    for i in nonblank[-_TAIL_WINDOW:]:
        if lines[i].strip().startswith(_LICENCE_STARTS):
            return "\n".join(lines[:i])
    # a template we do not know: drop at least the trailing Public domain / false lines
    keep = [ln for ln in lines if ln.strip() not in {"false", "Public domain"}]
    return "\n".join(keep)


def iter_documents(corpus: Path = DEFAULT_CORPUS) -> Iterator[tuple[str, str]]:
    """Yield ``(relative path, cleaned text)`` for every corpus document, in MANIFEST order."""
    manifest = corpus / "MANIFEST.tsv"
    if not manifest.is_file():
        raise SystemExit(f"corpus manifest not found: {manifest}")
    with manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        rel = row["path"]
        if rel in DUPLICATES:
            continue
        yield rel, strip_licence((corpus / rel).read_text(encoding="utf-8"))
