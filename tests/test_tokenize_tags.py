"""pos_tag(hmm=False) tags without jieba.posseg: the same tags as posseg, a faster first call."""

import subprocess
import sys

from conftest import corpus_text
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
