"""spaCy integration: pipeline components and a jieba tokenizer with the policy dictionary.

Three factories are registered through the ``spacy_factories`` entry point, so after
``pip install policytext`` they can be added to any Chinese pipeline by name, without importing
policytext first::

    import spacy
    nlp = spacy.blank("zh")
    nlp.add_pipe("policytext_quantities")   # doc.spans["policytext_quantities"], label = kind
    nlp.add_pipe("policytext_slogans")      # doc.spans["policytext_slogans"]: parallel,
                                            #   abbreviation, quote/catchphrase/name, reference
    nlp.add_pipe("policytext_sections")     # doc.spans["policytext_sections"], label level_1 …,
                                            #   and doc.spans["policytext_sentences"], label = role

Each span carries its record in ``span._.policytext`` (a :class:`~policytext.records.Quantity`,
:class:`~policytext.records.Parallel` …); ``doc._.policytext`` holds a
:class:`~policytext.document.Document` with everything the components found. The records'
character offsets are aligned to the tokens with ``alignment_mode="expand"``, so they work with
any segmenter: spaCy's default character segmenter, its ``jieba`` segmenter, or policytext's own
(``@tokenizers = "policytext.ChineseTokenizer.v1"``, also what :func:`blank` uses), which cuts
policy terms such as 新质生产力 as one token and never touches jieba's global state.

Importing policytext does not import spaCy; this module does.

>>> nlp = blank()
>>> _ = nlp.add_pipe("policytext_sections")
>>> doc = nlp("北京全力推进国际科技创新中心建设\\n张继红\\n正文。")
>>> doc._.policytext.title
'北京全力推进国际科技创新中心建设'
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import DummyTokenizer, registry

from .document import RECORD_TYPES, Document, record_from_dict
from .pipeline import Pipeline

__all__ = [
    "ChineseTokenizer",
    "QuantitiesComponent",
    "SectionsComponent",
    "SlogansComponent",
    "blank",
    "document_to_spacy",
    "words_and_spaces",
    "write_spans",
]

#: span-group keys written by each component.
SPAN_KEYS = {
    "quantities": ("policytext_quantities",),
    "slogans": ("policytext_slogans",),
    "sections": ("policytext_sections", "policytext_sentences"),
}
_LOCK = threading.Lock()
_BLANK: Language | None = None


# Records live in these weak caches while the Doc lives; doc.user_data holds the same as plain
# data (type name and to_dict()), which is what Doc.to_bytes(), DocBin and nlp.pipe(n_process=N)
# serialise, and what the records are rebuilt from after a round trip.
_LIVE_RECORDS: "weakref.WeakKeyDictionary[Doc, dict[str, Any]]" = weakref.WeakKeyDictionary()
_LIVE_DOCUMENTS: "weakref.WeakKeyDictionary[Doc, Document]" = weakref.WeakKeyDictionary()
_RECORD_CLASSES = {cls.__name__: cls for cls in RECORD_TYPES.values()}
_DOC_KEY = ("policytext", "document")


def _ensure_extensions() -> None:
    if not Span.has_extension("policytext"):
        Span.set_extension("policytext", getter=_span_record)
    if not Doc.has_extension("policytext"):
        Doc.set_extension("policytext", getter=_get_document, setter=_set_document)


def _span_record(span: Span) -> Any:
    """The record behind a span (stored by span id, so equal offsets in two groups never clash)."""
    key = span.id_
    live = _LIVE_RECORDS.get(span.doc)
    if live is not None and key in live:
        return live[key]
    plain = span.doc.user_data.get(("policytext", key))
    if plain is None:
        return None
    record = record_from_dict(_RECORD_CLASSES[plain[0]], plain[1])
    _LIVE_RECORDS.setdefault(span.doc, {})[key] = record
    return record


def _set_document(doc: Doc, document: Document | None) -> None:
    if document is None:
        _LIVE_DOCUMENTS.pop(doc, None)
        doc.user_data.pop(_DOC_KEY, None)
        return
    _LIVE_DOCUMENTS[doc] = document
    doc.user_data[_DOC_KEY] = document.to_dict()


def _get_document(doc: Doc) -> Document | None:
    document = _LIVE_DOCUMENTS.get(doc)
    if document is None and _DOC_KEY in doc.user_data:
        document = _LIVE_DOCUMENTS[doc] = Document.from_dict(doc.user_data[_DOC_KEY], text=doc.text)
    return document


# -- tokenizer --------------------------------------------------------------------------------
class ChineseTokenizer(DummyTokenizer):
    """A spaCy tokenizer that segments with policytext's private jieba tokenizer.

    >>> nlp = blank()
    >>> [t.text for t in nlp("发展新质生产力")]
    ['发展', '新质生产力']
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from .tokenize import get_tokenizer

        pieces = (w for w, _, _ in get_tokenizer().tokenize(text)) if text else ()
        words, spaces = words_and_spaces(pieces)
        return Doc(self.vocab, words=words, spaces=spaces)


