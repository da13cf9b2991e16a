"""Sentence roles: quote, background, measure, achievement, plan or other.

What each role means (the labels of the seed gold and of ``training/roles.tsv``):

- **quote**: a leader's words quoted as direction (习近平总书记指出，“…”);
- **background**: framing, significance, definitions, general principles (企业是创新的主体。);
- **measure**: actions taken or under way, and the provisions of a directive or a law;
- **achievement**: results, figures, rankings reached (2024年末，有效发明专利66.3万件);
- **plan**: commitments and targets for the future (面向新征程，我们将…; 力争…);
- **other**: title, byline, headings, page furniture.

Two classifiers share one view of a sentence, :class:`SentenceContext`: the words of the sentence,
the cues of ``data/sections/role_cues.tsv`` found in it and in the first sentence of its
paragraph (a paragraph opened by 面向新征程，我们将… keeps talking about the future), the headings
above it (工作回顾 or 重点工作), the kind of document (directive, report, plan, article) and how the
years it mentions compare with the document's own date.

- :func:`rule_role` is the transparent baseline: a fixed order of cue rules, readable in the code.
- :class:`RoleClassifier` is a scikit-learn estimator (logistic regression over those features plus
  the baseline's answer). The package ships one trained on hand-labelled corpus sentences
  (``data/sections/roles_model.json``: vocabulary and coefficients, no pickle); ``fit()`` trains
  your own on your labels.

:func:`classify_sentences` gives every sentence of a text its role.

>>> [s.role for s in classify_sentences("2024年，研发投入增长8.3%。\\n面向新征程，我们将加快建设科技强国。")]
['achievement', 'plan']
"""

from __future__ import annotations

import inspect
import json
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import regex

from ..data import data_path, read_json, read_table
from ..errors import ModelError
from ..records import Sentence, Span
from ..text import NormalizedText, check_text, normalize, split_paragraphs, split_sentences
from .structure import Structure, iter_sections, parse_structure

__all__ = [
    "ROLES",
    "RoleClassifier",
    "SentenceContext",
    "classify_sentences",
    "load_role_model",
    "role_features",
    "rule_role",
    "sentence_contexts",
    "sentence_cues",
]

#: The sentence roles, in a fixed order.
ROLES = ("quote", "background", "measure", "achievement", "plan", "other")
DocKind = Literal["directive", "plan", "report"]

_MODEL_FILE = "sections/roles_model.json"
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?=年)")
_PUNCT = regex.compile(r"^[\p{P}\p{S}\s\d.]+$")
_HEAD_REVIEW = regex.compile(r"回顾|过去|成就|成绩|成效|进展|总结|以来|情况")
_HEAD_FUTURE = regex.compile(r"今后|任务|安排|部署|目标|要求|重点工作|建议|展望|措施|保障|思路|举措|方向|计划")
_DIRECTIVE_END = regex.compile(r"(?:通知|意见|办法|方案|规定|条例|决定|批复|函|通报|令|细则|措施|答复|公告|通告|指引|规则)$")


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[str, Any], ...]:
    rows = read_table(data_path("sections/role_cues.tsv"))
    return tuple((r["cue"], regex.compile(r["pattern"])) for r in rows)


_TERMINALS = "。!?;！？；"
_QUOTED = regex.compile(r"“[^“”]*”|\"[^\"]*\"")
_SPEECH_CUES = frozenset({"quote_cue", "quoted"})


def _cues(folded: str) -> frozenset[str]:
    # words inside quotation marks are someone else's: they do not set the sentence's tense
    if "“" in folded or '"' in folded:
        outside = _QUOTED.sub("“”", folded)
        return frozenset([name for name, pat in _cue_patterns()
                          if pat.search(folded if name in _SPEECH_CUES else outside)])
    return frozenset([name for name, pat in _cue_patterns() if pat.search(folded)])


