"""Parallel formulas at phrase level: two or more units built on one template.

The candidates are the runs of items separated by 、 (and two runs joined by ``,更``/``,也``, as in
有基础、有能力,更有底气、有信心), and the chains of short quotations (“筑基扩容”“小升规”“规升强”,
从“跟跑”到“并跑”乃至“领跑”). A run is a parallel when its items fit one template:

- shared head: 抓平台、抓主体、抓转化 (``抓_``); 新产业、新模式、新动能; 医疗、医保、医药;
- shared tail: 数字化、网络化、智能化 (``_化``), and the subject–predicate frame
  大企业强、独角兽企业多、中小企业活 (``_企业+A``);
- shared infix: 基于生态、源于创新 (``_于_``), 转得出、帮得上 (``V得C``), 科技基础最为雄厚、
  创新资源最为集聚 (``_最为_``);
- same shape: four-character predicates (放权赋能、鼓励创新、稳定预期, ``XXXX``), items sharing a
  character in the same place (科教融汇、产教融合, ``_教__``), scale-adjective modifiers
  (大力度支持、高强度投入、全方位服务保障, ``A__+V``).

Plain lists of things are not parallels, however long: 教育、科技、人才 and 人工智能、集成电路、
生物医药 share no template, and a shared noun (国家实验室、全国重点实验室) names kinds of a thing.
jieba tags (on candidate items only, never on whole texts) tell a verb or adjective head from a
noun. Quotation marks around a whole run (“发展出题、改革作答”) mark it as a coined formula.
Components of the first and last item are cut out of the words around them to the size of the
inner items.

Sentence-level series and heading-level parallels are in :mod:`.series`.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..records import Parallel, Span
from ..text import NormalizedText, check_text
from ._common import (
    NOUN_TAGS,
    PREDICATE_TAGS,
    Prepared,
    alternation,
    bounds,
    first_pos,
    is_han,
    is_nominal,
    lexicon,
    lexicon_set,
    prepare,
    starts_predicate,
    table,
    tag,
)

__all__ = ["extract_parallels", "phrase_parallels"]

#: Longest component of a phrase-level parallel (characters).
MAX_COMPONENT = 12
#: Longest varying part (slot) of a template at phrase level.
MAX_SLOT = 8
#: Longest quotation that can be an item of a quoted sequence.
MAX_QUOTED_ITEM = 10
#: Characters that bound a run of 、-separated items.
_STOP = ",.;:!?。“”「」『』‘’()《》<>[]\n\r\t 　"
#: A clause: what lies between two stops (linear: one character class, nothing to backtrack).
_CLAUSE_RE = re.compile("[^%s]+" % re.escape(_STOP))
#: What may join two runs into one: 有基础、有能力,更有底气、有信心.
_JOIN = re.compile(r"更加|同时|更|还|也|又|并")
#: Characters that never open a template head (function words, numerals, punctuation).
_BAD_HEAD = frozenset("的和与及或等各每其这那之了是一二三四五六七八九十第个+-—·%/")
#: jieba tags of a one-character head that is neither verb nor adjective but still opens
#: formulas: 谁投资、谁决策 (r), 不平衡、不协调 (c), 总平台 (b), 边设计、边施工 (f).
_HEAD_TAGS = frozenset({"r", "c", "b", "f", "q", "m", "vn", "t", "u"})
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})
#: Function words that cannot be the varying side of a two-item infix couplet (是更为重要、也更为复杂).
_FUNCTION = frozenset("的和与及或等各每其这那之了是也都就又还更很最而且并但却则乃即便")
_NOT_PREDICATE = frozenset({"n", "ng", "q", "f", "x", "k", "h", "uj", "c", "p"})
_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万两0123456789")
_OPEN_QUOTES = frozenset("“「『‘")
_CLOSE_QUOTES = frozenset("”」』’")
#: Punctuation that ends a clause: an item bounded by it is probably, not surely, exact.
_CLAUSE = frozenset(",;:。!?\n\r")


class _Item(NamedTuple):
    start: int
    end: int
    left: str   # "hard" (、 or an opening quote), "soft" (clause start) or "open"
    right: str  # "hard", "soft" or "open"


class _Run(NamedTuple):
    items: tuple[_Item, ...]
    quoted: bool  # the whole run sits inside one pair of quotation marks


class _Found(NamedTuple):
    comps: tuple[tuple[int, int], ...]
    template: str


def _lcp(words: Sequence[str]) -> str:
    first = min(words, key=len)
    i = 0
    while i < len(first) and all(w[i] == first[i] for w in words):
        i += 1
    return first[:i]


def _lcs(words: Sequence[str]) -> str:
    return _lcp([w[::-1] for w in words])[::-1]


@lru_cache(maxsize=1)
def _infixes() -> tuple[str, ...]:
    return tuple(sorted(lexicon("infixes"), key=len, reverse=True))


def _side(t: str, i: int, left: bool) -> str:
    if left and i == 0:
        return "soft"
    c = t[i - 1] if left else (t[i] if i < len(t) else "\n")
    if c == "、" or c in (_OPEN_QUOTES if left else _CLOSE_QUOTES):
        return "hard"
    return "soft" if c in _CLAUSE else "open"


def _runs(prep: Prepared) -> list[_Run]:
    """Runs of 、-separated items: clauses holding a 、, cut at empty items (、、)."""
    t = prep.t
    found = []
    for m in _CLAUSE_RE.finditer(t):
        if "、" not in m.group():
            continue
        pos = m.start()
        group: list[_Item] = []
        for piece in m.group().split("、") + [""]:
            if piece:
                group.append(_Item(pos, pos + len(piece), "hard", "hard"))
            elif group:
                if len(group) >= 2:
                    start, end = group[0].start, group[-1].end
                    group[0] = group[0]._replace(left=_side(t, start, True))
                    group[-1] = group[-1]._replace(right=_side(t, end, False))
                    q = prep.opened_at.get(start - 1)
                    found.append(_Run(tuple(group), q is not None and q.close == end))
                group = []
            pos += len(piece) + 1
    # join runs split by ",更" (有基础、有能力,更有底气、有信心)
    out: list[_Run] = []
    for run in found:
        first = run.items[0]
        m = _JOIN.match(t, first.start)
        if (out and m is not None and not out[-1].quoted and not run.quoted
                and t[out[-1].items[-1].end:first.start] == ","):
            first = _Item(m.end(), first.end, "hard", first.right)
            out[-1] = _Run(out[-1].items + (first,) + run.items[1:], False)
            continue
        out.append(run)
    return out


# -- templates ------------------------------------------------------------------------------------

def _whole(run: _Run, comps: Sequence[tuple[int, int]]) -> bool:
    """The run is a whole quotation and the components fill it: a quoted formula
    (“发展出题、改革作答”), not a quoted phrase holding a list (“具有立法、司法、行政性质的文件”)."""
    items = run.items
    return (run.quoted and len(comps) == len(items)
            and comps[0][0] == items[0].start and comps[-1][1] == items[-1].end)


def _ok_head(h: str) -> bool:
    return bool(h) and h[0] not in _BAD_HEAD and all(is_han(c) for c in h)


def _cut_end(t: str, it: _Item, start: int, want: int) -> int | None:
    """End of a component starting at ``start`` in an item whose right side is not exact: the
    word boundary closest to ``want`` characters (the item's end is one)."""
    if it.right == "hard" or it.end - start == want:
        return it.end
    text = t[start:min(it.end, start + want + 4)]
    cuts = sorted(b for b in bounds(text) if b > 0)
    if not cuts:
        return None
    best = min(cuts, key=lambda b: (abs(b - want), -b))
    return start + best


def _cut_start(t: str, it: _Item, end: int, want: int) -> int | None:
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


def _head(t: str, run: _Run) -> _Found | None:
    items = run.items
    # items whose start is exact: after a 、 (the first item may hold words leading into the run)
    fixed = [it for it in items[1:] if it.left == "hard"]
    if len(fixed) < 2 and items[0].left == "hard":
        fixed = [items[0]] + fixed
    texts = [t[it.start:it.end] for it in fixed]
    if len(fixed) >= 2:
        h = _lcp(texts)
        if not _ok_head(h) and len(fixed) >= 3:
            h = _lcp(texts[:-1])  # 有理想、有道德、有文化、守纪律: the last item leaves the template
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
    if not _whole(run, comps):
        if len(comps) < 3:
            return None
        toks = tag(texts[0])
        if not toks or toks[0][1] != len(h):
            # the head is part of a word (医疗、医保、医药): a shared morpheme, short items only
            if len(h) > 1 or max(len(x) for x in texts) > 3 or any(_is_name(x) for x in texts):
                return None
        elif toks[0][2] not in PREDICATE_TAGS and (len(h) > 1 or toks[0][2] not in _HEAD_TAGS):
            return None  # 国家实验室、国家重点实验室; 省科技厅、省商务厅: a noun head names kinds
    return _Found(tuple(comps), f"{h}_")


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


def _distinct(texts: Sequence[str], head: int, tail: int) -> bool:
    """Components differ, and their slots are words, not bare numbers (十六大、十七大)."""
    if len(set(texts)) < len(texts):
        return False
    slots = [x[head:len(x) - tail] for x in texts]
    return not all(all(c in _NUMERAL_CHARS for c in x) for x in slots)


def _is_name(s: str) -> bool:
    """A place, person or organisation name by its jieba tag (郑开, 晋北)."""
    return any(p in _NAME_TAGS for _, _, p in tag(s))


def _tail(t: str, run: _Run) -> _Found | None:
    items = run.items
    fixed = [it for it in items[:-1] if it.right == "hard"]
    if len(fixed) < 2 and items[-1].right == "hard":
        fixed = fixed + [items[-1]]
    if len(fixed) < 2:
        return None
    tail = _lcs([t[it.start:it.end] for it in fixed])
    if not tail and len(fixed) >= 3:
        tail = _lcs([t[it.start:it.end] for it in fixed[1:]])  # the first item leaves the template
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
    texts = [t[s:e] for s, e in comps]
    slot_lens = [len(x) - len(tail) for x in texts]
    if max(slot_lens) > MAX_SLOT or not _distinct(texts, 0, len(tail)):
        return None
    if not _whole(run, comps):
        if len(comps) < 3:
            return None
        if len(tail) == 1:
            if tail not in lexicon_set("suffixes"):
                return None  # 农博会、展销会; 正面、负面: a one-character noun
        else:
            whole = tag(tail)
            if len(whole) != 1 or whole[0][2] not in PREDICATE_TAGS or tail in lexicon_set("noun_tails"):
                return None  # 任务清单、项目清单: a noun shared at the end names kinds of a thing
    return _Found(tuple(comps), f"_{tail}")


def _frame(t: str, run: _Run) -> _Found | None:
    """Subject–predicate frame: subjects sharing a word, each with its own one-character
    predicate: 大企业强、独角兽企业多、中小企业活 (``_企业+A``); 农业强、农村美、农民富 (``农_+A``)."""
    items = run.items
    core = [it for it in items if it.left == "hard" and it.right == "hard"] or list(items)
    want = int(statistics.median([it.end - it.start for it in core]))
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
    noun = _lcs(subjects)
    head = _lcp(subjects)
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
    return _Found(tuple(comps), template)


def _infix(t: str, run: _Run) -> _Found | None:
    items = run.items
    inner = [t[it.start:it.end] for it in items[1:-1]]
    for m in _infixes():
        if any(m not in x for x in inner) or m not in t[items[0].start:items[-1].end]:
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
        if not (_whole(run, comps) or len(comps) >= 3 or (max(map(len, ls)) == 1 and not _FUNCTION & set(ls))):
            continue  # two items: only a compact couplet (民有所呼、政有所应)
        return _Found(tuple(comps), "V得C" if m == "得" else f"_{m}_")
    return None


def _infix_components(t: str, items: Sequence[_Item], m: str) -> list[tuple[int, int]] | None:
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
        s = _cut_start(t, _Item(it.start, mid, it.left, "hard"), mid, want_l)
        e = _cut_end(t, _Item(mid + len(m), it.end, "hard", it.right), mid + len(m), want_r)
        if s is None or e is None or s >= mid or e <= mid + len(m):
            return None
        comps.append((s, e))
    return comps


def _shape(t: str, run: _Run) -> _Found | None:
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
            return _Found(tuple((s, e) for s, e, _ in comps), template)
        comps = [c for c in comps if c not in bad]
    return None


def _shape_template(texts: Sequence[str], size: int, quoted: bool) -> str | None:
    if len(set(texts)) < len(texts) or not all(is_han(c) for x in texts for c in x):
        return None
    shared = [p for p in range(1, size - 1) if len({x[p] for x in texts}) == 1]
    if shared and all(len({x[p] for x in texts}) == len(texts) for p in (0, size - 1)):
        if len(texts) == 2 and not quoted and not _couplet(texts, shared):
            return None
        if all(len(tag(x)) == 1 for x in texts):
            return None  # 二氧化硫、氮氧化物: words of the dictionary, not a built couplet
        return "".join(texts[0][p] if p in shared else "_" for p in range(size))
    if shared:
        return None
    if quoted and size == 4:
        return "XXXX"
    if size == 4 and len(texts) >= 3:
        predicates = sum(starts_predicate(x) for x in texts)
        if predicates * 3 >= len(texts) * 2 and not any(is_nominal(x) for x in texts):
            return "XXXX"
    return None


def _couplet(texts: Sequence[str], shared: Sequence[int]) -> bool:
    """Two items sharing characters make a couplet when they share two places (科教融汇、产教融合),
    or one right after contrasting first characters (大众创业、万众创新; 千村示范、万村整治)."""
    if len(shared) >= 2:
        return True
    if shared != [1]:
        return False
    a, b = texts[0][0], texts[1][0]
    if a in _NUMERAL_CHARS and b in _NUMERAL_CHARS:
        return True
    return (a, b) in _contrasts() or (b, a) in _contrasts()


@lru_cache(maxsize=1)
def _contrasts() -> frozenset[tuple[str, str]]:
    return frozenset((r["first"], r["second"]) for r in table("contrast_pairs"))


def _scale(t: str, run: _Run) -> _Found | None:
    """Scale-adjective modifiers: 全方位、多层次、宽领域; 大力度支持、高强度投入、全方位服务保障."""
    scale = lexicon_set("scale_modifiers")
    items = run.items
    if len(items) < 3:
        return None
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
        return _Found(tuple(comps), "A__+V")
    return _Found(tuple(comps), "A__")


def _verb_object(t: str, run: _Run) -> _Found | None:
    """Verb-object formulas of three characters: 稳增长、促改革、调结构、惠民生、防风险 (``V__``).

    Each item is a one-character verb from ``data/slogans/formula_verbs.txt`` and a two-character
    object; most items must split there as jieba reads them (控股权、管理层 do not).
    """
    verbs = lexicon_set("formula_verbs")
    comps = _fixed_size(t, run, 3)
    texts = [t[s:e] for s, e in comps]
    if len(comps) < 3 or any(x[0] not in verbs for x in texts) or len({x[0] for x in texts}) < 2:
        return None
    if len(set(texts)) < len(texts) or sum(1 in bounds(x) for x in texts) * 3 < len(texts) * 2:
        return None
    return _Found(tuple(comps), "V__")


def _chiasmus(t: str, run: _Run) -> _Found | None:
    """Chiasmus: the same words swapped, 数字产业化、产业数字化; 在发展中化债、在化债中发展."""
    items = run.items
    if len(items) != 2:
        return None
    if items[1].right != "open":
        size = items[1].end - items[1].start
    elif items[0].left != "open":
        size = items[0].end - items[0].start
    else:
        return None
    comps = _fixed_size(t, run, size)
    texts = [t[s:e] for s, e in comps]
    if len(comps) != 2 or size < 4 or texts[0] == texts[1] or sorted(texts[0]) != sorted(texts[1]):
        return None
    if texts[0][0] == texts[1][0] and texts[0][-1] == texts[1][-1] and size < 6:
        return None  # only the middle swapped (一体两翼、一翼两体): not a chiasmus of words
    return _Found(tuple(comps), "AB↔BA")


def _fixed_size(t: str, run: _Run, size: int) -> list[tuple[int, int]]:
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


_TEMPLATES = (_head, _tail, _frame, _infix, _shape, _scale, _verb_object, _chiasmus)


def _may_fit(t: str, run: _Run) -> bool:
    """A cheap first look: could any template fit? (Most runs are plain lists of things.)"""
    items = [t[it.start:it.end] for it in run.items]
    inner = items[1:-1] or items
    if len(items) == 2:
        a, b = items
        return (b[0] in a or a[-1] in b or len(b) in (3, 4) or any(m in a and m in b for m in _infixes())
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
    return any(all(m in x for x in inner) for m in _infixes())


def _quoted_sequences(prep: Prepared) -> list[tuple[int, int, _Found]]:
    """Chains of short quoted catchphrases: “筑基扩容”“小升规”“规升强”; 从“跟跑”到“并跑”乃至“领跑”.

    A chain is a parallel when its links mark a progression (到, 乃至, 向), when the quotations
    stand side by side with nothing between them, or when its items look alike: three or more listed
    items of one length or sharing a character, two listed items sharing a character in place
    (“六稳”、“六保”; “就业难”与“招工难”). Quotations of a speaker's words or of names are not items.
    """
    from .quoted import classify_quotes

    t = prep.t
    joiners = re.compile(f"(?:{alternation(lexicon('quote_connectors'))})?")
    progression = lexicon_set("quote_progressions")
    openers = lexicon("quote_openers")
    out = []
    chain: list = []
    links: list[str] = []

    def flush() -> None:
        if len(chain) < 2:
            return
        items = [t[q.start:q.end] for q in chain]
        if len(set(items)) < len(items) or not _alike(items, links, progression):
            return
        start = chain[0].open
        lead = next((w for w in openers if t.startswith(w, start - len(w))), "") if any(
            x in progression for x in links) else ""
        start -= len(lead)
        template = lead + "".join("“_”" + (links[i] if i < len(links) else "") for i in range(len(chain)))
        comps = tuple((q.start, q.end) for q in chain)
        out.append((start, chain[-1].close + 1, _Found(comps, template)))

    for q, kind, _ in classify_quotes(prep):
        inner = t[q.start:q.end]
        if kind != "catchphrase" or not 0 < len(inner) <= MAX_QUOTED_ITEM or any(c in "、,;:。!?“”\n" for c in inner):
            flush()
            chain, links = [], []
            continue
        if chain:
            gap = t[chain[-1].close + 1:q.open]
            if q.open > chain[-1].close and len(gap) <= 3 and joiners.fullmatch(gap):
                chain.append(q)
                links.append(gap)
                continue
            flush()
        chain, links = [q], []
    flush()
    return out


def _alike(items: Sequence[str], links: Sequence[str], progression: frozenset[str]) -> bool:
    if any(x in progression for x in links):
        return True
    same_length = len({len(x) for x in items}) == 1
    common = set(items[0]).intersection(*items[1:])
    if all(x == "" for x in links):  # adjacent quotations: “筑基扩容”“小升规”“规升强”
        return True
    if len(items) >= 3:
        return same_length or bool(common)
    return same_length and any(a == b for a, b in zip(items[0], items[1]))


def phrase_parallels(prep: Prepared) -> list[Parallel]:
    """Phrase-level parallels of a prepared text (used by :func:`extract_parallels`)."""
    t = prep.t
    found: list[tuple[int, int, _Found]] = []
    for run in _runs(prep):
        if not run.quoted and not _may_fit(t, run):
            continue
        for template in _TEMPLATES:
            f = template(t, run)
            if f is not None:
                found.append((f.comps[0][0], f.comps[-1][1], f))
                break
    found += _quoted_sequences(prep)
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out = []
    last_end = -1
    for s, e, f in found:
        if s < last_end:
            continue  # overlapping: keep the first, longest one
        last_end = e
        span = prep.span(s, e)
        comps = tuple(prep.span(a, b) for a, b in f.comps)
        out.append(Parallel(span.text, span.start, span.end, "phrase", f.template, comps))
    return out


def extract_parallels(
    text: str,
    *,
    headings: Sequence | None = None,
    sentences: Sequence[Span] | None = None,
    normalized: NormalizedText | None = None,
) -> list[Parallel]:
    """Find parallel formulas: phrase, sentence and heading level.

    Args:
        text: the document text.
        headings: the document's headings, to find heading-level parallels (headings 二 to 六
            all reading 抓X,为新质生产力发展Y). A sequence of :class:`~policytext.records.Span`
            or :class:`~policytext.records.Section` (siblings are grouped by level), or a
            sequence of such sequences, one per group of sibling headings. Without it no
            heading-level parallel is reported.
        sentences: the text's sentences as :func:`~policytext.text.split_sentences` gives them,
            if already computed (the pipeline passes its own).
        normalized: the text's :func:`~policytext.text.normalize` result, if already computed
            (the pipeline passes its own).

    Returns:
        :class:`~policytext.records.Parallel` records, phrase level first, each with its
        ``template`` (``抓_``, ``_于_``, ``V得C``, ``XXXX`` ...) and ``components``.

    >>> [(p.template, [c.text for c in p.components])
    ...  for p in extract_parallels("通过“抓平台、抓主体、抓转化、抓园区、抓改革”,培育新质生产力")]
    [('抓_', ['抓平台', '抓主体', '抓转化', '抓园区', '抓改革'])]
    >>> extract_parallels("北京在教育、科技、人才方面具有独特优势")
    []
    """
    check_text(text, "extract_parallels")
    from .series import heading_parallels, sentence_parallels

    prep = prepare(text, normalized)
    out = phrase_parallels(prep)
    out += sentence_parallels(prep, sentences=sentences)
    if headings:
        out += heading_parallels(prep, headings)
    return out
