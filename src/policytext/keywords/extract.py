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
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

from ..records import Keyword
from ..text import check_text
from .candidates import candidate_units, idf_shrink, policy_terms, termhood
from .idf import IDFTable, policy_idf
from .positions import heading_spans, salient_spans

__all__ = ["Method", "extract_keywords", "extract_keywords_by_section", "heading_spans", "keyword_tokens"]

Method = Literal["tfidf", "textrank", "combined"]
METHODS = ("tfidf", "textrank", "combined")
_SENTENCE_END = frozenset("。！？；!?;")
_WINDOW = 5
_DAMPING = 0.85
_ITERATIONS = 50
_TOLERANCE = 1e-4
_LONG_TEXT = 300  # characters; from here on a keyword must recur
_NEWLINE = re.compile(r"[\n\r\u2028\u2029]")
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# a target set for an indicator: a figure within a few characters after it and a target qualifier
# after the figure, inside the clause (增长6%以上, 拟按3.2%左右, 5.5%左右); a figure reported
# without one (增长5.2%) is a result, not a definition
_TARGET = re.compile(r"[^0-9０-９，。；;,、\n]{0,4}[0-9０-９][^，。；;,、\n]{0,8}?(?:左右|以上|以内|以下|上下)")


def _check(text, top_k, method) -> None:
    check_text(text, "extract_keywords")
    if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 0:
        raise ValueError(f"top_k must be a non-negative int, got {top_k!r}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def _tfidf(counts: Counter, weights: dict[str, float], stream, idf: IDFTable) -> dict[str, float]:
    parts, kinds = stream.parts, stream.kinds
    factor, shrink = termhood(), idf_shrink()
    prior = idf.mean_idf(policy_terms())
    out = {}
    for term in counts:
        if term in idf or term not in parts:
            w = idf.idf(term)
        else:
            w = max((idf.idf(p) for p in parts[term] if p in idf), default=idf.max_idf)
        k = kinds[term]
        if shrink[k]:
            w += shrink[k] * (prior - w)
        out[term] = (1 + math.log(weights[term])) * w * factor[k]
    return out


def _termhood_weighted(scores: dict[str, float], stream) -> dict[str, float]:
    factor, kinds = termhood(), stream.kinds
    return {t: v * factor[kinds[t]] for t, v in scores.items()}


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
    # incoming weights, normalised by the sender's out-degree once
    incoming = {n: [(m, w / out_sum[m]) for m, w in edges[n].items()] for n in nodes}
    score = dict.fromkeys(nodes, 1.0)
    for _ in range(_ITERATIONS):
        new = {n: (1 - _DAMPING) + _DAMPING * sum(score[m] * w for m, w in incoming[n]) for n in nodes}
        delta = max(abs(new[n] - score[n]) for n in nodes)
        score = new
        if delta < _TOLERANCE:
            break
    return score


def _paragraphs(text: str, stream, keep: set[str]) -> list[list[str]]:
    """The kept candidates of each paragraph (line), in order."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    paras: dict[int, list[str]] = defaultdict(list)
    for t, s in zip(stream.texts, stream.starts):
        if t in keep:
            paras[bisect_left(breaks, s)].append(t)
    return [paras[k] for k in sorted(paras)]


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
    stream = candidate_units(text, tokens, phrases=phrases)
    counts: Counter = Counter(stream.texts)
    weights: dict[str, float] = {t: float(c) for t, c in counts.items()}
    for hs, he in (salient_spans(text) if headings is None else headings):
        for t in stream.texts[bisect_left(stream.starts, hs):bisect_left(stream.starts, he)]:
            weights[t] += heading_weight - 1.0
    # an indicator given a target is defined there (赤字率拟按3.2%左右安排): once, as in a heading
    indicators = {t for t, k in stream.kinds.items() if k == "indicator"}
    defined = {t for t, e in zip(stream.texts, stream.ends) if t in indicators and _TARGET.match(text, e)} \
        if indicators else ()
    for t in defined:
        weights[t] += heading_weight - 1.0
    if min_count is None:
        min_count = 2 if len(text) >= _LONG_TEXT else 1
    keep = {t for t, w in weights.items() if w >= min_count}
    if not keep:
        return {}, counts
    if method == "textrank":
        scores = _termhood_weighted(_textrank(_paragraphs(text, stream, keep)), stream)
    else:
        scores = _tfidf(Counter({t: counts[t] for t in keep}), weights, stream, table)
        if method == "combined":
            tr = _scale(_termhood_weighted(_textrank(_paragraphs(text, stream, keep)), stream))
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
    return candidate_units(text, tokenize(text), phrases=False).texts


def _span(section) -> tuple[int, int]:
    if isinstance(section, tuple) and len(section) == 2:
        return int(section[0]), int(section[1])
    if hasattr(section, "start") and hasattr(section, "end"):
        return int(section.start), int(section.end)
    raise TypeError(f"a section is a (start, end) tuple or a record with start/end, got {section!r}")


def extract_keywords_by_section(
    text: str,
    sections: Iterable,
    *,
    top_k: int = 10,
    tokens: Sequence | None = None,
    idf: IDFTable | None = None,
    headings: Iterable[tuple[int, int]] | None = None,
    heading_weight: float = 2.0,
    min_count: int | None = None,
) -> list[list[Keyword]]:
    """Keywords of each section of a text, read against the whole document.

    Running a keyword extractor on each section alone gives poor lists: a section is short, so
    few terms recur in it, keyphrases cannot be recognised and a word that happens to occur once
    with a high IDF ranks first. Here candidates and keyphrases come from the whole text, a term
    must recur in the document (``min_count``, as for :func:`extract_keywords`) and occur in the
    section, and it is scored by its TF-IDF inside the section, so that each list names what
    its section is about. (Weighting by the document-level count as well made the six lists of
    the seed share more terms, 48% instead of 28%, for one more gold term in sixty.)

    Args:
        text: the whole text.
        sections: ``(start, end)`` spans or records with ``start``/``end`` (such as
            :class:`~policytext.records.Section` from ``Document.sections``), one list per section.
        top_k, tokens, idf, headings, heading_weight, min_count: as for :func:`extract_keywords`.

    Returns:
        One list of :class:`~policytext.records.Keyword` per section, in the order given; a
        keyword's ``count`` is its count in the section.

    >>> t = "一、数字经济\\n发展数字经济，做强数字经济。\\n二、绿色低碳\\n推动绿色低碳生活和数字经济融合，倡导绿色低碳。"
    >>> spans = [(0, t.index("二、")), (t.index("二、"), len(t))]
    >>> [[k.term for k in ks] for ks in extract_keywords_by_section(t, spans, min_count=2)]
    [['数字经济'], ['绿色低碳', '数字经济']]
    """
    _check(text, top_k, "tfidf")
    spans = [_span(s) for s in sections]
    if not text.strip():
        return [[] for _ in spans]
    if tokens is None:
        from ..tokenize import tokenize

        tokens = tokenize(text)
    table = idf if idf is not None else policy_idf()
    stream = candidate_units(text, tokens)
    doc_counts = Counter(stream.texts)
    if min_count is None:
        min_count = 2 if len(text) >= _LONG_TEXT else 1
    heading_at = sorted(salient_spans(text) if headings is None else headings)
    out = []
    for start, end in spans:
        lo, hi = bisect_left(stream.starts, start), bisect_left(stream.starts, end)
        counts = Counter(stream.texts[lo:hi])
        weights = {t: float(c) for t, c in counts.items()}
        for hs, he in heading_at:
            if start <= hs < end:
                for t in stream.texts[bisect_left(stream.starts, hs):bisect_left(stream.starts, he)]:
                    weights[t] += heading_weight - 1.0
        keep = Counter({t: c for t, c in counts.items() if doc_counts[t] >= min_count})
        scores = _tfidf(keep, weights, stream, table)
        ranked = sorted(scores, key=lambda t: (-scores[t], -counts[t], t))
        out.append([Keyword(t, round(scores[t], 6), counts[t]) for t in _select(ranked, counts, top_k)])
    return out
