"""Runs without separators: items of one shape written one after the other, no 、 between them.

Policy prose packs its shortest formulas into one word-like run: 共商共建共享 (``共_``),
良田良种良法良机 (``良_``), 强链补链延链 (``_链``), 稳就业保民生防风险 (``V__``), 抓项目抓招商抓产业
(``抓__``). A run is found by the characters first (a regular expression with a back-reference for
the shared character, linear in the text), then kept only when

- the shared character can open or close a formula (no particle, numeral or function word), and
  the varying characters are words or word parts a dictionary look-up knows;
- the run starts and ends on word boundaries of the words around it (jieba, on a window of a few
  characters: 坚持|共商共建共享|原则; not 人民|人大 or 我国|国有, which only look alike);
- it has three items or more: two items side by side (转移转化, 新时代新征程, 共建共享) are as
  often one compound word of two verbs or nouns as a formula, and a reader does not count them.

>>> [(f.template, f.comps) for f in run_parallels("坚持共商共建共享原则")]
[('共_', ((2, 4), (4, 6), (6, 8)))]
>>> run_parallels("人民代表大会")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import HAN_RANGE, PREDICATE_TAGS, alternation, bounds, is_han, lexicon, lexicon_set, tag, word_tag
from .templates import Found

__all__ = ["run_parallels"]

#: Most items in a run (longer runs of one shape are no formula: a table, a chant).
MAX_ITEMS = 8
#: Characters either side of a run segmented with it to check its edges are word boundaries.
EDGE_WINDOW = 4
#: Characters that never are the shared character of a run (particles, numerals, pronouns).
_BAD_SHARED = frozenset("的了着过和与及或等各每其这那之是在有一二三四五六七八九十百千万两个第不也都就又还很最所以为而")
#: Particles that never stand in the slot of a three-character item (好运营好北大|的).
_PARTICLES = frozenset("的了着等之")
#: Dictionary tags of a two-character item or slot that can stand in a formula (verbs,
#: adjectives, nouns; not pronouns, numerals or names).
_SLOT_TAGS = PREDICATE_TAGS | {"n", "vn", "an", "ng", "nz", "b", "j"}
#: Dictionary tags of the object of a verb-object item (稳就业: 就业/vn; 保民生: 民生/n).
_OBJECT_TAGS = frozenset({"n", "vn", "an", "nz", "ng", "j", "a", "v"})
#: Tags of the two-character verbs that make a two-item run a formula (共建共享, 做大做强).


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(one character repeated every two characters, three times or more: the skeleton of runs of
    two-character items, read as sharing their head or their tail; the same every three
    characters; the verb-object items of formula_verbs.txt)."""
    h = f"[{HAN_RANGE}]"
    verbs = f"(?:{alternation(lexicon('formula_verbs'))})"
    # "." rather than the class of ideographs: three times faster; _check wants ideographs
    return (re.compile(r"(.)(?:.\1){2,}"), re.compile(r"(.)(?:..\1){2,}"),
            re.compile(rf"{verbs}{h}{{2}}(?:{verbs}{h}{{2}}){{2,}}"))


