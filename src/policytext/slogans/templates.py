"""The templates a run of 、-separated items may fit (the step after :mod:`.parallels` cuts runs).

Each template takes the text and a :class:`Run` and returns the components it finds, with the
template's name, or None:

- shared head: 抓平台、抓主体、抓转化 (``抓_``); 新产业、新模式、新动能; 医疗、医保、医药;
- shared tail: 数字化、网络化、智能化 (``_化``); the subject–predicate frame 大企业强、独角兽企业多、
  中小企业活 (``_企业+A``), 农业强、农村美、农民富 (``农_+A``);
- shared infix: 基于生态、源于创新 (``_于_``), 转得出、帮得上 (``V得C``), 科技基础最为雄厚 (``_最为_``);
- same shape: four-character predicates (放权赋能、鼓励创新、稳定预期, ``XXXX``), items sharing a
  character in place (科教融汇、产教融合, ``_教融_``), scale modifiers (全方位、多层次, ``A__``),
  verb-object series (稳增长、促改革、调结构, ``V__``), chiasmus (数字产业化、产业数字化, ``AB↔BA``).

jieba tags come from :func:`~policytext.tokenize.pos_tag` on candidate items only, after a cheap look
at the characters (:func:`may_fit`).

>>> t = "抓平台、抓主体、抓转化"
>>> run = Run((Item(0, 3, "hard", "hard"), Item(4, 7, "hard", "hard"), Item(8, 11, "hard", "hard")), False)
>>> fit(t, run)
Found(comps=((0, 3), (4, 7), (8, 11)), template='抓_')
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ._common import (
    NOUN_TAGS,
    PREDICATE_TAGS,
    alternation,
    bounds,
    first_pos,
    is_han,
    is_nominal,
    lexicon,
    lexicon_set,
    starts_predicate,
    table,
    tag,
    word_tag,
)

__all__ = ["Found", "Item", "Run", "chiasmus", "contrasting", "fit", "infix", "may_fit"]

#: Longest component of a phrase-level parallel (characters).
MAX_COMPONENT = 12
#: Longest varying part (slot) of a template at phrase level.
MAX_SLOT = 8
#: Characters that never open a template head (function words, numerals, punctuation).
_BAD_HEAD = frozenset("的和与及或等各每其这那之了是一二三四五六七八九十第个+-—·%/")
#: jieba tags of a one-character head that is neither verb nor adjective but still opens
#: formulas: 谁投资、谁决策 (r), 不平衡、不协调 (c), 总平台 (b), 边设计、边施工 (f).
_HEAD_TAGS = frozenset({"r", "c", "b", "f", "q", "m", "vn", "t", "u"})
#: jieba tags of place, person and organisation names (郑开, 晋北 are no morpheme heads).
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
#: Function words that cannot be the varying side of a two-item infix couplet (是更为重要、也更为复杂).
_FUNCTION = frozenset("的和与及或等各每其这那之了是也都就又还更很最而且并但却则乃即便")
#: jieba tags that a one-character predicate of a frame cannot have (nouns, measures).
_NOT_PREDICATE = frozenset({"n", "ng", "q", "f", "x", "k", "h", "uj", "c", "p"})
_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万两0123456789")
#: jieba tags of a dictionary word that is a formula in itself (稳增长/nz, 打基础/l).
_FORMULA_WORD = frozenset({"nz", "l", "i"})
#: jieba tags of a whole four-character item that is an idiom (尽力而为, 量力而行).
_IDIOM_TAGS = frozenset({"i", "l"})
#: Dictionary tags a four-character subject-predicate item may have (set phrases: 农民增收/l); a
#: plain noun (二氧化硫) is no item.
_SET_PHRASE_TAGS = frozenset({None, "l", "nz", "i"})
#: jieba tags of the two-character predicate of a four-character couplet (前行, 丰收, 出题).
_PAIR_PREDICATES = frozenset({"v", "vi", "a"})
#: Particles and conjunctions that end the words of a component when they follow it.
_PARTICLES = frozenset("的地得等")


class Item(NamedTuple):
    """An item of a run, with how exact each side is."""

    start: int
    end: int
    left: str   # "hard" (、 or an opening quote), "soft" (clause start) or "open"
    right: str  # "hard", "soft" or "open"


class Run(NamedTuple):
    """Items separated by 、 (normalised offsets)."""

    items: tuple[Item, ...]
    quoted: bool  # the whole run sits inside one pair of quotation marks


class Found(NamedTuple):
    """The components a template found and the template's name."""

    comps: tuple[tuple[int, int], ...]
    template: str


#: Characters either side of a cut looked at to tell whether it is a word boundary.
BOUNDARY_WINDOW = 5


def boundary_at(s: str, k: int) -> bool:
    """Whether offset ``k`` of ``s`` is a word boundary, segmenting only a few characters either
    side of it (long items cost no more than short ones).

    >>> boundary_at("着力解决小微企业融资难", 8), boundary_at("社会和谐", 3)
    (True, False)
    """
    if k <= 0 or k >= len(s):
        return True
    lo = max(0, k - BOUNDARY_WINDOW)
    return (k - lo) in bounds(s[lo:k + BOUNDARY_WINDOW])


