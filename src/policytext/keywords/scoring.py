"""Dictionary scoring: count the terms of a categorised lexicon in a text, per 10,000 characters.

This is how economists build indices from policy texts (a digital-economy or green-development
intensity of each government work report): count the lexicon's terms by category and divide by
the length of the text. ``score_terms`` does it with offsets, so every count can be checked
against the matched spans, and per section when the sections are known.

Matching is on the normalised text (full-width letters and digits folded, so ５Ｇ matches 5G),
leftmost and longest first, without overlaps across the whole lexicon: 碳排放权交易 counts once,
not also as 碳排放权 and 碳排放. Density is matches per 10,000 characters, whitespace not counted.

Shipped lexicons (``data/lexicons/*.tsv``, columns ``term`` and ``category``, sources in their
headers): ``digital_economy``, ``green_development``, ``innovation``; ``"policy"`` is the three
together with the lexicon name as category.

>>> s = score_terms("推进数字经济和实体经济深度融合，发展人工智能和绿色低碳产业。", "policy")
>>> s.counts
{'digital_economy': 2, 'green_development': 1, 'innovation': 0}
>>> [(m.text, m.category) for m in s.matches]
[('数字经济', 'digital_economy'), ('人工智能', 'digital_economy'), ('绿色低碳', 'green_development')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import data_path, read_table
from ..records import TermMatch
from ..text import check_text, normalize

__all__ = ["LEXICONS", "SectionScores", "TermScores", "load_lexicon", "score_terms"]

#: Names of the shipped lexicons (``data/lexicons/<name>.tsv``).
LEXICONS = ("digital_economy", "green_development", "innovation")
PER = 10_000
_SPACE = re.compile(r"\s")


def _read_tsv(path: str | Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in read_table(path):
        if "term" not in row or "category" not in row:
            raise ValueError(f"lexicon file {str(path)!r} needs 'term' and 'category' columns, got {sorted(row)}")
        out.setdefault(row["category"], []).append(row["term"])
    return {k: tuple(out[k]) for k in sorted(out)}


@lru_cache(maxsize=None)
def _shipped(name: str) -> dict[str, tuple[str, ...]]:
    if name == "policy":
        return {n: tuple(t for terms in _shipped(n).values() for t in terms) for n in LEXICONS}
    if name not in LEXICONS:
        raise ValueError(f"unknown lexicon {name!r}; shipped: {['policy', *LEXICONS]}, or pass a "
                         "{category: [terms]} dict or the path of a term/category TSV file")
    return _read_tsv(data_path(f"lexicons/{name}.tsv"))


def load_lexicon(lexicon: str | Path | Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """A lexicon as ``{category: (terms, ...)}``.

    Args:
        lexicon: a shipped name (``"policy"``, ``"digital_economy"``, ``"green_development"``,
            ``"innovation"``), the path of a TSV file with ``term`` and ``category`` columns, or a
            mapping ``{category: [terms]}``.

    >>> sorted(load_lexicon("green_development"))[:3]
    ['circular_economy', 'clean_energy', 'climate']
    >>> load_lexicon({"开放": ["自由贸易试验区", "跨境电商"]})
    {'开放': ('自由贸易试验区', '跨境电商')}
    """
    if isinstance(lexicon, Mapping):
        out = {}
        for cat, terms in lexicon.items():
            if isinstance(terms, str) or not isinstance(terms, Iterable):
                raise TypeError(f"lexicon category {cat!r} must map to a list of terms, got {terms!r}")
            terms = tuple(terms)
            bad = [t for t in terms if not isinstance(t, str) or not t.strip()]
            if bad:
                raise ValueError(f"lexicon category {cat!r} has empty or non-str terms: {bad[:5]}")
            out[str(cat)] = tuple(t.strip() for t in terms)
        return out
    if isinstance(lexicon, Path) or (isinstance(lexicon, str) and lexicon.endswith((".tsv", ".txt"))):
        return _read_tsv(Path(lexicon))
    if isinstance(lexicon, str):
        return dict(_shipped(lexicon))
    raise TypeError(f"lexicon must be a name, a path or a {{category: [terms]}} mapping, got {type(lexicon).__name__}")


@dataclass(frozen=True)
class SectionScores:
    """Counts and densities inside one section (``start``/``end`` index the text)."""

    start: int
    end: int
    heading: str | None
    chars: int
    counts: dict[str, int]
    density: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values."""
        return {"start": self.start, "end": self.end, "heading": self.heading, "chars": self.chars,
                "counts": dict(self.counts), "density": dict(self.density)}


