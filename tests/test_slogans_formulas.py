"""A document's formulas listed once (Document.slogans) and two documents compared."""

from __future__ import annotations

import pytest

from conftest import corpus_text
from policytext import Formula, analyze, compare_formulas, list_formulas
from policytext.pipeline import Pipeline

# gwr-national/2024.txt and 2025.txt, sentences copied from the corpus
Y2024 = (
    "我们要坚持稳中求进、以进促稳、先立后破。各地区各部门要多出有利于稳预期、稳增长、稳就业的政策。"
    "学习运用“千村示范、万村整治”工程经验。深入推进“放管服”改革,着力打通“最后一公里”。"
)
Y2025 = (
    "各地区各部门要多出有利于稳预期、稳增长、稳就业的政策。实施提振消费专项行动,加力扩围实施“两新”政策。"
    "促进政策从“最初一公里”到“最后一公里”衔接畅通。"
)


def test_list_formulas_counts_and_kinds():
    text = "发挥“总平台、总链长”作用。推进“三医”协同,深化“三医”联动,打通“最后一公里”。"
    got = [(f.text, f.kind, f.count, f.template) for f in list_formulas(text)]
    assert got == [
        ("三医", "abbreviation", 2, None),
        ("总平台、总链长", "parallel", 1, "总_"),
        ("最后一公里", "catchphrase", 1, None),
    ]


def test_list_formulas_occurrences_index_the_text():
    text = "推进“三医”协同,深化“三医”联动。"
    (f,) = list_formulas(text)
    assert [text[s.start:s.end] for s in f.occurrences] == ["三医", "三医"]
    assert isinstance(f, Formula) and f.to_dict()["occurrences"][0]["start"] == 3


@pytest.mark.parametrize("kinds,want", [
    ("parallel", ["稳中求进、以进促稳", "稳预期、稳增长、稳就业", "千村示范、万村整治"]),
    (["catchphrase"], ["放管服", "最后一公里"]),
    (("abbreviation",), []),
], ids=["parallel", "catchphrase", "abbreviation"])
def test_list_formulas_kinds(kinds, want):
    assert [f.text for f in list_formulas(Y2024, kinds=kinds)] == want


def test_list_formulas_bad_arguments():
    with pytest.raises(ValueError, match="kinds"):
        list_formulas("抓平台", kinds=["slogan"])
    with pytest.raises(TypeError, match="Document"):
        list_formulas(42)


def test_document_slogans_uses_the_documents_records():
    doc = analyze(Y2024)
    assert [f.text for f in doc.slogans()] == [f.text for f in list_formulas(Y2024)]
    assert doc.slogans(kinds="catchphrase")[0].text == "放管服"


def test_compare_formulas_between_two_reports():
    diff = compare_formulas(Y2024, Y2025)
    assert [f.text for f in diff.new] == ["两新", "最初一公里、最后一公里", "最初一公里"]
    assert [f.text for f in diff.dropped] == ["稳中求进、以进促稳", "千村示范、万村整治", "放管服"]
    assert [f.text for f in diff.kept] == ["稳预期、稳增长、稳就业", "最后一公里"]
    assert diff.to_dict()["dropped"][2] == {"text": "放管服", "kind": "catchphrase", "count": 1}


def test_compare_formulas_accepts_documents_and_lists():
    a, b = analyze(Y2024), analyze(Y2025)
    assert compare_formulas(a, b) == compare_formulas(a.slogans(), b.slogans()) == compare_formulas(Y2024, Y2025)


def test_pipeline_without_slogans_has_no_formulas():
    doc = Pipeline(slogans=False)(Y2024)
    assert doc.slogans() == []


def test_whole_report_contract():
    """A real report end to end: every record indexes the text, to_dict has the contract keys."""
    text = corpus_text("gwr-national/2025.txt")
    d = analyze(text).to_dict()
    for p in d["parallels"]:
        assert set(p) >= {"start", "end", "text", "level", "components"}
        assert text[p["start"]:p["end"]] == p["text"]
        assert all(text[c["start"]:c["end"]] == c["text"] for c in p["components"])
    for a in d["abbreviations"]:
        assert set(a) >= {"start", "end", "text", "count", "expansion"}
        assert text[a["start"]:a["end"]] == a["text"]
    for q in d["quoted"]:
        assert q["kind"] in {"quote", "catchphrase", "name"}
        assert text[q["start"]:q["end"]] == q["text"]
    texts = {"、".join(c["text"] for c in p["components"]) for p in d["parallels"]}
    assert {"增品种、提品质、创品牌", "乱收费、乱罚款、乱检查、乱查封", "医疗、医保、医药"} <= texts
    assert {"两重", "两新"} <= {a["text"] for a in d["abbreviations"]}
