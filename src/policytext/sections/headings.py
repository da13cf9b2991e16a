"""Heading candidates (numbered lines and run-in headings) and the section tree they form."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..records import Section
from ..text import NormalizedText
from .layout import (
    _BARE_MAX,
    _PHRASE_END,
    _SPACES,
    _compact,
    _Kind,
    _kind_of,
    _Line,
    _Rules,
    chinese_int,
)


@dataclass
class _Cand:
    kind: _Kind
    number: int
    hs: int  # heading start/end, title start/end: normalised offsets
    he: int
    ts: int
    te: int
    line: int
    weak: bool = False  # 8.6个重大科技专项: a list number only if it continues an open list
    strong: bool = False  # heading-shaped: may skip a number its list lost (see _continues)
    style: str = ""  # the marker as written, number left out: （） vs (), 、 vs ．


_WEAK_ARABIC = regex.compile(r"(?P<n>\d{1,2})\.(?=\d)")


def _title_end(text: str, pos: int, article: bool) -> int:
    """End of a run-in heading phrase that starts at ``pos``: a phrase-final mark or a wide gap."""
    n = len(text)
    i = pos
    while i < n:
        c = text[i]
        if c in _PHRASE_END:
            return i
        if c in _SPACES and i + 1 < n and text[i + 1] in _SPACES:
            if i - pos > 1:
                return i
            # 总　　则, 附　　则: a one-character start is a title spaced out, not a heading and its text
            while i < n and text[i] in _SPACES:
                i += 1
            continue
        i += 1
    return n


_ARTICLE_NEXT_BAD = frozenset(",.;:!?、。")
_MAX_STRONG_TITLE = 40


def _strong(text: str, mark_start: int, ts: int, te: int, kind: _Kind) -> bool:
    """A heading shape no body line has: a marker opening its line, then a short heading phrase
    that runs to the end of the line or to the first full stop (a run-in heading)."""
    if mark_start != 0:
        return False
    if kind.article:
        return True
    title = _compact(text[ts:te])
    if not 2 <= len(title) <= _MAX_STRONG_TITLE or regex.match(r"\p{P}", title) or title.count(",") > 1:
        return False  # a heading is one phrase or a pair of phrases, not a run of clauses
    return te >= len(text.rstrip()) or text[te] in "。!?"


def _marker_style(nt: NormalizedText, start: int, n_start: int, n_end: int, end: int) -> str:
    return _compact(nt.span(start, n_start).text + nt.span(n_end, end).text)


def _line_candidates(ln: _Line, index: int, rules: _Rules, nt: NormalizedText) -> list[_Cand]:
    text = ln.text
    out = []
    m = rules.line_start.match(text)
    if m is None:
        w = _WEAK_ARABIC.match(text)
        if w is not None:
            kind = next(k for k in rules.kinds if k.name == "arabic")
            te = _title_end(text, w.end(), False)
            return [_Cand(kind, int(w.group("n")), ln.start, ln.start + te, ln.start + w.end(), ln.start + te,
                          index, weak=True)]
    mark_start = 0
    while m is not None:
        kind = _kind_of(m, rules)
        raw = m.group(f"n_{kind.name}")
        number = chinese_int(raw)
        if number is None:
            break
        p = m.end()
        if kind.article and p < len(text) and text[p] in _ARTICLE_NEXT_BAD:
            break  # 第一条，反对；第二条，不怕: articles cited in a sentence
        while p < len(text) and text[p] in _SPACES:
            p += 1
        if kind.article:
            b = regex.match(r"\(\p{Han}{1,12}\)", text[p:])
            ts, te = (p + 1, p + b.end() - 1) if b else (m.end(), m.end())
            he = p + b.end() if b else m.end()
        else:
            ts = p
            te = _title_end(text, p, False)
            embedded = None
            if kind.pattern.pattern.startswith("第"):  # 第三篇推进改革开放第十三章深化各项改革
                embedded = rules.embedded_legal.search(text, ts, te)
                if embedded is not None and embedded.start() > ts:
                    te = embedded.start()
                else:
                    embedded = None
            while te > ts and text[te - 1] in _SPACES:
                te -= 1
            he = te
        k0, k1 = m.span(f"k_{kind.name}")
        n0, n1 = m.span(f"n_{kind.name}")
        out.append(_Cand(kind, number, ln.start + mark_start, ln.start + he, ln.start + ts, ln.start + te, index,
                         strong=_strong(text, mark_start, ts, te, kind),
                         style=_marker_style(nt, ln.start + k0, ln.start + n0, ln.start + n1, ln.start + k1)))
        # five-year plans and pkulaw exports: 第一篇 … 第一章 … 第一条 run together after wide gaps
        m = embedded if not kind.article and embedded is not None else rules.inline_legal.match(text, he)
        if m is not None:
            mark_start = m.start("mark")
    return out


@dataclass
class _Node:
    cand: _Cand
    kind: str
    rank: int
    number: int
    children: list = field(default_factory=list)


#: How many numbers a heading-shaped line may skip (an excerpt, a conversion that lost a line).
_MAX_SKIPPED = 3


def _continues(c: _Cand, last: _Cand | None) -> bool:
    """Whether ``c`` follows ``last`` in a list that lost some numbers: both heading-shaped lines
    of the same marker style, ``c`` a little further on."""
    return (last is not None and c.strong and last.strong and c.style == last.style
            and last.number + 1 < c.number <= last.number + 1 + _MAX_SKIPPED)


def _build_tree(cands: list[_Cand]) -> list[_Node]:
    """Nest the candidates: a number is a heading when it opens a list (1) or continues one.

    It continues its list when it is the next number of the open list of its kind, or the next
    after the last of its kind anywhere (numbering that runs through a document), or when a
    heading-shaped line skips a few numbers (:func:`_continues`). Inside an article (第X条)
    only the legal units (编/章/节/条) are headings.
    """
    roots: list[_Node] = []
    stack: list[_Node] = []
    last_of_kind: dict[str, int] = {}
    last_cand: dict[str, _Cand] = {}
    for c in cands:
        kinds_open = [n.kind for n in stack]
        name = c.kind.name
        if stack and any(n.cand.kind.article for n in stack) and not c.kind.legal:
            continue  # （一）… inside 第X条 are the article's items (项), its body, not headings
        if c.weak and (name not in kinds_open or c.number != stack[kinds_open.index(name)].number + 1):
            continue
        if name in kinds_open:
            depth = kinds_open.index(name)
            sib = stack[depth]
            ok = c.number in (sib.number + 1, 1, last_of_kind.get(name, 0) + 1) or _continues(c, sib.cand)
            if not ok:
                continue
            del stack[depth:]
        else:
            ok = c.number in (1, last_of_kind.get(name, -9) + 1) or _continues(c, last_cand.get(name))
            if not ok:
                continue
            while stack and stack[-1].rank >= c.kind.rank:
                stack.pop()
        node = _Node(c, name, c.kind.rank, c.number)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        last_of_kind[name] = c.number
        last_cand[name] = c
    return roots


_BARE = _Kind("bare", -1, False, None, 1)


def _bare_headings(lines: list[_Line], first_body: int, cands: list[_Cand], rules: _Rules) -> list[_Cand]:
    """Level-1 headings whose numbering was lost: short unpunctuated lines between sentences."""
    heading_lines = {c.line for c in cands}
    out: list[_Cand] = []
    ends = ("。", "!", "?", ";", ":")
    for i in range(first_body, len(lines) - 1):
        ln = lines[i]
        c = ln.compact
        if ln.skip or i in heading_lines or not 3 <= len(c) <= _BARE_MAX:
            continue
        if regex.search(r"[。,;:!?、()“”\"《》]", c):
            continue
        if rules.date_line.match(c) or rules.agency_end.search(c) or c.startswith(("附件", "附表")):
            continue
        if sum(1 for ch in c if "\u4e00" <= ch <= "\u9fff") < len(c) * 0.5:
            continue
        j = i - 1
        while j >= first_body and lines[j].furniture:
            j -= 1
        prev_ok = j < first_body or lines[j].compact.endswith(ends) or j in heading_lines
        nxt = lines[i + 1]
        next_ok = not nxt.furniture and ((i + 1) in heading_lines or nxt.compact.endswith(ends))
        if prev_ok and next_ok:
            out.append(_Cand(_BARE, len(out) + 1, ln.start, ln.end, ln.start, ln.end, i))
    return out


def _to_sections(nodes: list[_Node], nt: NormalizedText, parent_level: int, parent_end: int) -> tuple[Section, ...]:
    out = []
    t = nt.text
    for k, node in enumerate(nodes):
        c = node.cand
        level = max(c.kind.level, parent_level + 1)
        end = nodes[k + 1].cand.hs if k + 1 < len(nodes) else parent_end
        while end > c.he and t[end - 1].isspace():
            end -= 1
        children = _to_sections(node.children, nt, level, end)
        o_start, o_end = nt.to_original(c.hs, end)
        h = nt.span(c.hs, c.he)
        title = nt.span(c.ts, c.te).text if c.te > c.ts else ""
        out.append(Section(
            start=o_start, end=o_end, level=level, number=node.number, heading=h.text,
            heading_start=h.start, heading_end=h.end, title=title, children=children, kind=node.kind,
        ))
    return tuple(out)