def sentence_cues(sentence: str) -> frozenset[str]:
    """The names of the cues of ``data/sections/role_cues.tsv`` found in a sentence.

    Cues of tense and modality are looked for outside quotation marks only.

    >>> sorted(sentence_cues("2024年，研发投入增长8.3%。"))
    ['change', 'figure']
    >>> sorted(sentence_cues("总书记强调，“要及时将成果应用到产业上”。"))
    ['quote_cue', 'quoted']
    """
    return _cues(normalize(sentence).text)


# -- context ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """A sentence with what the role classifiers need to know about its place in its document.

    Attributes:
        text, start, end: the sentence and its offsets in the document.
        words: its words (jieba, punctuation dropped).
        cues: the role cues found in it (:func:`sentence_cues`).
        opener_cues: the cues of the first sentence of its paragraph (empty for that sentence).
        previous_cues: the cues of the sentence before it.
        structural: a title, byline, heading phrase or page furniture line.
        first_in_paragraph: the sentence opens its paragraph.
        heading: the titles of the sections it sits in, outermost first, joined by `` / ``.
        heading_words: the words of those titles.
        doc_kind: directive (通知, 意见, 办法, 条例 …), plan (规划, 纲要) or report (work reports,
            speeches, articles: narrative texts).
        year_relation: how the years it mentions compare with the document's year: a tuple of
            ``past``, ``current``, ``future``.
        heading_year_relation: the same for the years in its headings.
        outlook: where the sentence stands relative to an outlook paragraph of its section (one
            opened by 面向新征程 / 下一步 / 今后 …): ``before`` (the section reviews first, then looks
            ahead), ``after``, or ``""`` when the section has none.
    """

    text: str
    start: int
    end: int
    words: tuple[str, ...] = ()
    cues: frozenset[str] = frozenset()
    opener_cues: frozenset[str] = frozenset()
    previous_cues: frozenset[str] = frozenset()
    structural: bool = False
    first_in_paragraph: bool = True
    heading: str = ""
    heading_words: tuple[str, ...] = ()
    doc_kind: str = "report"
    year_relation: tuple[str, ...] = ()
    heading_year_relation: tuple[str, ...] = ()
    outlook: str = ""


def _doc_kind(structure: Structure, head_text: str) -> str:
    """directive (文号, or a title ending 通知/意见/办法 …, or articles 第X条), plan (规划, 纲要, 五年计划)
    or report (work reports, speeches, articles: any narrative text)."""
    title = "".join((structure.title or "").split())
    if structure.doc_number or _DIRECTIVE_END.search(title):
        return "directive"
    plan_words = r"规划|纲要|五年计划|五年规划|“[一二三四五六七八九十]{1,2}五”"
    if regex.search(plan_words, title):
        return "plan"
    if "报告" in title or "报告" in (structure.subtitle or "") or regex.search(r"各位代表|同志们", head_text):
        return "report"
    if regex.search(plan_words, head_text) or any(s.kind == "part" for s in structure.sections):
        return "plan"
    if any(s.kind == "article" for s in iter_sections(structure.sections[:3])):
        return "directive"
    return "report"


def _doc_year(structure: Structure) -> int | None:
    if structure.date:
        return int(structure.date[:4])
    for s in (structure.title, structure.subtitle):
        m = _YEAR.search(s or "")
        if m:
            return int(m.group(1))
    return None


def _relation(text: str, year: int | None) -> tuple[str, ...]:
    if year is None:
        return ()
    out = set()
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        out.add("past" if y < year else "future" if y > year else "current")
    return tuple(sorted(out))


def _words_for(spans: Sequence[Span], tokens, text: str) -> list[tuple[str, ...]]:
    """The words of each sentence, from the document's tokens when given (one pass), else jieba."""
    if tokens is None:
        from ..tokenize import cut

        return [tuple(w for w in cut(s.text) if not _PUNCT.match(w)) for s in spans]
    keep: dict[str, bool] = {}
    out = []
    k = 0
    n = len(tokens)
    for s in spans:  # sentences and tokens are both in document order: one walk
        while k < n and tokens[k].start < s.start:
            k += 1
        words = []
        j = k
        while j < n and tokens[j].end <= s.end:
            w = tokens[j].text
            ok = keep.get(w)
            if ok is None:
                ok = keep[w] = not _PUNCT.match(w)
            if ok:
                words.append(w)
            j += 1
        out.append(tuple(words))
        k = j
    return out


