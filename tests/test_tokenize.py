import pickle
import threading

import pytest

from policytext import cut, tokenize
from policytext.tokenize import get_tokenizer, pos_tag


@pytest.mark.parametrize(
    "term",
    ["新质生产力", "专精特新", "国际科技创新中心", "概念验证平台", "六链五群"],
)
def test_policy_terms_segment_whole(term):
    assert term in cut(f"加快{term}发展")


def test_private_tokenizer_leaves_global_jieba_alone():
    import jieba

    get_tokenizer()
    assert get_tokenizer() is not jieba.dt


def test_tokens_index_the_text():
    text = "2024年，北京新设立科技型企业11万家。"
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert "".join(t.text for t in toks) == text.replace(" ", "")


def test_cut_pickles():
    assert pickle.loads(pickle.dumps(cut)) is cut


def test_pos_tag_offsets():
    text = "抓平台、抓主体"
    toks = pos_tag(text)
    assert [(t.text, t.pos) for t in toks][:2] == [("抓", "v"), ("平台", "n")]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_threads_share_one_tokenizer():
    seen = []
    barrier = threading.Barrier(8)

    def work():
        barrier.wait()
        seen.append(id(get_tokenizer()))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 1


def test_cut_rejects_bytes():
    with pytest.raises(TypeError, match="cut\\(\\) expects str, got bytes"):
        cut(b"abc")
