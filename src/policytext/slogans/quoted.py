"""Quoted phrases (“…”, 「…」, ‘…’) classed as quote, catchphrase or name, and 《…》 titles.

A quotation is a **quote** when a speaker cue stands before it in the same sentence
(习近平总书记指出,北京要“…”; quotations chained right after a quote share its speaker), or a pronoun
and a speech verb do and the sentence before names the speaker (…孙冶方同志…。他指出,“…”), or when it
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
from ._common import HAN_RANGE, Prepared, QuotePair, alternation, is_han, lexicon, prepare, table, tag

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


@lru_cache(maxsize=1)
def _anaphora_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a pronoun and a speech verb right before the opening mark: 他指出,“…”; a speaker named)."""
    names = alternation(lexicon("speakers"))
    titles = alternation(lexicon("speaker_titles"))
    verbs = alternation(lexicon("speech_verbs"))
    pronoun = re.compile(rf"(?:他|她)[^。!?;“”\n,]{{0,8}}?(?:{verbs})[,:]?$")
    named = re.compile(rf"{names}|[{HAN_RANGE}]{{2,3}}(?:{titles})")
    return pronoun, named


def _previous_speaker(t: str, q: QuotePair, lo: int) -> str | None:
    """The speaker a pronoun refers to (他指出,“…”): the last one named in the sentence before
    (…孙冶方同志…写了一篇很好的文章…。他指出,“基数大,速度就低”…)."""
    pronoun, named = _anaphora_patterns()
    if not pronoun.search(t, lo, q.open):
        return None
    before = _sentence_start(t, lo - 1, SPEAKER_WINDOW * 3) if lo else 0
    last = None
    for m in named.finditer(t, before, lo):
        last = m.group()
    return last


def _speaker(t: str, q: QuotePair) -> str | None:
    lo = _sentence_start(t, q.open, SPEAKER_WINDOW)
    m = _speaker_pattern().search(t, lo, q.open)
    if m is None:
        return _previous_speaker(t, q, lo)
    gap = m.group("gap")
    if len(gap) > VERB_GAP or "," in gap or ":" in gap:
        if q.end - q.start < 8:
            return None  # a coined term after a long lead-in is the writer's, not the speaker's
    return m.group("speaker")


def _is_statement(inner: str) -> bool:
    return len(inner) >= STATEMENT and any(c in inner for c in ",;。!?:")


#: Plan periods (“十四五”, “九五”): numerals, but ordinal ones naming a period.
_PLAN_PERIOD = re.compile(r"(?:[一二三四五六七八九]|十[一二三四五六七八九]?)五")
#: A programme named by a plain description, long enough not to be a metaphor: “办学条件改善工程”
#: (not “形象工程”, “面子工程”).
_DESCRIPTIVE_PROGRAMME = re.compile(r".{4,}(?:工程|项目)")
#: A designation by number: “31条” (a policy package), “一号产业项目”, “吉林一号”; a short name
#: ending in 号 (“天山号”, “中华老字号”; not the slogan “一次就诊只挂一次号”).
_DESIGNATION = re.compile(r"\d+条|.*[一二三四五六七八九十\d]号.*|.{1,4}号")
#: Numerals of magnitude only.
_MAGNITUDES = frozenset("十百千万亿")
#: A numeric slogan: numerals lead it (“十百千万”, “百亿工程”, “三医”, “五大安全”).
_NUMERIC = re.compile(r"[一二三四五六七八九十百千万亿两双]")


def _is_number_name(inner: str) -> bool:
    """Plan periods and designations by number: “十四五”, “八七”, “31条”, “一号产业项目”; not
    magnitudes alone (“十百千万” is a numeric slogan)."""
    if all(c in _NUMERALS for c in inner):
        return not all(c in _MAGNITUDES for c in inner)
    return bool(_PLAN_PERIOD.fullmatch(inner) or _DESIGNATION.fullmatch(inner))


