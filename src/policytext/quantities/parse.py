"""Reading numbers: Arabic, full-width, Chinese, financial, mixed, fractions.

The grammar is the usual one for Chinese numerals: digits, the small units 十/百/千 that multiply
the digit before them, and the magnitudes 万/亿/兆 that scale everything written before them since
the last larger magnitude (四十五亿四千零四万 = 45×10⁸ + 4004×10⁴). A digit left over after a unit
takes the next lower place (一万三 = 13000, 九百九 = 990) unless 零 came before it (一千零五 = 1005).
Digits without any unit are read one by one (二〇二四 = 2024). Arithmetic is done in
:class:`decimal.Decimal`, so 2.97万 is exactly 29700.

>>> parse_number("两千三百零五"), parse_number("二〇二四"), parse_number("2.97万")
(2305, 2024, 29700)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..text import check_text, normalize
from .lexicon import lexicon

__all__ = ["parse_number", "read_value"]

_PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_MIXED_FRACTION = re.compile(r"([+-]?[0-9]+) +([0-9]+)/([0-9]+)")
_SLASH = re.compile(r"([+-]?[0-9]+(?:\.[0-9]+)?)/([0-9]+(?:\.[0-9]+)?)")
_MINUS = "-−－"
_ARABIC_TOKEN = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]*\.?[0-9]+")
_VAGUE_INSIDE = "余多"


# Python's own limit for int(str); int(Decimal) has none and is quadratic in the digits.
_MAX_DIGITS = 4300


def _result(value: Decimal) -> int | float:
    if value.is_finite() and value.adjusted() >= _MAX_DIGITS:
        raise ValueError(f"a number of more than {_MAX_DIGITS} digits is not a figure")
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _clean(text: str) -> str:
    s = normalize(text).text
    return "".join(s.split())


def read_value(text: str) -> Decimal:
    """The exact value of a number as written, as a :class:`~decimal.Decimal`.

    Raises:
        ValueError: when ``text`` is not a well-formed number (十四五, 一二, 万).

    >>> read_value("四十五亿四千零四万")
    Decimal('4540040000')
    """
    return _value(normalize(text).text)


def _value(raw: str) -> Decimal:
    """:func:`read_value` of an already normalised string."""
    text = raw
    raw = raw.strip()
    m = _MIXED_FRACTION.fullmatch(raw)
    if m:
        whole, num, den = (Decimal(g) for g in m.groups())
        if den == 0:
            raise ValueError(f"zero denominator in {text!r}")
        return whole + (num / den if whole >= 0 else -num / den)
    s = "".join(raw.split())
    if not s:
        raise ValueError("empty number")
    num = lexicon().numerals
    sign = Decimal(1)
    while s and (s[0] in _MINUS or num.get(s[0], (None, ""))[1] == "minus"):
        sign = -sign
        s = s[1:]
    s = s.removeprefix("+")
    if not s:
        raise ValueError(f"no digits in {text!r}")
    and_chars = [c for c in s if num.get(c, (None, ""))[1] == "and"]
    if and_chars:  # 三百五十又三分之一
        whole, _, frac = s.partition(and_chars[0])
        w = _value(whole)
        f = _value(frac)
        return sign * (w + f)
    if "分之" in s:
        den_s, _, num_s = s.partition("分之")
        den = _value(den_s)
        numer = _value(num_s)
        if den == 0:
            raise ValueError(f"zero denominator in {text!r}")
        return sign * numer / den
    m = _SLASH.fullmatch(s)
    if m:
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        if b == 0:
            raise ValueError(f"zero denominator in {text!r}")
        return sign * a / b
    if _PLAIN.fullmatch(s):
        try:
            return sign * Decimal(s)
        except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
            raise ValueError(f"could not read a number in {text!r}") from None
    if _GROUPED.fullmatch(s):
        return sign * Decimal(s.replace(",", ""))
    return sign * _read_chinese(s, text)


def _tokens(s: str, text: str) -> list[tuple[str, Decimal, int]]:
    """Split a Chinese or mixed numeral into (role, value, width) tokens."""
    num = lexicon().numerals
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isdigit() and c.isascii() or c == ".":
            m = _ARABIC_TOKEN.match(s, i)
            if not m:
                raise ValueError(f"could not read a number in {text!r}")
            out.append(("n", Decimal(m.group().replace(",", "")), m.end() - i))
            i = m.end()
            continue
        if c in _VAGUE_INSIDE:
            i += 1
            continue
        if c not in num:
            raise ValueError(f"could not read a number in {text!r} (at {c!r})")
        value, role = num[c]
        role_code = {"digit": "d", "unit": "u", "magnitude": "m", "vague": "d", "point": ".",
                     "dozen": "x", "half": "h"}.get(role)
        if role_code is None:
            raise ValueError(f"could not read a number in {text!r} (at {c!r})")
        out.append((role_code, Decimal(value), 1))
        i += 1
    return out


def _read_chinese(s: str, text: str) -> Decimal:
    toks = _tokens(s, text)
    if not toks:
        raise ValueError(f"could not read a number in {text!r}")
    dozen = Decimal(1)
    if toks[-1][0] == "x":
        dozen = toks[-1][1]
        toks = toks[:-1]
        if not toks:
            raise ValueError(f"could not read a number in {text!r}")
    if any(t[0] == "x" for t in toks):
        raise ValueError(f"could not read a number in {text!r}")
    if toks[0][0] == "h" and len(toks) > 1:  # 半百 = 50
        toks = [("n", Decimal("0.5"), 1)] + toks[1:]
    if any(t[0] == "h" for t in toks):
        raise ValueError(f"could not read a number in {text!r}")
    points = [i for i, t in enumerate(toks) if t[0] == "."]
    if len(points) > 1:
        raise ValueError(f"more than one decimal point in {text!r}")
    if points:
        p = points[0]
        head, tail = toks[:p], toks[p + 1:]
        digits = []
        while tail and tail[0][0] == "d":
            digits.append(str(int(tail[0][1])))
            tail = tail[1:]
        if not digits or any(t[0] != "m" for t in tail):
            raise ValueError(f"could not read the decimals of {text!r}")
        frac = Decimal("0." + "".join(digits))
        if tail:  # 一点五亿
            if any(t[0] == "m" for t in head):
                raise ValueError(f"could not read a number in {text!r}")
            scale = Decimal(1)
            for t in tail:
                scale *= t[1]
            return (_integer(head, text) + frac) * scale * dozen
        return (_integer(head, text) + frac) * dozen
    return _integer(toks, text) * dozen


def _merge_digit_runs(toks: list) -> list:
    """Read digits written one by one before a unit as one number (一七五万 = 175万, 二○·四).

    Three or more digits in a row, or two with a zero among them (一○), are a digit-by-digit
    number; two other digits in a row (三五, 七八) stay an error: they are an approximate range.
    """
    out: list = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j][0] == "d" and toks[j][2] == 1:
            j += 1
        run = toks[i:j]
        if run and j < len(toks) and toks[j][0] == "u":  # 一二十 is no number
            out.extend(run)
            i = j
            continue
        if len(run) >= 3 or (len(run) == 2 and any(t[1] == 0 for t in run) and run[0][1] != 0):
            out.append(("n", Decimal("".join(str(int(t[1])) for t in run)), len(run)))
            i = j
        else:
            out.append(toks[i])
            i += 1
    return out


def _integer(toks: list, text: str) -> Decimal:
    if not toks:
        raise ValueError(f"could not read a number in {text!r}")
    kinds = {t[0] for t in toks}
    if kinds <= {"d"} or (kinds <= {"d", "n"} and all(t[2] == 1 for t in toks)):
        if len(toks) == 1:
            return toks[0][1]
        # digits read one by one: 二〇二四; 几 is not a digit here
        return Decimal("".join(str(int(t[1])) for t in toks))
    toks = _merge_digit_runs(toks)
    total = Decimal(0)  # everything scaled by a magnitude so far
    section = Decimal(0)  # the part below the current magnitude
    pending = None  # a digit waiting for its unit
    pending_single = False
    last_unit = None  # the place of the last unit or magnitude
    small_unit = None  # the last small unit in this section
    zero = False
    prev = None
    top = Decimal(0)  # the largest magnitude applied so far
    for role, value, width in toks:
        if role in ("d", "n"):
            if role == "d" and value == 0 and width == 1:
                if pending is not None:
                    raise ValueError(f"could not read a number in {text!r}")
                zero = True
                prev = "z"
                continue
            if pending is not None:
                raise ValueError(f"two numbers in a row in {text!r}")
            pending = value
            pending_single = width == 1
            prev = "n"
        elif role == "u":
            if small_unit is not None and value >= small_unit:
                raise ValueError(f"units out of order in {text!r}")
            section += (pending if pending is not None else Decimal(1)) * value
            pending = None
            small_unit = value
            last_unit = value
            zero = False
            prev = "u"
        elif role == "m":
            if pending is not None:
                section += pending
                pending = None
            if section == 0 and prev == "m":  # 万万, 万亿 (not 亿万)
                if value < last_unit:
                    raise ValueError(f"magnitudes out of order in {text!r}")
                total *= value
                top = max(top, value)
            else:
                if section == 0 and total == 0 and prev is None:
                    section = Decimal(1)  # a bare magnitude: 亿 in 亿元
                if section == 0:
                    raise ValueError(f"could not read a number in {text!r}")
                if value > top:
                    total = (total + section) * value
                    top = value
                else:
                    total += section * value
            section = Decimal(0)
            small_unit = None
            last_unit = value
            zero = False
            prev = "m"
        else:
            raise ValueError(f"could not read a number in {text!r}")
    if pending is not None:
        if prev == "n" and last_unit is not None and not zero and pending_single and last_unit >= 10:
            pending *= last_unit / 10  # 一万三, 九百九, 两千三
        section += pending
    return total + section


def parse_number(text: str) -> int | float:
    """Read a number written in Arabic, full-width, Chinese or mixed figures, or a fraction.

    Reads thousands separators (1,200), decimals, negatives (负3.2, -3.2), Chinese and financial
    numerals (两千三百零五, 壹仟, 二〇二四), mixed forms (2.97万, 1万多, 3.5亿), fractions (1/7,
    三分之一, 百分之六 = 0.06) and mixed fractions (三又三分之一). Returns an ``int`` when the value
    is whole, else a ``float``.

    Args:
        text: the number as written, without a unit.

    Raises:
        TypeError: ``text`` is not a str.
        ValueError: ``text`` is not a well-formed number (十四五, 一二, 第一, 万).

    >>> parse_number("1,200"), parse_number("负3.2"), parse_number("壹仟")
    (1200, -3.2, 1000)
    >>> parse_number("三分之一")
    0.3333333333333333
    >>> parse_number("十四五")
    Traceback (most recent call last):
    ...
    ValueError: two numbers in a row in '十四五'
    """
    check_text(text, "parse_number")
    value = read_value(text)
    if len(_clean(text)) == 1 and lexicon().numerals.get(_clean(text), (0, ""))[1] == "magnitude":
        raise ValueError(f"a magnitude alone is not a number: {text!r}")
    return _result(value)
