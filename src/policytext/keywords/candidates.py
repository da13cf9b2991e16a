"""Keyword candidates of one text: filtered tokens and merged keyphrases, with their offsets.

The steps, in order:

1. Tokens (jieba with the policy dictionary, computed once by the pipeline and passed in) are
   read as runs of adjacent Chinese tokens; anything else (digits, punctuation, a gap) breaks a run.
2. Keyphrases: sequences of two or three adjacent tokens are merged into one unit when they recur
   in the text (at least twice) and make up more than half of the occurrences of their rarer end
   token (世界领先 + 科技园区 -> 世界领先科技园区; 北京 + 科技创新 is too rare against 科技创新
   alone to merge). Both ends are nominal words of two or more characters, neither a function
   word nor a generic verb (the first may also be a verb modifying the noun after it, 担保 +
   费率, when the phrase occurs at least three times and ends in a candidate), and the last is
   not a weak head (``data/weak_heads.txt``: 工作,
   问题, 过程 ...); no function word inside; the whole and at least one part pass the
   candidate test (习近平 + 总书记, two stop words, stay apart). A phrase that only ever occurs
   inside a longer merged phrase is dropped for the longer one, and a phrase that always has the
   same content word beside it is a fragment of a longer unit and is not merged.
3. Where phrases overlap (中关村世界领先 / 世界领先科技园区), the more cohesive one (larger
   share) is placed first.
4. A remaining single token is a candidate when it passes
   :func:`~policytext.keywords.lexicon.is_candidate` and its dictionary part of speech is nominal
   (``data/nonkeyword_tags.tsv``).

Everything that depends on a word alone is decided once per distinct word, so the cost per token
is a few dictionary look-ups (well above a million characters a second).

>>> from policytext.tokenize import tokenize
>>> text = "依托世界领先科技园区建设。世界领先科技园区成效明显。"
>>> [(u.text, u.start, u.parts) for u in candidate_units(text, tokenize(text))][:1]
[('世界领先科技园区', 2, ('世界领先', '科技园区'))]
"""

from __future__ import annotations

import importlib
import math
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from ..data import data_path, read_dictionary, read_lines, read_table
from .lexicon import function_words, generic_verbs, is_candidate, places, quoted_terms
from .named import _named

__all__ = [
    "AGENCY_ENDINGS_FILE",
    "DERIVED_SUFFIXES_FILE",
    "JURISDICTIONS_FILE",
    "KINDS",
    "NONKEYWORD_TAGS_FILE",
    "TERMHOOD_FILE",
    "WEAK_HEADS_FILE",
    "Candidates",
    "Unit",
    "candidate_units",
    "idf_shrink",
    "is_agency",
    "nominal",
    "policy_terms",
    "termhood",
    "word_kind",
]

NONKEYWORD_TAGS_FILE = "nonkeyword_tags.tsv"
TERMHOOD_FILE = "keyword_termhood.tsv"
AGENCY_ENDINGS_FILE = "agency_endings.tsv"
WEAK_HEADS_FILE = "weak_heads.txt"
DERIVED_SUFFIXES_FILE = "derived_suffixes.txt"
JURISDICTIONS_FILE = "jurisdiction_words.txt"
#: Chinese surnames, shared with the byline reader of :mod:`policytext.sections`.
SURNAMES_FILE = "sections/surnames.txt"
#: The kinds of candidate (``data/keyword_termhood.tsv``).
KINDS = ("acronym", "agency", "derived", "idiom", "indicator", "modifier", "name", "new", "phrase", "quoted", "short",
         "term", "title", "word")
MAX_PHRASE_TOKENS = 3
MAX_PHRASE_CHARS = 10
MIN_PHRASE_COUNT = 2
MIN_PHRASE_SHARE = 0.5
_FEW_EDITS = 2_000  # named units added or candidates dropped that are edited in place

_HAN = regex.compile(r"^\p{Han}+$")

