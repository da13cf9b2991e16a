"""Named units that merging adjacent tokens cannot find: acronyms, titles in 《》, indicators.

Three kinds of keyword candidate are read from the text itself rather than from its tokens:

- ``acronym``: a Latin acronym or letters with digits (RCEP, 5G, PM2.5, RISC-V, ＡＩ folded to
  AI). jieba leaves them outside every Chinese run, so they were never candidates. When the text
  defines one by its full name, ``区域全面经济伙伴关系协定（RCEP）`` or ``IPv6（互联网协议第6版）``,
  the two are joined: every occurrence of the full name counts as an occurrence of the acronym,
  and the words inside it (伙伴关系) are no candidates of their own there.
- ``title``: the name of a law, agreement or programme in 《》 (《中华人民共和国个人所得税法》 ->
  个人所得税法): a unit wherever it occurs, its words no candidates there. A document's title
  (关于…的意见, …实施方案) is not a name: it says what kind of text is cited, not a concept.
- ``indicator``: the indicators and instruments of ``data/policy_indicators.tsv`` (赤字率,
  转移支付), wherever they occur, also inside longer names (一般性转移支付 is a 转移支付).

Every span indexes the text as given; the term of an acronym is its NFKC (half-width) form.

>>> from policytext.tokenize import tokenize
>>> t = "对接区域全面经济伙伴关系协定（RCEP）规则。用好RCEP。"
>>> [(u.term, u.kind, t[u.start:u.end]) for u in named_units(t, tokenize(t)).units]
[('RCEP', 'acronym', '区域全面经济伙伴关系协定（RCEP）'), ('RCEP', 'acronym', 'RCEP')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from ..data import read_table
from ..text import check_text
from .lexicon import function_words, generic_verbs, places, stopwords

__all__ = ["INDICATORS_FILE", "Named", "NamedUnit", "acronyms", "indicators", "named_units"]

INDICATORS_FILE = "policy_indicators.tsv"
MAX_NAME_CHARS = 24  # characters of the full name of an acronym
MAX_NAME_TOKENS = 8
MIN_NAME_CHARS = 4
MAX_TITLE_CHARS = 16  # characters of a name in 《》 (after a leading place name)
MAX_ACRONYM_DIGITS = 3
MAX_NAMES = 64  # full names and titles looked up per text (each is one pass over the text)  # CLI.12.5679380 is a citation code, not an acronym

# Named fragments (half- and full-width letters and digits: the text is not normalised here).
_UPPER = "A-ZＡ-Ｚ"
_LETTER = "A-Za-zＡ-Ｚａ-ｚ"
_DIGIT = "0-9０-９"
_ALNUM = _LETTER + _DIGIT
_JOINER = r"[.\-．－]"  # PM2.5, RISC-V
_ACRONYM = re.compile(
    rf"(?<![{_ALNUM}.\-．－])"
    rf"(?:[{_LETTER}][{_ALNUM}]*(?:{_JOINER}[{_ALNUM}]+)*|[{_DIGIT}][{_UPPER}])"
    rf"(?![{_ALNUM}])"
)
_OPEN, _CLOSE = "（(", "）)"
_HAN_NAME = regex.compile(rf"^[\p{{Han}}{_DIGIT}]{{2,{MAX_NAME_CHARS}}}$")
_TITLE = regex.compile(r"《(\p{Han}{3,30})》")
_ANY_LETTER = re.compile(f"[{_LETTER}]")
_ALL_HAN = regex.compile(r"\p{Han}+")
_VERB_TAGS = frozenset({"v", "vd", "vi", "vq"})


class NamedUnit(NamedTuple):
    """A named unit: ``text[start:end]`` is an occurrence of ``term``, of kind ``kind``."""

    start: int
    end: int
    term: str
    kind: str


class Named(NamedTuple):
    """What :func:`named_units` finds: the units, and the spans inside which token candidates
    are dropped (the full names of acronyms and the titles)."""

    units: list[NamedUnit]
    covered: list[tuple[int, int]]


@lru_cache(maxsize=1)
def indicators() -> dict[str, str]:
    """``{term: kind}`` of the indicators and instruments of ``data/policy_indicators.tsv``.

    >>> indicators()["赤字率"], indicators()["转移支付"]
    ('indicator', 'instrument')
    """
    return {r["term"]: r["kind"] for r in read_table(INDICATORS_FILE)}


@lru_cache(maxsize=1)
def _longest_place() -> int:
    return max(map(len, places()), default=0)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def acronyms(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, acronym)`` of the Latin acronyms and letter-digit terms of ``text``: two
    capital letters, or one and a digit (a capitalised English word is not one), not right after a digit (100MW is a quantity), not page furniture
    of the stop list (HTTP, PDF), no more digits than letters (G331 is a road's number).

    >>> acronyms("以5G、IPv6和ＡＩ赋能，PM2.5下降，装机100MW，见https://x.cn，The Council，G331")
    [(1, 3, '5G'), (4, 8, 'IPv6'), (9, 11, 'AI'), (14, 19, 'PM2.5')]
    """
    check_text(text, "acronyms")
    out = []
    stop = stopwords()
    for m in _ACRONYM.finditer(text):
        term = _fold(m.group())
        # two capitals or a capital and a digit (RCEP, IPv6, 5G); a capitalised word (The) is not one
        if sum(c.isupper() for c in term) < (1 if any(c.isdigit() for c in term) else 2):
            continue
        digits = sum(c.isdigit() for c in term)
        # more digits than letters is a code (G331 is a road, CLI.12.5679380 a citation)
        if digits > MAX_ACRONYM_DIGITS or digits > sum(c.isalpha() for c in term) or term.upper() in stop:
            continue
        out.append((m.start(), m.end(), term))
    return out


