"""Sentence roles (placeholder while the rule baseline is written)."""

from __future__ import annotations

from ..records import Sentence

__all__ = ["classify_sentences"]


def classify_sentences(sentences) -> list[Sentence]:
    """Give each sentence a role (every sentence gets ``None`` for now).

    >>> classify_sentences([])
    []
    """
    return [Sentence(s.text, s.start, s.end, None) for s in sentences]
