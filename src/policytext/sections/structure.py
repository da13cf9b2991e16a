"""Document structure: title, byline, issuer, 文号, recipients, date, page furniture and headings.

The parser works line by line on the normalised text (full-width folded, see
:func:`policytext.text.normalize`) and maps every offset back to the original string.

1. **Furniture** (``[ 打印 ]``, ``来源：…``, pkulaw's ``【法宝引证码】``, a licence notice at the end)
   is recognised from ``data/furniture.txt`` and ``data/sections/tail_markers.txt``; a table of
   contents (目录) is skipped up to the line where the body repeats its first entry.
2. **The head**: the title (joined over two or three lines until it ends with a document type such
   as 通知 / 意见 / 报告, spaced-out characters closed up), the subtitle (a ``——`` line, or a second
   short line), the author or speaker byline, the 文号, the date, and the recipients (主送机关) line.
3. **The signature**: an issuing body on a line of its own followed by a date line gives the issuer
   and the 成文日期; otherwise the issuer is read from the title (``国务院关于…``).
4. **Headings**: each line is tried against the numbering kinds of ``data/sections/heading_kinds.tsv``
   (一、 / （一） / 1. / （1） / ① and 第X编/篇/章/节/条). A run-in heading is cut at the end of its
   heading phrase (the first 。；：！？ or a wide gap). A candidate is kept only when its number
   continues the numbering of its kind (n + 1 after n, or 1 to open a new list, or the next 第X条
   of a law whose articles are numbered through its chapters), so stray numbers in the body are
   not headings. ``一是…二是…`` never matches. Sections nest by the order the kinds open; a
   section's level is its numbering's level (一、 1, （一） 2, 1. 3, （1） 4; 第X章 1, 第X条 2),
   pushed one below its parent's when it sits deeper.
5. **Lost numbering**: when a document has no top-level numbering at all (Word list numbering lost
   in conversion), short unpunctuated lines standing between complete sentences become level-1
   headings, numbered in order, and the numbered headings nest under them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from ..data import data_path, read_lines, read_table
from ..records import Section, Span
from ..text import INVISIBLE, NormalizedText, check_text, normalize, split_paragraphs

__all__ = ["Structure", "parse_structure", "iter_sections", "chinese_int"]

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


# -- result ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Structure:
    """What :func:`parse_structure` finds: the document's metadata and its heading tree.

    Attributes:
        title, subtitle, author, issuer, doc_number, date: metadata (``date`` in ISO form); ``None``
            when absent. A title split over lines is joined and spaced-out characters closed up.
        recipients: the 主送机关, split at commas.
        sections: the top-level sections; each carries its children.
        front_matter: spans of the head lines (title, subtitle, byline, 文号, date, recipients).
        back_matter: spans of the signature lines (issuer and date after the body).
        furniture: spans of page furniture (print buttons, source lines, licence notices, 目录).
    """

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    date: str | None = None
    recipients: tuple[str, ...] = ()
    sections: tuple[Section, ...] = field(default=())
    front_matter: tuple[Span, ...] = ()
    back_matter: tuple[Span, ...] = ()
    furniture: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        """The metadata and the section tree as plain JSON-able values."""
        return {
            "title": self.title, "subtitle": self.subtitle, "author": self.author, "issuer": self.issuer,
            "doc_number": self.doc_number, "date": self.date, "recipients": list(self.recipients),
            "sections": [s.to_dict() for s in self.sections],
        }

    def headings(self) -> list[Section]:
        """Every section of the tree in document order (depth first)."""
        return list(iter_sections(self.sections))


def iter_sections(sections):
    """Yield every section of a tree in document order, parents before their children.

    >>> s = parse_structure("一、总体要求\\n(一)指导思想。坚持。\\n二、重点任务\\n正文。")
    >>> [x.heading for x in iter_sections(s.sections)]
    ['一、总体要求', '(一)指导思想', '二、重点任务']
    """
    for s in sections:
        yield s
        yield from iter_sections(s.children)


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


def _lines(nt: NormalizedText, rules: _Rules) -> list[_Line]:
    out = []
    tail = False
    for p in split_paragraphs(nt.text):
        compact = _compact(p.text)
        line = _Line(p.start, p.end, p.text, compact)
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


# -- head ------------------------------------------------------------------------------------


def _is_sentence(compact: str, rules: _Rules | None = None) -> bool:
    """A line that reads as running text rather than a title, byline or date."""
    if not compact:
        return False
    if compact[-1] in "。!?;":
        return True
    if rules is not None and rules.doc_type_end.search(compact):
        return len(compact) > 160
    return len(compact) > 80 or ("," in compact and len(compact) > 30)


def _key(s: str) -> str:
    """Letters and digits only: two renderings of one title compare equal."""
    return regex.sub(r"[^\p{L}\p{N}]", "", s)


def _is_name(s: str, rules: _Rules) -> bool:
    if "·" in s:
        return all(regex.fullmatch(r"\p{Han}{1,8}", p) for p in s.split("·")) and len(s) <= 16
    if not regex.fullmatch(r"\p{Han}{2,4}", s):
        return False
    return (s[:2] in rules.surnames and len(s) >= 3) or s[0] in rules.surnames


def _speaker(c: str, rules: _Rules) -> str | None:
    for pat in rules.speakers:
        for m in pat.finditer(c):
            if _is_name(m.group("name"), rules):
                return m.group("name")
    return None


def _close_up(s: str) -> str:
    """Close up spaced-out characters (国 务 院 → 国务院); elsewhere collapse whitespace to one space.

    >>> _close_up("几 个 问 题 的 通 知"), _close_up("中共中央　国务院关于实施乡村振兴战略的意见")
    ('几个问题的通知', '中共中央 国务院关于实施乡村振兴战略的意见')
    """
    s = s.strip()
    gaps = len(regex.findall(r"(?<=\p{Han})\s+(?=\p{Han})", s))
    han = len(regex.findall(r"\p{Han}", s))
    if han and gaps >= (han - 1) * 0.6:
        return regex.sub(r"(?<=[\p{Han}\p{P}])\s+|\s+(?=[\p{Han}\p{P}])", "", s)
    return regex.sub(r"\s+", " ", s)


def _iso_date(m) -> str | None:
    y = chinese_int(m.group("y"))
    mo = chinese_int(m.group("m"))
    d = chinese_int(m.group("d"))
    if y is None or mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _find_date(s: str, rules: _Rules) -> str | None:
    despaced = regex.sub(r"(?<=\d)\s+(?=\d)", "", s)  # OCR: 2 0 0 1年 → 2001年
    m = rules.date.search(despaced)
    return _iso_date(m) if m else None


@dataclass
class _Head:
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    doc_number: str | None = None
    date: str | None = None
    recipients: tuple[str, ...] = ()
    speaker_org: str | None = None
    order: bool = False  # an order (国务院令 / 主席令 …) with its number: it promulgates another text
    title_lines: list[int] = field(default_factory=list)  # the lines the title and subtitle were read from
    subtitle_line: int | None = None
    used: list[int] = field(default_factory=list)
    end: int = 0  # index of the first body line


def _heading_at(text: str, rules: _Rules):
    m = rules.line_start.match(text)
    return m if m and _kind_of(m, rules) is not None else None


def _kind_of(m, rules: _Rules) -> _Kind | None:
    for k in rules.kinds:
        if m.group(f"k_{k.name}") is not None:
            return k
    return None


def _parse_head(lines: list[_Line], nt: NormalizedText, rules: _Rules) -> _Head:
    head = _Head()
    idx = [i for i, ln in enumerate(lines) if not ln.skip][:_MAX_HEAD_LINES]
    title_parts: list[int] = []
    pos = 0
    # the title: one line, or lines joined until they end with a document type
    while pos < len(idx):
        ln = lines[idx[pos]]
        if _is_sentence(ln.compact, rules) or _heading_at(ln.text, rules) or ln.compact.endswith(":"):
            break
        if rules.doc_number.search(ln.compact) or rules.date_line.match(ln.compact):
            break
        if title_parts and ln.compact[:1] in "—-":
            break
        title_parts.append(idx[pos])
        pos += 1
        joined = "".join(lines[i].compact for i in title_parts)
        if rules.doc_type_end.search(joined) or len(title_parts) == 3:
            break
        # join the next line only if the title then ends with a document type within 3 lines
        ahead = joined
        ok = False
        for q in range(pos, min(pos + 3 - len(title_parts) + 1, len(idx))):
            nxt = lines[idx[q]]
            if _is_sentence(nxt.compact, rules) or rules.doc_number.search(nxt.compact) or nxt.compact[:1] in "—-":
                break
            ahead += nxt.compact
            if rules.doc_type_end.search(ahead):
                ok = True
                break
        if not ok:
            break
    if not title_parts:
        head.end = idx[0] if idx else 0
        return head
    head.title = "".join(_close_up(lines[i].text) for i in title_parts)
    head.title_lines = list(title_parts)
    head.used.extend(title_parts)
    first_title = lines[title_parts[0]].compact
    # the rest of the head
    pending_title: list[int] = []
    end = idx[-1] + 1 if idx else 0
    while pos < len(idx):
        i = idx[pos]
        ln = lines[i]
        c = ln.compact
        if _key(c) and (_key(head.title).endswith(_key(c)) or _key(c) == _key(first_title)):
            # pkulaw repeats the title; newspapers repeat its last words (政府工作报告)
            head.used.append(i)
            pos += 1
            continue
        if c.rstrip(":") in rules.salutations:
            head.used.append(i)
            end = i + 1
            break
        m = rules.doc_number.search(c)
        if m and len(c) <= m.end() - m.start() + 4 and head.doc_number is None:
            head.doc_number = _doc_number_text(ln, nt, rules)
            head.used.append(i)
            pos += 1
            continue
        if rules.order_number.match(c) and head.doc_number is None and head.title.endswith("令"):
            org = regex.sub(r"^中华人民共和国", "", _compact(head.title))
            head.doc_number = org + _original_compact(nt, ln)
            head.order = True
            head.used.append(i)
            pos += 1
            continue
        if rules.date_line.match(c.strip("()")):
            head.date = head.date or _find_date(c, rules)
            head.used.append(i)
            pos += 1
            continue
        dash = c[:1] in "—-"
        if dash or (rules.occasion.search(c) and len(c) <= 120 and _find_date(c, rules)
                    and not regex.search(r"[,;《]", c)):
            # an occasion line: ——2024年3月5日在第十四届全国人民代表大会第二次会议上
            if dash and pending_title:  # two title lines over an occasion line (congress reports)
                head.title = head.title + "".join(_close_up(lines[j].text) for j in pending_title)
                head.title_lines.extend(pending_title)
                head.subtitle = None
                head.subtitle_line = None
                pending_title = []
            head.date = head.date or _find_date(c, rules)
            head.author = head.author or _speaker(c, rules)
            if not c.startswith("(") and head.subtitle is None:
                head.subtitle = _close_up(ln.text)
                head.subtitle_line = i
            head.used.append(i)
            pos += 1
            continue
        if c.endswith(":") and len(c) <= 120 and not _heading_at(ln.text, rules):
            head.recipients = _recipients(ln, nt)
            head.used.append(i)
            end = i + 1
            break
        if _is_sentence(c, rules) or _heading_at(ln.text, rules):
            end = i
            break
        b = rules.byline.match(c)
        if b and not rules.agency_end.search(c) and not rules.doc_type_end.search(c):
            name = b.group("name")
            if _is_name(name, rules) or (b.group("role") and regex.fullmatch(r"\p{Han}{2,4}", name)):
                head.author = head.author or b.group("name")
                if b.group("role"):
                    head.speaker_org = head.speaker_org or _org_of_role(b.group("role"), rules)
                head.used.append(i)
                pos += 1
                continue
        if _role_only(c, rules):  # 国务院总理 / 李　强 on the next line
            head.speaker_org = head.speaker_org or _org_of_role(c, rules)
            head.used.append(i)
            pos += 1
            continue
        if head.subtitle is None and not pending_title and len(c) <= 60:
            pending_title.append(i)
            head.subtitle = _close_up(ln.text)
            head.subtitle_line = i
            head.used.append(i)
            pos += 1
            continue
        end = i
        break
    else:
        end = idx[pos - 1] + 1 if pos else end
    head.end = end
    return head


def _role_only(c: str, rules: _Rules) -> bool:
    return len(c) <= 24 and not regex.search(r"[。,;:!?]", c) and any(
        c.endswith(r) for r in read_lines(_sections_file("bylines.txt")))


def _org_of_role(role: str, rules: _Rules) -> str | None:
    for r in sorted(read_lines(_sections_file("bylines.txt")), key=len, reverse=True):
        if role.endswith(r):
            org = role[: -len(r)]
            return org if org and rules.agency_end.search(org) else None
    return None


def _original(nt: NormalizedText, ln: _Line) -> str:
    """The line as written (full-width kept), invisible characters dropped."""
    return "".join(c for c in nt.span(ln.start, ln.end).text if c not in INVISIBLE)


def _original_compact(nt: NormalizedText, ln: _Line, start: int = 0, end: int | None = None) -> str:
    """The original characters behind ``ln.compact[start:end]`` (compact: whitespace removed)."""
    positions = [k for k, ch in enumerate(ln.text) if not ch.isspace()]
    picked = positions[start:end]
    if not picked:
        return ""
    return _compact(_original(nt, _Line(ln.start + picked[0], ln.start + picked[-1] + 1, "", "")))


def _display(nt: NormalizedText, lines: list[_Line], idx: Sequence[int]) -> str | None:
    """Head lines as the reader sees them: the original characters, joined, spacing closed up."""
    if not idx:
        return None
    return "".join(_close_up(_original(nt, lines[i])) for i in idx)


def _doc_number_text(ln: _Line, nt: NormalizedText, rules: _Rules) -> str:
    """The 文号 as written, spaces left out (国 发 〔2018〕 38 号 → 国发〔2018〕38号)."""
    m = rules.doc_number.search(ln.compact)
    return _original_compact(nt, ln, m.start(), m.end())


def _recipients(ln: _Line, nt: NormalizedText) -> tuple[str, ...]:
    out = []
    body_end = ln.text.rstrip().rstrip(":")
    pos = 0
    for m in regex.finditer(r"[^,;，；]+", body_end):
        s, e = m.span()
        piece = body_end[s:e].strip()
        if piece:
            lead = len(body_end[s:e]) - len(body_end[s:e].lstrip())
            out.append(nt.span(ln.start + s + lead, ln.start + s + lead + len(piece)).text)
        pos = e
    return tuple(out)


# -- signature ---------------------------------------------------------------------------------


def _signature(lines: list[_Line], start: int, rules: _Rules,
               nt: NormalizedText) -> tuple[str | None, str | None, list[int]]:
    """The first issuer line followed by a date line after the head: (issuer, iso date, indices)."""
    for i in range(max(start, 1), len(lines)):
        ln = lines[i]
        if ln.furniture or not rules.date_line.match(ln.compact):
            continue
        prev = lines[i - 1]
        date = _find_date(ln.compact, rules)
        if date is None:
            continue
        org = regex.sub(r"[^\p{Han}]+$", "", regex.sub(r"&\w+;", "", _original(nt, prev))).strip()
        org = regex.sub(r"\s+", " ", org)
        if (not prev.furniture and len(prev.compact) <= 40 and not regex.search(r"[。,;:!?]", prev.compact)
                and rules.agency_end.search(_compact(org))):
            return org, date, [i - 1, i]
        if not prev.furniture and rules.byline.match(prev.compact) and not regex.search(r"[。,;:]", prev.compact):
            return None, date, [i - 1, i]  # a signed decree: 总理 李克强 / 2018年12月18日
        if not prev.furniture and prev.compact.endswith("。"):
            return None, date, [i]  # a date under the last paragraph, the issuer unnamed
    return None, None, []


def _promulgated(lines: list[_Line], start: int, sig_lines: list[int], nt: NormalizedText,
                 rules: _Rules) -> tuple[str | None, list[int]]:
    """The title of the text an order promulgates, and the lines that head it below the signature.

    The order's first paragraph names it (《专利代理条例》已经…通过，现予公布); the text itself
    usually follows the signature, headed by that title and a 题注 in brackets (（1991年3月4日…发布…）).
    Without a 《…》 name, the first title-like line after the signature is the title.
    """
    body_end = sig_lines[-1] + 1 if sig_lines else min(len(lines), start + 3)
    name = None
    for i in range(start, min(body_end, start + 6)):
        ln = lines[i]
        m = rules.promulgation.search(ln.text) if not ln.skip else None
        if m is not None:
            name = nt.span(ln.start + m.start("name"), ln.start + m.end("name")).text
            break
    after = next((i for i in range(body_end, min(len(lines), body_end + 3)) if not lines[i].furniture), None)
    if after is None:
        return name, []
    ln = lines[after]
    if name is not None and _key(ln.compact) != _key(normalize(name).text):
        return name, []
    if name is None and (_is_sentence(ln.compact, rules) or _heading_at(ln.text, rules) or len(ln.compact) > 60):
        return None, []
    used = [after]
    note = after + 1
    if note < len(lines) and rules.title_note.match(lines[note].compact):
        used.append(note)
    return _display(nt, lines, [after]), used


def _issuer_from_title(title: str | None, rules: _Rules) -> str | None:
    if not title:
        return None
    m = rules.title_issuer.match(title)
    if m:
        issuer = m.group("issuer").strip()
        parts = regex.split(r"[、 ]+", issuer)
        if all(rules.agency_end.search(p) for p in parts if p):
            return issuer
        return None
    compact = _compact(title)
    if compact.endswith("令"):
        org = compact[:-1]
        if rules.agency_end.search(org):
            return regex.sub(r"^中华人民共和国", "", org)
    return None


# -- headings --------------------------------------------------------------------------------


@dataclass
class _Cand:
    kind: _Kind
    number: int
    hs: int  # heading start/end, title start/end: normalised offsets
    he: int
    ts: int
    te: int
    line: int
    weak: bool = False  # 8.6个重大科技专项: a list number only if it continues an open list
    strong: bool = False  # heading-shaped: may skip a number its list lost (see _continues)
    style: str = ""  # the marker as written, number left out: （） vs (), 、 vs ．


_WEAK_ARABIC = regex.compile(r"(?P<n>\d{1,2})\.(?=\d)")


def _title_end(text: str, pos: int, article: bool) -> int:
    """End of a run-in heading phrase that starts at ``pos``: a phrase-final mark or a wide gap."""
    n = len(text)
    i = pos
    while i < n:
        c = text[i]
        if c in _PHRASE_END:
            return i
        if c in _SPACES and i + 1 < n and text[i + 1] in _SPACES:
            if i - pos > 1:
                return i
            # 总　　则, 附　　则: a one-character start is a title spaced out, not a heading and its text
            while i < n and text[i] in _SPACES:
                i += 1
            continue
        i += 1
    return n


_ARTICLE_NEXT_BAD = frozenset(",.;:!?、。")
_MAX_STRONG_TITLE = 40


def _strong(text: str, mark_start: int, ts: int, te: int, kind: _Kind) -> bool:
    """A heading shape no body line has: a marker opening its line, then a short heading phrase
    that runs to the end of the line or to the first full stop (a run-in heading)."""
    if mark_start != 0:
        return False
    if kind.article:
        return True
    title = _compact(text[ts:te])
    if not 2 <= len(title) <= _MAX_STRONG_TITLE or regex.match(r"\p{P}", title) or title.count(",") > 1:
        return False  # a heading is one phrase or a pair of phrases, not a run of clauses
    return te >= len(text.rstrip()) or text[te] in "。!?"


def _marker_style(nt: NormalizedText, start: int, n_start: int, n_end: int, end: int) -> str:
    return _compact(nt.span(start, n_start).text + nt.span(n_end, end).text)


def _line_candidates(ln: _Line, index: int, rules: _Rules, nt: NormalizedText) -> list[_Cand]:
    text = ln.text
    out = []
    m = rules.line_start.match(text)
    if m is None:
        w = _WEAK_ARABIC.match(text)
        if w is not None:
            kind = next(k for k in rules.kinds if k.name == "arabic")
            te = _title_end(text, w.end(), False)
            return [_Cand(kind, int(w.group("n")), ln.start, ln.start + te, ln.start + w.end(), ln.start + te,
                          index, weak=True)]
    mark_start = 0
    while m is not None:
        kind = _kind_of(m, rules)
        raw = m.group(f"n_{kind.name}")
        number = chinese_int(raw)
        if number is None:
            break
        p = m.end()
        if kind.article and p < len(text) and text[p] in _ARTICLE_NEXT_BAD:
            break  # 第一条，反对；第二条，不怕: articles cited in a sentence
        while p < len(text) and text[p] in _SPACES:
            p += 1
        if kind.article:
            b = regex.match(r"\(\p{Han}{1,12}\)", text[p:])
            ts, te = (p + 1, p + b.end() - 1) if b else (m.end(), m.end())
            he = p + b.end() if b else m.end()
        else:
            ts = p
            te = _title_end(text, p, False)
            embedded = None
            if kind.pattern.pattern.startswith("第"):  # 第三篇推进改革开放第十三章深化各项改革
                embedded = rules.embedded_legal.search(text, ts, te)
                if embedded is not None and embedded.start() > ts:
                    te = embedded.start()
                else:
                    embedded = None
            while te > ts and text[te - 1] in _SPACES:
                te -= 1
            he = te
        k0, k1 = m.span(f"k_{kind.name}")
        n0, n1 = m.span(f"n_{kind.name}")
        out.append(_Cand(kind, number, ln.start + mark_start, ln.start + he, ln.start + ts, ln.start + te, index,
                         strong=_strong(text, mark_start, ts, te, kind),
                         style=_marker_style(nt, ln.start + k0, ln.start + n0, ln.start + n1, ln.start + k1)))
        # five-year plans and pkulaw exports: 第一篇 … 第一章 … 第一条 run together after wide gaps
        m = embedded if not kind.article and embedded is not None else rules.inline_legal.match(text, he)
        if m is not None:
            mark_start = m.start("mark")
    return out


@dataclass
class _Node:
    cand: _Cand
    kind: str
    rank: int
    number: int
    children: list = field(default_factory=list)


#: How many numbers a heading-shaped line may skip (an excerpt, a conversion that lost a line).
_MAX_SKIPPED = 3


def _continues(c: _Cand, last: _Cand | None) -> bool:
    """Whether ``c`` follows ``last`` in a list that lost some numbers: both heading-shaped lines
    of the same marker style, ``c`` a little further on."""
    return (last is not None and c.strong and last.strong and c.style == last.style
            and last.number + 1 < c.number <= last.number + 1 + _MAX_SKIPPED)


def _build_tree(cands: list[_Cand]) -> list[_Node]:
    """Nest the candidates: a number is a heading when it opens a list (1) or continues one.

    It continues its list when it is the next number of the open list of its kind, or the next
    after the last of its kind anywhere (numbering that runs through a document), or when a
    heading-shaped line skips a few numbers (:func:`_continues`). Inside an article (第X条)
    only the legal units (编/章/节/条) are headings.
    """
    roots: list[_Node] = []
    stack: list[_Node] = []
    last_of_kind: dict[str, int] = {}
    last_cand: dict[str, _Cand] = {}
    for c in cands:
        kinds_open = [n.kind for n in stack]
        name = c.kind.name
        if stack and any(n.cand.kind.article for n in stack) and not c.kind.legal:
            continue  # （一）… inside 第X条 are the article's items (项), its body, not headings
        if c.weak and (name not in kinds_open or c.number != stack[kinds_open.index(name)].number + 1):
            continue
        if name in kinds_open:
            depth = kinds_open.index(name)
            sib = stack[depth]
            ok = c.number in (sib.number + 1, 1, last_of_kind.get(name, 0) + 1) or _continues(c, sib.cand)
            if not ok:
                continue
            del stack[depth:]
        else:
            ok = c.number in (1, last_of_kind.get(name, -9) + 1) or _continues(c, last_cand.get(name))
            if not ok:
                continue
            while stack and stack[-1].rank >= c.kind.rank:
                stack.pop()
        node = _Node(c, name, c.kind.rank, c.number)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        last_of_kind[name] = c.number
        last_cand[name] = c
    return roots


_BARE = _Kind("bare", -1, False, None, 1)


def _bare_headings(lines: list[_Line], first_body: int, cands: list[_Cand], rules: _Rules) -> list[_Cand]:
    """Level-1 headings whose numbering was lost: short unpunctuated lines between sentences."""
    heading_lines = {c.line for c in cands}
    out: list[_Cand] = []
    ends = ("。", "!", "?", ";", ":")
    for i in range(first_body, len(lines) - 1):
        ln = lines[i]
        c = ln.compact
        if ln.skip or i in heading_lines or not 3 <= len(c) <= _BARE_MAX:
            continue
        if regex.search(r"[。,;:!?、()“”\"《》]", c):
            continue
        if rules.date_line.match(c) or rules.agency_end.search(c) or c.startswith(("附件", "附表")):
            continue
        if sum(1 for ch in c if "\u4e00" <= ch <= "\u9fff") < len(c) * 0.5:
            continue
        j = i - 1
        while j >= first_body and lines[j].furniture:
            j -= 1
        prev_ok = j < first_body or lines[j].compact.endswith(ends) or j in heading_lines
        nxt = lines[i + 1]
        next_ok = not nxt.furniture and ((i + 1) in heading_lines or nxt.compact.endswith(ends))
        if prev_ok and next_ok:
            out.append(_Cand(_BARE, len(out) + 1, ln.start, ln.end, ln.start, ln.end, i))
    return out


def _to_sections(nodes: list[_Node], nt: NormalizedText, parent_level: int, parent_end: int) -> tuple[Section, ...]:
    out = []
    t = nt.text
    for k, node in enumerate(nodes):
        c = node.cand
        level = max(c.kind.level, parent_level + 1)
        end = nodes[k + 1].cand.hs if k + 1 < len(nodes) else parent_end
        while end > c.he and t[end - 1].isspace():
            end -= 1
        children = _to_sections(node.children, nt, level, end)
        o_start, o_end = nt.to_original(c.hs, end)
        h = nt.span(c.hs, c.he)
        title = nt.span(c.ts, c.te).text if c.te > c.ts else ""
        out.append(Section(
            start=o_start, end=o_end, level=level, number=node.number, heading=h.text,
            heading_start=h.start, heading_end=h.end, title=title, children=children, kind=node.kind,
        ))
    return tuple(out)


# -- entry point -----------------------------------------------------------------------------


def parse_structure(text: str, *, normalized: NormalizedText | None = None) -> Structure:
    """Read a document's metadata and heading tree.

    Args:
        text: the document text.
        normalized: its :func:`~policytext.text.normalize` result, if already computed.

    Returns:
        A :class:`Structure`; every :class:`~policytext.records.Section` offset indexes ``text``.

    >>> s = parse_structure("[ 打印 ]\\n北京全力推进国际科技创新中心建设\\n在国家新质生产力发展中展现新作为\\n张继红\\n正文。")
    >>> s.title, s.subtitle, s.author
    ('北京全力推进国际科技创新中心建设', '在国家新质生产力发展中展现新作为', '张继红')
    >>> s = parse_structure("国务院关于支持自由贸易试验区\\n深化改革创新若干措施的通知\\n国发〔2018〕38号\\n"
    ...                     "各省、自治区、直辖市人民政府，国务院各部委：\\n一、营造优良投资环境\\n"
    ...                     "（一）放宽比例要求。对外商投资……\\n国务院\\n2018年11月7日")
    >>> s.title, s.doc_number, s.issuer, s.date, s.recipients
    ('国务院关于支持自由贸易试验区深化改革创新若干措施的通知', '国发〔2018〕38号', '国务院', '2018-11-07', ('各省、自治区、直辖市人民政府', '国务院各部委'))
    >>> [(x.level, x.number, x.title) for x in s.headings()]
    [(1, 1, '营造优良投资环境'), (2, 1, '放宽比例要求')]
    """
    check_text(text, "parse_structure")
    nt = normalized if normalized is not None else normalize(text)
    if not nt.text.strip():
        return Structure()
    rules = _rules()
    lines = _lines(nt, rules)
    head = _parse_head(lines, nt, rules)
    for i in head.used:
        lines[i].skip = True
    issuer, sig_date, sig_lines = _signature(lines, head.end, rules, nt)
    for i in sig_lines:
        lines[i].skip = True
    title = _display(nt, lines, head.title_lines)
    subtitle = _display(nt, lines, [] if head.subtitle_line is None else [head.subtitle_line])
    issuer = issuer or _issuer_from_title(title, rules) or head.speaker_org
    if head.order:  # 国务院令 第706号 《专利代理条例》…现予公布: the title is the text promulgated
        promulgated, title_lines = _promulgated(lines, head.end, sig_lines, nt, rules)
        title = promulgated or title
        for i in title_lines:
            lines[i].skip = True
            head.used.append(i)
    cands = []
    for i in range(head.end, len(lines)):
        if not lines[i].skip:
            cands.extend(_line_candidates(lines[i], i, rules, nt))
    roots = _build_tree(cands)
    if not any(n.rank <= 3 for n in roots):
        bare = _bare_headings(lines, head.end, cands, rules)
        if bare:
            roots = _build_tree(sorted(cands + bare, key=lambda c: c.hs))
    content_end = max((ln.end for ln in lines if not ln.furniture), default=len(nt.text))
    sections = _to_sections(roots, nt, 0, content_end)
    span = nt.span
    return Structure(
        title=title,
        subtitle=subtitle,
        author=head.author,
        issuer=issuer,
        doc_number=head.doc_number,
        date=sig_date or head.date,
        recipients=head.recipients,
        sections=sections,
        front_matter=tuple(span(lines[i].start, lines[i].end) for i in sorted(set(head.used))),
        back_matter=tuple(span(lines[i].start, lines[i].end) for i in sig_lines),
        furniture=tuple(span(ln.start, ln.end) for ln in lines if ln.furniture),
    )
