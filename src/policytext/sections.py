"""Sections: document structure (title, byline, heading tree) and sentence roles.

Skeleton: title, subtitle and author from the head of the document; the heading tree, issuer,
document number, date, sentence roles and topics land with issue 6.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .data import read_lines
from .records import Section, Sentence
from .text import check_text, normalize, split_paragraphs

__all__ = ["Structure", "parse_structure"]

_NAME = regex.compile(r"^\p{Han}{2,4}$")
_ENDS_SENTENCE = regex.compile(r"[。!?;,:]$|[。!?;]")


@dataclass(frozen=True)
class Structure:
    """What :func:`parse_structure` finds: the document's metadata and its heading tree."""

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    date: str | None = None
    sections: tuple[Section, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "title": self.title, "subtitle": self.subtitle, "author": self.author, "issuer": self.issuer,
            "doc_number": self.doc_number, "date": self.date,
            "sections": [s.to_dict() for s in self.sections],
        }


def _furniture() -> tuple[str, ...]:
    return read_lines("furniture.txt")


def _is_furniture(line: str) -> bool:
    compact = "".join(line.split())
    return any(regex.fullmatch(p, compact) for p in _furniture())


def parse_structure(text: str) -> Structure:
    """Read the title, subtitle and author byline at the head of a document.

    >>> s = parse_structure("[ 打印 ]\\n北京全力推进国际科技创新中心建设\\n在国家新质生产力发展中展现新作为\\n张继红\\n正文。")
    >>> s.title, s.subtitle, s.author
    ('北京全力推进国际科技创新中心建设', '在国家新质生产力发展中展现新作为', '张继红')
    """
    check_text(text, "parse_structure")
    nt = normalize(text)
    head = []
    for p in split_paragraphs(nt.text)[:8]:
        if _is_furniture(p.text):
            continue
        if len(p.text) > 60 or _ENDS_SENTENCE.search(p.text):
            break
        head.append(nt.span(p.start, p.end).text)
    title = subtitle = author = None
    rest = list(head)
    if rest and _NAME.match(rest[-1]) and len(rest) > 1:
        author = rest.pop()
    if rest:
        title = rest[0]
    if len(rest) > 1:
        subtitle = rest[1]
    return Structure(title=title, subtitle=subtitle, author=author)


def classify_sentences(sentences) -> list[Sentence]:
    """Give each sentence a role (skeleton: every sentence gets ``None``)."""
    return [Sentence(s.text, s.start, s.end, None) for s in sentences]
