"""Text layer: normalisation with an offset map, paragraphs and sentences.

Normalisation folds full-width ASCII (０-９, Ａ-Ｚ, ，；：（）…) to half-width and the ideographic
space U+3000 to a space, one character for one, and drops invisible characters (BOM, zero-width
space/joiners, word joiner, soft hyphen). Dropping changes lengths, so a :class:`NormalizedText`
keeps a map from every normalised index back to the original string. Extractors work on the
normalised text and report offsets into the original, so ``original[start:end] == record.text``
always holds.

>>> nt = normalize("\\ufeff增长１５．５％")
>>> nt.text
'增长15.5%'
>>> start, end = nt.to_original(2, 7)
>>> nt.original[start:end]
'１５．５％'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from .records import Span

__all__ = [
    "INVISIBLE",
    "NormalizedText",
    "check_text",
    "normalize",
    "split_paragraphs",
    "split_sentences",
]

#: Characters removed by :func:`normalize`: BOM, zero-width space / non-joiner / joiner,
#: word joiner, soft hyphen, left-to-right / right-to-left marks.
INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f")

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD_TABLE = str.maketrans({chr(k): chr(v) for k, v in _FOLD.items()})
# str.translate looks every character up in a dict; a regex that stops only at the few full-width
# characters (about 5% of a policy text) is 2-3 times faster. Both are linear.
_FOLD_CHARS = {chr(k): chr(v) for k, v in _FOLD.items()}
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]+")

# Sentence-final punctuation (after folding, so ！？； arrive as !?;).
SENTENCE_END = frozenset("。!?;")
# Closing marks that stay with the sentence they follow (。” stays together).
CLOSERS = frozenset("”’」』)]》〉】〕\"'")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")


def _char_class(chars: frozenset[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


_LINE_BREAK_RE = re.compile("\r\n|[" + _char_class(_LINE_BREAKS) + "]")
# What the sentence cutter has to look at: quotation marks and sentence ends; all else is skipped.
_CUT_POINT_RE = re.compile("[“”" + _char_class(SENTENCE_END) + "]")
# Closing marks and further sentence ends that stay with the sentence just ended (。”  ?!).
_CUT_TAIL_RE = re.compile("[" + _char_class(CLOSERS | SENTENCE_END) + "]*")


def _fold(match: re.Match) -> str:
    return _FOLD_CHARS[match.group()]


def check_text(text: object, func: str) -> str:
    """Return ``text`` if it is a ``str``, else raise ``TypeError`` naming what was given.

    >>> check_text(b"abc", "analyze")
    Traceback (most recent call last):
    ...
    TypeError: analyze() expects str, got bytes; decode it first (policytext.read_text reads files)
    """
    if isinstance(text, str):
        return text
    hint = "; decode it first (policytext.read_text reads files)" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{func}() expects str, got {type(text).__name__}{hint}")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text with the map back to the original.

    Attributes:
        original: the text as given.
        text: the normalised text.
        index: ``index[i]`` is the position in ``original`` of normalised character ``i``;
            ``None`` when nothing was dropped (the map is then the identity).
    """

    original: str
    text: str
    index: tuple[int, ...] | None = None

    def __len__(self) -> int:
        return len(self.text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text to the original text."""
        if self.index is None:
            return start, end
        if start >= end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of the original text for a normalised ``[start, end)``."""
        s, e = self.to_original(start, end)
        return Span(self.original[s:e], s, e)


def normalize(text: str) -> NormalizedText:
    """Fold full-width characters and drop invisible ones, keeping an offset map.

    >>> normalize("（一）加大\\u200b力度").text
    '(一)加大力度'
    """
    check_text(text, "normalize")
    folded = _FULL_WIDTH.sub(_fold, text)
    if _INVISIBLE_RE.search(folded) is None:
        return NormalizedText(text, folded, None)
    kept = []  # [start, end) runs of kept characters, between runs of invisible ones
    pos = 0
    for m in _INVISIBLE_RE.finditer(folded):
        kept.append(range(pos, m.start()))
        pos = m.end()
    kept.append(range(pos, len(folded)))
    return NormalizedText(text, _INVISIBLE_RE.sub("", folded), tuple(chain.from_iterable(kept)))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line, line-break characters excluded."""
    start = 0
    for m in _LINE_BREAK_RE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraphs(text: str) -> list[Span]:
    """Split a text into paragraphs: non-blank lines, surrounding whitespace excluded.

    >>> [p.text for p in split_paragraphs("一、总体要求\\r\\n\\n\\u3000\\u3000坚持稳中求进。\\n")]
    ['一、总体要求', '坚持稳中求进。']
    """
    check_text(text, "split_paragraphs")
    out = []
    for s, e in _lines(text):
        s, e = _strip(text, s, e)
        if s < e:
            out.append(Span(text[s:e], s, e))
    return out


def _cut_line(text: str, start: int, end: int, respect_quotes: bool) -> list[tuple[int, int]]:
    cuts = []
    depth = 0
    i = seg = start
    find = _CUT_POINT_RE.search
    tail = _CUT_TAIL_RE.match
    while (m := find(text, i, end)) is not None:
        i = m.start()
        c = text[i]
        if c == "“":
            depth += 1
            i += 1
            continue
        if c == "”":
            if depth:
                depth -= 1
                if not depth and i > start and text[i - 1] in SENTENCE_END:
                    # 。” closes a quoted sentence: the sentence ends after the closing marks
                    seg_end = tail(text, i + 1, end).end()
                    cuts.append((seg, seg_end))
                    seg = i = seg_end
                    continue
            i += 1
            continue
        if respect_quotes and depth:  # a sentence end inside a quotation
            i += 1
            continue
        seg_end = tail(text, i + 1, end).end()
        cuts.append((seg, seg_end))
        seg = i = seg_end
    if seg < end:
        cuts.append((seg, end))
    if respect_quotes and depth:
        return _cut_line(text, start, end, False)
    return cuts


def split_sentences(text: str, *, normalized: NormalizedText | None = None) -> list[Span]:
    """Split a text into sentences, with offsets into ``text``.

    A sentence ends at 。！？；!?; (a closing quotation mark or bracket right after stays with it)
    and at every line end. Sentence-final punctuation inside a quotation that closes on the same
    line does not end the sentence, so a quoted passage stays with the words that introduce it.
    Ellipses (……) do not end a sentence. Whitespace around a sentence is left out.

    Args:
        text: the original text.
        normalized: its :func:`normalize` result, if already computed.

    >>> [s.text for s in split_sentences("他指出：“要稳。要进。”我们照办；\\n一、总体要求")]
    ['他指出：“要稳。要进。”', '我们照办；', '一、总体要求']
    """
    check_text(text, "split_sentences")
    nt = normalized if normalized is not None else normalize(text)
    t = nt.text
    out = []
    for ls, le in _lines(t):
        for s, e in _cut_line(t, ls, le, True):
            s, e = _strip(t, s, e)
            if s < e:
                out.append(nt.span(s, e))
    return out
