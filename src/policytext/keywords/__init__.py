"""Keywords: policy-tuned keyword extraction, term discovery, a policy IDF and dictionary scoring.

The subpackage is split by step; every public name is importable from here:

- :mod:`.lexicon`: what can be a keyword (function words, generic verbs, stop words, place names
  as data files).
- :mod:`.discover`: :func:`discover_terms`, new multiword terms of a corpus (how
  ``data/policy_dict.txt`` was grown).
- :mod:`.idf`: :class:`IDFTable`, :func:`policy_idf` (the shipped paragraph IDF of the policy
  corpus), :func:`document_frequencies`.
- :mod:`.named`: :func:`acronyms`, :func:`named_units`, :func:`indicators`: acronyms joined with
  the full names they abbreviate, names in 《》, the indicators and instruments of
  ``data/policy_indicators.tsv``.
- :mod:`.candidates`: tokens, quoted coinages and merged keyphrases of one text, each of a kind
  (policy term, phrase, dictionary word, name, agency ...) that weighs its termhood.
- :mod:`.positions`: :func:`heading_spans`, :func:`lead_spans`, :func:`salient_spans`, where a
  term names the topic of a passage.
- :mod:`.extract`: :func:`extract_keywords` (``tfidf``, ``textrank``, ``combined``),
  :func:`extract_keywords_by_section`, :func:`keyword_tokens` (a picklable tokenizer for
  scikit-learn).
- :mod:`.scoring`: :func:`score_terms`, dictionary scoring with categorised lexicons
  (``data/lexicons/``), counts and density per 10,000 characters, per section too.
- :mod:`.estimator`: :class:`KeywordExtractor`, keywords against an IDF fitted on your corpus.
- :mod:`.vectorize`: :class:`PolicyVectorizer`, a scikit-learn TF-IDF transformer (imported on
  first use, so that ``import policytext`` does not import scikit-learn).

>>> [k.term for k in extract_keywords("培育新质生产力，发展新质生产力。", top_k=1)]
['新质生产力']
"""

from __future__ import annotations

from .discover import TermCandidate, discover_terms
from .estimator import KeywordExtractor
from .extract import extract_keywords, extract_keywords_by_section, keyword_tokens
from .idf import IDFTable, document_frequencies, policy_idf
from .lexicon import function_words, generic_verbs, is_candidate, places, quoted_terms, stopwords
from .named import acronyms, indicators, named_units
from .positions import heading_spans, lead_spans, salient_spans
from .scoring import LEXICONS, SectionScores, TermScores, load_lexicon, score_terms

__all__ = [
    "IDFTable",
    "KeywordExtractor",
    "LEXICONS",
    "PolicyVectorizer",
    "SectionScores",
    "TermCandidate",
    "TermScores",
    "acronyms",
    "discover_terms",
    "document_frequencies",
    "extract_keywords",
    "extract_keywords_by_section",
    "function_words",
    "generic_verbs",
    "heading_spans",
    "indicators",
    "is_candidate",
    "keyword_tokens",
    "lead_spans",
    "load_lexicon",
    "named_units",
    "places",
    "policy_idf",
    "quoted_terms",
    "salient_spans",
    "score_terms",
    "stopwords",
]


def __getattr__(name: str):
    # PolicyVectorizer needs scikit-learn: import it on first use only
    if name == "PolicyVectorizer":
        from .vectorize import PolicyVectorizer

        return PolicyVectorizer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | {"PolicyVectorizer"})
