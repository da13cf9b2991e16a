"""policytext: turn Chinese policy documents into data.

>>> import policytext
>>> doc = policytext.analyze("2024年，北京新设立科技型企业11万家。")
>>> type(doc).__name__
'Document'

Importing policytext is cheap: jieba's dictionary, spaCy and scikit-learn load on first use.
"""

from .document import Document
from .errors import DataFileError, DecodeError, ModelError, NotFittedError, PolicyTextError
from .files import decode_bytes, read_text
from .frames import corpus_frame
from .keywords import KeywordExtractor, extract_keywords, score_terms
from .pipeline import Context, Pipeline, analyze
from .quantities import extract_quantities, parse_number
from .records import (
    Abbreviation,
    Formula,
    Keyword,
    Parallel,
    Quantity,
    Quoted,
    Reference,
    Responsibility,
    Section,
    Sentence,
    Span,
    TermMatch,
)
from .sections import (
    RoleClassifier,
    SectionClassifier,
    Structure,
    assign_topics,
    classify_sentences,
    extract_responsibilities,
    parse_structure,
)
from .slogans import (
    compare_formulas,
    extract_abbreviations,
    extract_parallels,
    extract_quoted,
    extract_titles,
    list_formulas,
)
from .text import normalize, split_paragraphs, split_sentences
from .tokenize import add_words, cut, tokenize

__version__ = "0.1.0.dev0"

__all__ = [
    "Abbreviation",
    "Context",
    "DataFileError",
    "DecodeError",
    "Document",
    "Formula",
    "Keyword",
    "KeywordExtractor",
    "ModelError",
    "NotFittedError",
    "Parallel",
    "Pipeline",
    "PolicyTextError",
    "Quantity",
    "Quoted",
    "Reference",
    "Responsibility",
    "RoleClassifier",
    "Section",
    "SectionClassifier",
    "Sentence",
    "Span",
    "Structure",
    "TermMatch",
    "__version__",
    "add_words",
    "analyze",
    "assign_topics",
    "classify_sentences",
    "compare_formulas",
    "corpus_frame",
    "cut",
    "decode_bytes",
    "extract_abbreviations",
    "extract_keywords",
    "extract_parallels",
    "extract_quantities",
    "extract_quoted",
    "extract_responsibilities",
    "extract_titles",
    "list_formulas",
    "normalize",
    "parse_number",
    "parse_structure",
    "read_text",
    "score_terms",
    "split_paragraphs",
    "split_sentences",
    "tokenize",
]
