"""Two-item parallels (couplets): the templates a run of exactly two items may fit.

Two items sharing a word are usually a loose pair (引导预期、提振信心; 经济效益和社会效益), so a
couplet needs a template that shows in more than one place:

- shared tail after verbs of one length: 泄露国家秘密、侵犯商业秘密 (``_秘密``); 统筹推进“五位一体”
  总体布局和协调推进“四个全面”战略布局 (``_布局``);
- shared head before one- or two-character predicates: 融资难、融资贵 (``融资_``);
- the same word profile, verbs in it: 创新供给引导需求、扩大投资撬动消费 (``XX+XX+XX+XX``);
- contrasting first characters: 先代偿、后分险 (``先_后_``); the same two characters swapped:
  稳中求进、以进促稳 (``AB↔BA``);
- two verb-object formulas of three characters: 打基础、利长远 (``V__``); one verb, two objects
  that no dictionary joins to it: 稳外贸、稳外资 (``稳_``).

The first item may hold words leading into the pair (坚持稳中求进、以进促稳): it is cut to the
length of the second one on a word boundary.

>>> from .templates import Item, Run
>>> t = "涉及泄露国家秘密、侵犯商业秘密的"
>>> pair(t, Run((Item(0, 8, "soft", "hard"), Item(9, 16, "hard", "soft")), False))
Found(comps=((2, 8), (9, 15)), template='_秘密')
"""

from __future__ import annotations

from functools import lru_cache

from ._common import is_han, lexicon_set, table, tag, word_tag
from .templates import Found, Item, Run, boundary_at, lcp, lcs  # noqa: F401 (Item: the doctests build runs)

__all__ = ["pair", "pair_may_fit", "verb_start", "verbal_start"]

#: jieba tags of a verb or adjective, verbal nouns included (优化/vn out of context); not
#: prepositions (按照) or adverbs.
_VERBAL = frozenset({"v", "vd", "vg", "vi", "vn", "a", "ad", "ag", "i", "l", "z"})
#: jieba tags of the verbs that open the items of a verb-object couplet (not 教育/vn, 深厚/a).
_VERBS = frozenset({"v", "vd", "vi"})
#: jieba tags of the two-character objects of a one-verb couplet (稳外贸、稳外资).
_OBJECTS = frozenset({"n", "nz", "vn", "j"})
#: jieba tags of a two-character predicate slot.
_ADJECTIVES = frozenset({"a", "ad", "an"})
#: jieba tags of a one-character predicate slot (融资难、融资贵; not the adverb of 两手都|要硬).
_SLOT_TAGS = frozenset({"a", "ad", "an", "v", "vi"})
#: Length range of the items of a couplet of one word profile (characters).
MIN_PROFILE, MAX_PROFILE = 6, 16
#: Characters that never open a shared head of a couplet.
_BAD_HEAD = frozenset("的和与及或等各每其这那之了是一二三四五六七八九十第个")


def verbal_start(x: str) -> bool:
    """The first two characters, read alone, are a verb or an adjective (拓展, 优化, 落实).

    >>> verbal_start("拓展传统消费"), verbal_start("国际收支基本平衡"), verbal_start("按照实际需要")
    (True, False, False)
    """
    return word_tag(x[:2]) in _VERBAL


def verb_start(x: str) -> bool:
    """The first two characters are a verb, not a noun jieba tags as one (预算, 清单).

    >>> verb_start("泄露国家秘密"), verb_start("预算制度改革"), verb_start("教育卫生革命")
    (True, False, False)
    """
    return word_tag(x[:2]) in _VERBS and x[:2] not in lexicon_set("noun_tails")


@lru_cache(maxsize=1)
def _generic_verbs() -> frozenset[str]:
    """The generic verbs of directive prose (加强, 推进, 提高: ``data/generic_verbs.txt``)."""
    from ..data import data_path, read_lines

    return frozenset(read_lines(data_path("generic_verbs.txt")))


@lru_cache(maxsize=1)
def _contrasts() -> frozenset[tuple[str, str]]:
    pairs = {(r["first"], r["second"]) for r in table("contrast_pairs")}
    return frozenset(pairs | {(b, a) for a, b in pairs})