def _name_before(end: int, words: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> int | None:
    """Start of the full name that ends at ``end`` (just before the bracket of ``名称（ACR）``):
    the run of Chinese tokens before it, back to a verb, a generic verb or a break, without a
    leading function word. None when shorter than four characters."""
    from .candidates import _dictionary_tags

    k = bisect_left(ends, end)
    if k == len(ends) or ends[k] != end:
        return None
    tags, fw, gv = _dictionary_tags(), function_words(), generic_verbs()
    first = None
    for i in range(k, max(k - MAX_NAME_TOKENS, -1), -1):
        w = words[i]
        # the head may be tagged a verb (协定, 协议); a verb before it ends the name (对接 + 区域…)
        if not _ALL_HAN.fullmatch(w) or w in gv or (i < k and tags.get(w) in _VERB_TAGS):
            break
        if i < k and ends[i] != starts[i + 1]:
            break
        if end - starts[i] > MAX_NAME_CHARS:
            break
        first = i
    while first is not None and first <= k and (words[first] in fw or words[first] in places()):
        first += 1
    if first is None or first > k or end - starts[first] < MIN_NAME_CHARS:
        return None
    return starts[first]


def _begins_with_verb(name: str) -> bool:
    """Whether a title begins with a verb: the title of a document (支持…若干政策, 加快…), not
    the name of a law or an agreement."""
    from .candidates import _dictionary_tags

    tags, gv = _dictionary_tags(), generic_verbs()
    return any(name[:n] in gv or tags.get(name[:n]) in _VERB_TAGS for n in (1, 2))


def _occurrences(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(name), text)]


def named_units(text: str, tokens: Sequence) -> Named:
    """The acronyms (joined with their full names), titles and indicators of ``text``.

    Args:
        text: the text.
        tokens: its tokens (objects with ``text``, ``start``, ``end``), used to find where the
            full name before ``（ACR）`` begins.

    >>> from policytext.tokenize import tokenize
    >>> t = "依照《中华人民共和国个人所得税法》。个人所得税法规定，赤字率3%。"
    >>> [(u.term, u.kind) for u in named_units(t, tokenize(t)).units]
    [('个人所得税法', 'title'), ('个人所得税法', 'title'), ('赤字率', 'indicator')]
    """
    check_text(text, "named_units")
    return _named(text, [t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens])


def _named(text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> Named:
    units: list[NamedUnit] = []
    covered: list[tuple[int, int]] = []

    # acronyms, and the full names they are defined by
    found = acronyms(text) if _ANY_LETTER.search(text) else []
    names: dict[str, str] = {}  # full name -> acronym
    inside: set[int] = set()  # starts of acronyms that sit in a definition's brackets
    for s, e, term in found:
        if s > 0 and text[s - 1] in _OPEN and e < len(text) and text[e] in _CLOSE:
            ns = _name_before(s - 1, words, starts, ends)
            if ns is not None:
                names.setdefault(text[ns:s - 1], term)
                inside.add(s)
        elif e < len(text) and text[e] in _OPEN:
            window = e + 2 + MAX_NAME_CHARS  # bounded: no scan to the end of the text per acronym
            close = min((i for i in (text.find(c, e + 1, window) for c in _CLOSE) if i > 0), default=-1)
            if close > 0:
                name = text[e + 1:close]
                if _HAN_NAME.match(name) and len(name) >= MIN_NAME_CHARS and name not in stopwords():
                    names.setdefault(name, term)
    for s, e, term in found:
        if s not in inside:
            units.append(NamedUnit(s, e, term, "acronym"))
    for name, term in list(names.items())[:MAX_NAMES]:
        for s in _occurrences(text, name):
            e = s + len(name)
            if text[e:e + 1] and text[e] in _OPEN and text.startswith(term, e + 1) and text[e + 1 + len(term):e + 2 + len(term)] in _CLOSE:
                e += len(term) + 2  # 名称（ACR）: one occurrence
            elif s > 0 and text[s - 1] in _OPEN and text[max(0, s - 1 - len(term)):s - 1] == term:
                covered.append((s, e))  # ACR（名称）: the acronym counted already
                continue
            units.append(NamedUnit(s, e, term, "acronym"))
            covered.append((s, e))

    # names in 《》
    if "《" in text:
        from .candidates import _weak_heads

        titles = set()
        place_names = places()
        for raw in {m.group(1) for m in _TITLE.finditer(text)}:
            # without a leading place name: 中华人民共和国个人所得税法 -> 个人所得税法
            cut = next((n for n in range(min(len(raw) - 1, _longest_place()), 1, -1) if raw[:n] in place_names), 0)
            name = raw[cut:]
            if (3 <= len(name) <= MAX_TITLE_CHARS and "关于" not in name and "的" not in name
                    and not _begins_with_verb(name)
                    and not any(name.endswith(h) for h in _weak_heads()) and name not in stopwords()):
                titles.add(name)
        for name in sorted(titles)[:MAX_NAMES]:
            for s in _occurrences(text, name):
                units.append(NamedUnit(s, s + len(name), name, "title"))
                covered.append((s, s + len(name)))

    # indicators and instruments, also inside longer names (not inside a title or a full name)
    spans = sorted(covered)
    for term in indicators():
        if term in text:
            for s in _occurrences(text, term):
                k = bisect_left(spans, (s + 1,)) - 1
                if k >= 0 and spans[k][0] <= s and s + len(term) <= spans[k][1]:
                    continue
                units.append(NamedUnit(s, s + len(term), term, "indicator"))
    units.sort()
    return Named(units, sorted(covered))
