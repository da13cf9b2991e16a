"""Document: the text with every record the pipeline found, and its views.

>>> doc = Document(text="全年新增就业1256万人。")
>>> sorted(doc.to_dict())[:4]
['abbreviations', 'author', 'date', 'doc_number']
>>> doc
<Document 13 chars: 0 quantities, 0 parallels, 0 quoted, 0 sections>
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

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
)

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
        return (
            f"<Document {len(self.text)} chars: {len(self.quantities)} quantities, "
            f"{len(self.parallels)} parallels, {len(self.quoted)} quoted, {len(self.sections)} sections>"
        )

    def _repr_html_(self) -> str:
        title = html.escape(self.title or "(untitled)")
        return f"<div class='policytext-doc'><h3>{title}</h3><pre>{html.escape(self.text[:2000])}</pre></div>"

    # -- formulas ----------------------------------------------------------------------------
    def slogans(self, *, kinds=None) -> list:
        """Every formula (parallel, abbreviation, catchphrase) once, with its occurrences.

        See :func:`policytext.slogans.list_formulas`; compare two documents with
        :func:`policytext.compare_formulas`.
        """
        from .slogans.formulas import list_formulas

        return list_formulas(self, kinds=kinds)
