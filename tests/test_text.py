import json

import pytest

from policytext.text import normalize, split_paragraphs, split_sentences


@pytest.mark.parametrize(
    "original, normalized",
    [
        pytest.param("增长１５．５％", "增长15.5%", id="fullwidth-digits"),
        pytest.param("（一）加大稳岗支持力度。", "(一)加大稳岗支持力度。", id="fullwidth-brackets"),
        pytest.param("\ufeff政府工作报告", "政府工作报告", id="bom"),
        pytest.param("新质\u200b生产\u200d力", "新质生产力", id="zero-width"),
        pytest.param("李\u3000强", "李 强", id="ideographic-space"),
        pytest.param("ＲＩＳＣ－Ｖ", "RISC-V", id="fullwidth-letters"),
        pytest.param("", "", id="empty"),
        pytest.param("\ufeff\u200b", "", id="only-invisible"),
    ],
)
def test_normalize(original, normalized):
    nt = normalize(original)
    assert nt.text == normalized
    assert nt.original == original


@pytest.mark.parametrize(
    "original, needle, expected",
    [
        pytest.param("\ufeff同比增长１５．５％，", "15.5%", "１５．５％", id="after-bom"),
        pytest.param("新\u200b质生产力\u200b达到３\u200b０亿", "30亿", "３\u200b０亿", id="zero-width-inside"),
        pytest.param("ＡＩ＋新材料", "AI+新材料", "ＡＩ＋新材料", id="all-fullwidth"),
    ],
)
def test_normalized_span_maps_to_original(original, needle, expected):
    nt = normalize(original)
    i = nt.text.index(needle)
    span = nt.span(i, i + len(needle))
    assert span.text == expected
    assert original[span.start:span.end] == expected


def test_normalize_rejects_bytes():
    with pytest.raises(TypeError, match="got bytes"):
        normalize(b"abc")


def test_paragraphs_crlf_and_indents():
    text = "一、总体要求\r\n\r\n\u3000\u3000坚持稳中求进。\r\n   \n二、重点任务"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["一、总体要求", "坚持稳中求进。", "二、重点任务"]
    assert all(text[p.start:p.end] == p.text for p in paras)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("稳增长。促改革；调结构！惠民生？", ["稳增长。", "促改革；", "调结构！", "惠民生？"], id="fullwidth-ends"),
        pytest.param("他说：“要稳。”我们照办。", ["他说：“要稳。”", "我们照办。"], id="closing-quote-stays"),
        pytest.param("他指出：“要稳。要进。”我们照办", ["他指出：“要稳。要进。”", "我们照办"], id="quote-kept-whole"),
        pytest.param("第一梯队……北京正加速。", ["第一梯队……北京正加速。"], id="ellipsis-no-split"),
        pytest.param("标题\n正文一句。", ["标题", "正文一句。"], id="line-end"),
        pytest.param("“一总”是指条例。", ["“一总”是指条例。"], id="leading-quote"),
        pytest.param("他说：“未闭合。下一句。", ["他说：“未闭合。", "下一句。"], id="unbalanced-quote-falls-back"),
        pytest.param("  \n\t", [], id="whitespace-only"),
    ],
)
def test_split_sentences(text, expected):
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_split_sentences_fullwidth_offsets_are_original():
    text = "\ufeff增长１５％。下降２％；"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["增长１５％。", "下降２％；"]
    assert [(s.start, s.end) for s in sents] == [(1, 7), (7, 12)]


def test_seed_sentences_match_gold(seed_text, gold_dir):
    gold = json.loads((gold_dir / "beijing-innovation-center.roles.json").read_text(encoding="utf-8"))
    got = [(s.start, s.end) for s in split_sentences(seed_text)]
    want = [(s["start"], s["end"]) for s in gold["sentences"]]
    assert len(got) == 107
    assert got == want
