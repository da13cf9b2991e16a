"""Document views: the Jupyter HTML, the plain repr, the outline and the pandas tables."""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

import policytext
from policytext import (
    Abbreviation,
    Document,
    Keyword,
    Parallel,
    Quantity,
    Quoted,
    Section,
    Sentence,
    Span,
    corpus_frame,
)
from policytext.frames import FRAME_KINDS, formula_counts, table_rows
from policytext.render import render_html
from views_helpers import gold_document, read_html


@pytest.fixture(scope="module")
def seed_doc(seed_text, gold_dir):
    return gold_document(seed_text, gold_dir)


def _q(text, doc_text, kind="count", value=1, **kw):
    start = doc_text.index(text)
    return Quantity(text=text, start=start, end=start + len(text), kind=kind, value=value, **kw)


# -- the seed, rendered -------------------------------------------------------------------------
def test_seed_html_highlights_every_record_with_its_exact_text(seed_doc):
    r = read_html(seed_doc._repr_html_())
    assert r.text == seed_doc.text  # the whole text, unescaped, nothing added or lost
    for field, css in [("quantities", "quantity"), ("parallels", "parallel"),
                       ("abbreviations", "abbreviation"), ("quoted", "quoted")]:
        records = getattr(seed_doc, field)
        assert records, field
        for i, rec in enumerate(records):
            if field == "parallels" and rec.level != "phrase":  # marked on its components only
                assert r.ref_text(f"{css}-{i}") == "".join(c.text for c in rec.components), i
            else:
                assert r.ref_text(f"{css}-{i}") == rec.text, (field, i)
    assert any(p.level == "heading" for p in seed_doc.parallels)


def test_seed_html_hover_titles_carry_value_unit_indicator_and_components(seed_doc):
    r = read_html(seed_doc.to_html())
    i = next(i for i, q in enumerate(seed_doc.quantities) if q.text == "58项")
    assert r.titles[f"quantity-{i}"] == "count: 58 项 · indicator: 国家科学技术奖"
    j = next(i for i, p in enumerate(seed_doc.parallels) if p.text == "新产业、新模式、新动能")
    assert r.titles[f"parallel-{j}"] == "parallel formula (phrase), 3 components: 新产业 | 新模式 | 新动能"
    k = next(i for i, a in enumerate(seed_doc.abbreviations) if a.text == "三医")
    assert r.titles[f"abbreviation-{k}"] == "numeric abbreviation, 3 items: 医疗、医保、医药"
    assert r.titles["quoted-0"] == "quoted quote, speaker: 习近平总书记"


def test_seed_html_outline_lists_headings_in_order_with_figure_counts(seed_doc):
    out = seed_doc._repr_html_()
    outline = out[out.index('class="pt-outline"'):out.index('class="pt-text"')]
    headings = [s.heading for s in seed_doc.sections]
    positions = [outline.index(html.escape(h)) for h in headings]
    assert positions == sorted(positions)
    figures = [int(n) for n in re.findall(r"\((\d+) figures?", outline)]
    expected = [sum(s.start <= q.start < s.end for q in seed_doc.quantities) for s in seed_doc.sections]
    assert figures == expected and sum(expected) > 0
    assert re.search(r"\(\d+ figures?, 平台\)", outline)  # topics shown with the counts


def test_seed_html_counts_and_legend(seed_doc):
    out = seed_doc._repr_html_()
    assert "<b>89</b> figures" in out and "<b>19</b> parallel formulas" in out
    assert "<b>6</b> sections" in out and "<b>107</b> sentences" in out
    assert "figure (89)" in out and "quoted phrase (57)" in out


def test_analyzed_seed_renders_each_found_record():
    # whatever the extractors find, each record is highlighted over exactly its own text
    from conftest import SEED

    doc = policytext.analyze(SEED.read_text(encoding="utf-8"))
    r = read_html(doc._repr_html_())
    assert r.text == doc.text
    for field, css in [("quantities", "quantity"), ("abbreviations", "abbreviation"), ("quoted", "quoted")]:
        for i, rec in enumerate(getattr(doc, field)):
            assert r.ref_text(f"{css}-{i}") == rec.text
    for i, p in enumerate(doc.parallels):
        assert r.ref_text(f"parallel-{i}") == (p.text if p.level == "phrase" else "".join(c.text for c in p.components))
    assert f"<b>{len(doc.quantities)}</b> figures" in doc._repr_html_()


