"""Phrases around a figure: the indicator steps of :mod:`policytext.quantities.context`.

Everything here works on offsets into the normalised text ``t`` and returns spans ``(start, end)``:
clause limits, link words stripped from a phrase's end, stop words that cut it, the noun written
after a figure (29个科技设施平台, 坚决守住18亿亩耕地红线), the phrase before it, the clause before a
clause of link words only (…给予奖补，最高100万元), ``A、B分别…x、y`` lists. The few characters
that must be told verb from noun are tagged with jieba's dictionary (``pos_tag(hmm=False)``).

>>> t = "北京拥有有效发明专利66.3万件"
>>> t[slice(*_phrase(t, 0, 10))]
'有效发明专利'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_path, read_dictionary, read_lines
from .extract import Figure
from .lexicon import lexicon

__all__: list[str] = []  # internal: the phrase steps of quantities.context

Span = tuple[int, int]

_CLAUSE_END = "，,。;；:：!?！？\n、()（）"
_LIST_CLAUSE_END = "，,。;；:：!?！？\n()（）"
_FORWARD_MAX = 16
_BACKWARD_MAX = 24
_SHARE_EXTRA = 16  # how much further back the subject of a share may start (X占Y的比重)
_LIST_MAX = 40  # how far back the noun list of a 分别 sentence may reach
_NO_INDICATOR = frozenset({"date", "duration"})
_TIME_STOP = re.compile(r"年|目前|当前")  # stop words that are times (全年, 今年, 年底), not verbs
# words that open a clause about the figure before (其中1985年为, 而1956年就增加了)
_CLAUSE_LEADS = ("其中有", "其中", "而", "但", "即", "就", "前", "后", "以来")
_BEFORE_DURATION = "前近头"  # 前三年, 近五年, 头两年
_COMPARE = frozenset({"", "比", "较", "較", "与", "同", "比较", "相比", "而", "但"})  # before a date: 比1955年
_OBJECT_KINDS = frozenset({"money", "dimension", "number"})  # may be written VERB + figure + NOUN
_VERB_TAGS = frozenset({"v", "vd", "vi", "vq", "vg", "vf", "vx"})  # not vn: 培育 in 专利培育中心
_ADVERB_TAGS = frozenset({"d", "ad", "dg", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud"})
_NOUN_START = frozenset("nlbjsaf")  # jieba tags a noun phrase may start with (名词, 习用语, 区别词 ...)
_VERBAL_MAX = 8  # a verb phrase before a figure is short (坚决守住, 一次性增加)
_LIST_SEP = re.compile(r"(?:、|和|及|与|以及)")
_LIST_SEP_SPACED = re.compile(r"\s*(?:、|和|及|与|以及)\s*")  # 500 万千瓦和 550 万千瓦
_LEVEL_LINK = re.compile(r"(?:达到|提高到|提高至|增加到|增至|延长到|延长至|缩短到|缩短至|降至|降低到)\s*$")
_CONJ_END = re.compile(r"(?:以及|和|及|与|、)$")
_FORWARD_END = re.compile(r"以及|和|及|与|、|等")  # a list or 等 ends the noun after a figure
_QUOTES = " “”\"'《》「」『』"
_CONJUNCTION = re.compile(r"以及|和|及|与|、")
_FORMULA = re.compile(r"[×÷=/]")
_LATIN_NEXT = re.compile(r"[0-9.]*[A-Za-z]")
_SPACE_RUN = re.compile(r"\s{2,}")
_OPEN_PAREN = "(（"
_CLOSE_PAREN = ")）"
_TERM_MAX = 10  # how far back a protected term covering a stop word may start
_PAREN_MAX = 12  # a parenthesis this short inside a phrase is read through (细颗粒物（PM2.5）平均浓度)
_PAREN = re.compile(r"[(（][^()（）]{1,%d}[)）]" % _PAREN_MAX)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _tables():
    def lines(name):
        return read_lines(data_path(f"quantities/{name}"))

    links = lines("indicator_links.txt")
    stops = lines("indicator_stops.txt")
    lex = lexicon()
    quals = [w for w, q in lex.qualifiers_before.items() if q != "none"]
    cues = [c for c, r in lex.roles.items() if c not in lex.role_heads and r != "none"]
    after = [w for w, q in lex.qualifiers_after.items() if q != "none"]
    # the scopes among the share bases (全国, 全省, 世界), not the totals (总额: 零售总额)
    scopes = [b for b in lex.share_bases if "总" not in b and b != "全部"]
    # terms of the policy dictionary that hold a stop word (城镇新增就业, 实际使用外资): a stop
    # word inside one of them stops nothing, as if the phrase were segmented into words
    terms = [w for w, _, _ in read_dictionary("policy_dict.txt")]
    stop_re = re.compile(_alternation(stops))
    protected = [w for w in terms if stop_re.search(w) and not stop_re.fullmatch(w)]
    # fixed indicator phrases (规模以上, 实际利用外资): no stop, link or qualifier inside one cuts it
    fixed = lines("indicator_terms.txt")
    protected += fixed
    return {
        # 高于全国3.7个百分点: the base of a comparison is not what the figure measures
        "tail": re.compile(f"(?:{_alternation(list(links) + quals + cues + scopes)})$"),
        "links": re.compile(f"(?:{_alternation(list(links) + quals)})+$"),
        "head": re.compile(f"(?:{_alternation(list(links) + quals)})"),
        "lead": re.compile(f"(?:{_alternation(after + ['的', '、', '和', '及', '与'])})+"),
        # 原则上不高于承担风险责任的0.5%: a comparison at the head of a share's base
        "lead_comparison": re.compile(f"(?:{_alternation([q for q in quals if len(q) > 1] + ['原则上'])})+"),
        "stop": stop_re,
        "protected": re.compile(_alternation(protected)) if protected else None,
        "fixed": re.compile(_alternation(fixed)),
        "generic": frozenset(lines("indicator_generic.txt")),
        "only_stops": re.compile(f"(?:{_alternation(stops)})+"),
        "suffix": frozenset(lines("indicator_suffixes.txt")),
        "prepositions": frozenset(lines("indicator_prepositions.txt")),
        "modifiers": frozenset(lines("indicator_modifiers.txt")),
        "verbs": re.compile(f"(?:{_alternation(lines('indicator_verbs.txt'))})$"),
        "share": re.compile(_alternation(c for c, r in lex.roles.items()
                                         if r == "share" and c not in lex.role_heads)),
        "respectively": re.compile(r"(?:分别|依次)"),
        "after_respectively": re.compile(f"(?:{_alternation(list(links) + quals + list(lex.roles))})+"),
        "target": re.compile(_alternation(lines("goal_cues.txt"))),
        # 到2025年, 到一九五七年 (a year, not 到5月份为止)
        "to_year": re.compile(r"(?:^|[，,。;；:：\s])(?:到|至|到了)(?=(?:[0-9] ?){4}年|[一二][〇○零一二三四五六七八九]{3}年)"),
    }


# -- phrase helpers: all take and return offsets into the normalised text ``t`` -----------------

def _clause_start(t: str, i: int, limit: int, ends: str = _CLAUSE_END) -> int:
    lo = max(0, i - limit)
    j = i - 1
    while j >= lo:
        if t[j] in _CLOSE_PAREN and j + 1 < i:
            # a short parenthesis inside the phrase is read through: 细颗粒物（PM2.5）平均浓度
            k = j - 1
            while k >= max(lo, j - _PAREN_MAX) and t[k] not in _OPEN_PAREN and t[k] not in _CLAUSE_END:
                k -= 1
            if k >= lo and t[k] in _OPEN_PAREN and k > lo:
                j = k - 1
                continue
        if t[j] in ends:
            return j + 1
        j -= 1
    return lo


def _inside_fixed(t: str, i: int, j: int) -> bool:
    """Whether ``t[i:j]`` ends inside a fixed phrase (规模以上, 限额以上) that starts before ``j``."""
    lo = max(0, i - 4)
    for m in _tables()["fixed"].finditer(t, lo, min(len(t), j + 4)):
        if m.start() < j <= m.end() and m.start() < i:
            return True
    return False


def _strip_tail(t: str, s: int, e: int, cues: int = 1) -> int:
    """Strip link words, qualifiers and comparison scopes from the end of ``t[s:e]``, and one
    change cue at most (经济增长预期目标为 -> 经济增长, not 经济); ``cues=0`` strips none."""
    tables = _tables()
    tail = tables["tail"]
    links = tables["links"]
    while e > s:
        m = tail.search(t, s, e)
        if not m or m.start() == e:
            break
        if _inside_fixed(t, m.start(), e):
            break  # 规模以上: the 以上 of a fixed phrase stays
        if not links.fullmatch(t, m.start(), e):
            if cues <= 0:
                break
            cues -= 1
        e = m.start()
    return e


def _word_start(t: str, i: int) -> int:
    """``i``, or the start of the fixed phrase or dictionary term that ``i`` falls inside."""
    protected = _tables()["protected"]
    if protected is None:
        return i
    for m in protected.finditer(t, max(0, i - 12), min(len(t), i + 12)):
        if m.start() < i < m.end():
            return m.start()
    return i


def _strip_head(t: str, s: int, e: int) -> int:
    """Skip what a previous figure left at the start: 以上, 左右, 的, 、 (亿元以上重大项目)."""
    m = _tables()["lead"].match(t, s, e)
    return m.end() if m else s


def _clean(t: str, s: int, e: int) -> Span:
    gap = None
    for gap in _SPACE_RUN.finditer(t, s, e):
        pass
    if gap is not None and gap.end() < e:
        s = gap.end()  # a table row: 百分比    马 -> 马
    while s < e and (t[s] in _QUOTES or t[s].isspace()):
        s += 1
    while e > s and (t[e - 1] in _QUOTES or t[e - 1].isspace()):
        e -= 1
    return s, e


def _stops(t: str, s: int, e: int):
    """Stop words in ``t[s:e]``, except those that start a longer noun (拥有量, 集聚区) or stand
    inside a dictionary term (城镇新增就业)."""
    tables = _tables()
    suffix = tables["suffix"]
    inside = [m.span() for m in tables["protected"].finditer(t, s, e)] if tables["protected"] else []
    # a short parenthesis inside the phrase is read through: 粮食（不包括大豆）的产量
    for m in _PAREN.finditer(t, s, e):
        inside.append(m.span())
    for m in tables["stop"].finditer(t, s, e):
        if m.end() < e and len(m.group()) > 1 and (t[m.end()] in suffix or t[m.end():m.end() + 2] in suffix) \
                and m.group() not in tables["prepositions"]:
            continue
        if any(a <= m.start() and m.end() <= b for a, b in inside) or _covered(t, s, e, m.start(), m.end()):
            continue
        yield m


def _covered(t: str, s: int, e: int, a: int, b: int) -> bool:
    """Whether a protected term inside ``t[s:e]`` covers ``t[a:b]``, overlapping terms included
    (和美乡村建设: 乡村建设 although 和美乡村 matched first)."""
    protected = _tables()["protected"]
    if protected is None:
        return False
    for k in range(max(s, a - _TERM_MAX), a + 1):
        m = protected.match(t, k, e)
        if m and m.end() >= b:
            return True
    return False


def _only_stops(t: str, s: int, e: int) -> bool:
    return _tables()["only_stops"].fullmatch(t, s, e) is not None


def _cut(t: str, s: int, e: int) -> Span | None:
    """The phrase ``t[s:e]`` cut after its last stop word (北京拥有有效发明专利 -> 有效发明专利).

    A stop word at the very end is a verb that governs the figure (计划完成了94.3%): there is no
    indicator, unless it is a modifier (招生计划新增2万个 -> 招生计划). A modifier stays before a
    noun of two characters (新增产值, 新建铁路). A cut must leave at least two characters that are
    not all stop words.
    """
    tables = _tables()
    stops = list(_stops(t, s, e))
    if not stops:
        return (s, e)
    if all(m.group() == "的" for m in stops) and e - stops[-1].end() <= 2 and stops[-1].end() < e:
        return (s, e)  # 中央委员会的成员
    last = stops[-1]
    if last.end() == e:
        if _TIME_STOP.search(last.group()) and last.start() - s >= 2:
            # a time, not a verb: 城镇调查失业率全年控制在5.5%以内 -> 城镇调查失业率
            return _cut(t, s, _strip_tail(t, s, last.start(), cues=0))
        if last.group() not in tables["modifiers"] or last.start() - s < 2:
            # a verb governs the figure: what stands before it is its subject when it is a noun
            # (中央预算内投资拟安排7350亿元), else there is none (今年拟安排500万亩)
            e2 = _strip_tail(t, s, last.start(), cues=0)
            if e2 - s >= 3 and not _tables()["only_stops"].fullmatch(t, s, e2) and not _verbal(t, s, e2):
                return _cut(t, s, e2)
            return None
        return _cut(t, s, _strip_tail(t, s, last.start()))
    for m in reversed(stops):
        ns = m.end()
        if e - ns < 2 or _only_stops(t, ns, e):
            continue
        if m.group() == "的" and e - ns <= 2:
            continue  # 参加新型农村合作医疗的人口: 人口 alone says nothing
        if m.group() in tables["modifiers"]:
            if e - ns <= 2:
                # the noun before the modifier stays too (可再生能源新增装机), up to a stop word
                before = [p for p in stops if p.end() <= m.start()]
                lo = before[-1].end() if before else s
                return (lo if m.start() - lo >= 2 else m.start(), e)
            c = _CONJUNCTION.match(t, ns, e)
            if c and e - c.end() >= 2:  # 新建和加固堤防: the second verb's object
                return (c.end(), e)
        return (ns, e)
    return None


def _phrase(t: str, s: int, e: int, after_figure: bool = False) -> Span | None:
    """The indicator inside the stretch ``t[s:e]`` before a figure, or None."""
    e = _strip_tail(t, s, e)
    if after_figure:
        s = _strip_head(t, s, e)
    lex = lexicon()
    m = None
    for c in _tables()["share"].finditer(t, s, e):
        whole = lex.role_re.match(t, c.start(), e)
        if whole is None or whole.group() not in lex.role_heads:  # not the 占 of 占比
            m = c
    if m is not None and m.start() - s >= 2:  # 高技术制造业增加值占规上工业12.3%
        e = _strip_tail(t, s, m.start())
    elif m is not None and m.start() == s:
        return None  # …元，占本年支出的2.18%: the share of what the figure before measured
    if _FORMULA.search(t, s, e):
        return None  # 计算方法：年总能耗支出/年总收入×10000
    cut = _cut(t, s, e)
    if cut is None:
        return None
    s, e = _clean(t, *cut)
    e = _strip_tail(t, s, e, cues=0 if cut[1] == e else 1)
    lead = _tables()["lead_comparison"].match(t, s, e)
    if lead and e - lead.end() >= 2:
        s = lead.end()
    s, e = _clean(t, s, e)
    if not any(c.isalpha() for c in t[s:e]):
        return None  # 47.全市新增2400户: a heading number is no indicator
    return (s, e) if e - s >= 2 else None


def _backward(t: str, fig: Figure, prev_end: int, inner: list[Figure]) -> Span | None:
    start = max(_clause_start(t, fig.start, _BACKWARD_MAX), prev_end)
    if start > prev_end and start > 0 and t[start - 1] not in _CLAUSE_END:
        # the window ended inside the clause: a share names its indicator at the clause start
        # (规模以上工业总产值占全省规模以上工业总产值的比重提高到82.1%), and a fixed phrase is
        # never entered in its middle (not 上工业总产值)
        if _tables()["share"].search(t, start, fig.start):
            start = max(_clause_start(t, fig.start, _BACKWARD_MAX + _SHARE_EXTRA), prev_end)
        start = _word_start(t, start)
    # dates and durations inside the clause split it; the phrase is the last part that is
    # not only link words (研发投入强度连续6年保持在 -> 研发投入强度)
    parts = []
    cur = start
    for f in inner:
        if f.start < cur < f.end:  # the clause limit fell inside a date (２０|１２年)
            cur = f.end
        elif f.start >= cur and f.end <= fig.start:
            # 钢产量前三年共增加了: 前/近 belong to the duration, not to the phrase before it
            before = f.kind == "duration" and f.start > cur and t[f.start - 1] in _BEFORE_DURATION
            end = f.start - 1 if before else f.start
            parts.append((cur, end))
            cur = f.end
    parts.append((cur, fig.start))
    for s, e in reversed(parts):
        span = _phrase(t, s, e, after_figure=s == prev_end or any(f.end == s for f in inner))
        if span is not None:
            return span
    return None


def _after_qualifier(t: str, i: int) -> int:
    m = lexicon().after_re.match(t, i)
    if m and lexicon().qualifiers_after[m.group()] != "none":
        return m.end()
    return i


def _forward(t: str, i: int, one_char: bool = False, limit: int | None = None) -> Span | None:
    """The noun written at ``i``, after a figure (29个科技设施平台), up to a stop word or ``limit``
    (where the next figure starts)."""
    n = len(t) if limit is None else min(len(t), limit)
    if i >= n or not ("\u3400" <= t[i] <= "\u9fff" or t[i] in "“"):
        return None
    protected = _tables()["protected"]
    if _FORWARD_END.match(t, i) and not (protected and protected.match(t, i)):
        return None  # 新增省实验室2家和省技术创新中心3家: 和 opens the next item, not a noun
    end = min(n, i + _FORWARD_MAX)
    j = i
    while j < end and t[j] not in _CLAUSE_END and t[j] != "的":
        if t[j].isdigit() and not (_LATIN_NEXT.match(t, j + 1) or j > i and t[j - 1].isascii() and t[j - 1].isalpha()):
            break  # 进口商品和5年内…: stop before the next figure (5G工厂 goes on)
        if j - i >= 3 and _FORWARD_END.match(t, j) and not (protected and any(
                m.start() < j < m.end() for m in protected.finditer(t, max(i, j - 8), min(n, j + 8)))):
            break  # 3个省实验室和省科技创新中心 ends at the list; 115个国家和地区 (two characters) does not
        j += 1
    lex = lexicon()
    for cue in lex.role_re.finditer(t, i, j):
        if cue.group() in lex.role_heads or lex.roles[cue.group()] == "none":
            continue
        rest = t[cue.end():j]
        if not rest or _tables()["links"].fullmatch(rest) or j < n and t[j].isdigit():
            j = cue.start()  # 17个重点传统制造业增加值增长8%, not 30家人才效能提升重点平台
            break
    while j > i and (t[j - 1] in "和及与、" or t[j - 1].isspace()):
        j -= 1
    if j == i or _tables()["head"].match(t, i, j):
        return None
    m = next(_stops(t, i, j), None)
    if m and m.start() == i:
        return None
    if m:
        j = m.start()
    s, e = _clean(t, i, j)
    if not any(c.isalpha() for c in t[s:e]):
        return None
    if one_char and e - s == 1 and (e >= n or t[e] in _CLAUSE_END) and "\u3400" <= t[s] <= "\u9fff":
        return (s, e)  # 二十五个省、: a one-character noun after a measure word
    return (s, e) if e - s >= 2 else None


def _bare_clause(t: str, s: int, e: int, inner: list[Figure] = ()) -> bool:
    """Whether ``t[s:e]`` holds nothing but link words, qualifiers, cues and scopes (占全国的),
    with dates compared against (比1955年增长了, 較1955年增長了)."""
    parts = []
    for f in inner:
        if f.kind not in _NO_INDICATOR or not s <= f.start < f.end <= e:
            continue
        parts.append((s, f.start, True))
        s = f.end
    parts.append((s, e, False))
    for a, b, before_date in parts:
        a, b = _clean(t, a, b)
        if before_date and t[a:b] in _COMPARE:
            continue  # 比1955年, 而1956年
        lead = next((w for w in _CLAUSE_LEADS if t.startswith(w, a)), "")
        a += len(lead)
        b = _strip_tail(t, a, b, cues=9)
        if b > a and not _tables()["only_stops"].fullmatch(t, a, b) and not _verbal(t, a, b):
            return False  # a word of its own (城镇调查失业率), not only verbs (全部建成的, 今年要扩大到)
    return True


def _previous_clause(t: str, cs: int, prev: Figure | None, before: list[Figure]) -> Span | None:
    """The indicator named at the end of the clause that ends at ``cs - 1`` (a comma), or None.

    Only the words after the last figure of that clause count (的10%给予奖补 -> 奖补); a clause
    that ends with its figure gives nothing here.
    """
    if cs < 2 or t[cs - 1] not in "，,":
        return None
    end = cs - 1
    start = _clause_start(t, end, _BACKWARD_MAX)
    for f in before:
        if start < f.end <= end:
            start = _after_qualifier(t, f.end)
    if end - start < 2:
        return None
    span = _phrase(t, start, end, after_figure=True)
    if span is None:
        return None
    from ..tokenize import pos_tag

    # a noun phrase, not a verb phrase (扣除价格因素) nor a locative (…企业的在内)
    tokens = pos_tag(t[span[0]:span[1]], hmm=False)
    if not tokens or tokens[-1].pos in _ADVERB_TAGS | {"f", "r"} or tokens[0].pos in _VERB_TAGS and not any(
            tok.text == "的" for tok in tokens[1:-1]):
        return None  # 修复的铁路 is a noun phrase
    return span


def _nominal(tag: str) -> bool:
    return tag[:1] in _NOUN_START or tag == "vn"


def _is_cjk_at(t: str, i: int) -> bool:
    return i < len(t) and "\u3400" <= t[i] <= "\u9fff"


def _object_after(t: str, fig: Figure, span: Span | None, prev_end: int, limit: int | None) -> Span | None:
    """The noun a figure counts when written VERB + figure + NOUN (坚决守住18亿亩耕地红线), or None.

    Only when the words before the figure in its clause are verbs, adverbs and link words (so no
    indicator of their own) and a noun, not a verb, follows the unit (拿出120.6亿元支持基层化债
    has none). Tagged with jieba, on these few characters only.
    """
    i = fig.end
    if i >= len(t) or not ("\u3400" <= t[i] <= "\u9fff"):
        return None
    s = max(_clause_start(t, fig.start, _BACKWARD_MAX), prev_end)
    if span is not None and span[0] < s:
        return None
    # 安排384亿元救灾款和740亿元恢复重建资金: the second figure of a coordination counts its own noun
    coordinated = s == prev_end and _CONJ_END.search(t, s, fig.start) is not None
    # 中央财政安排384亿元救灾款: a verb right before the figure governs the noun after it
    a, b = _clean(t, s, fig.start)
    governed = any(m.end() == b for m in _stops(t, a, b)) and not t[b - 1:b] == "的"
    if not coordinated and not governed and not _verbal(t, s, fig.start):
        return None
    fwd = _forward(t, i, limit=limit)
    if fwd is None:
        return None
    from ..tokenize import pos_tag

    tokens = pos_tag(t[fwd[0]:fwd[1]], hmm=False)
    if not tokens or not (_nominal(tokens[0].pos) or coordinated and _nominal(tokens[-1].pos)):
        return None  # 拿出120.6亿元支持基层化债, 一千斤或者稍多一点: no noun follows
    # the noun ends before the next verb (6万亿元地方专项债务限额置换存量隐性债务)
    first = next((k for k, tok in enumerate(tokens) if _nominal(tok.pos)), 0)  # 恢复重建资金
    # (but a verb before a short last noun makes a compound with it: 专项奖补资金, 引导基金)
    def compound(k: int) -> bool:
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return nxt is not None and len(nxt.text) <= 2 and _nominal(nxt.pos) and (
            k + 2 == len(tokens) or tokens[k + 2].pos in _VERB_TAGS | _ADVERB_TAGS)

    end = next((fwd[0] + tok.start for k, tok in enumerate(tokens)
                if k > first and tok.pos in _VERB_TAGS and not compound(k)), fwd[1])
    return (fwd[0], end) if end - fwd[0] >= 2 else None


def _verbal(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` is made of verbs, adverbs, stop and link words only (坚决守住, 新建)."""
    s, e = _clean(t, s, e)
    if e <= s:
        return True
    if e - s > _VERBAL_MAX:
        return False
    from ..tokenize import pos_tag

    tables = _tables()
    prev = ""
    for tok in pos_tag(t[s:e], hmm=False):
        w = tok.text
        if tok.pos in _VERB_TAGS or tok.pos in _ADVERB_TAGS or tok.pos == "t" or tables["stop"].fullmatch(w) \
                or tables["links"].fullmatch(w) or not w.strip() or len(w) == 1 and prev in _VERB_TAGS:
            prev = tok.pos  # 守牢, 筑牢, 抓实: a one-character complement after a verb
            continue
        return False
    return True


