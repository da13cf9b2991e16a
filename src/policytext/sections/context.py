"""Sentence contexts: what the role classifiers know about a sentence and its place in its document.

:func:`sentence_contexts` walks a document's sentences once and gives each a
:class:`SentenceContext`: the cues of ``data/sections/role_cues.tsv`` found in it, in the opener of
its paragraph and in the sentence before it, the headings above it, whether it is a heading or page
furniture, the kind of document, and how the years it mentions compare with the document's date.

>>> c = sentence_contexts("一、2024年工作回顾\\n过去一年，我们出台政策10项。")
>>> c[0].structural, c[1].heading, sorted(c[1].cues)
(True, '2024年工作回顾', ['action', 'figure', 'past', 'we', 'we_lead'])
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import regex

from ..data import data_path, read_lines, read_table
from ..records import Span
from ..text import NormalizedText, check_text, normalize, split_paragraphs, split_sentences
from .structure import Structure, iter_sections, parse_structure

__all__ = ["SentenceContext", "sentence_contexts", "sentence_cues"]

DocKind = Literal["directive", "plan", "report"]

_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?=年)")
_PUNCT = regex.compile(r"^[\p{P}\p{S}\s\d.]+$")
_HEAD_REVIEW = regex.compile(r"回顾|过去|成就|成绩|成效|进展|总结|以来|情况")
_HEAD_FUTURE = regex.compile(r"今后|任务|安排|部署|目标|要求|重点工作|建议|展望|措施|保障|思路|举措|方向|计划")
_DIRECTIVE_END = regex.compile(r"(?:通知|意见|办法|方案|规定|条例|决定|批复|函|通报|令|细则|措施|答复|公告|通告|指引|规则)$")



@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[str, Any, Any], ...]:
    """``(name, pattern, prefilter)`` per cue; see :func:`_literal_prefilter`."""
    rows = read_table(data_path("sections/role_cues.tsv"))
    return tuple((r["cue"], regex.compile(r["pattern"]), _literal_prefilter(r["pattern"])) for r in rows)


# A pattern that is nothing but literal words joined by |: the prefilter is the whole test.
_PLAIN_ALTERNATION = regex.compile(r"[^\\\[\](){}?*+.^$|]+(?:\|[^\\\[\](){}?*+.^$|]+)*")


def _literal_prefilter(pattern: str) -> tuple[Any, bool] | None:
    """A cheap ``re`` alternation of literals, one of which every match of ``pattern`` contains.

    Derived from the pattern's syntax tree: a sequence needs what one of its parts needs (the
    longest literal run wins), an alternation what any branch needs, a repeat with a minimum of
    one what its item needs; anchors and look-arounds need nothing. ``re`` searches such an
    alternation several times faster than ``regex`` searches the full pattern, and most
    sentences hold none of the literals. Returns ``(prefilter, exact)`` (``exact`` when the
    pattern is just that alternation), or None when no literal is needed (or the pattern uses
    syntax ``re`` does not parse). The same cues come out, checked on the whole corpus.
    """
    import re

    try:
        tree = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - regex-only syntax: no prefilter
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    need = _needed(list(tree))
    if not need:
        return None
    literals = sorted(need, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, literals))), bool(_PLAIN_ALTERNATION.fullmatch(pattern))


def _needed(items: list) -> set[str] | None:
    """Literals one of which any match of the sequence ``items`` (``re`` parser nodes) contains."""
    from re import _constants as c  # type: ignore[attr-defined]

    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        need: set[str] | None = None
        if op is c.SUBPATTERN:
            need = _needed(list(av[-1]))
        elif op is c.BRANCH:
            branches = [_needed(list(b)) for b in av[1]]
            need = set().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            need = _needed(list(av[2]))
        elif op is c.IN and all(o is c.LITERAL for o, _ in av) and len(av) <= 12:
            need = {chr(a) for _, a in av}
        if need:
            options.append(need)
    if run:
        options.append({run})
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


_TERMINALS = "。!?;！？；"
_QUOTED = regex.compile(r"“[^“”]*”|\"[^\"]*\"")
_SPEECH_CUES = frozenset({"quote_cue", "quoted", "speech_intro", "intro_end"})


def _cues(folded: str) -> frozenset[str]:
    # words inside quotation marks are someone else's: they do not set the sentence's tense
    outside = _QUOTED.sub("“”", folded) if "“" in folded or '"' in folded else folded
    found = []
    for name, pat, pre in _cue_patterns():
        s = folded if name in _SPEECH_CUES else outside
        if pre is None:
            if pat.search(s):
                found.append(name)
        elif pre[0].search(s) and (pre[1] or pat.search(s)):
            found.append(name)
    return frozenset(found)


def sentence_cues(sentence: str) -> frozenset[str]:
    """The names of the cues of ``data/sections/role_cues.tsv`` found in a sentence.

    Cues of tense and modality are looked for outside quotation marks only.

    >>> sorted(sentence_cues("2024年，研发投入增长8.3%。"))
    ['change', 'figure']
    >>> sorted(sentence_cues("总书记强调，“要及时将成果应用到产业上”。"))
    ['leader', 'quote_cue', 'quoted', 'speech_intro']
    """
    return _cues(normalize(sentence).text)


# -- context ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """A sentence with what the role classifiers need to know about its place in its document.

    Attributes:
        text, start, end: the sentence and its offsets in the document.
        folded: the sentence normalised (full-width folded): what the classifier reads.
        words: its words (jieba, punctuation dropped) when the document's tokens were given;
            the classifiers do not use them (their features do not depend on a dictionary).
        cues: the role cues found in it (:func:`sentence_cues`).
        opener_cues: the cues of the first sentence of its paragraph (empty for that sentence).
        previous_cues: the cues of the sentence before it.
        next_cues: the cues of the sentence after it in its paragraph (empty for the last).
        structural: a title, byline, heading phrase or page furniture line.
        item: a numbered line that is all its section holds, but for a tag in brackets
            (（十四）在自贸试验区设立受理点。（负责部门：知识产权局） then （十五）…): an item of a list,
            whose role is its content's, not a heading's.
        first_in_paragraph: the sentence opens its paragraph.
        lead: a short sentence that opens a paragraph which goes on: a run-in lead phrase
            (产业升级步伐加快。/ 挖潜增效稳工业。 followed by the details).
        heading: the titles of the sections it sits in, outermost first, joined by `` / ``.
        doc_kind: directive (通知, 意见, 办法, 条例 …), plan (规划, 纲要) or report (work reports,
            speeches, articles: narrative texts).
        provisions: the document is a directive that lays down rules in force (条例, 办法, 规定,
            articles 第X条) or replies and announces (批复, 函, 公告), rather than one that assigns
            tasks (意见, 方案, 通知): what it orders is then a *measure*, not a *plan*.
        year_relation: how the years it mentions compare with the document's year: a tuple of
            ``past``, ``current``, ``future``.
        heading_year_relation: the same for the years in its headings.
        outlook: where the sentence stands relative to an outlook paragraph of its section (one
            opened by 面向新征程 / 下一步 / 今后 …): ``before`` (the section reviews first, then looks
            ahead), ``after``, or ``""`` when the section has none.
        quotation: ``"cued"`` when the sentence starts inside (or with) a quotation that a speech
            cue opened (毛主席指出：“ / the quoted words on lines of their own / ”; 毛主席说过， /
            “人不犯我…”), ``"open"`` inside any other quotation, ``""`` outside.
        quoted_share: the share of its characters inside quotation marks (0 to 1).
    """

    text: str
    start: int
    end: int
    folded: str = ""
    words: tuple[str, ...] = ()
    cues: frozenset[str] = frozenset()
    opener_cues: frozenset[str] = frozenset()
    previous_cues: frozenset[str] = frozenset()
    structural: bool = False
    item: bool = False
    first_in_paragraph: bool = True
    lead: bool = False
    next_cues: frozenset[str] = frozenset()
    section_tense: str = ""
    heading: str = ""
    doc_kind: str = "report"
    provisions: bool = False
    year_relation: tuple[str, ...] = ()
    heading_year_relation: tuple[str, ...] = ()
    outlook: str = ""
    quotation: str = ""
    quoted_share: float = 0.0


@lru_cache(maxsize=1)
def _provisions_end() -> Any:
    """A title ending of ``data/sections/provision_types.txt`` (see there)."""
    words = sorted(read_lines(data_path("sections/provision_types.txt")), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, words))})(?:[(（](?:试行|暂行)[)）])?》?(?:的(?:通知|决定))?$")


def _provisions(structure: Structure, has_articles: bool) -> bool:
    """Whether the document lays down provisions in force (条例, 办法, 规定, a reply, or articles 第X条)."""
    return has_articles or bool(_provisions_end().search("".join((structure.title or "").split())))


def _has_articles(structure: Structure) -> bool:
    return any(s.kind == "article" for s in iter_sections(structure.sections[:3]))


def _doc_kind(structure: Structure, head_text: str, has_articles: bool) -> str:
    """directive (文号, or a title ending 通知/意见/办法 …, or articles 第X条), plan (规划, 纲要, 五年计划)
    or report (work reports, speeches, articles: any narrative text)."""
    title = "".join((structure.title or "").split())
    if structure.doc_number or _DIRECTIVE_END.search(title):
        return "directive"
    plan_words = r"规划|纲要|五年计划|五年规划|“[一二三四五六七八九十]{1,2}五”"
    if regex.search(plan_words, title):
        return "plan"
    if "报告" in title or "报告" in (structure.subtitle or "") or regex.search(r"各位代表|同志们", head_text):
        return "report"
    if regex.search(plan_words, head_text) or any(s.kind == "part" for s in structure.sections):
        return "plan"
    if has_articles:
        return "directive"
    return "report"


def _doc_year(structure: Structure) -> int | None:
    if structure.date:
        return int(structure.date[:4])
    for s in (structure.title, structure.subtitle):
        m = _YEAR.search(s or "")
        if m:
            return int(m.group(1))
    return None


def _relation(text: str, year: int | None) -> tuple[str, ...]:
    if year is None:
        return ()
    out = set()
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        out.add("past" if y < year else "future" if y > year else "current")
    return tuple(sorted(out))


def _words_for(spans: Sequence[Span], tokens) -> list[tuple[str, ...]]:
    """The words of each sentence from the document's tokens (one walk), or none without tokens."""
    if tokens is None:
        return [()] * len(spans)
    keep: dict[str, bool] = {}
    out = []
    k = 0
    n = len(tokens)
    for s in spans:  # sentences and tokens are both in document order: one walk
        while k < n and tokens[k].start < s.start:
            k += 1
        words = []
        j = k
        while j < n and tokens[j].end <= s.end:
            w = tokens[j].text
            ok = keep.get(w)
            if ok is None:
                ok = keep[w] = not _PUNCT.match(w)
            if ok:
                words.append(w)
            j += 1
        out.append(tuple(words))
        k = j
    return out


