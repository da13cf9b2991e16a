import json

import pytest

import policytext
from policytext import Document, Pipeline, analyze


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]], ids=["bytes", "none", "int", "list"])
def test_analyze_rejects_non_str(bad):
    with pytest.raises(TypeError, match=f"analyze\\(\\) expects str, got {type(bad).__name__}"):
        analyze(bad)


@pytest.mark.parametrize("text", ["", "   \n\u3000\n"], ids=["empty", "whitespace"])
def test_empty_text_gives_empty_document(text):
    doc = analyze(text)
    assert doc.text == text
    d = doc.to_dict()
    assert d["title"] is None
    assert d["quantities"] == [] and d["sentences"] == [] and d["sections"] == []


CONTRACT_KEYS = {
    "title", "subtitle", "author", "issuer", "doc_number", "date", "sections", "sentences",
    "quantities", "parallels", "abbreviations", "quoted", "keywords",
}


def test_to_dict_has_contract_keys_and_is_json(seed_text):
    doc = analyze(seed_text)
    d = doc.to_dict()
    assert CONTRACT_KEYS <= set(d)
    assert json.loads(doc.to_json()) == json.loads(json.dumps(d, ensure_ascii=False))
    assert "北京全力推进国际科技创新中心建设" in doc.to_json()  # not \\u-escaped


def test_seed_title_and_author(seed_text):
    doc = analyze(seed_text)
    assert doc.title == "北京全力推进国际科技创新中心建设"
    assert doc.subtitle == "在国家新质生产力发展中展现新作为"
    assert doc.author == "张继红"
    assert len(doc.sentences) == 107


def test_every_sentence_span_is_exact(seed_text):
    doc = analyze(seed_text)
    assert all(seed_text[s.start:s.end] == s.text for s in doc.sentences)


def test_components_can_be_switched_off():
    nlp = Pipeline(sections=False, quantities=False, slogans=False, keywords=False)
    doc = nlp("北京全力推进国际科技创新中心建设\n张继红\n正文。")
    assert doc.title is None and doc.sentences == []


def test_component_can_be_replaced():
    def fake_keywords(ctx):
        return {"keywords": [policytext.Keyword(term=ctx.sentences[0].text, score=1.0)]}

    doc = Pipeline(keywords=fake_keywords)("第一句。第二句。")
    assert [k.term for k in doc.keywords] == ["第一句。"]


def test_component_returning_unknown_field_is_an_error():
    with pytest.raises(ValueError, match="unknown Document fields: \\['colour'\\]"):
        Pipeline(extra={"bad": lambda ctx: {"colour": "red"}})("文本。")


def test_component_must_be_callable():
    with pytest.raises(TypeError, match="quantities=...\\) expects True, False or a callable"):
        Pipeline(quantities="yes")


def test_topics_must_be_a_mapping():
    with pytest.raises(TypeError, match="topics must be a dict"):
        analyze("文本。", topics=["平台"])


def test_pipe_keeps_order():
    nlp = Pipeline()
    docs = list(nlp.pipe(["甲文。", "", "乙文。"]))
    assert [d.text for d in docs] == ["甲文。", "", "乙文。"]
    assert all(isinstance(d, Document) for d in docs)


def test_context_tokens_are_shared_and_offset_exact():
    ctx = policytext.Context.from_text("发展新质生产力。")
    assert ctx.tokens is ctx.tokens
    assert [t.text for t in ctx.tokens] == ["发展", "新质生产力", "。"]