# -- escaping -----------------------------------------------------------------------------------
ESCAPES = [
    pytest.param("<script>alert('x')</script>增长5%", "<script>", id="script-tag-in-text"),
    pytest.param('北京"><img src=x onerror=alert(1)>增长5%', "<img", id="attribute-breakout-in-text"),
    pytest.param("A&B增长5%", "A&B", id="ampersand"),
]


@pytest.mark.parametrize("text,raw", ESCAPES)
def test_text_is_escaped(text, raw):
    doc = Document(text=text, title=text[:10], quantities=[_q("5%", text, kind="percent", value=5, unit="%",
                                                              indicator=text[:12])],
                   keywords=[Keyword(text[:8], 1.0)])
    out = doc._repr_html_()
    assert raw not in out
    r = read_html(out)
    assert r.text == text
    assert r.titles["quantity-0"] == f"percent: 5 % · indicator: {text[:12]}"


def test_script_in_heading_and_quote_stays_text():
    text = "一、<script>x</script>\n他说“<b>要稳</b>”。"
    s = Section(start=0, end=len(text), level=1, number=1, heading="一、<script>x</script>", heading_start=0,
                heading_end=20, title="<script>x</script>")
    qs = text.index("<b>")
    doc = Document(text=text, sections=[s], quoted=[Quoted("<b>要稳</b>", qs, qs + 9, "quote", "<i>某</i>")])
    out = doc._repr_html_()
    assert "<script>" not in out and "<b>要稳" not in out and "<i>某" not in out
    assert read_html(out).text == text


# -- overlapping spans ---------------------------------------------------------------------------
OVERLAPS = [
    pytest.param([(0, 10, "parallels"), (2, 5, "quantities")], id="figure-inside-formula"),
    pytest.param([(0, 6, "quoted"), (4, 10, "parallels")], id="crossing"),
    pytest.param([(0, 6, "quoted"), (0, 6, "quantities")], id="same-span"),
    pytest.param([(0, 4, "quoted"), (2, 8, "parallels"), (6, 10, "abbreviations")], id="chain-of-crossings"),
    pytest.param([(3, 3, "quantities")], id="empty-span-ignored"),
]


@pytest.mark.parametrize("spans", OVERLAPS)
def test_overlapping_spans_stay_well_nested_and_complete(spans):
    text = "抓平台、抓主体、抓转化。"
    doc = Document(text=text)
    for start, end, field in spans:
        piece = text[start:end]
        rec = {
            "parallels": Parallel(piece, start, end, "phrase", components=(Span(piece, start, end),)),
            "quantities": Quantity(piece, start, end, "count", 1),
            "quoted": Quoted(piece, start, end, "catchphrase"),
            "abbreviations": Abbreviation(piece, start, end, 2),
        }[field]
        getattr(doc, field).append(rec)
    r = read_html(render_html(doc))
    assert r.text == text
    for field, css in [("parallels", "parallel"), ("quantities", "quantity"), ("quoted", "quoted"),
                       ("abbreviations", "abbreviation")]:
        for i, rec in enumerate(getattr(doc, field)):
            assert r.ref_text(f"{css}-{i}") == rec.text


def test_long_text_is_cut_with_a_note_and_spans_clipped():
    text = "增长5%。" * 10
    doc = Document(text=text, quantities=[Quantity("5%", 2 + 5 * i, 4 + 5 * i, "percent", 5) for i in range(10)])
    out = render_html(doc, max_chars=13)
    r = read_html(out)
    assert r.text == text[:13]
    assert r.ref_text("quantity-1") == "5%" and r.ref_text("quantity-2") == "5" and r.ref_text("quantity-3") == ""
    assert "showing the first 13 of 50 characters" in out
    assert read_html(doc.to_html()).text == text  # to_html shows everything by default


