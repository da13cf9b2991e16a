"""scikit-learn side: PolicyVectorizer, a TF-IDF document-term matrix over policy terms.

This module imports scikit-learn; ``policytext.keywords`` loads it only when
:class:`PolicyVectorizer` is first asked for. For a plain ``TfidfVectorizer``, hand it the
module-level, picklable tokenizer :func:`policytext.keywords.keyword_tokens`::

    TfidfVectorizer(tokenizer=keyword_tokens, token_pattern=None, lowercase=False)

>>> docs = ["加快发展数字经济，数字经济。", "推动绿色低碳转型，发展数字经济。"]
>>> vec = PolicyVectorizer().fit(docs)
>>> list(vec.get_feature_names_out())
['数字经济', '绿色低碳转型']
>>> vec.transform(docs).shape
(2, 2)
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .extract import keyword_tokens
from .idf import policy_idf

__all__ = ["PolicyVectorizer"]


class PolicyVectorizer(TransformerMixin, BaseEstimator):
    """TF-IDF over policy keyword candidates (policy-dictionary tokens, no numbers, stop words,
    function words or generic verbs), as a scikit-learn transformer.

    Args:
        idf: ``"fit"`` learns the IDF from the texts given to ``fit`` (as ``TfidfVectorizer``
            does); ``"policy"`` uses the shipped paragraph IDF of the policy corpus, so that a
            handful of texts is weighted like the whole corpus.
        min_df, max_df, max_features, ngram_range, sublinear_tf, norm: as for
            :class:`sklearn.feature_extraction.text.TfidfVectorizer`.

    Attributes:
        vocabulary_: ``{term: column}``.
        idf_: the IDF of each column.
        vectorizer_: the fitted ``TfidfVectorizer``.
    """

    def __init__(self, *, idf: str = "fit", min_df=1, max_df=1.0, max_features=None,
                 ngram_range=(1, 1), sublinear_tf: bool = False, norm: str | None = "l2"):
        self.idf = idf
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf
        self.norm = norm

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags

    def _texts(self, X, method: str) -> list[str]:
        if isinstance(X, str):
            raise TypeError(f"PolicyVectorizer.{method}() expects an iterable of texts, got a single str")
        texts = list(X)
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"PolicyVectorizer.{method}() expects str texts, got {type(t).__name__}")
        return texts

    def fit(self, X, y=None) -> "PolicyVectorizer":
        """Learn the vocabulary (and, with ``idf="fit"``, the IDF) from the texts ``X``."""
        if self.idf not in ("fit", "policy"):
            raise ValueError(f"idf must be 'fit' or 'policy', got {self.idf!r}")
        texts = self._texts(X, "fit")
        vec = TfidfVectorizer(
            tokenizer=keyword_tokens, token_pattern=None, lowercase=False, min_df=self.min_df,
            max_df=self.max_df, max_features=self.max_features, ngram_range=self.ngram_range,
            sublinear_tf=self.sublinear_tf, norm=self.norm, use_idf=True, smooth_idf=True,
        )
        vec.fit(texts)
        if self.idf == "policy":
            table = policy_idf()
            names = vec.get_feature_names_out()
            vec.idf_ = np.array([np.mean([table.idf(w) for w in name.split(" ")]) for name in names])
        self.vectorizer_ = vec
        self.vocabulary_ = vec.vocabulary_
        self.idf_ = vec.idf_
        return self

    def transform(self, X):
        """The TF-IDF matrix (sparse, one row per text)."""
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.transform(self._texts(X, "transform"))

    def get_feature_names_out(self, input_features=None):
        """The terms, in column order."""
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.get_feature_names_out()