def _candidates(t: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the runs to check, in the order they are tried: a skeleton c.c.c
    gives a run of items sharing their head (c.c.c + one more character) and one of items sharing
    their tail (one character before + c.c.c)."""
    two, three, vo = _patterns()
    n = len(t)
    skel2 = [m.span() for m in two.finditer(t)]
    skel3 = [m.span() for m in three.finditer(t)]
    return ([("head2", a, b + 1) for a, b in skel2 if b < n] + [("tail2", a - 1, b) for a, b in skel2 if a > 0]
            + [("head3", a, b + 2) for a, b in skel3 if b + 1 < n] + [("tail3", a - 2, b) for a, b in skel3 if a > 1]
            + [("vo3", *m.span()) for m in vo.finditer(t)])


def _edges_ok(t: str, s: int, e: int, cuts: list[int], size: int) -> bool:
    """The run's edges and the cuts between its items are word boundaries as jieba reads the run
    with a few characters either side."""
    lo = max(0, s - EDGE_WINDOW)
    window = t[lo:min(len(t), e + EDGE_WINDOW)]
    b = bounds(window)
    if (s - lo) not in b:
        return False
    if (e - lo) not in b and not any(a == s - lo and z > e - lo for a, z, _ in tag(window)):
        return False  # the run may open a compound of the dictionary (防灾减灾救灾|能力 as one word)
    # jieba knows some runs as one word (共建共享); three-character items must split as read, or
    # lie inside a dictionary word made of whole items (新业态新模式/nz)
    if size == 2:
        return True
    items = {s - lo, e - lo} | {k - lo for k in cuts}
    joined = {k for a, z, _ in tag(window) if a in items and z in items for k in range(a + 1, z)}
    return sum((k - lo) in b or (k - lo) in joined for k in cuts) * 3 >= len(cuts) * 2


def _verbal(w: str) -> bool:
    return word_tag(w) in PREDICATE_TAGS | {"vn"}


def _known(items: list[str]) -> int:
    """How many items are words of the dictionary."""
    return sum(word_tag(x) is not None for x in items)


def _names(items: list[str]) -> bool:
    """Two or more items are place or person names (淮河、海河、辽河: a list of names)."""
    return sum(word_tag(x) in ("ns", "nr", "nrt", "nt") for x in items) >= 2


def _shifted(t: str, kind: str, s: int, e: int) -> list[str]:
    """The items of the other reading of a run of two-character items, one character over: a run
    sharing its head read as one sharing its tail (尊法学法守法用法), and the other way round."""
    if kind == "head2":
        return _items(t[s - 1:e - 1], 2) if s >= 1 else []
    return _items(t[s + 1:e + 1], 2) if e < len(t) else []


def _items(s: str, size: int) -> list[str]:
    return [s[i:i + size] for i in range(0, len(s), size)]


def _check(t: str, kind: str, s: int, e: int) -> Found | None:
    text = t[s:e]
    if not all(is_han(c) for c in text):
        return None
    size = 3 if kind in ("head3", "tail3", "vo3") else 2
    items = _items(text, size)
    if len(items) > MAX_ITEMS or len(set(items)) < len(items):
        return None
    if kind == "vo3":
        if len({x[0] for x in items}) < len(items):
            return None
        if any(word_tag(x[1:]) not in _OBJECT_TAGS or word_tag(x) is not None and word_tag(x) not in ("nz", "l")
               for x in items):
            return None  # the object a word of its own, the item no plain word (控股权)
        template = "V__"
    else:
        shared = text[0] if kind.startswith("head") else text[size - 1]
        if kind == "tail3":
            if shared not in lexicon_set("suffixes"):
                return None  # 获得感幸福感安全感: a suffix of formulas
            return _found(t, s, e, text, size, f"_{shared}")
        if shared in _BAD_SHARED:
            return None
        slots = [x[1:] if kind.startswith("head") else x[:-1] for x in items]
        bad = _BAD_SHARED if size == 2 else _PARTICLES
        if any(c in bad for x in slots for c in x) or _names(items):
            return None  # 法等法律法规, 合淮合六合滁; 淮河海河辽河: names of things
        if kind != "head3" and _known(_shifted(t, kind, s, e)) > _known(items):
            return None  # 尊|法学法守法用法: the items are one character over (尊法、学法、守法、用法)
        if kind == "head3":
            other = [t[max(0, s - 2):s]] + slots[:-1]  # the slots if the shared character closed items
            if all(_verbal(x) for x in other) and not all(_verbal(x) for x in slots):
                return None  # 保护|好运用|好传承|好历史: the shared character closes verbs (保护好、运用好)
            if word_tag(shared) not in PREDICATE_TAGS and shared not in lexicon_set("formula_verbs"):
                return None  # 抓项目抓招商: a verb shared; not 中国中央
            if sum(word_tag(x) not in _SLOT_TAGS for x in slots) > (len(slots) - 1) // 2:
                return None  # most slots words of the dictionary (新产业新业态新模式: 业态 is not)
            template = f"{shared}__"
        else:
            template = f"{shared}_" if kind == "head2" else f"_{shared}"
    return _found(t, s, e, text, size, template)


def _found(t: str, s: int, e: int, text: str, size: int, template: str) -> Found | None:
    cuts = [s + k for k in range(size, len(text), size)]
    if not _edges_ok(t, s, e, cuts, size):
        return None
    return Found(tuple((s + k, s + k + size) for k in range(0, len(text), size)), template)


def run_parallels(t: str) -> list[Found]:
    """Runs of items without separators in the normalised text ``t`` (see the module docstring).

    >>> [f.template for f in run_parallels("实施强链补链延链行动")]
    ['_链']
    """
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    for kind, s, e in _candidates(t):
        if any(a < e and s < b for a, b in taken):
            continue
        found = _check(t, kind, s, e)
        if found is not None:
            out.append(found)
            taken.append((s, e))
    return out
