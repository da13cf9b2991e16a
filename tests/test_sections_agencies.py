"""Responsibilities: the （…牵头/负责） tags of directives."""

import pytest

from conftest import corpus_text
from policytext import analyze
from policytext.sections import extract_responsibilities

TAGS = [
    pytest.param("扩大出口。（合肥海关负责）", ("合肥海关",), "合肥海关", id="one-agency"),
    pytest.param("扩大出口。（省商务厅牵头，省发展改革委、省财政厅按职责分工负责）",
                 ("省商务厅", "省发展改革委", "省财政厅"), "省商务厅", id="lead-and-responsible"),
    pytest.param("扩大出口。（省商务厅牵头，合肥海关、省贸促会按职责分工配合）",
                 ("省商务厅", "合肥海关", "省贸促会"), "省商务厅", id="lead-and-support"),
    pytest.param("放宽比例。（负责部门：人力资源社会保障部、住房城乡建设部；适用范围：所有自贸试验区）",
                 ("人力资源社会保障部", "住房城乡建设部"), "人力资源社会保障部", id="label-form-first-leads"),
    pytest.param("完成改造。（10月底完成，牵头考核单位：市工信局）", ("市工信局",), "市工信局", id="deadline-and-lead-label"),
    pytest.param("推动消费。（农业农村部、文化和旅游部等和各有关省级人民政府负责）",
                 ("农业农村部", "文化和旅游部", "各有关省级人民政府"), "农业农村部", id="he-inside-a-name"),
    pytest.param("制定规则。（国家发展改革委、财政部会同有关部门负责）", ("国家发展改革委", "财政部"), "国家发展改革委",
                 id="huitong-generic-helpers-dropped"),
    pytest.param("建设平台。（责任单位：省经济和信息化厅、省财政厅）", ("省经济和信息化厅", "省财政厅"), "省经济和信息化厅",
                 id="zeren-danwei"),
]


@pytest.mark.parametrize(("text", "agencies", "lead"), TAGS)
def test_tags(text, agencies, lead):
    (r,) = extract_responsibilities(text)
    assert (r.agencies, r.lead) == (agencies, lead)
    assert text[r.start:r.end] == r.text and r.text.endswith("。")
    assert text[r.tag.start:r.tag.end] == r.tag.text


@pytest.mark.parametrize("text", [
    "我们负责。（见附件）",
    "（2021—2023年）行动计划",
    "各县（市）人民政府要负责落实。",
    "（负责部门：）",
    "",
], ids=["not-a-tag", "years", "nested-parens-in-sentence", "empty-label", "empty"])
def test_not_tags(text):
    assert extract_responsibilities(text) == []


def test_measures_run_from_the_previous_tag():
    text = "1.扩大出口。建立清单。（合肥海关负责）巩固优势。（省商务厅牵头）"
    a, b = extract_responsibilities(text)
    assert a.text == "1.扩大出口。建立清单。" and b.text == "巩固优势。"


def test_corpus_directive():
    text = corpus_text("local/wankaifangban-2022-6.txt")  # CRLF, full-width parentheses
    rs = extract_responsibilities(text)
    assert len(rs) == 31
    assert rs[0].lead == "合肥海关" and rs[0].text.startswith("1.扩大优势产品出口。")
    assert all(text[r.start:r.end] == r.text for r in rs)


def test_pipeline_fills_responsibilities():
    text = corpus_text("state-council/guofa-2018-38.txt")
    d = analyze(text, keywords=False, slogans=False, quantities=False).to_dict()
    assert len(d["responsibilities"]) == 53
    first = d["responsibilities"][0]
    assert first["lead"] == "人力资源社会保障部" and first["tag"]["text"].startswith("（负责部门：")
