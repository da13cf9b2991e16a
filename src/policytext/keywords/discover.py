"""Term discovery: multiword terms of a corpus, from frequency, cohesion and boundary freedom.

A policy term such as 国际科技创新中心 is a run of dictionary words (国际/科技/创新/中心) that
recurs (frequency), whose parts occur together far more often than chance (cohesion: the pointwise
mutual information of its weakest split) and that combines freely with what comes before and
after it (boundary freedom: the entropy of the characters on its left and on its right). This is
the method of new-word discovery for Chinese (Sproat & Shih 1990 for cohesion; the left/right
entropy criterion as popularised by Matrix67, 2012), run over jieba tokens instead of characters so
that the counts stay small: every n-gram of two to ``max_tokens`` tokens inside a run of Chinese
text is counted, larger n-grams only when their parts are frequent (apriori pruning).

Candidates never start with a function word or a generic verb, nor end with a function word, and
contain no digits. The list still needs a human review before it goes into a dictionary:
``scripts/discover_terms.py`` runs this over ``../shared/corpus`` and keeps the review decisions.

With a whitespace segmenter for the example (the default is jieba with the policy dictionary):

>>> texts = ["推进 数字 孪生 城市 建设", "开展 数字 孪生 城市 试点", "建设 数字 孪生 城市", "数字 经济", "孪生 兄弟"]
>>> [(c.term, c.count) for c in discover_terms(texts, min_count=3, min_pmi=1.0, min_entropy=0.5, cut=str.split)]
[('数字孪生城市', 3)]
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

import regex

from ..text import check_text, normalize
from .lexicon import function_words, generic_verbs

__all__ = ["TermCandidate", "discover_terms"]

_HAN_TOKEN = regex.compile(r"^\p{Han}+$")
_BOUNDARY = ""  # neighbour of an n-gram at the edge of a run of Chinese text


@dataclass(frozen=True, slots=True)
class TermCandidate:
    """A candidate term with the statistics that found it.

    Attributes:
        term: the term (its tokens joined).
        tokens: the jieba tokens it is made of.
        count: occurrences in the corpus.
        pmi: pointwise mutual information of its weakest split into two parts (natural log).
        left_entropy, right_entropy: entropy (nats) of the characters just before and after it;
            an edge of a run of Chinese text counts as a new character each time.
        score: ``log(count) * min(pmi, 8) * min(left_entropy, right_entropy)``, for ranking.
    """

    term: str
    tokens: tuple[str, ...]
    count: int
    pmi: float
    left_entropy: float
    right_entropy: float
    score: float

    def to_dict(self) -> dict:
        """The candidate as plain JSON-able values."""
        d = asdict(self)
        d["tokens"] = list(self.tokens)
        return d


def _runs(texts: Iterable[str], cut: Callable[[str], list[str]]) -> list[list[str]]:
    """Token runs: maximal sequences of all-Chinese tokens, per paragraph."""
    runs: list[list[str]] = []
    for text in texts:
        check_text(text, "discover_terms")
        for line in normalize(text).text.splitlines():
            if not line.strip():
                continue
            run: list[str] = []
            for tok in cut(line):
                if _HAN_TOKEN.match(tok):
                    run.append(tok)
                elif run:
                    runs.append(run)
                    run = []
            if run:
                runs.append(run)
    return runs


def _entropy(counter: Counter, edges: int) -> float:
    total = sum(counter.values()) + edges
    if not total:
        return 0.0
    h = -sum(c / total * math.log(c / total) for c in counter.values())
    if edges:  # each edge is a distinct neighbour
        h += edges / total * math.log(total)
    return h


def discover_terms(
    texts: Iterable[str],
    *,
    min_count: int = 5,
    min_pmi: float = 3.0,
    min_entropy: float = 1.0,
    max_tokens: int = 4,
    min_chars: int = 3,
    max_chars: int = 10,
    cut: Callable[[str], list[str]] | None = None,
) -> list[TermCandidate]:
    """Find multiword terms in ``texts``, best first.

    Args:
        texts: the corpus, one string per document.
        min_count: fewest occurrences of a candidate.
        min_pmi: least cohesion (PMI of the weakest split, natural log).
        min_entropy: least left and right boundary entropy (nats).
        max_tokens: longest candidate, in tokens.
        min_chars, max_chars: candidate length in characters.
        cut: the segmenter (a ``str -> list[str]`` function); default jieba with the policy
            dictionary, HMM off so that unknown words stay split into known pieces.

    Returns:
        :class:`TermCandidate` records sorted by ``score``, best first.

    >>> discover_terms([], min_count=1)
    []
    """
    for name, value in (("min_count", min_count), ("max_tokens", max_tokens), ("min_chars", min_chars),
                        ("max_chars", max_chars)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{name} must be a positive int, got {value!r}")
    if max_tokens < 2:
        raise ValueError(f"max_tokens must be at least 2, got {max_tokens!r}")
    if cut is None:
        from ..tokenize import cut as policy_cut

        def cut(line: str) -> list[str]:
            return policy_cut(line, hmm=False)

    runs = _runs(texts, cut)
    unigrams: Counter = Counter(tok for run in runs for tok in run)
    n_tokens = sum(unigrams.values())
    if not n_tokens:
        return []
    counts: dict[tuple[str, ...], int] = {(w,): c for w, c in unigrams.items()}
    frequent = {k for k, c in counts.items() if c >= min_count}
    for n in range(2, max_tokens + 1):
        grams: Counter = Counter()
        for run in runs:
            for i in range(len(run) - n + 1):
                g = tuple(run[i:i + n])
                if g[:-1] in frequent and g[1:] in frequent:
                    grams[g] += 1
        counts.update(grams)
        frequent = {k for k, c in grams.items() if c >= min_count}
        if not frequent:
            break

    fw, gv = function_words(), generic_verbs()
    wanted: dict[tuple[str, ...], float] = {}
    for g, c in counts.items():
        if len(g) < 2 or c < min_count:
            continue
        chars = sum(map(len, g))
        if not min_chars <= chars <= max_chars or g[0] in fw or g[0] in gv or g[-1] in fw:
            continue
        pmi = min(math.log(c * n_tokens / (counts[g[:k]] * counts[g[k:]])) for k in range(1, len(g)))
        if pmi >= min_pmi:
            wanted[g] = pmi
    if not wanted:
        return []

    left: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    right: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    left_edges: Counter = Counter()
    right_edges: Counter = Counter()
    lengths = sorted({len(g) for g in wanted})
    for run in runs:
        for n in lengths:
            for i in range(len(run) - n + 1):
                g = tuple(run[i:i + n])
                if g not in wanted:
                    continue
                if i:
                    left[g][run[i - 1][-1]] += 1
                else:
                    left_edges[g] += 1
                if i + n < len(run):
                    right[g][run[i + n][0]] += 1
                else:
                    right_edges[g] += 1

    out = []
    for g, pmi in wanted.items():
        le = _entropy(left[g], left_edges[g])
        re_ = _entropy(right[g], right_edges[g])
        if min(le, re_) < min_entropy:
            continue
        c = counts[g]
        score = math.log(c) * min(pmi, 8.0) * min(le, re_)
        out.append(TermCandidate("".join(g), g, c, round(pmi, 4), round(le, 4), round(re_, 4), round(score, 4)))
    # the same string from different segmentations: keep the best-scored one
    best: dict[str, TermCandidate] = {}
    for cand in out:
        if cand.term not in best or cand.score > best[cand.term].score:
            best[cand.term] = cand
    return sorted(best.values(), key=lambda c: (-c.score, c.term))
