"""Run policytext on a corpus with Dask: documents and IDF tables from a ``dask.bag``.

When one machine is not enough (every provincial report since 1954, gov.cn's ~36,000 policy
records), put the texts in a :class:`dask.bag.Bag` (``db.read_text``, ``db.from_sequence``) and let
Dask spread the work over its workers, local processes or a cluster:

- :func:`analyze_bag`: one :class:`~policytext.document.Document` (or its ``to_dict()``) per text;
- :func:`fit_idf_bag`: the document frequencies of the corpus as an
  :class:`~policytext.keywords.IDFTable`, the format :func:`~policytext.extract_keywords` takes
  (``idf=``) and ``data/idf.json`` stores (``table.to_dict()``).

The results are the same as in one process: the pipeline and the tokenizer's state (backend
and the terms added with :func:`~policytext.add_words`) travel with the tasks, so a worker in
another process segments like this one. Dask is an optional dependency:
``pip install 'policytext[dask]'``; this module imports it on first use.

>>> import dask.bag as db
>>> texts = db.from_sequence(["标题一\\n发展数字经济。", "标题二\\n发展实体经济。"], npartitions=2)
>>> [d.title for d in analyze_bag(texts).compute(scheduler="sync")]
['标题一', '标题二']
>>> fit_idf_bag(texts, unit="document").compute(scheduler="sync").df["数字经济"]
1
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from .errors import require
from .keywords.idf import IDFTable, Unit, document_frequencies
from .pipeline import Pipeline, _check_topics
from .tokenize import _restore_user_state, _user_state

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["analyze_bag", "fit_idf_bag"]

Output = Literal["document", "dict"]


def _bag_module():
    return require("dask.bag", "dask")


def _check_bag(bag: object, func: str) -> None:
    db = _bag_module()
    if not isinstance(bag, db.Bag):
        raise TypeError(f"{func}() expects a dask.bag.Bag of str, got {type(bag).__name__}; "
                        "make one with dask.bag.from_sequence(texts) or dask.bag.read_text(paths)")


def _analyze_partition(texts: Iterable[str], pipeline: Pipeline, topics: dict[str, str] | None,
                       output: str, state: Any) -> list:
    _restore_user_state(state)
    docs = (pipeline(text, topics=topics) for text in texts)
    return [d.to_dict() for d in docs] if output == "dict" else list(docs)


def analyze_bag(
    bag: "dask.bag.Bag",
    *,
    pipeline: Pipeline | None = None,
    topics: Mapping[str, str] | None = None,
    output: Output = "document",
) -> "dask.bag.Bag":
    """Analyse every text of a Dask bag: a lazy bag of documents, in the bag's order.

    Args:
        bag: a :class:`dask.bag.Bag` of str, one text per item.
        pipeline: the :class:`~policytext.pipeline.Pipeline` to run; default ``Pipeline()``.
            It is sent to the workers, so its components must pickle (cloudpickle: module-level
            functions, and lambdas too).
        topics: ``{label: description}`` for section topics.
        output: ``"document"`` for :class:`~policytext.document.Document` objects, ``"dict"`` for
            their ``to_dict()`` (plain JSON-able data: ``.map(json.dumps).to_textfiles(...)``).

    Returns:
        A lazy :class:`dask.bag.Bag`; ``.compute()`` runs it.

    >>> import dask.bag as db
    >>> docs = analyze_bag(db.from_sequence(["2024年增长5.2%。"]), output="dict")
    >>> [q["text"] for q in docs.compute(scheduler="sync")[0]["quantities"]]
    ['2024年', '5.2%']
    """
    _check_bag(bag, "analyze_bag")
    if pipeline is None:
        pipeline = Pipeline()
    elif not isinstance(pipeline, Pipeline):
        raise TypeError(f"analyze_bag(pipeline=...) expects a policytext Pipeline, got {type(pipeline).__name__}")
    if output not in ("document", "dict"):
        raise ValueError(f"output must be 'document' or 'dict', got {output!r}")
    topics = _check_topics(topics) if topics is not None else pipeline.topics
    return bag.map_partitions(_analyze_partition, pipeline, topics, output, _user_state())


def _count_partition(texts: Iterable[str], unit: str, cut: Callable[[str], list[str]] | None,
                     state: Any) -> tuple[Counter, int]:
    _restore_user_state(state)
    table = document_frequencies(list(texts), unit=unit, min_df=1, cut=cut)  # type: ignore[arg-type]
    return Counter(table.df), table.n_documents


def _add_counts(parts: Iterable[tuple[Counter, int]]) -> tuple[Counter, int]:
    df: Counter = Counter()
    n = 0
    for part_df, part_n in parts:
        df.update(part_df)
        n += part_n
    return df, n


def _to_table(counts: tuple[Counter, int], unit: str, min_df: int) -> IDFTable:
    df, n = counts
    return IDFTable({w: c for w, c in df.items() if c >= min_df}, n, unit, min_df)


def fit_idf_bag(
    bag: "dask.bag.Bag",
    *,
    unit: Unit = "paragraph",
    min_df: int = 1,
    cut: Callable[[str], list[str]] | None = None,
) -> "dask.bag.Item":
    """Count the document frequencies of a corpus in a Dask bag: a lazy :class:`IDFTable`.

    Each partition is counted where it lies, the counts are added and ``min_df`` applied last,
    so the table equals :func:`~policytext.keywords.document_frequencies` of the same texts in
    one process.

    Args:
        bag: a :class:`dask.bag.Bag` of str, one text per item.
        unit: ``"paragraph"`` (each non-blank line is a document, as in the shipped policy IDF)
            or ``"document"``.
        min_df: drop terms seen in fewer documents (they then count as unseen).
        cut: segmenter ``str -> list[str]``; default the policy tokenizer.

    Returns:
        A lazy :class:`dask.bag.Item`; ``.compute()`` gives the
        :class:`~policytext.keywords.IDFTable` (``extract_keywords(text, idf=table)``;
        ``table.to_dict()`` is the JSON of ``data/idf.json``).

    >>> import dask.bag as db
    >>> table = fit_idf_bag(db.from_sequence(["数字经济。\\n实体经济。", "数字经济。"])).compute(scheduler="sync")
    >>> table.n_documents, table.df["数字经济"]
    (3, 2)
    """
    _check_bag(bag, "fit_idf_bag")
    if unit not in ("paragraph", "document"):
        raise ValueError(f"unit must be 'paragraph' or 'document', got {unit!r}")
    if not isinstance(min_df, int) or isinstance(min_df, bool) or min_df < 1:
        raise ValueError(f"min_df must be a positive int, got {min_df!r}")
    per_partition = functools.partial(_count_partition, unit=unit, cut=cut, state=_user_state())
    counts = bag.reduction(per_partition, _add_counts, split_every=8)
    return counts.apply(functools.partial(_to_table, unit=unit, min_df=min_df))