@dataclass(frozen=True)
class TermScores:
    """What :func:`score_terms` finds.

    Attributes:
        counts: matches per category (every category of the lexicon, zeros included).
        density: matches per 10,000 characters (whitespace not counted), per category.
        chars: the characters counted (whitespace excluded).
        matches: every :class:`~policytext.records.TermMatch`, in text order.
        sections: per-section :class:`SectionScores`, when sections were given.
    """

    counts: dict[str, int]
    density: dict[str, float]
    chars: int
    matches: list[TermMatch] = field(default_factory=list)
    sections: list[SectionScores] = field(default_factory=list)

    def terms(self, category: str | None = None) -> dict[str, int]:
        """How often each term matched (in one category, or all), most frequent first."""
        out: dict[str, int] = {}
        for m in self.matches:
            if category is None or m.category == category:
                out[m.term] = out.get(m.term, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values."""
        return {"counts": dict(self.counts), "density": dict(self.density), "chars": self.chars,
                "matches": [m.to_dict() for m in self.matches],
                "sections": [s.to_dict() for s in self.sections]}

    def to_frame(self):
        """One row per section (or one row for the whole text): counts and densities per category
        as columns (needs pandas)."""
        from ..errors import require

        pd = require("pandas", "pandas")
        rows = self.sections or [SectionScores(0, 0, None, self.chars, self.counts, self.density)]
        records = []
        for s in rows:
            rec: dict[str, Any] = {"start": s.start, "end": s.end, "heading": s.heading, "chars": s.chars}
            rec.update({f"{k}_count": v for k, v in s.counts.items()})
            rec.update({f"{k}_density": v for k, v in s.density.items()})
            records.append(rec)
        return pd.DataFrame.from_records(records)


class _Matcher:
    """Leftmost-longest matching of many literal terms (first-character index)."""

    def __init__(self, lexicon: dict[str, tuple[str, ...]]):
        self.term_of: dict[str, tuple[str, str]] = {}  # normalised term -> (term, category)
        for cat, terms in lexicon.items():
            for t in terms:
                key = normalize(t).text
                self.term_of.setdefault(key, (t, cat))
        by_first: dict[str, list[str]] = {}
        for key in self.term_of:
            by_first.setdefault(key[0], []).append(key)
        self.by_first = {c: sorted(ks, key=len, reverse=True) for c, ks in by_first.items()}
        self.first = re.compile("[" + "".join(re.escape(c) for c in sorted(self.by_first)) + "]") if by_first else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        if self.first is None:
            return out
        pos = 0
        for m in self.first.finditer(text):
            i = m.start()
            if i < pos:
                continue
            for key in self.by_first[text[i]]:
                if text.startswith(key, i):
                    out.append((i, i + len(key), key))
                    pos = i + len(key)
                    break
        return out


@lru_cache(maxsize=32)
def _matcher_for(name: str) -> _Matcher:
    return _Matcher(_shipped(name))


def _density(counts: dict[str, int], chars: int) -> dict[str, float]:
    return {k: round(v * PER / chars, 4) if chars else 0.0 for k, v in counts.items()}


def _sections_of(text_or_doc, sections) -> list[tuple[int, int, str | None]]:
    if sections is None:
        sections = getattr(text_or_doc, "sections", None) or []
    out = []
    for s in sections:
        if isinstance(s, tuple) and len(s) == 2:
            out.append((int(s[0]), int(s[1]), None))
        elif hasattr(s, "start") and hasattr(s, "end"):
            out.append((int(s.start), int(s.end), getattr(s, "heading", None)))
        else:
            raise TypeError(f"a section is a (start, end) tuple or a record with start/end, got {s!r}")
    return out


def score_terms(
    text_or_doc,
    lexicon: str | Path | Mapping[str, Iterable[str]] = "policy",
    *,
    sections: Iterable | None = None,
) -> TermScores:
    """Count a lexicon's terms by category, per 10,000 characters, with the matched spans.

    Args:
        text_or_doc: a text, or a :class:`~policytext.document.Document` (its ``text``; its
            ``sections`` are used when ``sections`` is not given).
        lexicon: a shipped lexicon name, the path of a ``term``/``category`` TSV file, or a
            mapping ``{category: [terms]}`` (see :func:`load_lexicon`).
        sections: ``(start, end)`` spans or records with ``start``/``end`` (``Section``) to
            score separately as well.

    Returns:
        :class:`TermScores`.

    >>> text = "一、数字经济\\n发展数字经济。\\n二、绿色发展\\n推进碳达峰碳中和。"
    >>> s = score_terms(text, "policy", sections=[(0, 14), (15, len(text))])
    >>> [sec.counts["green_development"] for sec in s.sections]
    [0, 3]
    """
    text = getattr(text_or_doc, "text", text_or_doc)
    check_text(text, "score_terms")
    spans = _sections_of(text_or_doc, sections)
    if isinstance(lexicon, str) and not lexicon.endswith((".tsv", ".txt")):
        matcher = _matcher_for(lexicon)
        categories = list(_shipped(lexicon))
    else:
        lex = load_lexicon(lexicon)
        matcher = _Matcher(lex)
        categories = list(lex)
    nt = normalize(text)
    matches = []
    for s, e, key in matcher.find(nt.text):
        span = nt.span(s, e)
        term, cat = matcher.term_of[key]
        matches.append(TermMatch(span.text, span.start, span.end, cat, term))
    counts = dict.fromkeys(categories, 0)
    for m in matches:
        counts[m.category] += 1
    chars = len(text) - len(_SPACE.findall(text))
    per_section = []
    for start, end, heading in spans:
        c = dict.fromkeys(categories, 0)
        for m in matches:
            if start <= m.start < end:
                c[m.category] += 1
        part = text[start:end]
        n = len(part) - len(_SPACE.findall(part))
        per_section.append(SectionScores(start, end, heading, n, c, _density(c, n)))
    return TermScores(counts, _density(counts, chars), chars, matches, per_section)