def sentence_contexts(
    text: str,
    *,
    sentences: Sequence[Span] | None = None,
    structure: Structure | None = None,
    tokens: Sequence[Any] | None = None,
    normalized: NormalizedText | None = None,
    paragraphs: Sequence[Span] | None = None,
) -> list[SentenceContext]:
    """Every sentence of a text with its context, ready for :func:`rule_role` or :class:`RoleClassifier`.

    Args:
        text: the document.
        sentences, structure, tokens, normalized, paragraphs: what the pipeline has already
            computed (:func:`~policytext.text.split_sentences`, :func:`parse_structure`,
            :func:`~policytext.tokenize.tokenize` of the whole text, :func:`~policytext.text.normalize`,
            :func:`~policytext.text.split_paragraphs`); computed here when not given.

    >>> c = sentence_contexts("面向新征程，我们将加快建设。推动成果转化。")
    >>> c[1].text, sorted(c[1].opener_cues), c[1].first_in_paragraph
    ('推动成果转化。', ['outlook', 'target', 'we'], False)
    """
    check_text(text, "sentence_contexts")
    nt = normalized if normalized is not None else normalize(text)
    if sentences is None:
        sentences = split_sentences(text, normalized=nt)
    if structure is None:
        structure = parse_structure(text, normalized=nt)
    if not sentences:
        return []
    words = _words_for(sentences, tokens, text)
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    para_starts = [p.start for p in paragraphs]
    kind = _doc_kind(structure, text[:300])
    year = _doc_year(structure)
    other_spans = sorted((s.start, s.end) for s in (*structure.front_matter, *structure.back_matter,
                                                  *structure.furniture))
    other_starts = [a for a, _ in other_spans]
    heads = [(s.heading_start, s.heading_end, s.title, s.start, s.end, s.level) for s in iter_sections(structure.sections)]
    head_at = {h[0]: h for h in heads}
    # the chain of enclosing headings, found with one sweep over sections sorted by start
    heads_sorted = sorted(heads, key=lambda h: (h[3], h[5]))
    out = []
    stack: list[tuple] = []
    hi = 0
    current_para = -1
    opener_cues: frozenset[str] = frozenset()
    previous: frozenset[str] = frozenset()
    opener_speech = False
    heading_words: dict[str, tuple[str, ...]] = {}
    fold = nt.text if nt.index is None else None
    for s, w in zip(sentences, words):
        while hi < len(heads_sorted) and heads_sorted[hi][3] <= s.start:
            h = heads_sorted[hi]
            while stack and not (stack[-1][3] <= h[3] < stack[-1][4]):
                stack.pop()
            stack.append(h)
            hi += 1
        while stack and not (stack[-1][3] <= s.start < stack[-1][4]):
            stack.pop()
        p = bisect_right(para_starts, s.start) - 1
        first = p != current_para
        current_para = p
        folded = fold[s.start:s.end] if fold is not None else normalize(s.text).text
        cues = _cues(folded)
        if first or (opener_speech and "quote_cue" not in cues):
            # the paragraph's opener: its first sentence that is not a quotation
            opener_cues = cues
            opener_speech = "quote_cue" in cues
        structural = False
        k = bisect_right(other_starts, s.start) - 1
        if k >= 0 and other_spans[k][0] <= s.start < other_spans[k][1]:
            structural = True
        h = head_at.get(s.start)
        if h is not None and h[2] and s.end <= h[1] + 2:
            structural = True
        heading = " / ".join(x[2] for x in stack if x[2])
        if heading not in heading_words:
            heading_words[heading] = _heading_words(heading)
        out.append(SentenceContext(
            text=s.text, start=s.start, end=s.end, words=w, cues=cues,
            opener_cues=frozenset() if cues is opener_cues else opener_cues, previous_cues=previous,
            structural=structural,
            first_in_paragraph=first, heading=heading, heading_words=heading_words[heading], doc_kind=kind,
            year_relation=_relation(folded, year), heading_year_relation=_relation(heading, year),
        ))
        previous = cues
    return _with_outlook(out)


