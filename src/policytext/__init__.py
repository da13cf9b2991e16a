"""policytext: turn Chinese policy documents into data.

>>> import policytext
>>> doc = policytext.analyze("2024年，北京新设立科技型企业11万家。")
>>> type(doc).__name__
'Document'

Importing policytext is cheap: jieba's dictionary, spaCy and scikit-learn load on first use.
"""

import sys as _sys
import types as _types
import typing as _typing

from .errors import DataFileError, DecodeError, ModelError, NotFittedError, PolicyTextError

if _typing.TYPE_CHECKING:  # what static analysis sees; at run time the names below load on first use
    from .document import Document
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

#: Where each public name lives: ``import policytext`` loads none of these modules (most of them
#: compile patterns or read lexicons on import), the first use of a name loads its module.
_LAZY = {
    "Abbreviation": ".records",
    "Context": ".pipeline",
    "Document": ".document",
    "Formula": ".records",
    "Keyword": ".records",
    "KeywordExtractor": ".keywords",
    "Parallel": ".records",
    "Pipeline": ".pipeline",
    "Quantity": ".records",
    "Quoted": ".records",
    "Reference": ".records",
    "Responsibility": ".records",
    "RoleClassifier": ".sections",
    "Section": ".records",
    "SectionClassifier": ".sections",
    "Sentence": ".records",
    "Span": ".records",
    "Structure": ".sections",
    "TermMatch": ".records",
    "add_words": ".tokenize",
    "analyze": ".pipeline",
    "assign_topics": ".sections",
    "classify_sentences": ".sections",
    "compare_formulas": ".slogans",
    "corpus_frame": ".frames",
    "cut": ".tokenize",
    "decode_bytes": ".files",
    "extract_abbreviations": ".slogans",
    "extract_keywords": ".keywords",
    "extract_parallels": ".slogans",
    "extract_quantities": ".quantities",
    "extract_quoted": ".slogans",
    "extract_responsibilities": ".sections",
    "extract_titles": ".slogans",
    "list_formulas": ".slogans",
    "normalize": ".text",
    "parse_number": ".quantities",
    "parse_structure": ".sections",
    "read_text": ".files",
    "score_terms": ".keywords",
    "split_paragraphs": ".text",
    "split_sentences": ".text",
    "tokenize": ".tokenize",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'policytext' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(_types.ModuleType):
    """The package, whose ``tokenize`` is the function, even after its submodule of the same name
    has loaded (the import system sets a package's attribute to each submodule it loads)."""

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, _types.ModuleType) and _LAZY.get(name) == "." + name:
            value = getattr(value, name)
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package


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
