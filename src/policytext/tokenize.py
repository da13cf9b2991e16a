"""The one jieba wrapper: a private tokenizer with the policy dictionary.

policytext never touches jieba's global tokenizer (``jieba.cut``): it builds its own
``jieba.Tokenizer`` on first use, adds the policy user dictionary shipped in
``policytext/data/policy_dict.txt`` and reuses it everywhere, from any thread. Importing this
module does not import jieba.

``cut`` and ``tokenize`` are module-level functions, so they pickle and can be handed to
``sklearn.feature_extraction.text.TfidfVectorizer(tokenizer=cut, token_pattern=None)`` or sent to
worker processes.

Two segmenters can sit behind ``cut`` and ``tokenize``, chosen with :func:`set_backend` (or the
``POLICYTEXT_TOKENIZER`` environment variable, read on first use):

- ``"jieba"`` (the default and the reference): jieba 0.42 in pure Python, about 350k chars/s.
- ``"rjieba"`` (``pip install 'policytext[fast]'``): jieba-rs, the Rust port, about ten times faster,
  loaded with the same dictionaries. With ``hmm=False`` its output is identical to jieba's (checked
  on the whole shared corpus and by property tests); with the HMM on, the two differ only in how a
  run of digits and hyphens is split (``2011-2020`` is one token for rjieba, three for jieba).

Part-of-speech tagging (:func:`pos_tag`) always uses jieba.

>>> cut("发展新质生产力")
['发展', '新质生产力']
>>> [(t.text, t.start, t.end) for t in tokenize("专精特新企业")]
[('专精特新', 0, 4), ('企业', 4, 6)]
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import warnings
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .data import read_dictionary
from .errors import DataFileError, require
from .text import check_text

if TYPE_CHECKING:  # pragma: no cover
    import jieba

__all__ = [
    "BACKENDS",
    "Backend",
    "Token",
    "add_words",
    "cut",
    "get_backend",
    "get_tokenizer",
    "pos_tag",
    "set_backend",
    "tokenize",
    "word_tags",
]

Backend = Literal["jieba", "rjieba"]
#: The segmenters :func:`set_backend` accepts; the first is the default and the reference.
BACKENDS: tuple[str, ...] = ("jieba", "rjieba")
_ENV = "POLICYTEXT_TOKENIZER"

_LOCK = threading.RLock()
_TOKENIZER: Any = None
_RJIEBA: Any = None
_POS: Any = None
_BACKEND: str | None = None
# Terms added with add_words(), in order, as (word, freq, tag): replayed on every segmenter.
_USER_WORDS: list[tuple[str, int | None, str | None]] = []


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its offsets (end exclusive) and, when tagged, its part of speech."""

    text: str
    start: int
    end: int
    pos: str | None = None


def _import_jieba(*, posseg: bool = False):
    """Import jieba (and ``jieba.posseg`` when asked), quietly and quickly.

    jieba 0.42 imports ``pkg_resources`` only to open its own data files, and falls back to
    plain ``open()`` next to its ``__file__`` when that import fails. ``pkg_resources`` costs
    about 0.1 s (half of importing jieba) and warns under setuptools 80-81, so unless the program
    has already imported it, it is hidden while jieba is imported. ``jieba.posseg`` reads the
    whole main dictionary for its word tags when imported (about 0.9 s): only :func:`pos_tag`
    needs it.
    """
    import sys

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hide = "jieba" not in sys.modules and "pkg_resources" not in sys.modules
        if hide:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails: fallback
        try:
            import jieba
        finally:
            if hide and sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
        if posseg:
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
            tk.tmp_dir = _cache_dir(jieba.__version__)
            logger = logging.getLogger("jieba")
            level = logger.level
            logger.setLevel(logging.WARNING)  # jieba logs its dictionary loading at DEBUG
            try:
                tk.initialize()
            finally:
                logger.setLevel(level)
            _load_user_words(tk)
            _TOKENIZER = tk
    return _TOKENIZER


