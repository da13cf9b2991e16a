"""Dates and the units that need a second look: 年 (a year or a duration), 月, 日.

A four-figure year (2024年, 二〇二四年) starts a date that may go on with month, day and a suffix
(2024年末, 2024年4月底) or span one year (2019年1月1日至12月31日); any other number of 年 is a duration
(连续6年, 五年行动计划). Mixed into the scanner of :mod:`.extract`.
"""

from __future__ import annotations

from decimal import Decimal

from .figure import (
    _ARTICLE,
    _CONNECTOR,
    _DAY,
    _YEAR_BEFORE,
    _YEAR_MAX,
    _YEAR_MIN,
    Figure,
    _is_cjk,
)
from .parse import _value as read_value

__all__ = ["DateRules"]


class DateRules:
    """Date rules of the scanner (a mixin: it relies on the scanner's ``t``, ``p`` and ``lex``)."""

    def _special_units(self, fig: Figure, core: str, is_arabic: bool):
        t = self.t
        unit = fig.unit
        v = fig.value
        if unit == "年":
            iv = Decimal(v)
            if core in _ARTICLE and self.prev_char(fig.start) in _YEAR_BEFORE:
                return None, fig.end
            digit_only = all(c in self.lex.chars["digit"] for c in core) and len(core) == 4
            year_like = (is_arabic and iv == iv.to_integral_value() and _YEAR_MIN <= iv <= _YEAR_MAX
                         and "." not in core and "," not in core and len(core.replace(" ", "")) == 4)
            if year_like or digit_only:
                return self._date(fig, int(iv))
            fig.kind = "duration"
            return fig, fig.end
        if unit == "月":
            iv = Decimal(v)
            if iv == iv.to_integral_value() and 1 <= iv <= 12 and not fig.qualifier:
                return self._month(fig)
            fig.kind = "duration"
            return fig, fig.end
        if unit in ("日",):
            iv = Decimal(v)
            if t.startswith(("内", "以内", "之内"), fig.end) or not (1 <= iv <= 31):
                fig.kind = "duration"
                return fig, fig.end
            fig.kind = "date"
            fig.value = None
            fig.unit = None
            return fig, fig.end
        return fig, fig.end

    def _date(self, fig: Figure, year: int):
        t = self.t
        fig.kind = "date"
        fig.value = year
        fig.unit = None
        end = fig.end
        m = self.p["month_day"].match(t, end)
        if m and self._small_int(m.group("mon"), 12) and (m.group("day") is None or self._small_int(m.group("day"), 31)):
            end = m.end()
        sm = self.p["suffix"].match(t, end)
        if sm and not _is_cjk(self.char(sm.end())) or sm and sm.group() in ("底", "末", "初", "上半年", "下半年", "年底", "年初", "度", "份"):
            end = sm.end()
        # 2019年1月1日至12月31日: a span inside one year
        c = _CONNECTOR.match(t, end)
        if c and m and end == m.end():
            m2 = self.p["month_day"].match(t, c.end())
            if m2 and m2.group("day") and self._small_int(m2.group("mon"), 12):
                end = m2.end()
        fig.end = end
        fig.text = t[fig.start:end]
        return fig, end

    def _month(self, fig: Figure):
        t = self.t
        fig.kind = "date"
        fig.value = None
        fig.unit = None
        end = fig.end
        m = _DAY.match(t, end)
        if m and self._small_int(m.group(1), 31):
            end = m.end()
        sm = self.p["suffix"].match(t, end)
        if sm and sm.group() in ("底", "末", "初", "上旬", "中旬", "下旬", "份"):
            end = sm.end()
        fig.end = end
        fig.text = t[fig.start:end]
        return fig, end

    @staticmethod
    def _small_int(s: str, top: int) -> bool:
        try:
            v = read_value(s)
        except ValueError:
            return False
        return v == v.to_integral_value() and 1 <= v <= top
