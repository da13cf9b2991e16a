"""Plots people ask for: figures per section, sentence roles per section, keywords, formula trends.

Each function draws on ``ax`` (a new figure when ``None``) and returns the matplotlib ``Axes``, so
it can be styled further or placed in a grid. matplotlib is optional:
``pip install 'policytext[plot]'``.

Chinese labels need a font with CJK glyphs. The functions use the first one installed among
Noto Sans CJK, Source Han Sans, WenQuanYi, SimHei, Microsoft YaHei, PingFang and Heiti; without any,
matplotlib draws empty boxes and warns ``Glyph … missing from font``. On Debian or Ubuntu,
``apt install fonts-noto-cjk`` fixes that.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from policytext import Document, Keyword
>>> ax = plot_keywords(Document(text="", keywords=[Keyword("新质生产力", 0.9, 3)]))
>>> [float(b.get_width()) for b in ax.patches]
[0.9]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import require

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from matplotlib.axes import Axes

    from .document import Document

__all__ = ["plot_figures_per_section", "plot_formula_trend", "plot_keywords", "plot_roles_per_section"]

_CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans SC", "Source Han Sans SC",
    "Source Han Sans CN", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Heiti TC",
    "Arial Unicode MS",
)
_CJK_FILE = re.compile(r"(?i)notosanscjk|notoserifcjk|sourcehansans|wqy|simhei|msyh|pingfang|heiti")
#: Sentence roles in display order.
ROLES = ("quote", "background", "measure", "achievement", "plan", "other")
_BEFORE = "(before the first heading)"
_WHOLE = "(whole document)"
_LABEL_CHARS = 16


def _plt():
    return require("matplotlib.pyplot", "plot")


@lru_cache(maxsize=1)
def cjk_fonts() -> tuple[str, ...]:
    """The installed font families, among the known ones, that have Chinese glyphs.

    Fonts installed after matplotlib built its font cache are found on the system and added.

    >>> isinstance(cjk_fonts(), tuple)
    True
    """
    from matplotlib import font_manager

    def known() -> tuple[str, ...]:
        installed = {f.name for f in font_manager.fontManager.ttflist}
        return tuple(f for f in _CJK_FAMILIES if f in installed)

    found = known()
    if not found:
        for path in font_manager.findSystemFonts():
            if _CJK_FILE.search(Path(path).name):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # pragma: no cover - a broken font file
                    continue
        found = known()
    return found


def _use_cjk(ax: "Axes") -> None:
    families = cjk_fonts()
    if not families:
        return
    family = [*families, "DejaVu Sans"]
    texts = [*ax.get_xticklabels(), *ax.get_yticklabels(), ax.title, ax.xaxis.label, ax.yaxis.label]
    legend = ax.get_legend()
    if legend is not None:
        texts.extend(legend.get_texts())
    for t in texts:
        t.set_fontfamily(family)


def _axes(ax: "Axes | None", size: tuple[float, float]) -> "Axes":
    if ax is not None:
        return ax
    _, ax = _plt().subplots(figsize=size)
    return ax


def _short(label: str, n: int = _LABEL_CHARS) -> str:
    if len(label) <= n or label in (_BEFORE, _WHOLE):
        return label
    return label[: n - 1] + "…"


def _top_section(doc: "Document"):
    """A function giving the level-1 heading (or a placeholder) of an offset, and the row order."""
    from bisect import bisect_right

    tops = list(doc.sections)
    starts = [s.start for s in tops]
    outside = _BEFORE if tops else _WHOLE
    order = [outside] + [s.heading for s in tops]

    def find(pos: int) -> str:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < tops[i].end:
            return tops[i].heading
        return outside

    return find, order


def _stacked_barh(ax: "Axes", rows: list[str], table: dict[str, Counter], series: Sequence[str],
                  colours: Mapping[str, Any] | None = None) -> None:
    left = [0.0] * len(rows)
    for name in series:
        widths = [table[r][name] for r in rows]
        if not any(widths):
            continue
        kwargs = {"color": colours[name]} if colours and name in colours else {}
        ax.barh(range(len(rows)), widths, left=left, label=name, **kwargs)
        left = [a + b for a, b in zip(left, widths)]
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_short(r) for r in rows])
    ax.invert_yaxis()


def plot_figures_per_section(
    doc: "Document",
    *,
    by: Literal["kind", "none"] = "kind",
    ax: "Axes | None" = None,
) -> "Axes":
    """How many figures each level-1 section holds, as horizontal bars (stacked by kind).

    Figures before the first heading count under "(before the first heading)" when there are any.

    Args:
        doc: an analysed document.
        by: ``kind`` to stack the bars by quantity kind (count, money, percent …), ``none`` for
            one bar per section.
        ax: where to draw; a new figure when ``None``.

    Returns:
        The matplotlib Axes.

    >>> from policytext import Document, Quantity, Section
    >>> s = Section(start=0, end=20, level=1, number=1, heading="一、总体要求", heading_start=0,
    ...             heading_end=6, title="总体要求")
    >>> q = Quantity(text="5%", start=10, end=12, kind="percent", value=5, unit="%")
    >>> doc = Document(text="一、总体要求\\n" + "增长" * 7, sections=[s], quantities=[q])
    >>> ax = plot_figures_per_section(doc)
    >>> [float(b.get_width()) for b in ax.patches]
    [1.0]
    """
    if by not in ("kind", "none"):
        raise ValueError(f"by must be 'kind' or 'none', got {by!r}")
    find, order = _top_section(doc)
    table: dict[str, Counter] = {r: Counter() for r in order}
    for q in doc.quantities:
        table.setdefault(find(q.start), Counter())[q.kind if by == "kind" else "figures"] += 1
    rows = [r for r in order if r != order[0] or table[r]]
    ax = _axes(ax, (8, 0.45 * max(len(rows), 2) + 1))
    series = sorted({k for c in table.values() for k in c}) if by == "kind" else ["figures"]
    _stacked_barh(ax, rows, table, series)
    ax.set_xlabel("figures")
    ax.set_title("Figures per section")
    if by == "kind" and series:
        ax.legend(loc="lower right", fontsize="small")
    _use_cjk(ax)
    return ax


def plot_roles_per_section(
    doc: "Document",
    *,
    share: bool = True,
    ax: "Axes | None" = None,
) -> "Axes":
    """What the sentences of each level-1 section do (quote, background, measure, achievement, plan).

    Args:
        doc: an analysed document (sentences with roles).
        share: bars as the share of each section's sentences (``True``) or as counts.
        ax: where to draw; a new figure when ``None``.

    Returns:
        The matplotlib Axes.

    >>> from policytext import Document, Sentence
    >>> doc = Document(text="要稳。已建成。", sentences=[Sentence("要稳。", 0, 3, "plan"),
    ...                                               Sentence("已建成。", 3, 7, "achievement")])
    >>> sorted(float(b.get_width()) for b in plot_roles_per_section(doc).patches)
    [0.5, 0.5]
    """
    find, order = _top_section(doc)
    table: dict[str, Counter] = {r: Counter() for r in order}
    for s in doc.sentences:
        table.setdefault(find(s.start), Counter())[s.role or "unlabelled"] += 1
    rows = [r for r in order if r != order[0] or table[r]]
    if share:
        for r in rows:
            total = sum(table[r].values())
            table[r] = Counter({k: v / total for k, v in table[r].items()}) if total else table[r]
    ax = _axes(ax, (8, 0.45 * max(len(rows), 2) + 1))
    series = [*ROLES, "unlabelled"]
    _stacked_barh(ax, rows, table, series)
    ax.set_xlabel("share of sentences" if share else "sentences")
    ax.set_title("Sentence roles per section")
    if any(table[r] for r in rows):
        ax.legend(loc="lower right", fontsize="small")
    _use_cjk(ax)
    return ax


def plot_keywords(doc: "Document", *, top_k: int = 20, ax: "Axes | None" = None) -> "Axes":
    """The top keywords as horizontal bars of their scores, best at the top.

    Args:
        doc: an analysed document.
        top_k: how many keywords to show.
        ax: where to draw; a new figure when ``None``.

    Returns:
        The matplotlib Axes.

    >>> from policytext import Document, Keyword
    >>> ax = plot_keywords(Document(text="", keywords=[Keyword("甲", 2.0), Keyword("乙", 1.0)]), top_k=1)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['甲']
    """
    if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 1:
        raise ValueError(f"top_k must be a positive int, got {top_k!r}")
    kws = doc.keywords[:top_k]
    ax = _axes(ax, (6, 0.3 * max(len(kws), 3) + 1))
    ax.barh(range(len(kws)), [k.score for k in kws], color="#4c6ef5")
    ax.set_yticks(range(len(kws)))
    ax.set_yticklabels([k.term for k in kws])
    ax.invert_yaxis()
    ax.set_xlabel("score")
    ax.set_title("Keywords")
    _use_cjk(ax)
    return ax


def plot_formula_trend(
    counts: "pandas.DataFrame | Mapping[Any, Document] | Iterable[Document]",
    *,
    terms: Sequence[str] | None = None,
    top: int = 8,
    ax: "Axes | None" = None,
) -> "Axes":
    """How often formulas occur over the years (or any document order): one line per formula.

    Args:
        counts: a table from :func:`policytext.frames.formula_counts` (rows = documents, e.g.
            years; columns = formulas), or the documents themselves (``{year: Document}``), which
            are counted with :func:`~policytext.frames.formula_counts`.
        terms: formulas to count when documents are given (default: the most widespread
            abbreviations and catchphrases).
        top: how many formulas to pick when ``terms`` is not given.
        ax: where to draw; a new figure when ``None``.

    Returns:
        The matplotlib Axes.

    >>> from policytext import Document
    >>> docs = {2023: Document(text="高质量发展。"), 2024: Document(text="高质量发展，高质量发展。")}
    >>> ax = plot_formula_trend(docs, terms=["高质量发展"])
    >>> ax.lines[0].get_ydata().tolist()
    [1, 2]
    """
    from .frames import formula_counts

    pd = require("pandas", "plot")
    frame = counts if isinstance(counts, pd.DataFrame) else formula_counts(counts, terms=terms, top=top)
    ax = _axes(ax, (9, 4.5))
    for term in frame.columns:
        ax.plot(list(frame.index), frame[term].tolist(), marker="o", markersize=3, label=str(term))
    ax.set_xlabel(str(frame.index.name or "document"))
    ax.set_ylabel("occurrences")
    ax.set_title("Formulas over time")
    if len(frame.columns):
        ax.legend(fontsize="small", ncol=2)
    _use_cjk(ax)
    return ax
