"""extract_keywords and friends: corpus documents, the seed, bugs caught, bad input.

Grouped by origin. The corpus cases assert terms a reader of the document would index it under
(read from the documents, not from our output) and the absence of junk: numbers, dates, function
words, generic verbs, stop words and administrative-division names.
"""

import pickle
import re

import pytest

from conftest import corpus_text
from policytext import Keyword, analyze, extract_keywords
from policytext.keywords import (
    extract_keywords_by_section,
    function_words,
    generic_verbs,
    heading_spans,
    is_candidate,
    keyword_tokens,
    places,
    salient_spans,
    stopwords,
)
from policytext.tokenize import tokenize

JUNK = re.compile(r"[0-9０-９%％]|^(?:我们|今年|2024|提高|推进|加强|推动|发展|建设|工作|进一步|全面)$")


LATIN = re.compile(r"[A-Za-z]")


def _assert_clean(terms):
    for t in terms:
        assert LATIN.search(t) or not JUNK.search(t), t  # an acronym may hold digits: 5G, PM2.5
        assert t not in stopwords(), t
        assert t not in places(), t


# corpus documents: (file, terms that must be in the top 10, terms that must be in the top 20)
CORPUS_DOCS = [
    pytest.param(
        "state-council/guofa-2018-42.txt",  # 农业机械化和农机装备产业转型升级
        ["农机装备", "农业机械化"],
        ["全程机械化", "新型农业经营主体", "跨区作业"],
        id="guofa-2018-42-farm-machinery",
    ),
    pytest.param(
        "state-council/guoling-707.txt",  # 个人所得税法实施条例
        ["扣缴义务人", "纳税人", "专项附加扣除", "纳税年度"],
        ["个人所得税", "应纳税额"],
        id="guoling-707-income-tax",
    ),
    pytest.param(
        "local/wanzhengbanmi-2021-82.txt",  # 安徽 工业互联网 policies and action plan
        ["工业互联网", "工业互联网平台", "标识解析"],
        ["工业互联网安全", "网络安全"],
        id="wanzhengbanmi-2021-82-industrial-internet",
    ),
    # second pass: one document of each kind of the corpus, lists read in full (docs/keywords.md)
    pytest.param(
        "gwr-national/2024.txt",  # national government work report
        ["高质量发展", "新型城镇化", "科技创新"],
        ["全国统一大市场", "现代化产业体系", "数字经济", "未来产业"],
        id="gwr-national-2024",
    ),
    pytest.param(
        "gwr-provincial/2025-zhejiang.txt",  # provincial government work report
        ["高质量发展", "数字经济"],
        ["八八战略", "民营经济", "共同富裕示范区", "海洋经济"],
        id="gwr-provincial-2025-zhejiang",
    ),
    pytest.param(
        "congress/2022-20th.txt",  # report to the 20th party congress
        ["中国式现代化", "全过程人民民主", "中华民族伟大复兴", "中国特色社会主义"],
        ["全面从严治党", "新发展格局", "高质量发展", "社会主义核心价值观"],
        id="congress-2022-20th",
    ),
    pytest.param(
        "state-council/zhongfa-2018-1.txt",  # 中央一号文件 on rural revitalisation (意见)
        ["乡村振兴", "乡村振兴战略", "三农", "小农户"],
        ["脱贫攻坚", "宅基地", "农村人居环境", "乡村治理体系"],
        id="zhongfa-2018-1-rural-revitalisation",
    ),
    pytest.param(
        "state-council/guofa-2019-5.txt",  # 双随机、一公开 supervision (意见)
        ["双随机", "随机抽查"],
        ["联合惩戒", "市场监管"],
        id="guofa-2019-5-random-inspection",
    ),
    pytest.param(
        "local/baofubanfa-2022-43.txt",  # 包头 digital-government assessment measures (办法)
        ["数字政府建设", "政务服务"],
        ["电子政务外网", "数据共享", "一网通办"],
        id="baofubanfa-2022-43-digital-government",
    ),
    pytest.param(
        "five-year-plans/national-12th-2011-2015.txt",  # twelfth five-year plan
        ["主体功能区", "基本公共服务", "循环经济"],
        ["战略性新兴产业", "节能减排", "收入分配"],
        id="five-year-plan-12th",
    ),
]

