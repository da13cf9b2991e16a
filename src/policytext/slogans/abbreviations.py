"""Numeric abbreviations: number + category formulas (三医, 六链五群, 三大工程, 两个确立).

Three sources, in this order of trust:

1. the lexicon of known national formulas (``data/slogans/formulas.tsv``), with count and items;
2. shapes, anywhere: number + 大 + a category noun from ``categories.txt`` (九大专项), and
   alternating number + character runs (六链五群, 一总多专, 两横三纵) that jieba does not read as
   an idiom (一心一意) and that stand on word boundaries (长三角一体化 holds no 三角一体);
3. shapes that count only when the text marks them as a coinage, by quoting them
   (“三医”, “四个最严”, “三条保障线”) or by spelling out their items right before
   (医疗、医保、医药三医).

The expansion is taken from the text when it spells the items out nearby: before
(医疗、医保、医药“三医”; “筑基扩容”“小升规”“规升强”三大工程; 人工智能、集成电路…等九大专项),
after (“一总”是指…,“多专”是指…; 三农,即农业、农村、农民); otherwise, for a known formula, from
the lexicon.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import lru_cache

from ..records import Abbreviation
from ..text import NormalizedText, check_text
from ._common import (
    HAN_RANGE,
    PREDICATE_TAGS,
    Prepared,
    alternation,
    is_han,
    lexicon,
    prepare,
    table,
    tag,
    word_tag,
)

__all__ = ["extract_abbreviations", "parse_count"]

DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
          "两": 2, "双": 2, "十": 10}
#: A Chinese numeral word up to 99 (三, 十二, 二十), and one of at least two.
NUM = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两双])"
NUM2 = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九两双])"
_NUMERALS = "一二三四五六七八九十两双〇零百千万亿"
#: One character that is not a numeral.
_WORD = rf"[{HAN_RANGE}](?<![{_NUMERALS}])"
#: Measure words allowed between the number and the category of a quoted formula (“四个最严”).
_MEASURE = "个大项条篇类种张件场"
#: Most characters of modifiers between 大 and the category of 十大新兴产业.
MAX_MODIFIER = 6
#: Window (characters) searched after an abbreviation for its items spelled out (“一总”是指…).
AFTER_WINDOW = 600
#: Window searched before an abbreviation for a list of its items.
BEFORE_WINDOW = 160
#: Longest item of a spelled-out list (characters).
MAX_ITEM = 24
#: Words between a list and the abbreviation that sums it up (…生物医药等九大专项).
_LIST_TAIL = re.compile(r"(?:等|这|这些|的)*[“「]?$")
_DEFINE = re.compile(r"^[”」]?[,:]?(?:即|也就是|就是|是指|指的是|包括)[,:]?")
#: An alternating formula: number + category, then (number or 多) + category, up to four parts.
_ALTERNATING = rf"{NUM}{_WORD}(?:(?:{NUM}|多){_WORD}){{1,3}}"
_SUMMED = re.compile(_ALTERNATING)
#: An alternating formula whose categories have up to three characters (“四区一高地”, “一图三清单”,
#: “三基地一枢纽”): taken only when quoted, the marks telling where it ends.
_MULTI_PART = rf"(?:{NUM}|多)(?:{_WORD}){{1,3}}"
_MULTI = re.compile(rf"(?:{_MULTI_PART}){{2,4}}")
#: A count of “one X” rules: 三个一批, “五个一工程”.
_ONE_EACH = rf"(?:{NUM2})个一[{HAN_RANGE}]"
#: A digit code naming a programme (“1650”产业体系, “8+4”经济政策体系): reported with no count, the
#: digits naming its parts, not their number; a year (“2035”) is no code.
_DIGIT_CODE = re.compile(r"[0-9]{2,6}(?:\+[0-9N]{1,2})*|[0-9]\+[0-9N]{1,2}(?:\+[0-9N]{1,2})*")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: Word classes that mark a lexical word, not a count: place and person names, pronouns
#: (一切), adverbs (十分), locality words (两岸), time words, idioms.
_LEXICAL_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "r", "d", "f", "t", "i", "l"})


#: jieba tags of place names.
_PLACES = frozenset({"ns", "nsf"})
#: jieba tags of the word counted in "number + 个 + word" formulas: actions and stances
#: (两个确保, 五个统筹, 两个凡是/d, 五个针对/p), not things (两个市场, 三个方面).
_ACT_TAGS = frozenset({"v", "vi", "vd", "d", "ad", "p"})
#: Numerals of magnitude only, three or more (“十百千万”): they name tiers, they count nothing
#: (“万亿” is an amount).
_MAGNITUDES = re.compile(r"[十百千万亿]{3,}")
#: What joins the abbreviation to a list as one more member of it.
_JOINING = "和与及、"
#: Words before a number that refer to things already named rather than coin a formula (的 only
#: before counted actions: 关于…的两个决定, but 领会…的五对重要关系).
_REFERRING = "的这那了其各"


def parse_count(text: str) -> int | None:
    """The number of items a numeric abbreviation names (六链五群 → 11; 一总多专 → None).

    Numbers are added up over the alternating parts; 多 (several) gives None, as does a formula
    whose parts are all 一 (一企一策 names a rule, not items).

    >>> parse_count("三大工程"), parse_count("六链五群"), parse_count("一总多专"), parse_count("三医")
    (3, 11, None, 3)
    >>> parse_count("七位一体"), parse_count("十百千万")
    (7, None)
    """
    nums = re.findall(NUM + "|多", text)
    if not nums or "多" in nums or _MAGNITUDES.fullmatch(text):
        return None
    values = [_value(n) for n in nums]
    if len(values) > 1 and all(v == 1 for v in values):
        return None
    if _quoted_patterns()[0].fullmatch(text):
        return values[0]  # 三个一批: three rules of "one batch"
    if _SUMMED.fullmatch(text):
        if text.endswith("一体") or text.endswith("合一"):
            return sum(values[:-1])  # 五位一体: five in one
        return sum(values)
    if _MULTI.fullmatch(text):
        return sum(values)  # 四区一高地: four and one
    return values[0]


def _value(n: str) -> int:
    if n in DIGITS:
        return DIGITS[n]
    tens, _, ones = n.partition("十")
    return DIGITS.get(tens, 1) * 10 + DIGITS.get(ones, 0)


@lru_cache(maxsize=1)
def _known() -> dict[str, tuple[int | None, tuple[str, ...] | None]]:
    out = {}
    for row in table("formulas"):
        count = int(row["count"]) if row["count"] else None
        items = tuple(x.strip() for x in row["expansion"].split("|") if x.strip()) or None
        out[row["formula"]] = (count, items)
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    known = re.compile(alternation(_known()))
    categories = alternation(lexicon("categories"))
    # no look-behind (the character before is checked by _free): the scan then starts from the
    # numerals only, which is several times faster
    # 九大专项; 十大新兴产业, 六大重大科技战略行动: up to six characters of modifiers before the
    # category (the shortest such match, extended by a category right after it)
    big = re.compile(rf"(?:{NUM2})大[{HAN_RANGE}]{{0,{MAX_MODIFIER}}}?(?:{categories})(?:{categories})?")
    alternating = re.compile(rf"(?:{_ALTERNATING})(?![{_NUMERALS}])")
    quoted = re.compile(rf"(?:{NUM2})[{_MEASURE}]?(?:{_WORD}){{1,5}}|{_ALTERNATING}")
    single = re.compile(rf"(?<![第{_NUMERALS}{HAN_RANGE}])(?:{NUM2}){_WORD}")
    blockers = re.compile(alternation(lexicon("numeral_blockers")))
    return known, big, alternating, quoted, single, blockers


@lru_cache(maxsize=1)
def _counted_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(number + 个 + a two-character verb or adverb: 两个确保, 五个统筹, 八个不得, 两个翻番;
    number + 项/对/条 + a counted category, a modifier allowed: 八项规定, 四项基本原则, 五对重要关系)."""
    # not after 的/这/了 (关于…的两个决定, 这两条原则, 指出了十二个好处: a count of things referred to)
    acts = re.compile(rf"(?:{NUM2})个[{HAN_RANGE}]{{2}}(?![{HAN_RANGE}])")
    rules = alternation(lexicon("counted_categories"))
    counted = re.compile(rf"(?:{NUM2})[项对条](?:重要|基本|重大)?(?:{rules})")
    return acts, counted


