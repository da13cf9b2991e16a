"""The optional rjieba backend behind cut()/tokenize(): same interface, jieba the reference.

rjieba (jieba-rs) must segment exactly like jieba with the HMM off, on real documents and on
arbitrary Unicode, with the same user dictionaries.
"""

import os
import subprocess
import sys

import pytest
from conftest import corpus_text
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.tokenize import (
    BACKENDS,
    _user_state,
    add_words,
    cut,
    get_backend,
    set_backend,
    tokenize,
)

pytest.importorskip("rjieba")


def _triples(tokens):
    return [(t.text, t.start, t.end) for t in tokens]


# -- corpus documents: one of each kind, short enough for jieba to cut in well under a second --
@pytest.mark.parametrize(
    "rel",
    [
        "state-council/guofa-2018-44.txt",
        "local/jingjingxinfa-2022-87.txt",
        "gwr-provincial/2025-hainan.txt",
    ],
    ids=["state-council", "local", "provincial-report"],
)
def test_rjieba_equals_jieba_without_hmm_on_corpus(rel):
    text = corpus_text(rel)
    assert _triples(tokenize(text, hmm=False, backend="rjieba")) == _triples(tokenize(text, hmm=False, backend="jieba"))
    assert cut(text, hmm=False, backend="rjieba") == cut(text, hmm=False, backend="jieba")


# -- arbitrary text, including what jieba-rs cannot take as is (lone surrogates) --
_ALPHABET = st.one_of(
    st.characters(codec=None),
    st.sampled_from(list("发展新质生产力，。、１２３ａ 　\n\t2024-年%.·“”")),
)


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_rjieba_equals_jieba_without_hmm_on_any_text(text):
    assert _triples(tokenize(text, hmm=False, backend="rjieba")) == _triples(tokenize(text, hmm=False, backend="jieba"))
    assert cut(text, hmm=False, backend="rjieba") == cut(text, hmm=False, backend="jieba")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("\ud800发展", [("\ud800", 0, 1), ("发展", 1, 3)], id="lone-surrogate-kept-as-is"),
        pytest.param("新质生产力", [("新质生产力", 0, 5)], id="policy-dictionary-loaded"),
        pytest.param("", [], id="empty"),
        pytest.param(" \u3000\n", [], id="only-whitespace"),
    ],
)
def test_rjieba_cases(text, expected):
    assert _triples(tokenize(text, backend="rjieba")) == expected


# -- with the HMM on, the two differ only on runs of digits and hyphens (documented) --
def test_rjieba_hmm_difference_is_the_documented_one():
    text = "颁布实施2011-2020年规划"
    assert cut(text, backend="jieba") == ["颁布实施", "2011", "-", "2020", "年", "规划"]
    assert cut(text, backend="rjieba") == ["颁布实施", "2011-2020", "年", "规划"]


def test_add_words_reaches_both_backends():
    add_words(["数智赋能联合体"])
    assert "数智赋能联合体" in cut("打造数智赋能联合体", backend="jieba")
    assert "数智赋能联合体" in cut("打造数智赋能联合体", backend="rjieba")


def test_user_state_replays_in_a_fresh_process():
    add_words(["链长负责制"])
    state = _user_state()
    code = (
        "import pickle, sys\n"
        "from policytext.tokenize import _restore_user_state, cut, get_backend\n"
        "_restore_user_state(pickle.loads(sys.stdin.buffer.read()))\n"
        "print(get_backend(), '链长负责制' in cut('实行链长负责制'))"
    )
    import pickle

    out = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(state), capture_output=True, check=True)
    assert out.stdout.decode().split() == [get_backend(), "True"]


# -- choosing the backend --
def test_set_backend_switches_and_back():
    assert get_backend() == "jieba"
    try:
        set_backend("rjieba")
        assert get_backend() == "rjieba"
        assert cut("2011-2020年") == ["2011-2020", "年"]
    finally:
        set_backend("jieba")
    assert cut("2011-2020年") == ["2011", "-", "2020", "年"]


@pytest.mark.parametrize("bad", ["pkuseg", "", None, "JIEBA"], ids=["unknown", "empty", "none", "wrong-case"])
def test_bad_backend_names_what_was_given(bad):
    with pytest.raises(ValueError, match=f"tokenizer backend must be one of 'jieba', 'rjieba', got {bad!r}"):
        set_backend(bad)
    with pytest.raises(ValueError, match="got"):
        cut("文本", backend=bad if bad is not None else "none")


@pytest.mark.parametrize(
    "value, expected",
    [("rjieba", "rjieba"), ("", "jieba"), ("pkuseg", "POLICYTEXT_TOKENIZER='pkuseg' is not a tokenizer backend")],
    ids=["rjieba", "unset", "invalid"],
)
def test_environment_variable_chooses_the_backend(value, expected):
    env = {**os.environ, "POLICYTEXT_TOKENIZER": value}
    code = "from policytext.tokenize import get_backend; print(get_backend())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert expected in (out.stdout + out.stderr)


def test_backends_constant():
    assert BACKENDS == ("jieba", "rjieba")

