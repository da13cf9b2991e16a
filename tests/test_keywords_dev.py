"""Keyword precision on a dev set of eight corpus excerpts the extractor was not tuned on first.

``tests/data/keywords_dev.tsv`` holds, for each excerpt, the 20 terms a policy analyst would index
it under, written by reading the excerpt before running the extractor on it (a national and a
provincial work report, a State Council 意见 and 工作方案, a local 指导意见 and a local 行动计划, a
five-year plan and a congress report). A predicted keyword is right as the shared scorer counts it
(``../shared/eval/score.py``): it equals a gold term, or one contains the other and the shorter
has at least three characters. The floors sit a little under the measured means (docs/keywords.md)
so that a change that loses precision on documents of other kinds fails here.
"""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from conftest import DATA, corpus_text
from policytext import extract_keywords

DEV_FILE = DATA / "keywords_dev.tsv"
FLOOR_AT_10 = 0.74
FLOOR_AT_20 = 0.57
FLOOR_PER_DOCUMENT = 0.3


def kw_match(pred: str, gold: str) -> bool:
    """The scorer's matching rule."""
    if pred == gold:
        return True
    short, long_ = sorted((pred, gold), key=len)
    return len(short) >= 3 and short in long_


def precision(terms: list[str], gold: list[str], k: int) -> float:
    return sum(any(kw_match(t, g) for g in gold) for t in terms[:k]) / k


def dev_set() -> dict[tuple[str, int, int], list[str]]:
    rows = [r for r in DEV_FILE.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    out: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for r in csv.DictReader(rows, delimiter="\t"):
        out[(r["document"], int(r["start"]), int(r["end"]))].append(r["term"])
    return dict(out)


def test_dev_set_is_well_formed():
    docs = dev_set()
    assert len(docs) == 8
    assert all(len(terms) == 20 and len(set(terms)) == 20 for terms in docs.values())
    held_out = {"local/wankaifangban-2022-6.txt", "state-council/guobanfa-2019-6.txt",
                "state-council/guoling-706.txt", "gwr-provincial/2025-jilin.txt"}
    assert not held_out & {d for d, _, _ in docs}


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, tuple[float, float]]:
    out = {}
    for (doc, start, end), gold in dev_set().items():
        terms = [k.term for k in extract_keywords(corpus_text(doc)[start:end], top_k=20)]
        out[doc] = (precision(terms, gold, 10), precision(terms, gold, 20))
    return out


def test_dev_precision_floor(dev_scores):
    p10 = sum(s[0] for s in dev_scores.values()) / len(dev_scores)
    p20 = sum(s[1] for s in dev_scores.values()) / len(dev_scores)
    assert p10 >= FLOOR_AT_10 and p20 >= FLOOR_AT_20, dev_scores


def test_no_dev_document_collapses(dev_scores):
    # no kind of document falls below this share of its top 10 right
    assert all(p10 >= FLOOR_PER_DOCUMENT for p10, _ in dev_scores.values()), dev_scores
