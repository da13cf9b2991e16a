"""Quoted phrases (“…”, 「…」, ‘…’) classed as quote, catchphrase or name, and 《…》 titles.

A quotation is a **quote** when a speaker cue stands before it in the same sentence
(习近平总书记指出,北京要“…”; quotations chained right after a quote share its speaker) or when it
reads as a statement (twelve characters or more holding clause punctuation; its ``speaker`` is
then None), a **name** when a name cue stands next to it (入选“…”, “…”企业, 以“…”为主题, 技术体系
“长安链”, a name ending in 号) or it is a number (“十四五”), and otherwise a **catchphrase**. The cues live in ``data/slogans/`` (``speakers.txt``,
``speaker_titles.txt``, ``speech_verbs.txt``, ``name_cues.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Quoted, Reference
from ..text import NormalizedText, check_text
from ._common import HAN_RANGE, Prepared, QuotePair, alternation, lexicon, prepare, table

__all__ = ["extract_quoted", "extract_titles"]

#: How far before a quotation a speaker cue is looked for (characters, within the sentence).
SPEAKER_WINDOW = 60
#: Longest stretch allowed between the speech verb and the opening mark (",北京要"), and the
#: longer one, commas allowed, before a quotation that reads as a statement (8+ characters):
#: 毛泽东同志…指出,在农村人民公社化实现以后,“农业的根本出路在于机械化”.
VERB_GAP = 8
LONG_GAP = 24
#: A quotation of this length holding clause punctuation is a statement: a quote even when no
#: speaker is named (“要搞马克思主义,不要搞修正主义;要团结,不要分裂”).
STATEMENT = 12
#: What may separate two quotations of one speaker (“…”“…”, “…”,“…”).
_CHAIN = frozenset("、,和与及 ")
_NUMERALS = frozenset("一二三四五六七八九十百〇零两")
#: A title in 《…》 (inner text, bounded, one line).
_TITLE = re.compile(r"《([^《》\n]{1,100})》")


@lru_cache(maxsize=1)
def _speaker_pattern() -> re.Pattern[str]:
    names = alternation(lexicon("speakers"))
    titles = alternation(lexicon("speaker_titles"))
    verbs = alternation(lexicon("speech_verbs"))
    # speaker, then (bounded) circumstances (在…时, 多次, 深刻), then the verb, then a short gap
    # (",北京要") running to the end of the window, i.e. up to the opening mark.
    return re.compile(
        rf"(?P<speaker>{names}|[{HAN_RANGE}]{{2,3}}(?:{titles}))"
        rf"[^。!?;“”\n]{{0,25}}?(?:{verbs})[,:]?(?P<gap>[^。!?;“”\n]{{0,{LONG_GAP}}})$"
    )


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(before the opening mark, after the closing mark, end of the quoted text) name cues."""
    cues: dict[str, list[str]] = {"before": [], "after": [], "head": [], "suffix": []}
    for row in table("name_cues"):
        cues.setdefault(row["position"], []).append(row["cue"])
    before = re.compile(f"(?:(?:{alternation(cues['before'])})了?|(?:{alternation(cues['head'])}))$")
    after = re.compile(f"为?(?:{alternation(cues['after'])})")
    suffix = re.compile(f"..*(?:{alternation(cues['suffix'])})$", re.S)
    return before, after, suffix


def _sentence_start(t: str, pos: int, limit: int) -> int:
    """Start of the sentence holding ``pos``, looking back at most ``limit`` characters."""
    lo = max(0, pos - limit)
    return max(lo, max(t.rfind(c, lo, pos) for c in "。!?;\n\r") + 1)


def _speaker(t: str, q: QuotePair) -> str | None:
    lo = _sentence_start(t, q.open, SPEAKER_WINDOW)
    m = _speaker_pattern().search(t, lo, q.open)
    if m is None:
        return None
    gap = m.group("gap")
    if len(gap) > VERB_GAP or "," in gap or ":" in gap:
        if q.end - q.start < 8:
            return None  # a coined term after a long lead-in is the writer's, not the speaker's
    return m.group("speaker")


