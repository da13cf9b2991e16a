"""Property tests: on any text the slogans extractors return records that index the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policytext import extract_abbreviations, extract_parallels, extract_quoted, extract_titles

# characters the extractors react to: formula words, numerals, separators, quotation marks,
# full-width punctuation (normalised), invisible characters (dropped), line breaks
ALPHABET = list("抓平台主体转化新模式有基础能力于得最为更加三大工程两个医疗保药六链五群一总多专稳增长促改革"
                "、，,。；;：:“”‘’「」《》（）()\u200b\ufeff\u3000 \n\r——是指即就是习近平总书记指出强调企业")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_records_index_the_text(text):
    for p in extract_parallels(text):
        assert text[p.start:p.end] == p.text
        assert p.level in {"phrase", "sentence", "heading"} and len(p.components) >= 2
        for c in p.components:
            assert text[c.start:c.end] == c.text and p.start <= c.start <= c.end <= p.end
    for a in extract_abbreviations(text):
        assert text[a.start:a.end] == a.text
        assert a.count is None or a.count >= 2
    for q in extract_quoted(text):
        assert text[q.start:q.end] == q.text and q.kind in {"quote", "catchphrase", "name"}
        assert (q.speaker is not None) <= (q.kind == "quote")
    for r in extract_titles(text):
        assert text[r.start:r.end] == r.text
