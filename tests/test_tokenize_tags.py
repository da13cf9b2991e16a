"""pos_tag(hmm=False) tags without jieba.posseg: the same tags as posseg, a faster first call."""

import subprocess
import sys

from conftest import corpus_text
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_ALPHABET = st.one_of(
    st.characters(codec=None),
    st.sampled_from(list("发展新质生产力，。、１２３ａ 　\n\t\r2024-年%.·“”abC3+#&_")),
)


def _posseg_reference():
    import sys as _sys

    from policytext.tokenize import _import_jieba, get_tokenizer, word_tags

    jieba = _import_jieba(posseg=True)
    ref = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    ref.tokenizer = get_tokenizer()
    ref.word_tag_tab = dict(word_tags())  # the table posseg reads, user tags included
    ref.makesure_userdict_loaded = lambda: None
    assert "jieba.posseg" in _sys.modules
    return ref


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_plain_tagging_equals_posseg_without_hmm(text):
    from policytext.tokenize import _tag_plain

    ref = _posseg_reference()
    assert _tag_plain(text) == [(p.word, p.flag) for p in ref.lcut(text, HMM=False)]


def test_plain_tagging_equals_posseg_on_a_corpus_document():
    from policytext.tokenize import _tag_plain

    text = corpus_text("gwr-provincial/2025-hainan.txt")
    ref = _posseg_reference()
    assert _tag_plain(text) == [(p.word, p.flag) for p in ref.lcut(text, HMM=False)]


def test_first_pos_tag_without_hmm_does_not_import_posseg():
    code = ("import sys, policytext.tokenize as _\nfrom policytext.tokenize import pos_tag\n"
            "print(pos_tag('抓平台', hmm=False)[1].pos, 'jieba.posseg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["n", "False"]


# --- one tag table, two views (issue 8: keywords kept a second 50 MB copy of the main tags) ---

def _main_dictionary_tags():
    """jieba's main dictionary read independently, as keywords used to read it."""
    from policytext.tokenize import get_tokenizer

    with get_tokenizer().get_dict_file() as fh:
        parts = fh.read().decode("utf-8").split()
    return dict(zip(parts[0::3], parts[2::3]))


def test_main_view_is_exactly_the_main_dictionary():
    from policytext.tokenize import word_tags

    view, ref = word_tags(user=False), _main_dictionary_tags()
    assert len(view) == len(ref) == 349045
    assert dict(view.items()) == ref


def test_main_view_shares_the_table_instead_of_copying_it():
    from policytext.keywords.candidates import _dictionary_tags
    from policytext.tokenize import word_tags

    assert _dictionary_tags() is word_tags(user=False)
    assert word_tags(user=False)._tags is word_tags()


VIEW_CASES = [  # (word, tag with user dictionaries, tag in the main dictionary alone)
    pytest.param("平台", "n", "n", id="main-dictionary-word"),
    pytest.param("新质生产力", "nz", None, id="policy-dictionary-term"),
    pytest.param("并不存在的词语", None, None, id="in-no-dictionary"),
]


@pytest.mark.parametrize(("word", "merged", "main"), VIEW_CASES)
def test_views(word, merged, main):
    from policytext.tokenize import word_tags

    assert word_tags().get(word) == merged
    assert word_tags(user=False).get(word) == main
    assert (word in word_tags(user=False)) is (main is not None)
    if main is None:
        with pytest.raises(KeyError):
            word_tags(user=False)[word]


def test_add_words_changes_the_user_view_only():
    code = (
        "from policytext.tokenize import add_words, word_tags\n"
        "before = word_tags(user=False)['平台'], '拨投联动' in word_tags(user=False)\n"
        "add_words(['拨投联动'])\n"
        "add_words(['平台'], tag='vn')\n"
        "m, u = word_tags(user=False), word_tags()\n"
        "print(*before, m['平台'], u['平台'], '拨投联动' in m, u['拨投联动'], len(m) == 349045)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["n", "False", "n", "vn", "False", "nz", "True"]


DICT_LINES = [  # (dictionary text, the bad line number or None)
    pytest.param("平台 100 n\n新质 3 a\n", None, id="well-formed"),
    pytest.param("平台 100 n\n\n新质 3 a", None, id="blank-line-and-no-final-newline"),
    pytest.param("平台 100 n\n新质 3\n", 2, id="tag-missing"),
    pytest.param("平台 100 n x\n", 1, id="extra-field"),
]


@pytest.mark.parametrize(("data", "bad"), DICT_LINES)
def test_a_malformed_dictionary_line_is_named(data, bad):
    from policytext.errors import DataFileError
    from policytext.tokenize import _check_dict_lines

    if bad is None:
        _check_dict_lines(data)
    else:
        with pytest.raises(DataFileError, match=f"jieba dictionary line {bad} is not 'word freq tag'"):
            _check_dict_lines(data)
