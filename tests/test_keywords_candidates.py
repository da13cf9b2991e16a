"""Keyword candidates: kinds and termhood, agencies, quoted coinages, phrase merging, positions.

Grouped by origin: corpus sentences (copied here, with the file they come from), bugs caught on
corpus documents, and cases that must find nothing.
"""

import pytest

from policytext.data import read_table
from policytext.keywords import heading_spans, lead_spans, quoted_terms, salient_spans
from policytext.keywords.candidates import (
    KINDS,
    TERMHOOD_FILE,
    candidate_units,
    idf_shrink,
    is_agency,
    termhood,
    word_kind,
)
from policytext.tokenize import tokenize


def _units(text, **kw):
    return {u.text: u.kind for u in candidate_units(text, tokenize(text), **kw)}


# --- kinds -------------------------------------------------------------------------------------

WORD_KINDS = [
    ("新质生产力", "term", "policy dictionary"),
    ("专精特新", "term", "policy dictionary"),
    ("长白山", "name", "jieba ns"),
    ("清华大学", "name", "jieba nt"),
    ("胡玉亭", "name", "unknown word read as surname + given name"),
    ("消费", "short", "two-character dictionary word"),
    ("机构", "short", "two-character dictionary word"),
    ("碳纤维", "word", "longer dictionary word"),
    ("网络安全", "word", "jieba nz is not a name"),
    ("基绿能", "new", "unknown word, no surname first"),
    ("省财政厅", "agency", "policy dictionary entry that names a body"),
    ("农业农村部", "agency", "ministry"),
    # third pass (issue 5)
    ("大型", "modifier", "jieba b: modifies the noun after it"),
    ("单个", "modifier", "jieba b"),
    ("每时每刻", "idiom", "jieba l, opens with no noun"),
    ("毫不动摇", "idiom", "jieba l, opens with an adverb"),
    ("数据共享", "word", "jieba i, but opens with a noun"),
    ("技术改造", "word", "jieba l, but opens with a noun"),
    ("建成投产", "idiom", "verb + verbal noun: what is done, not a thing"),
    ("颁布实施", "idiom", "verb + verb"),
    ("网络化", "derived", "derivational suffix 化"),
    ("恢复性", "derived", "derivational suffix 性"),
]


@pytest.mark.parametrize("word,kind,why", WORD_KINDS, ids=[w for w, _, _ in WORD_KINDS])
def test_word_kind(word, kind, why):
    assert word_kind(word) == kind, why


AGENCIES = [
    ("省财政厅", True), ("市工信局", True), ("国家发展改革委", True), ("海关总署", True),
    ("市委网信办", True), ("直辖市人民政府", True), ("联席会议办公室", True), ("银保监会", True),
    ("数据资源主管部门", True), ("行业监管部门", True),  # third pass: a body named by its function
    # words that share the ending without naming a body
    ("产业布局", False), ("新发展格局", False), ("少数民族干部", False), ("中西部", False),
    ("战略部署", False), ("一网通办", False), ("音乐厅", False), ("部委", False),
    ("国务院专利行政部门", False),  # a named authority (gold2 regulation-articles indexes it)
]


@pytest.mark.parametrize("word,expected", AGENCIES, ids=[w for w, _ in AGENCIES])
def test_is_agency(word, expected):
    assert is_agency(word) is expected


def test_termhood_table_covers_every_kind():
    rows = read_table(TERMHOOD_FILE)
    assert {r["kind"] for r in rows} == set(KINDS)
    weights = termhood()
    assert all(0 <= w <= 1 for w in weights.values())
    # a named concept outweighs a word, a word a two-character word, that a name, that an agency
    assert weights["term"] == weights["phrase"] > weights["word"] > weights["short"] > weights["name"] > weights["agency"]
    assert idf_shrink()["term"] > 0 and idf_shrink()["word"] == 0


# --- quoted coinages ---------------------------------------------------------------------------

QUOTED = [
    # corpus sentences (gwr-provincial/2025-jilin.txt, gwr-national/2024.txt, seed)
    ("抢抓“两重”“两新”政策窗口期", ["两重", "两新"]),
    ("今年是“十四五”规划收官之年", ["十四五"]),
    ("专精特新“小巨人”企业", ["小巨人"]),
    ("全面开展「互联网」行动", ["互联网"]),
    # nothing: a stop word, a generic verb, a list, too long, not Chinese
    ("要把“发展”放在首位", []),
    ("瓶装液化气居民“阀、管”改造", []),
    ("“科技创新和产业创新是发展新质生产力的基本路径”", []),
    ("推广“AI+”应用", []),
]


@pytest.mark.parametrize("text,terms", QUOTED, ids=[t for t, _ in QUOTED])
def test_quoted_terms(text, terms):
    found = quoted_terms(text)
    assert [q for _, _, q in found] == terms
    assert all(text[s:e] == q for s, e, q in found)