def words_and_spaces(pieces: Iterable[str]) -> tuple[list[str], list[bool]]:
    """spaCy ``words``/``spaces`` from pieces that cover a text exactly (as jieba's tokenize gives).

    As spaCy's own tokenizers do, a run of whitespace is one token, except that a single space
    right after a word becomes that word's trailing space. Linear, unlike spaCy's
    ``get_words_and_spaces``, which searches the text for each word.

    >>> words_and_spaces(["发展", " ", "AI", " ", " ", "\\n", "。"])
    (['发展', 'AI', ' \\n', '。'], [True, True, False, False])
    """
    words: list[str] = []
    spaces: list[bool] = []
    run: list[str] = []

    def flush() -> None:
        ws = "".join(run)
        run.clear()
        if ws.startswith(" ") and words and not words[-1].isspace():
            spaces[-1] = True
            ws = ws[1:]
        if ws:
            words.append(ws)
            spaces.append(False)

    for w in pieces:
        if w.isspace():
            run.append(w)
            continue
        if run:
            flush()
        words.append(w)
        spaces.append(False)
    if run:
        flush()
    return words, spaces


@registry.tokenizers("policytext.ChineseTokenizer.v1")
def create_tokenizer() -> Callable[[Language], ChineseTokenizer]:
    """The registered tokenizer factory (``@tokenizers = "policytext.ChineseTokenizer.v1"``).

    >>> create_tokenizer()(blank()).__class__.__name__
    'ChineseTokenizer'
    """

    def make(nlp: Language) -> ChineseTokenizer:
        return ChineseTokenizer(nlp.vocab)

    return make


def blank() -> Language:
    """A blank Chinese pipeline segmented by policytext's jieba tokenizer (a new object each call).

    >>> blank().lang
    'zh'
    """
    import spacy

    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policytext.ChineseTokenizer.v1"}}})


def _shared_blank() -> Language:
    global _BLANK
    with _LOCK:
        if _BLANK is None:
            _BLANK = blank()
    return _BLANK


# -- writing records as spans ---------------------------------------------------------------
def _labelled(document: Document, kind: str) -> dict[str, list[tuple[str, Any]]]:
    from .render import flatten_sections

    if kind == "quantities":
        return {"policytext_quantities": [(q.kind, q) for q in document.quantities]}
    if kind == "slogans":
        items = [("parallel", p) for p in document.parallels]
        items += [("abbreviation", a) for a in document.abbreviations]
        items += [(q.kind, q) for q in document.quoted]
        items += [("reference", r) for r in document.references]
        items.sort(key=lambda lr: (lr[1].start, -lr[1].end))
        return {"policytext_slogans": items}
    if kind == "sections":
        return {
            "policytext_sections": [(f"level_{s.level}", s) for _, s in flatten_sections(document.sections)],
            "policytext_sentences": [(s.role or "sentence", s) for s in document.sentences],
        }
    raise ValueError(f"kind must be one of {sorted(SPAN_KEYS)}, got {kind!r}")


def write_spans(
    doc: Doc, document: Document, kinds: Iterable[str] = ("quantities", "slogans", "sections")
) -> Doc:
    """Write a Document's records into ``doc.spans`` (aligned with ``alignment_mode="expand"``).

    Args:
        doc: a spaCy ``Doc`` of the same text as ``document``.
        document: the records to write.
        kinds: which span groups to write: ``quantities``, ``slogans``, ``sections``.

    Returns:
        ``doc``, with ``doc.spans[...]`` set and each record in ``span._.policytext``.

    Raises:
        ValueError: the texts differ, or an unknown kind.

    >>> from policytext import Quantity
    >>> nlp = blank()
    >>> d = Document(text="新设企业11万家。", quantities=[
    ...     Quantity(text="11万家", start=4, end=8, kind="count", value=110000, unit="家")])
    >>> sdoc = write_spans(nlp(d.text), d, ["quantities"])
    >>> span = sdoc.spans["policytext_quantities"][0]
    >>> span.text, span.label_, span._.policytext.value
    ('11万家', 'count', 110000)
    """
    _ensure_extensions()
    if doc.text != document.text:
        raise ValueError("write_spans(): the spaCy Doc and the Document have different texts")
    live = _LIVE_RECORDS.setdefault(doc, {})
    for kind in kinds:
        for key, items in _labelled(document, kind).items():
            spans = []
            for i, (label, record) in enumerate(items):
                span_id = f"{key}:{i}"
                span = doc.char_span(record.start, record.end, label=label, alignment_mode="expand",
                                     span_id=span_id)
                if span is None:  # pragma: no cover - expand only fails on offsets outside the text
                    continue
                doc.user_data[("policytext", span.id_)] = (type(record).__name__, record.to_dict())
                live[span.id_] = record
                spans.append(span)
            doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
    return doc


