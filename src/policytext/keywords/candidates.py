"""Keyword candidates of one text: filtered tokens, merged keyphrases, their counts and positions.

The steps, in order:

1. Tokens (jieba with the policy dictionary, computed once by the pipeline and passed in) are
   split into runs of adjacent Chinese tokens.
2. Keyphrases: sequences of two or three adjacent tokens are merged into one unit when they recur
   in the text (at least twice) and make up more than half of the occurrences of their rarer end
   token (世界领先 + 科技园区 -> 世界领先科技园区; 北京 + 科技创新 is too rare against 科技创新
   alone to merge). Both ends are nominal words of two or more characters, neither a function
   word nor a generic verb; no function word inside; the whole and at least one part pass the
   candidate test (习近平 + 总书记, two stop words, stay apart). A phrase
   that only ever occurs inside a longer merged phrase is dropped for the longer one.
3. Where phrases overlap (中关村世界领先 / 世界领先科技园区), the more cohesive one (larger
   share) is placed first, giving the text as a stream of units (tokens and phrases) with their
   offsets.
4. A unit is a keyword candidate when it passes :func:`~policytext.keywords.lexicon.is_candidate`
   and, for a single token, its dictionary part of speech is nominal (``data/nonkeyword_tags.tsv``).

>>> from policytext.tokenize import tokenize
>>> text = "依托世界领先科技园区建设。世界领先科技园区成效明显。"
>>> [(u.text, u.phrase, u.parts) for u in units(text, tokenize(text)) if u.candidate][0]
('世界领先科技园区', True, ('世界领先', '科技园区'))
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import read_table
from .lexicon import function_words, generic_verbs, is_candidate

__all__ = ["NONKEYWORD_TAGS_FILE", "Unit", "nominal", "units"]

NONKEYWORD_TAGS_FILE = "nonkeyword_tags.tsv"
MAX_PHRASE_TOKENS = 3
MAX_PHRASE_CHARS = 10
MIN_PHRASE_COUNT = 2
MIN_PHRASE_SHARE = 0.5

_HAN = regex.compile(r"^\p{Han}+$")
_LOCK = threading.Lock()
_NOMINAL: dict[str, bool] = {}


@dataclass(frozen=True, slots=True)
class Unit:
    """A token or merged keyphrase of the text, with its offsets."""

    text: str
    start: int
    end: int
    phrase: bool
    candidate: bool
    parts: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _excluded_tags() -> frozenset[str]:
    return frozenset(r["tag"] for r in read_table(NONKEYWORD_TAGS_FILE))


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
    from ..tokenize import _get_pos, get_tokenizer

    tag = get_tokenizer().user_word_tag_tab.get(word) or _get_pos().word_tag_tab.get(word)
    if tag is None:
        v = len(word) >= 3
    else:
        v = tag not in _excluded_tags()
    with _LOCK:
        _NOMINAL[word] = v
    return v


def _runs(text: str, tokens: Sequence) -> list[list]:
    """Runs of adjacent all-Chinese tokens."""
    runs: list[list] = []
    run: list = []
    prev_end = -1
    for tok in tokens:
        if _HAN.match(tok.text):
            if run and tok.start != prev_end:
                runs.append(run)
                run = []
            run.append(tok)
            prev_end = tok.end
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _phrases(runs: list[list], counts: Counter) -> dict[tuple[str, ...], float]:
    """Recurring cohesive token sequences: ``{tokens: share}``, share being the phrase's count over
    the count of its rarer end token."""
    fw, gv = function_words(), generic_verbs()
    grams: Counter = Counter()
    for run in runs:
        words = [t.text for t in run]
        for n in range(2, MAX_PHRASE_TOKENS + 1):
            for i in range(len(words) - n + 1):
                grams[tuple(words[i:i + n])] += 1
    kept: dict[tuple[str, ...], float] = {}
    for g, c in grams.items():
        if c < MIN_PHRASE_COUNT or sum(map(len, g)) > MAX_PHRASE_CHARS:
            continue
        first, last = g[0], g[-1]
        if len(first) < 2 or len(last) < 2 or first in fw or first in gv or last in fw or last in gv:
            continue
        if any(w in fw for w in g[1:-1]) or not (nominal(first) and nominal(last)):
            continue
        share = c / min(counts[first], counts[last])
        if share <= MIN_PHRASE_SHARE or not is_candidate("".join(g)) or not any(map(is_candidate, g)):
            continue
        kept[g] = share
    # drop a phrase that never occurs outside a longer kept phrase
    inside: set[tuple[str, ...]] = set()
    for h in kept:
        for n in range(2, len(h)):
            for i in range(len(h) - n + 1):
                g = h[i:i + n]
                if g in kept and grams[g] <= grams[h]:
                    inside.add(g)
    return {g: v for g, v in kept.items() if g not in inside}


def _place(run: list, merged: dict[tuple[str, ...], float]) -> dict[int, int]:
    """Non-overlapping phrase occurrences in a run, most cohesive first: ``{start index: length}``."""
    words = [t.text for t in run]
    found = []
    for n in range(2, MAX_PHRASE_TOKENS + 1):
        for i in range(len(words) - n + 1):
            share = merged.get(tuple(words[i:i + n]))
            if share is not None:
                found.append((-share, -n, i))
    taken = [False] * len(run)
    placed = {}
    for _, neg_n, i in sorted(found):
        n = -neg_n
        if not any(taken[i:i + n]):
            placed[i] = n
            for j in range(i, i + n):
                taken[j] = True
    return placed


def units(text: str, tokens: Sequence, *, phrases: bool = True) -> list[Unit]:
    """The text as a stream of units: tokens, and keyphrases merged from adjacent tokens.

    Args:
        text: the text the tokens index.
        tokens: its tokens (objects with ``text``, ``start``, ``end``), e.g. from
            :func:`policytext.tokenize.tokenize`.
        phrases: merge recurring adjacent tokens into keyphrases.
    """
    runs = _runs(text, tokens)
    merged: dict[tuple[str, ...], float] = {}
    if phrases:
        counts = Counter(t.text for run in runs for t in run)
        merged = _phrases(runs, counts)
    out: list[Unit] = []
    for run in runs:
        placed = _place(run, merged) if merged else {}
        i = 0
        while i < len(run):
            n = placed.get(i)
            if n:
                s, e = run[i].start, run[i + n - 1].end
                out.append(Unit(text[s:e], s, e, True, True, tuple(t.text for t in run[i:i + n])))
                i += n
            else:
                w = run[i].text
                out.append(Unit(w, run[i].start, run[i].end, False, is_candidate(w) and nominal(w)))
                i += 1
    return out