# bugs caught on corpus documents: words that ranked in the top 20 and must not
ABSENT = [
    pytest.param("gwr-provincial/2025-guangdong.txt", ["南沙", "横琴", "岭南", "湾区", "珠江口", "首批"],
                 id="places-of-a-provincial-report"),
    pytest.param("local/wanzhengbanmi-2021-82.txt", ["省财政厅", "省通信管理局", "责任单位", "省经济和信息化厅"],
                 id="agencies-and-task-table-labels"),
    pytest.param("state-council/guohan-2018-144.txt", ["洪天云", "陈肇雄", "余蔚平", "召集人", "联络员"],
                 id="persons-and-job-titles"),
    pytest.param("congress/1992-14th.txt", ["邓小平同志"], id="name-with-title"),
    pytest.param("gwr-provincial/2025-henan.txt", ["政府工作报告"], id="document-type"),
]


@pytest.mark.parametrize("rel,top10,top20", CORPUS_DOCS)
def test_corpus_document_keywords(rel, top10, top20):
    text = corpus_text(rel)
    terms = [k.term for k in extract_keywords(text, top_k=20)]
    assert len(terms) == 20
    for t in top10:
        assert t in terms[:10], (t, terms)
    for t in top20:
        assert t in terms, (t, terms)
    _assert_clean(terms)


@pytest.mark.parametrize("rel,junk", ABSENT)
def test_corpus_document_junk_is_gone(rel, junk):
    terms = [k.term for k in extract_keywords(corpus_text(rel), top_k=20)]
    assert len(terms) == 20
    assert not set(junk) & set(terms), terms


@pytest.mark.parametrize("method", ["tfidf", "textrank", "combined"])
def test_every_method_returns_clean_candidates(method):
    text = corpus_text("gwr-provincial/2025-zhejiang.txt")
    ks = extract_keywords(text, top_k=30, method=method)
    assert len(ks) == 30
    _assert_clean(k.term for k in ks)
    assert [k.score for k in ks] == sorted((k.score for k in ks), reverse=True)
    # a keyword recurs, or stands in a heading or run-in lead (which counts twice)
    salient = "\n".join(text[s:e] for s, e in salient_spans(text))
    assert all(k.count >= 2 or k.term in salient for k in ks)


# seed document (the shared gold's text): the measured traps
def test_seed_policy_terms_rank_and_are_not_split(seed_text):
    terms = [k.term for k in extract_keywords(seed_text, top_k=20)]
    for t in ["新质生产力", "独角兽企业", "科技成果转化", "国家实验室"]:
        assert t in terms
    for fragment in ["新质", "生产力", "专精", "2024", "创新", "科技", "企业"]:
        assert fragment not in terms


def test_seed_textrank_keeps_nz_terms(seed_text):
    """jieba.analyse.textrank's default allowPOS drops nz, the policy dictionary's tag."""
    terms = [k.term for k in extract_keywords(seed_text, top_k=20, method="textrank")]
    assert "新质生产力" in terms[:5] and "独角兽企业" in terms


def test_seed_keyphrases_merged_from_adjacent_tokens(seed_text):
    terms = [k.term for k in extract_keywords(seed_text, top_k=30)]
    assert "世界领先科技园区" in terms  # 世界领先 + 科技园区, six times in the text
    assert "中关村论坛" in terms  # 中关村 + 论坛
    assert "中关村世界领先" not in terms  # overlaps the more cohesive phrase


def test_seed_by_section(seed_text):
    starts = [m.start() for m in re.finditer(r"(?m)^[一二三四五六]、", seed_text)]
    spans = list(zip(starts, starts[1:] + [len(seed_text)]))
    lists = [[k.term for k in ks] for ks in extract_keywords_by_section(seed_text, spans)]
    assert len(lists) == 6
    assert "国家实验室" in lists[1]  # 二、抓高能级创新平台建设
    assert "独角兽企业" in lists[2]  # 三、抓科技企业梯度培育
    assert "科技成果转化" in lists[3]  # 四、抓成果转化全链条服务
    assert "世界领先科技园区" in lists[4]  # 五、抓世界领先科技园区建设
    assert "教育科技人才" in lists[5]  # 六、抓教育科技人才体制机制一体改革
    for ks, (s, e) in zip(lists, spans):
        assert all(t in seed_text[s:e] for t in ks)


