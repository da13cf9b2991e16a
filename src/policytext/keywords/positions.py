"""Where a term stands: the title, headings and run-in leads that name what a passage is about.

A term in a heading or in the short lead sentence that opens an enumerated paragraph
(``一是全力培育新质生产力。``, ``（二）聚焦科技创新和产业创新融合发展，着力建设现代化产业体系。``,
``——粮食生产再创新高。``) names the topic of what follows; :func:`extract_keywords` counts such
an occurrence ``heading_weight`` times. Policy texts put most of their structure in run-in leads
rather than in separate heading lines, so reading only heading lines misses most of it.

The patterns are built from named fragments; every span indexes the text as given.

>>> t = "一、总体要求\\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\\n"
>>> [t[s:e] for s, e in salient_spans(t)]
['一、总体要求', '指导思想']
"""

from __future__ import annotations

import re

from ..text import check_text

__all__ = ["heading_spans", "lead_spans", "salient_spans"]

_SENTENCE_END = frozenset("。！？；!?;")
_MAX_HEADING = 50  # characters of a heading line
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")

# Named fragments of a run-in lead.
_NUMERAL = "[一二三四五六七八九十]+"
_ENUMERATOR = (
    rf"(?:{_NUMERAL}是"  # 一是
    rf"|（{_NUMERAL}）|\({_NUMERAL}\)"  # （一）
    rf"|{_NUMERAL}、"  # 一、
    r"|[0-9０-９]{1,2}[.．、](?![0-9０-９])"  # 1.  1、
    r"|（[0-9０-９]{1,2}）"  # （1）
    r"|——)"  # ——发展韧性持续增强。
)
_CHAPTER = rf"第{_NUMERAL}[章节编部](?:分)?"  # 第一章, 第二节, 第三部分
_SPACE = r"[ \t\u3000\u00a0]*"
_HEADING_START = re.compile(rf"(?:{_ENUMERATOR}|{_CHAPTER})")
_MAX_LEAD = 40  # characters of an enumerated lead sentence
_MAX_BARE_LEAD = 16  # characters of a lead sentence without enumerator (no comma inside)
_LEAD = re.compile(
    rf"(?m)^{_SPACE}(?:{_ENUMERATOR}{_SPACE}([^。！？；!?;\n\r]{{2,{_MAX_LEAD}}})"
    rf"|([^。！？；!?;，,、：:\n\r]{{2,{_MAX_BARE_LEAD}}}))。(?=\S)"
)


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the title block and of the heading lines.

    A heading line is short (at most 50 characters), does not end like a sentence and starts
    with an enumerator or a chapter number (一、, （一）, 1., 第一章). The title block is the run of
    such short lines, numbered or not, that opens the text. Other short lines are not headings:
    in web and PDF exports they are table cells, page furniture or the pieces of a licence notice.

    >>> heading_spans("关于推进数字经济的意见\\n一、总体要求\\n坚持稳中求进。\\n附表\\n数字经济\\n")
    [(0, 11), (12, 18)]
    """
    check_text(text, "heading_spans")
    out = []
    opening = True
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        short = len(line) <= _MAX_HEADING and line[-1] not in _SENTENCE_END
        if short and (opening or _HEADING_START.match(line)):
            start = m.start() + m.group().index(line[0])
            out.append((start, start + len(line)))
        elif not short:
            opening = False
    return out


def lead_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the run-in leads: the first sentence of a paragraph when it follows an enumerator
    (一是, （一）, 一、, 1., ——) and has at most 40 characters, or, without enumerator, when it has at
    most 16 characters and no comma; in both cases the paragraph must go on after it (an
    enumerated clause that is a whole paragraph is an item, not a lead). The span excludes the
    enumerator and the full stop.

    >>> t = "一是全力培育新质生产力。立足国家使命。\\n大力提振消费。实施提振消费专项行动。\\n"
    >>> [t[s:e] for s, e in lead_spans(t)]
    ['全力培育新质生产力', '大力提振消费']
    >>> lead_spans("主要做了以下工作。\\n")
    []
    """
    check_text(text, "lead_spans")
    out = []
    for m in _LEAD.finditer(text):
        g = 1 if m.start(1) >= 0 else 2
        out.append((m.start(g), m.end(g)))
    return out


def salient_spans(text: str) -> list[tuple[int, int]]:
    """Headings and run-in leads together, sorted (the default of ``extract_keywords(headings=)``).

    >>> salient_spans("")
    []
    """
    check_text(text, "salient_spans")
    return sorted(set(heading_spans(text)) | set(lead_spans(text)))
