"""Parallel formulas at phrase level: two or more units built on one template.

The candidates are the runs of items separated by 、 (two runs joined by ``,更``/``,也``, as in
有基础、有能力,更有底气、有信心; a list closed by 和: 数字化、网络化和智能化), the chains of short
quotations (“筑基扩容”“小升规”“规升强”, 从“跟跑”到“并跑”乃至“领跑”), two phrases joined by 和/与
inside a clause, and series of clauses. A run is a parallel when its items fit one template:

- shared head: 抓平台、抓主体、抓转化 (``抓_``); 新产业、新模式、新动能; 医疗、医保、医药;
- shared tail: 数字化、网络化、智能化 (``_化``), a verbal noun of ``formula_tails.txt``
  (经济建设、政治建设、文化建设), and the subject–predicate frame 大企业强、独角兽企业多、中小企业活
  (``_企业+A``);
- shared infix: 基于生态、源于创新 (``_于_``), 转得出、帮得上 (``V得C``), 科技基础最为雄厚、
  创新资源最为集聚 (``_最为_``), 群众无伤亡、堤防无决口 (``_无_``, a word of its own);
- same shape: four-character predicates (放权赋能、鼓励创新、稳定预期, ``XXXX``) or subject-predicate
  items (政策撬动、场景创设、活动牵引), items sharing a character in the same place (科教融汇、
  产教融合, ``_教融_``), scale-adjective modifiers (大力度支持、高强度投入、全方位服务保障,
  ``A__+V``), verb-object series (稳增长、促改革、调结构, ``V__``), chiasmus (数字产业化、产业数字化);
- two items (:mod:`.pairs`): a tail shared after verbs (泄露国家秘密、侵犯商业秘密), a head before short
  predicates (融资难、融资贵), one word profile (创新供给引导需求、扩大投资撬动消费), contrasting
  openings (先代偿、后分险), swapped characters (稳中求进、以进促稳);
- clauses (:mod:`.clauses`): a shared head word (坚持…,坚持…,坚持…; 向…,向…), one short length
  opening with verbs (强化责任担当,加大工作力度,完善配套措施,抓好组织实施).

Plain lists of things are not parallels, however long: 教育、科技、人才 and 人工智能、集成电路、
生物医药 share no template, a shared noun (国家实验室、全国重点实验室) or verbal noun (红色旅游、乡村
旅游) names kinds of a thing, and two items sharing one word are a loose pair (引导预期、提振信心).
jieba tags (on candidate items only, never on whole texts, and dictionary look-ups first) tell a verb
or adjective head from a noun. Quotation marks around a whole run (“发展出题、改革作答”) mark it as a
coined formula. Components of the first and last item are cut out of the words around them to the
size of the inner items.

The templates themselves are in :mod:`.templates` and :mod:`.pairs`; clause series and 和-pairs in
:mod:`.clauses`; sentence-level series and heading-level parallels in :mod:`.series`.
"""


from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Parallel, Span
from ..text import NormalizedText, check_text
from ._common import Prepared, alternation, bounds, lexicon, lexicon_set, prepare, starts_predicate
from .clauses import clause_parallels, conjunction_pairs
from .runs import run_parallels
from .templates import Found, Item, Run, closes_kind_list, contrasting, fit

__all__ = ["extract_parallels", "phrase_parallels"]

#: Longest quotation that can be an item of a quoted sequence.
MAX_QUOTED_ITEM = 10
#: Characters that bound a run of 、-separated items.
_STOP = ",.;:!?。“”「」『』‘’()《》<>[]\n\r\t 　"
#: A clause: what lies between two stops (linear: one character class, nothing to backtrack).
_CLAUSE_RE = re.compile("[^%s]+" % re.escape(_STOP))
#: What may join two runs into one: 有基础、有能力,更有底气、有信心.
_JOIN = re.compile(r"更加|同时|更|还|也|又|并")
_OPEN_QUOTES = frozenset("“「『‘")
_CLOSE_QUOTES = frozenset("”」』’")
#: Punctuation that ends a clause: an item bounded by it is probably, not surely, exact.
_CLAUSE = frozenset(",;:。!?\n\r")


