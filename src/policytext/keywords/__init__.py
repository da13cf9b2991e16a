"""Keywords: policy-tuned keyword extraction and dictionary scoring.

Skeleton: the extractor's signature is final; the method lands with issue 5.
"""

from __future__ import annotations

from ..records import Keyword
from ..text import check_text

__all__ = ["extract_keywords"]


def extract_keywords(text: str, *, top_k: int = 20) -> list[Keyword]:
    """The ``top_k`` keywords of ``text``, best first.

    >>> extract_keywords("")
    []
    """
    check_text(text, "extract_keywords")
    if not isinstance(top_k, int) or top_k < 0:
        raise ValueError(f"top_k must be a non-negative int, got {top_k!r}")
    return []