def _with_outlook(contexts: list[SentenceContext]) -> list[SentenceContext]:
    """Mark each sentence as before or after the outlook paragraph (面向新征程…) of its section.

    The contexts are fresh (not yet returned to anyone), so they are updated in place.
    """
    i = 0
    n = len(contexts)
    while i < n:
        j = i
        while j < n and contexts[j].heading == contexts[i].heading:
            j += 1
        block = contexts[i:j]
        first_outlook = next((k for k, c in enumerate(block) if c.first_in_paragraph and "outlook" in c.cues), None)
        if first_outlook is not None:
            for k, c in enumerate(block):
                object.__setattr__(c, "outlook", "before" if k < first_outlook else "after")
        i = j
    return contexts


def _heading_words(heading: str) -> tuple[str, ...]:
    if not heading:
        return ()
    from ..tokenize import cut

    return tuple(dict.fromkeys(w for w in cut(heading) if len(w) > 1 and not _PUNCT.match(w)))


# -- the rule baseline -----------------------------------------------------------------------


def rule_role(ctx: SentenceContext | str) -> str:
    """The transparent baseline: a sentence's role from its cues and context, by fixed rules.

    In order: structure (title, byline, heading, furniture) → other; a leader's reported words →
    quote; a definition or general statement without figures → background; a future opener or
    target, or a paragraph opened by one → plan (unless the sentence reports the past); figures or
    results with past markers → achievement; provisions of directives and laws → measure; in a
    report's forward-looking section → plan; else measure when it acts (我们…, an action verb)
    and background when it does not.

    >>> rule_role("习近平总书记指出，“科技创新是核心。”"), rule_role("企业是创新的主体。")
    ('quote', 'background')
    >>> rule_role("截至2024年末，在京独角兽企业115家。"), rule_role("力争实现重大突破。")
    ('achievement', 'plan')
    """
    if isinstance(ctx, str):
        check_text(ctx, "rule_role")
        ctx = SentenceContext(ctx, 0, len(ctx), cues=sentence_cues(ctx))
    c, o = ctx.cues, ctx.opener_cues
    if ctx.structural:
        return "other"
    if "quote_cue" in c:
        return "quote"
    past = "past" in c or "past" in ctx.year_relation
    results = "figure" in c or "achieved" in c
    if "define" in c and not results and "we" not in c:
        return "background"
    future_here = "plan_open" in c or "outlook" in c or "target" in c or "future" in ctx.year_relation
    future_para = ("plan_open" in o or "outlook" in o) and not past
    if (future_here and not (past and results)) or future_para:
        return "plan"
    if results and (past or "change" in c or "achieved" in c):
        return "achievement"
    if ctx.doc_kind == "directive" or "legal" in c:
        return "measure"
    heading_future = _HEAD_FUTURE.search(ctx.heading) or "future" in ctx.heading_year_relation or (
        "current" in ctx.heading_year_relation and not _HEAD_REVIEW.search(ctx.heading))
    if ctx.doc_kind in ("report", "plan") and heading_future and not past:
        return "plan"
    if ctx.doc_kind == "plan" and not past:
        return "plan"
    if "ideal" in c and "we" not in c:
        return "background"
    if "we" in c or "imperative" in c or past:
        return "measure"
    return "background"


