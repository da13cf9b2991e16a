"""Named keyword candidates (issue 5, third pass): acronyms and their full names, names in 《》,
policy indicators; and the document-type, task-table and verb-phrase candidates that are not
keywords.

Grouped by origin: corpus sentences (with the file they come from), bugs caught on the dev set
(tests/data/keywords_dev.tsv) or described in the issue, and cases that must find nothing.
"""

import pytest

from policytext import extract_keywords
from policytext.keywords.candidates import candidate_units
from policytext.keywords.named import acronyms, indicators, named_units
from policytext.tokenize import tokenize


def _terms(text, **kw):
    return [k.term for k in extract_keywords(text, **kw)]


def _units(text):
    return {u.text: u.kind for u in candidate_units(text, tokenize(text))}


# --- acronyms ------------------------------------------------------------------------------------

ACRONYMS = [
    # corpus sentences
    pytest.param("支持以IPv6（互联网协议第6版）、工业PON（无源光网络）、5G等技术", ["IPv6", "PON", "5G"],
                 id="wanzhengbanmi-2021-82-network"),
    pytest.param("推动PM2.5浓度持续下降", ["PM2.5"], id="pm25"),
    pytest.param("推进基础设施领域REITs常态化发行", ["REITs"], id="guangdong-2025-reits"),
    pytest.param("培育6G等未来产业", ["6G"], id="guangdong-2025-6g"),
    # bugs caught / issue
    pytest.param("发展RISC-V处理器", ["RISC-V"], id="joined-by-hyphen"),
    pytest.param("推动ＡＩ大模型应用", ["AI"], id="full-width-folded"),
    # must find nothing
    pytest.param("The State Council issued a notice.", [], id="capitalised-english-words"),
    pytest.param("装机容量100MW，建设3000KW光伏", [], id="unit-after-a-number"),
    pytest.param("原文链接：https://www.pkulaw.com/lar/a28211d04.html", [], id="url"),
    pytest.param("【法宝引证码】 CLI.12.5679380", [], id="citation-code"),
    pytest.param("沿G331国道", [], id="road-number"),
]


@pytest.mark.parametrize("text,expected", ACRONYMS)
def test_acronyms(text, expected):
    found = acronyms(text)
    assert [a for _, _, a in found] == expected
    assert all(text[s:e].upper() == a.upper() or text[s:e] != a for s, e, a in found)


RCEP = ("关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则的意见\n"
        "用好RCEP原产地规则，扩大对RCEP成员国出口。落实区域全面经济伙伴关系协定关税减让。\n"
        "提升RCEP企业服务能力，建立伙伴关系。")


def test_defined_acronym_is_joined_with_its_full_name():
    units = named_units(RCEP, tokenize(RCEP)).units
    spans = [RCEP[u.start:u.end] for u in units if u.term == "RCEP"]
    assert spans == ["区域全面经济伙伴关系协定（RCEP）", "RCEP", "RCEP", "区域全面经济伙伴关系协定", "RCEP"]
    ks = {k.term: k.count for k in extract_keywords(RCEP)}
    assert ks.get("RCEP") == 5
    # the words of the full name are no candidates inside it: 伙伴关系 counts once, on its own
    assert _units(RCEP).get("伙伴关系") in (None, "short", "word")
    assert sum(u.text == "伙伴关系" for u in candidate_units(RCEP, tokenize(RCEP))) == 1
    assert "成员国" not in ks


def test_acronym_defined_by_the_name_in_brackets():
    t = "支持IPv6（互联网协议第6版）改造。互联网协议第6版部署加快，IPv6流量提升。"
    units = [u for u in named_units(t, tokenize(t)).units if u.term == "IPv6"]
    assert [t[u.start:u.end] for u in units] == ["IPv6", "互联网协议第6版", "IPv6"]


def test_acronym_ranks_when_it_is_the_topic():
    t = ("关于加快对接RCEP经贸新规则的实施意见\n" + "一、深化RCEP货物贸易合作。用好RCEP关税减让。\n" * 3
         + "二、推动服务贸易发展。扩大服务贸易开放。\n" * 2)
    assert _terms(t, top_k=3)[0] == "RCEP"


# --- names in 《》 -------------------------------------------------------------------------------

TITLES = [
    pytest.param("根据《中华人民共和国个人所得税法》，个人所得税法规定", "个人所得税法", id="guoling-707-law"),
    pytest.param("落实《区域全面经济伙伴关系协定》，用好区域全面经济伙伴关系协定", "区域全面经济伙伴关系协定", id="agreement"),
]


@pytest.mark.parametrize("text,name", TITLES)
def test_name_in_book_title_marks_is_a_candidate(text, name):
    units = [u for u in named_units(text, tokenize(text)).units if u.kind == "title"]
    assert {u.term for u in units} == {name}
    assert len(units) == 2


