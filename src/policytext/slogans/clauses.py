"""Clause-level parallels: series of clauses inside one sentence, and pairs joined by 和/与.

Clauses are what lies between , and ; inside a sentence (punctuation inside a quotation does not
count); a colon ends a series. Consecutive clauses are a parallel when

- they open with one head word, a verb, adverb, preposition or modal: 坚持和加强党的全面领导,
  坚持稳中求进工作总基调,坚持新发展理念 (``坚持_``); 向全省各族人民,向人大代表、政协委员,…
  (``向_``). Two clauses also need a second shared part: a tail (是…的结果,是…的结果 →
  ``是_的结果``) or an infix (不得为…而…,不得为…而… → ``不得为_而_``);
- three or more of them have one length and open with verbs: 强化责任担当,加大工作力度,
  完善配套措施,抓好组织实施 (``XXXXXX``);
- two of them have one length, open with verbs and share one word of one character in place:
  激活经济新动能,拓展发展新空间 (``____新__``).

Two phrases joined by 和 or 与 inside a clause are handed to the templates of runs
(:func:`.templates.fit`): 质的有效提升和量的合理增长 (``_的_``), 统筹推进“五位一体”总体布局和
协调推进“四个全面”战略布局 (``_布局``). Subjects (我们…,我们…), nouns and numbers are no heads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Parallel
from ._common import HAN_RANGE, Prepared, alternation, is_han, lexicon, word_tag
from .pairs import pair, verbal_start
from .templates import Found, Item, Run, boundary_at, chiasmus, infix, infixes, lcp, lcs

__all__ = ["clause_parallels", "conjunction_pairs"]

#: Longest clause that can be a component (characters).
MAX_CLAUSE = 40
#: Most clauses in one series (a bound on the work per clause on any input).
MAX_SERIES = 40
#: Length range of the clauses of a same-length series (longer clauses of one length are chance:
#: 加大农房抗震改造力度,持续改善农村人居环境,建设宜居宜业和美乡村).
MIN_SHAPE, MAX_SHAPE = 4, 8
#: Longest phrase on either side of a 和/与 pair.
MAX_CONJUNCT = 30
#: Sizes of a clause of an infix series: subject, adverb, predicate (要素流动|更加|自由).
MIN_SUBJECT, MAX_SUBJECT, MAX_PREDICATE = 2, 8, 4
MAX_INFIX_CLAUSE = MAX_SUBJECT + 3 + MAX_PREDICATE
#: Most characters before the head in the clause that opens a series (要|把机关整顿好).
MAX_LEAD_IN = 2
#: Longest side of an infix template (characters): 质|的|有效提升.
MAX_SIDE = 5
#: What ends a clause (a 和-pair lies inside one).
_SEPARATORS = ",;:。!?\n\r"
#: jieba tags of a clause head: verbs, adverbs, prepositions, adjectives (not nouns, pronouns,
#: numbers, time words or conjunctions).
_HEAD_TAGS = frozenset({"v", "vd", "vi", "d", "p", "a", "ad", "i", "l"})
#: jieba tags of the one character two clauses may share in place (新: a; 总: b).
_MODIFIER_TAGS = frozenset({"a", "b"})
#: Characters that never open a clause head.
_BAD_HEAD = frozenset("的和与及或等各每其这那之了第我你他它一二三四五六七八九十两")


#: A quotation (skipped whole: its punctuation separates nothing) or a separator.
_SEP_OR_QUOTE = re.compile(r"“[^“”\n\r]*”|[,;:。!?\n\r]")


def _clauses(prep: Prepared) -> list[list[tuple[int, int]]]:
    """The clauses of the sentences that may hold a series (separated by , and ;, a colon starting
    a new group), in normalised offsets, whitespace trimmed (computed once per text).

    A cheap look first: two clauses in a row opening with one character, or of one short length;
    only the sentences holding such a pair are cut into clauses.
    """
    if "clauses" in prep.memo:
        return prep.memo["clauses"]
    t = prep.t
    head, head_at_start, shape, shape_at_start, infix, infix_at_start = _candidate_patterns()
    starts = {m.start() + 1 for pattern in (head, shape, infix) for m in pattern.finditer(t)}
    if head_at_start.match(t) or shape_at_start.match(t) or infix_at_start.match(t):
        starts.add(0)
    groups = []
    done = -1
    for pos in sorted(starts):
        if pos < done:
            continue
        s = max(t.rfind(c, 0, pos) for c in "。!?\n\r") + 1
        e = min((i for i in (t.find(c, pos) for c in "。!?\n\r") if i >= 0), default=len(t))
        groups.extend(_sentence_clauses(t, s, e))
        done = e
    prep.memo["clauses"] = groups
    return groups


@lru_cache(maxsize=1)
def _candidate_patterns() -> tuple[re.Pattern[str], ...]:
    """Two clauses in a row opening with one character (a head series), or of one length from
    MIN_SHAPE to MAX_SHAPE (a shape series); each pattern opens with the separator before the
    first clause (a scan for one character), the text's start is looked at on its own."""
    han = f"[{HAN_RANGE}]"
    head = rf"([^\s,;:。!?“”])[^,;:。!?\n\r]{{1,{MAX_CLAUSE}}}[,;]\1"
    infix = rf"[^,;:。!?\n\r]{{2,{MAX_SUBJECT}}}(?:{alternation(lexicon('clause_infixes'))})[^,;:。!?\n\r]{{1,{MAX_PREDICATE}}}[,;]"
    shapes = "|".join(rf"{han}{{{n}}}[,;]{han}{{{n}}}(?=[,;:。!?\n\r]|$)" for n in range(MIN_SHAPE, MAX_SHAPE + 1))
    shape = rf"(?={han}{{{MIN_SHAPE}}})(?:{shapes})"
    return tuple(re.compile(prefix + "[ \\t\\u3000]*" + body) for body in (head, shape, infix)
                 for prefix in ("[,;:。!?\\n\\r]", ""))


