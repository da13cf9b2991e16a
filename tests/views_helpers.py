"""Test helpers for the views: a Document of the seed built from the hand-annotated gold, and an
HTML reader that checks nesting and collects the text under each highlighted record.

The gold supplies realistic records (89 figures, 19 formulas, 57 quoted phrases, 6 headings) so
the views are tested on a real document independently of how far the extractors have got.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from policytext import Abbreviation, Document, Parallel, Quantity, Quoted, Section, Span, analyze


def _load(gold: Path, name: str) -> dict:
    return json.loads((gold / f"beijing-innovation-center.{name}.json").read_text(encoding="utf-8"))


def _components(text: str, start: int, parts: list[str]) -> tuple[Span, ...]:
    out, pos = [], 0
    for p in parts:
        i = text.index(p, pos)
        out.append(Span(p, start + i, start + i + len(p)))
        pos = i + len(p)
    return tuple(out)


def gold_document(text: str, gold: Path) -> Document:
    """The seed analysed for its sentences, with the gold's records put in."""
    doc = analyze(text)
    q = _load(gold, "quantities")["quantities"]
    doc.quantities = [
        Quantity(text=r["text"], start=r["start"], end=r["end"], kind=r["kind"], value=r["value"],
                 value_max=r.get("value_max"), unit=r.get("unit"), qualifier=r.get("qualifier"),
                 indicator=r.get("indicator"), time=r.get("time"), role=r.get("role"))
        for r in sorted(q, key=lambda r: r["start"])
    ]
    ph = _load(gold, "phrases")
    # a heading-level parallel has no text in the gold: it spans the headings it runs through
    doc.parallels = [Parallel(text=text[r["start"]:r["end"]], start=r["start"], end=r["end"], level=r["level"],
                              components=_components(text[r["start"]:r["end"]], r["start"], r["components"]))
                     for r in sorted(ph["parallels"], key=lambda r: r["start"])]
    doc.abbreviations = [Abbreviation(text=r["text"], start=r["start"], end=r["end"], count=r["count"],
                                      expansion=tuple(r["expansion"]) if r["expansion"] else None)
                         for r in ph["numeric_abbreviations"]]
    doc.quoted = [Quoted(text=r["text"], start=r["start"], end=r["end"], kind=r["kind"],
                         speaker=r.get("speaker")) for r in sorted(ph["quoted"], key=lambda r: r["start"])]
    heads = _load(gold, "structure")["headings"]
    ends = [h["start"] for h in heads[1:]] + [len(text)]
    doc.sections = [Section(start=h["start"], end=e, level=h["level"], number=h["number"], heading=h["text"],
                            heading_start=h["start"], heading_end=h["end"], title=h["title"], topic=h["topic"])
                    for h, e in zip(heads, ends)]
    return doc


class MarkReader(HTMLParser):
    """Collects the visible text and, for each ``data-ref``, the text inside it; checks nesting."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text_parts: list[str] = []
        self.refs: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}
        self.in_text = 0
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "meta"):
            return
        if "pt-text" in (a.get("class") or "").split():
            self.in_text = len(self.stack) + 1
        self.stack.append((tag, a.get("data-ref")))
        if a.get("data-ref"):
            self.titles[a["data-ref"]] = a.get("title", "")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unbalanced </{tag}> with open {self.stack[-1:]}")
            return
        self.stack.pop()
        if self.in_text and len(self.stack) < self.in_text:
            self.in_text = 0

    def handle_data(self, data):
        if not self.in_text:
            return
        self.text_parts.append(data)
        for _, ref in self.stack:
            if ref:
                self.refs.setdefault(ref, []).append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def ref_text(self, ref: str) -> str:
        return "".join(self.refs.get(ref, []))


def read_html(html: str) -> MarkReader:
    r = MarkReader()
    r.feed(html)
    r.close()
    assert not r.errors, r.errors
    assert not r.stack, f"unclosed tags: {r.stack}"
    return r