def test_highlight_kinds_can_be_chosen_and_are_checked():
    text = "增长5%。"
    doc = Document(text=text, quantities=[_q("5%", text, kind="percent", value=5)])
    assert "pt-quantity" not in doc.to_html(highlight_kinds=["quoted"])
    with pytest.raises(ValueError, match=r"unknown kind\(s\) \['figures'\]"):
        doc.to_html(highlight_kinds=["figures"])
    with pytest.raises(ValueError, match="max_chars must be a non-negative int or None, got -1"):
        render_html(doc, max_chars=-1)


def test_full_page_is_a_complete_utf8_page():
    page = Document(text="正文。", title="标题").to_html(full_page=True)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page and "<title>标题</title>" in page


def test_empty_document_renders():
    out = Document(text="")._repr_html_()
    assert "no headings found" in out and "(untitled)" in out


# -- repr and outline ---------------------------------------------------------------------------
REPRS = [
    pytest.param(Document(text="正文。"), "<Document 3 chars: 0 quantities, 0 parallels, 0 quoted, 0 sections>",
                 id="untitled"),
    pytest.param(Document(text="x" * 100, title="北京全力推进国际科技创新中心建设在国家新质生产力发展中"),
                 "<Document '北京全力推进国际科技创新中心建设在国家…' 100 chars: 0 quantities, 0 parallels, "
                 "0 quoted, 0 sections>", id="long-title-cut"),
]


@pytest.mark.parametrize("doc,expected", REPRS)
def test_repr_is_short(doc, expected):
    assert repr(doc) == expected


def test_repr_of_seed_is_one_line(seed_doc):
    assert repr(seed_doc) == ("<Document '北京全力推进国际科技创新中心建设' 6674 chars: 89 quantities, 19 parallels, "
                              "57 quoted, 6 sections>")


def _tree(text):
    a, b = text.index("一、"), text.index("(一)")
    inner = Section(start=b, end=len(text), level=2, number=1, heading="(一)抓平台", heading_start=b,
                    heading_end=b + 6, title="抓平台")
    top = Section(start=a, end=len(text), level=1, number=1, heading="一、总体要求", heading_start=a,
                  heading_end=a + 6, title="总体要求", topic="平台", children=(inner,))
    return [top]


def test_outline_indents_children():
    text = "一、总体要求\n正\n(一)抓平台\n新建实验室3家。"
    assert Document(text=text, sections=_tree(text)).outline() == "一、总体要求\n  (一)抓平台"


# -- tables -------------------------------------------------------------------------------------
def test_quantities_frame_has_fields_sentence_and_section_path():
    text = "前言5项。\n一、总体要求\n正\n(一)抓平台\n新建实验室3家。"
    sents = [Sentence(p, text.index(p), text.index(p) + len(p)) for p in ["前言5项。", "新建实验室3家。"]]
    doc = Document(text=text, sections=_tree(text), sentences=sents,
                   quantities=[_q("5项", text, unit="项", value=5), _q("3家", text, unit="家", value=3,
                                                                     indicator="实验室")])
    f = doc.to_frame("quantities")
    assert list(f.columns) == list(FRAME_KINDS["quantities"])
    assert f["text"].tolist() == ["5项", "3家"]
    assert f["section_path"].isna().tolist() == [True, False]  # before the first heading
    assert f.loc[1, "section_path"] == "一、总体要求 > (一)抓平台" and f.loc[1, "section"] == "一、总体要求"
    assert f["sentence"].tolist() == ["前言5项。", "新建实验室3家。"]
    assert f.loc[1, "indicator"] == "实验室" and f.loc[1, "value"] == 3


def test_quantity_values_and_range_bounds_are_float_columns():
    doc = policytext.analyze("研发投入增长3%—5%，新建实验室3家。")
    f = doc.to_frame("quantities")
    assert str(f["value"].dtype) == "float64" and str(f["value_max"].dtype) == "float64"
    rng = f[f["text"] == "3%—5%"].iloc[0]
    assert (rng["value"], rng["value_max"]) == (3.0, 5.0)
    assert f[f["text"] == "3家"]["value_max"].isna().all()
    assert Document(text="").to_frame("quantities")["value_max"].dtype == "float64"


