"""Quantities: every figure in a policy text, normalised, qualified and tied to what it measures.

:func:`extract_quantities` finds counts (11万家), money (9153.3亿元), percents (15.5%, 百分之六,
0.5个百分点), fractions (1/7, 三分之一, 一半), multiples (11.4倍, 翻一番), dimensions (400微瓦,
2.3万亩), durations (连续6年), dates (2024年末, 2024—2027年) and bare numbers, each with its
qualifier (超/近/约/以上/余/多 ...), the indicator it measures, the date that governs it and the
role of a change figure. :func:`parse_number` reads a number however it is written.

The work is split by step: :mod:`.lexicon` loads the data files and builds the patterns,
:mod:`.parse` reads numbers, :mod:`.extract` finds figures, :mod:`.context` ties them to their
indicator, time and role.

>>> [(q.text, q.value, q.unit) for q in extract_quantities("研发投入强度保持在6%以上")]
[('6%', 6, '%')]
"""

from __future__ import annotations

from .api import extract_quantities
from .parse import parse_number

__all__ = ["extract_quantities", "parse_number"]
