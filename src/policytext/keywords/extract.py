"""extract_keywords(): TF-IDF against a policy IDF, TextRank, or both combined.

Candidates come from :func:`policytext.keywords.candidates.units` (policy-dictionary tokens and
keyphrases merged from adjacent tokens; numbers, dates, function words, generic verbs and stop
words never qualify). Then:

- ``tfidf``: ``(1 + ln tf) * idf``, with tf the occurrences of the unit (occurrences in the title
  and headings count ``heading_weight`` times) and idf from the policy IDF (``data/idf.json``) or
  the table a :class:`KeywordExtractor` was fitted on. A merged keyphrase the table does not hold
  gets the largest IDF of its parts (a phrase is at least as specific as its most specific word).
- ``textrank``: PageRank (damping 0.85) over the co-occurrence graph of candidate units within a
  window of 5 candidates inside a paragraph (Mihalcea & Tarau 2004). Unlike
  ``jieba.analyse.textrank`` there is no part-of-speech allow-list that drops the policy
  dictionary's ``nz`` terms: the filter is the candidate test above.
- ``combined``: the geometric mean of the two scores, each scaled to a maximum of 1.

In a text of 300 characters or more, a keyword must occur at least twice (``min_count``).
A term contained in a better-ranked keyword is skipped when it occurs fewer than twice on its own
(its occurrences inside a merged keyphrase do not count).

>>> [(k.term, k.count) for k in extract_keywords("发展新质生产力。新质生产力是创新起主导作用的先进生产力。")]
[('新质生产力', 2), ('主导作用', 1)]
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

from ..records import Keyword
from ..text import check_text, split_paragraphs
from .candidates import units
from .idf import IDFTable, policy_idf

__all__ = ["Method", "extract_keywords", "heading_spans", "keyword_tokens"]

Method = Literal["tfidf", "textrank", "combined"]
METHODS = ("tfidf", "textrank", "combined")
_SENTENCE_END = frozenset("。！？；!?;")
_WINDOW = 5
_DAMPING = 0.85
_ITERATIONS = 50
_LONG_TEXT = 300  # characters; from here on a keyword must recur


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that look like a title or heading: short (at most 50 characters) and
    not ending like a sentence.

    >>> heading_spans("一、总体要求\\n坚持稳中求进。\\n")
    [(0, 6)]
    """
    out = []
    for p in split_paragraphs(text):
        if len(p.text) <= 50 and p.text[-1] not in _SENTENCE_END:
            out.append((p.start, p.end))
    return out


def _check(text, top_k, method) -> None:
    check_text(text, "extract_keywords")
    if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 0:
        raise ValueError(f"top_k must be a non-negative int, got {top_k!r}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def _tfidf(counts: Counter, weights: dict[str, float], parts: dict[str, tuple[str, ...]],
           idf: IDFTable) -> dict[str, float]:
    out = {}
    for term, tf in counts.items():
        if term in idf or term not in parts:
            w = idf.idf(term)
        else:
            w = max((idf.idf(p) for p in parts[term] if p in idf), default=idf.max_idf)
        out[term] = (1 + math.log(weights[term])) * w
    return out


def _textrank(stream: list[list[str]]) -> dict[str, float]:
    edges: dict[str, Counter] = defaultdict(Counter)
    for para in stream:
        for i, a in enumerate(para):
            for b in para[i + 1:i + _WINDOW]:
                if a != b:
                    edges[a][b] += 1
                    edges[b][a] += 1
    if not edges:
        return {}
    nodes = list(edges)
    out_sum = {n: sum(edges[n].values()) for n in nodes}
    score = dict.fromkeys(nodes, 1.0)
    for _ in range(_ITERATIONS):
        new = {}
        for n in nodes:
            new[n] = (1 - _DAMPING) + _DAMPING * sum(score[m] * w / out_sum[m] for m, w in edges[n].items())
        delta = max(abs(new[n] - score[n]) for n in nodes)
        score = new
        if delta < 1e-6:
            break
    return score


def _scale(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values(), default=0.0)
    return {k: v / top for k, v in scores.items()} if top > 0 else {}


def _select(ranked: list[str], counts: Counter, top_k: int) -> list[str]:
    chosen: list[str] = []
    for term in ranked:
        if len(chosen) >= top_k:
            break
        inside = [c for c in chosen if term in c]
        if inside and counts[term] < 2:
            continue
        chosen.append(term)
    return chosen


