"""Context of a figure: the indicator it measures, the date that governs it, the role it plays.

Rules, all looking at the clause around a figure (the text between punctuation marks):

* indicator: a count written before its noun (29个科技设施平台) measures the noun after it, up to
  a stop word (进入, 的, punctuation); any other figure measures the phrase before it, with link
  words stripped from its end (数量达, 保持在, 超过) and cut after the last stop word (拥有,
  新设立, 在京), skipping dates and durations in between (研发投入强度连续6年保持在6%以上).
  A change figure with no phrase of its own (同比增长15.5%) measures what the figure before it
  in the sentence measured.
* time: the date written right before it with 的 (从2015年的111.5亿元), else the last date
  before it in the same paragraph.
* role: the nearest cue word before it in its clause (同比增长 -> yoy_growth, 下降 -> decline,
  占 -> share), 是/为…的N倍 -> ratio, and target for figures in a sentence that sets a goal
  (力争, 目标, 到2025年 at the head of a clause). A cue followed by 到/至 (增长到) introduces a
  level, not a change.

>>> from .extract import scan
>>> figs = attach("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%",
...               scan("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%"))
>>> [(f.text, f.indicator, f.time, f.role) for f in figs]
[('2024年末', None, None, None), ('66.3万件', '有效发明专利', '2024年末', None), ('15.5%', '有效发明专利', '2024年末', 'yoy_growth')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..data import data_path, read_lines
from .extract import Figure
from .lexicon import lexicon

__all__ = ["attach"]

_CLAUSE_END = "，,。;；:：!?！？\n、()（）"
_SENTENCE_END = "。;；!?！？\n"
_SENT_RE = re.compile("[。;；!?！？\n]")
_LINE_RE = re.compile("\n")
_FORWARD_MAX = 12
_BACKWARD_MAX = 24
_CUE_GAP = 6
_TARGET_WINDOW = 40  # how far back in its sentence a goal cue (力争, 到2025年) reaches
_NO_INDICATOR = frozenset({"date", "duration"})
_LEVEL_AFTER = ("到", "至", "为")
_NOUN_SUFFIX = frozenset("量率数额度者")
_RATIO = re.compile(r"(?:是|为|相当于)[^，,。;；]{0,14}的$")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _tables():
    links = read_lines(data_path("quantities/indicator_links.txt"))
    stops = read_lines(data_path("quantities/indicator_stops.txt"))
    lex = lexicon()
    quals = [w for w, q in lex.qualifiers_before.items() if q != "none"]
    return {
        "tail": re.compile(f"(?:{_alternation(list(links) + quals + list(lex.roles))})$"),
        "head": re.compile(f"(?:{_alternation(list(links) + quals)})"),
        "stop": re.compile(_alternation(stops)),
        "stops": frozenset(stops),
        "target": re.compile("力争|目标|确保|预期目标|将达到|要达到|计划到|计划在|到期末"),
        "to_year": re.compile(r"(?:^|[，,。;；:：\s])(?:到|至|到了)(?=[0-9一二])"),
    }


def _clause_start(t: str, i: int, limit: int) -> int:
    lo = max(0, i - limit)
    j = i - 1
    while j >= lo:
        if t[j] in _CLAUSE_END:
            return j + 1
        j -= 1
    return lo


def _strip_tail(phrase: str) -> str:
    tail = _tables()["tail"]
    while phrase:
        m = tail.search(phrase)
        if not m or m.start() == len(phrase):
            break
        phrase = phrase[: m.start()]
    return phrase


def _stops(phrase: str):
    """Stop words in ``phrase``, except those that start a longer noun (拥有量, 投资额)."""
    for m in _tables()["stop"].finditer(phrase):
        if m.end() < len(phrase) and phrase[m.end()] in _NOUN_SUFFIX:
            continue
        yield m


def _cut_after_last_stop(phrase: str) -> str:
    last = None
    for m in _stops(phrase):
        last = m
    if last is not None:
        phrase = phrase[last.end():]
    return phrase


def _clean(phrase: str) -> str:
    phrase = phrase.strip(" “”\"'《》")
    if phrase and phrase[0] in "”":
        phrase = phrase[1:]
    return phrase


def _backward(t: str, fig: Figure, prev_end: int, inner: list[Figure]) -> str | None:
    start = max(_clause_start(t, fig.start, _BACKWARD_MAX), prev_end)
    # dates and durations inside the clause split it; the phrase is the last part that is
    # not only link words (研发投入强度连续6年保持在 -> 研发投入强度)
    parts = []
    cur = start
    for f in inner:
        if f.start >= cur and f.end <= fig.start:
            parts.append((cur, f.start))
            cur = f.end
    parts.append((cur, fig.start))
    for s, e in reversed(parts):
        phrase = _strip_tail(t[s:e])
        phrase = _clean(_cut_after_last_stop(phrase))
        phrase = _strip_tail(phrase)
        if len(phrase) >= 2:
            return phrase
    return None


def _forward(t: str, fig: Figure) -> str | None:
    i = fig.end
    m = lexicon().after_re.match(t, i)
    if m and lexicon().qualifiers_after[m.group()] != "none":
        i = m.end()
    if i >= len(t) or not ("\u3400" <= t[i] <= "\u9fff" or t[i] in "“"):
        return None
    end = min(len(t), i + _FORWARD_MAX)
    j = i
    while j < end and t[j] not in _CLAUSE_END and t[j] not in "的":
        j += 1
    phrase = t[i:j]
    if any(c.isdigit() for c in phrase):
        return None
    cue = lexicon().role_re.search(phrase)
    if cue:  # 17个重点传统制造业增加值增长8%: the noun ends before the change verb
        phrase = phrase[: cue.start()]
    lex = lexicon()
    if lex.role_re.match(phrase) or _tables()["head"].match(phrase):
        return None
    m = next(_stops(phrase), None)
    if m and m.start() == 0:
        return None
    if m:
        phrase = phrase[: m.start()]
    phrase = _clean(phrase)
    return phrase if len(phrase) >= 2 else None


def _role(t: str, fig: Figure, clause_start: int, sentence: str, sent_start: int) -> str | None:
    lex = lexicon()
    window = t[clause_start:fig.start]
    if fig.kind == "multiple" and _RATIO.search(window):
        return "ratio"
    best = None
    for m in lex.role_re.finditer(window):
        best = m
    if best is not None:
        gap = window[best.end():]
        if len(gap) <= _CUE_GAP and not gap.startswith(_LEVEL_AFTER):
            role = lex.roles[best.group()]
            if role != "target":
                return role
    tables = _tables()
    head = sentence[max(0, fig.start - sent_start - _TARGET_WINDOW): fig.start - sent_start]
    if fig.kind in ("date", "duration", "ordinal"):
        return None
    if tables["target"].search(head) or tables["to_year"].search(head):
        return "target"
    return None


def attach(t: str, figs: list[Figure]) -> list[Figure]:
    """Set ``indicator``, ``time`` and ``role`` on the figures of the normalised text ``t``.

    Args:
        t: the normalised text the figures were found in.
        figs: the figures, in text order (changed in place and returned).
    """
    last_date: Figure | None = None
    line_start = -1
    prev: Figure | None = None
    sent_start = 0
    lines = [m.end() for m in _LINE_RE.finditer(t)]
    ends = [m.start() for m in _SENT_RE.finditer(t)]
    for k, fig in enumerate(figs):
        ls = lines[bisect_right(lines, fig.start) - 1] if lines and lines[0] <= fig.start else 0
        if ls != line_start:
            line_start = ls
            last_date = None
        i = bisect_right(ends, fig.start - 1)
        ss = ends[i - 1] + 1 if i else 0
        se = ends[i] if i < len(ends) else len(t)
        if ss != sent_start:
            sent_start = ss
            prev = None
        if fig.kind == "date":
            if fig.value is not None:
                last_date = fig
            continue
        # time
        if k > 0 and figs[k - 1].kind == "date" and t[figs[k - 1].end:fig.start] == "的":
            fig.time = figs[k - 1].text
        elif last_date is not None:
            fig.time = last_date.text
        # role
        cs = _clause_start(t, fig.start, 40)
        fig.role = _role(t, fig, cs, t[max(ss, fig.start - _TARGET_WINDOW):se], max(ss, fig.start - _TARGET_WINDOW))
        if fig.kind in _NO_INDICATOR:
            continue
        # indicator
        indicator = None
        if fig.kind == "count" or (fig.start and t[fig.start - 1] == "的"):
            # a count before its noun (29个科技设施平台), or any figure right after 的 that
            # modifies the noun after it (下达的90亿元消费品以旧换新资金)
            indicator = _forward(t, fig)
        if indicator is None:
            prev_end = prev.end if prev is not None and prev.kind not in _NO_INDICATOR else 0
            inner = [f for f in figs[max(0, k - 4):k] if f.kind in _NO_INDICATOR]
            indicator = _backward(t, fig, prev_end, inner)
            if indicator is not None and fig.role in ("yoy_growth", "growth", "decline", "share", "ratio") \
                    and lexicon().role_re.fullmatch(indicator):
                indicator = None
        if prev is not None and (indicator is None or fig.role == "ratio"):
            indicator = prev.indicator
        fig.indicator = indicator
        prev = fig
    return figs
