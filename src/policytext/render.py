"""HTML views of a :class:`~policytext.document.Document` (what Jupyter shows).

:func:`render_html` draws the document's text with its records highlighted, one colour per kind,
a legend with counts, the most frequent formulas, hover titles (value, unit and indicator of a
figure, the components of a formula; a sentence- or heading-level formula is marked on its
components only), the heading outline with the number of figures in each section, and the top
keywords.
Everything taken from the text is escaped, so a document containing ``<script>`` stays text.
Spans that overlap are split where they cross, so the HTML stays well nested.

Only inline styles are used, so the view looks the same in JupyterLab, VS Code and nbviewer.

>>> from policytext import Document, Quantity
>>> doc = Document(text="新设企业11万家。", quantities=[
...     Quantity(text="11万家", start=4, end=8, kind="count", value=110000, unit="家")])
>>> html = render_html(doc)
>>> '<span class="pt-quantity" data-ref="quantity-0"' in html
True
>>> 'title="count: 110,000 家"' in html
True
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document
    from .records import Section

__all__ = ["DEFAULT_KINDS", "KINDS", "ROLE_COLOURS", "render_html"]

#: What can be highlighted: Document field -> (css class suffix, legend label, background, border).
KINDS: dict[str, tuple[str, str, str, str]] = {
    "quantities": ("quantity", "figure", "#ffd8a8", "#e8590c"),
    "parallels": ("parallel", "parallel formula", "#d0ebff", "#1c7ed6"),
    "abbreviations": ("abbreviation", "numeric abbreviation", "#b2f2bb", "#2f9e44"),
    "quoted": ("quoted", "quoted phrase", "#eebefa", "#ae3ec9"),
    "sections": ("heading", "heading", "transparent", "#495057"),
    "sentences": ("sentence", "sentence role", "transparent", "#868e96"),
}
#: What is highlighted unless ``highlight_kinds`` says otherwise (sentence roles are opt-in).
DEFAULT_KINDS = ("quantities", "parallels", "abbreviations", "quoted", "sections")
#: Underline colour of each sentence role (``highlight_kinds=[..., "sentences"]``).
ROLE_COLOURS = {
    "quote": "#ae3ec9", "background": "#868e96", "measure": "#1c7ed6", "achievement": "#2f9e44",
    "plan": "#e8590c", "other": "#ced4da",
}

_DEFAULT_MAX_CHARS = 20_000
_KEYWORDS_SHOWN = 12
_FORMULAS_SHOWN = 15


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def format_value(value: Any) -> str:
    """A figure's value for people: thousands separated, no trailing ``.0``.

    >>> format_value(915330000000), format_value(28.7), format_value(2.0), format_value(None)
    ('915,330,000,000', '28.7', '2', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return f"{int(value):,}"
        return f"{value:,.10g}"
    return str(value)


# -- hover titles ----------------------------------------------------------------------------
def _title_quantity(q) -> str:
    value = format_value(q.value)
    if q.value_max is not None:
        value += f"–{format_value(q.value_max)}"
    head = f"{q.kind}: {value} {q.unit or ''}".rstrip()
    parts = [head]
    for label, v in (("qualifier", q.qualifier), ("indicator", q.indicator), ("time", q.time),
                     ("role", q.role), ("currency", q.currency)):
        if v:
            parts.append(f"{label}: {v}")
    return " · ".join(parts)


def _title_parallel(p) -> str:
    comps = [c.text for c in p.components]
    out = f"parallel formula ({p.level}), {len(comps)} components: " + " | ".join(comps)
    if p.template:
        out += f" · template: {p.template}"
    return out


def _title_abbreviation(a) -> str:
    count = f"{a.count} items" if a.count is not None else "abbreviation"
    if a.expansion:
        return f"numeric abbreviation, {count}: " + "、".join(a.expansion)
    return f"numeric abbreviation, {count} (not spelled out here)"


def _title_quoted(q) -> str:
    return f"quoted {q.kind}" + (f", speaker: {q.speaker}" if q.speaker else "")


def _title_sentence(s) -> str:
    return f"sentence role: {s.role or 'none'}"


def _role_style(role: str | None) -> str:
    return f"border-bottom:3px solid {ROLE_COLOURS.get(role or '', '#f1f3f5')};"


def _title_section(s) -> str:
    return f"level {s.level} heading" + (f" · topic: {s.topic}" if s.topic else "")


# -- spans and nesting -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    css: str
    ref: str
    title: str
    style: str


def _style(field: str) -> str:
    _, _, bg, border = KINDS[field]
    if field == "sections":
        return "font-weight:bold;"
    if field == "parallels":
        return f"background:{bg};border-bottom:2px solid {border};"
    if field == "quoted":
        return f"background:{bg};border-bottom:1px dashed {border};"
    return f"background:{bg};border-radius:2px;"


def flatten_sections(sections: Iterable["Section"], depth: int = 0) -> list[tuple[int, "Section"]]:
    """The heading tree in reading order, as ``(depth, section)`` pairs.

    >>> from policytext import Section
    >>> child = Section(start=5, end=9, level=2, number=1, heading="(一)乙", heading_start=5,
    ...                 heading_end=9, title="乙")
    >>> top = Section(start=0, end=9, level=1, number=1, heading="一、甲", heading_start=0,
    ...               heading_end=3, title="甲", children=(child,))
    >>> [(d, s.title) for d, s in flatten_sections([top])]
    [(0, '甲'), (1, '乙')]
    """
    out: list[tuple[int, Section]] = []
    for s in sections:
        out.append((depth, s))
        out.extend(flatten_sections(s.children, depth + 1))
    return out


def _records(doc: "Document", field: str) -> list[tuple[int, int, str, tuple, str]]:
    """``(start, end, title, parts, style)`` for each record of a field; ``parts`` are the
    pieces to mark when not the whole span."""
    style = _style(field)
    if field == "sections":
        return [(s.heading_start, s.heading_end, _title_section(s), (), style)
                for _, s in flatten_sections(doc.sections)]
    if field == "sentences":
        return [(r.start, r.end, _title_sentence(r), (), _role_style(r.role)) for r in doc.sentences]
    if field == "parallels":
        # a sentence- or heading-level formula can run over paragraphs: mark its components
        return [(r.start, r.end, _title_parallel(r),
                 tuple((c.start, c.end) for c in r.components) if r.level != "phrase" else (), style)
                for r in doc.parallels]
    titles = {"quantities": _title_quantity, "abbreviations": _title_abbreviation, "quoted": _title_quoted}
    title = titles[field]
    return [(r.start, r.end, title(r), (), style) for r in getattr(doc, field)]


def _marks(doc: "Document", fields: Sequence[str], limit: int) -> list[_Mark]:
    marks = []
    for field in fields:
        css = KINDS[field][0]
        for i, (start, end, title, parts, style) in enumerate(_records(doc, field)):
            for s, e in parts or ((start, end),):
                s, e = max(0, s), min(e, limit)
                if s < e:
                    marks.append(_Mark(s, e, css, f"{css}-{i}", title, style))
    return marks


def _open(m: _Mark) -> str:
    return (f'<span class="pt-{m.css}" data-ref="{m.ref}" style="{m.style}" '
            f'title="{_esc(m.title)}">')


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """Escape ``text`` and wrap each mark in a ``<span>``, splitting marks that cross.

    Marks are opened longest first where several start together; a mark that ends while marks
    opened after it are still open closes them, and they are reopened right after it.
    Runs in O(n + m·d) for m marks nested at most d deep.
    """
    opens: dict[int, list[_Mark]] = {}
    bounds = {0, len(text)}
    for m in marks:
        opens.setdefault(m.start, []).append(m)
        bounds.update((m.start, m.end))
    for lst in opens.values():
        lst.sort(key=lambda m: -m.end)
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    for b in sorted(bounds):
        out.append(html.escape(text[pos:b], quote=False))
        pos = b
        first = next((i for i, m in enumerate(stack) if m.end <= b), None)
        if first is not None:
            out.append("</span>" * (len(stack) - first))
            reopen = sorted((m for m in stack[first:] if m.end > b), key=lambda m: -m.end)
            del stack[first:]
            for m in reopen:
                out.append(_open(m))
                stack.append(m)
        for m in opens.get(b, ()):
            out.append(_open(m))
            stack.append(m)
    out.append("</span>" * len(stack))
    return "".join(out)


# -- the side panels -------------------------------------------------------------------------
def _counts_line(doc: "Document") -> str:
    n_sections = len(flatten_sections(doc.sections))
    parts = [
        (len(doc.quantities), "figure", "figures"),
        (len(doc.parallels), "parallel formula", "parallel formulas"),
        (len(doc.abbreviations), "numeric abbreviation", "numeric abbreviations"),
        (len(doc.quoted), "quoted phrase", "quoted phrases"),
        (n_sections, "section", "sections"),
        (len(doc.sentences), "sentence", "sentences"),
        (len(doc.text), "character", "characters"),
    ]
    return " · ".join(f"<b>{n:,}</b> {one if n == 1 else many}" for n, one, many in parts)


def _legend(doc: "Document", fields: Sequence[str]) -> str:
    items = []
    for field in fields:
        css, label, bg, border = KINDS[field]
        if field == "sentences":
            counts = Counter(s.role for s in doc.sentences)
            for role, colour in ROLE_COLOURS.items():
                bar = (f'<span style="display:inline-block;width:0.9em;vertical-align:middle;'
                       f'border-bottom:3px solid {colour};margin-right:3px"></span>')
                items.append(f'<span class="pt-legend-role" style="margin-right:1em">{bar}{role} '
                             f"({counts.get(role, 0)})</span>")
            continue
        n = len(flatten_sections(doc.sections)) if field == "sections" else len(getattr(doc, field))
        swatch = (f'<span style="display:inline-block;width:0.9em;height:0.9em;vertical-align:middle;'
                  f'background:{bg};border:1px solid {border};margin-right:3px"></span>')
        items.append(f'<span class="pt-legend-{css}" style="margin-right:1em">'
                     f"{swatch}{_esc(label)} ({n})</span>")
    return '<div class="pt-legend" style="margin:4px 0 8px 0">' + "".join(items) + "</div>"


def _figures_in(doc: "Document") -> dict[int, int]:
    """Number of figures inside each section, keyed by ``id(section)``."""
    starts = sorted(q.start for q in doc.quantities)
    out = {}
    for _, s in flatten_sections(doc.sections):
        out[id(s)] = bisect_right(starts, s.end - 1) - bisect_right(starts, s.start - 1)
    return out


def _outline(doc: "Document") -> str:
    if not doc.sections:
        return ('<div class="pt-outline"><b>Outline</b>'
                '<div style="color:#868e96">no headings found</div></div>')
    figures = _figures_in(doc)

    def tree(sections) -> str:
        items = []
        for s in sections:
            n = figures[id(s)]
            extra = f' <span style="color:#868e96">({n} figure{"s" if n != 1 else ""}' + (
                f", {_esc(s.topic)}" if s.topic else "") + ")</span>"
            sub = tree(s.children) if s.children else ""
            items.append(f"<li>{_esc(s.heading)}{extra}{sub}</li>")
        return '<ul style="margin:2px 0;padding-left:1.2em">' + "".join(items) + "</ul>"

    return f'<div class="pt-outline"><b>Outline</b>{tree(doc.sections)}</div>'


def _keywords(doc: "Document") -> str:
    if not doc.keywords:
        return ""
    chips = "".join(
        f'<span class="pt-keyword" title="score {k.score:.3g}, {k.count} occurrences" '
        f'style="display:inline-block;margin:1px 3px;padding:0 4px;border:1px solid #ced4da;'
        f'border-radius:3px">{_esc(k.term)}</span>'
        for k in doc.keywords[:_KEYWORDS_SHOWN]
    )
    return f'<div class="pt-keywords" style="margin-top:6px"><b>Keywords</b><div>{chips}</div></div>'


def _formulas(doc: "Document") -> str:
    formulas = doc.slogans() if (doc.parallels or doc.abbreviations or doc.quoted) else []
    if not formulas:
        return ""
    colour = {"parallel": KINDS["parallels"][2], "abbreviation": KINDS["abbreviations"][2],
              "catchphrase": KINDS["quoted"][2]}
    chips = "".join(
        f'<span class="pt-formula" title="{_esc(f.kind)}, {f.count}×" '
        f'style="display:inline-block;margin:1px 3px;padding:0 4px;border-radius:3px;'
        f'background:{colour.get(f.kind, "#f1f3f5")}">{_esc(f.text)}'
        + (f' <span style="color:#495057">×{f.count}</span>' if f.count > 1 else "") + "</span>"
        for f in formulas[:_FORMULAS_SHOWN]
    )
    more = ""
    if len(formulas) > _FORMULAS_SHOWN:
        more = f' <span style="color:#868e96">(of {len(formulas)})</span>'
    return f'<div class="pt-formulas" style="margin-top:6px"><b>Formulas</b>{more}<div>{chips}</div></div>'


def _head(doc: "Document") -> str:
    title = _esc(doc.title) if doc.title else "<i>(untitled)</i>"
    sub = [_esc(v) for v in (doc.subtitle, doc.author, doc.issuer, doc.doc_number, doc.date) if v]
    line = f'<div class="pt-title" style="font-size:1.2em;font-weight:bold">{title}</div>'
    if sub:
        line += f'<div class="pt-byline" style="color:#495057">{" · ".join(sub)}</div>'
    return line


def render_html(
    doc: "Document",
    *,
    highlight_kinds: Iterable[str] | None = None,
    max_chars: int | None = _DEFAULT_MAX_CHARS,
    full_page: bool = False,
) -> str:
    """Render a document as HTML: highlighted text, legend, outline, keywords.

    Args:
        doc: the document.
        highlight_kinds: which records to highlight, among ``quantities``, ``parallels``,
            ``abbreviations``, ``quoted``, ``sections`` (headings in bold) and ``sentences``
            (each sentence underlined in the colour of its role); default all but ``sentences``.
        max_chars: show at most this many characters of the text (``None`` for all).
        full_page: wrap the result in a complete HTML page (to save it as a file).

    Returns:
        The HTML as a string.

    Raises:
        ValueError: an unknown kind in ``highlight_kinds`` or a negative ``max_chars``.

    >>> from policytext import Document
    >>> "&lt;script&gt;" in render_html(Document(text="<script>alert(1)</script>"))
    True
    """
    fields = list(DEFAULT_KINDS) if highlight_kinds is None else list(highlight_kinds)
    unknown = [f for f in fields if f not in KINDS]
    if unknown:
        raise ValueError(f"highlight_kinds: unknown kind(s) {unknown}; choose from {list(KINDS)}")
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 0):
        raise ValueError(f"max_chars must be a non-negative int or None, got {max_chars!r}")
    text = doc.text if max_chars is None else doc.text[:max_chars]
    body = _highlight(text, _marks(doc, fields, len(text)))
    more = ""
    if len(text) < len(doc.text):
        more = (f'<div class="pt-more" style="color:#868e96">… showing the first {len(text):,} of '
                f"{len(doc.text):,} characters; doc.to_html(max_chars=None) shows all</div>")
    side = _outline(doc) + _formulas(doc) + _keywords(doc)
    out = (
        '<div class="policytext-doc" style="font-family:sans-serif;line-height:1.6">'
        + _head(doc)
        + f'<div class="pt-counts" style="margin:4px 0">{_counts_line(doc)}</div>'
        + _legend(doc, [f for f in KINDS if f in fields])
        + '<div style="display:flex;gap:16px;align-items:flex-start">'
        + '<div class="pt-side" style="flex:0 0 32%;max-height:36em;overflow:auto;font-size:0.9em">'
        + f"{side}</div>"
        + '<div class="pt-text" style="flex:1;white-space:pre-wrap;max-height:36em;overflow:auto;'
        + f'border-left:1px solid #dee2e6;padding-left:12px">{body}</div>'
        + f"</div>{more}</div>"
    )
    if full_page:
        title = _esc(doc.title or "policytext document")
        return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>'
                f"</head><body>{out}</body></html>\n")
    return out
