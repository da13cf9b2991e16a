"""Shared machinery of the slogans steps: the prepared text, quotation pairs, lexicons, tagging.

Every step works on the normalised text (full-width punctuation folded, so ，；： arrive as ,;:)
and maps its spans back to the original with :meth:`NormalizedText.span`. The preparation of a
text (normalisation and quotation pairs) is cached, so the four extractors called one after the
other on the same string share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import data_path, read_lines, read_table
from ..records import Span
from ..text import NormalizedText, normalize

#: Opening quotation marks and their closing partners.
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
CLOSING = frozenset(QUOTE_PAIRS.values())
#: Characters that end a sentence or a line (after normalisation).
SENTENCE_END = frozenset("。!?;\n\r")
#: Longest quotation considered (characters); an opening mark unclosed after this is ignored.
MAX_QUOTE = 600
HAN_RANGE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def is_han(c: str) -> bool:
    """True for a CJK ideograph."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A quotation in the normalised text: the marks at ``open``/``close``; ``start``/``end``
    delimit the inner text without the spaces just inside the marks (“ 四人帮”)."""

    open: int
    close: int
    start: int
    end: int


@dataclass(frozen=True)
class Prepared:
    """A text made ready for the slogans steps."""

    nt: NormalizedText
    quotes: tuple[QuotePair, ...]
    closed_at: dict[int, QuotePair]
    opened_at: dict[int, QuotePair]
    memo: dict = field(default_factory=dict)  # results shared between the steps (quote kinds)

    @property
    def t(self) -> str:
        return self.nt.text

    def span(self, start: int, end: int) -> Span:
        return self.nt.span(start, end)


_QUOTE_MARKS = re.compile("[“”「」『』‘’\n\r]")


def find_quotes(t: str) -> tuple[QuotePair, ...]:
    """Pair quotation marks in one linear pass; nesting allowed, never across a line break.

    >>> [(q.open, q.close) for q in find_quotes("“a‘b’”“c")]
    [(2, 4), (0, 5)]
    """
    out = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE_MARKS.finditer(t):
        c, i = m.group(), m.start()
        if c in QUOTE_PAIRS:
            stack.append((QUOTE_PAIRS[c], i))
        elif c in CLOSING:
            # close the innermost matching opener; openers left inside it were stray
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == c:
                    o = stack[k][1]
                    if i - o - 1 <= MAX_QUOTE:
                        a, b = o + 1, i
                        while a < b and t[a].isspace():
                            a += 1
                        while b > a and t[b - 1].isspace():
                            b -= 1
                        out.append(QuotePair(o, i, a, b))
                    del stack[k:]
                    break
        else:
            stack.clear()
    return tuple(out)


_CACHE: dict[str, Prepared] = {}
_CACHE_SIZE = 4


def prepare(text: str, normalized: NormalizedText | None = None) -> Prepared:
    """Normalise ``text`` (or take its ``normalized`` form) and pair its quotation marks.

    The last few texts are cached, so the extractors called one after the other on one text
    share the work.
    """
    hit = _CACHE.get(text)
    if hit is not None:
        return hit
    nt = normalized if normalized is not None and normalized.original == text else normalize(text)
    quotes = tuple(sorted(find_quotes(nt.text), key=lambda q: q.open))
    prep = Prepared(nt, quotes, {q.close: q for q in quotes}, {q.open: q for q in quotes})
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)), None)
    _CACHE[text] = prep
    return prep


# -- lexicons ------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[str, ...]:
    """Entries of ``data/slogans/<name>.txt``."""
    return read_lines(data_path(f"slogans/{name}.txt"))


@lru_cache(maxsize=None)
def lexicon_set(name: str) -> frozenset[str]:
    return frozenset(lexicon(name))


def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/slogans/<name>.tsv``."""
    return read_table(data_path(f"slogans/{name}.tsv"))


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so the longest one wins)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# -- part-of-speech tags on candidate spans only -------------------------------------------------

NOUN_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "j", "s", "f", "t", "r"})
PREDICATE_TAGS = frozenset({"v", "vd", "vg", "vi", "a", "ad", "ag", "d", "dg", "i", "l", "p", "z"})


@lru_cache(maxsize=1 << 16)
def tag(s: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, pos)`` of the jieba tokens of a short span (cached; never whole texts)."""
    from ..tokenize import pos_tag

    return tuple((t.start, t.end, t.pos or "x") for t in pos_tag(s, hmm=False))


def word_tag(w: str) -> str | None:
    """The dictionary part of speech of ``w`` if it is a word of jieba's dictionaries, else None.

    A dictionary look-up, no segmentation: for the short words whose class a cheap look needs
    (the first two characters of an item: 拓展, 优化).

    >>> word_tag("拓展"), word_tag("展传")
    ('v', None)
    """
    tags, freq = _word_tables()
    tag = tags.get(w)
    return tag if tag is not None and freq.get(w) else None


@lru_cache(maxsize=1)
def _word_tables() -> tuple[dict[str, str], dict[str, int]]:
    """The shared tokenizer's word tags and frequencies: the tables themselves, not copies (a
    copy of 350,000 entries cost 40 MB), and without importing jieba.posseg's HMM tables."""
    from ..tokenize import get_tokenizer, word_tags

    return word_tags(), get_tokenizer().FREQ


def bounds(s: str) -> frozenset[int]:
    """Token boundaries of a short span (0 and ``len(s)`` included)."""
    out = {0, len(s)}
    for a, b, _ in tag(s):
        out.add(a)
        out.add(b)
    return frozenset(out)


def first_pos(s: str) -> str:
    """The jieba tag of the first token of ``s`` ("x" for an empty string)."""
    t = tag(s)
    return t[0][2] if t else "x"


def is_nominal(s: str) -> bool:
    """True when every token of ``s`` is a noun (or a verbal noun): a thing, not an action."""
    t = tag(s)
    return bool(t) and all(p in NOUN_TAGS or p in {"vn", "an", "nrfg", "m", "q", "b"} for _, _, p in t)


def starts_predicate(s: str) -> bool:
    """True when ``s`` opens with a verb, adjective, adverb, preposition or idiom.

    A short item that is a dictionary word, or opens with a two-character one, is looked up
    rather than segmented.
    """
    for k in (len(s), 2) if len(s) <= 4 else (2,):
        pos = word_tag(s[:k])
        if pos is not None:
            return pos in PREDICATE_TAGS
    return first_pos(s) in PREDICATE_TAGS
