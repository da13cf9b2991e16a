"""score_terms: dictionary scoring, checked by hand on a corpus paragraph, plus edge cases."""

import pytest

from conftest import corpus_text
from policytext import Document, score_terms
from policytext.keywords import LEXICONS, TermScores, load_lexicon
from policytext.records import Section

# corpus paragraph: gwr-national/2024.txt line 102 (数字经济 paragraph of the 2024 report).
# Counted by hand, leftmost-longest: 数字经济 x2, 数字产业化, 平台企业 (digital_industrialization 4);
# 产业数字化, 数字化转型, 数字化 x2 (服务业数字化, 中小企业数字化赋能), 智慧城市
# (industrial_digitalization 5); 数字技术, 大数据, 人工智能 x2 (digital_technology 4);
# 工业互联网, 数字基础设施, 算力 x2 (digital_infrastructure 4); 数字乡村 (digital_governance 1);
# nothing for data_elements (数据开发开放 is not 数据开放).
HAND_COUNTS = {
    "data_elements": 0,
    "digital_governance": 1,
    "digital_industrialization": 4,
    "digital_infrastructure": 4,
    "digital_technology": 4,
    "industrial_digitalization": 5,
}


@pytest.fixture(scope="module")
def paragraph():
    return corpus_text("gwr-national/2024.txt").splitlines()[101]


def test_hand_counted_paragraph(paragraph):
    assert paragraph.startswith("深入推进数字经济创新发展")
    s = score_terms(paragraph, "digital_economy")
    assert s.counts == HAND_COUNTS
    assert s.chars == 299
    assert s.density["industrial_digitalization"] == round(5 * 10_000 / 299, 4)
    assert s.terms("digital_technology") == {"人工智能": 2, "大数据": 1, "数字技术": 1}
    for m in s.matches:
        assert paragraph[m.start:m.end] == m.text == m.term


def test_hand_counted_paragraph_policy_lexicon(paragraph):
    s = score_terms(paragraph, "policy")
    assert s.counts["digital_economy"] == sum(HAND_COUNTS.values())
    assert set(s.counts) == set(LEXICONS)


def test_longest_match_no_overlap():
    s = score_terms("建设全国碳排放权交易市场", "green_development")
    assert [(m.text, m.category) for m in s.matches] == [("碳排放权交易", "climate")]


def test_full_width_text_matches_and_offsets_index_the_original():
    text = "建设\u200b５Ｇ基站２万个"
    s = score_terms(text, "digital_economy")
    assert [(m.text, m.term) for m in s.matches] == [("５Ｇ基站", "5G基站")]
    m = s.matches[0]
    assert text[m.start:m.end] == m.text


def test_sections_from_spans_records_and_documents():
    text = "一、数字经济\n发展数字经济和人工智能。\n二、绿色发展\n推进碳达峰碳中和。"
    cut = text.index("二、")
    spans = [(0, cut), (cut, len(text))]
    a = score_terms(text, "policy", sections=spans)
    assert [s.counts for s in a.sections] == [
        {"digital_economy": 3, "green_development": 0, "innovation": 0},
        {"digital_economy": 0, "green_development": 3, "innovation": 0},
    ]
    recs = [Section(start=s, end=e, level=1, number=i + 1, heading=text[s:s + 6], heading_start=s,
                    heading_end=s + 6, title=text[s + 2:s + 6]) for i, (s, e) in enumerate(spans)]
    doc = Document(text=text, sections=recs)
    b = score_terms(doc, "policy")
    assert [s.counts for s in b.sections] == [s.counts for s in a.sections]
    assert b.sections[1].heading == "二、绿色发展"
    frame = b.to_frame()
    assert list(frame["green_development_count"]) == [0, 3]


def test_user_lexicon_mapping_and_file(tmp_path):
    lex = {"开放": ["自由贸易试验区", "跨境电商"], "民生": ["养老", "托育"]}
    s = score_terms("支持跨境电商和自由贸易试验区，发展养老托育服务。", lex)
    assert s.counts == {"开放": 2, "民生": 2}
    path = tmp_path / "my.tsv"
    path.write_text("# Source: test\nterm\tcategory\n托育\t民生\n跨境电商\t开放\n", encoding="utf-8")
    assert score_terms("跨境电商、托育、托育", path).counts == {"开放": 1, "民生": 2}


NOTHING = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("2024年全市地区生产总值增长5.2%。", id="no-lexicon-term"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_finds_nothing(text):
    s = score_terms(text, "policy")
    assert isinstance(s, TermScores)
    assert s.matches == [] and set(s.counts.values()) == {0} and set(s.density.values()) == {0.0}


@pytest.mark.parametrize(
    "lexicon,exc,match",
    [
        pytest.param("climate", ValueError, "unknown lexicon 'climate'", id="unknown-name"),
        pytest.param({"a": "数字经济"}, TypeError, "must map to a list of terms", id="str-not-list"),
        pytest.param({"a": ["", "x"]}, ValueError, "empty or non-str", id="empty-term"),
        pytest.param(42, TypeError, "got int", id="int"),
    ],
)
def test_bad_lexicons(lexicon, exc, match):
    with pytest.raises(exc, match=match):
        score_terms("数字经济", lexicon)


def test_bytes_rejected():
    with pytest.raises(TypeError, match="score_terms\\(\\) expects str, got bytes"):
        score_terms(b"abc")


@pytest.mark.parametrize("name", LEXICONS)
def test_shipped_lexicons_load(name):
    lex = load_lexicon(name)
    assert len(lex) >= 5 and all(len(v) >= 5 for v in lex.values())


def test_document_sections_from_the_pipeline(seed_text):
    from policytext import analyze

    doc = analyze(seed_text)
    s = score_terms(doc, "policy")
    assert len(s.sections) == len(doc.sections)
    assert sum(sec.counts["innovation"] for sec in s.sections) <= s.counts["innovation"]
    for m in s.matches:
        assert seed_text[m.start:m.end] == m.text