def _sentence_clauses(t: str, lo: int, hi: int) -> list[list[tuple[int, int]]]:
    """The clause groups of ``t[lo:hi]`` (a colon starts a new group)."""
    groups = []
    start = lo
    cur: list[tuple[int, int]] = []
    for m in _SEP_OR_QUOTE.finditer(t, lo, hi):
        i = m.start()
        c = t[i]
        if c == "“":
            continue
        cur.extend(_trimmed(t, start, i))
        start = i + 1
        if c not in ",;":
            if cur:
                groups.append(cur)
            cur = []
    cur.extend(_trimmed(t, start, hi))
    if cur:
        groups.append(cur)
    return groups


def _trimmed(t: str, s: int, e: int) -> list[tuple[int, int]]:
    while s < e and t[s].isspace():
        s += 1
    while e > s and t[e - 1].isspace():
        e -= 1
    return [(s, e)] if s < e else []


def _first_word_heads(x: str) -> bool:
    """The clause opens with a word that can head a series (坚持, 不得, 向), by dictionary look-up."""
    return any(word_tag(x[:k]) in _HEAD_TAGS for k in range(min(len(x), 4), 0, -1)
               if word_tag(x[:k]) is not None) and x[0] not in _BAD_HEAD


def _head(texts: list[str]) -> str:
    """The head word(s) the clauses share, cut back to a word boundary of each, or ''."""
    head = lcp(texts)
    if not head or head[0] in _BAD_HEAD or not all(is_han(c) for c in head):
        return ""
    # the first word of the head, looked up (a verb, adverb, preposition: 坚持, 不得, 向)
    first = next((head[:k] for k in range(min(len(head), 4), 0, -1) if word_tag(head[:k])), "")
    if not first or word_tag(first) not in _HEAD_TAGS:
        return ""
    while len(head) > len(first) and not all(boundary_at(x, len(head)) for x in texts):
        head = head[:-1]
    if not all(boundary_at(x, len(head)) for x in texts):
        return ""
    return head


def _second_part(texts: list[str], head: str) -> str | None:
    """What two clauses share besides their head: a tail of two or more characters (the template
    suffix ``_的结果``) or an infix (``_而_``); None when nothing."""
    rests = [x[len(head):] for x in texts]
    tail = lcs(rests)
    if len(tail) >= 2 and all(is_han(c) for c in tail) and min(len(r) - len(tail) for r in rests) >= 2:
        return f"_{tail}"
    for m in infixes():
        if len(m) == 1 and m not in "而于":
            continue  # one-character markers are words of every kind in long clauses
        pos = [r.find(m) for r in rests]
        if all(p >= 2 and len(r) - p - len(m) >= 2 for p, r in zip(pos, rests)):
            return f"_{m}_"
    return None


def _head_series(texts: list[str], i: int) -> tuple[int, str] | None:
    """The longest series of clauses from ``texts[i]`` sharing a head: (end index, template)."""
    if len(texts[i]) > MAX_CLAUSE or not _first_word_heads(texts[i]):
        return None  # a dictionary look-up before any word boundary is asked for
    j = i + 1
    while (j < len(texts) and j - i < MAX_SERIES and len(texts[j]) <= MAX_CLAUSE
           and texts[j][:1] == texts[i][:1]):
        j += 1
    while j - i >= 2:
        run = texts[i:j]
        # two clauses need a second shared part: looked for before any word boundary
        if len(set(run)) == len(run) and (j - i >= 3 or _second_part(run, lcp(run)) is not None):
            head = _head(run)
            if head and all(len(x) - len(head) >= 2 for x in run):
                if j - i >= 3:
                    return j, f"{head}_"
                second = _second_part(run, head)
                if second is not None:
                    return j, f"{head}{second}"
        j -= 1
    return None


