"""Slogans: parallel formulas, numeric abbreviations and quoted phrases.

Skeleton: the extractors' signatures are final; the rules land with issue 4.
"""

from __future__ import annotations

from .records import Abbreviation, Parallel, Quoted, Reference
from .text import check_text

__all__ = ["extract_abbreviations", "extract_parallels", "extract_quoted", "extract_titles"]


def extract_parallels(text: str) -> list[Parallel]:
    """Find parallel formulas (抓平台、抓主体、抓转化).

    >>> extract_parallels("")
    []
    """
    check_text(text, "extract_parallels")
    return []


def extract_abbreviations(text: str) -> list[Abbreviation]:
    """Find numeric abbreviations (三医, 六链五群).

    >>> extract_abbreviations("")
    []
    """
    check_text(text, "extract_abbreviations")
    return []


def extract_quoted(text: str) -> list[Quoted]:
    """Find quoted phrases and class them.

    >>> extract_quoted("")
    []
    """
    check_text(text, "extract_quoted")
    return []


def extract_titles(text: str) -> list[Reference]:
    """Find document titles in 《…》.

    >>> extract_titles("")
    []
    """
    check_text(text, "extract_titles")
    return []
