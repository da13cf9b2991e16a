"""Quantities: every figure in a policy text, normalised, qualified and tied to what it measures.

Skeleton: the extractor's signature is final; the rules land with issue 3.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Quantity, Span
from .text import check_text

__all__ = ["extract_quantities", "parse_number"]


def parse_number(text: str) -> float | int:
    """Parse a number written in Arabic digits.

    >>> parse_number("1,200")
    1200
    """
    check_text(text, "parse_number")
    s = text.strip().replace(",", "")
    try:
        value = float(s)
    except ValueError:
        raise ValueError(f"parse_number() could not read a number in {text!r}") from None
    return int(value) if value.is_integer() and "." not in s else value


def extract_quantities(text: str, *, sentences: Sequence[Span] | None = None) -> list[Quantity]:
    """Find the figures in ``text``.

    >>> extract_quantities("")
    []
    """
    check_text(text, "extract_quantities")
    return []
