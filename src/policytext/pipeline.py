"""Pipeline and analyze(): compose the modules over one segmentation of each text.

The pipeline owns no rules. It normalises and segments a text once, hands the shared
:class:`Context` to each component in turn and collects what they return into a
:class:`~policytext.document.Document`.

A component is any callable ``component(ctx: Context) -> dict`` whose dict maps
:class:`Document` field names to values. The four built-in ones are ``sections``, ``quantities``,
``slogans`` and ``keywords``; each can be switched off (``False``) or replaced by your own callable:

>>> nlp = Pipeline(keywords=False, slogans=False)
>>> doc = nlp("2024年，全市新设科技型企业11万家。")
>>> doc.keywords
[]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import _pool
from . import keywords as _keywords
from . import quantities as _quantities
from . import sections as _sections
from . import slogans as _slogans
from .document import META_FIELDS, RECORD_FIELDS, Document
from .records import Span
from .text import NormalizedText, check_text, normalize, split_paragraphs, split_sentences

if TYPE_CHECKING:  # pragma: no cover
    from ._pool import StartMethod

__all__ = ["COMPONENTS", "Context", "Pipeline", "analyze"]

Component = Callable[["Context"], Mapping[str, Any]]


@dataclass
class Context:
    """What every component receives: the text, segmented once, and earlier results.

    Attributes:
        text: the text as given; all offsets index it.
        normalized: the normalised text with its offset map.
        paragraphs: non-blank lines, as spans of ``text``.
        sentences: sentences, as spans of ``text``.
        options: pipeline options (``topics``, ``top_k`` ...).
        results: Document fields set by the components that ran before.
    """

    text: str
    normalized: NormalizedText
    paragraphs: list[Span]
    sentences: list[Span]
    options: dict[str, Any] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, **options: Any) -> "Context":
        nt = normalize(text)
        return cls(text, nt, split_paragraphs(text), split_sentences(text, normalized=nt), dict(options))

    @cached_property
    def tokens(self):
        """jieba tokens of the whole text (computed once, on first use)."""
        from .tokenize import tokenize

        return tokenize(self.text)


def sections_component(ctx: Context) -> dict[str, Any]:
    """Title, byline, heading tree with topics, sentence roles, responsibilities (:mod:`policytext.sections`)."""
    s = _sections.parse_structure(ctx.text, normalized=ctx.normalized)
    out = {k: getattr(s, k) for k in META_FIELDS}
    out["recipients"] = list(s.recipients)
    out["sections"] = _sections.assign_topics(ctx.text, topics=ctx.options.get("topics"), structure=s)
    out["sentences"] = _sections.classify_sentences(  # roles read characters: no tokens needed
        ctx.text, sentences=ctx.sentences, structure=s, normalized=ctx.normalized, paragraphs=ctx.paragraphs)
    out["responsibilities"] = _sections.extract_responsibilities(ctx.text, normalized=ctx.normalized)
    return out


def quantities_component(ctx: Context) -> dict[str, Any]:
    """Figures (:mod:`policytext.quantities`)."""
    return {"quantities": _quantities.extract_quantities(ctx.text, sentences=ctx.sentences,
                                                          normalized=ctx.normalized)}


def slogans_component(ctx: Context) -> dict[str, Any]:
    """Parallel formulas, numeric abbreviations, quoted phrases, titles (:mod:`policytext.slogans`).

    Heading-level parallels use the level-1 and level-2 headings the sections component found.
    """
    return {
        "parallels": _slogans.extract_parallels(
            ctx.text, headings=_slogans.sibling_headings(ctx.results.get("sections", ())),
            sentences=ctx.sentences, normalized=ctx.normalized,
        ),
        "abbreviations": _slogans.extract_abbreviations(ctx.text, normalized=ctx.normalized),
        "quoted": _slogans.extract_quoted(ctx.text, normalized=ctx.normalized),
        "references": _slogans.extract_titles(ctx.text, normalized=ctx.normalized),
    }


def keywords_component(ctx: Context) -> dict[str, Any]:
    """Keywords (:mod:`policytext.keywords`), from the shared tokens."""
    return {"keywords": _keywords.extract_keywords(ctx.text, top_k=ctx.options.get("top_k", 20), tokens=ctx.tokens)}


#: The built-in components, in the order they run.
COMPONENTS: dict[str, Component] = {
    "sections": sections_component,
    "quantities": quantities_component,
    "slogans": slogans_component,
    "keywords": keywords_component,
}

_FIELDS = frozenset(META_FIELDS) | frozenset(RECORD_FIELDS) | {"recipients", "meta"}


class Pipeline:
    """Runs the components over texts and builds :class:`Document` objects.

    Args:
        sections, quantities, slogans, keywords: ``True`` for the built-in component, ``False``
            to switch it off, or a callable ``component(ctx) -> dict`` to replace it.
        topics: default ``{label: description}`` for section topics.
        top_k: how many keywords to keep.
        extra: further components ``{name: callable}``, run after the built-in ones.
    """

    def __init__(
        self,
        *,
        sections: bool | Component = True,
        quantities: bool | Component = True,
        slogans: bool | Component = True,
        keywords: bool | Component = True,
        topics: Mapping[str, str] | None = None,
        top_k: int = 20,
        extra: Mapping[str, Component] | None = None,
    ):
        chosen = {"sections": sections, "quantities": quantities, "slogans": slogans, "keywords": keywords}
        self.components: dict[str, Component] = {}
        for name, value in chosen.items():
            if value is True:
                self.components[name] = COMPONENTS[name]
            elif value is False or value is None:
                continue
            elif callable(value):
                self.components[name] = value
            else:
                raise TypeError(f"Pipeline({name}=...) expects True, False or a callable, got {value!r}")
        for name, value in (extra or {}).items():
            if not callable(value):
                raise TypeError(f"Pipeline(extra={{{name!r}: ...}}) expects a callable, got {value!r}")
            self.components[name] = value
        if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 0:
            raise ValueError(f"top_k must be a non-negative int, got {top_k!r}")
        self.topics = _check_topics(topics)
        self.top_k = top_k

    def __repr__(self) -> str:
        return f"Pipeline(components={list(self.components)})"

    def __call__(self, text: str, *, topics: Mapping[str, str] | None = None) -> Document:
        """Analyse one text."""
        check_text(text, "analyze")
        topics = _check_topics(topics) if topics is not None else self.topics
        doc = Document(text=text)
        if not text.strip():
            return doc
        ctx = Context.from_text(text, topics=topics, top_k=self.top_k)
        for name, component in self.components.items():
            result = component(ctx)
            if not isinstance(result, Mapping):
                raise TypeError(f"component {name!r} returned {type(result).__name__}, expected a dict of Document fields")
            unknown = set(result) - _FIELDS
            if unknown:
                raise ValueError(f"component {name!r} returned unknown Document fields: {sorted(unknown)}")
            ctx.results.update(result)
        for key, value in ctx.results.items():
            setattr(doc, key, value)
        return doc

    def pipe(
        self,
        texts: Iterable[str],
        *,
        topics: Mapping[str, str] | None = None,
        n_process: int = 1,
        batch_size: int | None = None,
        start_method: StartMethod | None = None,
    ) -> Iterator[Document]:
        """Analyse many texts lazily, yielding one :class:`Document` per text, in order.

        With ``n_process > 1`` the texts are analysed in a pool of worker processes; the
        documents are the same, in the same order, as with one process. ``texts`` is read
        lazily and at most ``2 * n_process`` batches are in flight, so a corpus larger than
        memory streams through.

        Args:
            texts: an iterable of str (a generator reading files is fine).
            topics: ``{label: description}`` for section topics, as in :meth:`__call__`.
            n_process: worker processes; ``1`` analyses here, ``-1`` uses every CPU.
            batch_size: texts sent to a worker at a time; ``None`` groups texts up to about
                20,000 characters.
            start_method: ``"fork"``, ``"spawn"`` or ``"forkserver"``; ``None`` is the platform's
                default. Under ``fork`` the first document is analysed here and the workers
                inherit the pipeline, the tokenizer and the tables it loaded, shared
                copy-on-write (the least memory: about 300 MB for a parent and two workers);
                otherwise the pipeline is pickled (components must be module-level functions),
                each worker loads its own tokenizer and this process loads none.

        >>> nlp = Pipeline(keywords=False)
        >>> [d.title for d in nlp.pipe(["标题一\\n正文。", "标题二\\n正文。"], n_process=2)]
        ['标题一', '标题二']
        """
        if isinstance(texts, str):
            raise TypeError("pipe() expects an iterable of str, got a str; wrap one text in a list")
        n_process = _pool.check_n_process(n_process)
        batch_size = _pool.check_batch_size(batch_size)
        if start_method is not None:
            _pool.check_start_method(start_method)
        topics = _check_topics(topics) if topics is not None else self.topics
        return self._pipe(iter(texts), topics, n_process, batch_size, start_method)

    def _pipe(self, it, topics, n_process, batch_size, start_method) -> Iterator[Document]:
        if n_process == 1:
            for text in it:
                yield self(text, topics=topics)
            return
        # Forked workers inherit what the parent has loaded, and share it copy-on-write: the first
        # document is analysed here, so the tokenizer and the data files are loaded once for the
        # whole pool (measured on a 10 MB stream with two workers: 303 MB PSS all together).
        # Spawned workers load their own: the parent then loads nothing (no jieba, no models).
        first = 1
        if _pool.start_method_of(start_method) == "fork":
            for text in it:
                yield self(text, topics=topics)
                first = 2
                break
        task = functools.partial(_analyze_textless, self, topics)
        batches = _pool.batches(_checked(it, first=first), batch_size)
        for batch, docs in _pool.ordered_map(task, batches, n_process=n_process, start_method=start_method):
            for text, doc in zip(batch, docs):
                doc.text = text
                yield doc


def _checked(texts: Iterable[object], first: int) -> Iterator[str]:
    for i, text in enumerate(texts, start=first):
        if not isinstance(text, str):
            check_text(text, f"pipe() text {i}: analyze")
        yield text  # type: ignore[misc]


def _analyze_textless(pipeline: Pipeline, topics: dict[str, str] | None, text: str) -> Document:
    """Analyse in a worker; the text is not sent back (the parent has it)."""
    doc = pipeline(text, topics=topics)
    doc.text = ""
    return doc


def _check_topics(topics: Mapping[str, str] | None) -> dict[str, str] | None:
    if topics is None:
        return None
    if not isinstance(topics, Mapping):
        raise TypeError(f"topics must be a dict {{label: description}}, got {type(topics).__name__}")
    for k, v in topics.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise TypeError(f"topics must map str labels to str descriptions, got {k!r}: {v!r}")
    return dict(topics)


_DEFAULT: Pipeline | None = None


def analyze(text: str, *, topics: Mapping[str, str] | None = None, **options: Any) -> Document:
    """Analyse a policy text: figures, formulas, keywords and structure.

    Args:
        text: the document text.
        topics: optional ``{label: description}``; each level-1 section gets the best label.
        **options: passed to :class:`Pipeline` (``quantities=False``, ``top_k=30`` ...); without
            options a shared default pipeline is used.

    >>> doc = analyze("北京全力推进国际科技创新中心建设\\n张继红\\n正文。")
    >>> doc.title, doc.author
    ('北京全力推进国际科技创新中心建设', '张继红')
    """
    global _DEFAULT
    if options:
        return Pipeline(**options)(text, topics=topics)
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(text, topics=topics)