def _shape_series(texts: list[str], i: int) -> tuple[int, str] | None:
    """Three or more clauses of one length opening with verbs (强化责任担当,加大工作力度,…), or two
    sharing one character in place (激活经济新动能,拓展发展新空间)."""
    n = len(texts[i])
    if not MIN_SHAPE <= n <= MAX_SHAPE or not all(is_han(c) for c in texts[i]):
        return None
    j = i + 1
    while j < len(texts) and j - i < MAX_SERIES and len(texts[j]) == n and all(is_han(c) for c in texts[j]):
        j += 1
    run = texts[i:j]
    if len(run) < 2 or len(set(run)) < len(run) or lcp(run):
        return None
    if len(run) >= 3:
        # all open with a verb; none ends in a particle (是非常及时的: a predicate, not an item)
        if all(verbal_start(x) and x[-1] not in "的了" for x in run):
            return j, "X" * n
        return None
    a, b = run
    shared = [k for k in range(n) if a[k] == b[k]]
    if len(shared) != 1 or not 2 <= shared[0] <= n - 3:
        return None
    k = shared[0]
    # the shared character is a word of its own, a modifier (激活经济|新|动能): not 发 of 发展/发行
    if (verbal_start(a) and verbal_start(b) and word_tag(a[k]) in _MODIFIER_TAGS
            and all(boundary_at(x, k) for x in (a, b)) and any(boundary_at(x, k + 1) for x in (a, b))):
        return j, "_" * k + a[k] + "_" * (n - k - 1)
    return None


def _infix_series(texts: list[str], i: int) -> tuple[int, str] | None:
    """Two or more short clauses holding one adverb of ``clause_infixes.txt`` between a varying
    subject and a short predicate (要素流动更加自由,资源配置更加高效,市场融合更加深入: ``_更加_``)."""
    for m in _clause_infixes():
        j = i
        while j < len(texts) and j - i < MAX_SERIES and _infix_split(texts[j], m):
            j += 1
        if j - i < 2:
            continue
        run = texts[i:j]
        subjects = [x[:x.find(m)] for x in run]
        predicates = [x[x.find(m) + len(m):] for x in run]
        if len(set(subjects)) < len(run) or len(set(predicates)) < len(run):
            continue
        # the adverb a word of its own in each clause (not 持续 of 可持续; 显著 of 不显著)
        if all(boundary_at(x, len(a)) and boundary_at(x, len(a) + len(m)) for x, a in zip(run, subjects)):
            return j, f"_{m}_"
    return None


def _infix_lead(clause: str, m: str, sizes: list[int]) -> int | None:
    """Where the clause before an infix series starts its last item: the adverb ``m`` with a short
    predicate closes it, and its subject is cut on a word boundary to the others' length."""
    k = clause.rfind(m)
    if k < MIN_SUBJECT or not 1 <= len(clause) - k - len(m) <= MAX_PREDICATE or not boundary_at(clause, k):
        return None
    want = max(0, len(clause) - sorted(sizes)[len(sizes) // 2])
    cuts = [c for c in range(max(0, k - MAX_SUBJECT), k - MIN_SUBJECT + 1)
            if boundary_at(clause, c) and all(is_han(x) for x in clause[c:k])]
    return min(cuts, key=lambda c: (abs(c - want), c)) if cuts else None


def _infix_split(x: str, m: str) -> bool:
    k = x.find(m)
    return (MIN_SUBJECT <= k <= MAX_SUBJECT and 1 <= len(x) - k - len(m) <= MAX_PREDICATE
            and all(is_han(c) for c in x) and x[k - 1] not in _BAD_HEAD)


@lru_cache(maxsize=1)
def _infix_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon("clause_infixes")))


@lru_cache(maxsize=1)
def _clause_infixes() -> tuple[str, ...]:
    return tuple(sorted(lexicon("clause_infixes"), key=len, reverse=True))


