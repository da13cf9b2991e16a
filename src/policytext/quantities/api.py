"""The public entry point: normalise, scan, attach context, map offsets back to the original."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Quantity, Span
from ..text import NormalizedText, check_text, normalize
from .extract import scan

__all__ = ["extract_quantities"]


def extract_quantities(
    text: str,
    *,
    sentences: Sequence[Span] | None = None,
    tokens: Sequence[Any] | None = None,
    normalized: NormalizedText | None = None,
    context: bool = True,
) -> list[Quantity]:
    """Find the figures in ``text``: value, unit, kind and qualifier, with indicator, time and role.

    Offsets index ``text`` as given (``text[q.start:q.end] == q.text``); full-width figures are
    read as their half-width forms.

    Args:
        text: the document text.
        sentences: its sentences, if already split (from :func:`policytext.split_sentences`);
            accepted so a pipeline segments once. Clauses are found without them.
        tokens: jieba tokens of ``text``, if already computed; not needed.
        normalized: ``normalize(text)``, if already computed (the pipeline passes its own).
        context: attach ``indicator``, ``time`` and ``role`` (``False`` skips that step).

    Returns:
        The :class:`~policytext.records.Quantity` records in text order.

    Raises:
        TypeError: ``text`` is not a str.

    >>> qs = extract_quantities("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%。")
    >>> [(q.text, q.kind, q.value) for q in qs]
    [('2024年末', 'date', 2024), ('66.3万件', 'count', 663000), ('15.5%', 'percent', 15.5)]
    >>> extract_quantities("")
    []
    """
    check_text(text, "extract_quantities")
    if not text:
        return []
    nt = normalized if normalized is not None and normalized.original is text else normalize(text)
    figs = scan(nt.text)
    if context and figs:
        from .context import attach

        attach(nt.text, figs)
    out = []
    for f in figs:
        span = nt.span(f.start, f.end)
        # str fields are cut from the original text: R＆D经费投入 stays as written
        indicator = nt.span(*f.indicator_span).text if f.indicator_span else None
        time = nt.span(*f.time_span).text if f.time_span else None
        out.append(Quantity(
            text=span.text, start=span.start, end=span.end, kind=f.kind, value=f.value,
            value_max=f.value_max, unit=f.unit, qualifier=f.qualifier, indicator=indicator,
            time=time, role=f.role, currency=f.currency,
        ))
    return out
