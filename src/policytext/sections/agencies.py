"""Responsible agencies: the （…牵头/负责） tags that directives put after each measure.

State Council and local directives assign every measure to agencies in a parenthesis after it::

    建立RCEP国别商品税率对比清单。（合肥海关负责）
    …（省商务厅牵头，省发展改革委、省财政厅按职责分工负责）
    …（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区）
    …（10月底完成，牵头考核单位：市工信局）

:func:`extract_responsibilities` finds these tags (the words they use are in
``data/sections/responsibility_keys.tsv``) and returns one
:class:`~policytext.records.Responsibility` per tag: the measure it follows (from the previous tag
or the start of the paragraph up to the tag), the agencies in order, and the lead agency — the one
named with 牵头 (or 牵头单位：), else the first one listed, as State Council documents state
(排在第一位的为牵头部门).

>>> [(r.text, r.agencies, r.lead) for r in extract_responsibilities("扩大出口。（省商务厅牵头，合肥海关配合）")]
[('扩大出口。', ('省商务厅', '合肥海关'), '省商务厅')]
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..data import data_path, read_table
from ..records import Responsibility
from ..text import NormalizedText, check_text, normalize
from .layout import _paragraphs

__all__ = ["extract_responsibilities"]

# a parenthesis with at most one level of nested parentheses (各县（市）人民政府), bounded
_TAG = regex.compile(r"\((?P<body>(?:[^()\n]|\([^()\n]{0,20}\)){2,300}?)\)")
_CLAUSE = regex.compile(r"[;。]")
_PIECE = regex.compile(r"[,]")
_LIST_SPLIT = regex.compile(r"、|等和|和各|以及|及(?=[\p{Han}]{2,}(?:部|委|局|厅|办|府|会|署|行|院))|/")
_GENERIC = frozenset({"有关部门", "各有关部门", "相关部门", "各相关部门", "有关单位", "相关单位", "各地区", "各地"})
_TRAIL = regex.compile(r"(?:按职责分工|按照职责分工|按职责|分别|共同|等有关部门|等部门|等单位|等)+$")


@lru_cache(maxsize=1)
def _keys() -> tuple[dict[str, str], dict[str, str], object]:
    labels, verbs = {}, {}
    for r in read_table(data_path("sections/responsibility_keys.tsv")):
        (labels if r["kind"] == "label" else verbs)[r["key"]] = r["role"]
    verb_alt = "|".join(sorted(verbs, key=len, reverse=True))
    verb_re = regex.compile(rf"^(?P<list>.+?)(?P<verb>{verb_alt})$")
    return labels, verbs, verb_re


def _agencies(s: str) -> list[str]:
    out = []
    for part in _LIST_SPLIT.split(s):
        part = _TRAIL.sub("", part.strip(" ,:"))
        if len(part) >= 2 and part not in _GENERIC and regex.search(r"\p{Han}", part):
            out.append(part)
    return out


def _parse(body: str) -> tuple[list[str], str | None, list[str]] | None:
    """(responsible, lead, support) agencies of a tag's body, or None when it is not a tag."""
    labels, verbs, verb_re = _keys()
    responsible: list[str] = []
    support: list[str] = []
    lead = None
    found = False
    for clause in _CLAUSE.split(body):
        for piece in _PIECE.split(clause):
            piece = piece.strip()
            if not piece:
                continue
            if ":" in piece:
                label, _, rest = piece.partition(":")
                role = labels.get(label.strip())
                if role is None:
                    continue
                found = True
                if role == "ignore":
                    continue
                names = _agencies(rest)
                if role == "lead":
                    lead = lead or (names[0] if names else None)
                    responsible.extend(names)
                elif role == "support":
                    support.extend(names)
                else:
                    responsible.extend(names)
                continue
            m = verb_re.match(_TRAIL.sub("", piece))
            if m is None:
                continue
            role = verbs[m.group("verb")]
            head = m.group("list")
            # 国家发展改革委、财政部会同有关部门负责: the ones before 会同 are in charge
            if "会同" in head and role != "support":
                head, _, helpers = head.partition("会同")
                support.extend(_agencies(helpers))
            names = _agencies(head)
            if not names:
                continue
            found = True
            if role == "lead":
                lead = lead or names[0]
                responsible.extend(names)
            elif role == "support":
                support.extend(names)
            else:
                responsible.extend(names)
    if not found or not (responsible or support):
        return None
    return responsible, lead, support


def _written(nt: NormalizedText, name: str, start: int, end: int) -> str:
    """``name`` (found in the normalised tag at ``start:end``) as the original text writes it."""
    if nt.index is None and nt.text == nt.original:
        return name
    k = nt.text.find(name, start, end)
    return name if k < 0 else nt.span(k, k + len(name)).text


def extract_responsibilities(
    text: str,
    *,
    normalized: NormalizedText | None = None,
) -> list[Responsibility]:
    """The measures of a directive with their responsible agencies, from its （…负责） tags.

    Args:
        text: the document.
        normalized: its :func:`~policytext.text.normalize` result, if already computed.

    Returns:
        One :class:`~policytext.records.Responsibility` per tag: ``text``/``start``/``end`` the
        measure, ``agencies`` every agency named (lead first), ``lead`` the lead agency, ``tag``
        the parenthesis itself.

    >>> r = extract_responsibilities("（二）编制用地计划。（负责部门：自然资源部；适用范围：所有自贸试验区）")[0]
    >>> r.text, r.agencies, r.lead, r.tag.text
    ('（二）编制用地计划。', ('自然资源部',), '自然资源部', '（负责部门：自然资源部；适用范围：所有自贸试验区）')
    >>> extract_responsibilities("我们负责。（见附件）")
    []
    """
    check_text(text, "extract_responsibilities")
    nt = normalized if normalized is not None else normalize(text)
    t = nt.text
    if "负责" not in t and "牵头" not in t and "配合" not in t and "单位" not in t:
        return []
    out = []
    for p_start, p_end, _ in _paragraphs(t):
        pos = p_start
        for m in _TAG.finditer(t, p_start, p_end):
            parsed = _parse(m.group("body"))
            if parsed is None:
                continue
            responsible, lead, support = parsed
            agencies = tuple(dict.fromkeys(([lead] if lead else []) + responsible + support))
            lead = lead or (responsible[0] if responsible else None)
            # names as written in the original (各县（市）人民政府, not the folded 各县(市)人民政府)
            written = {a: _written(nt, a, m.start(), m.end()) for a in agencies}
            agencies = tuple(written[a] for a in agencies)
            lead = written.get(lead, lead) if lead else None
            s, e = pos, m.start()
            while s < e and t[s].isspace():
                s += 1
            while e > s and t[e - 1].isspace():
                e -= 1
            pos = m.end()
            if s >= e:
                continue
            measure = nt.span(s, e)
            out.append(Responsibility(measure.text, measure.start, measure.end, agencies=agencies, lead=lead,
                                      tag=nt.span(m.start(), m.end())))
    return out
