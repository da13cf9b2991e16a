"""Word lists that decide what can be a keyword: function words, generic verbs, stop words.

The lists are plain files in ``policytext/data/`` (``function_words.txt``, ``generic_verbs.txt``,
``stopwords.txt``, and ``admin_divisions.txt``: the names of administrative divisions, which are
a document's setting rather than its topic), so a user can read and extend them. Besides the lists, a keyword candidate must
look like a term: at least two characters, made of Chinese characters (Latin letters allowed in
mixed terms such as RISC-V 处理器 are not split out), no digits, and, for a word in jieba's
dictionary, a nominal part of speech.

>>> is_candidate("新质生产力"), is_candidate("提高"), is_candidate("2024"), is_candidate("的")
(True, False, False, False)
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..data import read_lines
from ..text import check_text

__all__ = [
    "ADMIN_DIVISIONS_FILE",
    "FUNCTION_WORDS_FILE",
    "GENERIC_VERBS_FILE",
    "STOPWORDS_FILE",
    "function_words",
    "generic_verbs",
    "is_candidate",
    "places",
    "quoted_terms",
    "stopwords",
]

ADMIN_DIVISIONS_FILE = "admin_divisions.txt"
FUNCTION_WORDS_FILE = "function_words.txt"
GENERIC_VERBS_FILE = "generic_verbs.txt"
STOPWORDS_FILE = "stopwords.txt"

# Named fragments of the shapes that are not terms.
_HAN = r"\p{Han}"
_LATIN = r"[A-Za-z][A-Za-z\-]*"
_NUMERAL = r"[0-9零一二三四五六七八九十百千万亿两〇]+"
_COUNTER = r"[年月日号个项家次批条件届%]"
# A term is Chinese characters, optionally with Latin letters (5G, RISC-V are not terms alone).
_TERM = regex.compile(rf"^(?:{_LATIN})?{_HAN}[{_HAN}A-Za-z\-]*$")
# A numeral with at most one counter (十年, 三项, 2024年) or an enumerator (一是, 第三).
_NUMBER = regex.compile(rf"^(?:第?{_NUMERAL}{_COUNTER}?|{_NUMERAL}是)$")
# A coinage in quotation marks: two to eight Chinese characters (“十四五”, “小巨人”, 「两新」).
_OPEN, _CLOSE = "[“「]", "[”」]"
MAX_QUOTED_CHARS = 8
_QUOTED = regex.compile(rf"{_OPEN}({_HAN}{{2,{MAX_QUOTED_CHARS}}}){_CLOSE}")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Function words and adverbials (``data/function_words.txt``).

    >>> "的" in function_words() and "进一步" in function_words()
    True
    """
    return frozenset(read_lines(FUNCTION_WORDS_FILE))


@lru_cache(maxsize=1)
def generic_verbs() -> frozenset[str]:
    """Generic policy verbs such as 提高, 推进, 加强 (``data/generic_verbs.txt``).

    >>> sorted({"提高", "推进", "加强"} & generic_verbs())
    ['加强', '推进', '提高']
    """
    return frozenset(read_lines(GENERIC_VERBS_FILE))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Names of the country and its provincial- and prefecture-level divisions, full and short
    (``data/admin_divisions.txt``).

    >>> {"北京", "北京市", "广西", "阳江"} <= places(), "中关村" in places()
    (True, False)
    """
    return frozenset(read_lines(ADMIN_DIVISIONS_FILE))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Every word that is never a keyword on its own: the four lists together.

    >>> {"工作", "的", "推进", "北京"} <= stopwords()
    True
    """
    return frozenset(read_lines(STOPWORDS_FILE)) | function_words() | generic_verbs() | places()


def quoted_terms(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of what the text puts in quotation marks when it looks like a
    coined term: two to eight Chinese characters, not a stop word, function word, generic verb or
    place name. Numerals are allowed (“十四五”, “两新”), unlike in :func:`is_candidate`.

    >>> quoted_terms("抢抓“两重”“两新”政策，推进“十四五”规划和“发展”“阀、管”改造")
    [(3, 5, '两重'), (7, 9, '两新'), (16, 19, '十四五')]
    """
    check_text(text, "quoted_terms")
    stop = stopwords()
    return [(m.start(1), m.end(1), m.group(1)) for m in _QUOTED.finditer(text) if m.group(1) not in stop]


def is_candidate(term: str) -> bool:
    """Whether ``term`` may be a keyword: a word of two or more characters, Chinese, no digits,
    not a stop word, function word, generic verb or place name.

    Part of speech is checked separately (:func:`policytext.keywords.extract.nominal`), because
    it needs jieba's dictionary.

    >>> [w for w in ["科技创新", "我们", "2024年", "三是", "A", "加快"] if is_candidate(w)]
    ['科技创新']
    """
    if len(term) < 2 or term in stopwords():
        return False
    if not _TERM.match(term):
        return False
    return not _NUMBER.match(term)