def score_candidates(
    text: str,
    *,
    method: Method = "tfidf",
    tokens: Sequence | None = None,
    idf: IDFTable | None = None,
    headings: Iterable[tuple[int, int]] | None = None,
    heading_weight: float = 2.0,
    min_count: int | None = None,
    phrases: bool = True,
) -> tuple[dict[str, float], Counter]:
    """Score every keyword candidate of ``text``; returns ``(scores, counts)`` (see
    :func:`extract_keywords` for the arguments)."""
    if tokens is None:
        from ..tokenize import tokenize

        tokens = tokenize(text)
    table = idf if idf is not None else policy_idf()
    stream = units(text, tokens, phrases=phrases)
    spans = sorted(heading_spans(text) if headings is None else headings)
    counts: Counter = Counter()
    weights: dict[str, float] = defaultdict(float)
    parts: dict[str, tuple[str, ...]] = {}
    paragraphs: list[list[str]] = []
    para: list[str] = []
    last_end = 0
    h = 0
    for u in stream:
        if "\n" in text[last_end:u.start] and para:
            paragraphs.append(para)
            para = []
        last_end = u.end
        if not u.candidate:
            continue
        para.append(u.text)
        counts[u.text] += 1
        while h < len(spans) and spans[h][1] <= u.start:
            h += 1
        in_heading = h < len(spans) and spans[h][0] <= u.start < spans[h][1]
        weights[u.text] += heading_weight if in_heading else 1.0
        if u.phrase and u.text not in parts:
            parts[u.text] = u.parts
    if para:
        paragraphs.append(para)
    if min_count is None:
        min_count = 2 if len(text) >= _LONG_TEXT else 1
    keep = {t for t, c in counts.items() if c >= min_count}
    if not keep:
        return {}, counts
    if method == "textrank":
        scores = _textrank([[t for t in p if t in keep] for p in paragraphs])
    else:
        scores = _tfidf(Counter({t: counts[t] for t in keep}), weights, parts, table)
        if method == "combined":
            tr = _scale(_textrank([[t for t in p if t in keep] for p in paragraphs]))
            tf = _scale(scores)
            scores = {t: math.sqrt(tf[t] * tr.get(t, 0.0)) for t in tf}
    return {t: s for t, s in scores.items() if t in keep}, counts


def extract_keywords(
    text: str,
    *,
    top_k: int = 20,
    method: Method = "tfidf",
    tokens: Sequence | None = None,
    idf: IDFTable | None = None,
    headings: Iterable[tuple[int, int]] | None = None,
    heading_weight: float = 2.0,
    min_count: int | None = None,
    phrases: bool = True,
) -> list[Keyword]:
    """The ``top_k`` keywords of a policy text, best first.

    Args:
        text: the text.
        top_k: how many keywords to return.
        method: ``"tfidf"`` (policy IDF), ``"textrank"`` or ``"combined"``.
        tokens: the text's tokens from :func:`policytext.tokenize.tokenize` (or the pipeline's
            ``Context.tokens``), to avoid segmenting twice.
        idf: an :class:`~policytext.keywords.idf.IDFTable`; default the policy IDF.
        headings: ``(start, end)`` spans of the title and headings; default
            :func:`heading_spans`. Pass ``[]`` to weight nothing.
        heading_weight: what an occurrence in a heading counts for (1.0: no heading weight).
        min_count: fewest occurrences of a keyword (default 2 in texts of 300 characters or
            more, else 1).
        phrases: merge recurring adjacent tokens into keyphrases.

    Returns:
        :class:`~policytext.records.Keyword` records (term, score, count), best first.

    >>> extract_keywords("")
    []
    >>> extract_keywords("加快形成新质生产力", method="textrank")
    []
    >>> extract_keywords("加快形成新质生产力", method="tfidf")[0].term
    '新质生产力'
    """
    _check(text, top_k, method)
    if not text.strip() or top_k == 0:
        return []
    scores, counts = score_candidates(
        text, method=method, tokens=tokens, idf=idf, headings=headings,
        heading_weight=heading_weight, min_count=min_count, phrases=phrases,
    )
    ranked = sorted(scores, key=lambda t: (-scores[t], -counts[t], t))
    return [Keyword(t, round(scores[t], 6), counts[t]) for t in _select(ranked, counts, top_k)]


def keyword_tokens(text: str) -> list[str]:
    """The keyword-candidate tokens of ``text``, in order (no phrase merging): a module-level,
    picklable tokenizer for ``TfidfVectorizer(tokenizer=keyword_tokens, token_pattern=None,
    lowercase=False)``.

    >>> keyword_tokens("2024年，加快培育新质生产力和专精特新企业")
    ['新质生产力', '专精特新', '企业']
    """
    from ..tokenize import tokenize

    check_text(text, "keyword_tokens")
    return [u.text for u in units(text, tokenize(text), phrases=False) if u.candidate]