def _merge(doc: Doc, found: Document) -> Document:
    """Keep one Document per Doc in ``doc._.policytext``, filled in by each component."""
    current = doc._.policytext
    if current is None:
        doc._.policytext = found
        return found
    for name, value in vars(found).items():
        if name != "text" and value not in (None, [], {}):
            setattr(current, name, value)
    doc._.policytext = current  # refresh the serialisable copy
    return current


def document_to_spacy(document: Document, nlp: Language | None = None) -> Doc:
    """A spaCy ``Doc`` of a Document's text with all its records as spans (see :meth:`Document.to_spacy`).

    >>> document_to_spacy(Document(text="正文。")).text
    '正文。'
    """
    if not isinstance(document, Document):
        raise TypeError(f"document_to_spacy() expects a Document, got {type(document).__name__}")
    _ensure_extensions()
    nlp = nlp if nlp is not None else _shared_blank()
    doc = nlp.make_doc(document.text)
    doc._.policytext = document
    return write_spans(doc, document)


# -- components ------------------------------------------------------------------------------
class _Component:
    kind = ""
    _options: dict[str, bool] = {}

    def __init__(self, nlp: Language | None = None, name: str = ""):
        _ensure_extensions()
        self.name = name or f"policytext_{self.kind}"
        self.topics: dict[str, str] | None = None
        self._pipeline = Pipeline(**self._options)

    def __call__(self, doc: Doc) -> Doc:
        document = self._pipeline(doc.text, topics=self.topics)
        _merge(doc, document)
        return write_spans(doc, document, [self.kind])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class QuantitiesComponent(_Component):
    """Writes the figures into ``doc.spans["policytext_quantities"]`` (label: the quantity kind).

    >>> nlp = blank()
    >>> nlp.add_pipe("policytext_quantities")
    QuantitiesComponent(name='policytext_quantities')
    """

    kind = "quantities"
    _options = {"sections": False, "slogans": False, "keywords": False}


class SlogansComponent(_Component):
    """Writes formulas, abbreviations, quoted phrases and titles into ``doc.spans["policytext_slogans"]``.

    Labels: ``parallel``, ``abbreviation``, the quoted kind (``quote``, ``catchphrase``, ``name``)
    and ``reference``.

    >>> nlp = blank()
    >>> nlp.add_pipe("policytext_slogans")
    SlogansComponent(name='policytext_slogans')
    """

    kind = "slogans"
    _options = {"sections": False, "quantities": False, "keywords": False}


class SectionsComponent(_Component):
    """Writes the heading tree into ``doc.spans["policytext_sections"]`` (label ``level_N``, each
    span covering the whole section) and the sentences with their roles into
    ``doc.spans["policytext_sentences"]``; the title and byline go to ``doc._.policytext``.

    Section topics are data, passed in at initialisation, not through the config::

        nlp.add_pipe("policytext_sections")
        nlp.initialize()  # or: nlp.get_pipe("policytext_sections").initialize(topics={...})

    >>> nlp = blank()
    >>> nlp.add_pipe("policytext_sections")
    SectionsComponent(name='policytext_sections')
    """

    kind = "sections"
    _options = {"quantities": False, "slogans": False, "keywords": False}

    # No annotations here: spaCy validates initialize() arguments with pydantic, which cannot
    # resolve postponed (string) annotations of this module.
    def initialize(self, get_examples=None, *, nlp=None, topics=None):
        """Set the section topics ``{label: description}`` (``[initialize.components]`` in a config).

        >>> c = SectionsComponent()
        >>> c.initialize(topics={"平台": "科研平台与实验室建设"})
        >>> c.topics
        {'平台': '科研平台与实验室建设'}
        """
        if topics is not None and not isinstance(topics, Mapping):
            raise TypeError(f"topics must be a dict {{label: description}}, got {type(topics).__name__}")
        self.topics = dict(topics) if topics is not None else None


@Language.factory("policytext_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """The ``policytext_quantities`` factory.

    >>> make_quantities(blank(), "q").name
    'q'
    """
    return QuantitiesComponent(nlp, name)


@Language.factory("policytext_slogans")
def make_slogans(nlp: Language, name: str) -> SlogansComponent:
    """The ``policytext_slogans`` factory.

    >>> make_slogans(blank(), "s").name
    's'
    """
    return SlogansComponent(nlp, name)


@Language.factory("policytext_sections")
def make_sections(nlp: Language, name: str) -> SectionsComponent:
    """The ``policytext_sections`` factory.

    >>> make_sections(blank(), "t").name
    't'
    """
    return SectionsComponent(nlp, name)
