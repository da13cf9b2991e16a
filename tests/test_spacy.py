"""spaCy integration: factories found through entry points, spans aligned on any segmenter."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from views_helpers import gold_document

spacy = pytest.importorskip("spacy")

from policytext import Document, Quantity, Quoted  # noqa: E402
from policytext.pipeline import COMPONENTS  # noqa: E402
from policytext.spacy import blank, document_to_spacy, write_spans  # noqa: E402
from policytext.tokenize import get_tokenizer  # noqa: E402

FACTORIES = ["policytext_quantities", "policytext_sections", "policytext_slogans"]


def _jieba_nlp():
    get_tokenizer()  # imports jieba with its pkg_resources warning contained
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


SEGMENTERS = [
    pytest.param(lambda: spacy.blank("zh"), id="spacy-char"),
    pytest.param(_jieba_nlp, id="spacy-jieba"),
    pytest.param(blank, id="policytext-jieba"),
]


def test_factories_are_declared_as_entry_points():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(FACTORIES) <= names
    tokenizers = {ep.name for ep in entry_points(group="spacy_tokenizers")}
    assert "policytext.ChineseTokenizer.v1" in tokenizers


def test_add_pipe_by_name_after_a_plain_install():
    # a fresh interpreter that never imports policytext itself: spaCy finds the factories
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.blank('zh')\n"
        "for name in ('policytext_quantities', 'policytext_slogans', 'policytext_sections'):\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('北京全力推进国际科技创新中心建设\\n张继红\\n一、总体要求\\n全年新增就业1256万人。')\n"
        "print(json.dumps({'pipe': nlp.pipe_names, 'spans': sorted(doc.spans),\n"
        "                  'title': doc._.policytext.title,\n"
        "                  'sentences': [s.text for s in doc.spans['policytext_sentences']]}, ensure_ascii=False))\n"
    )
    out = subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning", "-c", code],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["pipe"] == ["policytext_quantities", "policytext_slogans", "policytext_sections"]
    assert got["spans"] == ["policytext_quantities", "policytext_sections", "policytext_sentences",
                            "policytext_slogans"]
    assert got["title"] == "北京全力推进国际科技创新中心建设"
    assert got["sentences"][-1] == "全年新增就业1256万人。"


@pytest.fixture
def fake_extractors(monkeypatch):
    """Built-in components replaced by fixed records, to test the plumbing factory -> spans."""

    def quantities(ctx):
        i = ctx.text.find("1256万人")
        return {"quantities": [Quantity("1256万人", i, i + 6, "count", 12560000, unit="人", indicator="就业")]}

    def slogans(ctx):
        i = ctx.text.find("稳就业")
        return {"quoted": [Quoted("稳就业", i, i + 3, "catchphrase")]}

    monkeypatch.setitem(COMPONENTS, "quantities", quantities)
    monkeypatch.setitem(COMPONENTS, "slogans", slogans)


TEXT = "政府工作报告\n坚持“稳就业”。全年新增就业1256万人。"


@pytest.mark.parametrize("make_nlp", SEGMENTERS)
def test_each_factory_writes_its_spans_with_records(make_nlp, fake_extractors):
    nlp = make_nlp()
    for name in FACTORIES:
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    [q] = doc.spans["policytext_quantities"]
    assert q.label_ == "count" and "1256万人" in q.text
    assert q._.policytext.value == 12560000 and q._.policytext.indicator == "就业"
    [s] = doc.spans["policytext_slogans"]
    assert s.label_ == "catchphrase" and "稳就业" in s.text and s._.policytext.text == "稳就业"
    assert [s.text for s in doc.spans["policytext_sentences"]] == ["政府工作报告", "坚持“稳就业”。", "全年新增就业1256万人。"]
    assert doc._.policytext.title == "政府工作报告" and len(doc._.policytext.quantities) == 1


@pytest.mark.parametrize("make_nlp", SEGMENTERS)
def test_seed_records_align_by_expanding_to_tokens(make_nlp, seed_text, gold_dir):
    document = gold_document(seed_text, gold_dir)
    doc = write_spans(make_nlp().make_doc(seed_text), document)
    spans = doc.spans["policytext_quantities"]
    assert len(spans) == len(document.quantities) == 89
    for span, rec in zip(spans, document.quantities):
        assert span._.policytext is rec  # the live record while the Doc lives
        assert span.start_char <= rec.start and rec.end <= span.end_char  # expanded, never cut
    slogans = doc.spans["policytext_slogans"]
    assert len(slogans) == (len(document.parallels) + len(document.abbreviations) + len(document.quoted)
                            + len(document.references))
    assert {s.label_ for s in slogans} == {"parallel", "abbreviation", "quote", "catchphrase", "name", "reference"}
    assert [s._.policytext.heading for s in doc.spans["policytext_sections"]] == [
        s.heading for s in document.sections]


def test_docs_serialise_and_records_come_back(fake_extractors):
    # Doc.to_bytes, DocBin and nlp.pipe(n_process=2) all serialise doc.user_data with msgpack
    from spacy.tokens import Doc, DocBin

    nlp = blank()
    for name in FACTORIES:
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    [q] = again.spans["policytext_quantities"]
    assert q._.policytext == doc.spans["policytext_quantities"][0]._.policytext
    assert again._.policytext == doc._.policytext and again._.policytext.title == "政府工作报告"
    [binned] = DocBin(store_user_data=True, docs=[doc]).get_docs(nlp.vocab)
    assert binned.spans["policytext_slogans"][0]._.policytext.kind == "catchphrase"
    out = list(nlp.pipe([TEXT, TEXT], n_process=2))
    assert [d.spans["policytext_quantities"][0]._.policytext.value for d in out] == [12560000, 12560000]


def test_same_offsets_in_two_groups_keep_their_own_records():
    text = "推进“三医”协同。"
    i = text.index("三医")
    d = Document(text=text, quantities=[Quantity("三", i, i + 1, "number", 3)],
                 quoted=[Quoted("三医", i, i + 2, "catchphrase")])
    doc = write_spans(spacy.blank("zh").make_doc(text), d)  # char segmenter: 三医 is two tokens
    assert doc.spans["policytext_quantities"][0]._.policytext.kind == "number"
    assert doc.spans["policytext_slogans"][0]._.policytext.kind == "catchphrase"


def test_to_spacy_keeps_the_document_and_default_tokens(seed_text, gold_dir):
    document = gold_document(seed_text, gold_dir)
    doc = document.to_spacy()
    assert doc._.policytext is document
    assert "新质生产力" in [t.text for t in doc]  # policytext's dictionary, not jieba's global one
    assert len(doc.spans["policytext_sentences"]) == 107
    custom = document.to_spacy(spacy.blank("zh"))
    assert all(len(t.text) == 1 for t in custom)  # spaCy's character segmenter


def test_displacy_renders_span_groups(seed_text, gold_dir):
    from spacy import displacy

    document = gold_document(seed_text, gold_dir)
    out = displacy.render(document.to_spacy(), style="span", options={"spans_key": "policytext_quantities"},
                          page=False)
    for kind in ("percent", "count", "money"):
        shown = len(re.findall(rf">\s*{kind}\s*</span>", out))  # one label per span
        assert shown == sum(q.kind == kind for q in document.quantities) > 0


def test_sections_component_takes_topics_at_initialize():
    nlp = blank()
    nlp.add_pipe("policytext_sections")
    nlp.initialize()
    assert nlp.get_pipe("policytext_sections").topics is None
    nlp.get_pipe("policytext_sections").initialize(topics={"平台": "科研平台"})
    assert nlp.get_pipe("policytext_sections").topics == {"平台": "科研平台"}


BAD = [
    pytest.param(lambda: write_spans(blank()("甲"), Document(text="乙")), ValueError, "different texts",
                 id="texts-differ"),
    pytest.param(lambda: write_spans(blank()("甲"), Document(text="甲"), ["figures"]), ValueError,
                 "kind must be one of", id="unknown-kind"),
    pytest.param(lambda: document_to_spacy("甲"), TypeError, "expects a Document, got str",
                 id="not-a-document"),
]


@pytest.mark.parametrize("call,exc,msg", BAD)
def test_bad_input(call, exc, msg):
    with pytest.raises(exc, match=msg):
        call()


def test_empty_text():
    nlp = blank()
    for name in FACTORIES:
        nlp.add_pipe(name)
    doc = nlp("")
    assert len(doc) == 0 and all(len(doc.spans[k]) == 0 for k in doc.spans)


WHITESPACE = [
    pytest.param("发展新质生产力。", id="no-spaces"),
    pytest.param("发展 AI 和 新质生产力", id="single-spaces"),
    pytest.param("  开头\n\n二、 标题  \t结尾 ", id="runs-newlines-tabs"),
    pytest.param("\u3000\u3000全角空格 ", id="ideographic-space"),
]


@pytest.mark.parametrize("text", WHITESPACE)
def test_policytext_tokenizer_keeps_the_text_and_agrees_with_spacy_alignment(text):
    from spacy.util import get_words_and_spaces

    doc = blank()(text)
    assert doc.text == text
    words = [w for w, _, _ in get_tokenizer().tokenize(text)]
    assert ([t.text for t in doc], [bool(t.whitespace_) for t in doc]) == get_words_and_spaces(words, text)