#: What may follow an item in its section: tags in brackets only (（负责部门：…）), bounded.
_TAG_ONLY = regex.compile(r"^\s*(?:[(（][^()（）]{0,300}[)）]\s*)+$")
_MAX_TAG = 400
#: The longest run-in lead phrase (产业升级步伐加快。), in characters.
_MAX_LEAD = 20
#: How far (in characters) a quotation may run open: unbalanced marks do not quote a whole text.
_MAX_QUOTATION = 2000
_QUOTE_MARKS = regex.compile(r"[“”]")
_OPENING_CUES = frozenset({"quote_cue", "speech_intro"})


def _quotation_walk(folded: str, depth: int) -> tuple[int, int, int]:
    """Walk the quotation marks of a sentence entered at ``depth``: (characters inside quotation
    marks, depth at its end, position of the first opening mark at depth 0 or -1)."""
    inside = 0
    pos = 0
    opened = -1
    for m in _QUOTE_MARKS.finditer(folded):
        if depth > 0:
            inside += m.start() - pos
        if m.group() == "“":
            if depth == 0 and opened < 0:
                opened = m.start()
            depth += 1
        elif depth > 0:
            depth -= 1
        pos = m.end()
    if depth > 0:
        inside += len(folded) - pos
    return inside, depth, opened


