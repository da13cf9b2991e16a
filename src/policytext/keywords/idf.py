"""Document frequencies and IDF: the shipped policy IDF and the ones users fit on their corpus.

The shipped table (``data/idf.json``) counts, for every keyword candidate, the paragraphs of
``../shared/corpus`` it occurs in (paragraphs as documents: a policy text is long and covers many
topics, so a paragraph is the unit a term is typical of). ``scripts/build_idf.py`` rebuilds it.

IDF is smoothed as in scikit-learn (``smooth_idf=True``): ``idf = ln((1 + N) / (1 + df)) + 1``.
A term the table does not hold (never seen, or seen in fewer than ``min_df`` paragraphs and pruned)
gets ``df = 0``, hence the largest IDF, ``ln(1 + N) + 1``: a term the policy corpus does not use
is taken as specific to the document. (jieba instead gives every unseen term the median IDF,
which ranks a new policy term like any ordinary word.) Numbers and stop words never reach the
scorer, so the high weight of unseen strings only goes to word-like candidates.

>>> table = policy_idf()
>>> table.idf("新质生产力") > table.idf("科技创新") > table.idf("改革开放")
True
>>> table.idf("一个从未见过的词") == table.max_idf
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ..data import read_json
from ..text import check_text, split_paragraphs
from .lexicon import is_candidate, quoted_terms
from .named import acronyms, indicators

__all__ = ["IDF_FILE", "IDFTable", "document_frequencies", "policy_idf"]

IDF_FILE = "idf.json"
Unit = Literal["paragraph", "document"]


@dataclass(frozen=True)
class IDFTable:
    """Document frequencies of terms and the smoothed IDF they give.

    Attributes:
        df: ``{term: number of documents (paragraphs) containing it}``.
        n_documents: how many documents were counted.
        unit: what a document was (``paragraph`` or ``document``).
        min_df: terms seen in fewer documents were dropped (and count as unseen).
    """

    df: Mapping[str, int]
    n_documents: int
    unit: str = "paragraph"
    min_df: int = 1
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def max_idf(self) -> float:
        """The IDF of an unseen term, ``ln(1 + N) + 1``."""
        return math.log(1 + self.n_documents) + 1

    def idf(self, term: str) -> float:
        """Smoothed IDF, ``ln((1 + N) / (1 + df)) + 1``; unseen terms get :attr:`max_idf`.

        >>> IDFTable({"创新": 3}, n_documents=3).idf("创新")
        1.0
        """
        v = self._cache.get(term)
        if v is None:
            v = math.log((1 + self.n_documents) / (1 + self.df.get(term, 0))) + 1
            self._cache[term] = v
        return v

    def mean_idf(self, terms: frozenset[str]) -> float:
        """The mean IDF of ``terms`` (cached per set of terms); :attr:`max_idf` for no terms.

        >>> IDFTable({"创新": 3}, n_documents=3).mean_idf(frozenset({"创新"}))
        1.0
        """
        key = ("mean", id(terms))
        v = self._cache.get(key)
        if v is None or v[0] is not terms:
            v = (terms, sum(map(self.idf, terms)) / len(terms) if terms else self.max_idf)
            self._cache[key] = v
        return v[1]

    def __contains__(self, term: object) -> bool:
        return term in self.df

    def __len__(self) -> int:
        return len(self.df)

    def to_dict(self) -> dict:
        """The table as the JSON structure of ``data/idf.json`` (without ``source``)."""
        return {
            "documents": self.n_documents,
            "unit": self.unit,
            "min_df": self.min_df,
            "smoothing": "idf = ln((1 + documents) / (1 + df)) + 1; unseen terms df = 0",
            "df": dict(sorted(self.df.items())),
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> "IDFTable":
        """Read the structure written by :meth:`to_dict`."""
        try:
            return cls(dict(data["df"]), int(data["documents"]), str(data.get("unit", "paragraph")),
                       int(data.get("min_df", 1)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not an IDF table (needs 'df' and 'documents'): {exc}") from exc


def _units(text: str, unit: Unit) -> list[str]:
    if unit == "document":
        return [text]
    return [p.text for p in split_paragraphs(text)]


def document_frequencies(
    texts: Iterable[str],
    *,
    unit: Unit = "paragraph",
    min_df: int = 1,
    cut: Callable[[str], list[str]] | None = None,
) -> IDFTable:
    """Count the documents (paragraphs by default) each keyword candidate occurs in: the words
    that can be keywords, what the text puts in quotation marks (“十四五”), acronyms (5G) and the
    indicators of ``data/policy_indicators.tsv`` wherever they occur (一般性转移支付 holds 转移支付), as
    :func:`~policytext.keywords.candidates.candidate_units` reads it.

    Args:
        texts: the corpus, one string per text.
        unit: ``"paragraph"`` (each non-blank line is a document) or ``"document"``.
        min_df: drop terms seen in fewer documents (they then count as unseen).
        cut: segmenter ``str -> list[str]``; default the policy tokenizer.

    >>> t = document_frequencies(["发展数字经济。\\n发展数字经济和实体经济。", "实体经济。"])
    >>> t.n_documents, t.df["数字经济"], t.df["实体经济"]
    (3, 2, 2)
    """
    if unit not in ("paragraph", "document"):
        raise ValueError(f"unit must be 'paragraph' or 'document', got {unit!r}")
    if not isinstance(min_df, int) or isinstance(min_df, bool) or min_df < 1:
        raise ValueError(f"min_df must be a positive int, got {min_df!r}")
    if isinstance(texts, str):
        raise TypeError("document_frequencies() expects an iterable of texts, got a single str")
    if cut is None:
        from ..tokenize import cut
    df: Counter = Counter()
    n = 0
    for text in texts:
        check_text(text, "document_frequencies")
        for part in _units(text, unit):
            n += 1
            terms = {w for w in cut(part) if is_candidate(w)}
            terms.update(q for _, _, q in quoted_terms(part))
            terms.update(a for _, _, a in acronyms(part))
            terms.update(t for t in indicators() if t in part)  # also inside longer names
            df.update(terms)
    kept = {w: c for w, c in df.items() if c >= min_df}
    return IDFTable(kept, n, unit, min_df)


@lru_cache(maxsize=1)
def policy_idf() -> IDFTable:
    """The policy IDF shipped in ``data/idf.json`` (loaded once; about 20 ms).

    >>> policy_idf().unit
    'paragraph'
    """
    return IDFTable.from_dict(read_json(IDF_FILE))