_LOCK = threading.Lock()
_NOMINAL: dict[str, bool] = {}
_WORD: dict[str, "_Word"] = {}
_WORD_CACHE_MAX = 200_000
# a verb modifying the noun after it begins a phrase only when the phrase recurs more and ends in
# a candidate (担保费率, 抵免限额, 补缴税款; not 接受委托 twice, 表示衷心感谢)
_VERB_TAGS = frozenset({"v"})
_VERB_TAGS_ALL = frozenset({"v", "vi", "vd"})
_VERB_OR_VN = _VERB_TAGS_ALL | {"vn"}
MIN_VERB_PHRASE_COUNT = 3
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_WEAKER_THAN_QUOTED = frozenset({"short", "word", "new"})


@dataclass(frozen=True, slots=True)
class Unit:
    """A keyword candidate in the text: a token or a merged keyphrase, with its offsets.

    ``parts`` holds the tokens of a merged keyphrase (empty for a single token); ``kind`` is one
    of :data:`KINDS` (see :func:`word_kind`).
    """

    text: str
    start: int
    end: int
    parts: tuple[str, ...] = ()
    kind: str = "term"


@dataclass(frozen=True, slots=True)
class Candidates:
    """The candidates of a text as parallel lists (one entry per occurrence, in text order);
    ``parts`` maps each merged keyphrase to its tokens, ``kinds`` each distinct candidate to its
    kind. Iterating gives :class:`Unit` records."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    parts: dict[str, tuple[str, ...]]
    kinds: dict[str, str]

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self):
        for t, s, e in zip(self.texts, self.starts, self.ends):
            yield Unit(t, s, e, self.parts.get(t, ()), self.kinds[t])


@lru_cache(maxsize=1)
def _excluded_tags() -> frozenset[str]:
    return frozenset(r["tag"] for r in read_table(NONKEYWORD_TAGS_FILE))


@lru_cache(maxsize=1)
def _dictionary_tags() -> Mapping[str, str]:
    """``{word: tag}`` of jieba's main dictionary alone: the tokenizer's shared table seen without
    the user dictionaries' tags (:func:`policytext.tokenize.word_tags` with ``user=False``), not a
    copy of its 350,000 entries."""
    from ..tokenize import word_tags

    return word_tags(user=False)


@lru_cache(maxsize=1)
def _policy_terms() -> dict[str, str]:
    return {w: tag or "nz" for w, _, tag in read_dictionary("policy_dict.txt")}


def _user_tag(word: str) -> str | None:
    """The tag of ``word`` when it is a user-dictionary term (the policy dictionary, or added with
    :func:`policytext.tokenize.add_words`), else None. jieba's POS tagger moves the user tags out
    of the tokenizer (``user_word_tag_tab``) into its own table on first use, so both are read."""
    tok = importlib.import_module("policytext.tokenize")  # the module, not the function of that name
    tag = tok.get_tokenizer().user_word_tag_tab.get(word) or _policy_terms().get(word)
    if tag is None and tok._POS is not None and word not in _dictionary_tags():
        tag = tok._POS.word_tag_tab.get(word)
    return tag


def nominal(word: str) -> bool:
    """Whether ``word``'s dictionary part of speech can head a keyword.

    A word in no dictionary (jieba's HMM joined it) can if it has three or more characters:
    two-character unknown words are mostly fragments (时代之问 -> 时代 + 之问).

    >>> nominal("实验室"), nominal("打通"), nominal("新质生产力"), nominal("之问")
    (True, False, True, False)
    """
    v = _NOMINAL.get(word)
    if v is not None:
        return v
    tag = _user_tag(word) or _dictionary_tags().get(word)
    v = len(word) >= 3 if tag is None else tag not in _excluded_tags()
    with _LOCK:
        _NOMINAL[word] = v
    return v


@lru_cache(maxsize=1)
def _termhood_table() -> tuple[dict[str, float], dict[str, float], dict[str, str]]:
    weights, shrink, tag_kind = {}, {}, {}
    for row in read_table(TERMHOOD_FILE):
        weights[row["kind"]] = float(row["weight"])
        shrink[row["kind"]] = float(row["idf_shrink"])
        for tag in row["tags"].split():
            if tag != "-":
                tag_kind[tag] = row["kind"]
    missing = set(KINDS) - set(weights)
    if missing:  # pragma: no cover - guarded by tests/test_keywords.py
        raise ValueError(f"{TERMHOOD_FILE} has no weight for the kinds {sorted(missing)}")
    return weights, shrink, tag_kind


@lru_cache(maxsize=1)
def _agency_endings() -> dict[str, tuple[str, ...]]:
    return {r["ending"]: tuple(x for x in r["not_when_ending_with"].split() if x != "-")
            for r in read_table(AGENCY_ENDINGS_FILE)}


def is_agency(term: str) -> bool:
    """Whether ``term`` names a government body or party organ by its ending
    (``data/agency_endings.tsv``).

    >>> [is_agency(w) for w in ("省财政厅", "农业农村部", "国家发展改革委", "产业布局", "少数民族干部")]
    [True, True, True, False, False]
    """
    if len(term) < 3:
        return False
    for ending, unless in _agency_endings().items():
        if term.endswith(ending):
            return not term.endswith(unless) if unless else True
    return False


def _verb_phrase(word: str) -> bool:
    """A four-character word made of a verb and a verb or verbal noun (建成 + 投产, 颁布 + 实施)."""
    tags = _dictionary_tags()
    return len(word) == 4 and tags.get(word[:2]) in _VERB_TAGS_ALL and tags.get(word[2:]) in _VERB_OR_VN


@lru_cache(maxsize=1)
def _jurisdictions() -> frozenset[str]:
    return frozenset(read_lines(JURISDICTIONS_FILE))


@lru_cache(maxsize=1)
def _derived_suffixes() -> frozenset[str]:
    return frozenset(read_lines(DERIVED_SUFFIXES_FILE))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(read_lines(data_path(SURNAMES_FILE)))


def _personal_name(word: str) -> bool:
    """A word in no dictionary that reads as a person's name: a surname (single or compound)
    and one or two characters."""
    names = _surnames()
    return (2 <= len(word) <= 3 and word[0] in names) or (len(word) == 4 and word[:2] in names)


def termhood() -> dict[str, float]:
    """The weight of each kind of candidate (``data/keyword_termhood.tsv``), a factor on its score.

    >>> termhood()["term"] > termhood()["short"] > 0
    True
    """
    return dict(_termhood_table()[0])


def idf_shrink() -> dict[str, float]:
    """How far the IDF of each kind of candidate moves towards the mean IDF of the policy
    dictionary's terms (``idf_shrink`` of ``data/keyword_termhood.tsv``).

    >>> idf_shrink()["term"], idf_shrink()["word"]
    (0.5, 0.0)
    """
    return dict(_termhood_table()[1])


@lru_cache(maxsize=1)
def policy_terms() -> frozenset[str]:
    """The terms of the policy dictionary (``data/policy_dict.txt``).

    >>> "新质生产力" in policy_terms()
    True
    """
    return frozenset(_policy_terms())


def word_kind(word: str) -> str:
    """The kind of a single token as a keyword candidate: ``agency`` (the name of a government
    body, :func:`is_agency`), ``term`` (policy dictionary, or a word
    added with :func:`policytext.tokenize.add_words`), ``name`` (jieba's dictionary tags it as a
    place, person, organisation or brand), ``short`` (another two-character dictionary word),
    ``word`` (a longer dictionary word) or ``new`` (in no dictionary; ``name`` when it reads as
    a person's name, a surname and one or two characters).

    >>> [word_kind(w) for w in ("新质生产力", "长白山", "消费", "碳纤维", "胡玉亭", "基绿能")]
    ['term', 'name', 'short', 'word', 'name', 'new']
    """
    if is_agency(word):
        return "agency"
    if _user_tag(word) is not None:
        return "term"
    tag = _dictionary_tags().get(word)
    if len(word) == 3 and word[-1] in _derived_suffixes() and tag not in _termhood_table()[2]:
        return "derived"
    if tag is None:
        return "name" if _personal_name(word) else "new"
    kind = _termhood_table()[2].get(tag)
    if kind is None and _verb_phrase(word):
        kind = "idiom"  # 建成投产, 颁布实施: a verb and its complement, what is done, not a thing
    if kind == "idiom" and _dictionary_tags().get(word[:2], "x") not in _excluded_tags():
        kind = None  # a set phrase that opens with a noun is a compound term: 数据共享, 技术改造
    if kind is not None:
        return kind
    return "short" if len(word) == 2 else "word"


@lru_cache(maxsize=1)
def _weak_heads() -> frozenset[str]:
    return frozenset(read_lines(WEAK_HEADS_FILE))


class _Word(NamedTuple):
    """What a distinct word can be, decided once (cached)."""

    han: bool  # Chinese characters only
    candidate: bool  # a keyword candidate on its own
    first: bool  # can begin a merged phrase (a nominal word)
    verb_first: bool  # can begin one as a modifying verb (担保 + 费率), under stricter rules
    inner: bool  # can stand inside one (not a function word)
    last: bool  # can end one (a nominal word, not a weak head)
    kind: str  # word_kind() of a candidate, else ""


def _word(w: str) -> _Word:
    info = _WORD.get(w)
    if info is None:
        han = bool(_HAN.match(w))
        is_fw = w in function_words()
        content = han and len(w) >= 2 and not is_fw and w not in generic_verbs()
        cand = han and is_candidate(w) and nominal(w)
        # a place name or a jurisdiction word does not begin a phrase: 安徽省 + 工业互联网 and 全省 +
        # 重点实验室 are the province's share of a term
        first = content and nominal(w) and w not in places() and w not in _jurisdictions()
        verb_first = content and not first and _dictionary_tags().get(w) in _VERB_TAGS
        kind = word_kind(w) if cand else ""
        if cand and _termhood_table()[0][kind] == 0:  # a kind that is never a keyword (modifier)
            cand, kind = False, ""
        info = _Word(han, cand, first, verb_first, not is_fw, first and w not in _weak_heads(), kind)
        with _LOCK:
            if len(_WORD) >= _WORD_CACHE_MAX:
                _WORD.clear()
            _WORD[w] = info
    return info


def _phrases(seq: list[str | None], counts: Counter) -> dict[tuple[str, ...], float]:
    """Recurring cohesive token sequences: ``{tokens: share}``, share being the phrase's count over
    the count of its rarer end token. ``seq`` holds the words, ``None`` where a run breaks."""
    info = {w: _word(w) for w in counts}
    firsts = {w for w, f in info.items() if f.first or f.verb_first}
    lasts = {w for w, f in info.items() if f.last}
    inner = {w for w, f in info.items() if f.inner}
    grams: Counter = Counter()
    grams.update((a, b) for a, b in zip(seq, seq[1:]) if a in firsts and b in lasts)
    if MAX_PHRASE_TOKENS >= 3:
        grams.update((a, b, c) for a, b, c in zip(seq, seq[1:], seq[2:])
                     if a in firsts and c in lasts and b in inner)
    kept: dict[tuple[str, ...], float] = {}
    for g, c in grams.items():
        if c < MIN_PHRASE_COUNT or sum(map(len, g)) > MAX_PHRASE_CHARS:
            continue
        # a verb before a two-character noun can modify it (担保费率); before a whole term it
        # governs it (允许 + 综合保税区, 负责 + 数据专区)
        if info[g[0]].verb_first and (c < MIN_VERB_PHRASE_COUNT or info[g[-1]].kind != "short"):
            continue
        share = c / min(counts[g[0]], counts[g[-1]])
        if share <= MIN_PHRASE_SHARE or not is_candidate("".join(g)) or not any(map(is_candidate, g)):
            continue
        kept[g] = share
    if kept:
        for g in _fragments(seq, kept):
            del kept[g]
    # drop a phrase that never occurs outside a longer kept phrase
    inside = {h[i:i + 2] for h in kept if len(h) == 3 for i in (0, 1) if grams.get(h[i:i + 2], 0) <= grams[h]}
    return {g: v for g, v in kept.items() if g not in inside}


def _fragments(seq: list[str | None], kept) -> list[tuple[str, ...]]:
    """Phrases that are pieces of a longer unit: every occurrence has the same content word just
    after it (人民政府管理专利 + 工作, 准备金企业所得税 + 税前) or just before it (担保 +
    业务收费). Boundary freedom, as in term discovery, read inside one text. A function word or a
    generic verb next to a phrase does not bind it (世界领先科技园区 + 建设 is a phrase)."""
    fw, gv = function_words(), generic_verbs()
    free = {None}
    left: dict[tuple[str, ...], set] = {}
    right: dict[tuple[str, ...], set] = {}
    firsts = {g[0] for g in kept}
    n_max = max(map(len, kept))
    last = len(seq)
    for i in [k for k, w in enumerate(seq) if w in firsts]:
        for n in range(2, n_max + 1):
            g = tuple(seq[i:i + n])
            if g in kept:
                left.setdefault(g, set()).add(seq[i - 1] if i > 0 else None)
                right.setdefault(g, set()).add(seq[i + n] if i + n < last else None)
    out = []
    for g in kept:
        for side in (left[g], right[g]):
            if len(side) == 1 and not side & free:
                (w,) = side
                if w not in fw and w not in gv:
                    out.append(g)
                    break
    return out


def _phrase_kind(text: str, parts: tuple[str, ...], quoted: bool) -> str:
    """The kind of a merged unit: an agency by its ending, a name when it begins with a person's
    name (邓小平 + 同志, 曾培炎 + 副总理), else quoted or phrase."""
    if is_agency(text):
        return "agency"
    if _person(parts[0]):
        return "name"
    return "quoted" if quoted else "phrase"


def _person(word: str) -> bool:
    tag = _dictionary_tags().get(word)
    return tag in _PERSON_TAGS if tag is not None else _user_tag(word) is None and _personal_name(word)


def _quoted(text: str, words: list[str], starts: list[int], ends: list[int]) -> set[tuple[str, ...]]:
    """Token sequences of the coinages the text puts in quotation marks (“十四五”, “小巨人”): a
    quoted run of two to eight Chinese characters that starts and ends on token boundaries and is
    neither a stop word, a function word nor a generic verb as a whole (found by bisection, so
    the cost is per quotation, not per token)."""
    out = set()
    n = len(starts)
    for s, e, q in quoted_terms(text):
        k = bisect_left(starts, s)
        if k == n or starts[k] != s:
            continue
        m = k
        while ends[m] < e and m + 1 < n and starts[m + 1] == ends[m]:
            m += 1
        if ends[m] == e:
            out.add(tuple(words[k:m + 1]))
    return out


def candidate_units(text: str, tokens: Sequence, *, phrases: bool = True, quoted: bool = True) -> Candidates:
    """The keyword candidates of a text, in order: tokens, coinages in quotation marks and
    keyphrases merged from adjacent tokens.

    Args:
        text: the text the tokens index.
        tokens: its tokens (objects with ``text``, ``start``, ``end``), e.g. from
            :func:`policytext.tokenize.tokenize`.
        phrases: merge recurring adjacent tokens into keyphrases.
        quoted: take what the text puts in quotation marks (“两新”, “十四五”) as a candidate, and
            its tokens as one unit wherever they occur.

    >>> from policytext.tokenize import tokenize
    >>> [u.text for u in candidate_units("2024年，推进科技创新。", tokenize("2024年，推进科技创新。"))]
    ['科技创新']
    >>> t = "“十四五”规划收官。"
    >>> [(u.text, u.kind) for u in candidate_units(t, tokenize(t))]
    [('十四五', 'quoted'), ('收官', 'short')]
    """
    words = [t.text for t in tokens]
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    info = {w: _word(w) for w in set(words)}
    han = {w for w, f in info.items() if f.han}
    cand = {w for w, f in info.items() if f.candidate}
    kinds = {w: f.kind for w, f in info.items() if f.candidate}
    # the word sequence with None where a run of adjacent Chinese tokens breaks, and for each
    # position the index of its token (comprehensions: this runs once per token)
    prev = [-1, *ends[:-1]]
    seq: list[str | None] = list(chain.from_iterable(
        ((w,) if s == p else (None, w)) if w in han else (None,)
        for w, s, p in zip(words, starts, prev)))
    tok_of: list[int] = list(chain.from_iterable(
        ((k,) if s == p else (-1, k)) if w in han else (-1,)
        for k, (w, s, p) in enumerate(zip(words, starts, prev))))

    merged: dict[tuple[str, ...], float] = {}
    if quoted:
        for g in _quoted(text, words, starts, ends):
            if len(g) == 1:
                # a quoted word is a coinage wherever it occurs (“三农”), unless it is a policy
                # term, a name or an agency already
                if g[0] not in cand or kinds[g[0]] in _WEAKER_THAN_QUOTED:
                    cand.add(g[0])
                    kinds[g[0]] = "quoted"
            else:
                merged[g] = math.inf  # placed before any phrase
    if phrases:
        counts = Counter(w for w in seq if w is not None)
        for g, share in _phrases(seq, counts).items():
            merged.setdefault(g, share)
    placed: dict[int, int] = {}
    taken: set[int] = set()
    if merged:
        firsts = {g[0] for g in merged}
        longest = max(map(len, merged))
        found = []
        for i in [k for k, w in enumerate(seq) if w in firsts]:
            for n in range(2, min(longest, len(seq) - i) + 1):  # whole phrases only
                share = merged.get(tuple(seq[i:i + n]))
                if share is not None:
                    found.append((-share, -n, i))
        for _, neg_n, i in sorted(found):
            span = range(i, i - neg_n)
            if not taken.intersection(span):
                placed[i] = -neg_n
                taken.update(span)
    positions = [i for i, w in enumerate(seq) if w in cand and i not in taken]
    if placed:
        positions = sorted(positions + list(placed))
        texts = ["".join(seq[i:i + placed[i]]) if i in placed else seq[i] for i in positions]
        last = [i + placed.get(i, 1) - 1 for i in positions]
        parts = {"".join(g): g for g in (tuple(seq[i:i + n]) for i, n in placed.items())}
        for t, g in parts.items():
            kinds[t] = _phrase_kind(t, g, merged.get(g) == math.inf)
    else:
        texts = [seq[i] for i in positions]
        last = positions
        parts = {}
    c_starts = [starts[tok_of[i]] for i in positions]
    c_ends = [ends[tok_of[i]] for i in last]
    named = _named(text, words, starts, ends)
    if named.units:
        texts, c_starts, c_ends = _with_named(texts, c_starts, c_ends, named, kinds)
    return Candidates(texts, c_starts, c_ends, parts, {t: kinds[t] for t in set(texts)})


def _with_named(texts: list[str], starts: list[int], ends: list[int], named, kinds: dict[str, str]):
    """The candidates with the named units of :mod:`.named` added, and without the token
    candidates other than policy terms inside a full name or a title (伙伴关系 in
    区域全面经济伙伴关系协定). Per named unit, not per token: the cost is a bisection each."""
    for u in named.units:
        kinds[u.term] = u.kind
    add = []
    for u in named.units:
        k = bisect_left(starts, u.start)
        if not (k < len(starts) and starts[k] == u.start and ends[k] == u.end and texts[k] == u.term):
            add.append((u.start, u.end, u.term))
    drop: set[int] = set()
    for cs, ce in named.covered:
        for k in range(bisect_left(starts, cs), bisect_left(starts, ce)):
            # a policy term keeps its occurrence inside a name (国际科技创新中心 in the title of
            # its law); a word there is a fragment of the name (伙伴关系)
            if kinds.get(texts[k]) != "term":
                drop.add(k)
    if not add and not drop:
        return texts, starts, ends
    if len(add) + len(drop) <= _FEW_EDITS:
        # a few edits in place (each a memmove), cheaper than rebuilding the lists
        texts, starts, ends = list(texts), list(starts), list(ends)
        for k in sorted(drop, reverse=True):
            del texts[k], starts[k], ends[k]
        for s, e, t in sorted(add, reverse=True):
            k = bisect_right(starts, s)
            texts.insert(k, t)
            starts.insert(k, s)
            ends.insert(k, e)
        return texts, starts, ends
    rows = [(s, e, t) for k, (s, e, t) in enumerate(zip(starts, ends, texts)) if k not in drop] if drop \
        else list(zip(starts, ends, texts))
    rows.extend(add)
    rows.sort()  # two sorted runs: linear
    return [r[2] for r in rows], [r[0] for r in rows], [r[1] for r in rows]