def _side(t: str, i: int, left: bool) -> str:
    if left and i == 0:
        return "soft"
    c = t[i - 1] if left else (t[i] if i < len(t) else "\n")
    if c == "、" or c in (_OPEN_QUOTES if left else _CLOSE_QUOTES):
        return "hard"
    return "soft" if c in _CLAUSE else "open"


def _runs(prep: Prepared) -> list[Run]:
    """Runs of 、-separated items: clauses holding a 、, cut at empty items (、、)."""
    t = prep.t
    found = []
    for m in _CLAUSE_RE.finditer(t):
        if "、" not in m.group():
            continue
        pos = m.start()
        group: list[Item] = []
        for piece in m.group().split("、") + [""]:
            if piece:
                group.append(Item(pos, pos + len(piece), "hard", "hard"))
            elif group:
                if len(group) >= 2:
                    start, end = group[0].start, group[-1].end
                    group[0] = group[0]._replace(left=_side(t, start, True))
                    group[-1] = group[-1]._replace(right=_side(t, end, False))
                    q = prep.opened_at.get(start - 1)
                    found.append(Run(tuple(group), q is not None and q.close == end))
                group = []
            pos += len(piece) + 1
    # join runs split by ",更" (有基础、有能力,更有底气、有信心)
    out: list[Run] = []
    for run in found:
        first = run.items[0]
        m = _JOIN.match(t, first.start)
        if (out and m is not None and not out[-1].quoted and not run.quoted
                and t[out[-1].items[-1].end:first.start] == ","):
            first = Item(m.end(), first.end, "hard", first.right)
            out[-1] = Run(out[-1].items + (first,) + run.items[1:], False)
            continue
        out.append(run)
    return out



_CLOSING_CONJUNCTION = re.compile(r"以及|和|及|与")


