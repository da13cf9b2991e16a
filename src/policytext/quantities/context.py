"""Context of a figure: the indicator it measures, the date that governs it, the role it plays.

The phrase steps of the indicator (clauses, stop and link words, the noun before or after a figure)
live in :mod:`policytext.quantities.phrases`; this module applies them figure by figure and reads
time and role.

Rules, all looking at the clause around a figure (the text between punctuation marks). Every
phrase is kept as offsets into the normalised text, so the caller reports it from the ORIGINAL
text (``R＆D经费投入``, not ``R&D经费投入``).

* indicator: a count written before its noun (29个科技设施平台) measures the noun after it, up to
  a stop word (进入, 的, punctuation); any other figure measures the phrase before it, with link
  words stripped from its end (达到, 保持在, 超过, 每人每年) and cut after the last stop word
  (拥有, 新设立, 在京), skipping dates and durations in between (研发投入强度连续6年保持在6%以上).
  Head nouns stay (国家高新技术企业数量, 产业投资占比); a modifier stays before a short noun
  (新增产值, 城镇新增就业); a share is cut before 占 (高技术制造业增加值占规上工业12.3%). A figure
  written ``N (qualifier) 的 noun`` after a verb (可以处10万元以下的罚款) or after nothing measures
  that noun. ``A、B分别下降x、y`` pairs A with x and B with y. A change figure with no phrase of
  its own (同比增长15.5%) measures what the figure before it in the sentence measured.
* time: the date written right before it with 的 (从2015年的111.5亿元), else the last date
  before it in the same paragraph, else the date of the heading it stands under
  (一、2024年工作回顾).
* role: the nearest cue word before it in its clause. A change cue (同比增长 -> yoy_growth,
  下降 -> decline) counts only when nothing but link and qualifier words stand between it and the
  figure (增长了5%, not 改造提升高标准农田806万亩); a share cue (占全国的) may stand a few words
  away; 是/为…的N倍 -> ratio; target for figures in a sentence that sets a goal (力争, 目标, 到2025年
  at the head of a clause). A cue followed by 到/至 (增长到) introduces a level, not a change. The
  later figures of a list (增长22.9%和17.4%) share the role of the first.

>>> from .extract import scan
>>> figs = attach("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%",
...               scan("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%"))
>>> [(f.text, f.indicator, f.time, f.role) for f in figs]
[('2024年末', None, None, None), ('66.3万件', '有效发明专利', '2024年末', None), ('15.5%', '有效发明专利', '2024年末', 'yoy_growth')]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .extract import Figure
from .lexicon import lexicon
from .phrases import (
    Span,
    _BACKWARD_MAX,
    _LEVEL_LINK,
    _LIST_SEP,
    _NO_INDICATOR,
    _OBJECT_KINDS,
    _after_de,
    _after_qualifier,
    _backward,
    _bare_clause,
    _clause_start,
    _clean,
    _forward,
    _is_cjk_at,
    _object_after,
    _phrase,
    _previous_clause,
    _respective,
    _strip_tail,
    _tables,
)

__all__ = ["attach"]

_SENT_RE = re.compile("[。;；!?！？\n]")
_LINE_RE = re.compile("\n")
_CUE_GAP = 6  # characters allowed between a share cue and its figure (占规上工业12.3%)
_OBJECT_MAX = 8  # characters allowed between a change verb and its figure (减少农村贫困人口1000万)
_TARGET_WINDOW = 40  # how far back in its sentence a goal cue (力争, 到2025年) reaches
_HEADING_MAX = 40  # a line this short, without sentence punctuation, is a heading
_CHANGE = frozenset({"yoy_growth", "growth", "decline"})
_LEVEL_AFTER = ("到", "至", "为")
_RATIO = re.compile(r"(?:是|为|相当于|等于|等於)[^，,。;；]{0,14}的$")
_FROM = re.compile(r"(?:从|由)[^，,。;；从由]{0,12}的$|(?:从|由)$")
_HEADING_1 = re.compile(r" *(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十百0-9]+[章编部]|"
                        r"[一二三四五六七八九十]+ )")
_HEADING_2 = re.compile(r" *(?:\([一二三四五六七八九十]+\)|[0-9]+[、.])")
_NOT_HEADING = re.compile(r"[。;；!?！？，,:：]")


def _cue_role(t: str, fig: Figure, clause_start: int) -> str | None:
    """The role given by the last cue word of the clause before the figure, or None."""
    lex = lexicon()
    best = None
    for m in lex.role_re.finditer(t, clause_start, fig.start):
        best = m
    if best is None:
        return None
    cue = best.group()
    role = lex.roles[cue]
    gap = t[best.end():fig.start].replace(" ", "")
    if role == "none" or gap.startswith(_LEVEL_AFTER):
        return None
    if fig.kind in ("date", "duration"):
        # 同比增加4天, not 增幅连续三年 nor 巩固提高六年义务教育 (a duration before its noun)
        after = t[fig.end] if fig.end < len(t) else ""
        return role if not gap and role in _CHANGE and not ("\u3400" <= after <= "\u9fff") else None
    if not gap or _tables()["links"].fullmatch(gap):
        return None if role == "target" and "的" in gap else role  # 增长了近3%, 控制在5.5%
    if role == "share":
        return role if len(gap) <= _CUE_GAP else None  # 占全国的28.7%
    if role in _CHANGE and cue in lex.role_objects and len(gap) <= _OBJECT_MAX and not any(
            c.isdigit() for c in gap):
        # 减少农村贫困人口1000万人, but not 增加投入这两个方面 (a count before its own noun)
        if fig.kind == "count" and _forward(t, _after_qualifier(t, fig.end)) is not None:
            return None
        return role
    return None


def _role(t: str, fig: Figure, clause_start: int, head_start: int) -> str | None:
    """The role of ``fig``; ``head_start`` is where its sentence (at most 40 characters back) starts."""
    if fig.kind in ("date", "ordinal") or fig.kind == "count" and fig.unit is None and fig.text.endswith("大"):
        return None  # 确保七大攻坚战: N大 names a set, it measures no change
    if fig.unit == "番":
        return "growth"
    if fig.kind == "multiple" and _RATIO.search(t, clause_start, fig.start):
        return "ratio"
    role = _cue_role(t, fig, clause_start)
    if role is not None or fig.kind == "duration":
        return role
    tables = _tables()
    head = t[head_start:fig.start]  # bounded: linear time in long sentences
    if tables["target"].search(head) or tables["to_year"].search(head):
        return "target"
    return None


def _heading_level(t: str, s: int, e: int, first: Figure | None) -> int:
    """1 for 一、/第X章 and for a short line led by a year (2024年工作回顾), 2 for (一)/1., else 0.

    ``first`` is the first figure of the line. A line that is only a date (a signature's date) or
    that starts with anything else (自1987年…, ——2025年1月14日在…) is not a heading.
    """
    if e - s > _HEADING_MAX or e <= s or _NOT_HEADING.search(t, s, e):
        return 0
    if _HEADING_1.match(t, s, e):
        return 1
    if _HEADING_2.match(t, s, e):
        return 2
    while s < e and t[s] in " \t":
        s += 1
    if first is not None and first.start == s and first.kind == "date" and first.value is not None \
            and e - first.end >= 2:
        return 1
    return 0


def _set(fig: Figure, t: str, name: str, span: Span | None) -> None:
    setattr(fig, name, None if span is None else t[span[0]:span[1]])
    setattr(fig, name + "_span", span)


def attach(t: str, figs: list[Figure]) -> list[Figure]:
    """Set ``indicator``, ``time`` and ``role`` (and their spans) on the figures of ``t``.

    Args:
        t: the normalised text the figures were found in.
        figs: the figures, in text order (changed in place and returned).
    """
    line_starts = [0] + [m.end() for m in _LINE_RE.finditer(t)]
    ends = [m.start() for m in _SENT_RE.finditer(t)]
    respective = _respective(t, figs)
    section: list[Span | None] = [None, None]  # dates of the level-1 and level-2 headings
    k = 0
    n = len(figs)
    for li, ls in enumerate(line_starts):
        if k >= n:
            break
        le = line_starts[li + 1] - 1 if li + 1 < len(line_starts) else len(t)
        first = k
        while k < n and figs[k].start < le:
            k += 1
        level = _heading_level(t, ls, le, figs[first] if first < k else None)
        if level:
            date = next(((f.start, f.end) for f in figs[first:k] if f.kind == "date" and f.value is not None), None)
            section[level - 1] = date
            if level == 1:
                section[1] = None
        default = None if level else (section[1] or section[0])
        _attach_line(t, figs, first, k, ends, default, respective)
    return figs


def _attach_line(t: str, figs: list[Figure], first: int, stop: int, ends: list[int],
                 default: Span | None, respective: dict[int, Span]) -> None:
    last_date: Span | None = None
    prev: Figure | None = None
    sent_start = -1
    for k in range(first, stop):
        fig = figs[k]
        i = bisect_right(ends, fig.start - 1)
        ss = ends[i - 1] + 1 if i else 0
        if ss != sent_start:
            sent_start = ss
            prev = None
        if fig.kind == "date":
            if fig.value is not None:
                last_date = (fig.start, fig.end)
            continue
        # time
        before = figs[k - 1] if k > first else None
        if before is not None and before.kind == "date" and t[before.end:fig.start] == "的":
            _set(fig, t, "time", (before.start, before.end))
        else:
            _set(fig, t, "time", last_date or default)
        # role
        cs = _clause_start(t, fig.start, 40)
        ws = max(ss, fig.start - _TARGET_WINDOW)
        fig.role = _role(t, fig, cs, ws)
        if fig.role == "target" and _FROM.search(t, max(cs, fig.start - 16), fig.start):
            fig.role = None  # 将从1980年的28万人增加到40万: the level it starts from
        listed = prev is not None and _LIST_SEP.fullmatch(t, prev.end, fig.start) is not None
        if fig.role is None and listed and prev.role in _CHANGE | {"share"} and prev.unit == fig.unit:
            fig.role = prev.role  # 分别增长22.9%和17.4%
        if fig.kind in _NO_INDICATOR:
            level = fig.kind == "duration" and _LEVEL_LINK.search(t, max(0, fig.start - 4), fig.start)
            if level:
                # a duration reached as a level measures the phrase before (人均预期寿命达到78.5岁,
                # 国民平均受教育年限增加到9年); any other duration measures nothing
                span = _phrase(t, _clause_start(t, level.start(), _BACKWARD_MAX), level.start())
                _set(fig, t, "indicator", span)
            continue
        # indicator
        span = respective.get(k)
        after_de = fig.start and t[fig.start - 1] == "的" and fig.kind not in ("percent", "fraction")
        bare = fig.kind == "number" and fig.end < len(t) and "\u3400" <= t[fig.end] <= "\u9fff"
        if span is None and (fig.kind == "count" or after_de or bare):
            # a count before its noun (29个科技设施平台), or any figure right after 的 that
            # modifies the noun after it (下达的90亿元消费品以旧换新资金); a threshold written
            # between them is read through (1000项亿元以上技术改造项目)
            i = _after_qualifier(t, fig.end)
            nk = k + 1
            if nk < stop and figs[nk].start == i and fig.kind == "count":
                j = _after_qualifier(t, figs[nk].end)
                if j > figs[nk].end:
                    i, nk = j, nk + 1
            span = _forward(t, i, one_char=fig.kind == "count", limit=figs[nk].start if nk < stop else None)
        prev_end = prev.end if prev is not None and prev.kind not in _NO_INDICATOR else 0
        if span is None:
            inner = [f for f in figs[max(first, k - 4):k] if f.kind in _NO_INDICATOR]
            span = _backward(t, fig, prev_end, inner)
            if fig.kind in _OBJECT_KINDS:
                obj = _object_after(t, fig, span, prev_end, figs[k + 1].start if k + 1 < stop else None)
                if obj is not None:
                    span = obj  # 坚决守住18亿亩耕地红线, 新建1亿亩高标准农田
            if span is not None and fig.role in ("yoy_growth", "growth", "decline", "share", "ratio") \
                    and lexicon().role_re.fullmatch(t, *span) and t[span[0]:span[1]] not in lexicon().role_heads:
                span = None
            nxt = figs[k + 1] if k + 1 < stop else None
            de = _after_de(t, fig, nxt) if t.find("的", fig.end, fig.end + 16) != -1 else None
            if de is not None:
                cs_back = max(_clause_start(t, fig.start, _BACKWARD_MAX), prev_end)
                verbs = _tables()["verbs"]
                if span is None or verbs.search(t, cs_back, fig.start) or verbs.search(
                        t, cs_back, _strip_tail(t, cs_back, fig.start)):
                    span = de  # 可以处10万元以下的罚款, 76%的财力
        cs = _clause_start(t, fig.start, _BACKWARD_MAX)
        own = [f for f in figs[max(first, k - 4):k] if f.start >= cs]
        bare = _bare_clause(t, cs, fig.start, own)
        if span is None and bare and fig.kind != "count" and not _is_cjk_at(t, _after_qualifier(t, fig.end)):
            # …给予一次性奖补，最高100万元; 新建和修复的铁路，就有三千一百零八公里: a clause with
            # nothing but link words before its figure measures the noun ending the clause before
            span = _previous_clause(t, cs, prev, figs[max(first, k - 4):k])
        generic = span is not None and t[span[0]:span[1]] in _tables()["generic"]
        # the figure before lends its indicator within the clause, or to a clause that names
        # nothing itself (，增长5%); never to a clause with words of its own (城镇新增就业1200万人以上，
        # 城镇调查失业率5.5%左右 keeps 城镇调查失业率)
        ls = max([cs] + [f.end for f in own if f.kind in _NO_INDICATOR])  # after 2012年 in 2012年占…
        lend = prev is not None and (prev.end > cs or bare or generic or fig.role == "ratio"
                                     or _tables()["share"].match(t, *_clean(t, ls, fig.start)))
        if lend and (span is None or fig.role == "ratio" or generic):
            span = prev.indicator_span  # 新增全国重点实验室15家、总数达23家
        _set(fig, t, "indicator", span)
        prev = fig