def _is_statement(inner: str) -> bool:
    return len(inner) >= STATEMENT and any(c in inner for c in ",;。!?:")


def _is_number_name(inner: str) -> bool:
    """Plan periods and numbered programmes: “十四五”, “八七”."""
    return all(c in _NUMERALS for c in inner)


def _is_name(t: str, q: QuotePair) -> bool:
    before, after, suffix = _name_patterns()
    return bool(
        before.search(t, max(0, q.open - 8), q.open)
        or after.match(t, q.close + 1)
        or suffix.match(t, q.start, q.end)
    )


def classify_quotes(prep: Prepared) -> list[tuple[QuotePair, str, str | None]]:
    """``(pair, kind, speaker)`` for every quotation of a prepared text, in text order.

    >>> [(k, s) for _, k, s in classify_quotes(prepare("毛主席说:“要团结。”“要斗争。”他们的“法宝”"))]
    [('quote', '毛主席'), ('quote', '毛主席'), ('catchphrase', None)]
    """
    if "quotes" in prep.memo:
        return prep.memo["quotes"]
    t = prep.t
    pairs = prep.quotes
    out: list[tuple[QuotePair, str, str | None]] = []
    last: dict[int, tuple[str, str | None]] = {}  # close position -> (kind, speaker)
    for q in pairs:
        if not t[q.start:q.end].strip():
            continue
        kind, speaker = "catchphrase", None
        # a quotation chained right after a quote continues it (“…”“…”, “…”,“…”)
        j = q.open - 1
        while j >= 0 and q.open - j <= 3 and t[j] in _CHAIN:
            j -= 1
        prev = last.get(j) if j >= 0 else None
        if prev is not None and prev[0] == "quote":
            kind, speaker = prev
        else:
            speaker = _speaker(t, q)
            inner = t[q.start:q.end]
            if speaker is not None or _is_statement(inner):
                kind = "quote"
            elif _is_name(t, q) or _is_number_name(inner):
                kind = "name"
        last[q.close] = (kind, speaker)
        out.append((q, kind, speaker))
    prep.memo["quotes"] = out
    return out


def extract_quoted(text: str, *, normalized: NormalizedText | None = None) -> list[Quoted]:
    """Find every quoted phrase and class it as quote, catchphrase or name.

    Offsets are those of the text inside the quotation marks. A quote carries its ``speaker``.

    Args:
        text: the document text.
        normalized: the text's :func:`~policytext.text.normalize` result, if already computed
            (the pipeline passes its own).

    Returns:
        :class:`~policytext.records.Quoted` records in text order.

    >>> [(q.text, q.kind, q.speaker) for q in extract_quoted("习近平总书记指出,要“强化企业科技创新主体地位”。")]
    [('强化企业科技创新主体地位', 'quote', '习近平总书记')]
    >>> [(q.text, q.kind) for q in extract_quoted("成为全球科技创新的“领头雁”,专精特新“小巨人”企业")]
    [('领头雁', 'catchphrase'), ('小巨人', 'name')]
    """
    check_text(text, "extract_quoted")
    prep = prepare(text, normalized)
    out = []
    for q, kind, speaker in classify_quotes(prep):
        s = prep.span(q.start, q.end)
        out.append(Quoted(s.text, s.start, s.end, kind, speaker))
    return out


def extract_titles(text: str, *, normalized: NormalizedText | None = None) -> list[Reference]:
    """Find document titles in 《…》 (offsets of the title inside the marks).

    Args:
        text: the document text.
        normalized: the text's :func:`~policytext.text.normalize` result, if already computed
            (the pipeline passes its own).

    Returns:
        :class:`~policytext.records.Reference` records in text order.

    >>> [r.text for r in extract_titles("颁布实施《北京市促进科技成果转化条例》。")]
    ['北京市促进科技成果转化条例']
    """
    check_text(text, "extract_titles")
    prep = prepare(text, normalized)
    out = []
    for m in _TITLE.finditer(prep.t):
        s = prep.span(m.start(1), m.end(1))
        out.append(Reference(s.text, s.start, s.end))
    return out