@dataclass
class _Candidate:
    start: int
    end: int
    known: bool = False
    quoted: bool = False
    single: bool = False  # number + one character (三医): needs a quote or its items


def _parts(form: str) -> list[str]:
    """The number + category parts of an alternating formula (六链五群 → 六链, 五群)."""
    return re.findall(rf"(?:{NUM}|多){_WORD}", form)


def _is_alternating(form: str, quoted: bool) -> bool:
    """An alternating formula rather than a quantity, a reduplication or a lexical word."""
    blockers = _patterns()[5]
    parts = _parts(form)
    if "".join(parts) != form or len({p[-1] for p in parts}) < len(parts):
        return False  # 一步一步: the same category twice is a reduplication
    if any(blockers.match(p[-1]) for p in parts):
        return False  # 一个五年, 一届三中, 一切多余
    if quoted:
        return True
    if "双" in form or (parts[0][0] == "一" and not all(p[0] in "一多" for p in parts)):
        return False  # 双边多边, 两岸双方; 一X must go with 一/多 (一总多专, 一企一策)
    toks = tag(form)
    if len(toks) == 1:
        return toks[0][2] not in _LEXICAL_TAGS  # 一穷二白 (idiom), 三坊七巷 (place)
    return not (toks[0][1] >= 2 and toks[0][2] in _LEXICAL_TAGS)  # 四川二滩, 一切多余


