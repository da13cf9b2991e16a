"""The figure record the scanner builds, and the constants and patterns its rules share.

>>> Figure(0, 3, "11家", "count", 11, unit="家").unit
'家'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .lexicon import lexicon

__all__ = ["Figure"]


@dataclass(slots=True)
class Figure:
    """A figure found in the normalised text (offsets into it), before it becomes a record."""

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | int | float | None
    value_max: Decimal | int | float | None = None
    unit: str | None = None
    qualifier: str | None = None
    currency: str | None = None
    indicator: str | None = None
    time: str | None = None
    role: str | None = None
    indicator_span: tuple[int, int] | None = None  # offsets of the indicator in the normalised text
    time_span: tuple[int, int] | None = None  # offsets of the governing date in the normalised text
    number_end: int = 0  # where the number (before its unit) ends
    has_magnitude: bool = False
    prefix_form: bool = False  # 百分之X: a bare number after 到 continues its range


_CJK = re.compile(r"[\u3400-\u9fff]")
_FRACTION = re.compile(r" {0,2}分 {0,2}之 {0,2}(?P<neg>[负負-])?")
_MIXED = re.compile(r" {0,2}又 {0,2}")
_SLASH = re.compile(r"/([0-9]+)(?![0-9./])")
_DAY = re.compile(r" ?([0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]")
_PIECE = re.compile(r"\S+")
_ZHE = re.compile(" {0,2}折")
_URL = re.compile(r"(?:https?://|www\.)[^\s，。；、“”（）]+")
_LATIN = re.compile(r"[A-Za-z]")
_CONNECTOR = re.compile(r"(?:[—–―~〜\-]{1,2}|至|到)(?=[0-9一二三四五六七八九十两])")
_OPENERS = "(（[【〔［〈《"
_CLOSERS = ")）]】〕］〉》"
_HEADING_END = "、.．)）﹒ \t"
_NAME_FOLLOW = re.compile(r"[A-Za-z]")
_YEAR_MIN, _YEAR_MAX = 1000, 2199
_ARTICLE = frozenset("一壹")
_LABELS = frozenset("图表件款条章节栏")
_NOT_MINUS = frozenset("不辜胜自担抱欺背肩正")  # 不负十四亿: 负 is a verb there
_YEAR_BEFORE = frozenset("上下头同这那每前后当今明新该此")  # 上一年 is a year, not a duration
_WORDLIKE = frozenset("拾佰仟伍陆陸")  # alone they are mostly words: 拾起, 入伍, 陆地
_SECOND = frozenset("二贰貳")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    ch = lex.chars
    currencies = [u for u, (k, _) in lex.units.items() if k == "money"]
    alt = "|".join(re.escape(u) for u in sorted(currencies, key=len, reverse=True))
    dims = [u for u, (k, _) in lex.units.items() if k == "dimension" and _is_cjk(u[0])]
    dim_alt = "|".join(re.escape(u) for u in sorted(dims, key=len, reverse=True))
    cn_small = f"[{ch['digit']}十]{{1,3}}"
    suffixes = "|".join(re.escape(s) for s in lex.date_suffixes)
    return {
        "special": re.compile(
            r"(?P<per>[百千万佰仟萬]{1,3} {0,2}分 {0,2}之 {0,2})"
            r"|(?P<halfpct>半成|半折|(?<=打)[对對]折)"
            r"|(?P<half>一半|半数)"
            rf"|(?P<sym>[{re.escape(''.join(lex.symbols))}]) ?(?=[0-9])"
            # 翻一番 = x2, 翻了两番 = x4; a bare 翻番 (to double) writes no number and is no figure
            r"|(?P<fan>翻了?(?P<fan_n>[一两二三四五六七八九十])番)"
            rf"|(?P<mag>(?:[十百千]?[万亿萬億]{{1,3}}|[百千]))(?=(?:{alt}))"
            # 新增千亿斤粮食生产能力, 百万吨乙烯: a two-character magnitude before a physical unit
            rf"|(?P<mag2>(?:[十百千][万亿]|万亿))(?=(?:{dim_alt})(?!级))"
        ),
        "month": re.compile(rf" ?(?P<mon>[0-9]{{1,2}}|{cn_small}) ?月(?! ?份?[ ]?[0-9一二三四五六七八九十]+ ?[日号])?"),
        "month_day": re.compile(
            rf" ?(?P<mon>[0-9]{{1,2}}|{cn_small}) ?月(?: ?(?P<day>[0-9]{{1,2}}|{cn_small}) ?[日号])?"
        ),
        "suffix": re.compile(f"(?:{suffixes})") if suffixes else re.compile(r"(?!x)x"),
    }


# Python's own limit for int(str); int(Decimal) has none and is quadratic in the digits. A longer
# run of digits is not a figure: its value is left out (None) rather than computed.
_MAX_DIGITS = 4300


def _num_value(v: Decimal) -> int | float | None:
    if v.is_finite() and v.adjusted() >= _MAX_DIGITS:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"
