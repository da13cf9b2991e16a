"""Sentence roles: quote, background, measure, achievement, plan or other.

What each role means (the labels of the seed gold and of ``training/roles.tsv``):

- **quote**: a leader's words quoted as direction (习近平总书记指出，“…”);
- **background**: framing, significance, definitions, general principles (企业是创新的主体。);
- **measure**: actions taken or under way, and the provisions in force of a regulation or a law
  (条例, 办法, 规定, 若干措施);
- **achievement**: results, figures, rankings reached (2024年末，有效发明专利66.3万件);
- **plan**: commitments and targets for the future (面向新征程，我们将…; 力争…), and the tasks a
  directive assigns (实施意见, 行动方案, 行动计划);
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

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from ..data import data_path, read_json
from ..records import Sentence, Span
from ..text import NormalizedText, check_text
from .context import SentenceContext, sentence_contexts, sentence_cues
from .role_model import RoleClassifier, role_features
from .rules import final_role, rule_role
from .structure import Structure

__all__ = [
    "ROLES",
    "RoleClassifier",
    "SentenceContext",
    "classify_sentences",
    "final_role",
    "load_role_model",
    "role_features",
    "rule_role",
    "sentence_contexts",
    "sentence_cues",
]

#: The sentence roles, in a fixed order.
ROLES = ("quote", "background", "measure", "achievement", "plan", "other")

_MODEL_FILE = "sections/roles_model.json"


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