NOT_TITLES = [
    pytest.param("印发《关于推进北京市数据专区建设的指导意见》", id="jingjingxinfa-2022-87-document"),
    pytest.param("印发《支持工业互联网发展若干政策》", id="wanzhengbanmi-2021-82-begins-with-verb"),
    pytest.param("落实《生态文明体制改革总体方案》", id="guobanfa-2018-128-plan"),
    pytest.param("《计划》", id="too-short"),
]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_document_titles_are_not_names(text):
    assert [u for u in named_units(text, tokenize(text)).units if u.kind == "title"] == []


# --- indicators and instruments ---------------------------------------------------------------

FILLER = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n" * 8


def test_indicator_given_a_figure_qualifies_once():
    # gwr-national/2021.txt: mentioned once, with its value: a defining sentence
    t = FILLER + "今年赤字率拟按3.2%左右安排，城镇调查失业率5.5%左右。\n" + FILLER
    terms = _terms(t)
    assert "赤字率" in terms and "城镇调查失业率" in terms


def test_indicator_without_figure_needs_two_mentions():
    t = FILLER + "关注赤字率变化。\n" + FILLER
    assert "赤字率" not in _terms(t)


def test_instrument_counts_inside_longer_names():
    # gwr-national/2021.txt: 一般性转移支付 and 均衡性转移支付 are both 转移支付
    t = FILLER + "对地方一般性转移支付增长7.8%，其中均衡性转移支付增幅超过10%。\n" + FILLER
    ks = {k.term: k.count for k in extract_keywords(t)}
    assert ks.get("转移支付") == 2


def test_indicator_lexicon_is_loaded():
    assert {"国内生产总值", "赤字率", "转移支付", "专项债券", "留抵退税"} <= set(indicators())


# --- bugs caught: candidates that are not keywords -------------------------------------------

NOT_KEYWORDS = [
    # (text, a term that must not be a candidate, why)
    pytest.param("推进高水平开放实施意见。高水平开放实施意见提出，深化高水平开放。", "高水平开放实施意见",
                 id="document-type-tail"),
    pytest.param("“无废城市”建设试点工作方案。试点工作方案要求。", "试点工作方案", id="guobanfa-2018-128-plan-tail"),
    pytest.param("允许综合保税区内企业。允许综合保税区开展。允许综合保税区试点。", "允许综合保税区",
                 id="guofa-2019-3-verb-governs-term"),
    pytest.param("打造安徽省工业互联网高地。安徽省工业互联网平台。", "安徽省工业互联网", id="wanzhengbanmi-place-first"),
    pytest.param("专区监管部门负责。专区监管部门审核。", "专区监管部门", id="jingjingxinfa-generic-body"),
    pytest.param("建设全省重点实验室。全省重点实验室达到20家。全省重点实验室。", "全省重点实验室",
                 id="jurisdiction-first"),
    pytest.param("推动文旅产业高质量发展。文旅产业高质量发展加快。促进文旅产业高质量发展。", "文旅产业高质量发展",
                 id="shandong-2025-generic-goal-tail"),
    pytest.param("成立领导小组。领导小组办公室设在省商务厅。", "领导小组", id="task-table-noun"),
    pytest.param("职责分工负责。职责分工明确。", "职责分工", id="task-table-column"),
    pytest.param("单个企业最高300万元，单个项目不超过3年。", "单个", id="modifier-b"),
    pytest.param("印发政务数据资源管理暂行办法。本暂行办法自发布之日起施行，暂行办法由州政府解释。", "暂行办法",
                 id="afubanfa-2021-21-document-type"),
]


@pytest.mark.parametrize("text,term", NOT_KEYWORDS)
def test_not_a_keyword_candidate(text, term):
    assert term not in _units(text)
    assert term not in _terms(text)


def test_verb_before_a_two_character_noun_still_merges():
    # the second-pass case: 担保 + 费率 is a term (guobanfa-2019-6)
    t = "降低担保费率。担保费率不超过1%。担保费率逐步降低。"
    assert "担保费率" in _units(t)


def test_document_type_tail_leaves_the_topic():
    t = "推进高水平开放实施意见。高水平开放实施意见提出，深化高水平开放。"
    assert "高水平开放" in _terms(t)


# --- dictionary gaps found on the third pass ---------------------------------------------------

@pytest.mark.parametrize("text,term", [
    pytest.param("复制推广自贸试验区改革试点经验", "自贸试验区", id="short-form-of-自由贸易试验区"),
    pytest.param("开展软件测试等国际服务外包业务", "服务外包", id="jieba-split-外-包"),
])
def test_segments_whole(text, term):
    assert term in [t.text for t in tokenize(text)]


@pytest.mark.parametrize("word", ["下功夫", "国内生产总值增长", "固定资产投资增长"])
def test_turns_of_phrase_and_glued_indicators_are_not_candidates(word):
    assert word not in _units(f"在提升质量上{word}，{word}。")
