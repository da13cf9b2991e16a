"""The trained sentence-role model: its features and the :class:`RoleClassifier` estimator."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._estimator import StringClassifierMixin, not_fitted_error
from ..errors import ModelError
from ..text import normalize
from .context import _HEAD_FUTURE, _HEAD_REVIEW, _TERMINALS, SentenceContext, sentence_cues
from .rules import rule_role

__all__ = ["RoleClassifier", "role_features"]

def _as_context(x: SentenceContext | str) -> SentenceContext:
    if isinstance(x, SentenceContext):
        return x
    if isinstance(x, str):
        folded = normalize(x).text
        return SentenceContext(x, 0, len(x), folded=folded, cues=sentence_cues(x))
    raise TypeError(f"role features need a SentenceContext or a str, got {type(x).__name__}")


_DIGITS_AS_ZERO = str.maketrans("0123456789", "0000000000")
# one more than the largest code point: a character's key is its code point c, a bigram's
# (a + 1) * _CODE_SPACE + b, so that no bigram (not even one that starts with NUL) has a character's key
_CODE_SPACE = 0x110000


def _characters(x: SentenceContext) -> str:
    """The sentence as the character features read it: normalised, digits as 0, no whitespace."""
    return "".join((x.folded or normalize(x.text).text).split()).translate(_DIGITS_AS_ZERO)


def _grams(chars: str) -> set[str]:
    """Characters and character bigrams: word-like features that need no dictionary."""
    out = set(chars)
    out.update(map(str.__add__, chars, chars[1:]))
    return out


@lru_cache(maxsize=1024)
def _heading_grams(heading: str) -> tuple[str, ...]:
    """Character bigrams of the innermost heading title (工作回顾 → 工作, 作回, 回顾)."""
    title = "".join(heading.rpartition(" / ")[2].split()).translate(_DIGITS_AS_ZERO)
    return tuple(sorted({"hc:" + title[i:i + 2] for i in range(len(title) - 1)}))


def role_features(x: SentenceContext | str) -> list[str]:
    """The features :class:`RoleClassifier` sees for one sentence (or a bare sentence string).

    Context features (the rule baseline's answer, cues of the sentence, its paragraph and the
    sentence before, headings, tense, quotation) and the sentence's characters and character
    bigrams (``c:…``): nothing depends on a tokenizer's dictionary.

    >>> role_features("力争提高研发强度。")[:4]
    ['rule:plan', 'doc:report', 'cue:change', 'cue:target']
    >>> "c:力争" in role_features("力争提高研发强度。")
    True
    """
    x = _as_context(x)
    chars = _characters(x)
    f = _context_features(x, chars)
    f.extend(sorted("c:" + g for g in _grams(chars)))
    return f


@lru_cache(maxsize=4096)
def _prefixed(prefix: str, names: frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(prefix + n for n in (sorted(names) if isinstance(names, frozenset) else names))


def _context_features(x: SentenceContext, chars: str | None = None) -> list[str]:
    """Every feature but the character grams (c:…), which the classifier looks up directly.

    ``chars`` is :func:`_characters` of ``x`` when the caller has it already.
    """
    f = ["rule:" + rule_role(x), "doc:" + x.doc_kind]
    f.extend(_prefixed("cue:", x.cues))
    f.extend(_prefixed("para:", x.opener_cues))
    f.extend(_prefixed("prev:", x.previous_cues))
    f.extend(_heading_grams(x.heading))
    if chars is None:
        chars = _characters(x)
    f.append("B2:" + chars[:2])
    f.append("B3:" + chars[:3])
    body = chars.rstrip("。!?;:,")  # the predicate a sentence ends on: 不断加强。 (a result) vs 加强X。
    if body:
        f.append("E2:" + body[-2:])
    if x.structural:
        f.append("structural")
    if x.item:
        f.append("item")
    if x.quotation:  # inside a quotation opened before: 毛主席指出：“ / words / ”
        f.append("quotation:" + x.quotation)
    if x.quoted_share:
        f.append("qshare:" + ("all" if x.quoted_share >= 0.8 else "most" if x.quoted_share >= 0.4 else "some"))
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
    if x.lead:  # a run-in lead phrase: an action (measure) or a result (achievement) by its tense
        f.append("lead")
        f.append(f"lead&tense:{tense}")
    f.extend(_prefixed("next:", x.next_cues))
    if x.section_tense:
        f.append("sec:" + x.section_tense)
        f.append(f"sec:{x.section_tense}&doc:{x.doc_kind}")
    n = len(x.text)
    f.append("len:short" if n < 16 else "len:long" if n > 120 else "len:mid")
    if x.text[-1:] not in _TERMINALS:
        f.append("unterminated")
    return f


class RoleClassifier(StringClassifierMixin):
    """Sentence roles by logistic regression over :func:`role_features` (scikit-learn contract).

    ``X`` is a sequence of :class:`SentenceContext` (from :func:`sentence_contexts`, best) or of
    plain sentence strings; ``y`` the roles. The fitted model is a vocabulary and a coefficient
    matrix, saved and loaded as JSON (:meth:`save`, :meth:`load`), never pickled code.

    Args:
        C: inverse regularisation strength of the logistic regression.
        class_weight: ``None`` or ``"balanced"``.
        max_iter: iteration limit of the solver.
        min_count: features seen fewer times in training are dropped.
        random_state: passed to the logistic regression (lbfgs is deterministic; kept for the contract).

    >>> clf = RoleClassifier().fit(["力争实现突破。", "企业是主体。", "增长8%。"], ["plan", "background", "achievement"])
    >>> clf.predict(["力争建成强国。"]).tolist()
    ['plan']
    """

    def __init__(self, *, C: float = 1.0, class_weight: str | None = None, max_iter: int = 2000,
                 min_count: int = 1, random_state: int | None = None):
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.min_count = min_count
        self.random_state = random_state

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
        lr = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter,
                                random_state=self.random_state)
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
        self.gram_index_ = {f[2:]: j for f, j in vocab.items() if f.startswith("c:")}
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
            raise not_fitted_error()("This RoleClassifier is not fitted yet: call fit() or RoleClassifier.load()")

    def _gram_table(self):
        """The character grams of the vocabulary as sorted integer keys (a character's code point,
        a bigram's two code points) with their columns: one vectorised lookup per batch."""
        import numpy as np

        table = getattr(self, "_gram_lookup", None)
        if table is None or table[2] is not self.gram_index_:
            keys, cols = [], []
            for g, j in self.gram_index_.items():
                if len(g) == 1:
                    keys.append(ord(g))
                elif len(g) == 2:
                    keys.append((ord(g[0]) + 1) * _CODE_SPACE + ord(g[1]))
                else:
                    continue
                cols.append(j)
            order = np.argsort(np.asarray(keys, dtype=np.int64), kind="stable")
            table = (np.asarray(keys, dtype=np.int64)[order], np.asarray(cols, dtype=np.int64)[order],
                     self.gram_index_)
            self._gram_lookup = table
        return table

    def decision_function(self, X):
        """Per-class scores (rows: sentences, columns: :attr:`classes_`)."""
        import numpy as np
        from scipy.sparse import csr_matrix

        self._check_fitted()
        contexts = self._contexts(X)
        n = len(contexts)
        if not n:
            return np.zeros((0, len(self.classes_)))
        feature = self.vocabulary_.get
        rows, cols = [], []
        texts = []
        for i, x in enumerate(contexts):
            chars = _characters(x)
            texts.append(chars)
            found = {j for j in map(feature, _context_features(x, chars)) if j is not None}
            rows.extend([i] * len(found))
            cols.extend(found)
        # character grams of all sentences at once: the sentences joined by NUL, which no gram holds
        keys, gram_cols, _ = self._gram_table()
        joined = "\0".join(texts)
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        sentence = np.repeat(np.arange(n, dtype=np.int64), [len(t) + 1 for t in texts])[:len(codes)]
        query = np.concatenate([codes, (codes[:-1] + 1) * _CODE_SPACE + codes[1:]])
        where = np.concatenate([sentence, sentence[:-1]])
        if len(keys):
            pos = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
            hit = keys[pos] == query
            where, found = where[hit], gram_cols[pos[hit]]
        else:
            where = found = np.zeros(0, dtype=np.int64)
        matrix = csr_matrix(
            (np.ones(len(rows) + len(where)),
             (np.concatenate([np.asarray(rows, dtype=np.int64), where]),
              np.concatenate([np.asarray(cols, dtype=np.int64), found]))),
            shape=(n, len(self.vocabulary_)))
        matrix.sum_duplicates()
        matrix.data[:] = 1.0  # binary features: a gram twice in a sentence counts once
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
    def to_dict(self, *, source: str = "", digits: int = 3, min_weight: float = 0.0) -> dict[str, Any]:
        """The fitted model as JSON-able data (vocabulary, coefficients, intercepts, classes).

        Args:
            source: where the model comes from (stored under ``"source"``).
            digits: coefficients are rounded to this many decimals.
            min_weight: features whose largest absolute coefficient is below this are left out
                (they barely move a score; the shipped model uses 0.02); a feature whose
                coefficients all round to zero is always left out.
        """
        self._check_fitted()
        order = sorted(self.vocabulary_, key=self.vocabulary_.get)
        coef = [[round(float(v), digits) for v in row] for row in self.coef_]
        keep = [j for j in range(len(order))
                if any(row[j] for row in coef) and max(abs(row[j]) for row in coef) >= min_weight]

        def compact(v: float) -> float | int:
            return int(v) if v == int(v) else v

        return {
            "source": source or getattr(self, "source_", None) or "policytext.sections.RoleClassifier",
            "format": "policytext-role-model/2",
            "params": self.get_params(),
            "classes": [str(c) for c in self.classes_],
            "intercept": [round(float(v), digits) for v in self.intercept_],
            "features": [order[j] for j in keep],
            "coef": [[compact(row[j]) for j in keep] for row in coef],
        }

    def save(self, path: str | Path, *, source: str = "", min_weight: float = 0.0) -> None:
        """Write the fitted model to a JSON file (see :meth:`to_dict` for ``min_weight``)."""
        data = self.to_dict(source=source, min_weight=min_weight)
        Path(path).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                              encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RoleClassifier":
        """A fitted classifier from :meth:`to_dict` data."""
        import numpy as np

        if not isinstance(data, dict) or data.get("format") != "policytext-role-model/2":
            raise ModelError("not a policytext role model (format policytext-role-model/2)")
        clf = cls(**data.get("params", {}))
        clf.classes_ = np.asarray(data["classes"], dtype=object)
        clf.vocabulary_ = {f: i for i, f in enumerate(data["features"])}
        clf.coef_ = np.asarray(data["coef"], dtype=float)
        clf.intercept_ = np.asarray(data["intercept"], dtype=float)
        clf.gram_index_ = {f[2:]: j for f, j in clf.vocabulary_.items() if f.startswith("c:")}
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
