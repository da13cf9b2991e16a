"""KeywordExtractor: fit an IDF on your own corpus, then extract keywords with it.

It follows the scikit-learn estimator contract (``__init__`` only stores its keyword arguments,
``fit`` returns ``self``, learned state ends in ``_``, use before ``fit`` raises
``NotFittedError``, ``get_params``/``set_params`` so that ``sklearn.base.clone`` works) without
importing scikit-learn, which stays an on-demand import.

>>> corpus = ["加快发展数字经济。\\n推进数字产业化。", "发展绿色低碳产业。\\n推进绿色低碳转型。"]
>>> kx = KeywordExtractor(top_k=2).fit(corpus)
>>> kx.n_documents_
4
>>> [k.term for k in kx.extract("数字经济和绿色低碳协同发展，数字经济领先。")]
['数字经济', '协同发展']

(绿色低碳 is in half of the fitted paragraphs, so it weighs less than 协同发展, which none has.)
"""

from __future__ import annotations

from collections.abc import Iterable

from .._estimator import ParamsMixin, not_fitted_error
from ..records import Keyword
from ..text import check_text
from .extract import METHODS, extract_keywords
from .idf import IDFTable, document_frequencies, policy_idf

__all__ = ["KeywordExtractor"]


class KeywordExtractor(ParamsMixin):
    """Keywords against an IDF fitted on your corpus (paragraphs as documents by default).

    Args:
        top_k: how many keywords :meth:`extract` returns.
        method: ``"tfidf"``, ``"textrank"`` or ``"combined"`` (see :func:`extract_keywords`).
        unit: what counts as a document when fitting: ``"paragraph"`` or ``"document"``.
        min_df: terms in fewer documents are dropped from the fitted table (they count as unseen).
        base: ``"policy"`` to add your counts to the shipped policy IDF (for a small corpus),
            ``None`` to use your corpus alone.

    Attributes:
        idf_: the fitted :class:`~policytext.keywords.idf.IDFTable`.
        n_documents_: how many documents (paragraphs) it counts.
    """

    def __init__(self, *, top_k: int = 20, method: str = "tfidf", unit: str = "paragraph",
                 min_df: int = 1, base: str | None = None):
        self.top_k = top_k
        self.method = method
        self.unit = unit
        self.min_df = min_df
        self.base = base

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "idf_")

    def _validate(self) -> None:
        if not isinstance(self.top_k, int) or isinstance(self.top_k, bool) or self.top_k < 0:
            raise ValueError(f"top_k must be a non-negative int, got {self.top_k!r}")
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, got {self.method!r}")
        if self.base not in (None, "policy"):
            raise ValueError(f"base must be None or 'policy', got {self.base!r}")

    # -- learning -----------------------------------------------------------------------------
    def fit(self, X: Iterable[str], y=None) -> "KeywordExtractor":
        """Count document frequencies over the texts ``X``; returns ``self``."""
        self._validate()
        if isinstance(X, str):
            raise TypeError("KeywordExtractor.fit() expects an iterable of texts, got a single str")
        table = document_frequencies(X, unit=self.unit, min_df=self.min_df)
        if self.base == "policy":
            base = policy_idf()
            df = dict(base.df)
            for term, c in table.df.items():
                df[term] = df.get(term, 0) + c
            table = IDFTable(df, base.n_documents + table.n_documents, table.unit, table.min_df)
        self.idf_ = table
        self.n_documents_ = table.n_documents
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "idf_"):
            raise not_fitted_error()(
                "This KeywordExtractor is not fitted yet; call fit(texts) first, "
                "or use policytext.extract_keywords() for the shipped policy IDF"
            )

    def extract(self, text: str, **options) -> list[Keyword]:
        """The keywords of one text (options as for :func:`extract_keywords`)."""
        self._check_fitted()
        check_text(text, "KeywordExtractor.extract")
        options.setdefault("top_k", self.top_k)
        options.setdefault("method", self.method)
        return extract_keywords(text, idf=self.idf_, **options)

    def transform(self, X: Iterable[str]) -> list[list[Keyword]]:
        """Keyword lists, one per text."""
        self._check_fitted()
        if isinstance(X, str):
            raise TypeError("KeywordExtractor.transform() expects an iterable of texts, got a single str")
        return [self.extract(text) for text in X]

    def fit_transform(self, X: Iterable[str], y=None) -> list[list[Keyword]]:
        """Fit on ``X`` and return its keyword lists."""
        X = list(X) if not isinstance(X, str) else X
        return self.fit(X).transform(X)
