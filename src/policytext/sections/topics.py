"""Section topics: what each level-1 section is about.

Zero-shot (:func:`assign_topics`): each topic is a label with a short description
(``{"转化": "科技成果转化、专利和技术转移，孵化服务"}``). The description's terms (its words, the
label itself, and the words of compounds split by jieba) are counted in each section; a term
weighs by how specific it is to that section among the document's sections (an inverse section
frequency: 发展 or 建设, everywhere, weigh nothing) and by how often it occurs (log-scaled). The
section gets the label with the highest score per description term; a section that shares no
specific term with any description gets ``None``. Without ``topics`` the default policy-field
taxonomy of ``data/sections/topics.tsv`` is used (科技创新, 产业发展, 财政金融, 就业民生 …).

Supervised (:class:`SectionClassifier`): a scikit-learn estimator (TF-IDF over the policytext
tokenizer + logistic regression) for users who have sections labelled with their own scheme.

>>> text = "一、加强实验室建设\\n建设国家实验室和重点实验室。\\n二、支持企业发展\\n培育独角兽企业和中小企业。"
>>> [s.topic for s in assign_topics(text, topics={"平台": "实验室建设", "主体": "企业培育、中小企业"})]
['平台', '主体']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

import regex

from .._estimator import StringClassifierMixin, not_fitted_error
from ..data import data_path, read_lines, read_table
from ..records import Section
from ..text import NormalizedText, check_text
from .structure import Structure, parse_structure

__all__ = ["SectionClassifier", "assign_topics", "default_topics", "topic_scores"]

_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def default_topics() -> dict[str, str]:
    """The default policy-field taxonomy: ``{label: description}`` from ``data/sections/topics.tsv``.

    >>> "科技创新" in default_topics()
    True
    """
    return {r["label"]: r["description"] for r in read_table(data_path("sections/topics.tsv"))}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(read_lines("function_words.txt"))


@lru_cache(maxsize=256)
def _terms(label: str, description: str) -> tuple[str, ...]:
    """The terms of a topic: the label, the description's words and the parts of its compounds."""
    from ..tokenize import cut

    fw = _function_words()
    out = {}
    for piece in [label, *cut(description)]:
        piece = piece.strip()
        if len(piece) < 2 or not _HAN.search(piece) or piece in fw:
            continue
        out[piece] = None
        if len(piece) >= 4:  # 科技成果转化 also counts as 成果转化 / 转化 via its jieba parts
            for part in cut(piece, hmm=False):
                if len(part) >= 2 and part not in fw:
                    out[part] = None
    return tuple(out)


def _check_topics(topics: Mapping[str, str] | None) -> dict[str, str]:
    if topics is None:
        return default_topics()
    if not isinstance(topics, Mapping):
        raise TypeError(f"topics must be a dict {{label: description}}, got {type(topics).__name__}")
    for k, v in topics.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise TypeError(f"topics must map str labels to str descriptions, got {k!r}: {v!r}")
    return dict(topics)


#: How much a description term in a section's heading weighs, against one occurrence in its text:
#: a heading names what its section is about (二、2025年工作安排 is the plan, whatever its
#: subsections discuss).
HEADING_WEIGHT = 3.0


def topic_scores(texts: Sequence[str], topics: Mapping[str, str] | None = None, *,
                 headings: Sequence[str] | None = None) -> list[dict[str, float]]:
    """Score every text (a section) against every topic by weighted term overlap.

    Args:
        texts: the sections' texts (the sections of one document, so that terms common to all of
            them weigh little).
        topics: ``{label: description}``; the default taxonomy when ``None``.
        headings: the sections' heading titles, if known: a description term in a heading adds
            :data:`HEADING_WEIGHT` times its specificity among the headings.

    Returns:
        One ``{label: score}`` per text; 0 when no term of the label is in the text.

    >>> s = topic_scores(["建设国家实验室。", "培育中小企业。"], {"平台": "实验室", "主体": "中小企业"})
    >>> [max(d, key=d.get) for d in s]
    ['平台', '主体']
    """
    topics = _check_topics(topics)
    terms = {label: _terms(label, description) for label, description in topics.items()}
    vocabulary = sorted({t for ts in terms.values() for t in ts}, key=len, reverse=True)
    out: list[dict[str, float]] = [dict.fromkeys(topics, 0.0) for _ in texts]
    if not vocabulary:
        return out
    # one scan per text: the counts of every term, overlapping ones included (实验室 in 国家实验室)
    counts: list[dict[str, int]] = []
    for t in texts:  # terms are Chinese words: the raw text is counted, no normalisation needed
        counts.append({term: t.count(term) for term in vocabulary if term in t})
    n = len(texts)
    df = {term: sum(1 for c in counts if c.get(term)) for term in vocabulary}
    in_heading: list[set[str]] = [set() for _ in texts]
    heading_idf: dict[str, float] = {}
    if headings is not None:
        if len(headings) != n:
            raise ValueError(f"topic_scores got {n} texts but {len(headings)} headings")
        in_heading = [{term for term in vocabulary if term in (h or "")} for h in headings]
        for term in set().union(*in_heading):  # smoothed: a term in every heading still counts a little
            heading_idf[term] = math.log((n + 1) / sum(1 for h in in_heading if term in h))
    for label, ts in terms.items():
        if not ts:
            continue
        norm = math.sqrt(len(ts))
        weights = {term: math.log(n / df[term]) if n > 1 else 1.0 for term in ts if df[term]}
        for i, c in enumerate(counts):
            score = 0.0
            for term, idf in weights.items():
                k = c.get(term)
                if k and idf > 0:
                    score += idf * (1.0 + math.log(k))
            for term in in_heading[i].intersection(ts):
                score += HEADING_WEIGHT * heading_idf[term]
            out[i][label] = score / norm
    return out