#: Particles after which a clause goes on past the couplet (侵犯商业秘密|的).
_PARTICLES = frozenset("的等地")


def _sizes(t: str, run: Run) -> list[int]:
    """Candidate lengths of the couplet's items: the second item's when its end is known (a clause
    end or a quotation mark; also up to a particle before the clause end: 侵犯商业秘密|的), else
    the first item's when its start is."""
    a, b = run.items
    out = []
    if b.right != "open":
        out.append(b.end - b.start)
        if b.right == "soft":
            text = t[b.start:b.end]
            out += [i for i in range(len(text) - 1, 2, -1) if text[i] in _PARTICLES][:1]
    elif a.left != "open":
        out.append(a.end - a.start)
    return out


def pair_may_fit(t: str, run: Run) -> bool:
    """A cheap look at the characters before any word boundary is asked for.

    >>> pair_may_fit("融资难、融资贵", Run((Item(0, 3, "soft", "hard"), Item(4, 7, "hard", "soft")), False))
    True
    """
    return any(_may_fit(t, run, n) for n in _sizes(t, run))


def _may_fit(t: str, run: Run, n: int) -> bool:
    a_it, b_it = run.items
    a, b = t[a_it.start:a_it.end], t[b_it.start:b_it.start + n]
    if n < 3 or len(a) < n or len(b) < n:
        return False
    first = a[-n:]
    if first == b:
        return False
    return bool(
        (n >= 4 and first[-2:] == b[-2:])  # shared tail
        or (b[:2] in a and is_han(b[0]))  # shared head, short predicate (融资难、融资贵|问题)
        or (MIN_PROFILE <= n <= MAX_PROFILE and verbal_start(first) and verbal_start(b))  # word profile
        or (first[0], b[0]) in _contrasts()
        or (n == 4 and len(set(first) & set(b)) == 2)
        or (n == 3 and first[0] in lexicon_set("formula_verbs") and b[0] in lexicon_set("formula_verbs"))
        or (n == 3 and first[0] == b[0])
    )


def pair(t: str, run: Run) -> Found | None:
    """The couplet template two items fit, or None (see the module docstring).

    >>> pair("有利于引导预期、提振信心", Run((Item(0, 7, "soft", "hard"), Item(8, 12, "hard", "soft")), False)) is None
    True
    >>> pair("多干打基础、利长远的事", Run((Item(0, 5, "soft", "hard"), Item(6, 11, "hard", "soft")), False))
    Found(comps=((2, 5), (6, 9)), template='V__')
    """
    if len(run.items) != 2:
        return None
    for n in _sizes(t, run):
        if _may_fit(t, run, n):
            found = _pair(t, run, n)
            if found is not None:
                return found
    return None


def _pair(t: str, run: Run, n: int) -> Found | None:
    a_it, b_it = run.items
    a_text, b_text = t[a_it.start:a_it.end], t[b_it.start:b_it.end]
    s = a_it.end - n
    a, b = t[s:a_it.end], b_text[:n]
    comps = ((s, a_it.end), (b_it.start, b_it.start + n))
    if not all(is_han(c) or c in "“”" for c in a + b):
        return None
    found = _couplet(a, b, comps) or _head_pair(t, run, n)
    if found is None:
        return None
    # the words cut out of the items must stand on word boundaries (looked at last: it costs)
    if len(b_text) > n and not boundary_at(b_text, n):
        return None
    if found.template.endswith("_") and found.comps[0][0] != s:
        return found  # a shared head found inside the first item checks its own boundary
    if len(a_text) > n and not boundary_at(a_text, len(a_text) - n):
        return _head_pair(t, run, n)
    return found


