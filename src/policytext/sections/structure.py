"""Document structure: title, byline, issuer, 文号, recipients, date, page furniture and headings.

This module is the entry point; the steps live beside it: :mod:`.layout` (the rules of
``data/sections/`` and the lines), :mod:`.head` (head, signature, orders) and :mod:`.headings`
(heading candidates and the tree).

The parser works line by line on the normalised text (full-width folded, see
:func:`policytext.text.normalize`) and maps every offset back to the original string.

1. **Furniture** (``[ 打印 ]``, ``来源：…``, pkulaw's ``【法宝引证码】``, a licence notice at the end)
   is recognised from ``data/furniture.txt`` and ``data/sections/tail_markers.txt``; a table of
   contents (目录) is skipped up to the line where the body repeats its first entry.
2. **The head**: the title (joined over two or three lines until it ends with a document type such
   as 通知 / 意见 / 报告, spaced-out characters closed up), the subtitle (a ``——`` line, or a second
   short line), the author or speaker byline, the 文号, the date, and the recipients (主送机关) line.
3. **The signature**: an issuing body on a line of its own followed by a date line gives the issuer
   and the 成文日期; otherwise the issuer is read from the title (``国务院关于…``). An order
   (国务院令 第706号) takes as its title the text it promulgates (《专利代理条例》…现予公布).
   Every string is the original text (full-width kept), with spacing closed up.
4. **Headings**: each line is tried against the numbering kinds of ``data/sections/heading_kinds.tsv``
   (一、 / （一） / 1. / （1） / ① and 第X编/篇/章/节/条). A run-in heading is cut at the end of its
   heading phrase (the first 。；：！？ or a wide gap). A candidate is kept only when its number
   continues the numbering of its kind (n + 1 after n, or 1 to open a new list, or the next 第X条
   of a law whose articles are numbered through its chapters, or a few numbers further on for a
   heading-shaped line whose list lost a number), so stray numbers in the body are not headings.
   ``一是…二是…`` never matches; inside 第X条 the （一）… items are the article's body. Sections
   nest by the order the kinds open; a
   section's level is its numbering's level (一、 1, （一） 2, 1. 3, （1） 4; 第X章 1, 第X条 2),
   pushed one below its parent's when it sits deeper.
5. **Lost numbering**: when a document has no top-level numbering at all (Word list numbering lost
   in conversion), short unpunctuated lines standing between complete sentences become level-1
   headings, numbered in order, and the numbered headings nest under them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Section, Span
from ..text import NormalizedText, check_text, normalize
from .head import _display, _issuer_from_title, _parse_head, _promulgated, _signature
from .headings import _bare_headings, _build_tree, _line_candidates, _to_sections
from .layout import _lines, _rules, chinese_int

__all__ = ["Structure", "parse_structure", "iter_sections", "chinese_int"]


@dataclass(frozen=True)
class Structure:
    """What :func:`parse_structure` finds: the document's metadata and its heading tree.

    Attributes:
        title, subtitle, author, issuer, doc_number, date: metadata (``date`` in ISO form); ``None``
            when absent. A title split over lines is joined and spaced-out characters closed up.
        recipients: the 主送机关, split at commas.
        sections: the top-level sections; each carries its children.
        front_matter: spans of the head lines (title, subtitle, byline, 文号, date, recipients).
        back_matter: spans of the signature lines (issuer and date after the body).
        furniture: spans of page furniture (print buttons, source lines, licence notices, 目录).
    """

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    date: str | None = None
    recipients: tuple[str, ...] = ()
    sections: tuple[Section, ...] = field(default=())
    front_matter: tuple[Span, ...] = ()
    back_matter: tuple[Span, ...] = ()
    furniture: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        """The metadata and the section tree as plain JSON-able values."""
        return {
            "title": self.title, "subtitle": self.subtitle, "author": self.author, "issuer": self.issuer,
            "doc_number": self.doc_number, "date": self.date, "recipients": list(self.recipients),
            "sections": [s.to_dict() for s in self.sections],
        }

    def headings(self) -> list[Section]:
        """Every section of the tree in document order (depth first)."""
        return list(iter_sections(self.sections))


def iter_sections(sections):
    """Yield every section of a tree in document order, parents before their children.

    >>> s = parse_structure("一、总体要求\\n(一)指导思想。坚持。\\n二、重点任务\\n正文。")
    >>> [x.heading for x in iter_sections(s.sections)]
    ['一、总体要求', '(一)指导思想', '二、重点任务']
    """
    for s in sections:
        yield s
        yield from iter_sections(s.children)


def parse_structure(text: str, *, normalized: NormalizedText | None = None) -> Structure:
    """Read a document's metadata and heading tree.

    Args:
        text: the document text.
        normalized: its :func:`~policytext.text.normalize` result, if already computed.

    Returns:
        A :class:`Structure`; every :class:`~policytext.records.Section` offset indexes ``text``.

    >>> s = parse_structure("[ 打印 ]\\n北京全力推进国际科技创新中心建设\\n在国家新质生产力发展中展现新作为\\n张继红\\n正文。")
    >>> s.title, s.subtitle, s.author
    ('北京全力推进国际科技创新中心建设', '在国家新质生产力发展中展现新作为', '张继红')
    >>> s = parse_structure("国务院关于支持自由贸易试验区\\n深化改革创新若干措施的通知\\n国发〔2018〕38号\\n"
    ...                     "各省、自治区、直辖市人民政府，国务院各部委：\\n一、营造优良投资环境\\n"
    ...                     "（一）放宽比例要求。对外商投资……\\n国务院\\n2018年11月7日")
    >>> s.title, s.doc_number, s.issuer, s.date, s.recipients
    ('国务院关于支持自由贸易试验区深化改革创新若干措施的通知', '国发〔2018〕38号', '国务院', '2018-11-07', ('各省、自治区、直辖市人民政府', '国务院各部委'))
    >>> [(x.level, x.number, x.title) for x in s.headings()]
    [(1, 1, '营造优良投资环境'), (2, 1, '放宽比例要求')]
    """
    check_text(text, "parse_structure")
    nt = normalized if normalized is not None else normalize(text)
    if not nt.text.strip():
        return Structure()
    rules = _rules()
    lines = _lines(nt, rules)
    head = _parse_head(lines, nt, rules)
    for i in head.used:
        lines[i].skip = True
    issuer, sig_date, sig_lines = _signature(lines, head.end, rules, nt)
    for i in sig_lines:
        lines[i].skip = True
    title = _display(nt, lines, head.title_lines)
    subtitle = _display(nt, lines, [] if head.subtitle_line is None else [head.subtitle_line])
    issuer = issuer or _issuer_from_title(title, rules) or head.speaker_org
    if head.order:  # 国务院令 第706号 《专利代理条例》…现予公布: the title is the text promulgated
        promulgated, title_lines = _promulgated(lines, head.end, sig_lines, nt, rules)
        title = promulgated or title
        for i in title_lines:
            lines[i].skip = True
            head.used.append(i)
    cands = []
    for i in range(head.end, len(lines)):
        if not lines[i].skip:
            cands.extend(_line_candidates(lines[i], i, rules, nt))
    roots = _build_tree(cands)
    if not any(n.rank <= 3 for n in roots):
        bare = _bare_headings(lines, head.end, cands, rules)
        if bare:
            roots = _build_tree(sorted(cands + bare, key=lambda c: c.hs))
    content_end = max((ln.end for ln in lines if not ln.furniture), default=len(nt.text))
    sections = _to_sections(roots, nt, 0, content_end)
    span = nt.span
    return Structure(
        title=title,
        subtitle=subtitle,
        author=head.author,
        issuer=issuer,
        doc_number=head.doc_number,
        date=sig_date or head.date,
        recipients=head.recipients,
        sections=sections,
        front_matter=tuple(span(lines[i].start, lines[i].end) for i in sorted(set(head.used))),
        back_matter=tuple(span(lines[i].start, lines[i].end) for i in sig_lines),
        furniture=tuple(span(ln.start, ln.end) for ln in lines if ln.furniture),
    )