def _name_cue(t: str, q: QuotePair) -> str | None:
    """Where a name cue stands: ``before`` (荣获“…”, 技术体系“长安链”), ``suffix`` (“飞天奖”),
    ``after`` (“…”企业, “…”工程), or None."""
    before, after, suffix = _name_patterns()
    if before.search(t, max(0, q.open - 8), q.open):
        return "before"
    if suffix.match(t, q.start, q.end):
        return "suffix"
    if after.match(t, q.close + 1):
        return "after"
    return None


@lru_cache(maxsize=1)
def _programme_pattern() -> re.Pattern[str]:
    nouns = [row["cue"] for row in table("name_cues") if row["position"] == "programme"]
    return re.compile(f"(.{{2,}})(?:{alternation(nouns)})")


#: Counters between a numeral and a programme noun (十大行动, 三年行动, 四项行动).
_COUNTERS = frozenset("大项个年条类批")


def _is_programme(inner: str) -> bool:
    """A quotation ending in a programme or institution noun after two or more characters not all
    numerals: “六六就业稳岗计划”, “串链行动”, “灯塔工厂” (not “百亿工程”, “千万工程”).

    >>> _is_programme("六六就业稳岗计划"), _is_programme("串链行动"), _is_programme("百亿工程")
    (True, True, False)
    """
    m = _programme_pattern().fullmatch(inner)
    if m is None or not all(is_han(c) for c in inner):
        return False
    # two characters or more that are neither numerals nor counters (“十大行动”, “三年行动” are
    # numeric slogans)
    return sum(c not in _NUMERALS and c not in _COUNTERS for c in m.group(1)) >= 2


def _is_place_brand(inner: str) -> bool:
    """A place's campaign brand: four characters closing on a province or city, opened by a quality
    (“好客山东”, “七彩云南”, “水韵江苏”).

    >>> _is_place_brand("七彩云南"), _is_place_brand("绿水青山")
    (True, False)
    """
    return (len(inner) == 4 and inner[2:] in _divisions() and inner[:2] not in _divisions()
            and all(is_han(c) for c in inner) and any(a == 2 for a, _, _ in tag(inner)))  # not 真金|白银


@lru_cache(maxsize=1)
def _divisions() -> frozenset[str]:
    """Provinces and cities (``data/admin_divisions.txt``), the country left out: “两个中国”,
    “读懂中国” are no place's brand."""
    from ..data import data_path, read_lines

    return frozenset(read_lines(data_path("admin_divisions.txt"))) - {"中国"}


def _is_role_word(inner: str) -> bool:
    """A two-character coined role (“链主”, “链长”: ``role_suffixes.txt``), a catchphrase even
    before a category noun that makes a longer quotation a designation (“小巨人”企业).

    >>> _is_role_word("链主"), _is_role_word("瞪羚")
    (True, False)
    """
    return (len(inner) == 2 and all(is_han(c) for c in inner) and not _NUMERIC.match(inner)
            and inner[1] in lexicon("role_suffixes"))


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
            elif _is_number_name(inner):
                kind = "name"
            elif "+" in inner:
                kind = "catchphrase"  # “人工智能+”行动: an X+ formula
            elif _is_programme(inner) or _is_place_brand(inner):
                kind = "name"
            elif _is_role_word(inner) and not _name_patterns()[0].search(t, max(0, q.open - 8), q.open):
                kind = "catchphrase"  # “链主”企业: a coined role, not a designation (“小巨人”企业)
            else:
                cue = _name_cue(t, q)
                # a numeric slogan stays one as a programme's name (“十百千万”工程, “百亿工程”),
                # not where it names an award (荣获“五个一工程”优秀作品奖)
                if cue == "before" or (not _NUMERIC.match(inner) and (
                        cue is not None or _DESCRIPTIVE_PROGRAMME.fullmatch(inner))):
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
