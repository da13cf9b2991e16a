"""A document's formulas listed once, and two documents compared.

Researchers track 提法 across years and places: which formulas a report uses, how often, and
what is new or dropped since the last one. :func:`list_formulas` folds a document's
phrase-level parallels, numeric abbreviations and quoted catchphrases into one
:class:`~policytext.records.Formula` per distinct formula; :func:`compare_formulas` sets two
documents side by side.

>>> a = "坚持“稳中求进”,实现“六稳”。"
>>> b = "坚持“稳中求进”,抓好“两重”“两新”。"
>>> diff = compare_formulas(a, b)
>>> [f.text for f in diff.new], [f.text for f in diff.dropped], [f.text for f in diff.kept]
(['两重、两新', '两重', '两新'], ['六稳'], ['稳中求进'])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..records import Abbreviation, Formula, Parallel, Quoted, Span

__all__ = ["FormulaComparison", "compare_formulas", "list_formulas"]

FormulaKind = Literal["parallel", "abbreviation", "catchphrase"]
#: Longest component of a parallel listed as a formula (characters): 坚持以经济建设为中心、坚持四项
#: 基本原则、坚持改革开放 is one; a series of whole clauses is structure.
MAX_FORMULA_COMPONENT = 10
KINDS: tuple[str, ...] = ("parallel", "abbreviation", "catchphrase")


def _records(source: Any) -> tuple[Sequence[Parallel], Sequence[Abbreviation], Sequence[Quoted]]:
    if isinstance(source, str):
        from .abbreviations import extract_abbreviations
        from .parallels import extract_parallels
        from .quoted import extract_quoted

        return extract_parallels(source), extract_abbreviations(source), extract_quoted(source)
    if all(hasattr(source, k) for k in ("parallels", "abbreviations", "quoted")):
        return source.parallels, source.abbreviations, source.quoted
    raise TypeError(
        f"expected a text (str) or a Document with parallels, abbreviations and quoted, "
        f"got {type(source).__name__}"
    )


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = (kinds,)
    kinds = tuple(kinds)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"kinds must be among {KINDS}, got {bad}")
    return kinds


def list_formulas(source: Any, *, kinds: Iterable[FormulaKind] | None = None) -> list[Formula]:
    """Every formula of a document once, most frequent first.

    Phrase-level parallels are keyed by their components joined by 、; numeric abbreviations by
    their text; quoted catchphrases by their text, unless the quotation is a whole parallel or an
    abbreviation already listed (“抓平台、抓主体”, “三医”), or a single character (“左”, a word
    held at a distance rather than a coinage); the items of a quoted sequence
    (“小升规”“规升强”) are listed both in their parallel and on their own. Sentence and
    heading-level parallels are structure, not formulas, and are left out; so are phrase-level
    series of long clauses (a component over ``MAX_FORMULA_COMPONENT`` characters).

    Args:
        source: a text, or a :class:`~policytext.document.Document` (its records are used).
        kinds: which kinds to list (``parallel``, ``abbreviation``, ``catchphrase``); all by default.

    Returns:
        :class:`~policytext.records.Formula` records, by count (then first occurrence).

    >>> [(f.text, f.kind, f.count) for f in list_formulas("发挥“总平台、总链长”作用,推进“三医”协同,“三医”联动")]
    [('三医', 'abbreviation', 2), ('总平台、总链长', 'parallel', 1)]
    """
    wanted = _check_kinds(kinds)
    parallels, abbreviations, quoted = _records(source)
    groups: dict[tuple[str, str], list[Span]] = {}
    templates: dict[tuple[str, str], str | None] = {}
    covered: set[tuple[int, int]] = set()
    for p in parallels:
        if p.level != "phrase" or max(len(c.text) for c in p.components) > MAX_FORMULA_COMPONENT:
            continue  # series of clauses (坚持…,坚持…) are structure too
        key = ("parallel", "、".join(c.text for c in p.components))
        covered.add((p.components[0].start, p.components[-1].end))
        groups.setdefault(key, []).append(Span(p.text, p.start, p.end))
        templates.setdefault(key, p.template)
    for a in abbreviations:
        covered.add((a.start, a.end))
        groups.setdefault(("abbreviation", a.text), []).append(Span(a.text, a.start, a.end))
    for q in quoted:
        if q.kind == "catchphrase" and len(q.text) > 1 and (q.start, q.end) not in covered:
            groups.setdefault(("catchphrase", q.text), []).append(Span(q.text, q.start, q.end))
    out = [
        Formula(text, kind, len(spans), tuple(sorted(spans, key=lambda s: s.start)), templates.get((kind, text)))
        for (kind, text), spans in groups.items()
        if kind in wanted
    ]
    out.sort(key=lambda f: (-f.count, f.occurrences[0].start))
    return out


@dataclass(frozen=True)
class FormulaComparison:
    """What changed between two documents' formulas.

    Attributes:
        new: formulas of the second document absent from the first (with the second's counts).
        dropped: formulas of the first document absent from the second (with the first's counts).
        kept: formulas of both (with the second's counts).
    """

    new: tuple[Formula, ...]
    dropped: tuple[Formula, ...]
    kept: tuple[Formula, ...]

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """Plain lists of ``{text, kind, count}``."""
        return {
            name: [{"text": f.text, "kind": f.kind, "count": f.count} for f in getattr(self, name)]
            for name in ("new", "dropped", "kept")
        }


def compare_formulas(
    before: Any, after: Any, *, kinds: Iterable[FormulaKind] | None = None
) -> FormulaComparison:
    """Compare two documents' formulas: what is new, what was dropped, what was kept.

    Args:
        before: the earlier document (a text, a :class:`~policytext.document.Document` or the
            list :func:`list_formulas` gave).
        after: the later document, likewise.
        kinds: which kinds of formula to compare; all by default.

    Returns:
        A :class:`FormulaComparison`; formulas match on kind and text.

    >>> diff = compare_formulas("推进“六稳”“六保”。", "推进“六稳”,落实“两新”。")
    >>> [f.text for f in diff.new], [f.text for f in diff.dropped]
    (['两新'], ['六稳、六保', '六保'])
    """
    a = _as_formulas(before, kinds)
    b = _as_formulas(after, kinds)
    keys_a = {(f.kind, f.text) for f in a}
    keys_b = {(f.kind, f.text) for f in b}
    return FormulaComparison(
        new=tuple(f for f in b if (f.kind, f.text) not in keys_a),
        dropped=tuple(f for f in a if (f.kind, f.text) not in keys_b),
        kept=tuple(f for f in b if (f.kind, f.text) in keys_a),
    )


def _as_formulas(source: Any, kinds: Iterable[str] | None) -> list[Formula]:
    if isinstance(source, (list, tuple)) and all(isinstance(f, Formula) for f in source):
        wanted = _check_kinds(kinds)
        return [f for f in source if f.kind in wanted]
    return list_formulas(source, kinds=kinds)
