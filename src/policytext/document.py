"""Document: the text with every record the pipeline found, and its views.

>>> doc = Document(text="全年新增就业1256万人。")
>>> sorted(doc.to_dict())[:4]
['abbreviations', 'author', 'date', 'doc_number']
>>> doc
<Document 13 chars: 0 quantities, 0 parallels, 0 quoted, 0 sections>

Views for where people work: ``_repr_html_`` (Jupyter shows the text with its records
highlighted), :meth:`Document.to_html`, :meth:`Document.outline`, :meth:`Document.to_frame`
(pandas) and :meth:`Document.to_spacy`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .records import (
    Abbreviation,
    Keyword,
    Parallel,
    Quantity,
    Quoted,
    Reference,
    Responsibility,
    Section,
    Sentence,
    Span,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import spacy.language
    import spacy.tokens

    from .frames import FrameKind

__all__ = ["Document"]

#: Record lists of a Document, in to_dict order.
RECORD_FIELDS = (
    "sections",
    "sentences",
    "quantities",
    "parallels",
    "abbreviations",
    "quoted",
    "references",
    "keywords",
    "responsibilities",
)
#: Scalar metadata of a Document, in to_dict order.
META_FIELDS = ("title", "subtitle", "author", "issuer", "doc_number", "date")

#: The record class of each record list.
RECORD_TYPES: dict[str, type] = {
    "sections": Section, "sentences": Sentence, "quantities": Quantity, "parallels": Parallel,
    "abbreviations": Abbreviation, "quoted": Quoted, "references": Reference, "keywords": Keyword,
    "responsibilities": Responsibility,
}
#: Record classes of nested record lists, by field name (tuples of plain values stay plain).
_NESTED: dict[str, type] = {"components": Span, "children": Section, "occurrences": Span}


def record_from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a record from its ``to_dict()`` (lists become tuples, nested records records).

    Keys the record class does not know are ignored, so data from a newer version still loads.

    >>> q = Quantity(text="5%", start=2, end=4, kind="percent", value=5, unit="%")
    >>> record_from_dict(Quantity, q.to_dict()) == q
    True
    """
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} data must be a dict, got {type(data).__name__}")
    known = {f.name for f in fields(cls)}
    kwargs = {}
    for key, value in data.items():
        if key not in known:
            continue
        if isinstance(value, list):
            nested = _NESTED.get(key)
            value = tuple(record_from_dict(nested, v) if nested and isinstance(v, dict) else v for v in value)
        kwargs[key] = value
    return cls(**kwargs)