# -- features and the estimator --------------------------------------------------------------


def _as_context(x: SentenceContext | str) -> SentenceContext:
    if isinstance(x, SentenceContext):
        return x
    if isinstance(x, str):
        from ..tokenize import cut

        return SentenceContext(x, 0, len(x), words=tuple(w for w in cut(x) if not _PUNCT.match(w)),
                               cues=sentence_cues(x))
    raise TypeError(f"role features need a SentenceContext or a str, got {type(x).__name__}")


def role_features(x: SentenceContext | str) -> list[str]:
    """The features :class:`RoleClassifier` sees for one sentence (or a bare sentence string).

    >>> role_features("力争提高研发强度。")[:4]
    ['rule:plan', 'doc:report', 'cue:change', 'cue:target']
    """
    x = _as_context(x)
    f = _context_features(x)
    f.extend(f"w:{w}" for w in dict.fromkeys(x.words))
    return f


@lru_cache(maxsize=4096)
def _prefixed(prefix: str, names: frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(prefix + n for n in (sorted(names) if isinstance(names, frozenset) else names))


def _context_features(x: SentenceContext) -> list[str]:
    """Every feature but the words (w:…), which the classifier looks up without building strings."""
    f = ["rule:" + rule_role(x), "doc:" + x.doc_kind]
    f.extend(_prefixed("cue:", x.cues))
    f.extend(_prefixed("para:", x.opener_cues))
    f.extend(_prefixed("prev:", x.previous_cues))
    f.extend(_prefixed("hw:", x.heading_words))
    if x.words:
        f.append(f"b:{x.words[0]}")
        if len(x.words) > 1:
            f.append(f"b2:{x.words[0]}{x.words[1]}")
    if x.structural:
        f.append("structural")
    if x.first_in_paragraph:
        f.append("first")
    f.extend(f"year:{r}" for r in x.year_relation)
    f.extend(f"hyear:{r}" for r in x.heading_year_relation)
    # a review part is named so by its heading (工作回顾) or comes before its section's outlook
    # paragraph (面向新征程，我们将…); what follows that paragraph looks ahead
    head_review = bool(x.heading and _HEAD_REVIEW.search(x.heading)) or x.outlook == "before"
    head_future = bool(x.heading and _HEAD_FUTURE.search(x.heading)) or x.outlook == "after"
    if head_review:
        f.append("head:review")
    if head_future:
        f.append("head:future")
    if not x.heading:
        f.append("head:none")
    # the time the sentence speaks of, from the sentence, its paragraph, its headings and the
    # kind of document: a linear model cannot form these conjunctions itself
    future = bool({"target", "plan_open", "outlook"} & x.cues or {"target", "plan_open", "outlook"} & x.opener_cues
                  or "future" in x.year_relation or head_future or x.doc_kind == "plan"
                  or {"current", "future"} & set(x.heading_year_relation))
    past = bool("past" in x.cues or "past" in x.opener_cues or "past" in x.year_relation or head_review
                or "past" in x.heading_year_relation)
    tense = "both" if future and past else "future" if future else "past" if past else "none"
    f.append(f"tense:{tense}")
    if x.outlook:
        f.append(f"outlook:{x.outlook}")
    if not x.first_in_paragraph:
        o = x.opener_cues
        para_tense = ("future" if {"target", "plan_open", "outlook"} & o else "past" if "past" in o else "none")
        f.append(f"para_tense:{para_tense}")
        if "we" in o:
            f.append(f"para_we&tense:{para_tense}")
    f.append(f"tense:{tense}&doc:{x.doc_kind}")
    if "we" in x.cues:
        f.append(f"we&tense:{tense}")
    if "action" in x.cues:  # a concrete step (出台, 印发, 设立 …) and when it was taken
        f.append(f"action&tense:{tense}")
        if "we" in x.cues:
            f.append("action&we")
    n = len(x.text)
    f.append("len:short" if n < 16 else "len:long" if n > 120 else "len:mid")
    if x.text[-1:] not in _TERMINALS:
        f.append("unterminated")
    return f


class RoleClassifier:
    """Sentence roles by logistic regression over :func:`role_features` (scikit-learn contract).

    ``X`` is a sequence of :class:`SentenceContext` (from :func:`sentence_contexts`, best) or of
    plain sentence strings; ``y`` the roles. The fitted model is a vocabulary and a coefficient
    matrix, saved and loaded as JSON (:meth:`save`, :meth:`load`), never pickled code.

    Args:
        C: inverse regularisation strength of the logistic regression.
        class_weight: ``None`` or ``"balanced"``.
        max_iter: iteration limit of the solver.
        min_count: features seen fewer times in training are dropped.

    >>> clf = RoleClassifier().fit(["力争实现突破。", "企业是主体。", "增长8%。"], ["plan", "background", "achievement"])
    >>> clf.predict(["力争建成强国。"]).tolist()
    ['plan']
    """

    def __init__(self, *, C: float = 1.0, class_weight: str | None = None, max_iter: int = 2000,
                 min_count: int = 1):
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.min_count = min_count

    # sklearn protocol -------------------------------------------------------------------------
    @classmethod
    def _get_param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return sorted(p.name for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor arguments (scikit-learn contract)."""
        return {name: getattr(self, name) for name in self._get_param_names()}

    def set_params(self, **params: Any) -> "RoleClassifier":
        """Set constructor arguments; returns ``self``."""
        valid = set(self._get_param_names())
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for RoleClassifier; valid: {sorted(valid)}")
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = {p.name: p.default for p in inspect.signature(type(self).__init__).parameters.values()
                    if p.kind == p.KEYWORD_ONLY}
        changed = [f"{k}={v!r}" for k, v in self.get_params().items() if v != defaults[k]]
        return f"RoleClassifier({', '.join(changed)})"

    def __sklearn_tags__(self):
        from sklearn.utils import ClassifierTags, InputTags, Tags, TargetTags

        return Tags(estimator_type="classifier", target_tags=TargetTags(required=True),
                    classifier_tags=ClassifierTags(),
                    input_tags=InputTags(one_d_array=True, two_d_array=False, string=True))

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "coef_")

    @staticmethod
    def _contexts(X) -> list[SentenceContext]:
        if isinstance(X, (str, bytes)) or not isinstance(X, Iterable):
            raise TypeError(f"RoleClassifier expects a sequence of sentences or SentenceContexts, got {type(X).__name__}")
        out = []
        for x in X:
            if not isinstance(x, (str, SentenceContext)):
                raise TypeError(f"RoleClassifier expects str or SentenceContext items, got {type(x).__name__}")
            out.append(_as_context(x))
        return out

    def _feature_rows(self, X) -> list[list[str]]:
        return [role_features(x) for x in self._contexts(X)]

    def fit(self, X, y) -> "RoleClassifier":
        """Learn from sentences (or contexts) ``X`` and their roles ``y``; returns ``self``."""
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression

        rows = self._feature_rows(X)
        y = [str(v) for v in y]
        if len(rows) != len(y):
            raise ValueError(f"X has {len(rows)} sentences but y has {len(y)} labels")
        if len(set(y)) < 2:
            raise ValueError(f"RoleClassifier needs at least 2 classes in y, got {sorted(set(y))}")
        counts: dict[str, int] = {}
        for r in rows:
            for f in set(r):
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= self.min_count))}
        matrix = self._matrix(rows, vocab)
        lr = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter)
        lr.fit(matrix, np.asarray(y))
        self.classes_ = lr.classes_
        self.vocabulary_ = vocab
        coef = lr.coef_
        intercept = lr.intercept_
        if coef.shape[0] == 1:  # binary: expand to one row per class
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
        self.coef_ = coef
        self.intercept_ = intercept
        self.word_index_ = {f[2:]: j for f, j in vocab.items() if f.startswith("w:")}
        return self

    @staticmethod
    def _matrix(rows: list[list[str]], vocab: dict[str, int]):
        from scipy.sparse import csr_matrix

        indptr, indices = [0], []
        for r in rows:
            cols = {vocab[f] for f in r if f in vocab}
            indices.extend(sorted(cols))
            indptr.append(len(indices))
        data = [1.0] * len(indices)
        return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            from .topics import _not_fitted_class

            raise _not_fitted_class()("This RoleClassifier is not fitted yet: call fit() or RoleClassifier.load()")

    def decision_function(self, X):
        """Per-class scores (rows: sentences, columns: :attr:`classes_`)."""
        import numpy as np
        from scipy.sparse import csr_matrix

        self._check_fitted()
        vocab = self.vocabulary_
        words = self.word_index_
        indptr, indices = [0], []
        for x in self._contexts(X):
            cols = {vocab[f] for f in _context_features(x) if f in vocab}
            for w in x.words:
                j = words.get(w)
                if j is not None:
                    cols.add(j)
            indices.extend(cols)
            indptr.append(len(indices))
        matrix = csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int64), indptr),
                            shape=(len(indptr) - 1, len(vocab)))
        return matrix @ self.coef_.T + self.intercept_

    def predict_proba(self, X):
        """Class probabilities (rows: sentences, columns: :attr:`classes_`)."""
        import numpy as np

        scores = self.decision_function(X)
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X):
        """The most likely role of each sentence (a numpy array of str)."""
        scores = self.decision_function(X)
        return self.classes_[scores.argmax(axis=1)]

    def score(self, X, y) -> float:
        """Accuracy on ``X``, ``y``."""
        pred = self.predict(X)
        y = list(y)
        return float(sum(str(a) == str(b) for a, b in zip(pred, y)) / len(y)) if y else 0.0

    # persistence --------------------------------------------------------------------------------
    def to_dict(self, *, source: str = "", digits: int = 5) -> dict[str, Any]:
        """The fitted model as JSON-able data (vocabulary, coefficients, intercepts, classes)."""
        self._check_fitted()
        order = sorted(self.vocabulary_, key=self.vocabulary_.get)
        return {
            "source": source or getattr(self, "source_", None) or "policytext.sections.RoleClassifier",
            "format": "policytext-role-model/1",
            "params": self.get_params(),
            "classes": [str(c) for c in self.classes_],
            "intercept": [round(float(v), digits) for v in self.intercept_],
            "features": order,
            "coef": [[round(float(v), digits) for v in row] for row in self.coef_],
        }

    def save(self, path: str | Path, *, source: str = "") -> None:
        """Write the fitted model to a JSON file."""
        Path(path).write_text(json.dumps(self.to_dict(source=source), ensure_ascii=False, separators=(",", ":")),
                              encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RoleClassifier":
        """A fitted classifier from :meth:`to_dict` data."""
        import numpy as np

        if not isinstance(data, dict) or data.get("format") != "policytext-role-model/1":
            raise ModelError("not a policytext role model (format policytext-role-model/1)")
        clf = cls(**data.get("params", {}))
        clf.classes_ = np.asarray(data["classes"], dtype=object)
        clf.vocabulary_ = {f: i for i, f in enumerate(data["features"])}
        clf.coef_ = np.asarray(data["coef"], dtype=float)
        clf.intercept_ = np.asarray(data["intercept"], dtype=float)
        clf.word_index_ = {f[2:]: j for f, j in clf.vocabulary_.items() if f.startswith("w:")}
        clf.source_ = data.get("source")
        if clf.coef_.shape != (len(clf.classes_), len(clf.vocabulary_)):
            raise ModelError(f"role model coefficients have shape {clf.coef_.shape}, expected "
                             f"({len(clf.classes_)}, {len(clf.vocabulary_)})")
        return clf

    @classmethod
    def load(cls, path: str | Path) -> "RoleClassifier":
        """A fitted classifier from a JSON file written by :meth:`save`."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ModelError(f"cannot read role model {str(path)!r}: {exc}") from exc
        return cls.from_dict(data)


_FUTURE_CUES = frozenset({"target", "plan_open", "outlook"})


def final_role(ctx: SentenceContext, ranked: Sequence[str]) -> str:
    """The model's role, within what the surface and the discourse allow.

    ``ranked`` lists the model's roles, best first. Structure decides *other* (a title, heading
    or furniture line) and reported speech decides *quote*. A section that reviews and then turns
    to an outlook paragraph (面向新征程 / 下一步 / 今后，我们将…) speaks of the past before the turn:
    there a sentence without a future cue of its own is not a *plan*, and after the turn a sentence
    without a past cue is one.

    >>> final_role(SentenceContext("一、总体要求", 0, 6, structural=True), ["plan"])
    'other'
    >>> final_role(SentenceContext("建成平台26家。", 0, 8, outlook="before"), ["plan", "achievement"])
    'achievement'
    """
    if ctx.structural:
        return "other"
    if "quote_cue" in ctx.cues:
        return "quote"
    best = ranked[0]
    own_future = bool(_FUTURE_CUES & ctx.cues) or "future" in ctx.year_relation
    if ctx.outlook == "before" and best == "plan" and not own_future:
        return next((r for r in ranked if r not in ("plan", "other", "quote")), best)
    if ctx.outlook == "after" and best not in ("plan", "quote", "other") and "past" not in ctx.cues:
        return "plan"
    return best


@lru_cache(maxsize=1)
def load_role_model() -> RoleClassifier | None:
    """The role model shipped with the package (``None`` if the package has none)."""
    try:
        path = data_path(_MODEL_FILE)
    except Exception:
        return None
    return RoleClassifier.from_dict(read_json(path))


def classify_sentences(
    text: str,
    *,
    sentences: Sequence[Span] | None = None,
    structure: Structure | None = None,
    tokens: Sequence[Any] | None = None,
    normalized: NormalizedText | None = None,
    paragraphs: Sequence[Span] | None = None,
    method: Literal["model", "rules"] = "model",
    model: RoleClassifier | None = None,
) -> list[Sentence]:
    """Every sentence of ``text`` with its role.

    Args:
        text: the document.
        sentences, structure, tokens, normalized, paragraphs: precomputed pieces (see
            :func:`sentence_contexts`).
        method: ``"model"`` (the shipped :class:`RoleClassifier`, or ``model``) or ``"rules"``
            (:func:`rule_role`).
        model: your own fitted :class:`RoleClassifier`.

    >>> [(s.text, s.role) for s in classify_sentences("企业是创新的主体。", method="rules")]
    [('企业是创新的主体。', 'background')]
    """
    check_text(text, "classify_sentences")
    if method not in ("model", "rules"):
        raise ValueError(f"method must be 'model' or 'rules', got {method!r}")
    contexts = sentence_contexts(text, sentences=sentences, structure=structure, tokens=tokens,
                                 normalized=normalized, paragraphs=paragraphs)
    if not contexts:
        return []
    clf = model if model is not None else (load_role_model() if method == "model" else None)
    if clf is None:
        roles = [rule_role(c) for c in contexts]
    else:
        import numpy as np

        scores = clf.decision_function(contexts)
        order = np.argsort(-scores, axis=1)
        classes = [str(c) for c in clf.classes_]
        roles = [final_role(c, [classes[k] for k in row]) for c, row in zip(contexts, order)]
    return [Sentence(c.text, c.start, c.end, r) for c, r in zip(contexts, roles)]