def lcp(words: Sequence[str]) -> str:
    """Longest common prefix.

    >>> lcp(["抓平台", "抓主体"])
    '抓'
    """
    first = min(words, key=len)
    i = 0
    while i < len(first) and all(w[i] == first[i] for w in words):
        i += 1
    return first[:i]


def lcs(words: Sequence[str]) -> str:
    """Longest common suffix.

    >>> lcs(["数字化", "网络化"])
    '化'
    """
    return lcp([w[::-1] for w in words])[::-1]


@lru_cache(maxsize=1)
def infixes() -> tuple[str, ...]:
    """The infix markers, longest first: ``infixes.txt``, then the words of ``infix_words.txt``
    (which fill a template only where they stand as words of their own).

    >>> infixes()[:2]
    ('更为', '更加')
    """
    return tuple(sorted(lexicon("infixes") + lexicon("infix_words"), key=len, reverse=True))


def _whole(run: Run, comps: Sequence[tuple[int, int]]) -> bool:
    """The run is a whole quotation and the components fill it: a quoted formula
    (“发展出题、改革作答”), not a quoted phrase holding a list (“具有立法、司法、行政性质的文件”)."""
    items = run.items
    return (run.quoted and len(comps) == len(items)
            and comps[0][0] == items[0].start and comps[-1][1] == items[-1].end)


def _ok_head(h: str) -> bool:
    # a head may close on the plus of an X+ formula (“互贸+电商、互贸+旅游”)
    return bool(h) and h[0] not in _BAD_HEAD and all(is_han(c) for c in h.rstrip("+"))


def _cut_end(t: str, it: Item, start: int, want: int) -> int | None:
    """End of a component starting at ``start`` in an item whose right side is not exact: the
    word boundary closest to ``want`` characters (the item's end is one), or, a little further,
    one where a particle takes over (以市场需求为导向|的产学研…)."""
    if it.right == "hard" or it.end - start == want:
        return it.end
    text = t[start:min(it.end, start + want + 4)]
    cuts = sorted(b for b in bounds(text) if b > 0)
    if not cuts:
        return None
    particles = [b for b in cuts if b < len(text) and text[b] in _PARTICLES and want - 1 <= b <= want + 3]
    if particles:
        return start + min(particles, key=lambda b: abs(b - want))
    best = min(cuts, key=lambda b: (abs(b - want), -b))
    return start + best


def _cut_start(t: str, it: Item, end: int, want: int) -> int | None:
    """Start of a component ending at ``end`` in an item whose left side is not exact."""
    if it.left == "hard" or end - it.start == want:
        return it.start
    lo = max(it.start, end - want - 4)
    text = t[lo:end]
    cuts = sorted(b for b in bounds(text) if b < len(text))
    if not cuts:
        return None
    best = min(cuts, key=lambda b: (abs((len(text) - b) - want), b))
    return lo + best


def _head(t: str, run: Run) -> Found | None:
    items = run.items
    # items whose start is exact: after a 、 (the first item may hold words leading into the run)
    fixed = [it for it in items[1:] if it.left == "hard"]
    if len(fixed) < 2 and items[0].left == "hard":
        fixed = [items[0]] + fixed
    texts = [t[it.start:it.end] for it in fixed]
    if len(fixed) >= 2:
        h = lcp(texts)
        if not _ok_head(h) and len(fixed) >= 3:
            h = lcp(texts[:-1])  # 有理想、有道德、有文化、守纪律: the last item leaves the template
    elif len(items) == 2:
        first = t[items[0].start:items[0].end]
        h = ""
        for k in range(min(3, len(texts[0]) - 1), 0, -1):
            p = texts[0][:k]
            pos = first.rfind(p)
            if pos >= 0 and 0 < len(first) - pos - k <= MAX_SLOT:
                h = p
                break
    else:
        return None
    if not _ok_head(h):
        return None
    comps: list[tuple[int, int]] = []
    slots = [it.end - it.start - len(h) for it in fixed if it.right == "hard"]
    want = int(statistics.median(slots)) + len(h) if slots else len(h) + 2
    for i, it in enumerate(items):
        text = t[it.start:it.end]
        if it.left == "hard" and text.startswith(h):
            s = it.start
        else:
            pos = text.rfind(h)
            if pos < 0 or i != 0:
                continue
            s = it.start + pos
        if not t.startswith(h, s):
            continue
        e = _cut_end(t, it, s, want)
        if e is None or e - s <= len(h):
            continue
        comps.append((s, e))
    comps = _trim_edges(comps, len(h))
    if len(comps) < 2:
        return None
    slot_lens = [e - s - len(h) for s, e in comps]
    texts = [t[s:e] for s, e in comps]
    if max(slot_lens) > MAX_SLOT or max(slot_lens) - min(slot_lens) > 3 or not _distinct(texts, len(h), 0):
        return None
    comps = _close_series(t, items, comps)
    if not _whole(run, comps):
        if len(comps) < 3:
            return None
        toks = tag(texts[0])
        if not toks or toks[0][1] != len(h):
            # the head is part of a word (医疗、医保、医药): a shared morpheme, short items only
            # an idiom series keeps its morpheme head (老有所养、老有所乐、老有所为)
            idioms = all(len(tag(x)) == 1 and tag(x)[0][2] in _IDIOM_TAGS for x in texts)
            if not idioms and (len(h) > 1 or max(len(x) for x in texts) > 3 or any(_is_name(x) for x in texts)):
                return None
            if not idioms and nominal_words(texts) and closes_kind_list(t, comps[-1][1]):
                return None  # 家电、家具、家装|等大宗消费: dictionary nouns sharing a morpheme name kinds
        elif toks[0][2] not in PREDICATE_TAGS and (len(h) > 1 or toks[0][2] not in _HEAD_TAGS):
            return None  # 国家实验室、国家重点实验室; 省科技厅、省商务厅: a noun head names kinds
        elif nominal_words([x[len(h):] for x in texts]) and closes_kind_list(t, comps[-1][1]):
            return None  # 创新政策、创新平台、创新氛围和创新服务|四个方面: a modifier over kinds
    return Found(tuple(comps), f"{h}_")


