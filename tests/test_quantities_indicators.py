"""The indicator dev set (and a hold-out document): accuracy of ``Quantity.indicator`` over
hand-annotated corpus figures.

``tests/data/indicators_sample.tsv`` holds 368 figures of five corpus documents (a national and a
provincial work report, a local action plan, a five-year plan, the statistics of the 1957 report),
each with the indicator expected by reading its sentence. The expectations were written before
the extractor was run on these documents, so they measure it rather than describe it.

Two scores, as ``../shared/eval/score.py`` counts them and stricter:

* ok: the expected phrase is inside the indicator found, which is at most three times as long
  plus four characters (the scorer's rule);
* exact: the indicator found is the expected phrase.
"""

from __future__ import annotations

import csv
from functools import lru_cache

import pytest

from policytext import extract_quantities

from conftest import CORPUS, DATA

SAMPLE = DATA / "indicators_sample.tsv"
HOLDOUT = DATA / "indicators_holdout.tsv"  # one more document, annotated after the rules, never tuned on


def _rows(path=SAMPLE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=None)
def _quantities(document: str):
    return extract_quantities((CORPUS / document).read_text(encoding="utf-8"))


def _found(row: dict[str, str]):
    """The indicator given to the figure at ``row['start']`` (None if no figure starts there)."""
    start = int(row["start"])
    q = next((q for q in _quantities(row["document"]) if q.start <= start < q.end), None)
    return None if q is None else (q.indicator or "")


def _ok(expected: str, got: str | None) -> bool:
    return got is not None and expected in got and len(got) <= 3 * len(expected) + 4


def _scores(path=SAMPLE) -> tuple[float, float, list[str]]:
    rows = _rows(path)
    ok = exact = 0
    misses = []
    for row in rows:
        got = _found(row)
        ok += _ok(row["indicator"], got)
        exact += got == row["indicator"]
        if got != row["indicator"]:
            misses.append(f"{row['context']}: expected {row['indicator']!r} got {got!r}")
    return ok / len(rows), exact / len(rows), misses


@pytest.fixture(scope="module")
def scores():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return _scores()


@pytest.mark.parametrize("path, n, documents", [(SAMPLE, 368, 5), (HOLDOUT, 61, 1)], ids=["sample", "holdout"])
def test_the_sample_is_well_formed(path, n, documents):
    rows = _rows(path)
    assert len(rows) == n
    assert len({row["document"] for row in rows}) == documents
    for row in rows:
        assert row["indicator"] and "[" in row["context"], row
    if CORPUS.is_dir():
        for row in rows:
            text = (CORPUS / row["document"]).read_text(encoding="utf-8")
            figure = row["context"].split("[", 1)[1].split("]", 1)[0]
            assert text.startswith(figure, int(row["start"])), row


def test_indicator_accuracy_over_the_sample(scores):
    ok, exact, misses = scores
    # before the third pass: ok 0.859, exact 0.603; after it: ok 0.951, exact 0.693 (see CHANGELOG).
    # The floors sit a little below the measured values so that an honest change elsewhere can
    # move them without noise.
    assert ok >= 0.93, "\n".join(misses)
    assert exact >= 0.67, "\n".join(misses)


def test_indicator_accuracy_over_the_holdout():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    ok, exact, misses = _scores(HOLDOUT)
    # first measured after the third pass was written: ok 0.951, exact 0.607 (the code before it:
    # the same); 0.967 / 0.623 after durations reached as levels got an indicator (a rule made for
    # two dev-set rows that also covers one row here)
    assert ok >= 0.93, "\n".join(misses)
    assert exact >= 0.58, "\n".join(misses)


if __name__ == "__main__":  # cd tests && python test_quantities_indicators.py: the misses, for review
    for path in (SAMPLE, HOLDOUT):
        ok, exact, misses = _scores(path)
        print("\n".join(misses))
        print(f"{path.name}: ok {ok:.3f} exact {exact:.3f} n {len(_rows(path))}")
