"""The head of a document (title, subtitle, byline, 文号, date, recipients), its signature
(issuer and 成文日期) and, for an order (国务院令), the text it promulgates.

Matching runs on the normalised text; every string returned is the original text (full-width
brackets and digits kept), spacing closed up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..data import read_lines
from ..text import INVISIBLE, NormalizedText, normalize
from .layout import _MAX_HEAD_LINES, _compact, _heading_at, _Line, _Rules, _sections_file, chinese_int


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
            if len(head.title_lines) == 1 and _key(c) == _key(first_title):
                # pkulaw's first line is its page title (half-width brackets); the second is the
                # document's own title line as written: the title is that one
                head.title_lines = [i]
                head.title = _close_up(ln.text)
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
    for m in regex.finditer(r"[^,;，；]+", body_end):
        s, e = m.span()
        piece = body_end[s:e].strip()
        if piece:
            lead = len(body_end[s:e]) - len(body_end[s:e].lstrip())
            out.append(nt.span(ln.start + s + lead, ln.start + s + lead + len(piece)).text)
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
