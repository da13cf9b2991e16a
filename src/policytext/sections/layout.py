"""The layout rules of ``data/sections/`` and the lines of a document, shared by the structure steps.

>>> chinese_int("二十三")
23
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ..data import data_path, read_lines, read_table
from ..text import NormalizedText

__all__ = ["chinese_int"]

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}

# Sentence-final or clause-final marks that end a run-in heading phrase (after folding).
_PHRASE_END = frozenset("。!?;:")
_SPACES = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000"
_MAX_HEAD_LINES = 14
_BARE_MAX = 30


def chinese_int(s: str) -> int | None:
    """The value of a Chinese or Arabic numeral as used in headings and dates.

    Digit strings (一九九六 → 1996) and positional numerals (二十三 → 23, 一百零五 → 105) are both
    read; circled numbers (③) too. Returns ``None`` when ``s`` is not a numeral.

    >>> chinese_int("二十三"), chinese_int("十"), chinese_int("一九九六"), chinese_int("12"), chinese_int("③")
    (23, 10, 1996, 12, 3)
    """
    s = s.strip()
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if len(s) == 1 and s in _CIRCLED:
        return _CIRCLED[s]
    if any(c not in _CN_DIGITS and c not in _CN_UNITS for c in s):
        return None
    if not any(c in _CN_UNITS for c in s):
        value = 0
        for c in s:
            value = value * 10 + _CN_DIGITS[c]
        return value
    total, digit = 0, None
    for c in s:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
    return total + (digit or 0)


# -- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    name: str
    rank: int
    article: bool
    pattern: Any
    level: int = 1

    @property
    def legal(self) -> bool:
        """编 / 章 / 节 / 条: the units of a legal text."""
        return self.pattern is not None and self.pattern.pattern.startswith("第")


@dataclass(frozen=True)
class _Rules:
    kinds: tuple[_Kind, ...]
    line_start: Any  # one alternation over all kinds, group k_<name> per kind
    inline_legal: Any  # legal kinds after a wide gap inside a line
    embedded_legal: Any  # a legal marker inside a legal heading's title (OCR lost the line break)
    furniture: Any
    tail: Any
    doc_type_end: Any
    agency_end: Any
    byline: Any
    speakers: tuple
    occasion: Any
    surnames: frozenset
    salutations: frozenset
    doc_number: Any
    order_number: Any
    date: Any
    date_line: Any
    toc: Any
    title_issuer: Any
    promulgation: Any
    title_note: Any


def _sections_file(name: str):
    return data_path(f"sections/{name}")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    frags = {r["name"]: r["pattern"] for r in read_table(_sections_file("heading_fragments.tsv"))}

    def expand(p: str) -> str:
        return regex.sub(r"\{(\w+)\}", lambda m: frags.get(m.group(1), m.group(0)), p)

    kinds = []
    alts = []
    legal_alts = []
    for row in read_table(_sections_file("heading_kinds.tsv")):
        pat = expand(row["pattern"])
        kinds.append(_Kind(row["kind"], int(row["rank"]), row["article"] == "true", regex.compile(pat),
                           int(row["level"])))
        named = pat.replace("(?P<n>", f"(?P<n_{row['kind']}>")
        alts.append(f"(?P<k_{row['kind']}>{named})")
        if row["pattern"].startswith("第"):
            legal_alts.append(f"(?P<k_{row['kind']}>{named})")
    line_start = regex.compile("|".join(alts))
    inline_legal = regex.compile(rf"[{_SPACES}]{{2,}}(?P<mark>{'|'.join(legal_alts)})")
    embedded_legal = regex.compile(rf"(?P<mark>{'|'.join(legal_alts)})")
    furniture = regex.compile("|".join(f"(?:{p})" for p in read_lines("furniture.txt")))
    tail = regex.compile("|".join(f"(?:{p})" for p in read_lines(_sections_file("tail_markers.txt"))))
    doc_types = read_lines(_sections_file("doc_types.txt"))
    agencies = read_lines(_sections_file("agencies.txt"))
    roles = read_lines(_sections_file("bylines.txt"))
    name = r"(?:\p{Han}{2,4}|\p{Han}{1,6}·\p{Han}{1,8})"
    byline = regex.compile(
        rf"^(?:作者[:]?)?(?P<role>[\p{{Han}}()]{{0,24}}?(?:{_alternation(roles)}))?\s*(?P<name>{name})$"
    )
    role_alt = _alternation(roles)
    speakers = (
        regex.compile(rf"(?:{role_alt})\s*(?P<name>\p{{Han}}{{2,4}}?)(?:同志)?(?:作|在|代表|的)"),
        regex.compile(rf"日(?P<name>\p{{Han}}{{2,4}}?)(?:{role_alt})(?:同志)?(?:作|在)"),
    )
    year = r"(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})"
    month = r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})"
    day = r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})"
    date = rf"{year}\s*年\s*{month}\s*月\s*{day}\s*日"
    return _Rules(
        kinds=tuple(kinds),
        line_start=line_start,
        inline_legal=inline_legal,
        embedded_legal=embedded_legal,
        furniture=furniture,
        tail=tail,
        doc_type_end=regex.compile(rf"(?:{_alternation(doc_types)})(?:\([^()]{{1,12}}\))?$"),
        agency_end=regex.compile(rf"(?:{_alternation(agencies)})$"),
        byline=byline,
        speakers=speakers,
        occasion=regex.compile(r"会议|大会"),
        surnames=frozenset(read_lines(_sections_file("surnames.txt"))),
        salutations=frozenset(read_lines(_sections_file("salutations.txt"))),
        doc_number=regex.compile(r"(?P<org>\p{Han}{1,12}?)\s*[〔\[【(]\s*\d{4}\s*[〕\]】)]\s*\d{1,4}\s*号"),
        order_number=regex.compile(r"^(?:\d{4}年)?第\s*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号$"),
        date=regex.compile(date),
        date_line=regex.compile(rf"^\(?{date}\)?$"),
        toc=regex.compile(r"^目\s*录"),
        title_issuer=regex.compile(r"^(?P<issuer>\p{Han}[\p{Han}、 ]{1,40}?)关于"),
        # an order's first paragraph: 《专利代理条例》已经…通过，现予公布 / 现公布修订后的《…》
        promulgation=regex.compile(r"《(?P<name>[^《》\n]{2,80})》(?=[^。\n]{0,120}(?:公布|发布|施行))"),
        # the 题注 under a promulgated law's title: (1991年3月4日中华人民共和国国务院令第76号发布 …)
        title_note=regex.compile(r"^\([^()]{0,400}(?:发布|公布|通过|修订|修正)[^()]{0,400}\)$"),
    )


# -- lines -----------------------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # normalised offsets, whitespace stripped
    end: int
    text: str
    compact: str  # whitespace removed
    furniture: bool = False
    skip: bool = False  # furniture, table of contents, head or signature: never a heading


def _compact(s: str) -> str:
    return "".join(s.split())


_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")


def _paragraphs(text: str):
    """``(start, end, text)`` of each non-blank line, whitespace stripped: the paragraphs of
    :func:`policytext.text.split_paragraphs`, found with one regex scan."""
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            start = m.start() + len(line) - len(line.lstrip())
            yield start, start + len(stripped), stripped


def _lines(nt: NormalizedText, rules: _Rules) -> list[_Line]:
    out = []
    tail = False
    for start, end, text in _paragraphs(nt.text):
        compact = _compact(text)
        line = _Line(start, end, text, compact)
        if not tail and rules.tail.match(compact):
            tail = True
        if tail or rules.furniture.fullmatch(compact):
            line.furniture = line.skip = True
        out.append(line)
    _mark_toc(out, rules)
    return out


def _mark_toc(lines: list[_Line], rules: _Rules) -> None:
    """Mark a table of contents (目录 … up to the first line that repeats one of its lines)."""
    for i, line in enumerate(lines[:200]):
        if line.skip or not rules.toc.match(line.compact):
            continue
        seen = {line.compact[2:]} - {""}
        for j in range(i + 1, min(len(lines), i + 400)):
            if lines[j].compact in seen:
                for k in range(i, j):
                    lines[k].furniture = lines[k].skip = True
                return
            seen.add(lines[j].compact)
        return


def _heading_at(text: str, rules: _Rules):
    m = rules.line_start.match(text)
    return m if m and _kind_of(m, rules) is not None else None


def _kind_of(m, rules: _Rules) -> _Kind | None:
    for k in rules.kinds:
        if m.group(f"k_{k.name}") is not None:
            return k
    return None