def test_parallels_frame_lists_component_texts():
    text = "抓平台、抓主体。"
    p = Parallel(text[:7], 0, 7, "phrase", components=(Span("抓平台", 0, 3), Span("抓主体", 4, 7)))
    row = table_rows(Document(text=text, parallels=[p]), "parallels")[0]
    assert row["components"] == ["抓平台", "抓主体"] and row["n_components"] == 2


def test_sections_frame_is_the_flattened_tree():
    text = "一、总体要求\n正\n(一)抓平台\n新建实验室3家。"
    f = Document(text=text, sections=_tree(text)).to_frame("sections")
    assert table_rows(Document(text=text, sections=_tree(text)), "sections")[0]["parent"] is None
    assert f[["heading", "level", "parent", "topic"]].fillna("-").values.tolist() == [
        ["一、总体要求", 1, "-", "平台"], ["(一)抓平台", 2, "一、总体要求", "-"]]
    assert f["section_path"].tolist() == ["一、总体要求", "一、总体要求 > (一)抓平台"]


@pytest.mark.parametrize("kind", sorted(FRAME_KINDS))
def test_every_kind_gives_a_frame_with_its_columns_even_when_empty(kind):
    f = Document(text="").to_frame(kind)
    assert isinstance(f, pd.DataFrame)
    assert list(f.columns)[: len(FRAME_KINDS[kind])] == list(FRAME_KINDS[kind])
    assert len(f) == (1 if kind == "documents" else 0)


def test_seed_frames_have_one_row_per_record(seed_doc):
    for kind in ("quantities", "parallels", "quoted", "sentences", "sections", "abbreviations"):
        assert len(seed_doc.to_frame(kind)) == len(getattr(seed_doc, kind)), kind
    f = seed_doc.to_frame("quantities")
    per_section = f.groupby("section", sort=False).size()
    assert per_section.sum() == 89 - f["section"].isna().sum()
    assert all(seed_doc.text[s:e] == t for s, e, t in f[["start", "end", "text"]].values)


def test_unknown_kind_is_named():
    with pytest.raises(ValueError, match="kind must be one of .* got 'figures'"):
        Document(text="").to_frame("figures")


def test_corpus_frame_stacks_with_doc_ids():
    a = Document(text="增长5%。", quantities=[_q("5%", "增长5%。", kind="percent", value=5)], meta={"path": "a.txt"})
    b = Document(text="新增3家、4项。", quantities=[_q("3家", "新增3家、4项。"), _q("4项", "新增3家、4项。")],
                 meta={"path": "b.txt"})
    f = corpus_frame([a, b])
    assert f.columns[0] == "doc_id"
    assert f[["doc_id", "text"]].values.tolist() == [["a.txt", "5%"], ["b.txt", "3家"], ["b.txt", "4项"]]
    assert corpus_frame({2023: a, 2024: b}, "documents")[["doc_id", "n_quantities", "path"]].values.tolist() == [
        [2023, 1, "a.txt"], [2024, 2, "b.txt"]]
    assert corpus_frame([a, b], ids=["x", "y"])["doc_id"].tolist() == ["x", "y", "y"]


CORPUS_ERRORS = [
    pytest.param(dict(docs=["text"]), TypeError, "expects Document objects, got str", id="str-not-document"),
    pytest.param(dict(docs=[Document(text="")], ids=[1, 2]), ValueError, "ids has 2 entries for 1 documents",
                 id="ids-length"),
    pytest.param(dict(docs={1: Document(text="")}, ids=[1]), ValueError, "either a mapping", id="mapping-and-ids"),
]


@pytest.mark.parametrize("kwargs,exc,msg", CORPUS_ERRORS)
def test_corpus_frame_bad_input(kwargs, exc, msg):
    docs = kwargs.pop("docs")
    with pytest.raises(exc, match=msg):
        corpus_frame(docs, **kwargs)