def clause_parallels(prep: Prepared) -> list[Parallel]:
    """Series of clauses inside a sentence (see the module docstring), phrase level.

    >>> from ._common import prepare
    >>> [(p.template, [c.text for c in p.components]) for p in clause_parallels(prepare(
    ...     "坚持和加强党的全面领导,坚持稳中求进工作总基调,坚持新发展理念,按照高质量发展要求"))]
    [('坚持_', ['坚持和加强党的全面领导', '坚持稳中求进工作总基调', '坚持新发展理念'])]
    """
    t = prep.t
    out = []
    for group in _clauses(prep):
        if len(group) < 2:
            continue
        texts = [t[s:e] for s, e in group]
        i = 0
        while i < len(group) - 1:
            a, b = texts[i], texts[i + 1]
            found = None
            if a[0] == b[0]:
                found = _head_series(texts, i)
            if found is None and len(a) == len(b) and MIN_SHAPE <= len(a) <= MAX_SHAPE:
                found = _shape_series(texts, i)
            if found is None and len(a) <= MAX_INFIX_CLAUSE and _infix_pattern().search(a):
                found = _infix_series(texts, i)
            if found is None:
                i += 1
                continue
            j, template = found
            spans = list(group[i:j])
            if i > 0 and template.find("_") > 0:  # a head series
                lead = _lead_in(texts[i - 1], template[:template.index("_")])
                if lead is not None:  # 要把机关整顿好,把厂矿企业整顿好,…: the head after a modal
                    spans.insert(0, (group[i - 1][0] + lead, group[i - 1][1]))
            if i > 0 and template.startswith("_") and template.endswith("_") and len(template) > 2:
                lead = _infix_lead(texts[i - 1], template[1:-1], [len(x) for x in texts[i:j]])
                if lead is not None:  # 推动与RCEP成员国|要素流动更加自由,资源配置更加高效,…
                    spans.insert(0, (group[i - 1][0] + lead, group[i - 1][1]))
            span = prep.span(spans[0][0], spans[-1][1])
            comps = tuple(prep.span(s, e) for s, e in spans)
            out.append(Parallel(span.text, span.start, span.end, "phrase", template, comps))
            i = j
    return out


def _lead_in(clause: str, head: str) -> int | None:
    """Where ``head`` opens the last words of the clause before a series, after a few words
    leading into it (要|把机关整顿好), or None."""
    k = clause.find(head, 1, MAX_LEAD_IN + len(head))
    if k < 0 or len(clause) - k - len(head) < 2 or not boundary_at(clause, k):
        return None
    return k


_CONJUNCTION = re.compile("[和与]")
#: What may follow a conjunct sharing the tail of the first (…战略布局|, 禁止开发区域|的人口转移).
_AFTER_TAIL = frozenset(",;:。!?\n\r、的等")


def _may_pair(left: str, right: str) -> bool:
    """A cheap look at the words either side of 和/与: a shared head (融资难和融资贵; 数字产业化和
    产业数字化), a shared tail (…总体布局和…战略布局; 限制开发区域和禁止开发区域|的人口转移), an infix
    marker near both sides (质的有效提升和量的合理增长)."""
    head = right[:2]
    if len(head) == 2 and head in left and is_han(head[0]):
        return True
    tail = left[-2:]
    k = right.find(tail, 2) if len(tail) == 2 else -1
    if k >= 2 and (k + 2 == len(right) or right[k + 2] in _AFTER_TAIL):
        return True
    near_left, near_right = left[-MAX_SIDE - 1:], right[:MAX_SIDE + 1]
    return any(m in near_left and m in near_right for m in _marker_chars())


@lru_cache(maxsize=1)
def _marker_chars() -> tuple[str, ...]:
    """The one-character infix markers and the first characters of the longer ones."""
    return tuple({m[0] for m in infixes()})


def conjunction_pairs(prep: Prepared) -> list[tuple[int, int, Found]]:
    """Two phrases joined by 和/与 inside a clause that fit one template (normalised offsets).

    >>> from ._common import prepare
    >>> [f.template for _, _, f in conjunction_pairs(prepare("坚持稳中求进,把质的有效提升和量的合理增长有机统一起来"))]
    ['_的_']
    """
    t = prep.t
    out = []
    for m in _CONJUNCTION.finditer(t):
        p = m.start()
        if not _may_pair(t[max(0, p - 12):p], t[p + 1:p + 2 * MAX_CONJUNCT + 1]):
            continue
        lo = max(0, p - 2 * MAX_CONJUNCT)
        s = max(t.rfind(c, lo, p) for c in _SEPARATORS) + 1 or lo
        e = min((i for i in (t.find(c, p, p + 2 * MAX_CONJUNCT) for c in _SEPARATORS) if i >= 0), default=-1)
        if e < 0:
            e = len(t) if len(t) - p <= 2 * MAX_CONJUNCT else -1
        if (e < 0 or p - s < 3 or e - p - 1 < 3 or t[p - 1] == "和" or t.find("、", s, e) >= 0
                or t.find("“", s, e) >= 0 and t.count("“", s, e) != t.count("”", s, e)):
            continue
        run = Run((Item(s, p, "soft", "hard"), Item(p + 1, e, "hard", "soft")), False)
        found = infix(t, run) or chiasmus(t, run) or pair(t, run)
        if found is None:
            continue
        x = t[s:e]
        if boundary_at(x, p - s) and boundary_at(x, p + 1 - s):  # 和 a word of its own (not 和谐)
            out.append((found.comps[0][0], found.comps[-1][1], found))
    return out
