"""Finding figures: number runs, their units, qualifiers, ranges and dates.

One left-to-right scan of the normalised text. A candidate is a run of number characters (Arabic
or Chinese figures, magnitudes, spaces between figures) or one of the special forms (百分之X,
翻一番, 一半, a magnitude alone before a currency: 千亿元). Each candidate is parsed, its unit read
at its end (longest unit first), then the rules that tell a figure from a name or a word apply:
ordinals (第三), numbers stuck to Latin letters (6G, PM2.5), headings (一、, (1)), per-capita
denominators (每万人口), fixed words and numeric slogans (一批, 八项规定), one as an article
(一项系统工程), congresses (党的十九大). A candidate is looked at once and every regex is
anchored at the candidate, so the scan is linear in the length of the text.

>>> [(f.text, f.value, f.unit) for f in scan("新设科技型企业11万家，增长7.2%")]
[('11万家', 110000, '家'), ('7.2%', 7.2, '%')]
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from .dates import DateRules
from .figure import (
    _ARTICLE,
    _CLOSERS,
    _CONNECTOR,
    _FRACTION,
    _HEADING_END,
    _LABELS,
    _LATIN,
    _MIXED,
    _NAME_FOLLOW,
    _NOT_MINUS,
    _OPENERS,
    _PIECE,
    _SECOND,
    _SLASH,
    _URL,
    _WORDLIKE,
    _YEAR_MAX,
    _YEAR_MIN,
    _ZHE,
    Figure,
    _is_cjk,
    _num_value,
    _patterns,
)
from .lexicon import Lexicon, lexicon
from .parse import _value as read_value
from .ranges import RangeRules

__all__ = ["Figure", "scan"]

_PACKAGE_UNITS = frozenset(("条", "项", "款", "件"))  # “31条”政策, “两项”补贴


class _Scanner(DateRules, RangeRules):
    def __init__(self, t: str, lex: Lexicon):
        self.t = t
        self.n = len(t)
        self.lex = lex
        self.p = _patterns()
        self.out: list[Figure] = []
        self.urls = [m.span() for m in _URL.finditer(t)] if ("http" in t or "www." in t) else []

    # -- helpers ---------------------------------------------------------------------------
    def prev_char(self, i: int, k: int = 1) -> str:
        return self.t[i - k] if i - k >= 0 else "\0"

    def char(self, i: int) -> str:
        return self.t[i] if 0 <= i < self.n else "\0"

    def stuck_to_latin(self, s: int, e: int) -> bool:
        c = self.prev_char(s)
        if _LATIN.match(c):
            return True
        return c in "-_./" and bool(_LATIN.match(self.prev_char(s, 2)) or self.prev_char(s, 2).isdigit())

    def in_exception(self, s: int, e: int) -> bool:
        lo = max(0, s - 8)
        for m in self.lex.exceptions.finditer(self.t, lo, min(self.n, e + 8)):
            if m.start() <= s and e <= m.end():
                return True
        return False

    def in_formula(self, fig: Figure) -> bool:
        """1+9, 4+1, AI+: a number joined by + is part of a named formula."""
        return self.prev_char(fig.start) in "+＋" or self.char(fig.end) in "+＋"

    def quoted_name(self, fig: Figure) -> bool:
        """“六个龙江”, “十户长制”, “3815”: a figure opening a short quotation names something.

        Except a count of articles or items that fills the quotation (“31条”政策: a policy package of
        31 articles; not the slogan “三首”) and N大 + noun (“五大安全”, counted like 三大工程).
        """
        if self.prev_char(fig.start) not in "“\"「『":
            return False
        close = self.t.find("”", fig.end, fig.end + 9)
        if close == -1:
            close = self.t.find("\"", fig.end, fig.end + 9)
        if close == -1 or not all(_is_cjk(c) or c in "+·" for c in self.t[fig.end:close]):
            return False
        if fig.kind == "count" and fig.unit is None and fig.text.endswith("大"):
            return False
        return not (close == fig.end and fig.kind == "count" and fig.unit in _PACKAGE_UNITS)

    def enclosed(self, s: int, e: int) -> bool:
        """[1], (十一), 〔2018〕, with line breaks or spaces inside the brackets (footnotes)."""
        i = s - 1
        while i >= 0 and self.t[i] in " \n\r\t":
            i -= 1
        j = e
        while j < self.n and self.t[j] in " \n\r\t":
            j += 1
        return i >= 0 and j < self.n and self.t[i] in _OPENERS and self.t[j] in _CLOSERS

    def unit_at(self, i: int):
        """(unit, per, end) of a unit written at i (one space allowed before it), or None."""
        j = i
        while j < self.n and j - i < 4 and self.t[j] == " ":
            j += 1
        m = self.lex.unit_re.match(self.t, j)
        if not m:
            return None
        unit = m.group("unit")
        if self.t.startswith("级", m.end()) and self.lex.units[unit][0] in ("dimension", "count", "money"):
            return ("", "class", m.end("unit"))  # 30万吨级码头, 千亿元级: a size class, not a figure
        blockers = self.lex.blockers.get(unit)
        if blockers and any(self.t.startswith(b, m.end("unit")) for b in blockers):
            return ("", None, m.end("unit"))
        return unit, m.group("per"), m.end()

    # -- the scan ---------------------------------------------------------------------------
    def run(self) -> list[Figure]:
        t = self.t
        lex = self.lex
        special = self.p["special"]
        run_re = lex.run
        pos = 0
        starts = self._starts()
        for s in starts:
            if s < pos:
                continue
            fig = None
            m = special.match(t, s)
            if m:
                fig, end = self._special(m)
            else:
                r = run_re.match(t, s)
                if r:
                    fig, end = self._run(s, r.end())
                else:
                    end = s + 1
            if fig is not None:
                fig = self._finish(fig)
                if fig is not None:
                    self.out.append(fig)
                    end = max(end, fig.end)
            pos = end
        return self.out

    def _starts(self):
        """Positions where a candidate can begin (left to right)."""
        ch = self.lex.chars
        first = re.compile(f"[0-9{ch['digit']}{ch['unit']}{ch['magnitude']}半翻.$¥￥€£]")
        return (m.start() for m in first.finditer(self.t))

    # -- special forms ----------------------------------------------------------------------
    def _special(self, m: re.Match):
        t = self.t
        s = m.start()
        if m.group("per"):
            head = m.group("per").replace(" ", "")
            num_start = m.end()
            if t.startswith("百", num_start) and not t.startswith("百分", num_start):
                num_end = num_start + 1
                value = Decimal(100)
            else:
                r = self.lex.run.match(t, num_start)
                if not r:
                    return None, m.end()
                num_end = r.end()
                while num_end > num_start and t[num_end - 1] == " ":
                    num_end -= 1
                try:
                    value = read_value(t[num_start:num_end])
                except ValueError:
                    # 百分之七十百分位: the run took the next word's 百
                    ch = self.lex.chars
                    head_txt = t[num_start:num_end - 1]
                    if (num_end - num_start < 3 or t[num_end - 1] not in ch["unit"] + ch["magnitude"]
                            or all(c in ch["digit"] for c in head_txt)):
                        return None, r.end()
                    try:
                        value = read_value(t[num_start:num_end - 1])
                    except ValueError:
                        return None, r.end()
                    num_end -= 1
            try:
                den = read_value(head[:-2])  # 百 -> 100
            except ValueError:
                return None, num_end
            pct = value * 100 / den
            fig = Figure(s, num_end, t[s:num_end], "percent", pct, unit="%", number_end=num_end,
                         prefix_form=True)
            return fig, num_end
        if m.group("sym"):
            r = self.lex.run.match(t, m.end())
            if not r or self.stuck_to_latin(s, m.end()):
                return None, m.end()
            end = r.end()
            while t[end - 1] == " ":
                end -= 1
            try:
                value = read_value(t[m.end():end])
            except ValueError:
                return None, end
            unit, currency = self.lex.symbols[m.group("sym")]
            return Figure(s, end, t[s:end], "money", value, unit=unit, currency=currency,
                          number_end=end), end
        if m.group("halfpct"):
            v = Decimal(5) if m.group("halfpct") == "半成" else Decimal(50)
            return Figure(s, m.end(), m.group(), "percent", v, unit="%", number_end=m.end()), m.end()
        if m.group("half"):
            return Figure(s, m.end(), m.group(), "fraction", Decimal("0.5"), number_end=m.end()), m.end()
        if m.group("fan"):
            times = read_value(m.group("fan_n"))
            return Figure(s, m.end(), m.group(), "multiple", Decimal(2) ** int(times), unit="番",
                          number_end=m.end()), m.end()
        if m.group("mag") or m.group("mag2"):
            if self.prev_char(s) in "每数几幾上成" or self.prev_char(s) in self.lex.chars["digit"] + "0123456789.":
                return None, m.end()
            try:
                value = read_value(m.group("mag") or m.group("mag2"))
            except ValueError:
                return None, m.end()
            u = self.unit_at(m.end())
            if not u or not u[0]:
                return None, m.end()
            unit, per, end = u
            fig = Figure(s, end, t[s:end], "number", value, number_end=m.end(), has_magnitude=True)
            self._set_unit(fig, unit, per)
            return fig, end
        return None, m.end()

    # -- number runs ------------------------------------------------------------------------
    def at_line_start(self, s: int) -> bool:
        """Only spaces (at most 8) between the start of the line and ``s``."""
        i = s - 1
        while i >= 0 and s - i <= 8 and self.t[i] in " \t\u3000":
            i -= 1
        return i < 0 or self.t[i] in "\n\r"

    def _run(self, s: int, e: int, nested: bool = False):
        t = self.t
        lex = self.lex
        ch = lex.chars
        while e > s and t[e - 1] == " ":
            e -= 1
        txt = t[s:e]
        if " " in txt:
            # spaces only join single figures (1 9 9 3, 一百 五 十): cut before a multi-digit
            # group that follows a digit (2024 100 are two numbers)
            pieces = list(_PIECE.finditer(txt))
            cut = pieces[0].end()
            for prev_p, p in itertools.pairwise(pieces):
                a_txt, b_txt = prev_p.group(), p.group()
                if b_txt[0].isdigit() and a_txt[-1].isdigit() and (len(b_txt) > 1 and b_txt[1].isdigit()
                                                                   or len(a_txt) > 1):
                    break
                cut = p.end()
            e = s + cut
            txt = t[s:e]
        before = self.prev_char(s)
        if before in "几幾数" and txt[0] in "十百千万":  # 几十年, 数十亿: vague
            return None, e
        if before == "第" or (before in "前" and self.prev_char(s, 2) in "排名居列位"):
            return None, e
        if not nested and self.stuck_to_latin(s, e):
            return None, e
        if "." in txt and self.char(e) in " \t" and self.at_line_start(s):
            return None, e  # 4.3 省级应急响应: a heading number
        if before in _LABELS and txt[0].isdigit():
            return None, e  # 图7, 表2, 附件3
        # digits of a run written one by one (二〇二四, 九五) are only a figure as a year
        core = txt.replace(" ", "")
        digit_only = all(c in ch["digit"] for c in core) and len(core) > 1
        if digit_only and len(core) == 2 and _ZHE.match(t, e):
            digit_only = False
        if digit_only and len(core) >= 3 and lex.unit_re.match(t, e) and not t.startswith("年", e):
            digit_only = False  # 一七五吨: figures written digit by digit (1953 plan)
        if digit_only and not (len(core) == 4 and core[0] in "一二" and t.startswith(("年", " 年"), e)):
            return None, e  # 九五, 一二: digits one by one are a figure only as a year (二〇二四年)
        if core in _WORDLIKE:
            return None, e
        try:
            value = read_value(core)
        except ValueError:
            # 百分之七十百分位: give back a trailing unit that does not fit
            if len(core) > 2 and core[-1] in ch["unit"] + ch["magnitude"] and not all(
                    c in ch["digit"] for c in core[:-1]):
                try:
                    value = read_value(core[:-1])
                except ValueError:
                    return None, e
                e -= 1
                txt = t[s:e]
                core = core[:-1]
            else:
                return None, e
        has_mag = any(c in ch["magnitude"] for c in core)
        is_arabic = core[0].isdigit() or core[0] == "."
        fig = Figure(s, e, txt, "number", value, number_end=e, has_magnitude=has_mag)
        return self._after_number(fig, core, is_arabic, nested)

    def _after_number(self, fig: Figure, core: str, is_arabic: bool, nested: bool = False):
        t = self.t
        s, e = fig.start, fig.end
        lex = self.lex
        ch = lex.chars
        # a unit whose first character the run swallowed (12千米, 3千万千瓦, 5兆瓦)
        if len(core) > 1 and core[-1] in ch["unit"] + ch["magnitude"]:
            u = lex.unit_re.match(t, e - 1)
            if u and len(u.group("unit")) > 1:
                try:
                    value = read_value(core[:-1])
                except ValueError:
                    value = None
                if value is not None:
                    e -= 1
                    core = core[:-1]
                    fig.end = fig.number_end = e
                    fig.text = t[s:e]
                    fig.value = value
                    fig.has_magnitude = any(c in ch["magnitude"] for c in core)
        # 5万千吨: 千 right after a magnitude, with no digit of its own, is the unit's prefix (kilo),
        # not a place (5万千 is not 51000); a listed 千 unit (千升, 千瓦) was taken just above
        if len(core) > 2 and core[-1] == "千" and core[-2] in ch["magnitude"] and self.unit_at(e):
            try:
                fig.value = read_value(core[:-1]) * 1000
            except ValueError:
                pass
        # fractions: 三分之一, 3分之1, 三又三分之一
        frac = _FRACTION.match(t, e)
        if frac:
            r = lex.run.match(t, frac.end())
            if r:
                ne = r.end()
                while t[ne - 1] == " ":
                    ne -= 1
                try:
                    num = read_value(t[frac.end():ne])
                except ValueError:
                    return None, ne
                if frac.group("neg"):
                    num = -num
                if fig.value == 0:
                    return None, ne
                fig.value = num / Decimal(fig.value)
                fig.kind = "fraction"
                fig.end = fig.number_end = ne
                fig.text = t[s:ne]
                return fig, ne
        mixed = _MIXED.match(t, e)
        if mixed:
            r = lex.run.match(t, mixed.end())
            if r:
                f2 = _FRACTION.match(t, r.end())
                if f2:
                    r2 = lex.run.match(t, f2.end())
                    if r2:
                        try:
                            v = read_value(t[s:r2.end()].replace(" ", ""))
                        except ValueError:
                            return None, r2.end()
                        return Figure(s, r2.end(), t[s:r2.end()], "fraction", v,
                                      number_end=r2.end()), r2.end()
        if is_arabic and t.startswith("/", e):
            m = _SLASH.match(t, e)
            if m and self.prev_char(s) != "/" and "." not in core and "," not in core:
                den = Decimal(m.group(1))
                if den:
                    whole, _, numer = t[s:e].rpartition(" ")
                    if whole.strip():  # 1 4/3 is one and four thirds
                        fig.value = Decimal(whole.replace(" ", "")) + Decimal(numer) / den
                    else:
                        fig.value = Decimal(fig.value) / den
                    fig.kind = "fraction"
                    fig.end = fig.number_end = m.end()
                    fig.text = t[s:m.end()]
                    return fig, m.end()
            return None, e
        # 余/多 between the number and its unit
        ue = e
        inner = None
        if self.char(e) in "余餘多" and self.unit_at(e + 1) and self.unit_at(e + 1)[0]:
            inner = "more_than"
            ue = e + 1
        if any(c in "几幾余餘多" for c in core):
            inner = "more_than"
        u = self.unit_at(ue)
        if u and u[0]:
            unit, per, end = u
            fig.qualifier = inner
            fig.end = end
            fig.text = t[s:end]
            self._set_unit(fig, unit, per)
            if fig.value is None:
                return None, end
            if fig.kind == "count" and (core in _ARTICLE or core in _SECOND):
                return None, end
            return self._special_units(fig, core, is_arabic)
        blocked = bool(u) and not u[0]
        fig.qualifier = inner
        # 三大工程, 九大专项 (not 党的十九大)
        if not blocked and t.startswith("大", e) and not is_arabic:
            return self._n_da(fig, core)
        if blocked and (not fig.has_magnitude or u[1] == "class"):
            return None, e
        if not blocked and not nested and _CONNECTOR.match(t, e):
            merged = self._range(fig)
            if merged is not None and merged.end > e:
                return merged, merged.end
        return self._bare(fig, core, is_arabic)

    def _set_unit(self, fig: Figure, unit: str, per: str | None) -> None:
        kind, currency = self.lex.units[unit]
        fig.kind = kind
        if kind == "money":
            fig.currency = currency or None
            if unit in ("人民币", "人民币元", "元人民币"):
                unit = "元"
        if kind == "percent":
            if unit in ("个百分点", "百分点"):
                unit = "百分点"
            elif unit == "‰":
                fig.value = Decimal(fig.value) / 10
                unit = "%"
            elif unit in ("个千分点", "千分点"):
                unit = "千分点"
            elif unit in ("成", "折"):
                v = Decimal(fig.value)
                if unit == "折" and v >= 10:  # 75折 = 75%, but 十折 is no discount
                    fig.value = v if v > 10 else None
                else:
                    fig.value = v * 10
                if self.char(fig.end) == "半":
                    fig.value = Decimal(fig.value) + 5
                    fig.end += 1
                    fig.text = self.t[fig.start:fig.end]
                unit = "%"
        if kind in ("dimension", "duration") and self.char(fig.end) == "半" and unit not in ("年", "月", "日"):
            fig.value = Decimal(fig.value) + Decimal("0.5")
            fig.end += 1
            fig.text = self.t[fig.start:fig.end]
        fig.unit = unit + ("/" + per if per else "")

    def _n_da(self, fig: Figure, core: str):
        t = self.t
        e = fig.end
        v = Decimal(fig.value)
        after = self.char(e + 1)
        if not (2 <= v <= 10 and v == v.to_integral_value()) or core in _ARTICLE:
            return None, e
        if not after or not _is_cjk(after) or after in "于批量多概约体致都力幅小型学会会众":
            return None, e
        if any(t.startswith(w, e + 1) for w in self.lex.congress_followers):
            return None, e
        head = t[max(0, fig.start - 3):fig.start]
        if head.endswith(("党的", "中共", "党", "届")):
            return None, e
        fig.kind = "count"
        fig.unit = None
        fig.end = e + 1
        fig.text = t[fig.start:e + 1]
        return fig, e + 1

    def _bare(self, fig: Figure, core: str, is_arabic: bool):
        t = self.t
        s, e = fig.start, fig.end
        nxt = self.char(e)
        if _NAME_FOLLOW.match(nxt) or (self.prev_char(s) == " " and _LATIN.match(self.prev_char(s, 2))):
            return None, e  # 5G, CPC 1
        if self.char(e) in "%":
            return None, e
        if fig.has_magnitude and not all(c in self.lex.chars["magnitude"] for c in core):
            return fig, e
        if nxt in "多余餘" and not _is_cjk(self.char(e + 1)):
            fig.qualifier = "more_than"
            nxt = self.char(e + 1)
        if _is_cjk(nxt):
            return None, e
        if is_arabic:
            v = Decimal(fig.value)
            if v == v.to_integral_value() and _YEAR_MIN <= v <= _YEAR_MAX and core.isdigit():
                return None, e
            if core.startswith(".") and self.prev_char(s) in ".…":
                return None, e
        else:
            ch = self.lex.chars
            if len(core) < 2:
                # a lone Chinese numeral is a figure only when nothing Chinese touches it, and
                # not in an enumeration (一、二、三产业)
                if _is_cjk(self.prev_char(s)) or self.prev_char(s) in "“\"「『、" or nxt in "、":
                    return None, e
            elif not any(c in ch["unit"] + ch["magnitude"] + ch["point"] for c in core):
                return None, e
        # headings and bracketed numbers: 1. 十一、 (1) 〔2018〕 [1]
        if self.at_line_start(s) and nxt in _HEADING_END:
            j = e
            while j < self.n and t[j] in " \t":
                j += 1
            if nxt not in " \t" or _is_cjk(self.char(j)):
                return None, e
        if self.enclosed(s, e):
            return None, e
        return fig, e

    # -- qualifiers, signs, ranges, exclusions ------------------------------------------------
    def _finish(self, fig: Figure) -> Figure | None:
        t = self.t
        s = fig.start
        # ranges: 3—5个, 10%—15%, 2024—2027年, 3000至5000元, 百分之二十到三十
        fig = self._range(fig)
        if fig is None:
            return None
        before = self.prev_char(s)
        if before == "每" or (before == " " and self.prev_char(s, 2) == "每"):
            return None
        b2 = self.prev_char(s, 2)
        numeral_before = b2.isdigit() or b2 in self.lex.numerals or _LATIN.match(b2) or b2 in "-−"
        if fig.kind != "date" and before in "-−" and not numeral_before or fig.kind != "date" and before in "负負" and b2 not in _NOT_MINUS:
            fig.start -= 1
            fig.value = -Decimal(fig.value) if fig.value is not None else None
        fig.text = t[fig.start:fig.end]
        if self.in_exception(fig.start, fig.end) or self.in_formula(fig) or self.quoted_name(fig):
            return None
        if self.urls and any(a <= fig.start < b for a, b in self.urls):
            return None
        if fig.qualifier is None:
            fig.qualifier = self._qualifier_before(fig)
        if fig.qualifier is None:
            fig.qualifier = self._qualifier_after(fig)
        return fig

def scan(t: str) -> list[Figure]:
    """The figures of a normalised text, in order, with offsets into it.

    >>> [(f.text, f.kind, f.value) for f in scan("2024—2027年，连续6年保持在6%以上")]
    [('2024—2027年', 'date', 2024), ('6年', 'duration', 6), ('6%', 'percent', 6)]
    """
    figs = _Scanner(t, lexicon()).run()
    for f in figs:
        for name in ("value", "value_max"):
            v = getattr(f, name)
            if isinstance(v, Decimal):
                setattr(f, name, _num_value(v))
    return figs
