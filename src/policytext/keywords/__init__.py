"""Keywords: policy-tuned keyword extraction, term discovery, a policy IDF and dictionary scoring.

The subpackage is split by step; every public name is importable from here:

- :mod:`.lexicon`: what can be a keyword (function words, generic verbs, stop words, place names
  as data files).
- :mod:`.discover`: :func:`discover_terms`, new multiword terms of a corpus (how
  ``data/policy_dict.txt`` was grown).
- :mod:`.idf`: :class:`IDFTable`, :func:`policy_idf` (the shipped paragraph IDF of the policy
  corpus), :func:`document_frequencies`.
- :mod:`.candidates`: tokens and merged keyphrases of one text.
- :mod:`.extract`: :func:`extract_keywords` (``tfidf``, ``textrank``, ``combined``),
  :func:`keyword_tokens` (a picklable tokenizer for scikit-learn).

>>> [k.term for k in extract_keywords("培育新质生产力，发展新质生产力。", top_k=1)]
['新质生产力']
"""

from __future__ import annotations

from .discover import TermCandidate, discover_terms
from .extract import extract_keywords, heading_spans, keyword_tokens
from .idf import IDFTable, document_frequencies, policy_idf
from .lexicon import function_words, generic_verbs, is_candidate, places, stopwords

__all__ = [
    "IDFTable",
    "TermCandidate",
    "discover_terms",
    "document_frequencies",
    "extract_keywords",
    "function_words",
    "generic_verbs",
    "heading_spans",
    "is_candidate",
    "keyword_tokens",
    "places",
    "policy_idf",
    "stopwords",
]
