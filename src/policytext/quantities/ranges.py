"""Ranges (3—5个, 2024—2027年, 85亿-90亿人次, 百分之二十到三十) and qualifiers (超, 近, 约,
以上, 余/多 ...) around a figure. Mixed into the scanner of :mod:`.extract`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .figure import (
    _CONNECTOR,
    _YEAR_MAX,
    _YEAR_MIN,
    Figure,
    _is_cjk,
)
from .lexicon import lexicon
from .parse import _value as read_value

__all__ = ["RangeRules"]

_BASE_MAX = 14  # how far a comparison word may stand before the 的 of a share's base
_CLAUSE_PUNCT = frozenset("，,。;；:：!?！？、\n()（）")


@lru_cache(maxsize=1)
def _comparisons() -> re.Pattern:
    """Qualifier words of two characters or more (不高于, 超过): they may stand before a base."""
    words = sorted((w for w in lexicon().qualifiers_before if len(w) >= 2), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


class RangeRules:
    """Range and qualifier rules of the scanner (a mixin over the scanner's text and lexicon)."""

    def _range(self, fig: Figure) -> Figure | None:
        t = self.t
        if fig.kind == "date" and fig.unit is None and fig.value is None:
            pass
        c = _CONNECTOR.match(t, fig.end)
        if not c:
            return fig
        if c.group().startswith("到") and fig.unit is not None:
            # 增长到 is a change, not a range; a range by 到 repeats its unit (十五亿元到二十亿元)
            pass
        r = self.lex.run.match(t, c.end())
        if not r:
            return fig
        f2, _ = self._run(c.end(), r.end(), nested=True)
        if f2 is None:
            return fig
        if fig.kind == "date" and fig.value is not None and f2.kind == "date" and f2.value is not None:
            fig.value_max = f2.value
        elif fig.kind == "number" and f2.kind != "number" and (not fig.has_magnitude or f2.has_magnitude):
            if f2.kind == "date" and f2.value is not None:
                iv = Decimal(fig.value)
                if not (iv == iv.to_integral_value() and _YEAR_MIN <= iv <= _YEAR_MAX):
                    return fig
                fig.value = int(iv)
                fig.value_max = f2.value
                fig.kind = "date"
            elif f2.kind == "date":
                fig.kind = "date"
                fig.value = None
            else:
                scale = Decimal(1)
                if f2.has_magnitude and not fig.has_magnitude:
                    num2 = t[c.end():f2.number_end].replace(" ", "")
                    mags = ""
                    while num2 and num2[-1] in self.lex.chars["magnitude"] + self.lex.chars["unit"]:
                        mags = num2[-1] + mags
                        num2 = num2[:-1]
                    if mags:
                        try:
                            scale = read_value(mags) if len(mags) else Decimal(1)
                        except ValueError:
                            scale = Decimal(1)
                        if Decimal(fig.value) * scale > Decimal(f2.value):
                            scale = Decimal(1)
                fig.value = Decimal(fig.value) * scale
                fig.value_max = f2.value
                fig.kind = f2.kind
                fig.unit = f2.unit
                fig.currency = f2.currency
                fig.qualifier = fig.qualifier or f2.qualifier
        elif fig.unit is not None and fig.unit == f2.unit and fig.kind == f2.kind and f2.kind != "date" or fig.prefix_form and f2.kind == "number":
            fig.value_max = f2.value
        else:
            return fig
        fig.end = f2.end
        fig.text = t[fig.start:fig.end]
        return fig

    def _qualifier_before(self, fig: Figure) -> str | None:
        t = self.t
        s = fig.start
        lo = max(0, s - 4)
        window = t[lo:s]
        m = self.lex.before_re.search(window)
        if not m and fig.kind in ("fraction", "percent"):
            return self._share_qualifier(fig)
        if not m:
            return None
        q = self.lex.qualifiers_before[m.group()]
        if q == "nearly" and m.group() == "近" and fig.kind == "duration" and not self._nearly(lo + m.start(), fig):
            return None  # 创近5年新高: the last five years, not nearly five
        return None if q == "none" else q

    def _nearly(self, near: int, fig: Figure) -> bool:
        """Whether 近 before a duration means nearly (经过近二十年, 近两年时间), not recent."""
        t = self.t
        if t.startswith(("时间", "之久"), fig.end):
            return True
        return any(t.startswith(w, near - len(w)) for w in self.lex.nearly_before)

    def _share_qualifier(self, fig: Figure) -> str | None:
        """The qualifier of a share written with its base: 约占全国的1/7, 超过全球一半,
        不高于承担风险责任的0.5%."""
        t = self.t
        s = fig.start
        w = t[max(0, s - 12):s]
        if not (w.endswith("的") or "占" in w[-8:]):
            return None  # 高于全国1.9个百分点 is a difference, not a qualified share
        w = w.removesuffix("的")
        for base in self.lex.share_bases:
            if w.endswith(base):
                w = w[: -len(base)].removesuffix("占")
                m = self.lex.before_re.search(w[-4:])
                if m:
                    q = self.lex.qualifiers_before[m.group()]
                    return None if q == "none" else q
                break
        if not t.startswith("的", s - 1):
            return None
        # a comparison word before any base noun phrase ending in 的: 不高于承担风险责任的0.5%
        lo = max(0, s - 1 - _BASE_MAX)
        last = None
        for last in _comparisons().finditer(t, lo, s - 1):
            pass
        if last is None or any(c in _CLAUSE_PUNCT or c.isdigit() for c in t[last.end():s - 1]):
            return None
        q = self.lex.qualifiers_before[last.group()]
        return None if q == "none" else q

    def _qualifier_after(self, fig: Figure) -> str | None:
        m = self.lex.after_re.match(self.t, fig.end)
        if not m:
            return None
        q = self.lex.qualifiers_after[m.group()]
        if q == "none":
            return None
        w = m.group()
        if w in ("内", "之内", "以内") and fig.kind not in ("duration", "dimension", "date"):
            return None if w == "内" else q
        if w in ("多", "余") and fig.kind in ("date",):
            return None
        if w in ("上下", "前后") and _is_cjk(self.char(m.end())) and self.char(m.end()) not in "的":
            return None
        return q