def sentence_contexts(
    text: str,
    *,
    sentences: Sequence[Span] | None = None,
    structure: Structure | None = None,
    tokens: Sequence[Any] | None = None,
    normalized: NormalizedText | None = None,
    paragraphs: Sequence[Span] | None = None,
) -> list[SentenceContext]:
    """Every sentence of a text with its context, ready for :func:`rule_role` or :class:`RoleClassifier`.

    Args:
        text: the document.
        sentences, structure, normalized, paragraphs: what the pipeline has already computed
            (:func:`~policytext.text.split_sentences`, :func:`parse_structure`,
            :func:`~policytext.text.normalize`, :func:`~policytext.text.split_paragraphs`);
            computed here when not given.
        tokens: :func:`~policytext.tokenize.tokenize` of the whole text, to fill
            :attr:`SentenceContext.words` (the role classifiers do not need them).

    >>> c = sentence_contexts("面向新征程，我们将加快建设。推动成果转化。")
    >>> c[1].text, sorted(c[1].opener_cues), c[1].first_in_paragraph
    ('推动成果转化。', ['outlook', 'target', 'we'], False)
    >>> c = sentence_contexts("毛主席指出：“\\n要团结，不要分裂。\\n”")
    >>> [(x.text, x.quotation) for x in c]
    [('毛主席指出：“', ''), ('要团结，不要分裂。', 'cued'), ('”', 'cued')]
    """
    check_text(text, "sentence_contexts")
    nt = normalized if normalized is not None else normalize(text)
    if sentences is None:
        sentences = split_sentences(text, normalized=nt)
    if structure is None:
        structure = parse_structure(text, normalized=nt)
    if not sentences:
        return []
    words = _words_for(sentences, tokens)
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    para_starts = [p.start for p in paragraphs]
    articles = _has_articles(structure)
    kind = _doc_kind(structure, text[:300], articles)
    provisions = kind == "directive" and _provisions(structure, articles)
    year = _doc_year(structure)
    other_spans = sorted((s.start, s.end) for s in (*structure.front_matter, *structure.back_matter,
                                                  *structure.furniture))
    other_starts = [a for a, _ in other_spans]
    heads = [(s.heading_start, s.heading_end, s.title, s.start, s.end, s.level, bool(s.children))
             for s in iter_sections(structure.sections)]
    head_at = {h[0]: h for h in heads}
    # the chain of enclosing headings, found with one sweep over sections sorted by start
    heads_sorted = sorted(heads, key=lambda h: (h[3], h[5]))
    out = []
    stack: list[tuple] = []
    hi = 0
    current_para = -1
    opener_cues: frozenset[str] = frozenset()
    previous: frozenset[str] = frozenset()
    opener_speech = False
    depth, cued, opened_at = 0, False, 0  # the quotation the walk is in
    fold = nt.text if nt.index is None else None
    for s, w in zip(sentences, words):
        while hi < len(heads_sorted) and heads_sorted[hi][3] <= s.start:
            h = heads_sorted[hi]
            while stack and not (stack[-1][3] <= h[3] < stack[-1][4]):
                stack.pop()
            stack.append(h)
            hi += 1
        while stack and not (stack[-1][3] <= s.start < stack[-1][4]):
            stack.pop()
        p = bisect_right(para_starts, s.start) - 1
        first = p != current_para
        current_para = p
        folded = fold[s.start:s.end] if fold is not None else normalize(s.text).text
        cues = _cues(folded)
        if first or (opener_speech and "quote_cue" not in cues):
            # the paragraph's opener: its first sentence that is not a quotation
            opener_cues = cues
            opener_speech = "quote_cue" in cues
        structural = item = False
        k = bisect_right(other_starts, s.start) - 1
        if k >= 0 and other_spans[k][0] <= s.start < other_spans[k][1]:
            structural = True
        h = head_at.get(s.start)
        if h is not None and h[2] and s.end <= h[1] + 2:
            # a heading phrase; when it is all its section holds (but for a （…负责） tag), the
            # line is an item of a list: （十四）在自贸试验区设立受理点。（负责部门：知识产权局）
            rest = text[s.end:h[4]] if h[4] - s.end < _MAX_TAG else "x"
            item = not h[6] and (not rest.strip() or _TAG_ONLY.match(rest) is not None)
            structural = not item
        if depth and s.start - opened_at > _MAX_QUOTATION:
            depth = 0
        quotation = ("cued" if cued else "open") if depth else ""
        share = 0.0
        if depth or "“" in folded or "”" in folded:
            inside, new_depth, opened = _quotation_walk(folded, depth)
            if opened >= 0:
                cued = bool(_OPENING_CUES & cues) or (opened == 0 and "intro_end" in previous)
                opened_at = s.start + opened
                if opened == 0:  # the sentence is the quotation: “人不犯我，我不犯人。”
                    quotation = "cued" if cued else "open"
            depth = new_depth
            share = (inside + (1 if opened == 0 else 0)) / len(folded) if folded else 0.0
        heading = " / ".join(x[2] for x in stack if x[2])
        out.append(SentenceContext(
            text=s.text, start=s.start, end=s.end, folded=folded, words=w, cues=cues,
            opener_cues=frozenset() if cues is opener_cues else opener_cues, previous_cues=previous,
            structural=structural, item=item,
            first_in_paragraph=first, heading=heading, doc_kind=kind, provisions=provisions,
            year_relation=_relation(folded, year), heading_year_relation=_relation(heading, year),
            quotation=quotation, quoted_share=share,
        ))
        previous = cues
    for a, b in zip(out, out[1:]):  # fresh contexts, not yet returned to anyone: set in place
        if not b.first_in_paragraph:
            object.__setattr__(a, "next_cues", b.cues)
            if a.first_in_paragraph and len(a.folded) <= _MAX_LEAD:
                object.__setattr__(a, "lead", True)
    _with_section_tense(out)
    return _with_outlook(out)


