"""Keyword candidates of one text: filtered tokens and merged keyphrases, with their offsets.

The steps, in order:

1. Tokens (jieba with the policy dictionary, computed once by the pipeline and passed in) are
   read as runs of adjacent Chinese tokens; anything else (digits, punctuation, a gap) breaks a run.
2. Keyphrases: sequences of two or three adjacent tokens are merged into one unit when they recur
   in the text (at least twice) and make up more than half of the occurrences of their rarer end
   token (世界领先 + 科技园区 -> 世界领先科技园区; 北京 + 科技创新 is too rare against 科技创新
   alone to merge). Both ends are nominal words of two or more characters, neither a function
   word nor a generic verb; no function word inside; the whole and at least one part pass the
   candidate test (习近平 + 总书记, two stop words, stay apart). A phrase that only ever occurs
   inside a longer merged phrase is dropped for the longer one.
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

import threading
from collections import Counter
from itertools import chain
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import read_table
from .lexicon import function_words, generic_verbs, is_candidate

__all__ = ["NONKEYWORD_TAGS_FILE", "Candidates", "Unit", "candidate_units", "nominal"]

NONKEYWORD_TAGS_FILE = "nonkeyword_tags.tsv"
MAX_PHRASE_TOKENS = 3
MAX_PHRASE_CHARS = 10
MIN_PHRASE_COUNT = 2
MIN_PHRASE_SHARE = 0.5

_HAN = regex.compile(r"^\p{Han}+$")
_LOCK = threading.Lock()
_NOMINAL: dict[str, bool] = {}
# per distinct word: (is Chinese, is a candidate, can end a phrase, is a function word)
_WORD: dict[str, tuple[bool, bool, bool, bool]] = {}
_WORD_CACHE_MAX = 200_000


@dataclass(frozen=True, slots=True)
class Unit:
    """A keyword candidate in the text: a token or a merged keyphrase, with its offsets.

    ``parts`` holds the tokens of a merged keyphrase (empty for a single token).
    """

    text: str
    start: int
    end: int
    parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Candidates:
    """The candidates of a text as parallel lists (one entry per occurrence, in text order);
    ``parts`` maps each merged keyphrase to its tokens. Iterating gives :class:`Unit` records."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    parts: dict[str, tuple[str, ...]]

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self):
        for t, s, e in zip(self.texts, self.starts, self.ends):
            yield Unit(t, s, e, self.parts.get(t, ()))


@lru_cache(maxsize=1)
def _excluded_tags() -> frozenset[str]:
    return frozenset(r["tag"] for r in read_table(NONKEYWORD_TAGS_FILE))


@lru_cache(maxsize=1)
def _dictionary_tags() -> dict[str, str]:
    """``{word: tag}`` of jieba's main dictionary (``word freq tag`` per line). Read directly:
    twice as fast as building ``jieba.posseg.POSTokenizer``, which reads the same file."""
    from ..tokenize import get_tokenizer

    with get_tokenizer().get_dict_file() as fh:
        parts = fh.read().decode("utf-8").split()
    if len(parts) % 3:  # a line without a tag: fall back to posseg's own reader
        from ..tokenize import _get_pos

        return dict(_get_pos().word_tag_tab)
    return dict(zip(parts[0::3], parts[2::3]))


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
    from ..tokenize import get_tokenizer

    tag = get_tokenizer().user_word_tag_tab.get(word) or _dictionary_tags().get(word)
    v = len(word) >= 3 if tag is None else tag not in _excluded_tags()
    with _LOCK:
        _NOMINAL[word] = v
    return v


def _word(w: str) -> tuple[bool, bool, bool, bool]:
    info = _WORD.get(w)
    if info is None:
        han = bool(_HAN.match(w))
        fw, gv = function_words(), generic_verbs()
        is_fw = w in fw
        cand = han and is_candidate(w) and nominal(w)
        end_ok = han and len(w) >= 2 and not is_fw and w not in gv and nominal(w)
        info = (han, cand, end_ok, is_fw)
        with _LOCK:
            if len(_WORD) >= _WORD_CACHE_MAX:
                _WORD.clear()
            _WORD[w] = info
    return info


def _phrases(seq: list[str | None], counts: Counter) -> dict[tuple[str, ...], float]:
    """Recurring cohesive token sequences: ``{tokens: share}``, share being the phrase's count over
    the count of its rarer end token. ``seq`` holds the words, ``None`` where a run breaks."""
    ends = {w for w in counts if _word(w)[2]}
    inner = {w for w in counts if not _word(w)[3]}
    grams: Counter = Counter()
    grams.update((a, b) for a, b in zip(seq, seq[1:]) if a in ends and b in ends)
    if MAX_PHRASE_TOKENS >= 3:
        grams.update((a, b, c) for a, b, c in zip(seq, seq[1:], seq[2:])
                     if a in ends and c in ends and b in inner)
    kept: dict[tuple[str, ...], float] = {}
    for g, c in grams.items():
        if c < MIN_PHRASE_COUNT or sum(map(len, g)) > MAX_PHRASE_CHARS:
            continue
        share = c / min(counts[g[0]], counts[g[-1]])
        if share <= MIN_PHRASE_SHARE or not is_candidate("".join(g)) or not any(map(is_candidate, g)):
            continue
        kept[g] = share
    # drop a phrase that never occurs outside a longer kept phrase
    inside = {h[i:i + 2] for h in kept if len(h) == 3 for i in (0, 1) if grams.get(h[i:i + 2], 0) <= grams[h]}
    return {g: v for g, v in kept.items() if g not in inside}


def candidate_units(text: str, tokens: Sequence, *, phrases: bool = True) -> Candidates:
    """The keyword candidates of a text, in order: tokens, and keyphrases merged from adjacent
    tokens.

    Args:
        text: the text the tokens index.
        tokens: its tokens (objects with ``text``, ``start``, ``end``), e.g. from
            :func:`policytext.tokenize.tokenize`.
        phrases: merge recurring adjacent tokens into keyphrases.

    >>> from policytext.tokenize import tokenize
    >>> [u.text for u in candidate_units("2024年，推进科技创新。", tokenize("2024年，推进科技创新。"))]
    ['科技创新']
    """
    words = [t.text for t in tokens]
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    info = {w: _word(w) for w in set(words)}
    han = {w for w, f in info.items() if f[0]}
    cand = {w for w, f in info.items() if f[1]}
    # the word sequence with None where a run of adjacent Chinese tokens breaks, and for each
    # position the index of its token (comprehensions: this runs once per token)
    prev = [-1, *ends[:-1]]
    seq: list[str | None] = list(chain.from_iterable(
        ((w,) if s == p else (None, w)) if w in han else (None,)
        for w, s, p in zip(words, starts, prev)))
    tok_of: list[int] = list(chain.from_iterable(
        ((k,) if s == p else (-1, k)) if w in han else (-1,)
        for k, (w, s, p) in enumerate(zip(words, starts, prev))))

    placed: dict[int, int] = {}
    taken: set[int] = set()
    if phrases:
        counts = Counter(w for w in seq if w is not None)
        merged = _phrases(seq, counts)
        if merged:
            firsts = {g[0] for g in merged}
            found = []
            for i in [k for k, w in enumerate(seq) if w in firsts]:
                for n in range(2, min(MAX_PHRASE_TOKENS, len(seq) - i) + 1):  # whole phrases only
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
    else:
        texts = [seq[i] for i in positions]
        last = positions
        parts = {}
    return Candidates(texts, [starts[tok_of[i]] for i in positions], [ends[tok_of[i]] for i in last], parts)
