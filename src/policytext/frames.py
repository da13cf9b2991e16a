"""Tables of records: one row per record with its fields and the section it sits in.

:func:`table_rows` gives plain dicts (no pandas needed; the CLI writes them as CSV);
:func:`to_frame` (also ``Document.to_frame``) and :func:`corpus_frame` give pandas DataFrames.
pandas is optional: ``pip install 'policytext[pandas]'``.

Every located record (figures, formulas, quoted phrases, sentences …) gets three context columns:
``sentence`` (the sentence it is in), ``section`` (the level-1 heading above it) and
``section_path`` (every heading above it, outermost first, joined by `` > ``).

>>> from policytext import Document, Quantity
>>> doc = Document(text="新设企业11万家。", quantities=[
...     Quantity(text="11万家", start=4, end=8, kind="count", value=110000, unit="家")])
>>> row = table_rows(doc, "quantities")[0]
>>> row["text"], row["value"], row["unit"], row["section_path"]
('11万家', 110000, '家', None)
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Literal

from .errors import require
from .records import (
    Abbreviation,
    Parallel,
    Quantity,
    Quoted,
    Reference,
    Responsibility,
    Section,
    Sentence,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .document import Document

__all__ = ["FRAME_KINDS", "corpus_frame", "formula_counts", "table_rows", "to_frame"]

FrameKind = Literal[
    "quantities", "parallels", "abbreviations", "quoted", "references", "responsibilities",
    "sentences", "sections", "keywords", "formulas", "documents",
]

_RECORD_TYPES = {
    "quantities": Quantity,
    "parallels": Parallel,
    "abbreviations": Abbreviation,
    "quoted": Quoted,
    "references": Reference,
    "responsibilities": Responsibility,
    "sentences": Sentence,
}
_CONTEXT = ("sentence", "section", "section_path")
#: Path separator in the ``section_path`` column.
PATH_SEP = " > "
_COUNTED = ("sentences", "quantities", "parallels", "abbreviations", "quoted", "references", "keywords")


def _record_columns(kind: str) -> tuple[str, ...]:
    names = [f.name for f in fields(_RECORD_TYPES[kind])]
    if kind == "parallels":
        names.append("n_components")
    if kind == "sentences":
        return (*names, "section", "section_path")
    return (*names, *_CONTEXT)


_SECTION_COLUMNS = ("heading", "title", "level", "number", "topic", "start", "end", "heading_start",
                    "heading_end", "parent", "section_path")
_DOCUMENT_COLUMNS = ("title", "subtitle", "author", "issuer", "doc_number", "date", "characters",
                     *(f"n_{k}" for k in _COUNTED), "n_sections")

#: The kinds of table, with their columns (``documents`` rows also carry each ``meta`` key).
FRAME_KINDS: dict[str, tuple[str, ...]] = {
    **{k: _record_columns(k) for k in _RECORD_TYPES},
    "sections": _SECTION_COLUMNS,
    "keywords": ("rank", "term", "score", "count"),
    "formulas": ("text", "kind", "count", "template", "start", "end", *_CONTEXT),
    "documents": _DOCUMENT_COLUMNS,
}


def _check_kind(kind: object) -> str:
    if kind not in FRAME_KINDS:
        raise ValueError(f"kind must be one of {sorted(FRAME_KINDS)}, got {kind!r}")
    return kind  # type: ignore[return-value]


class _Locator:
    """Finds the sentence and the section path of an offset (bisect per tree level)."""

    def __init__(self, doc: "Document"):
        self.sentence_starts = [s.start for s in doc.sentences]
        self.sentences = doc.sentences
        self.sections = tuple(doc.sections)
        self._starts: dict[int, list[int]] = {}

    def sentence(self, pos: int) -> str | None:
        i = bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i].text
        return None

    def path(self, pos: int) -> list[Section]:
        out: list[Section] = []
        level: Sequence[Section] = self.sections
        while level:
            starts = self._starts.get(id(level))
            if starts is None:
                starts = self._starts[id(level)] = [s.start for s in level]
            i = bisect_right(starts, pos) - 1
            if i < 0 or pos >= level[i].end:
                break
            out.append(level[i])
            level = level[i].children
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [v.text if hasattr(v, "text") else v for v in value]
    return value


def _section_rows(sections: Sequence[Section], parents: list[Section]) -> Iterable[dict[str, Any]]:
    for s in sections:
        path = [*parents, s]
        yield {
            "heading": s.heading, "title": s.title, "level": s.level, "number": s.number,
            "topic": s.topic, "start": s.start, "end": s.end, "heading_start": s.heading_start,
            "heading_end": s.heading_end, "parent": parents[-1].heading if parents else None,
            "section_path": PATH_SEP.join(p.heading for p in path),
        }
        yield from _section_rows(s.children, path)


def _count_sections(sections: Sequence[Section]) -> int:
    return sum(1 + _count_sections(s.children) for s in sections)


def _document_row(doc: "Document") -> dict[str, Any]:
    meta = ("title", "subtitle", "author", "issuer", "doc_number", "date")
    row: dict[str, Any] = {k: getattr(doc, k) for k in meta}
    row["characters"] = len(doc.text)
    for k in _COUNTED:
        row[f"n_{k}"] = len(getattr(doc, k))
    row["n_sections"] = _count_sections(doc.sections)
    for k, v in doc.meta.items():
        row.setdefault(k, v)
    return row


def _formula_row(f, where: _Locator) -> dict[str, Any]:
    first = f.occurrences[0] if f.occurrences else None
    path = where.path(first.start) if first else []
    return {
        "text": f.text, "kind": f.kind, "count": f.count, "template": f.template,
        "start": first.start if first else None, "end": first.end if first else None,
        "sentence": where.sentence(first.start) if first else None,
        "section": path[0].heading if path else None,
        "section_path": PATH_SEP.join(s.heading for s in path) if path else None,
    }


def table_rows(doc: "Document", kind: FrameKind = "quantities") -> list[dict[str, Any]]:
    """The records of one kind as plain dicts, one per record, in document order.

    Args:
        doc: the document.
        kind: ``quantities``, ``parallels``, ``abbreviations``, ``quoted``, ``references``,
            ``responsibilities``, ``sentences``, ``sections`` (the heading tree, flattened),
            ``keywords`` (best first), ``formulas`` (each formula once, most frequent first, with
            its count and where it first occurs; see ``Document.slogans()``) or ``documents``
            (one row describing the document).

    Returns:
        A list of dicts with the keys of ``FRAME_KINDS[kind]`` (tuples become lists: a formula's
        ``components`` is the list of their texts).

    Raises:
        ValueError: an unknown ``kind``.

    >>> from policytext import Document, Keyword
    >>> table_rows(Document(text="", keywords=[Keyword("新质生产力", 0.9, 3)]), "keywords")
    [{'rank': 1, 'term': '新质生产力', 'score': 0.9, 'count': 3}]
    """
    kind = _check_kind(kind)
    if kind == "keywords":
        return [{"rank": i, "term": k.term, "score": k.score, "count": k.count}
                for i, k in enumerate(doc.keywords, 1)]
    if kind == "sections":
        return list(_section_rows(doc.sections, []))
    if kind == "documents":
        return [_document_row(doc)]
    where = _Locator(doc)
    if kind == "formulas":
        return [_formula_row(f, where) for f in doc.slogans()]
    names = [f.name for f in fields(_RECORD_TYPES[kind])]
    rows = []
    for r in getattr(doc, kind):
        row = {n: _plain(getattr(r, n)) for n in names}
        if kind == "parallels":
            row["n_components"] = len(r.components)
        if kind != "sentences":
            row["sentence"] = where.sentence(r.start)
        path = where.path(r.start)
        row["section"] = path[0].heading if path else None
        row["section_path"] = PATH_SEP.join(s.heading for s in path) if path else None
        rows.append(row)
    return rows


#: Columns that hold numbers or nothing: float columns with NaN for "none", so that a range's
#: upper bound (value_max) sums and plots like the value itself rather than as Python objects.
_NUMERIC = ("value", "value_max")


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> "pandas.DataFrame":
    pd = require("pandas", "pandas")
    extra = [k for row in rows for k in row if k not in columns]
    frame = pd.DataFrame(rows, columns=[*columns, *dict.fromkeys(extra)])
    for name in _NUMERIC:
        if name in frame.columns:
            frame[name] = frame[name].astype("float64")
    return frame


def to_frame(doc: "Document", kind: FrameKind = "quantities") -> "pandas.DataFrame":
    """One kind of record as a pandas DataFrame (columns as in :func:`table_rows`).

    An empty document still gives a frame with the right columns.

    Raises:
        ImportError: pandas is not installed (with the install hint).
        ValueError: an unknown ``kind``.

    >>> from policytext import Document
    >>> list(to_frame(Document(text=""), "keywords").columns)
    ['rank', 'term', 'score', 'count']
    """
    return _frame(table_rows(doc, kind), FRAME_KINDS[_check_kind(kind)])


def _with_ids(docs: Iterable["Document"] | Mapping[Any, "Document"], ids: Sequence[Any] | None):
    from .document import Document

    if isinstance(docs, Mapping):
        if ids is not None:
            raise ValueError("pass either a mapping {id: Document} or ids=..., not both")
        pairs = list(docs.items())
    else:
        docs = list(docs)
        if ids is not None:
            ids = list(ids)
            if len(ids) != len(docs):
                raise ValueError(f"ids has {len(ids)} entries for {len(docs)} documents")
            pairs = list(zip(ids, docs))
        else:
            pairs = [(d.meta.get("id", d.meta.get("path", i)) if isinstance(d, Document) else i, d)
                     for i, d in enumerate(docs)]
    for doc_id, d in pairs:
        if not isinstance(d, Document):
            raise TypeError(f"corpus_frame() expects Document objects, got {type(d).__name__} for {doc_id!r}")
    return pairs


def corpus_frame(
    docs: Iterable["Document"] | Mapping[Any, "Document"],
    kind: FrameKind = "quantities",
    *,
    ids: Sequence[Any] | None = None,
) -> "pandas.DataFrame":
    """Stack one kind of record from many documents, with a ``doc_id`` column first.

    Args:
        docs: Documents, or a mapping ``{doc_id: Document}``.
        kind: as in :func:`table_rows`; ``documents`` gives one row per document (title, date,
            length, record counts and the ``meta`` keys such as ``path``).
        ids: a document id for each document; by default a mapping's keys, else each document's
            ``meta["id"]`` or ``meta["path"]``, else its position.

    Raises:
        ImportError: pandas is not installed (with the install hint).
        TypeError: something other than a Document was given.
        ValueError: an unknown ``kind`` or ``ids`` of the wrong length.

    >>> from policytext import Document, Keyword
    >>> docs = {2023: Document(text="", keywords=[Keyword("高质量发展", 1.0, 5)]),
    ...         2024: Document(text="", keywords=[Keyword("新质生产力", 1.0, 4)])}
    >>> corpus_frame(docs, "keywords")[["doc_id", "term"]].values.tolist()
    [[2023, '高质量发展'], [2024, '新质生产力']]
    """
    kind = _check_kind(kind)
    rows = []
    for doc_id, d in _with_ids(docs, ids):
        rows.extend({"doc_id": doc_id, **row} for row in table_rows(d, kind))
    return _frame(rows, ("doc_id", *FRAME_KINDS[kind]))


def formula_counts(
    docs: Iterable["Document"] | Mapping[Any, "Document"],
    *,
    terms: Sequence[str] | None = None,
    top: int = 10,
    ids: Sequence[Any] | None = None,
) -> "pandas.DataFrame":
    """How often each formula occurs in each document: rows are documents, columns formulas.

    Args:
        docs: Documents, or a mapping ``{doc_id: Document}`` (e.g. ``{year: doc}``).
        terms: the formulas to count (literal, non-overlapping occurrences in the text). By
            default the ``top`` numeric abbreviations and quoted catchphrases found in the most
            documents (ties broken by total count).
        top: how many formulas to choose when ``terms`` is not given.
        ids: document ids, as in :func:`corpus_frame`.

    Returns:
        A DataFrame indexed by document id (sorted), one int column per formula.

    Raises:
        ImportError: pandas is not installed (with the install hint).

    >>> from policytext import Document
    >>> docs = {2023: Document(text="推动高质量发展。"), 2024: Document(text="高质量发展，新质生产力。")}
    >>> formula_counts(docs, terms=["高质量发展", "新质生产力"]).to_dict("index")
    {2023: {'高质量发展': 1, '新质生产力': 0}, 2024: {'高质量发展': 1, '新质生产力': 1}}
    """
    if not isinstance(top, int) or isinstance(top, bool) or top < 0:
        raise ValueError(f"top must be a non-negative int, got {top!r}")
    pairs = _with_ids(docs, ids)
    if terms is None:
        in_docs: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for _, d in pairs:
            found = [a.text for a in d.abbreviations]
            found += [q.text for q in d.quoted if q.kind == "catchphrase"]
            total.update(found)
            in_docs.update(set(found))
        terms = sorted(in_docs, key=lambda t: (-in_docs[t], -total[t], t))[:top]
    else:
        if isinstance(terms, str) or not all(isinstance(t, str) and t for t in terms):
            raise TypeError(f"terms must be a list of non-empty str, got {terms!r}")
        terms = list(dict.fromkeys(terms))
    pd = require("pandas", "pandas")
    data = {doc_id: {t: d.text.count(t) for t in terms} for doc_id, d in pairs}
    frame = pd.DataFrame.from_dict(data, orient="index", columns=list(terms)).fillna(0).astype(int)
    frame.index.name = "doc_id"
    try:
        return frame.sort_index()
    except TypeError:  # ids of mixed types keep their order
        return frame
