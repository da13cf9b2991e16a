"""The scikit-learn estimator contract without importing scikit-learn.

policytext's estimators (:class:`~policytext.sections.RoleClassifier`,
:class:`~policytext.sections.SectionClassifier`, :class:`~policytext.keywords.KeywordExtractor`)
take keyword-only constructor arguments and store them unchanged, as scikit-learn requires. This
mixin derives ``get_params``/``set_params``/``repr`` from the constructor's signature, so that
``sklearn.base.clone``, ``GridSearchCV`` and pipelines work while ``import policytext`` stays
free of scikit-learn.

>>> class Demo(ParamsMixin):
...     def __init__(self, *, alpha: float = 1.0, top_k: int = 5):
...         self.alpha = alpha
...         self.top_k = top_k
>>> Demo(top_k=3)
Demo(top_k=3)
>>> Demo().set_params(alpha=0.5).get_params()
{'alpha': 0.5, 'top_k': 5}
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from typing import Any

from .errors import NotFittedError

__all__ = ["ParamsMixin", "StringClassifierMixin", "not_fitted_error"]


class ParamsMixin:
    """``get_params``, ``set_params`` and a ``repr`` of the changed arguments, from ``__init__``."""

    @classmethod
    def _get_param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return sorted(p.name for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor arguments (scikit-learn contract)."""
        return {name: getattr(self, name) for name in self._get_param_names()}

    def set_params(self, **params: Any):
        """Set constructor arguments; returns ``self``. An unknown name is a ``ValueError``."""
        valid = set(self._get_param_names())
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for {type(self).__name__}; valid: {sorted(valid)}")
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = {p.name: p.default for p in inspect.signature(type(self).__init__).parameters.values()
                    if p.kind == p.KEYWORD_ONLY}
        changed = [f"{k}={v!r}" for k, v in self.get_params().items() if v != defaults[k]]
        return f"{type(self).__name__}({', '.join(changed)})"


class StringClassifierMixin(ParamsMixin):
    """A classifier of strings: scikit-learn's tags say so (1-d input of str, labels required)."""

    def __sklearn_tags__(self):
        from sklearn.utils import ClassifierTags, InputTags, Tags, TargetTags

        return Tags(estimator_type="classifier", target_tags=TargetTags(required=True),
                    classifier_tags=ClassifierTags(),
                    input_tags=InputTags(one_d_array=True, two_d_array=False, string=True))


@lru_cache(maxsize=1)
def not_fitted_error() -> type:
    """policytext's :class:`~policytext.errors.NotFittedError`, also scikit-learn's
    ``NotFittedError`` when scikit-learn imports (so ``except`` clauses written for either catch it).
    """
    try:
        from sklearn.exceptions import NotFittedError as SkNotFitted
    except ImportError:  # pragma: no cover - scikit-learn is a dependency
        return NotFittedError
    return type("NotFittedError", (NotFittedError, SkNotFitted), {"__module__": "policytext.errors"})
