"""Plots: each returns the Axes, with bars and lines that carry the real counts."""

from __future__ import annotations

import sys

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from policytext import Document, Keyword, Quantity, Section, Sentence  # noqa: E402
from policytext.frames import formula_counts  # noqa: E402
from policytext.plots import (  # noqa: E402
    plot_figures_per_section,
    plot_formula_trend,
    plot_keywords,
    plot_roles_per_section,
)

# This machine may have no CJK font: drawing Chinese labels then warns per glyph (matplotlib's
# warning, not ours; the plot is still made).
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


TEXT = "前言增长5%。\n一、总体要求\n新增3家、4项,投入2亿元。\n二、重点任务\n要建成1个平台。"


def _doc() -> Document:
    def q(text, kind, value):
        i = TEXT.index(text)
        return Quantity(text, i, i + len(text), kind, value)

    a, b = TEXT.index("一、"), TEXT.index("二、")
    sections = [
        Section(start=a, end=b, level=1, number=1, heading="一、总体要求", heading_start=a, heading_end=a + 6,
                title="总体要求"),
        Section(start=b, end=len(TEXT), level=1, number=2, heading="二、重点任务", heading_start=b,
                heading_end=b + 6, title="重点任务"),
    ]
    sentences = [Sentence(s, TEXT.index(s), TEXT.index(s) + len(s), role) for s, role in [
        ("前言增长5%。", "achievement"), ("一、总体要求", "other"), ("新增3家、4项,投入2亿元。", "achievement"),
        ("二、重点任务", "other"), ("要建成1个平台。", "plan")]]
    return Document(text=TEXT, sections=sections, sentences=sentences,
                    quantities=[q("5%", "percent", 5), q("3家", "count", 3), q("4项", "count", 4),
                                q("2亿元", "money", 2e8), q("1个", "count", 1)],
                    keywords=[Keyword("平台", 0.9, 1), Keyword("投入", 0.5, 1), Keyword("总体", 0.2, 1)])


def _bar_totals(ax) -> list[float]:
    labels = [t.get_text() for t in ax.get_yticklabels()]
    totals = dict.fromkeys(labels, 0.0)
    for bar in ax.patches:
        totals[labels[round(bar.get_y() + bar.get_height() / 2)]] += float(bar.get_width())
    return [totals[k] for k in labels]


def test_figures_per_section_counts_each_section():
    ax = plot_figures_per_section(_doc())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["(before the first heading)", "一、总体要求", "二、重点任务"]
    assert _bar_totals(ax) == [1.0, 3.0, 1.0]
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["count", "money", "percent"]
    ax.figure.canvas.draw()


def test_figures_per_section_unstacked_and_without_headings():
    doc = _doc()
    doc.sections = []
    ax = plot_figures_per_section(doc, by="none")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["(whole document)"]
    assert _bar_totals(ax) == [5.0]
    with pytest.raises(ValueError, match="by must be 'kind' or 'none', got 'role'"):
        plot_figures_per_section(doc, by="role")


def test_roles_per_section_shares_sum_to_one():
    ax = plot_roles_per_section(_doc())
    assert _bar_totals(ax) == [1.0, 1.0, 1.0]
    counts = plot_roles_per_section(_doc(), share=False)
    assert _bar_totals(counts) == [1.0, 2.0, 2.0]


def test_keywords_best_first_and_draws_on_given_axes():
    fig, axes = plt.subplots(1, 2)
    ax = plot_keywords(_doc(), top_k=2, ax=axes[1])
    assert ax is axes[1]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["平台", "投入"]
    assert [float(b.get_width()) for b in ax.patches] == [0.9, 0.5]
    with pytest.raises(ValueError, match="top_k must be a positive int, got 0"):
        plot_keywords(_doc(), top_k=0)


def test_formula_trend_from_docs_or_from_a_table():
    docs = {2019: Document(text="六稳。"), 2020: Document(text="六稳、六保。六保。"), 2021: Document(text="")}
    ax = plot_formula_trend(docs, terms=["六稳", "六保"])
    assert [line.get_label() for line in ax.lines] == ["六稳", "六保"]
    assert [line.get_ydata().tolist() for line in ax.lines] == [[1, 1, 0], [0, 2, 0]]
    assert ax.lines[0].get_xdata().tolist() == [2019, 2020, 2021]
    table = formula_counts(docs, terms=["六保"])
    assert plot_formula_trend(table).lines[0].get_ydata().tolist() == [0, 2, 0]


def test_empty_document_still_plots():
    doc = Document(text="")
    for f in (plot_figures_per_section, plot_roles_per_section, plot_keywords):
        f(doc).figure.canvas.draw()


def test_matplotlib_missing_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install 'policytext\[plot\]'"):
        plot_keywords(_doc())