def _fit_split(t: str, run: Run) -> Found | None:
    """A run whose last item holds the conjunction that closes the list (数字化、网络化和智能化),
    split there when the words before it are as long as the other items and the conjunction is a
    word of its own (not 社会和谐)."""
    group = run.items
    last = group[-1]
    text = t[last.start:last.end]
    m = _CLOSING_CONJUNCTION.search(text, 1)
    if m is None or m.end() >= len(text):
        return None
    # the words before the conjunction as long as the other items (the first one may hold words
    # leading into the list: 增强|前瞻性、针对性和灵活性), or as the words after it
    usual = sorted(it.end - it.start for it in group[1:-1] or [Item(0, len(text) - m.end(), "", "")])
    if abs(m.start() - usual[len(usual) // 2]) > 1:
        return None
    items = group[:-1] + (Item(last.start, last.start + m.start(), last.left, "hard"),
                          Item(last.start + m.end(), last.end, "hard", last.right))
    found = fit(t, Run(items, False))
    if found is None:
        return None
    cuts = bounds(text)
    return found if m.start() in cuts and m.end() in cuts else None


def _quoted_sequences(prep: Prepared) -> list[tuple[int, int, Found]]:
    """Chains of short quoted catchphrases: “筑基扩容”“小升规”“规升强”; 从“跟跑”到“并跑”乃至“领跑”.

    A chain is a parallel when its links mark a progression (到, 乃至, 向), when the quotations
    stand side by side with nothing between them, or when its items look alike: three or more listed
    items of one length or sharing a character, two listed items sharing a character in place
    (“六稳”、“六保”; “就业难”与“招工难”). Quotations of a speaker's words or of names are not items.
    """
    from .quoted import classify_quotes

    t = prep.t
    joiners = re.compile(f"(?:{alternation(lexicon('quote_connectors'))})?")
    progression = lexicon_set("quote_progressions")
    openers = lexicon("quote_openers")
    out = []
    chain: list = []
    links: list[str] = []

    def flush() -> None:
        if len(chain) < 2:
            return
        items = [t[q.start:q.end] for q in chain]
        if len(set(items)) < len(items) or not _alike(items, links, progression):
            return
        if all(x == "" for x in links) and not set(items[0]).intersection(*items[1:]) and closes_kind_list(
                t, chain[-1].close + 1):
            return  # “城新贷”“交运贷”“设备担”|等金融支持政策: names of things of one kind
        start = chain[0].open
        lead = next((w for w in openers if t.startswith(w, start - len(w))), "") if any(
            x in progression for x in links) else ""
        start -= len(lead)
        template = lead + "".join("“_”" + (links[i] if i < len(links) else "") for i in range(len(chain)))
        comps = tuple((q.start, q.end) for q in chain)
        out.append((start, chain[-1].close + 1, Found(comps, template)))

    for q, kind, _ in classify_quotes(prep):
        inner = t[q.start:q.end]
        if kind != "catchphrase" or not 0 < len(inner) <= MAX_QUOTED_ITEM or any(c in "、,;:。!?“”\n" for c in inner):
            flush()
            chain, links = [], []
            continue
        if chain:
            gap = t[chain[-1].close + 1:q.open]
            if q.open > chain[-1].close and len(gap) <= 3 and joiners.fullmatch(gap):
                chain.append(q)
                links.append(gap)
                continue
            flush()
        chain, links = [q], []
    flush()
    return out


#: Longest verb phrase before a quotation in a verb + quotation series (遏制耕地|“非农化”).
MAX_QUOTE_VERB = 6
_VERB_GAP = re.compile(r"、([\u4e00-\u9fff]{1,%d})" % MAX_QUOTE_VERB)


def _verb_quotes(prep: Prepared) -> list[tuple[int, int, Found]]:
    """Quotations each after its own verb, separated by 、: 装满“米袋子”、充实“菜篮子”;
    遏制耕地“非农化”、防止“非粮化” (``V“_”``). The verbs differ and open with a predicate; the
    first item's verb phrase is cut from its clause on a word boundary, about as long as the
    others'."""
    t = prep.t
    out = []
    quotes = [q for q in prep.quotes if 0 < q.end - q.start <= MAX_QUOTED_ITEM]
    k = 0
    while k < len(quotes) - 1:
        chain = [(None, quotes[k])]
        while k + 1 < len(quotes):
            m = _VERB_GAP.fullmatch(t, chain[-1][1].close + 1, quotes[k + 1].open)
            if m is None:
                break
            chain.append((m.start(1), quotes[k + 1]))
            k += 1
        k += 1
        if len(chain) < 2:
            continue
        verbs = [t[v:q.open] for v, q in chain[1:]]
        inner = {t[q.start:q.end] for _, q in chain}
        if len(set(verbs)) < len(verbs) or len(inner) < len(chain) or not all(starts_predicate(v) for v in verbs):
            continue
        first = chain[0][1]
        want = sorted(len(v) for v in verbs)[len(verbs) // 2]
        lo = max(0, first.open - MAX_QUOTE_VERB)
        clause = t[lo:first.open]
        starts = [lo + c for c in sorted(bounds(clause)) if c < len(clause)
                  and all("\u4e00" <= x <= "\u9fff" for x in clause[c:]) and starts_predicate(clause[c:])]
        if not starts:
            continue
        s = min(starts, key=lambda a: (abs((first.open - a) - want), a))
        if t[s:first.open] in verbs:
            continue
        comps = ((s, first.close + 1),) + tuple((v, q.close + 1) for v, q in chain[1:])
        out.append((s, comps[-1][1], Found(comps, "V“_”")))
    return out


def _alike(items: Sequence[str], links: Sequence[str], progression: frozenset[str]) -> bool:
    if any(x in progression for x in links):
        return True
    same_length = len({len(x) for x in items}) == 1
    common = set(items[0]).intersection(*items[1:])
    if all(x == "" for x in links):
        # adjacent quotations: “筑基扩容”“小升规”“规升强”; two of them share a character in place
        # or open with contrasting ones (“两重”“两新”, “内培”“外引”; not “揭榜挂帅”“PI制” or
        # “两国双园”“国别产业园”, lists of names)
        if len(items) >= 3:
            return True
        return (same_length and any(a == b for a, b in zip(items[0], items[1]))) or contrasting(items[0][0], items[1][0])
    if len(items) >= 3:
        return same_length or bool(common)
    return same_length and any(a == b for a, b in zip(items[0], items[1]))


def phrase_parallels(prep: Prepared) -> list[Parallel]:
    """Phrase-level parallels of a prepared text (used by :func:`extract_parallels`).

    >>> [p.template for p in phrase_parallels(prepare("坚持稳预期、稳增长、稳就业"))]
    ['稳_']
    """
    t = prep.t
    found: list[tuple[int, int, Found]] = []
    for run in _runs(prep):
        # a list closed by a conjunction is split first (准确性、相关性、完整性和时效性): the
        # template then holds its last item too
        f = None if run.quoted else _fit_split(t, run)
        if f is None:
            f = fit(t, run)
        if f is not None:
            found.append((f.comps[0][0], f.comps[-1][1], f))
    found += _quoted_sequences(prep)
    found += conjunction_pairs(prep)
    found += [(f.comps[0][0], f.comps[-1][1], f) for f in run_parallels(t)]
    found += _verb_quotes(prep)
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out = []
    last_end = -1
    for s, e, f in found:
        if s < last_end:
            continue  # overlapping: keep the first, longest one
        last_end = e
        span = prep.span(s, e)
        comps = tuple(prep.span(a, b) for a, b in f.comps)
        out.append(Parallel(span.text, span.start, span.end, "phrase", f.template, comps))
    # series of clauses are a tier of their own: they may hold the phrase-level ones
    # (坚持稳中求进、以进促稳,把质的有效提升和量的合理增长…)
    return sorted(out + clause_parallels(prep), key=lambda p: (p.start, -p.end))


def extract_parallels(
    text: str,
    *,
    headings: Sequence | None = None,
    sentences: Sequence[Span] | None = None,
    normalized: NormalizedText | None = None,
) -> list[Parallel]:
    """Find parallel formulas: phrase, sentence and heading level.

    Args:
        text: the document text.
        headings: the document's headings, to find heading-level parallels (headings 二 to 六
            all reading 抓X,为新质生产力发展Y). A sequence of :class:`~policytext.records.Span`
            or :class:`~policytext.records.Section` (siblings are grouped by level), or a
            sequence of such sequences, one per group of sibling headings. Without it no
            heading-level parallel is reported.
        sentences: the text's sentences as :func:`~policytext.text.split_sentences` gives them,
            if already computed (the pipeline passes its own).
        normalized: the text's :func:`~policytext.text.normalize` result, if already computed
            (the pipeline passes its own).

    Returns:
        :class:`~policytext.records.Parallel` records, phrase level first, each with its
        ``template`` (``抓_``, ``_于_``, ``V得C``, ``XXXX`` ...) and ``components``.

    >>> [(p.template, [c.text for c in p.components])
    ...  for p in extract_parallels("通过“抓平台、抓主体、抓转化、抓园区、抓改革”,培育新质生产力")]
    [('抓_', ['抓平台', '抓主体', '抓转化', '抓园区', '抓改革'])]
    >>> extract_parallels("北京在教育、科技、人才方面具有独特优势")
    []
    """
    check_text(text, "extract_parallels")
    from .series import heading_parallels, sentence_parallels

    prep = prepare(text, normalized)
    out = phrase_parallels(prep)
    out += sentence_parallels(prep, sentences=sentences)
    if headings:
        out += heading_parallels(prep, headings)
    return out
