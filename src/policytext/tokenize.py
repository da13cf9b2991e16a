"""The one jieba wrapper: a private tokenizer with the policy dictionary.

policytext never touches jieba's global tokenizer (``jieba.cut``): it builds its own
``jieba.Tokenizer`` on first use, adds the policy user dictionary shipped in
``policytext/data/policy_dict.txt`` and reuses it everywhere, from any thread. Importing this
module does not import jieba.

``cut`` and ``tokenize`` are module-level functions, so they pickle and can be handed to
``sklearn.feature_extraction.text.TfidfVectorizer(tokenizer=cut, token_pattern=None)`` or sent to
worker processes.

>>> cut("发展新质生产力")
['发展', '新质生产力']
>>> [(t.text, t.start, t.end) for t in tokenize("专精特新企业")]
[('专精特新', 0, 4), ('企业', 4, 6)]
"""

from __future__ import annotations

import logging
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .data import read_dictionary
from .text import check_text

if TYPE_CHECKING:  # pragma: no cover
    import jieba

__all__ = ["Token", "add_words", "cut", "get_tokenizer", "pos_tag", "tokenize"]

_LOCK = threading.RLock()
_TOKENIZER: Any = None
_POS: Any = None
_EXTRA_DICTS: list[Path] = []


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its offsets (end exclusive) and, when tagged, its part of speech."""

    text: str
    start: int
    end: int
    pos: str | None = None


def _import_jieba():
    # jieba 0.42 imports pkg_resources, which warns on import under setuptools 80-81. Contain it
    # here so that it never reaches a user running with warnings as errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
        import jieba.posseg  # noqa: F401
    return jieba


def get_tokenizer() -> "jieba.Tokenizer":
    """The shared private ``jieba.Tokenizer`` with the policy dictionary loaded (thread-safe)."""
    global _TOKENIZER
    if _TOKENIZER is not None:
        return _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            jieba = _import_jieba()
            tk = jieba.Tokenizer()
            logger = logging.getLogger("jieba")
            level = logger.level
            logger.setLevel(logging.WARNING)  # jieba logs its dictionary loading at DEBUG
            try:
                tk.initialize()
            finally:
                logger.setLevel(level)
            for word, freq, tag in read_dictionary("policy_dict.txt"):
                tk.add_word(word, freq, tag)
            for path in _EXTRA_DICTS:
                for word, freq, tag in read_dictionary(path):
                    tk.add_word(word, freq, tag)
            _TOKENIZER = tk
    return _TOKENIZER


def _get_pos():
    global _POS
    if _POS is not None:
        return _POS
    with _LOCK:
        if _POS is None:
            jieba = _import_jieba()
            _POS = jieba.posseg.POSTokenizer(get_tokenizer())
    return _POS


def add_words(words, *, tag: str = "nz") -> None:
    """Add terms (an iterable of str, or the path of a dictionary file) to the shared tokenizer.

    >>> add_words(["拨投联动"])
    >>> "拨投联动" in cut("探索拨投联动机制")
    True
    """
    if isinstance(words, (str, Path)) and Path(words).is_file():
        path = Path(words)
        with _LOCK:
            _EXTRA_DICTS.append(path)
            if _TOKENIZER is not None:
                for word, freq, t in read_dictionary(path):
                    _TOKENIZER.add_word(word, freq, t)
        return
    if isinstance(words, str):
        raise ValueError(f"add_words() expects an iterable of terms or a dictionary file, got the str {words!r}")
    tk = get_tokenizer()
    with _LOCK:
        for w in words:
            if not isinstance(w, str) or not w.strip():
                raise ValueError(f"add_words() expects non-empty str terms, got {w!r}")
            tk.add_word(w.strip(), None, tag)


def cut(text: str, *, hmm: bool = True) -> list[str]:
    """Segment ``text`` into words (module-level and picklable, for scikit-learn).

    Whitespace-only tokens are dropped.
    """
    check_text(text, "cut")
    return [w for w in get_tokenizer().lcut(text, HMM=hmm) if w.strip()]


def tokenize(text: str, *, hmm: bool = True) -> list[Token]:
    """Segment ``text`` into :class:`Token` records with offsets; whitespace tokens dropped."""
    check_text(text, "tokenize")
    return [Token(w, s, e) for w, s, e in get_tokenizer().tokenize(text, HMM=hmm) if w.strip()]


def pos_tag(text: str, *, hmm: bool = True) -> list[Token]:
    """Segment and tag ``text`` (jieba.posseg tags); slower than :func:`tokenize`, use on spans.

    >>> [(t.text, t.pos) for t in pos_tag("抓平台")]
    [('抓', 'v'), ('平台', 'n')]
    """
    check_text(text, "pos_tag")
    out = []
    pos = 0
    for pair in _get_pos().lcut(text, HMM=hmm):
        w, flag = pair.word, pair.flag
        start = text.find(w, pos) if w else pos
        if start < 0:  # pragma: no cover - posseg returns the text's own characters
            start = pos
        end = start + len(w)
        pos = end
        if w.strip():
            out.append(Token(w, start, end, flag))
    return out