def assign_topics(
    text: str,
    *,
    topics: Mapping[str, str] | None = None,
    structure: Structure | None = None,
    normalized: NormalizedText | None = None,
) -> list[Section]:
    """The level-1 sections of ``text``, each with its best topic (zero-shot).

    Args:
        text: the document.
        topics: ``{label: description}``; the default taxonomy (:func:`default_topics`) when ``None``.
        structure: its :func:`parse_structure` result, if already computed.
        normalized: its :func:`~policytext.text.normalize` result, if already computed.

    Returns:
        The top-level sections (with their children) with ``topic`` set, or ``None`` for a section
        that shares no specific term with any topic.
    """
    check_text(text, "assign_topics")
    topics = _check_topics(topics)
    if structure is None:
        structure = parse_structure(text, normalized=normalized)
    sections = list(structure.sections)
    if not sections or not topics:
        return sections
    scores = topic_scores([text[s.start:s.end] for s in sections], topics, headings=[s.title for s in sections])
    out = []
    for s, sc in zip(sections, scores):
        best = max(sc, key=sc.get) if sc else None
        out.append(replace(s, topic=best if best is not None and sc[best] > 0 else None))
    return out


# -- supervised --------------------------------------------------------------------------------


class SectionClassifier(StringClassifierMixin):
    """Section topics learned from your labelled sections (scikit-learn estimator contract).

    TF-IDF over the policytext tokenizer (:func:`policytext.tokenize.cut`, so it pickles) followed
    by a logistic regression. ``X`` is a sequence of section texts, ``y`` their labels.

    Args:
        C: inverse regularisation strength of the logistic regression.
        ngram_range: word n-gram range of the TF-IDF.
        min_df: terms in fewer sections are dropped.
        class_weight: ``None`` or ``"balanced"``.

    >>> clf = SectionClassifier().fit(["建设实验室和科研平台。", "培育中小企业。", "新建实验室。", "扶持企业。"],
    ...                               ["平台", "主体", "平台", "主体"])
    >>> clf.predict(["布局实验室。"]).tolist()
    ['平台']
    """

    def __init__(self, *, C: float = 10.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 1,
                 class_weight: str | None = None):
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.class_weight = class_weight

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "classes_")

    @staticmethod
    def _texts(X) -> list[str]:
        if isinstance(X, (str, bytes)) or not isinstance(X, Iterable):
            raise TypeError(f"SectionClassifier expects a sequence of section texts, got {type(X).__name__}")
        texts = list(X)
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"SectionClassifier expects str section texts, got {type(t).__name__}")
        return texts

    def fit(self, X, y) -> "SectionClassifier":
        """Learn from section texts ``X`` and their labels ``y``; returns ``self``."""
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        from ..tokenize import cut

        texts = self._texts(X)
        labels = np.asarray([str(v) for v in y], dtype=object)
        if len(texts) != len(labels):
            raise ValueError(f"X has {len(texts)} sections but y has {len(labels)} labels")
        if len(set(labels)) < 2:
            raise ValueError(f"SectionClassifier needs at least 2 classes in y, got {sorted(set(labels))}")
        vec = TfidfVectorizer(tokenizer=cut, token_pattern=None, lowercase=False,
                              ngram_range=tuple(self.ngram_range), min_df=self.min_df, sublinear_tf=True)
        matrix = vec.fit_transform(texts)
        lr = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000)
        lr.fit(matrix, labels)
        self.vectorizer_ = vec
        self.model_ = lr
        self.classes_ = lr.classes_
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "classes_"):
            raise not_fitted_error()("This SectionClassifier is not fitted yet: call fit(texts, labels) first")

    def predict_proba(self, X):
        """Label probabilities (rows: sections, columns: :attr:`classes_`)."""
        self._check_fitted()
        return self.model_.predict_proba(self.vectorizer_.transform(self._texts(X)))

    def predict(self, X):
        """The most likely label of each section."""
        self._check_fitted()
        return self.model_.predict(self.vectorizer_.transform(self._texts(X)))

    def score(self, X, y) -> float:
        """Accuracy on ``X``, ``y``."""
        pred = self.predict(X)
        y = [str(v) for v in y]
        return float(sum(str(a) == b for a, b in zip(pred, y)) / len(y)) if y else 0.0
