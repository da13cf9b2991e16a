"""Records: the frozen dataclasses every extractor returns.

A record keeps the raw text, its character offsets into the original string (end exclusive,
``text[start:end] == record.text``) and the parsed fields side by side, like price-parser and
Recognizers-Text. Every record has ``to_dict()`` giving plain JSON-able values.

>>> q = Quantity(text="2.97万家", start=0, end=6, kind="count", value=29700, unit="家",
...              qualifier="more_than")
>>> q.to_dict()["value"], q.to_dict()["unit"]
(29700, '家')
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

__all__ = [
    "Abbreviation",
    "Formula",
    "Keyword",
    "Parallel",
    "Quantity",
    "Quoted",
    "Reference",
    "Responsibility",
    "Section",
    "Sentence",
    "Span",
    "TermMatch",
]

QuantityKind = Literal[
    "count", "money", "percent", "fraction", "multiple", "dimension", "duration", "date",
    "number", "ordinal",
]
Qualifier = Literal["approx", "nearly", "more_than", "at_least", "less_than", "at_most"]
QuantityRole = Literal["yoy_growth", "growth", "decline", "share", "ratio", "target"]
ParallelLevel = Literal["phrase", "sentence", "heading"]
QuotedKind = Literal["quote", "catchphrase", "name"]
FormulaKind = Literal["parallel", "abbreviation", "catchphrase"]
SentenceRole = Literal["quote", "background", "measure", "achievement", "plan", "other"]


def _plain(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as a dict of plain JSON-able values (tuples become lists)."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A plain piece of text with its offsets (a component of a parallel, an expansion item)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    """A figure: the number with its magnitude and unit, parsed.

    Attributes:
        text: number + magnitude + unit as written (qualifier words stay outside, except 余/多
            between the number and its unit).
        kind: count, money, percent, fraction, multiple, dimension, duration, date, number or ordinal.
        value: the value with the magnitude folded in (2.97万家 -> 29700); a date's value is its year.
        value_max: the upper end of a range (3—5个 -> 5), else None.
        unit: the unit or measure word as written (家, 元, %, 百分点, 平方公里), or None.
        qualifier: approx, nearly, more_than, at_least, less_than, at_most, or None.
        indicator: the noun phrase the figure measures (有效发明专利 for 66.3万件), or None.
        time: the date phrase that governs the figure (2024年末), or None.
        role: yoy_growth, growth, decline, share, ratio, target, or None.
        currency: ISO 4217 code for money (CNY, USD, EUR, HKD ...), else None.
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | int | None
    value_max: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    indicator: str | None = None
    time: str | None = None
    role: str | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class Parallel(_Record):
    """Two or more units built on one template (抓平台、抓主体、抓转化)."""

    text: str
    start: int
    end: int
    level: str
    template: str | None = None
    components: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Abbreviation(_Record):
    """A numeric abbreviation (三医, 六链五群) with its item count and expansion when spelled out."""

    text: str
    start: int
    end: int
    count: int | None = None
    expansion: tuple[str, ...] | None = None
    known: bool = False


@dataclass(frozen=True, slots=True)
class Quoted(_Record):
    """The text inside quotation marks, classed as quote, catchphrase or name."""

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Reference(_Record):
    """A document title in 《…》 (offsets of the inner text)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Formula(_Record):
    """A formula of a document listed once, with every place it occurs.

    Attributes:
        text: the formula: a parallel's components joined by 、 (抓平台、抓主体、抓转化), an
            abbreviation (三医) or a catchphrase (领头雁).
        kind: parallel, abbreviation or catchphrase.
        count: how many times it occurs.
        occurrences: the spans where it occurs, in text order.
        template: a parallel's template (``抓_``), else None.
    """

    text: str
    kind: str
    count: int
    occurrences: tuple[Span, ...] = ()
    template: str | None = None


@dataclass(frozen=True, slots=True)
class Keyword(_Record):
    """A keyword with its score (higher is better) and how often it occurs."""

    term: str
    score: float
    count: int = 0


@dataclass(frozen=True, slots=True)
class TermMatch(_Record):
    """One match of a lexicon term in a text (dictionary scoring)."""

    text: str
    start: int
    end: int
    category: str
    term: str


@dataclass(frozen=True, slots=True)
class Sentence(_Record):
    """A sentence with its role (quote, background, measure, achievement, plan, other)."""

    text: str
    start: int
    end: int
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Responsibility(_Record):
    """A measure in a directive document with the agencies responsible for it.

    ``text``/``start``/``end`` cover the measure, ``agencies`` every agency its tag names (lead
    first), ``lead`` the lead agency, ``tag`` the （…牵头/负责） parenthesis itself.
    """

    text: str
    start: int
    end: int
    agencies: tuple[str, ...] = ()
    lead: str | None = None
    tag: Span | None = None


@dataclass(frozen=True, slots=True)
class Section(_Record):
    """A section of the heading tree.

    ``start``/``end`` cover the whole section (heading and body); ``heading_start``/``heading_end``
    cover the heading as written (一、深刻领会…), ``title`` is the heading without its number
    (empty for a 第X条 article, whose text is its body). ``level`` follows the numbering (GB/T 9704:
    一、 1, （一） 2, 1. 3, （1） 4; 第X章 1, 第X条 2), one more than its parent's when it sits deeper
    (第X章 inside 第X篇, （一） inside 第X条); ``kind`` names the numbering: part (第X编/篇), chapter,
    section (第X节), article (第X条), chinese (一、), paren_chinese (（一）), arabic (1.),
    paren_arabic (（1）), circled (①) or bare (a heading whose number was lost; numbered in order).
    """

    start: int
    end: int
    level: int
    number: int | None
    heading: str
    heading_start: int
    heading_end: int
    title: str
    topic: str | None = None
    children: tuple["Section", ...] = field(default=())
    kind: str | None = None
