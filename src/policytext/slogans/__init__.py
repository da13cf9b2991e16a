"""Slogans: parallel formulas, numeric abbreviations and quoted phrases.

The steps, one module each: :mod:`.parallels` (抓平台、抓主体、抓转化; its templates in
:mod:`.templates` and :mod:`.pairs`, clause series in :mod:`.clauses`, sentence and heading series
in :mod:`.series`), :mod:`.abbreviations` (三医, 六链五群, 八项规定), :mod:`.quoted` (“领头雁”,
《…》 titles) and :mod:`.formulas` (a document's formulas listed once, two documents compared).
"""

from .abbreviations import extract_abbreviations
from .formulas import FormulaComparison, compare_formulas, list_formulas
from .parallels import extract_parallels
from .quoted import extract_quoted, extract_titles
from .series import sibling_headings

__all__ = [
    "FormulaComparison",
    "compare_formulas",
    "extract_abbreviations",
    "extract_parallels",
    "extract_quoted",
    "extract_titles",
    "list_formulas",
    "sibling_headings",
]
