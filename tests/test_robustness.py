"""Property tests: every public extractor and analyze() on arbitrary Unicode.

For any str (lone and escaped surrogates, control characters, emoji, mixed scripts, full-width
forms, invisible characters, policy phrases cut and glued at random):

- nothing is raised but the documented errors (``parse_number`` raises ``ValueError`` on text that
  is not a number; everything else raises nothing on a str);
- every record's offsets index the text given: ``text[start:end] == record.text`` (and a section's
  heading offsets give its heading);
- the result is the same on a second call.

Non-str input raises ``TypeError`` naming the type given. The extractors are found, not listed:
every public function of the extractor modules whose first parameter is ``text`` and whose other
parameters have defaults, so a new extractor is covered the day it lands. Examples per test come
from the Hypothesis profile (``HYPOTHESIS_PROFILE=thorough`` runs ten times as many).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEED, corpus_file
from hypothesis import given
from hypothesis import strategies as st

import policytext
from policytext import analyze

EXTRACTOR_MODULES = ["text", "tokenize", "quantities", "slogans", "keywords", "sections"]
# Documented errors on str input, by function name.
DOCUMENTED_ERRORS: dict[str, tuple[type[Exception], ...]] = {"parse_number": (ValueError,)}


def _text_functions():
    found = {}
    modules = [policytext] + [importlib.import_module(f"policytext.{m}") for m in EXTRACTOR_MODULES]
    for module in modules:
        for name in getattr(module, "__all__", ()):
            fn = getattr(module, name, None)
            if not inspect.isfunction(fn) or name in found:
                continue
            params = list(inspect.signature(fn).parameters.values())
            if not params or params[0].name != "text" or params[0].kind not in (
                    inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
                continue
            if all(p.default is not inspect.Parameter.empty or p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
                   for p in params[1:]):
                found[name] = fn
    return dict(sorted(found.items()))


FUNCTIONS = _text_functions()


def test_the_extractors_are_found():
    expected = {"analyze", "extract_quantities", "extract_parallels", "extract_abbreviations",
                "extract_quoted", "extract_titles", "extract_keywords", "parse_structure", "parse_number",
                "normalize", "split_sentences", "split_paragraphs", "cut", "tokenize", "pos_tag"}
    assert expected <= set(FUNCTIONS)


# -- the text strategy --------------------------------------------------------------------------
SPECIAL = list(
    "，。、；：？！“”‘’「」『』《》〈〉（）【】〔〕—…·％．－＋／０１２３４５６７８９ＡＺａｚ"
    "\u3000 \t\n\r\x00\x01\x07\x0b\x0c\x1b\x1c\x7f\x85\u2028\u2029"
    "\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\u202e\ufffd\ufe0f"
)
EMOJI = ["😀", "👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "\u2764\ufe0f", "🧧"]
SCRIPTS = ["абв", "مرحبا", "שלום", "한국어", "カタカナ", "ελληνικά", "𠀀𠀁𪚥", "e\u0301", "ﬁ", "Ⅻ", "①②⑩", "²³",
           "〇一二三万亿", "百分之五十", "两千", "ℳ", "\U000e0041"]
PHRASES = [
    "2024年，全市新设科技型企业11万家。", "增长5.2%", "2.97万家", "1,200亿元", "3—5个", "近3年",
    "抓平台、抓主体、抓转化", "“三医”联动", "“六链五群”", "《政府工作报告》", "一、总体要求\n（一）基本原则\n1.",
    "第一章 总则\n第一条", "国办发〔2018〕42号", "2024年3月5日", "习近平总书记指出：“发展是第一要务。”",
    "同比增长15.5％", "占比达到70%以上", "新质生产力", "百分之八十", "零点五个百分点",
]
_SEED_SENTENCES = [s for s in SEED.read_text(encoding="utf-8").splitlines() if s.strip()][:40]

pieces = st.one_of(
    st.text(st.characters(codec=None), max_size=8),  # anything, lone surrogates included
    st.sampled_from(SPECIAL),
    st.sampled_from(EMOJI + SCRIPTS),
    st.sampled_from(PHRASES + _SEED_SENTENCES),
    st.binary(max_size=8).map(lambda b: b.decode("utf-8", "surrogateescape")),  # escaped surrogates
    st.integers(min_value=0, max_value=10**12).map(str),
)
texts = st.lists(pieces, max_size=24).map("".join)


# -- the checks ---------------------------------------------------------------------------------
def check_offsets(text: str, value, where: str = "result") -> int:
    """Walk a result; every object with str ``text`` and int ``start``/``end`` must index ``text``."""
    seen = 0
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            seen += check_offsets(text, v, f"{where}[{i}]")
        return seen
    if isinstance(value, dict):
        for k, v in value.items():
            seen += check_offsets(text, v, f"{where}[{k!r}]")
        return seen
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return 0
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        assert 0 <= start <= end <= len(text), f"{where}: offsets {start}:{end} outside a text of {len(text)}"
        if isinstance(getattr(value, "text", None), str):
            assert text[start:end] == value.text, f"{where}: text[{start}:{end}] != {value.text!r}"
        seen += 1
    hs, he = getattr(value, "heading_start", None), getattr(value, "heading_end", None)
    if isinstance(hs, int) and isinstance(he, int):
        assert text[hs:he] == value.heading, f"{where}: text[{hs}:{he}] != heading {value.heading!r}"
    for f in dataclasses.fields(value):
        if f.name not in ("text", "original", "index"):
            seen += check_offsets(text, getattr(value, f.name), f"{where}.{f.name}")
    return seen


def _comparable(result):
    if hasattr(result, "to_dict"):
        result = result.to_dict()
    return json.dumps(result, default=repr, ensure_ascii=False, sort_keys=True) if not dataclasses.is_dataclass(
        result) else repr(result)


def run(fn, text):
    try:
        return fn(text)
    except DOCUMENTED_ERRORS.get(fn.__name__, ()):
        return None


@pytest.mark.parametrize("name", [n for n in FUNCTIONS if n != "analyze"])
@given(text=texts)
def test_extractor_on_any_text(name, text):
    fn = FUNCTIONS[name]
    result = run(fn, text)
    if name == "normalize":
        nt = result
        assert nt.original == text
        assert len(nt.index or nt.text) == len(nt.text)
        for i, j in enumerate(nt.index or range(len(nt.text))):
            assert normalize_char(text[j]) == nt.text[i]
        return
    check_offsets(text, result)
    assert _comparable(run(fn, text)) == _comparable(result), "not deterministic"


def normalize_char(c: str) -> str:
    return policytext.normalize(c).text


@given(text=texts)
def test_analyze_on_any_text(text):
    doc = analyze(text)
    assert doc.text == text
    check_offsets(text, [getattr(doc, f) for f in policytext.document.RECORD_FIELDS])
    assert check_offsets(text, doc.sentences) == len(doc.sentences)
    data = doc.to_dict()
    json.dumps(data, ensure_ascii=False)  # the contract is plain JSON
    assert json.dumps(analyze(text).to_dict(), ensure_ascii=False, default=repr) == json.dumps(
        data, ensure_ascii=False, default=repr), "not deterministic"


# -- non-str input: TypeError naming what was given ---------------------------------------------
@pytest.mark.parametrize("bad", [b"\xe6\x96\x87", None, 42, ["文本"]], ids=["bytes", "none", "int", "list"])
@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_non_str_input_is_a_type_error(name, bad):
    with pytest.raises(TypeError, match=f"got {type(bad).__name__}"):
        FUNCTIONS[name](bad)


# -- same results whatever the hash seed (set iteration order must not leak into results) -----------
def test_results_do_not_depend_on_the_hash_seed():
    paths = [str(SEED), str(corpus_file("state-council/guofa-2018-44.txt")),
             str(corpus_file("local/jingjingxinfa-2022-87.txt"))]
    code = (
        "import sys, policytext\n"
        "for p in sys.argv[1:]:\n"
        "    print(policytext.analyze(open(p, encoding='utf-8').read()).to_json())\n"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, *paths], env=env, cwd=ROOT, capture_output=True,
                             text=True, encoding="utf-8", check=True)
        outs.append(out.stdout)
    assert outs[0] == outs[1]
    assert outs[0].count("\n") == len(paths)


# -- the checker itself catches what it is for ------------------------------------------------------
@pytest.mark.parametrize(
    "record",
    [
        policytext.Span("增长", 1, 3),
        policytext.Span("增长", 0, 9),
        policytext.Section(start=0, end=4, level=1, number=1, heading="一、", heading_start=1, heading_end=3,
                           title=""),
        policytext.Parallel("增长5", 0, 3, "phrase", components=(policytext.Span("长", 0, 1),)),
    ],
    ids=["shifted", "past-the-end", "section-heading", "nested-component"],
)
def test_check_offsets_catches_bad_records(record):
    with pytest.raises(AssertionError):
        check_offsets("增长5%", [record])


# -- bugs caught ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "三、抓科技企业梯度培育,为新质生产力发展构建主体力量三、抓科技企业梯度培育,为新质生产力发展构建主体力量",
        "建设现代化产业体系。建设现代化产业体系",
    ],
    ids=["found-by-hypothesis", "phrase-at-the-end"],
)
def test_keywords_phrase_at_the_end_of_the_text(text):
    """keywords: a phrase candidate looked up past the last token raised IndexError."""
    from policytext import extract_keywords

    for kw in extract_keywords(text):
        assert kw.term and kw.count >= 1


ORDER_CODE = r"""
import sys, policytext
from policytext import add_words, extract_keywords
from policytext.tokenize import pos_tag
add_words(["双碳"])
if sys.argv[1] == "pos-first":
    pos_tag("抓平台")
text = "实现双碳目标。推进双碳工作。双碳战略引领绿色发展。" * 3
print([k.term for k in extract_keywords(text, top_k=5)], [t.pos for t in pos_tag("推进双碳")])
"""


def test_results_do_not_depend_on_what_ran_before():
    """tokenize: jieba.posseg emptied the shared tokenizer's user tags on the first pos_tag(), so
    keywords found a user's two-character term before any pos_tag() and lost it after (the
    first document of a process differed from the next)."""
    outs = [subprocess.run([sys.executable, "-c", ORDER_CODE, order], capture_output=True, text=True,
                           check=True).stdout for order in ("keywords-first", "pos-first")]
    assert outs[0] == outs[1]
    assert "'双碳'" in outs[0] and "['v', 'nz']" in outs[0]