_FUTURE = frozenset({"target", "plan_open", "outlook"})


def _with_section_tense(contexts: list[SentenceContext]) -> None:
    """Set the tense of each sentence's section (the sentences under one heading), in place:
    ``future`` or ``past`` when most of its sentences carry cues of that time, ``mixed``, ``none``."""
    i, n = 0, len(contexts)
    while i < n:  # sections: the sentences under one heading
        j = i + 1
        while j < n and contexts[j].heading == contexts[i].heading:
            j += 1
        block = [c for c in contexts[i:j] if not c.structural]
        future = sum(1 for c in block if _FUTURE & c.cues or "future" in c.year_relation)
        past = sum(1 for c in block if "past" in c.cues or "past" in c.year_relation or "achieved" in c.cues)
        if block:
            tense = ("mixed" if future and past and min(future, past) * 3 >= max(future, past)
                     else "future" if future > past else "past" if past > future else "none")
            for c in contexts[i:j]:
                object.__setattr__(c, "section_tense", tense)
        i = j


def _with_outlook(contexts: list[SentenceContext]) -> list[SentenceContext]:
    """Mark each sentence as before or after the outlook paragraph (面向新征程…) of its section.

    The contexts are fresh (not yet returned to anyone), so they are updated in place.
    """
    i = 0
    n = len(contexts)
    while i < n:
        j = i
        while j < n and contexts[j].heading == contexts[i].heading:
            j += 1
        block = contexts[i:j]
        first_outlook = next((k for k, c in enumerate(block) if c.first_in_paragraph and "outlook" in c.cues), None)
        if first_outlook is not None:
            for k, c in enumerate(block):
                object.__setattr__(c, "outlook", "before" if k < first_outlook else "after")
        i = j
    return contexts