def _is_quoted_count(inner: str) -> bool:
    """A quoted number + (measure) + word: “三医”, “四个最严”, not “十年禁渔” or “八小时以外”."""
    blockers = _patterns()[5]
    m = re.match(NUM2, inner)
    if m is None:
        return False
    rest = inner[m.end():]
    if len(rest) > 1 and rest[0] in _MEASURE:
        rest = rest[1:]
    # a place counted (“两个中国”) is a political term, not items collapsed into a number (“三北”,
    # 西北、华北、东北, is: its one character names no place by itself)
    return bool(rest) and not blockers.match(rest) and (len(rest) < 2 or word_tag(rest) not in _PLACES)


@lru_cache(maxsize=1)
def _quoted_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(“五个一工程”: a one-each rule; “千万工程”: magnitudes naming a programme)."""
    return (re.compile(_ONE_EACH + f"[{HAN_RANGE}]?"),
            re.compile(rf"[十百千万]{{2,4}}(?:{alternation(lexicon('categories'))})"))


def _quoted_formula(inner: str) -> bool:
    """A quotation that is a numeric formula of the third pass's shapes: multi-character
    alternating (“四区一高地”), one-each rules (“五个一工程”), magnitudes naming a programme
    (“千万工程”: 千村示范、万村整治), digit codes (“1650”, “8+4”).

    >>> [_quoted_formula(x) for x in ("四区一高地", "五个一工程", "千万工程", "8+4", "2035", "三年行动")]
    [True, True, True, True, False, False]
    """
    one_each, magnitudes = _quoted_patterns()
    if _DIGIT_CODE.fullmatch(inner):
        return not _YEAR.fullmatch(inner)
    if one_each.fullmatch(inner):
        return True
    if magnitudes.fullmatch(inner):
        return True
    if _MULTI.fullmatch(inner) and not _SUMMED.fullmatch(inner):
        parts = re.findall(_MULTI_PART, inner)
        blockers = _patterns()[5]
        nums = [re.match(NUM + "|多", p).group() for p in parts]
        toks = tag(inner)
        if toks and toks[0][1] >= 2 and toks[0][2] in ("f", "d", "r"):
            return False  # “两岸一家亲”: a slogan opening with a word (两岸/f), no count
        return (len({p[len(n):] for p, n in zip(parts, nums)}) == len(parts)
                and not any(blockers.match(p[len(n):]) for p, n in zip(parts, nums))
                and not all(n == "一" for n in nums))
    return False


def _on_word_bounds(t: str, s: int, e: int) -> bool:
    """The span starts and ends on jieba word boundaries (长三角一体化 holds no 三角一体)."""
    lo = max(0, s - 4)
    window = t[lo:min(len(t), e + 3)]
    cuts = set()
    for a, b, _ in tag(window):
        cuts.add(a)
        cuts.add(b)
    return (s - lo) in cuts and (e - lo) in cuts


def _free(t: str, m: re.Match[str], before: str) -> bool:
    """The match is not preceded by one of the characters ``before`` (第三大…, 十二个…)."""
    return m.start() == 0 or t[m.start() - 1] not in before


def _candidates(prep: Prepared) -> list[_Candidate]:
    t = prep.t
    known, big, alternating, quoted, single, _ = _patterns()
    out = [_Candidate(m.start(), m.end(), known=True) for m in known.finditer(t)]
    for m in big.finditer(t):
        if not _free(t, m, "第一二三四五六七八九十两"):
            continue
        # modifiers: whole words, no particle (三大|的|任务 is no formula), the end a word boundary
        mods = m.group()[len(re.match(NUM2, m.group()).group()) + 1:]
        if m.end() - m.start() > 4 and (any(c in "的地得之和与及或等最" for c in mods) or not _on_word_bounds(t, m.start(), m.end())):
            continue  # 三大|的|任务; 十大最具价值…: a ranking, no formula
        out.append(_Candidate(m.start(), m.end()))
    for m in re.finditer(_ONE_EACH, t):
        # unquoted, the rule closes its phrase (推进三个一批,; not 三个一号旅游公路)
        if (_free(t, m, "第" + _NUMERALS + _REFERRING) and not is_han(t[m.end():m.end() + 1] or ",")
                and _on_word_bounds(t, m.start(), m.end())):
            out.append(_Candidate(m.start(), m.end()))
    for m in alternating.finditer(t):
        if (_free(t, m, "第" + _NUMERALS) and _is_alternating(m.group(), False)
                and _on_word_bounds(t, m.start(), m.end())):
            out.append(_Candidate(m.start(), m.end()))
    acts, counted = _counted_patterns()
    for m in acts.finditer(t):
        if _free(t, m, "第" + _NUMERALS + _REFERRING) and word_tag(m.group()[-2:]) in _ACT_TAGS:
            out.append(_Candidate(m.start(), m.end()))
    out += [_Candidate(m.start(), m.end()) for m in counted.finditer(t) if _free(t, m, "第" + _NUMERALS + _REFERRING[1:])]
    for q in prep.quotes:
        inner = t[q.start:q.end]
        if _MAGNITUDES.fullmatch(inner) and len(set(inner)) == len(inner):
            out.append(_Candidate(q.start, q.end, quoted=True))  # “十百千万”: magnitudes, no count
        elif _quoted_formula(inner):
            out.append(_Candidate(q.start, q.end, quoted=True))
        elif quoted.fullmatch(inner) and (
            _is_alternating(inner, True) if _SUMMED.fullmatch(inner) else _is_quoted_count(inner)
        ):
            out.append(_Candidate(q.start, q.end, quoted=True, single=len(inner) == 2))
    # number + one character (三医) right after a list: kept only if the list's items share it
    for m in single.finditer(t):
        if t[m.start() - 1:m.start()] in "“「" and t[m.end():m.end() + 1] in "”」":
            continue  # quoted: handled above
        if "、" in t[max(0, m.start() - 12):m.start()]:
            out.append(_Candidate(m.start(), m.end(), single=True))
    # keep the longest of overlapping candidates, known formulas first
    out.sort(key=lambda c: (c.start, -(c.end - c.start), not c.known))
    kept: list[_Candidate] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


def _clean_item(item: str, others: list[str]) -> str:
    """The first item of a list as it names a thing, without the words that lead into the list.

    ``集中部署人工智能`` before ``集成电路、生物医药、高端科学仪器`` gives ``人工智能``: the
    word-aligned suffix closest in length to the other items, then without leading verbs.
    """
    item = re.split(r"与|和|及|同", item)[-1] or item
    toks = tag(item)
    usual = statistics.median(len(x) for x in others) if others else len(item)
    if len(item) > max((len(x) for x in others), default=len(item)):
        starts = [a for a, _, _ in toks if a < len(item)]
        if starts:
            item = item[min(starts, key=lambda a: (abs(len(item) - a - usual), a)):]
            toks = tag(item)
    i = 0
    while i < len(toks) - 1 and (toks[i][2] in PREDICATE_TAGS or toks[i][2][0] in "cur"):
        i += 1
    return item[toks[i][0]:] if toks else item


def _split_items(s: str) -> list[str]:
    """Split a list on 、/和/及, not inside brackets (省、州(市)、县(市、区))."""
    out, depth, cur = [], 0, []
    i = 0
    while i < len(s):
        c = s[i]
        depth += (c == "(") - (c == ")")
        if depth <= 0 and (c == "、" or s.startswith("以及", i) or c in "和及"):
            out.append("".join(cur))
            cur = []
            i += 2 if s.startswith("以及", i) else 1
            continue
        cur.append(c)
        i += 1
    out.append("".join(cur))
    return [x.strip() for x in out if x.strip()]


def _plausible(items: list[str]) -> bool:
    """Items of a spelled-out list: short, of comparable length, none ending in a verb that
    leads into the abbreviation (本部门全面推行“三项制度”, 死亡人数持续“双下降”)."""
    if len(items) < 2 or any(not x or len(x) > MAX_ITEM for x in items):
        return False
    lengths = [len(x) for x in items]
    if max(lengths) > 3 * min(lengths) + 2:
        return False
    last = tag(items[-1])
    return not last or last[-1][2] not in {"v", "vd", "vi", "d", "ad", "p", "c"}


def _before(prep: Prepared, s: int, count: int | None, category: str | None) -> list[str] | None:
    """Items spelled out right before the abbreviation, as quotations or as a 、 list."""
    t = prep.t
    lo = max(0, s - BEFORE_WINDOW)
    lo = max(lo, max(t.rfind(c, lo, s) for c in "。!?;\n:") + 1)  # within the sentence
    tail = _LIST_TAIL.search(t, lo, s)
    body_end = tail.start() if tail else s
    has_etc = bool(tail) and "等" in tail.group()
    if body_end > lo and t[body_end - 1] in _JOINING:
        return None  # 小微企业和“三农”: the abbreviation is one more member of the list

    # “a”“b”“c”三大工程: quotations chained right before (a quoted abbreviation chained after
    # other quotations is one more member of the chain: “两个基地”“两个枢纽”“两个网络”)
    items: list[str] = []
    j = body_end
    chained_member = s - 1 in prep.opened_at and body_end == s - 1
    while not chained_member and j - 1 >= lo and (j - 1) in prep.closed_at:
        q = prep.closed_at[j - 1]
        items.append(t[q.start:q.end])
        j = q.open
        while j - 1 >= lo and t[j - 1] in "、,和与及":
            j -= 1
    items.reverse()
    if len(items) < 2:
        seg = re.split(r"[,“”「」]", t[lo:body_end])[-1]
        if "、" not in seg or seg.endswith("、") or (category and seg.count(category) < 2):
            return None
        parts = _split_items(seg)
        if len(parts) < 2:
            return None
        items = [_clean_item(parts[0], parts[1:])] + parts[1:]
        if not _plausible(items):
            return None
    if category and not all(category in x for x in items):
        return None
    if count is not None and len(items) != count and not (has_etc and len(items) < count):
        return None
    return items


def _after(prep: Prepared, s: int, e: int) -> list[str] | None:
    """Items spelled out right after (三农,即农业、农村、农民) or part by part (“一总”是指…)."""
    t = prep.t
    m = _DEFINE.match(t, e, e + 12)
    if m:
        rest = re.split(r"[,。;!?\n]", t[m.end():m.end() + 200])[0]
        items = _split_items(rest)
        if 2 <= len(items) <= 12 and _plausible(items):
            return items
    # “一总”是指…,“多专”是指…: each part of an alternating formula defined in turn
    parts = _parts(t[s:e])
    if len(parts) < 2 or "".join(parts) != t[s:e]:
        return None
    window = t[e:e + AFTER_WINDOW]
    items = []
    for p in parts:
        m = re.search(rf"[“「]?{re.escape(p)}[”」]?(?:是指|指的是|即|就是)[,:]?([^,;。\n]{{2,80}})", window)
        if m is None:
            return None
        items.append(m.group(1))
    return items


def extract_abbreviations(text: str, *, normalized: NormalizedText | None = None) -> list[Abbreviation]:
    """Find numeric abbreviations (三医, 六链五群, 三大工程, 两个确立) with count and expansion.

    Args:
        text: the document text.
        normalized: the text's :func:`~policytext.text.normalize` result, if already computed
            (the pipeline passes its own).

    Returns:
        :class:`~policytext.records.Abbreviation` records in text order; ``known`` is True for
        formulas of the shipped lexicon; ``expansion`` lists the items (from the text when it
        spells them out, else from the lexicon), or None.

    >>> [(a.text, a.count, a.expansion) for a in extract_abbreviations("不断深化医疗、医保、医药“三医”协同")]
    [('三医', 3, ('医疗', '医保', '医药'))]
    >>> [(a.text, a.count, a.known) for a in extract_abbreviations("增强“四个意识”,做到“两个维护”")]
    [('四个意识', 4, True), ('两个维护', 2, True)]
    >>> extract_abbreviations("一心一意谋发展,长三角一体化发展")
    []
    """
    check_text(text, "extract_abbreviations")
    prep = prepare(text, normalized)
    t = prep.t
    known = _known()
    out = []
    for c in _candidates(prep):
        form = t[c.start:c.end]
        count, lexicon_items = known.get(form, (parse_count(form), None))
        category = form[-1] if c.single else None
        items = _before(prep, c.start, count, category) or _after(prep, c.start, c.end)
        if c.single and not c.quoted and not c.known and items is None:
            continue
        expansion = tuple(items) if items else lexicon_items
        s = prep.span(c.start, c.end)
        out.append(Abbreviation(s.text, s.start, s.end, count, expansion, c.known))
    return out