@dataclass
class Document:
    """A policy text with the records extracted from it.

    Every record's offsets index :attr:`text` (``doc.text[r.start:r.end] == r.text``).
    :meth:`to_dict` gives the JSON contract (see ``docs/schema.md``).
    """

    text: str
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    date: str | None = None
    recipients: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    parallels: list[Parallel] = field(default_factory=list)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    quoted: list[Quoted] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The document as plain JSON-able data (the contract in ``docs/schema.md``).

        The text itself is not included; ``meta`` holds what the pipeline knows about the source
        (e.g. the file's encoding).
        """
        out: dict[str, Any] = {k: getattr(self, k) for k in META_FIELDS}
        out["recipients"] = list(self.recipients)
        for name in RECORD_FIELDS:
            out[name] = [r.to_dict() for r in getattr(self, name)]
        out["meta"] = dict(self.meta)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, text: str | None = None) -> "Document":
        """Rebuild a Document from :meth:`to_dict` data (a line of ``policytext analyze --format jsonl``).

        Args:
            data: the dict; its ``"text"`` is used when present (``to_json(include_text=True)``).
            text: the document's text, when ``data`` does not carry it. Without a text the records
                and tables are all there, but offsets point into an empty string.

        Raises:
            TypeError: ``data`` is not a dict, or a record in it is malformed.

        >>> doc = Document(text="增长5%。", quantities=[Quantity("5%", 2, 4, "percent", 5, unit="%")])
        >>> back = Document.from_dict(doc.to_dict(), text=doc.text)
        >>> back == doc
        True
        """
        if not isinstance(data, dict):
            raise TypeError(f"Document.from_dict() expects a dict, got {type(data).__name__}")
        body = data.get("text") if text is None else text
        kwargs: dict[str, Any] = {"text": body if isinstance(body, str) else ""}
        for name in (f.name for f in fields(cls)):
            if name == "text" or name not in data:
                continue
            value = data[name]
            if name in RECORD_TYPES:
                try:
                    value = [record_from_dict(RECORD_TYPES[name], r) for r in value]
                except TypeError as exc:
                    raise TypeError(f"Document.from_dict(): {name}: {exc}") from None
            elif name == "recipients":
                value = list(value)
            elif name == "meta":
                value = dict(value)
            kwargs[name] = value
        return cls(**kwargs)

    def to_json(self, *, indent: int | None = None, include_text: bool = False) -> str:
        """The :meth:`to_dict` data as JSON (Chinese kept readable, not escaped).

        >>> Document(text="").to_json()[:14]
        '{"title": null'
        """
        d = self.to_dict()
        if include_text:
            d = {"text": self.text, **d}
        return json.dumps(d, ensure_ascii=False, indent=indent)

    # -- display -----------------------------------------------------------------------------
    def __repr__(self) -> str:
        title = ""
        if self.title:
            title = repr(self.title if len(self.title) <= 20 else self.title[:19] + "…") + " "
        return (
            f"<Document {title}{len(self.text)} chars: {len(self.quantities)} quantities, "
            f"{len(self.parallels)} parallels, {len(self.quoted)} quoted, {len(self.sections)} sections>"
        )

    def _repr_html_(self) -> str:
        from .render import render_html

        return render_html(self)

    def to_html(self, *, highlight_kinds=None, max_chars: int | None = None, full_page: bool = False) -> str:
        """The document as HTML: the text with figures, formulas, abbreviations and quoted phrases
        highlighted (hover for details), a legend, the heading outline and the top keywords.

        Jupyter shows the same view (limited to the first 20,000 characters) when a Document is the
        last value of a cell. Everything from the text is escaped.

        Args:
            highlight_kinds: which records to highlight, among ``quantities``, ``parallels``,
                ``abbreviations``, ``quoted``, ``sections`` and ``sentences`` (underlined in the
                colour of their role); default all but ``sentences``.
            max_chars: show at most this many characters (default: the whole text).
            full_page: a complete HTML page, ready to be saved as a ``.html`` file.

        >>> Document(text="a<b").to_html().count("a&lt;b")
        1
        """
        from .render import render_html

        return render_html(self, highlight_kinds=highlight_kinds, max_chars=max_chars, full_page=full_page)

    def outline(self) -> str:
        """The heading tree as indented text, one heading per line.

        >>> from policytext import Section
        >>> s = Section(start=0, end=9, level=1, number=1, heading="一、总体要求", heading_start=0,
        ...             heading_end=6, title="总体要求")
        >>> print(Document(text="一、总体要求\\n正文。", sections=[s]).outline())
        一、总体要求
        """
        from .render import flatten_sections

        return "\n".join("  " * depth + s.heading for depth, s in flatten_sections(self.sections))

    # -- tables and other libraries --------------------------------------------------------
    def to_frame(self, kind: "FrameKind" = "quantities") -> "pandas.DataFrame":
        """One kind of record as a pandas DataFrame, one row per record.

        Each row has the record's fields and where it sits: ``sentence``, ``section`` (the level-1
        heading) and ``section_path`` (all headings above it, joined by `` > ``).

        Args:
            kind: ``quantities``, ``parallels``, ``abbreviations``, ``quoted``, ``references``,
                ``responsibilities``, ``sentences``, ``sections``, ``keywords``, ``formulas``
                (each formula once, with its count) or ``documents``.

        Raises:
            ImportError: pandas is not installed (``pip install 'policytext[pandas]'``).
            ValueError: an unknown ``kind``.

        >>> Document(text="").to_frame("quantities").columns[:4].tolist()
        ['text', 'start', 'end', 'kind']
        """
        from .frames import to_frame

        return to_frame(self, kind)

    def to_spacy(self, nlp: "spacy.language.Language | None" = None) -> "spacy.tokens.Doc":
        """The document as a spaCy ``Doc`` with the records in ``doc.spans``.

        Writes ``doc.spans["policytext_quantities"]``, ``["policytext_slogans"]`` and
        ``["policytext_sections"]`` and ``["policytext_sentences"]`` (each span's record in
        ``span._.policytext``) and keeps this
        Document in ``doc._.policytext``. No extraction runs again: the records are aligned to
        the tokens with ``alignment_mode="expand"``.

        Args:
            nlp: the pipeline whose tokenizer makes the ``Doc``; by default a blank Chinese one
                segmented with policytext's own jieba tokenizer.

        >>> sdoc = Document(text="全年新增就业1256万人。").to_spacy()
        >>> sdoc.text
        '全年新增就业1256万人。'
        >>> list(sdoc.spans)
        ['policytext_quantities', 'policytext_slogans', 'policytext_sections', 'policytext_sentences']
        """
        from .spacy import document_to_spacy

        return document_to_spacy(self, nlp)

    # -- formulas ----------------------------------------------------------------------------
    def slogans(self, *, kinds=None) -> list:
        """Every formula (parallel, abbreviation, catchphrase) once, with its occurrences.

        See :func:`policytext.slogans.list_formulas`; compare two documents with
        :func:`policytext.compare_formulas`.
        """
        from .slogans.formulas import list_formulas

        return list_formulas(self, kinds=kinds)