def _couplet(a: str, b: str, comps: tuple[tuple[int, int], ...]) -> Found | None:
    """The templates two items of one length ``n`` fit (see the module docstring)."""
    n = len(a)
    tail = lcs([a, b])
    if len(tail) >= 2 and n - len(tail) >= 2 and all(is_han(c) for c in tail):
        # verb-object items of five or more (提供部门、使用部门 are compound nouns); when the whole
        # object is shared, the first verb must not be one that leads into a list (加强|基础研究和
        # 应用基础研究; but 限制开发区域和禁止开发区域)
        slot = n - len(tail)
        if (n >= 5 and slot >= 2 and verb_start(a) and verb_start(b) and a[:2] != b[:2]
                and (slot >= 3 or a[:2] not in _generic_verbs())):
            return Found(comps, f"_{tail}")
        return None  # 经济效益和社会效益: a noun shared at the end names kinds of a thing
    if MIN_PROFILE <= n <= MAX_PROFILE and "“" not in a + b and verb_start(a) and verb_start(b) and not lcp([a, b]):
        pa, pb = _profile(a), _profile(b)
        if pa == pb and len(pa) >= 4:
            verbs = [sum(p in _VERBAL for p in _tags(x)) for x in (a, b)]
            if min(verbs) >= 2:
                return Found(comps, "+".join("X" * k for k in pa))
    if n in (3, 4) and (a[0], b[0]) in _contrasts() and not set(a[1:]) & set(b[1:]):
        if boundary_at(a, 1) and boundary_at(b, 1):  # not 有关规范、无法使用
            return Found(comps, f"{a[0]}_{b[0]}_")  # 先代偿、后分险
    if n == 4 and _swapped(a, b):
        return Found(comps, "AB↔BA")  # 稳中求进、以进促稳
    verbs = lexicon_set("formula_verbs")
    if n == 3 and a[0] in verbs and b[0] in verbs and a[0] != b[0] and not set(a[1:]) & set(b[1:]):
        if boundary_at(a, 1) or boundary_at(b, 1):
            return Found(comps, "V__")  # 打基础、利长远
    if (n == 3 and a[0] == b[0] and (a[0] in verbs or word_tag(a[0]) == "v") and a[-1] != b[-1]
            and all(word_tag(x[1:]) in _OBJECTS for x in (a, b))):
        return Found(comps, f"{a[0]}_")  # 稳外贸、稳外资; 进校园、进课堂: one verb, two nouns
    return None


def _head_pair(t: str, run: Run, n: int) -> Found | None:
    """融资难、融资贵: a shared head of two or more characters, then one- or two-character
    predicates (adjectives, verbs); the second item may go on after its predicate (融资贵|问题)."""
    a_it, b_it = run.items
    a, b = t[a_it.start:a_it.end], t[b_it.start:b_it.end]
    if b_it.right == "open" or not all(is_han(c) for c in b[:4]):
        return None
    for k in (3, 2):
        h = b[:k]
        if len(h) < k or h[0] in _BAD_HEAD:
            continue
        pos = a.rfind(h)
        if pos < 0:
            continue
        slot_a = a[pos + k:]
        if not 1 <= len(slot_a) <= 2 or not _predicate_slot(slot_a):
            continue
        for end in dict.fromkeys((min(n, len(b)), k + 1, k + 2)):
            slot_b = b[k:end]
            if not 1 <= len(slot_b) <= 2 or slot_a == slot_b or not _predicate_slot(slot_b):
                continue
            # word boundaries looked at last (they cost a jieba call)
            if (end == len(b) or boundary_at(b, end)) and (pos == 0 or boundary_at(a, pos)):
                return Found(((a_it.start + pos, a_it.end), (b_it.start, b_it.start + end)), f"{h}_")
    return None


def _predicate_slot(x: str) -> bool:
    """A one-character predicate (融资难、融资贵) or a two-character adjective (民族平等、民族团结;
    not 社会公示、社会听证, kinds of a thing), by dictionary look-up."""
    return word_tag(x) in (_SLOT_TAGS if len(x) == 1 else _ADJECTIVES)


def _tags(x: str) -> list[str]:
    return [p for _, _, p in tag(x)]


def _profile(x: str) -> tuple[int, ...]:
    return tuple(e - s for s, e, _ in tag(x))


def _swapped(a: str, b: str) -> bool:
    """Two characters shared, in the opposite order (稳中求进、以进促稳)."""
    shared = [c for c in a if c in b]
    if len(shared) != 2 or len(set(shared)) != 2:
        return False
    x, y = shared
    if abs(a.index(x) - a.index(y)) == 1 or abs(b.index(x) - b.index(y)) == 1:
        return False  # 轨道交通、煤运通道: the two characters make one word (通道), not two swapped
    return b.index(x) > b.index(y)