def _cache_dir(version: str) -> str:
    """A directory only this user can write, for jieba's dictionary cache.

    jieba caches its prefix dictionary with ``marshal`` in the system temporary directory
    (``/tmp/jieba.cache``) and, for its default dictionary, loads whatever file it finds there:
    on a shared machine, anyone could plant it. The cache goes to ``$POLICYTEXT_CACHE_DIR`` or
    ``~/.cache/policytext/jieba-<version>`` instead (created with mode 0700), or, when that
    cannot be used, to a fresh private temporary directory removed at exit.
    """
    base = os.environ.get("POLICYTEXT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "policytext")
    path = os.path.join(base, f"jieba-{version}")
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.stat(path)
        private = not hasattr(os, "getuid") or (st.st_uid == os.getuid() and not st.st_mode & 0o022)
        if private and os.access(path, os.W_OK):
            return path
    except OSError:
        pass
    import atexit
    import shutil
    import tempfile

    path = tempfile.mkdtemp(prefix="policytext-jieba-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _load_user_words(tk: Any) -> None:
    """Add the policy dictionary, then the terms of :func:`add_words` in the order they were added,
    to a new segmenter (jieba's or rjieba's: both take ``add_word(word, freq, tag)``)."""
    for word, freq, tag in (*read_dictionary("policy_dict.txt"), *_USER_WORDS):
        tk.add_word(word, freq, tag)


def _get_rjieba() -> Any:
    """The shared ``rjieba.Jieba`` with the same dictionaries as :func:`get_tokenizer`."""
    global _RJIEBA
    if _RJIEBA is not None:
        return _RJIEBA
    with _LOCK:
        if _RJIEBA is None:
            rjieba = require("rjieba", "fast")
            tk = rjieba.Jieba()  # jieba-rs ships jieba's own dict.txt
            _load_user_words(tk)
            _RJIEBA = tk
    return _RJIEBA


def _check_backend(name: object) -> str:
    if name not in BACKENDS:
        raise ValueError(f"tokenizer backend must be one of {', '.join(map(repr, BACKENDS))}, got {name!r}")
    return name  # type: ignore[return-value]


def get_backend() -> str:
    """The segmenter behind :func:`cut` and :func:`tokenize` (``"jieba"`` unless changed).

    >>> get_backend() in BACKENDS
    True
    """
    global _BACKEND
    if _BACKEND is None:
        env = os.environ.get(_ENV, "").strip()
        try:
            _BACKEND = _check_backend(env or BACKENDS[0])
        except ValueError:
            raise ValueError(f"{_ENV}={env!r} is not a tokenizer backend; use one of {', '.join(BACKENDS)}") from None
    return _BACKEND


def set_backend(name: Backend) -> None:
    """Choose the segmenter behind :func:`cut` and :func:`tokenize` for this process.

    Args:
        name: ``"jieba"`` (the reference) or ``"rjieba"`` (the Rust port, ``policytext[fast]``).

    Raises:
        ValueError: ``name`` is not a backend.
        ImportError: the backend's package is not installed (with the install hint).

    >>> set_backend("jieba")
    >>> get_backend()
    'jieba'
    """
    global _BACKEND
    _check_backend(name)
    if name == "rjieba":
        _get_rjieba()  # fail now, not at the first cut, when the package is missing
    _BACKEND = name


def _segmenter(backend: str | None) -> tuple[str, Any]:
    name = get_backend() if backend is None else _check_backend(backend)
    return name, (_get_rjieba() if name == "rjieba" else get_tokenizer())


def _rjieba_safe(text: str) -> str:
    """``text`` with lone surrogates (which Rust strings cannot hold) replaced one for one by U+FFFD.

    jieba treats both as single non-word characters, so offsets and segmentation are unchanged.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def _rjieba_tokens(tk: Any, text: str, hmm: bool) -> list[tuple[str, int, int]]:
    safe = _rjieba_safe(text)
    triples = tk.tokenize(safe, "default", hmm)
    if safe is not text:
        triples = [(text[s:e], s, e) for _, s, e in triples]
    return triples


def _get_pos():
    """jieba.posseg's tagger on the shared tokenizer, for ``pos_tag(hmm=True)`` only."""
    global _POS
    if _POS is not None:
        return _POS
    with _LOCK:
        if _POS is None:
            jieba = _import_jieba(posseg=True)
            tags = word_tags()
            # Built without its constructor, which would read the main dictionary's 350,000 lines
            # for word tags again: it shares word_tags(), the same table.
            pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
            pos.tokenizer = get_tokenizer()
            pos.word_tag_tab = tags
            # posseg would move the tokenizer's user tags into its own table on first use and
            # empty the tokenizer's (makesure_userdict_loaded): the shared tokenizer would then
            # answer differently before and after the first pos_tag() (keywords reads those
            # tags). word_tags() holds them already, and add_words() keeps it in step.
            pos.makesure_userdict_loaded = _keep_user_tags
            _POS = pos
    return _POS


_TAGS: dict[str, str] | None = None
# {word: its tag in jieba's main dictionary, or None when it has none} for every word whose tag a
# user dictionary (the policy dictionary, add_words) set in _TAGS: the main dictionary's view of
# the one table is _TAGS with these few words put back.
_SHADOWED: dict[str, str | None] = {}
# A main-dictionary line: word, frequency, tag (as jieba.posseg.POSTokenizer.load_word_tag reads it).
_DICT_LINE = re.compile(r"(?m)^(\S+) \S+ (\S+)\r?$")


class _MainTags(Mapping):
    """``{word: tag}`` of jieba's main dictionary alone, as a view of :func:`word_tags`'s table.

    No copy: the 350,000 entries are the shared table's; only the few words a user dictionary
    re-tagged are looked up in ``_SHADOWED`` first.
    """

    __slots__ = ("_tags",)

    def __init__(self, tags: dict[str, str]) -> None:
        self._tags = tags

    def get(self, word, default=None):
        if word in _SHADOWED:
            tag = _SHADOWED[word]
            return default if tag is None else tag
        return self._tags.get(word, default)

    def __getitem__(self, word):
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word) -> bool:
        return self.get(word) is not None

    def __iter__(self):
        return (w for w in self._tags if _SHADOWED.get(w, w) is not None)

    def __len__(self) -> int:
        return len(self._tags) - sum(1 for t in _SHADOWED.values() if t is None)


_MAIN: _MainTags | None = None


@overload
def word_tags() -> dict[str, str]: ...
@overload
def word_tags(*, user: Literal[True]) -> dict[str, str]: ...
@overload
def word_tags(*, user: Literal[False]) -> Mapping[str, str]: ...
@overload
def word_tags(*, user: bool) -> Mapping[str, str]: ...


def word_tags(*, user: bool = True) -> Mapping[str, str]:
    """``{word: part of speech}`` of the shared tokenizer's dictionaries (read-only, shared).

    jieba's main dictionary gives a tag for each of its 350,000 words; the policy dictionary and
    :func:`add_words` terms override them. This is the table jieba.posseg tags words from; read
    once (about 0.2 s, 45 MB), and kept in step with :func:`add_words`.

    Args:
        user: ``False`` gives the main dictionary's tags alone (user terms neither added nor
            overriding), a view of the same table rather than a second copy.

    >>> word_tags()["平台"], word_tags()["新质生产力"]
    ('n', 'nz')
    >>> "新质生产力" in word_tags(user=False), word_tags(user=False)["平台"]
    (False, 'n')
    """
    global _TAGS, _MAIN
    if _TAGS is None:
        with _LOCK:
            if _TAGS is None:
                tk = get_tokenizer()
                with tk.get_dict_file() as fh:
                    data = fh.read().decode("utf-8")
                intern = sys.intern  # some 50 distinct tags: one string each, not 350,000 (27 MB)
                # One match at a time, so the temporaries reuse the same memory rather than leave
                # holes between the table's strings (a list of all lines costs 25 MB more RSS).
                tags = {m[1]: intern(m[2]) for m in _DICT_LINE.finditer(data)}
                lines = data.count("\n") + (not data.endswith("\n"))
                # Every 'word freq tag' line holds two spaces (jieba's own dictionary repeats a
                # few words, so the words are fewer than the lines): else find the bad line.
                if data.count(" ") != 2 * lines:
                    _check_dict_lines(data)
                del data
                _shadow(tags, tk.user_word_tag_tab.items())
                _MAIN = _MainTags(tags)
                _TAGS = tags
    return _TAGS if user else _MAIN  # type: ignore[return-value]


def _check_dict_lines(data: str) -> None:
    """Raise :class:`DataFileError` on the first line of ``data`` that is not ``word freq tag``."""
    for lineno, line in enumerate(data.split("\n"), 1):
        line = line.strip()
        if line and not _DICT_LINE.match(line):
            raise DataFileError(f"jieba dictionary line {lineno} is not 'word freq tag': {line!r}")


def _shadow(tags: dict[str, str], entries) -> None:
    """Set user tags (``(word, tag)`` pairs) in ``tags``, remembering the main dictionary's."""
    for word, tag in entries:
        if tag:
            if word not in _SHADOWED:
                _SHADOWED[word] = tags.get(word)
            tags[word] = tag


def _keep_user_tags() -> None:
    """Replaces ``POSTokenizer.makesure_userdict_loaded``: user tags are copied, not moved."""


def add_words(words, *, tag: str = "nz") -> None:
    """Add terms (an iterable of str, or the path of a dictionary file) to the shared tokenizer.

    >>> add_words(["拨投联动"])
    >>> "拨投联动" in cut("探索拨投联动机制")
    True
    """
    if isinstance(words, (str, Path)) and Path(words).is_file():
        entries = list(read_dictionary(Path(words)))
    elif isinstance(words, str):
        raise ValueError(f"add_words() expects an iterable of terms or a dictionary file, got the str {words!r}")
    else:
        entries = []
        for w in words:
            if not isinstance(w, str) or not w.strip():
                raise ValueError(f"add_words() expects non-empty str terms, got {w!r}")
            entries.append((w.strip(), None, tag))
    with _LOCK:
        _USER_WORDS.extend(entries)
        for tk in (_TOKENIZER, _RJIEBA):
            if tk is not None:
                for word, freq, t in entries:
                    tk.add_word(word, freq, t)
        if _TAGS is not None:
            _shadow(_TAGS, ((word, t) for word, _, t in entries))


def _user_state() -> tuple[str, tuple[tuple[str, int | None, str | None], ...]]:
    """What another process needs to segment exactly like this one (see ``Pipeline.pipe``)."""
    with _LOCK:
        return get_backend(), tuple(_USER_WORDS)


def _restore_user_state(state: tuple[str, tuple[tuple[str, int | None, str | None], ...]]) -> None:
    """Make this process segment like the one :func:`_user_state` came from.

    A forked worker already has the same terms; a spawned one (or a Dask worker) gets them here.
    """
    backend, words = state
    with _LOCK:
        known = set(_USER_WORDS)
        missing = [w for w in words if w not in known]
        _USER_WORDS.extend(missing)
        for tk in (_TOKENIZER, _RJIEBA):
            if tk is not None:
                for word, freq, t in missing:
                    tk.add_word(word, freq, t)
        if _TAGS is not None:
            _shadow(_TAGS, ((word, t) for word, _, t in missing))
    set_backend(backend)  # type: ignore[arg-type]


def cut(text: str, *, hmm: bool = True, backend: Backend | None = None) -> list[str]:
    """Segment ``text`` into words (module-level and picklable, for scikit-learn).

    Whitespace-only tokens are dropped.

    Args:
        text: the text to segment.
        hmm: let jieba's HMM join characters the dictionary does not know.
        backend: ``"jieba"`` or ``"rjieba"``; ``None`` uses :func:`get_backend`.

    >>> cut("发展新质生产力", hmm=False)
    ['发展', '新质生产力']
    """
    check_text(text, "cut")
    name, tk = _segmenter(backend)
    if name == "rjieba":
        words = tk.cut(text, hmm) if _rjieba_safe(text) is text else [w for w, _, _ in _rjieba_tokens(tk, text, hmm)]
    else:
        words = tk.lcut(text, HMM=hmm)
    return [w for w in words if w.strip()]


def tokenize(text: str, *, hmm: bool = True, backend: Backend | None = None) -> list[Token]:
    """Segment ``text`` into :class:`Token` records with offsets; whitespace tokens dropped.

    Args:
        text: the text to segment.
        hmm: let jieba's HMM join characters the dictionary does not know.
        backend: ``"jieba"`` or ``"rjieba"``; ``None`` uses :func:`get_backend`.

    >>> [(t.text, t.start) for t in tokenize("培育新质生产力")]
    [('培育', 0), ('新质生产力', 2)]
    """
    check_text(text, "tokenize")
    name, tk = _segmenter(backend)
    if name == "rjieba":
        return [Token(w, s, e) for w, s, e in _rjieba_tokens(tk, text, hmm) if not w.isspace()]
    # jieba's Tokenizer.tokenize() is cut() with running offsets in a generator; the same offsets
    # from lcut() and accumulate() cost 10% less.
    words = tk.lcut(text, HMM=hmm)
    return [Token(w, e - len(w), e) for w, e in zip(words, accumulate(map(len, words))) if not w.isspace()]


def pos_tag(text: str, *, hmm: bool = True) -> list[Token]:
    """Segment and tag ``text`` (jieba.posseg tags); slower than :func:`tokenize`, use on spans.

    The tags are jieba.posseg's, with one exception that bounds the time: posseg's HMM has no
    statistics for characters outside its table (mostly traditional forms such as 國 or 發), and
    on a run of them it weighs every one of its 256 states against every other, about 4 ms per
    character (250 characters a second). A word block (a run of Han characters, letters and
    digits) that holds such a character is therefore tagged from the dictionary alone, as with
    ``hmm=False``; every other block is tagged exactly as jieba.posseg tags it.

    >>> [(t.text, t.pos) for t in pos_tag("抓平台")]
    [('抓', 'v'), ('平台', 'n')]
    """
    check_text(text, "pos_tag")
    pieces: list[tuple[str, bool]] = [(text, hmm)]
    if hmm and _pos_unknown().search(text):
        pieces = []
        start = 0
        for m in _POS_BLOCK.finditer(text):
            if _pos_unknown().search(m.group()):
                pieces += [(text[start:m.start()], True), (m.group(), False)]
                start = m.end()
        pieces.append((text[start:], True))
    out = []
    pos = 0
    for piece, piece_hmm in pieces:
        if not piece:
            continue
        pairs = ((p.word, p.flag) for p in _get_pos().lcut(piece, HMM=True)) if piece_hmm else _tag_plain(piece)
        for w, flag in pairs:
            start = text.find(w, pos) if w else pos
            if start < 0:  # pragma: no cover - the tagger returns the text's own characters
                start = pos
            end = start + len(w)
            pos = end
            if w.strip():
                out.append(Token(w, start, end, flag))
    return out


_PLAIN_SKIP = re.compile(r"(\r\n|\s)")  # jieba.posseg's re_skip_internal
_PLAIN_ENG = re.compile("[a-zA-Z0-9]+")
_PLAIN_NUM = re.compile(r"[\.0-9]+")
_PLAIN_ENG1 = re.compile("^[a-zA-Z0-9]$")


def _tag_plain(text: str) -> list[tuple[str, str]]:
    """``jieba.posseg.POSTokenizer.lcut(text, HMM=False)`` as ``(word, tag)`` pairs, without
    importing jieba.posseg (whose import reads the main dictionary for the global tagger, ~0.3 s
    of a first call). The same steps, in the same order, on the shared tokenizer and
    :func:`word_tags`; checked equal to posseg on the corpus and on arbitrary text."""
    tk = get_tokenizer()
    tags = word_tags()
    out: list[tuple[str, str]] = []
    for blk in _POS_BLOCK_SPLIT.split(text):
        if _POS_BLOCK_SPLIT.match(blk):
            dag = tk.get_DAG(blk)
            route: dict = {}
            tk.calc(blk, dag, route)
            x, n, buf = 0, len(blk), ""
            while x < n:
                y = route[x][1] + 1
                word = blk[x:y]
                if _PLAIN_ENG1.match(word):
                    buf += word
                else:
                    if buf:
                        out.append((buf, "eng"))
                        buf = ""
                    out.append((word, tags.get(word, "x")))
                x = y
            if buf:
                out.append((buf, "eng"))
        else:
            for x in _PLAIN_SKIP.split(blk):
                if _PLAIN_SKIP.match(x):
                    out.append((x, "x"))
                else:
                    for xx in x:  # posseg tests the whole run for 'eng', each character for 'm'
                        out.append((xx, "m" if _PLAIN_NUM.match(xx) else "eng" if _PLAIN_ENG.match(x) else "x"))
    return out


# jieba.posseg cuts a text into word blocks with this pattern (re_han_internal) and tags each block
# on its own, so tagging block by block gives the same tags as tagging the whole text.
_POS_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+")
_POS_BLOCK_SPLIT = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")  # re_han_internal
_POS_UNKNOWN: re.Pattern | None = None


def _pos_unknown() -> re.Pattern:
    """A pattern matching the Han characters jieba.posseg's HMM has no statistics for."""
    global _POS_UNKNOWN
    if _POS_UNKNOWN is None:
        _import_jieba()
        from jieba.posseg.char_state_tab import P as known

        ranges = []
        run_start = None
        for code in range(0x4E00, 0x9FD6 + 1):
            unknown = code <= 0x9FD5 and chr(code) not in known
            if unknown and run_start is None:
                run_start = code
            elif not unknown and run_start is not None:
                ranges.append(f"\\u{run_start:04x}-\\u{code - 1:04x}" if code - 1 > run_start else f"\\u{run_start:04x}")
                run_start = None
        _POS_UNKNOWN = re.compile("[" + "".join(ranges) + "]")
    return _POS_UNKNOWN