def _close_series(t: str, items: Sequence[Item], comps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Three or more components of one length, and a last item of that length that leaves the
    head: it closes the series (做实资本、做强机构、做精业务、严控风险; 有理想、有道德、有文化、守纪律)."""
    last = items[-1]
    if len(comps) < 3 or comps[-1][1] > last.start or last.left != "hard" or len({e - s for s, e in comps}) > 1:
        return comps
    n = comps[0][1] - comps[0][0]
    text = t[last.start:last.end]
    if text in {t[s:e] for s, e in comps} or not all(is_han(c) for c in text[:n]) or text[n - 1] in _PARTICLES:
        return comps  # not 大银行、大工业、大商业和|铁路等
    if len(text) == n or (len(text) > n and last.right != "hard" and n in bounds(text)):
        return comps + [(last.start, last.start + n)]
    return comps


def _trim_edges(comps: list[tuple[int, int]], fixed: int) -> list[tuple[int, int]]:
    """Drop a first or last component whose slot is out of line with the others
    (政企分开、政资分开、政事分开、政府与市场中介组织分开)."""
    if len(comps) < 3:
        return comps
    slots = [e - s - fixed for s, e in comps]
    inner = statistics.median(slots[1:-1])
    if abs(slots[-1] - inner) > 3 or slots[-1] > MAX_SLOT:
        comps = comps[:-1]
    if len(comps) >= 3 and (abs(slots[0] - inner) > 3 or slots[0] > MAX_SLOT):
        comps = comps[1:]
    return comps


_LAST_JOINED = re.compile("以及|和|及|与")


@lru_cache(maxsize=1)
def _kind_closer() -> re.Pattern[str]:
    """A closing quote, then 等 (not 等于, 等级) or a count of kinds (四个方面), from kind_closers.txt."""
    numeral = "[%s]+" % "".join(sorted(_NUMERAL_CHARS))
    words = alternation(w for w in lexicon("kind_closers") if w.startswith("等"))
    counts = alternation(w for w in lexicon("kind_closers") if not w.startswith("等"))
    return re.compile(f"[”」』’]?(?:(?:{words})(?![于同级额量效价])|{numeral}(?:{counts}))")


def closes_kind_list(t: str, end: int) -> bool:
    """The list ending at ``end`` is closed as members of a kind (…、家装|等大宗消费; …|四个方面).

    >>> closes_kind_list("汽车、家电、家具等大宗消费", 8), closes_kind_list("二者等于", 2)
    (True, False)
    """
    if _kind_closer().match(t, end) is not None:
        return True
    # a last item joined by a conjunction (…创新氛围|和创新服务|四个方面): the closer after it
    m = _LAST_JOINED.match(t, end)
    return m is not None and any(_kind_closer().match(t, k) for k in range(m.end(), min(len(t), m.end() + MAX_COMPONENT)))


def nominal_words(slots: Sequence[str]) -> bool:
    """Every slot is a word of the dictionary and none verbal: nouns naming kinds of a thing
    (政策、平台、氛围、服务), neither predicates (稳增长) nor coinages no dictionary knows (两重)."""
    return all((p := word_tag(x)) is not None and p not in PREDICATE_TAGS for x in slots)


def _distinct(texts: Sequence[str], head: int, tail: int) -> bool:
    """Components differ, and their slots are words, not bare numbers (十六大、十七大)."""
    if len(set(texts)) < len(texts):
        return False
    slots = [x[head:len(x) - tail] for x in texts]
    return not all(all(c in _NUMERAL_CHARS for c in x) for x in slots)


def _is_name(s: str) -> bool:
    """A place, person or organisation name by its jieba tag (郑开, 晋北)."""
    return any(p in _NAME_TAGS for _, _, p in tag(s))


def _tail(t: str, run: Run) -> Found | None:
    items = run.items
    fixed = [it for it in items[:-1] if it.right == "hard"]
    if len(fixed) < 2 and items[-1].right == "hard":
        fixed = fixed + [items[-1]]
    if len(fixed) < 2:
        return None
    tail = lcs([t[it.start:it.end] for it in fixed])
    if not tail and len(fixed) >= 3:
        tail = lcs([t[it.start:it.end] for it in fixed[1:]])  # the first item leaves the template
    if not tail or not all(is_han(c) for c in tail):
        return None
    lefts = [it.end - it.start - len(tail) for it in fixed if it.left == "hard"]
    want = int(statistics.median(lefts)) + len(tail) if lefts else len(tail) + 2
    comps: list[tuple[int, int]] = []
    for i, it in enumerate(items):
        text = t[it.start:it.end]
        if it.right == "hard" and text.endswith(tail):
            e = it.end
        else:
            pos = text.find(tail)
            if pos < 1 or i != len(items) - 1:
                continue
            e = it.start + pos + len(tail)
        s = _cut_start(t, it, e, want)
        if s is None or e - s <= len(tail):
            continue
        comps.append((s, e))
    comps = _trim_edges(comps, len(tail))
    if len(comps) < 2:
        return None
    comps[0] = _drop_lead_verb(t, comps, len(tail))
    if t[comps[0][0]] in "的之" and comps[0][1] - comps[0][0] > len(tail) + 1:
        comps[0] = (comps[0][0] + 1, comps[0][1])  # 我国|的|综合国力: the particle is no part of it
    texts = [t[s:e] for s, e in comps]
    slot_lens = [len(x) - len(tail) for x in texts]
    if max(slot_lens) > MAX_SLOT or not _distinct(texts, 0, len(tail)):
        return None
    if not _whole(run, comps):
        if len(comps) < 3:
            return None
        if len(tail) == 1:
            if tail not in lexicon_set("suffixes") and not _clipped(texts):
                return None  # 农博会、展销会; 正面、负面: a one-character noun
            if max(slot_lens) - min(slot_lens) > 3:
                return None  # 实力、活力、好地发挥控制力: a component cut out of a clause
        else:
            whole = tag(tail)
            if tail in lexicon_set("formula_tails"):
                if statistics.median(slot_lens) > 2 or max(slot_lens) > 4:
                    return None  # long modifiers list kinds even before 建设, 监督
            elif _verbs_on_object(texts, len(tail)):
                pass  # 扶持健康文化、改造落后文化、抵制腐朽文化: verbs acting on one object
            elif len(whole) != 1 or whole[0][2] not in PREDICATE_TAGS or tail in lexicon_set("noun_tails"):
                # 任务清单、项目清单: a noun shared at the end names kinds of a thing; so does a verbal
                # noun (红色旅游、乡村旅游; 服务贸易、数字贸易) unless formula_tails.txt lists it
                return None
    return Found(tuple(comps), f"_{tail}")


def _verbs_on_object(texts: Sequence[str], tail: int) -> bool:
    """Verb-object items of five characters or more sharing their object, each opening with its own
    verb (the rule :func:`.pairs.pair` applies to two items): 扶持健康文化、改造落后文化."""
    from .pairs import verb_start

    return (all(len(x) >= 5 and len(x) - tail >= 3 and verb_start(x) for x in texts)
            and len({x[:2] for x in texts}) == len(texts))


def _clipped(texts: Sequence[str]) -> bool:
    """Two-character items no dictionary knows, sharing their second character: clipped compounds
    coined for a formula (文旅、农旅、体旅: 文化旅游, 农业旅游, 体育旅游), not words naming kinds."""
    return all(len(x) == 2 and word_tag(x) is None for x in texts)


def _drop_lead_verb(t: str, comps: list[tuple[int, int]], tail: int) -> tuple[int, int]:
    """The first component without a verb that leads into the run when the other components open
    with no verb (实现|理想教育、道德教育、纪律教育: jieba reads 实现理想 as one word)."""
    s, e = comps[0]
    if e - s - 2 <= tail or word_tag(t[s:s + 2]) != "v" or any(word_tag(t[a:a + 2]) == "v" for a, _ in comps[1:]):
        return comps[0]
    return (s + 2, e)


def _frame(t: str, run: Run) -> Found | None:
    """Subject–predicate frame: subjects sharing a word, each with its own one-character
    predicate: 大企业强、独角兽企业多、中小企业活 (``_企业+A``); 农业强、农村美、农民富 (``农_+A``)."""
    items = run.items
    core = [it for it in items if it.left == "hard" and it.right == "hard"] or list(items)
    want = int(statistics.median([it.end - it.start for it in core]))
    rough = [t[it.start:it.end] if it.left == "hard" and it.right == "hard"
             else t[max(it.start, it.end - want):it.end] if k == 0 else t[it.start:it.start + want]
             for k, it in enumerate(items)]
    subjects = [x[:-1] for x in rough]
    if len(items) < 3 or want < 3 or len({x[-1] for x in rough}) < len(rough) or not (
            len(lcs(subjects)) >= 2 or lcp(subjects)):
        return None  # cheap look before any word boundary is asked for
    comps = []
    for it in items:
        s = _cut_start(t, it, it.end, want) if it.left != "hard" and it is items[0] else it.start
        e = _cut_end(t, it, it.start, want) if it.right != "hard" and it is items[-1] else it.end
        if s is not None and e is not None:
            comps.append((s, e))
    texts = [t[s:e] for s, e in comps]
    if len(comps) < 3 or any(len(x) < 3 or len(x) > MAX_COMPONENT for x in texts):
        return None
    if len({x[-1] for x in texts}) < len(texts):
        return None
    subjects = [x[:-1] for x in texts]
    noun = lcs(subjects)
    head = lcp(subjects)
    if len(noun) >= 2:
        template = f"_{noun}+A"
    elif head and len(subjects[0]) == 2 and len({len(x) for x in subjects}) == 1:
        template = f"{head}_+A"
    else:
        return None
    for x in texts:
        toks = tag(x)
        if not toks or toks[-1][1] - toks[-1][0] != 1 or toks[-1][2] in _NOT_PREDICATE:
            return None  # jieba tags lone characters loosely (美/ns, 富/nr); nouns and measures are out
    return Found(tuple(comps), template)


def infix(t: str, run: Run) -> Found | None:
    """Shared infix: 基于生态、源于创新 (``_于_``), 转得出、帮得上 (``V得C``), 群众无伤亡、堤防无决口
    (``_无_``, a word of its own).

    >>> t = "群众无伤亡、堤防无决口、水库无溃坝"
    >>> infix(t, Run((Item(0, 5, "soft", "hard"), Item(6, 11, "hard", "hard"), Item(12, 17, "hard", "soft")), False))
    Found(comps=((0, 5), (6, 11), (12, 17)), template='_无_')
    """
    items = run.items
    inner = [t[it.start:it.end] for it in items[1:-1]]
    whole = t[items[0].start:items[-1].end]
    for m in infixes():
        if m not in whole or any(m not in x for x in inner):
            continue
        if not _may_infix(t, run, m):
            continue
        comps = _infix_components(t, items, m)
        if comps is None or len(comps) < 2:
            continue
        texts = [t[s:e] for s, e in comps]
        ls = [x[:x.find(m)] for x in texts]
        rs = [x[x.find(m) + len(m):] for x in texts]
        if len(set(ls)) == 1 or len(set(rs)) == 1 or max(map(len, ls + rs)) > 5 or len(set(texts)) < len(texts):
            continue
        if m == "得" and max(map(len, ls + rs)) > 2:
            continue  # V得C is short: 转得出, 买得放心; not 人民得到更多实惠
        if any((x[:x.find(m)][-1:] + m) in lexicon_set("infix_stoplist") for x in texts):
            continue
        if m in lexicon_set("infix_words"):
            # 群众无伤亡 (无 a word), not 无锡; 的 only in a compact couplet (质的有效提升和量的合理增长)
            if not all(x.find(m) in bounds(x) for x in texts) or (m == "的" and max(map(len, ls)) > 1):
                continue
        if not (_whole(run, comps) or len(comps) >= 3 or (max(map(len, ls)) == 1 and not _FUNCTION & set(ls))):
            continue  # two items: only a compact couplet (民有所呼、政有所应)
        return Found(tuple(comps), "V得C" if m == "得" else f"_{m}_")
    return None


def _may_infix(t: str, run: Run, m: str) -> bool:
    """A cheap look at the sides of the marker that are known exactly: one to five characters
    (two items not quoted: one character before it, 民有所呼、政有所应)."""
    items = run.items
    for k, it in enumerate(items):
        x = t[it.start:it.end]
        p = x.find(m) if k else x.rfind(m)
        if p < 0:
            return False
        if k and it.left == "hard" and not 1 <= p <= (5 if len(items) > 2 or run.quoted else 1):
            return False
        if k < len(items) - 1 and it.right == "hard" and not 1 <= len(x) - p - len(m) <= 5:
            return False
    return True


def _infix_components(t: str, items: Sequence[Item], m: str) -> list[tuple[int, int]] | None:
    """Components around the infix ``m``; the first and last items are cut to the sizes of the
    sides known exactly (the left side after a 、, the right side before one)."""
    texts = [t[it.start:it.end] for it in items]
    pos = [x.rfind(m) if i == 0 else x.find(m) for i, x in enumerate(texts)]
    if any(p < 0 for p in pos):
        return None
    lefts = [p for it, p in zip(items, pos) if it.left == "hard" and it is not items[0]]
    rights = [len(x) - p - len(m) for it, x, p in zip(items, texts, pos) if it.right == "hard" and it is not items[-1]]
    if (items[0].left == "hard") and not lefts:
        lefts = [pos[0]]
    if (items[-1].right == "hard") and not rights:
        rights = [len(texts[-1]) - pos[-1] - len(m)]
    if not lefts or not rights or min(lefts) < 1 or min(rights) < 1:
        return None
    want_l = int(statistics.median(lefts))
    want_r = int(statistics.median(rights))
    comps = []
    for it, p in zip(items, pos):
        mid = it.start + p
        s = _cut_start(t, Item(it.start, mid, it.left, "hard"), mid, want_l)
        e = _cut_end(t, Item(mid + len(m), it.end, "hard", it.right), mid + len(m), want_r)
        if s is None or e is None or s >= mid or e <= mid + len(m):
            return None
        comps.append((s, e))
    return comps


def _shape_pair(t: str, run: Run) -> Found | None:
    """:func:`_shape` for two items not quoted, after a cheap look: four characters sharing one
    in the middle (科教融汇、产教融合; 大众创业、万众创新)."""
    a, b = (t[it.start:it.end] for it in run.items)
    if len(a) < 4 or len(b) < 4 or (a[-3] != b[1] and a[-2] != b[2] and a[-1] != b[3] and a[-4] != b[0]
                                    and not (a[-4] == a[-3] and b[0] == b[1])):
        return None
    return _shape(t, run)


def _shape(t: str, run: Run) -> Found | None:
    """Same shape: four-character predicates, or items sharing a character in the same place.

    The first and last items give their last/first ``size`` characters; those cuts must fall on
    word boundaries, checked only once the items fit a shape (word boundaries cost a jieba call).
    """
    items = run.items
    core = [it for it in items if it.left == "hard" and it.right == "hard"]
    lengths = {it.end - it.start for it in core}
    if len(lengths) > 1:
        return None
    size = lengths.pop() if lengths else 4
    if size not in (3, 4):
        return None
    comps: list[tuple[int, int, int]] = []  # (start, end, cut to check in the item, or -1)
    last = len(items) - 1
    for k, it in enumerate(items):
        n = it.end - it.start
        if n == size:
            comps.append((it.start, it.end, -1))
        elif n > size and k == 0 and it.right == "hard":
            comps.append((it.end - size, it.end, n - size))
        elif n > size and k == last and it.left == "hard":
            comps.append((it.start, it.start + size, size))
    # a component cut out of a longer item does not end in a particle (可持续的|基本公共服务体系)
    comps = [c for c in comps if c[2] < 0 or t[c[1] - 1] not in "的地得之"]
    while len(comps) >= 2:
        template = _shape_template([t[s:e] for s, e, _ in comps], size, _whole(run, [c[:2] for c in comps]))
        if template is None:
            return None
        bad = []
        for c in comps:
            if c[2] >= 0:
                it = items[0] if c[1] == items[0].end else items[-1]
                if c[2] not in bounds(t[it.start:it.end]):
                    bad.append(c)
        if not bad:
            return Found(tuple((s, e) for s, e, _ in comps), template)
        comps = [c for c in comps if c not in bad]
    return None


def _shape_template(texts: Sequence[str], size: int, quoted: bool) -> str | None:
    if len(set(texts)) < len(texts) or not all(is_han(c) for x in texts for c in x):
        return None
    if len(texts) == 2 and size == 4 and not quoted:
        found = _four_pair(texts)
        if found is not None:
            return found
    shared = [p for p in range(1, size - 1) if len({x[p] for x in texts}) == 1]
    if shared and all(len({x[p] for x in texts}) == len(texts) for p in (0, size - 1)):
        if len(texts) == 2 and not quoted and not _couplet(texts, shared):
            return None
        contrast = len(texts) == 2 and contrasting(texts[0][0], texts[1][0])
        if not contrast and all(len(tag(x)) == 1 and tag(x)[0][2] not in _IDIOM_TAGS for x in texts):
            # 二氧化硫、氮氧化物: words of the dictionary, not a built couplet (大众创业、万众创新
            # are dictionary words too, but open with contrasting characters; 尽力而为、量力而行 are
            # idioms sharing their middle)
            return None
        return "".join(texts[0][p] if p in shared else "_" for p in range(size))
    if shared:
        return None
    if quoted and size == 4:
        return "XXXX"
    if size == 4 and len(texts) >= 3:
        predicates = sum(starts_predicate(x) for x in texts)
        if predicates * 3 >= len(texts) * 2 and not any(is_nominal(x) for x in texts):
            return "XXXX"
        if _subject_predicate(texts):
            return "XXXX"
    return None


@lru_cache(maxsize=1)
def _generic_verbs() -> frozenset[str]:
    """The generic verbs of directive prose (加强, 提高: ``data/generic_verbs.txt``)."""
    from ..data import data_path, read_lines

    return frozenset(read_lines(data_path("generic_verbs.txt")))


def _four_pair(texts: Sequence[str]) -> str | None:
    """Two four-character items not quoted that are reduplications (兢兢业业、扎扎实实: ``AABB``),
    share a two-character predicate after verbs
    (顶压前行、负重前行: ``__前行``), or that read subject + predicate, both halves looked up in
    the dictionary, sharing their first or last character (农业丰收、农民增收: ``农__收``).

    >>> _four_pair(["顶压前行", "负重前行"]), _four_pair(["农业丰收", "农民增收"]), _four_pair(["兢兢业业", "扎扎实实"])
    ('__前行', '农__收', 'AABB')
    >>> _four_pair(["经济效益", "社会效益"]), _four_pair(["重视就业", "支持就业"])
    (None, None)
    """
    a, b = texts
    if a == b or not all(is_han(c) for c in a + b):
        return None
    if all(x[0] == x[1] and x[2] == x[3] and x[0] != x[2] for x in texts):
        return "AABB"  # 兢兢业业、扎扎实实: reduplicated pairs
    if a[2:] == b[2:]:
        # a shared predicate: the heads are verbs or unknown to the dictionary, never nouns
        heads = [word_tag(x[:2]) for x in texts]
        if (word_tag(a[2:]) in _PAIR_PREDICATES and a[0] != b[0] and not NOUN_TAGS & set(heads)
                and "vn" not in heads and heads.count("v") == 1 and not {a[:2], b[:2]} & _generic_verbs()):
            # one head a verb, the other an adverbial or a coinage (顶压): two verbs before one word
            # make it their object, a loose pair (重视就业、支持就业; 引领需求、创造需求)
            return "__" + a[2:]
        return None
    shared = [p for p in range(4) if a[p] == b[p]]
    if not shared or not set(shared) <= {0, 3} or {word_tag(a), word_tag(b)} - _SET_PHRASE_TAGS:
        return None
    if all(word_tag(x[:2]) in ("n", "nz", "s") and word_tag(x[2:]) in _PAIR_PREDICATES for x in texts):
        return "".join(a[p] if p in shared else "_" for p in range(4))
    return None


def _subject_predicate(texts: Sequence[str]) -> bool:
    """Four-character subject-predicate items: a noun, then a verb (政策撬动、场景创设、活动牵引)."""
    verbs = 0
    if len({x[2:] for x in texts}) < len(texts):
        return False  # 任务清单、项目清单: a shared noun, not predicates
    for x in texts:
        # dictionary look-ups of the two halves (a four-character word is no subject-predicate)
        subject, predicate = word_tag(x[:2]), word_tag(x[2:])
        if word_tag(x) is not None or subject not in NOUN_TAGS | {"vn"}:
            return False
        if predicate in ("v", "a", "vi", "ad"):
            verbs += 1
        elif predicate != "vn":
            return False
    return verbs * 3 >= len(texts) * 2


def _couplet(texts: Sequence[str], shared: Sequence[int]) -> bool:
    """Two items sharing characters make a couplet when they share two places (科教融汇、产教融合),
    or one right after contrasting first characters (大众创业、万众创新; 千村示范、万村整治)."""
    if len(shared) >= 2:
        return True
    if shared != [1]:
        return False
    if texts[0][1] in lexicon_set("infix_words") or texts[0][1] in infixes():
        return True  # 来之不易、成之惟艰: a particle in the middle
    if texts[0][1] in _measure_words():
        return False  # 三项政策、一项改革: numbers of things
    return contrasting(texts[0][0], texts[1][0])


@lru_cache(maxsize=1)
def _measure_words() -> frozenset[str]:
    """One-character words that cannot follow a numeral in a formula (measure words, units)."""
    return frozenset(w for w in lexicon("numeral_blockers") if len(w) == 1)


def contrasting(a: str, b: str) -> bool:
    """Contrasting first characters (大/万, 内/外) or two numerals (千村示范、万村整治).

    >>> contrasting("大", "万"), contrasting("千", "万"), contrasting("国", "家")
    (True, True, False)
    """
    if a in _NUMERAL_CHARS and b in _NUMERAL_CHARS:
        return True
    return (a, b) in _contrasts() or (b, a) in _contrasts()


@lru_cache(maxsize=1)
def _contrasts() -> frozenset[tuple[str, str]]:
    return frozenset((r["first"], r["second"]) for r in table("contrast_pairs"))


def _scale(t: str, run: Run) -> Found | None:
    """Scale-adjective modifiers: 全方位、多层次、宽领域; 大力度支持、高强度投入、全方位服务保障."""
    scale = lexicon_set("scale_modifiers")
    items = run.items
    if len(items) < 3 or any(t[it.start] not in scale for it in items[1:-1]):
        return None  # cheap look before any word boundary is asked for
    core = [it for it in items if it.left == "hard" and it.right == "hard"]
    if not core:
        return None
    size = int(statistics.median([it.end - it.start for it in core]))
    comps = []
    for it in items:
        s, e = it.start, it.end
        if it.left != "hard":
            # 完善全方位、多层次: the modifier closes the first item
            starts = [q for q in range(max(s, e - size - 2), e - 2) if t[q] in scale]
            if not starts:
                continue
            s = min(starts, key=lambda q: abs((e - q) - size))
        if it.right != "hard":
            e = _cut_end(t, it, s, size)
            if e is None:
                continue
        comps.append((s, e))
    texts = [t[s:e] for s, e in comps]
    if len(comps) < 3 or any(len(x) < 3 or x[0] not in scale for x in texts):
        return None
    heads = [x[:3] for x in texts]
    if len(set(heads)) < len(heads) or len({x[1:3] for x in texts}) < 2:
        return None
    if any(len(x) > 3 for x in texts):
        if not all(len(x) > 3 and 3 in bounds(x) and first_pos(x[3:])[0] in "va" for x in texts):
            return None  # the modifiers must lead verbs (支持, 投入, 服务), not nouns
        return Found(tuple(comps), "A__+V")
    return Found(tuple(comps), "A__")


def _verb_object(t: str, run: Run) -> Found | None:
    """Verb-object formulas of three characters: 稳增长、促改革、调结构、惠民生、防风险 (``V__``).

    Each item is a one-character verb from ``data/slogans/formula_verbs.txt`` and a two-character
    object; most items must split there as jieba reads them (控股权、管理层 do not).
    """
    verbs = lexicon_set("formula_verbs")
    inner = [t[it.start:it.end] for it in run.items[1:-1]]
    if len(run.items) < 3 or any(len(x) != 3 or x[0] not in verbs for x in inner):
        return None  # cheap look before any word boundary is asked for
    comps = _fixed_size(t, run, 3)
    texts = [t[s:e] for s, e in comps]
    if len(comps) < 3 or any(x[0] not in verbs for x in texts) or len({x[0] for x in texts}) < 2:
        return None
    # split after the verb as jieba reads them, or a formula word of the dictionary itself
    # (稳增长/nz, 调结构/nz: the policy dictionary lists them); not 控股权/n, 管理层/n
    if len(set(texts)) < len(texts) or sum(1 in bounds(x) or word_tag(x) in _FORMULA_WORD for x in texts) * 3 < len(texts) * 2:
        return None
    return Found(tuple(comps), "V__")


def chiasmus(t: str, run: Run) -> Found | None:
    """Chiasmus: the same words swapped, 数字产业化、产业数字化; 在发展中化债、在化债中发展.

    >>> chiasmus("数字产业化、产业数字化", Run((Item(0, 5, "soft", "hard"), Item(6, 11, "hard", "soft")), False))
    Found(comps=((0, 5), (6, 11)), template='AB↔BA')
    """
    items = run.items
    if len(items) != 2:
        return None
    if items[1].right != "open":
        size = items[1].end - items[1].start
    elif items[0].left != "open":
        size = items[0].end - items[0].start
    else:
        return None
    a, b = t[items[0].end - size:items[0].end], t[items[1].start:items[1].start + size]
    if size < 4 or a == b or sorted(a) != sorted(b):
        return None  # cheap look before any word boundary is asked for
    comps = _fixed_size(t, run, size)
    texts = [t[s:e] for s, e in comps]
    if len(comps) != 2 or size < 4 or texts[0] == texts[1] or sorted(texts[0]) != sorted(texts[1]):
        return None
    if texts[0][0] == texts[1][0] and texts[0][-1] == texts[1][-1] and size < 6:
        return None  # only the middle swapped (一体两翼、一翼两体): not a chiasmus of words
    return Found(tuple(comps), "AB↔BA")


def _fixed_size(t: str, run: Run, size: int) -> list[tuple[int, int]]:
    """Components of ``size`` characters: exact items as they are, the first and last items cut
    to ``size`` on a word boundary; other items must have the size."""
    items = run.items
    out = []
    for k, it in enumerate(items):
        n = it.end - it.start
        if n == size:
            out.append((it.start, it.end))
        elif n > size and k == 0 and it.right == "hard" and (n - size) in bounds(t[it.start:it.end]):
            out.append((it.end - size, it.end))
        elif n > size and k == len(items) - 1 and it.left == "hard" and size in bounds(t[it.start:it.end]):
            out.append((it.start, it.start + size))
        elif 0 < k < len(items) - 1:
            return []
    return out


TEMPLATES = (_head, _tail, _frame, infix, _shape, _scale, _verb_object, chiasmus)


def may_fit(t: str, run: Run) -> bool:
    """A cheap first look: could any template fit? (Most runs are plain lists of things.)

    >>> run = Run((Item(0, 2, "soft", "hard"), Item(3, 5, "hard", "hard"), Item(6, 8, "hard", "soft")), False)
    >>> may_fit("教育、科技、人才", run), may_fit("节能、节水、节地", run)
    (False, True)
    """
    items = [t[it.start:it.end] for it in run.items]
    inner = items[1:-1] or items
    if len(items) == 2:
        a, b = items
        return (b[0] in a or a[-1] in b or len(b) in (3, 4) or any(m in a and m in b for m in infixes())
                or "," in t[run.items[0].start:run.items[-1].end])
    if len({x[0] for x in items[1:]}) == 1 or len({x[-1] for x in items[:-1]}) == 1:
        return True  # head, tail
    if len({len(x) for x in inner}) == 1 and len(inner[0]) in (3, 4):
        return True  # same shape
    if all(x[0] in lexicon_set("scale_modifiers") for x in inner):
        return True
    if all(len(x) == 3 and x[0] in lexicon_set("formula_verbs") for x in inner):
        return True
    if len({x[-3:-1] for x in items[:-1]}) == 1:
        return True  # subject-predicate frame
    return any(all(m in x for x in inner) for m in infixes())



def fit(t: str, run: Run) -> Found | None:
    """The first template the run fits, or None (two items: :func:`.pairs.pair` last).

    A run of three or more items that fits none may fit once its last (or first) item is left out:
    业务聚焦不够、担保能力不强、银担合作不畅、风险分担补偿机制有待健全; 稳中求进、以进促稳、先立后破.
    """
    found = _fit(t, run)
    if found is None and len(run.items) >= 3 and not run.quoted:
        for part in (run.items[:-1], run.items[1:]):
            found = _fit(t, Run(part, False))
            if found is not None and found.template == "XXXX":
                found = None  # one shape alone is weak evidence once an item is left out
            if found is not None:
                break
    return found


def _fit(t: str, run: Run) -> Found | None:
    if len(run.items) == 2 and not run.quoted:
        # two items not quoted: only the couplet templates can fit (the others want three)
        for template in (infix, _shape_pair, chiasmus):
            found = template(t, run)
            if found is not None:
                return found
    else:
        if run.quoted or may_fit(t, run):
            for template in TEMPLATES:
                found = template(t, run)
                if found is not None:
                    return found
        from .frames import verb_frame

        found = verb_frame(t, run)  # its own cheap look: items of five to eight sharing a character
        if found is not None:
            return found
    if len(run.items) == 2:
        from .pairs import pair

        return pair(t, run)
    return None
