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

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .lexicon import Lexicon, lexicon
from .parse import _value as read_value

__all__ = ["Figure", "scan"]


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
    number_end: int = 0  # where the number (before its unit) ends
    has_magnitude: bool = False
    prefix_form: bool = False  # 百分之X: a bare number after 到 continues its range


_CJK = re.compile(r"[\u3400-\u9fff]")
_FRACTION = re.compile(r" {0,2}分 {0,2}之 {0,2}(?P<neg>[负負-])?")
_URL = re.compile(r"(?:https?://|www\.)[^\s，。；、“”（）]+")
_LATIN = re.compile(r"[A-Za-z]")
_CONNECTOR = re.compile(r"(?:[—–―~〜\-]{1,2}|至|到)(?=[0-9一二三四五六七八九十两])")
_OPENERS = "(（[【〔［〈《"
_CLOSERS = ")）]】〕］〉》"
_HEADING_END = "、.．)）﹒ \t"  # noqa: RUF001
_NAME_FOLLOW = re.compile(r"[A-Za-z]")
_YEAR_MIN, _YEAR_MAX = 1000, 2199
_ARTICLE = frozenset("一壹")
_LABELS = frozenset("图表件款条章节")
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
            r"|(?P<fan>翻(?P<fan_n>[一两二三四五])?番)"
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


class _Scanner:
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
        if c in "-_./" and (_LATIN.match(self.prev_char(s, 2)) or self.prev_char(s, 2).isdigit()):
            return True
        return False

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
        """“六个龙江”, “十户长制”, “3815”: a figure opening a short quotation names something."""
        if self.prev_char(fig.start) not in "“\"「『":
            return False
        close = self.t.find("”", fig.end, fig.end + 9)
        if close == -1:
            close = self.t.find("\"", fig.end, fig.end + 9)
        return close != -1 and all(_is_cjk(c) or c in "+·" for c in self.t[fig.end:close])

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
            n = m.group("fan_n")
            times = 1 if n is None else read_value(n)
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
            pieces = list(re.finditer(r"\S+", txt))
            cut = pieces[0].end()
            for prev_p, p in zip(pieces, pieces[1:]):
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
        if digit_only and len(core) == 2 and re.match(" {0,2}折", t[e:e + 3]):
            digit_only = False
        if digit_only and len(core) >= 3 and lex.unit_re.match(t, e) and not t.startswith("年", e):
            digit_only = False  # 一七五吨: figures written digit by digit (1953 plan)
        if digit_only and not (len(core) == 4 and t.startswith("年", e)):
            if not (len(core) == 4 and core[0] in "一二" and t.startswith(("年", " 年"), e)):
                return None, e
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
        mixed = re.compile(r" {0,2}又 {0,2}").match(t, e)
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
            m = re.compile(r"/([0-9]+)(?![0-9./])").match(t, e)
            if m and not self.prev_char(s) == "/" and "." not in core and "," not in core:
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
        m = re.compile(r" ?([0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]").match(t, end)
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
        if _NAME_FOLLOW.match(nxt):
            return None, e
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
                # a lone Chinese numeral is a figure only when nothing Chinese touches it
                if _is_cjk(self.prev_char(s)) or self.prev_char(s) in "“\"「『":
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
        if fig.kind != "date" and before in "-−" and not numeral_before:
            fig.start -= 1
            fig.value = -Decimal(fig.value) if fig.value is not None else None
        elif fig.kind != "date" and before in "负負":
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
        elif fig.unit is not None and fig.unit == f2.unit and fig.kind == f2.kind and f2.kind != "date":
            fig.value_max = f2.value
        elif fig.prefix_form and f2.kind == "number":
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
            # 约占全国的1/7, 超过全球一半
            w = t[max(0, s - 12):s]
            if w.endswith("的"):
                w = w[:-1]
            for base in self.lex.share_bases:
                if w.endswith(base):
                    w = w[: -len(base)]
                    break
            else:
                return None
            if w.endswith("占"):
                w = w[:-1]
            m = self.lex.before_re.search(w[-4:])
            if not m:
                return None
        if not m:
            return None
        q = self.lex.qualifiers_before[m.group()]
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