def test_quoted_word_is_a_coinage_wherever_it_occurs():
    # guobanfa-2019-6: “三农” is quoted once and then used bare
    text = "支持小微企业和“三农”发展。服务三农主体。三农融资担保。"
    units = [(u.text, u.kind) for u in candidate_units(text, tokenize(text))]
    assert units.count(("三农", "quoted")) == 3


def test_quoted_numeral_coinage_is_one_unit():
    kinds = _units("推动“十四五”规划圆满收官，谋划“十五五”规划。")
    assert kinds["十四五"] == "quoted" and kinds["十五五"] == "quoted"


# --- merged phrases ----------------------------------------------------------------------------

def test_phrase_merged_from_recurring_adjacent_tokens():
    text = "依托世界领先科技园区建设。世界领先科技园区成效明显。"
    assert _units(text)["世界领先科技园区"] == "phrase"


def test_bug_phrase_always_followed_by_the_same_word_is_a_fragment():
    # guoling-706: 省、自治区、直辖市人民政府管理专利工作的部门 (x11) gave 人民政府管理专利
    text = "由省人民政府管理专利工作的部门负责。" * 3 + "市人民政府管理专利工作的部门备案。" * 2
    assert "人民政府管理专利" not in _units(text)


def test_bug_weak_head_does_not_end_a_phrase():
    # 专利工作, 执业过程: phrases about something, not terms
    text = "做好专利工作。" * 3 + "在执业过程中。" * 3
    kinds = _units(text)
    assert "专利工作" not in kinds and "执业过程" not in kinds


VERB_FIRST = [
    # guobanfa-2019-6: 担保 (jieba: verb) modifies 费率; three times or more
    ("降低担保费率。担保费率不超过1%。担保费率逐步降低。", "担保费率", True),
    # twice is not enough for a verb-first phrase (clauses such as 接受委托 recur too)
    ("降低担保费率。担保费率不超过1%。", "担保费率", False),
    # gwr-national/2024: the thanks formula ends in a stop word
    ("表示衷心感谢！" * 3, "表示衷心感谢", False),
]


@pytest.mark.parametrize("text,phrase,merged", VERB_FIRST, ids=["three-times", "twice", "thanks-formula"])
def test_verb_first_phrase(text, phrase, merged):
    assert (phrase in _units(text)) is merged


# --- positions: headings and run-in leads -------------------------------------------------------

LEADS = [
    # corpus paragraphs: (text, leads)
    ("一是全力培育新质生产力。立足国家使命。", ["全力培育新质生产力"]),  # gwr-provincial/2025-jilin
    ("——粮食生产再创新高。播种面积达到8780.7万亩。", ["粮食生产再创新高"]),
    ("（二）聚焦科技创新和产业创新融合发展，着力建设现代化产业体系。坚持教育科技人才产业一体化发展。",
     ["聚焦科技创新和产业创新融合发展，着力建设现代化产业体系"]),
    ("（三）坚持保本微利运行。政府性融资担保机构要逐步减少反担保等要求。", ["坚持保本微利运行"]),  # guobanfa-2019-6
    ("大力提振消费。实施提振消费专项行动。", ["大力提振消费"]),
    ("1. 加快数据共享。推动政务数据按需共享。", ["加快数据共享"]),
    # nothing: a whole enumerated clause (an item), a long opening sentence, a line that ends
    ("（三）合伙人、股东符合国家有关规定。", []),  # guoling-706, the last item of a list
    ("主要做了以下工作。", []),
    ("为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合法权益，制定本条例。本条例自公布之日起施行。", []),
]


@pytest.mark.parametrize("text,leads", LEADS, ids=[t[:12] for t, _ in LEADS])
def test_lead_spans(text, leads):
    assert [text[s:e] for s, e in lead_spans(text)] == leads


def test_heading_spans_title_block_and_numbered_lines_only():
    text = ("2025年吉林省政府工作报告\n省长　胡玉亭\n各位代表：\n现在，我代表省政府，向大会报告工作。\n"
            "一、2024年工作回顾\n第四章　法律责任\n中华人民共和国著作权法\n附表\n")
    got = [text[s:e] for s, e in heading_spans(text)]
    assert got == ["2025年吉林省政府工作报告", "省长　胡玉亭", "各位代表：", "一、2024年工作回顾", "第四章　法律责任"]


def test_salient_spans_index_the_text():
    text = "  一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n"
    spans = salient_spans(text)
    assert [text[s:e] for s, e in spans] == ["一、总体要求", "指导思想"]
    assert spans == sorted(spans)


@pytest.mark.parametrize("text", ["", "\n\n", "坚持稳中求进。", "2024"])
def test_positions_find_nothing(text):
    assert lead_spans(text) == []