def _after_de(t: str, fig: Figure, nxt: Figure | None) -> Span | None:
    """The noun of ``figure (qualifier) 的 noun`` (10万元以下的罚款), or None.

    The lower bound of a pair reads past the upper one (1万元以上5万元以下的罚款).
    """
    i = _after_qualifier(t, fig.end)
    if nxt is not None and nxt.start == i and i > fig.end:
        i = _after_qualifier(t, nxt.end)
    if not t.startswith("的", i):
        return None
    return _forward(t, i + 1, limit=nxt.start if nxt is not None and nxt.start > i else None)


def _respective(t: str, figs: list[Figure]) -> dict[int, Span]:
    """Indicators of ``A、B分别下降x、y``: A for x, B for y (figure index -> span)."""
    out: dict[int, Span] = {}
    tables = _tables()
    k = 0
    n = len(figs)
    while k < n:
        j = k
        while j + 1 < n and _LIST_SEP_SPACED.fullmatch(t, figs[j].end, figs[j + 1].start):
            j += 1
        if j > k:
            first = figs[k]
            cs = _clause_start(t, first.start, _LIST_MAX, _LIST_CLAUSE_END)
            m = None
            for m in tables["respectively"].finditer(t, cs, first.start):
                pass
            gap = _clean(t, m.end(), first.start) if m is not None else None
            if m is not None and (gap[0] >= gap[1] or _tables()["after_respectively"].fullmatch(t, *gap)):
                items = []
                pos = cs
                for sep in _LIST_SEP.finditer(t, cs, m.start()):
                    items.append((pos, sep.start()))
                    pos = sep.end()
                items.append((pos, m.start()))
                # 城镇和农村居民人均可支配收入 shares one head: a short item is no indicator
                if len(items) == j - k + 1 and all(e - s > 2 for s, e in items[:-1]):
                    for idx, (s, e) in zip(range(k, j + 1), items):
                        span = _phrase(t, s, e)
                        if span is not None:
                            out[idx] = span
        k = j + 1
    return out