def test_formula_counts_chooses_widespread_abbreviations_and_catchphrases():
    def doc(text, abbrs=(), catch=()):
        return Document(text=text,
                        abbreviations=[Abbreviation(a, text.index(a), text.index(a) + len(a), 2) for a in abbrs],
                        quoted=[Quoted(c, text.index(c), text.index(c) + len(c), "catchphrase") for c in catch])

    docs = {2019: doc("坚持“两个毫不动摇”，落实三去一降一补。", ["三去一降一补"], ["两个毫不动摇"]),
            2020: doc("坚持“两个毫不动摇”。“六稳”“六保”。", catch=["两个毫不动摇", "六稳", "六保"]),
            2021: doc("做好“六稳”工作。", catch=["六稳"])}
    f = formula_counts(docs, top=2)
    assert list(f.columns) == ["两个毫不动摇", "六稳"]
    assert f.to_dict("list") == {"两个毫不动摇": [1, 1, 0], "六稳": [0, 1, 1]}
    assert f.index.tolist() == [2019, 2020, 2021]


def test_pandas_missing_gives_install_hint(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # what an environment without pandas does
    with pytest.raises(ImportError, match=r"pip install 'policytext\[pandas\]'"):
        Document(text="").to_frame("quantities")


def test_sentence_roles_are_opt_in_and_underlined_by_role():
    text = "要稳。已建成。"
    doc = Document(text=text, sentences=[Sentence("要稳。", 0, 3, "plan"), Sentence("已建成。", 3, 7, "achievement")])
    assert "pt-sentence" not in doc.to_html()
    r = read_html(doc.to_html(highlight_kinds=["sentences"]))
    assert (r.ref_text("sentence-0"), r.titles["sentence-0"]) == ("要稳。", "sentence role: plan")
    assert r.titles["sentence-1"] == "sentence role: achievement"
    out = doc.to_html(highlight_kinds=["sentences"])
    assert "plan (1)" in out and "achievement (1)" in out and "measure (0)" in out


def test_formulas_frame_lists_each_formula_once_with_its_first_place(seed_doc):
    f = seed_doc.to_frame("formulas")
    assert list(f.columns) == list(FRAME_KINDS["formulas"])
    assert len(f) == len(seed_doc.slogans()) > 0
    row = f[f["text"] == "六链五群"].iloc[0]
    assert (row["kind"], row["count"]) == ("abbreviation", 2)
    assert seed_doc.text[row["start"]:row["end"]] == "六链五群"
    assert row["section"] == "五、抓世界领先科技园区建设,为新质生产力发展打造高品质产业载体"


def test_side_panel_lists_the_most_frequent_formulas(seed_doc):
    out = seed_doc._repr_html_()
    panel = out[out.index('class="pt-formulas"'):out.index('class="pt-text"')]
    first = seed_doc.slogans()[0]
    assert html.escape(first.text) in panel and f"×{first.count}" in panel
    assert panel.count('class="pt-formula"') == min(15, len(seed_doc.slogans()))
    assert 'class="pt-formulas"' not in Document(text="正文。")._repr_html_()


def test_from_dict_rebuilds_the_document(seed_doc):
    back = Document.from_dict(json.loads(seed_doc.to_json(include_text=True)))
    assert back == seed_doc
    assert back.parallels[0].components[0] == seed_doc.parallels[0].components[0]
    without_text = Document.from_dict(seed_doc.to_dict())
    assert without_text.text == "" and without_text.quantities == seed_doc.quantities


FROM_DICT_ERRORS = [
    pytest.param("{}", TypeError, "expects a dict, got str", id="not-a-dict"),
    pytest.param({"quantities": ["5%"]}, TypeError, "quantities: Quantity data must be a dict, got str",
                 id="record-not-a-dict"),
]


@pytest.mark.parametrize("data,exc,msg", FROM_DICT_ERRORS)
def test_from_dict_bad_input(data, exc, msg):
    with pytest.raises(exc, match=msg):
        Document.from_dict(data)
