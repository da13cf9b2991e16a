"""Sections: document structure, sentence roles, section topics and responsibilities.

The subpackage is split by step; everything public is importable from here:

- :mod:`.structure`: :func:`parse_structure` (title, byline, issuer, 文号, recipients, date,
  furniture, heading tree) and :class:`Structure`.
- :mod:`.roles`: :func:`classify_sentences` (quote, background, measure, achievement, plan, other),
  the rule baseline :func:`rule_role` and the :class:`RoleClassifier` estimator.
- :mod:`.topics`: :func:`assign_topics` (zero-shot section topics, default taxonomy) and the
  :class:`SectionClassifier` estimator.
- :mod:`.agencies`: :func:`extract_responsibilities` (（…牵头/负责） tags after measures).

>>> from policytext.sections import parse_structure
>>> parse_structure("一、总体要求\\n正文。").sections[0].title
'总体要求'
"""

from .agencies import extract_responsibilities
from .roles import (
    ROLES,
    RoleClassifier,
    SentenceContext,
    classify_sentences,
    final_role,
    load_role_model,
    role_features,
    rule_role,
    sentence_contexts,
    sentence_cues,
)
from .structure import Structure, chinese_int, iter_sections, parse_structure
from .topics import SectionClassifier, assign_topics, default_topics, topic_scores

__all__ = [
    "ROLES",
    "RoleClassifier",
    "SectionClassifier",
    "SentenceContext",
    "Structure",
    "assign_topics",
    "chinese_int",
    "classify_sentences",
    "default_topics",
    "extract_responsibilities",
    "final_role",
    "iter_sections",
    "load_role_model",
    "parse_structure",
    "role_features",
    "rule_role",
    "sentence_contexts",
    "sentence_cues",
    "topic_scores",
]
