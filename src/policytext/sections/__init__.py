"""Sections: document structure, sentence roles, section topics and responsibilities.

The subpackage is split by step; everything public is importable from here:

- :mod:`.structure`: :func:`parse_structure` (title, byline, issuer, 文号, recipients, date,
  furniture, heading tree) and :class:`Structure`.
- :mod:`.roles`: :func:`classify_sentences` (quote, background, measure, achievement, plan, other).

>>> from policytext.sections import parse_structure
>>> parse_structure("一、总体要求\\n正文。").sections[0].title
'总体要求'
"""

from .roles import classify_sentences
from .structure import Structure, chinese_int, iter_sections, parse_structure

__all__ = ["Structure", "chinese_int", "classify_sentences", "iter_sections", "parse_structure"]
