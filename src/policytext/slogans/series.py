"""Parallels above the phrase: sentence-level series and heading-level parallels.

Sentence level:

- lead series: consecutive sentences opening with a short lead of one template and the same link
  word (抓平台,就是…。抓主体,就是…。抓转化,就是…); the leads are the components;
- run-in series: short sentences that lead what follows them (run-in sub-heads: 拓展传统消费。
  优化消费品以旧换新政策,…。培育新型消费。大力发展…), either inside one paragraph or opening
  consecutive paragraphs, of one shape: a shared head (强化项目建设力度。…强化项目谋划储备。) or,
  three or more, the same length opening with a verb (挖潜增效稳工业。…优化结构扩投资。…);
- ordinal series: 一是…二是…三是… within a paragraph, or opening consecutive paragraphs; the
  first clause of each item;
- dash series: consecutive lines led by —— (——经济总体回升向好。——科技创新实现新的突破。).

Heading level: consecutive sibling headings whose first clauses share a head
(二、抓高能级创新平台建设,为… 三、抓科技企业梯度培育,为… → ``抓_,为新质生产力发展_``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..records import Parallel, Span
from ._common import PREDICATE_TAGS, Prepared, alternation, bounds, is_han, lexicon, tag, word_tag
from .pairs import verbal_start as _verbal_start

__all__ = ["heading_parallels", "sentence_parallels", "sibling_headings"]

#: Longest lead phrase of a lead series (characters).
MAX_LEAD = 10
#: Longest first clause kept as the component of an ordinal or dash series item.
MAX_CLAUSE = 40
#: Length range of a run-in lead sentence (characters, without its 。).
MIN_RUN_IN, MAX_RUN_IN = 4, 12
#: jieba tags of a pronoun: 我们 opens sentences of every kind, a series only of three or more.
_PRONOUNS = frozenset({"r", "rr", "rz"})
_CLAUSE_END = re.compile(r"[,;:。!?\n]")
_BAD_HEAD = frozenset("的和与及或等各每其这那之以为了是一二三四五六七八九十第我")
#: Heading numbers: 一、 (一) 第一章 1. 1、 (1)
_NUMBER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十百]+[、.]"
    r"|\([一二三四五六七八九十百\d]+\)|\d+[.、]|[①-⑳])\s*"
)


@lru_cache(maxsize=1)
def _lead_pattern() -> re.Pattern[str]:
    links = alternation(lexicon("lead_links"))
    return re.compile(rf"([^,:;。!?\n]{{2,{MAX_LEAD}}}),(?P<link>{links})")


def _sentences(prep: Prepared, sentences: Sequence[Span] | None) -> list[tuple[int, int]]:
    """Sentence spans in normalised offsets (the given ones when the offsets agree)."""
    if sentences is not None and prep.nt.index is None:
        return [(s.start, s.end) for s in sentences]
    t = prep.t
    out = []
    start = 0
    for m in re.finditer(r"[。!?;\n]+", t):
        if t[start:m.start()].strip():
            out.append((start, m.end()))
        start = m.end()
    if t[start:].strip():
        out.append((start, len(t)))
    return out


def _shared_head(leads: Sequence[str]) -> str:
    first = min(leads, key=len)
    i = 0
    while i < len(first) and all(x[i] == first[i] for x in leads):
        i += 1
    return first[:i]


def _lead_series(prep: Prepared, sents: list[tuple[int, int]]) -> list[Parallel]:
    t = prep.t
    pat = _lead_pattern()
    leads: list[tuple[int, int, str, int]] = []  # (lead start, lead end, link, sentence index)
    for k, (s, e) in enumerate(sents):
        while s < e and t[s].isspace():
            s += 1
        m = pat.match(t, s, e)
        if m:
            leads.append((m.start(1), m.end(1), m.group("link"), k))
    out = []
    i = 0
    while i < len(leads):
        j = i + 1
        while (j < len(leads) and leads[j][3] == leads[j - 1][3] + 1 and leads[j][2] == leads[i][2]):
            j += 1
        group = leads[i:j]
        texts = [t[a:b] for a, b, _, _ in group]
        head = _shared_head(texts)
        if (len(group) >= 2 and head and is_han(head[0]) and head[0] not in _BAD_HEAD
                and len(set(texts)) == len(texts)):
            start, end = group[0][0], sents[group[-1][3]][1]
            span = prep.span(start, end)
            comps = tuple(prep.span(a, b) for a, b, _, _ in group)
            out.append(Parallel(span.text, span.start, span.end, "sentence", f"{head}_,{group[0][2]}…", comps))
        i = j
    return out


def _first_clause(t: str, s: int, limit: int) -> tuple[int, int]:
    m = _CLAUSE_END.search(t, s, min(limit, s + MAX_CLAUSE + 1))
    e = m.start() if m else min(limit, s + MAX_CLAUSE)
    return s, e


def _ordinal_series(prep: Prepared) -> list[Parallel]:
    t = prep.t
    markers = lexicon("series_markers")
    out = []
    for line in re.finditer(r"[^\n]+", t):
        ls, le = line.span()
        if markers[0] not in line.group():
            continue
        pos = t.find(markers[0], ls, le)
        found = []
        for mk in markers:
            p = t.find(mk, pos, le)
            if p < 0:
                break
            found.append((p, p + len(mk)))
            pos = p + len(mk)
        if len(found) < 2:
            continue
        comps = []
        last = found[0][1]
        for k, (p, q) in enumerate(found):
            limit = found[k + 1][0] if k + 1 < len(found) else le
            c = _first_clause(t, q, limit)
            if c[1] > c[0]:
                comps.append(prep.span(*c))
                last = c[1]
        if len(comps) < 2:
            continue
        span = prep.span(found[0][0], last)
        out.append(Parallel(span.text, span.start, span.end, "sentence", "一是…二是…", tuple(comps)))
    return out



def _paragraph_ordinal_series(prep: Prepared) -> list[Parallel]:
    """一是…/二是…/三是… opening consecutive paragraphs (other paragraphs may come between; a
    heading ends the series)."""
    t = prep.t
    markers = lexicon("series_markers")
    out = []
    chain: list[tuple[int, int, int]] = []  # (marker start, clause start, clause end)

    def flush() -> None:
        if len(chain) >= 2:
            span = prep.span(chain[0][0], chain[-1][2])
            comps = tuple(prep.span(a, b) for _, a, b in chain)
            out.append(Parallel(span.text, span.start, span.end, "sentence", "一是…二是…", comps))
        chain.clear()

    for line in re.finditer(r"[^\n\r]+", t):
        ls, le = line.span()
        while ls < le and t[ls].isspace():
            ls += 1
        if ls == le:
            continue
        k = len(chain)
        if k < len(markers) and t.startswith(markers[k], ls):
            c = _first_clause(t, ls + len(markers[k]), le)
            if c[1] > c[0]:
                chain.append((ls, c[0], c[1]))
                continue
        if _NUMBER.match(t, ls) or t.startswith(markers[0], ls):
            flush()
            if t.startswith(markers[0], ls):
                c = _first_clause(t, ls + len(markers[0]), le)
                if c[1] > c[0]:
                    chain.append((ls, c[0], c[1]))
    flush()
    return out


def _run_in_leads(prep: Prepared, sents: list[tuple[int, int]]) -> list[tuple[int, int, int, bool]]:
    """Run-in lead sentences: ``(start, end, line start, opens its line)``, without the 。.

    A lead is a short sentence of Chinese characters only, ending in 。 and followed by more text
    on its line (a sentence alone on its line is a heading or a closing remark), not opened by
    an ordinal marker or a heading number.
    """
    t = prep.t
    markers = lexicon("series_markers")
    out = []
    for s, e in sents:
        while s < e and t[s].isspace():
            s += 1
        while e > s and t[e - 1].isspace():
            e -= 1
        n = e - 1 - s
        if n < MIN_RUN_IN or n > MAX_RUN_IN or t[e - 1] != "。" or not all(is_han(c) for c in t[s:e - 1]):
            continue
        j = e
        while j < len(t) and t[j] in " \t\u3000":
            j += 1
        if j >= len(t) or t[j] in "\n\r" or any(t.startswith(m, s) for m in markers):
            continue
        line = max(t.rfind("\n", 0, s), t.rfind("\r", 0, s)) + 1
        out.append((s, e - 1, line, not t[line:s].strip()))
    return out


def _lead_head(texts: Sequence[str]) -> str:
    """The shared head of lead sentences, cut back to a word boundary of every one of them."""
    head = _shared_head(texts)
    while len(head) >= 2 and not all(len(head) in bounds(x) for x in texts):
        head = head[:-1]
    return head if len(head) >= 2 and len(set(texts)) == len(texts) else ""


def _run_in_series(prep: Prepared, sents: list[tuple[int, int]]) -> list[Parallel]:
    """Series of run-in lead sentences of one shape, inside a paragraph or opening paragraphs."""
    t = prep.t
    leads = _run_in_leads(prep, sents)
    # blocks of leads that may form a series: inside one paragraph, or opening consecutive ones
    blocks: list[list[tuple[int, int, int, bool]]] = []
    for lead in leads:
        prev = blocks[-1][-1] if blocks else None
        if prev is not None and prev[3] == lead[3] and (
            (not lead[3] and prev[2] == lead[2])
            or (lead[3] and t.count("\n", prev[2], lead[2]) == 1)
        ):
            blocks[-1].append(lead)
        else:
            blocks.append([lead])
    out = []
    for block in blocks:
        texts = [t[a:b] for a, b, _, _ in block]
        found: list[tuple[list[int], str]] = []  # (lead indexes in the block, template)
        # a shared head, two or more (other leads may come between: 强化项目建设力度。…沈白高铁
        # 建成通车。…强化项目谋划储备。)
        by_head: dict[str, list[int]] = {}
        for k, x in enumerate(texts):
            by_head.setdefault(x[:2], []).append(k)
        for idx in by_head.values():
            head = _lead_head([texts[k] for k in idx]) if len(idx) >= 2 else ""
            if head and (len(idx) >= 3 or word_tag(head[:2]) not in _PRONOUNS):
                found.append((idx, f"{head}_。"))
        # the same length, all opening with a verb, three or more in a row
        i = 0
        while i < len(block):
            j = i + 1
            while j < len(block) and len(texts[j]) == len(texts[i]):
                j += 1
            run = texts[i:j]
            if len(run) >= 3 and len(set(run)) == len(run) and all(map(_verbal_start, run)):
                found.append((list(range(i, j)), "X" * len(texts[i]) + "。"))
            i = j
        found.sort(key=lambda f: (-len(f[0]), f[0][0]))
        taken: set[int] = set()
        for idx, template in found:
            if taken & set(idx):
                continue  # a series of the same leads already found
            taken |= set(idx)
            group = [block[k] for k in idx]
            span = prep.span(group[0][0], group[-1][1])
            comps = tuple(prep.span(a, b) for a, b, _, _ in group)
            out.append(Parallel(span.text, span.start, span.end, "sentence", template, comps))
    return sorted(out, key=lambda p: p.start)


def _dash_series(prep: Prepared) -> list[Parallel]:
    t = prep.t
    lines = [m for m in re.finditer(r"[^\n\r]+", t) if m.group().strip()]
    out = []
    run: list[tuple[int, int]] = []
    for m in lines + [None]:
        if m is not None:
            s = m.start() + len(m.group()) - len(m.group().lstrip())
            if t.startswith("——", s):
                d = s
                while d < m.end() and t[d] in "—-":
                    d += 1
                c = _first_clause(t, d, m.end())
                if c[1] > c[0] and not t.startswith("在", d):
                    run.append((s, c[0], c[1]))  # type: ignore[arg-type]
                    continue
        if len(run) >= 2:
            comps = tuple(prep.span(a, b) for _, a, b in run)  # type: ignore[misc]
            span = prep.span(run[0][0], run[-1][2])  # type: ignore[misc]
            out.append(Parallel(span.text, span.start, span.end, "sentence", "——…", comps))
        run = []
    return out


def sentence_parallels(prep: Prepared, *, sentences: Sequence[Span] | None = None) -> list[Parallel]:
    """Sentence-level series of a prepared text (lead series, 一是…二是…, lines led by ——).

    >>> from ._common import prepare
    >>> [(p.template, [c.text for c in p.components])
    ...  for p in sentence_parallels(prepare("一是稳增长,扩内需。二是调结构,促转型。"))]
    [('一是…二是…', ['稳增长', '调结构'])]
    """
    sents = _sentences(prep, sentences)
    out = (_lead_series(prep, sents) + _run_in_series(prep, sents) + _ordinal_series(prep)
           + _paragraph_ordinal_series(prep) + _dash_series(prep))
    out.sort(key=lambda p: p.start)
    return out


# -- headings -------------------------------------------------------------------------------------

#: Full-width forms folded to half-width, one character for one (headings come in original text).
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _heading_parts(h) -> tuple[str, int, int, int]:
    """(title, title start, heading start, heading end) of a Span or Section, original offsets."""
    if hasattr(h, "heading_start"):
        text, start, end = h.heading, h.heading_start, h.heading_end
    else:
        text, start, end = h.text, h.start, h.end
    text = text.translate(_FOLD)  # one character for one: offsets stay
    m = _NUMBER.match(text)
    cut = m.end() if m else 0
    return text[cut:], start + cut, start, end


def _groups(headings: Sequence) -> list[list]:
    """Groups of sibling headings: given as groups, or a flat list grouped by level."""
    items = list(headings)
    if not items:
        return []
    if not hasattr(items[0], "start") and not hasattr(items[0], "heading_start"):
        return [list(g) for g in items]
    if not hasattr(items[0], "level"):
        return [items]
    open_groups: dict[int, list] = {}
    out = []
    for h in items:
        for lv in sorted(lv for lv in open_groups if lv > h.level):
            out.append(open_groups.pop(lv))  # a higher heading closes the deeper groups
        open_groups.setdefault(h.level, []).append(h)
    out.extend(open_groups.values())
    return out


def _head_ok(head: str, first_clause: str) -> bool:
    if not head or head[0] in _BAD_HEAD or not all(is_han(c) for c in head):
        return False
    toks = tag(first_clause[:12])
    if not toks:
        return False
    if toks[0][1] == len(head) or (toks[0][1] > len(head) and len(head) == 1):
        return len(head) == 1 or toks[0][2] in PREDICATE_TAGS
    return toks[0][1] <= len(head) and toks[0][2] in PREDICATE_TAGS


def heading_parallels(prep: Prepared, headings: Sequence) -> list[Parallel]:
    """Heading-level parallels: runs of three or more sibling headings sharing a head, or two
    whose second clauses share a head too (聚焦全方位扩大国内需求,着力促消费扩投资 / 聚焦科技创新
    和产业创新融合发展,着力建设现代化产业体系: ``聚焦_,着力_``).

    ``headings`` are in original offsets (as :class:`~policytext.records.Section` records or
    spans give them); the parallel spans from the first heading to the end of the last one.

    >>> from ._common import prepare
    >>> text = "一、抓平台建设\\n正文。\\n二、抓主体培育\\n正文。\\n三、抓成果转化\\n"
    >>> spans = [Span(text[i:text.index("\\n", i)], i, text.index("\\n", i)) for i in (0, 12, 24)]
    >>> [c.text for c in heading_parallels(prepare(text), spans)[0].components]
    ['抓平台建设', '抓主体培育', '抓成果转化']
    """
    original = prep.nt.original
    out = []
    for group in _groups(headings):
        parts = [_heading_parts(h) for h in group]
        clauses = []
        for title, s, hs, e in parts:
            m = _CLAUSE_END.search(title)
            c = title[:m.start()] if m else title
            clauses.append((c, s, s + len(c), title, e, hs))
        # The run from i is every following clause sharing its first character (a shared head is
        # non-empty exactly then); the first start in a run that holds no text twice and makes a
        # parallel wins. Runs, their shared heads and the shared heads of their second clauses are
        # computed once, from the right, so that the time stays linear in the number of headings
        # (growing each run one heading at a time was cubic).
        n = len(clauses)
        rests = [c[3][len(c[0]):] for c in clauses]
        run_end = list(range(1, n + 1))
        head_from = [c[0] for c in clauses]
        common_from = list(rests)
        for k in range(n - 2, -1, -1):
            a, b = clauses[k][0], clauses[k + 1][0]
            if a and b and a[0] == b[0]:
                run_end[k] = run_end[k + 1]
                head_from[k] = _shared_head([a, head_from[k + 1]])
                common_from[k] = _shared_head([rests[k], common_from[k + 1]])
        i = 0
        while i < n:
            end = run_end[i]
            seen: dict[str, int] = {}
            for k in range(i, end):  # a start before a repeated text's first use holds it twice
                c = clauses[k][0]
                if c in seen:
                    i = max(i, seen[c] + 1)
                seen[c] = k
            while i < end:
                head = head_from[i] if end - i >= 2 else ""
                common = common_from[i]
                # three alike, or two whose second clauses share a head too (聚焦…,着力… twice)
                second = common.lstrip(",;:")
                alike = end - i >= 3 or (len(head) >= 2 and len(second) >= 2 and common[:1] in ",;:"
                                         and all(is_han(c) for c in second))
                if alike and _head_ok(head, clauses[i][0]):
                    run = clauses[i:end]
                    template = f"{head}_" + (f"{common}_" if len(common) >= 2 else "")
                    start, stop = run[0][5], run[-1][4]
                    comps = tuple(Span(original[a:b], a, b) for _, a, b, _, _, _ in run)
                    out.append(Parallel(original[start:stop], start, stop, "heading", template, comps))
                    break
                i += 1
            i = end
    return out


def sibling_headings(sections: Sequence, *, max_level: int = 2) -> list[list]:
    """Groups of sibling sections (children of one parent) down to ``max_level``, for
    :func:`~policytext.slogans.extract_parallels` ``headings=``.

    >>> sibling_headings([])
    []
    """
    out: list[list] = []
    level = [s for s in sections if getattr(s, "level", 0) and s.level <= max_level]
    if level:
        out.append(level)
    for s in sections:
        out.extend(sibling_headings(getattr(s, "children", ()), max_level=max_level))
    return out