def test_pipeline_fills_keywords_with_the_shared_tokens(seed_text):
    doc = analyze(seed_text)
    d = doc.to_dict()
    assert [k["term"] for k in d["keywords"]] == [k.term for k in extract_keywords(seed_text)]
    assert set(d["keywords"][0]) >= {"term", "score"}


def test_precomputed_tokens_give_the_same_result(seed_text):
    assert extract_keywords(seed_text, tokens=tokenize(seed_text)) == extract_keywords(seed_text)


# short texts and texts with nothing to find
NOTHING = [
    pytest.param("", id="empty"),
    pytest.param("   \n\t", id="blank"),
    pytest.param("2024年，增长5.2%。", id="numbers-and-dates-only"),
    pytest.param("我们要进一步提高、推进和加强这些工作。", id="function-words-and-generic-verbs"),
    pytest.param("北京市、上海市和广东省。", id="place-names-only"),
    pytest.param("The State Council issued a notice.", id="english"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_finds_nothing(text):
    assert extract_keywords(text) == []


def test_short_text_keeps_single_occurrences():
    ks = extract_keywords("支持专精特新企业发展")
    assert [k.term for k in ks] == ["专精特新", "企业"]
    assert isinstance(ks[0], Keyword) and ks[0].count == 1


# bugs caught
def test_bug_stopword_pair_is_not_a_phrase():
    text = "习近平总书记指出。习近平总书记强调。习近平总书记要求。" * 30
    assert "习近平总书记" not in [k.term for k in extract_keywords(text)]


def test_bug_unknown_two_character_fragment_is_not_a_keyword():
    text = "回答时代之问。" * 20 + "发展数字经济。" * 10
    assert [k.term for k in extract_keywords(text)] == ["数字经济"]


def test_bug_pos_tagging_does_not_hide_policy_terms():
    """jieba.posseg moves the user dictionary's tags out of the tokenizer on first use; a policy
    term must stay a term after the pipeline POS-tags a span (it became a "new" word, weighed
    less, and lists changed with the order of calls)."""
    from policytext.keywords.candidates import word_kind
    from policytext.tokenize import pos_tag

    pos_tag("发展新质生产力")
    assert word_kind("新质生产力") == "term"
    assert word_kind("农机装备") == "term"


def test_bug_heading_detection_keeps_offsets():
    text = "  一、总体要求\n坚持稳中求进。\n（二）发展目标\n"
    assert [text[s:e] for s, e in heading_spans(text)] == ["一、总体要求", "（二）发展目标"]


# arguments
@pytest.mark.parametrize(
    "kwargs,exc,match",
    [
        pytest.param({"top_k": -1}, ValueError, "top_k must be a non-negative int, got -1", id="negative-top-k"),
        pytest.param({"top_k": 2.5}, ValueError, "top_k", id="float-top-k"),
        pytest.param({"method": "lda"}, ValueError, "method must be one of", id="unknown-method"),
    ],
)
def test_bad_arguments(kwargs, exc, match):
    with pytest.raises(exc, match=match):
        extract_keywords("发展数字经济", **kwargs)


def test_bytes_rejected():
    with pytest.raises(TypeError, match="extract_keywords\\(\\) expects str, got bytes"):
        extract_keywords("数字经济".encode())


def test_top_k_zero():
    assert extract_keywords("发展数字经济", top_k=0) == []


def test_keyword_tokens_pickles_and_filters():
    assert pickle.loads(pickle.dumps(keyword_tokens)) is keyword_tokens
    toks = keyword_tokens("2024年，我们要加快培育新质生产力和专精特新企业")
    assert toks == ["新质生产力", "专精特新", "企业"]


def test_word_lists_are_disjoint_from_the_dictionary_where_it_matters():
    # a generic verb or function word in the policy dictionary would become a keyword candidate
    from policytext.data import read_dictionary

    terms = {w for w, _, _ in read_dictionary("policy_dict.txt")}
    assert not terms & (function_words() | generic_verbs())
    assert is_candidate("新质生产力")


def test_long_input_is_linear():
    """A text of 200,000 characters: no quadratic step (a few seconds at most)."""
    import time

    text = ("加快建设国际科技创新中心，培育新质生产力。" * 50 + "\n") * 200
    t0 = time.perf_counter()
    ks = extract_keywords(text)
    assert time.perf_counter() - t0 < 20
    assert ks[0].term in {"新质生产力", "国际科技创新中心"}
