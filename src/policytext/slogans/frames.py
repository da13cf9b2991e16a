"""Items of one length sharing a verb inside them: 农业增效益、农村增活力、农民增收入 (``农_增__``).

A template of :mod:`.templates` tried after the others: three or more items of five to eight
characters (the first and last cut to that length on a word boundary) that share one character
in the same place inside them, a one-character verb standing as a word of its own between a
subject and an object that vary (农业|增|效益, 农村|增|活力). Items sharing only a frame around a
varying middle (推进城市建设、推进农村建设) or a noun at the end (省科技厅、省商务厅) do not fit.

>>> from .templates import Item, Run
>>> t = "农业增效益、农村增活力、农民增收入"
>>> verb_frame(t, Run((Item(0, 5, "soft", "hard"), Item(6, 11, "hard", "hard"), Item(12, 17, "hard", "soft")), False))
Found(comps=((0, 5), (6, 11), (12, 17)), template='农_增__')
"""

from __future__ import annotations

from ._common import bounds, is_han, lexicon_set, word_tag
from .templates import Found, Run, _fixed_size

__all__ = ["verb_frame"]

#: Length range of the items (characters).
MIN_SIZE, MAX_SIZE = 5, 8
#: jieba dictionary tags of the shared one-character verb.
_VERB_TAGS = frozenset({"v", "vg", "vi"})


def verb_frame(t: str, run: Run) -> Found | None:
    """The ``农_增__`` template, or None (see the module docstring)."""
    items = run.items
    inner = [t[it.start:it.end] for it in items[1:-1]]
    if len(items) < 3 or len({len(x) for x in inner}) != 1 or not MIN_SIZE <= len(inner[0]) <= MAX_SIZE:
        return None  # a cheap look at the lengths before anything else
    size = len(inner[0])
    if not any(len({x[p] for x in inner}) == 1 for p in range(2, size - 2)):
        return None  # no character shared inside the items: looked at before any word boundary
    comps = _fixed_size(t, run, size)
    texts = [t[s:e] for s, e in comps]
    if len(comps) < 3 or len(set(texts)) < len(texts) or not all(is_han(c) for x in texts for c in x):
        return None
    shared = [p for p in range(size) if len({x[p] for x in texts}) == 1]
    verbs = lexicon_set("formula_verbs")
    for p in shared:
        if not 2 <= p <= size - 3:
            continue  # a subject of two characters or more before the verb, an object after it
        if not (set(range(p)) - set(shared)) or not (set(range(p + 1, size)) - set(shared)):
            continue  # the subject and the object both vary somewhere
        c = texts[0][p]
        if word_tag(c) not in _VERB_TAGS and c not in verbs:
            continue
        # subject and object words of their own (jieba reads 农民增收 as one word: looked up)
        if all((word_tag(x[:p]) is not None or p in bounds(x)) and (word_tag(x[p + 1:]) is not None or p + 1 in bounds(x))
               for x in texts):
            return Found(tuple(comps), "".join(texts[0][q] if q in shared else "_" for q in range(size)))
    return None
