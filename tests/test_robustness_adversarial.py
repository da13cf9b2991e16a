"""Adversarial inputs: each finishes, and time grows linearly with the input.

Every case is a builder ``make(n) -> str`` of about ``n`` characters. Two tests per case:

- at the size the issue names (a 1 MB line without punctuation, 10⁵ digits, 10⁴ items joined by
  、, 10⁴ nested quotation marks ...), ``analyze()`` finishes and its records index the text;
- at a smaller size ``n`` and at ``4n``, every public extractor and ``analyze()`` take at most
  ``LINEAR_BOUND`` times as long on ``4n`` (linear gives 4, quadratic 16; the bound is generous
  because CI machines are shared). CPU time of this process is measured; a ratio over the bound is
  measured twice more before the test fails.
"""

from __future__ import annotations

import gc
import random
import time

import pytest
from test_robustness import FUNCTIONS, check_offsets

from policytext import analyze

LINEAR_BOUND = 8.0
SLACK = 0.05  # seconds: timer resolution and constant costs on tiny inputs
# pos_tag is for candidate spans, not whole texts (jieba.posseg runs at ~75k chars/s on policy text,
# ~25k on text made of rare characters): its ratio is measured on inputs ten times smaller.
SCALE = {"pos_tag": 0.1}
# Linear is not enough: 250 characters a second is linear too (jieba.posseg on rare characters, a
# bug caught). On every adversarial input each function keeps at least this throughput.
MIN_CHARS_PER_S = 10_000
MIN_CHARS_PER_S_SCALED = {"pos_tag": 3_000}

_rng = random.Random(8)
# Common Han characters in a fixed pseudo-random order: text without punctuation that jieba still
# has to segment (a repeated single character would be too easy).
_HAN = "".join(chr(c) for c in _rng.sample(range(0x4E00, 0x9FA5), 3000))
_WORDS = ["平台", "主体", "转化", "创新", "人才", "资金", "数据", "场景", "标准", "服务", "开放", "改革"]


def _han(n: int) -> str:
    return (_HAN * (n // len(_HAN) + 1))[:n]


def long_line(n):
    return _han(n)


def digits(n):
    return ("1234567890" * (n // 10 + 1))[:n]


def digit_groups(n):  # 1,234,567,... : thousands separators forever
    return "增长" + ",".join(["123"] * (n // 4)) + "元"


def enumeration(n):  # 抓平台、抓主体、... : 10⁴ items joined by 、
    items = [f"抓{_WORDS[i % len(_WORDS)]}" for i in range(n // 4)]
    return "、".join(items) + "。"


def numbered_enumeration(n):  # 一是…，二是…: a parallel that never ends
    return "，".join(f"{'一二三四五六七八九十'[i % 10]}是加强{_WORDS[i % len(_WORDS)]}" for i in range(n // 7)) + "。"


def nested_quotes(n):  # 10⁴ nested quotation marks
    k = n // 2
    return "“" * k + "发展" + "”" * k


def unclosed_quotes_and_titles(n):
    return "“《（【" * (n // 4)


def alternating_width(n):  # full width and half width in turn
    return ("１2３4，,。.（(）)％%Ａa　 " * (n // 20 + 1))[:n]


def bom_mid_text(n):  # BOM and zero-width characters inside words and numbers
    return ("增长\ufeff5.2%，新设\u200b企业1\ufeff1万家。" * (n // 20 + 1))[:n]


def only_whitespace(n):
    return (" \u3000\t\n\r\n\x0b\x0c\u2028" * (n // 9 + 1))[:n]


def newlines(n):
    return "\n" * n


def headings(n):  # a heading tree that only goes deeper
    levels = ["一、总体要求", "（一）基本原则", "1.坚持创新", "（1）加强平台"]
    return "\n".join(levels[i % 4] for i in range(n // 6))


def figures_in_one_sentence(n):
    return "，".join(f"{_WORDS[i % 12]}增长{i % 97}.{i % 10}%" for i in range(n // 10)) + "。"


# name: (builder, size the issue names, n for the ratio)
CASES = {
    "1MB-line-no-punctuation": (long_line, 1_000_000 // 3, 4_000),
    "1e5-digits": (digits, 100_000, 10_000),
    "thousands-separators": (digit_groups, 100_000, 8_000),
    "1e4-items-joined-by-dunhao": (enumeration, 40_000, 8_000),
    "numbered-enumeration": (numbered_enumeration, 70_000, 5_000),
    "1e4-nested-quotes": (nested_quotes, 20_000, 10_000),
    "unclosed-quotes-and-titles": (unclosed_quotes_and_titles, 40_000, 10_000),
    "alternating-width": (alternating_width, 100_000, 10_000),
    "bom-mid-text": (bom_mid_text, 100_000, 8_000),
    "only-whitespace": (only_whitespace, 100_000, 10_000),
    "only-newlines": (newlines, 100_000, 10_000),
    "deepening-headings": (headings, 60_000, 5_000),
    "figures-in-one-sentence": (figures_in_one_sentence, 60_000, 5_000),
}


def test_cases_have_the_sizes_the_issue_names():
    assert len(long_line(CASES["1MB-line-no-punctuation"][1]).encode("utf-8")) >= 999_999
    assert digits(100_000).isdigit() and len(digits(100_000)) == 100_000
    assert enumeration(40_000).count("、") == 9_999
    assert nested_quotes(20_000).count("“") == 10_000


@pytest.mark.parametrize("case", list(CASES))
def test_analyze_finishes_at_full_size(case):
    make, size, _ = CASES[case]
    text = make(size)
    doc = analyze(text)
    check_offsets(text, [doc.sentences, doc.quantities, doc.parallels, doc.abbreviations, doc.quoted,
                         doc.references, doc.sections, doc.responsibilities])


def _cpu_time(fn, text) -> float:
    # The collector is paused while timing: its passes depend on the whole heap (jieba's
    # dictionary), not on the input, and collecting before each run would cost more than the runs.
    gc.disable()
    try:
        t0 = time.process_time()
        try:
            fn(text)
        except ValueError:  # parse_number: documented, and it must fail fast too
            pass
        return time.process_time() - t0
    finally:
        gc.enable()


@pytest.mark.parametrize("name", list(FUNCTIONS))
@pytest.mark.parametrize("case", list(CASES))
def test_time_grows_linearly(case, name):
    make, _, n = CASES[case]
    n = int(n * SCALE.get(name, 1))
    fn = FUNCTIONS[name]
    _cpu_time(fn, "预热")  # load dictionaries and compile patterns outside the timing
    small_text, large_text = make(n), make(4 * n)
    small, large = _cpu_time(fn, small_text), _cpu_time(fn, large_text)
    for _ in range(2):  # a shared machine can stall one run: measure again before failing
        if large <= LINEAR_BOUND * small + SLACK:
            break
        small, large = max(small, _cpu_time(fn, small_text)), min(large, _cpu_time(fn, large_text))
    assert large <= LINEAR_BOUND * small + SLACK, (
        f"{name} on {case}: {large:.3f}s for {4 * n} chars vs {small:.3f}s for {n}: "
        f"{large / max(small, 1e-9):.1f}x for 4x the input"
    )
    floor = MIN_CHARS_PER_S_SCALED.get(name, MIN_CHARS_PER_S)
    assert len(large_text) / max(large, 1e-9) >= floor or large < SLACK, (
        f"{name} on {case}: {len(large_text) / large:,.0f} chars/s, below {floor:,}"
    )


# -- bugs caught ----------------------------------------------------------------------------------
def test_pos_tag_on_characters_posseg_does_not_know_is_fast_and_dictionary_tagged():
    """jieba.posseg's HMM took 4 ms per character on characters outside its table (國, 發)."""
    from policytext.tokenize import _get_pos, pos_tag

    traditional = "國家發展改革委員會對這個項目進行審查" * 40  # 720 characters
    t0 = time.process_time()
    tags = pos_tag(f"加强科技创新。{traditional}，推动高质量发展")
    assert time.process_time() - t0 < 1.0  # was 3 s
    reference = _get_pos()
    expected_known = [(p.word, p.flag) for p in reference.lcut("加强科技创新。", HMM=True)]
    expected_block = [(p.word, p.flag) for p in reference.lcut(traditional, HMM=False)]
    got = [(t.text, t.pos) for t in tags]
    assert got[: len(expected_known)] == expected_known
    assert got[len(expected_known): len(expected_known) + len(expected_block)] == expected_block


def test_heading_parallels_linear_in_sibling_headings():
    """slogans.heading_parallels recomputed the shared head of a growing run for every start:
    cubic in a long list of sibling headings (20,000 characters of headings took minutes)."""
    from policytext.slogans import extract_parallels

    def timed(n):
        text = "\n".join(f"（{i}）加强平台建设" for i in range(n))
        heads = [[policytext_span(text, m) for m in _line_starts(text)]]
        t0 = time.process_time()
        extract_parallels(text, headings=heads)
        return time.process_time() - t0

    small, large = timed(300), timed(1200)
    assert large <= LINEAR_BOUND * small + SLACK


def policytext_span(text, start):
    from policytext import Span

    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Span(text[start:end], start, end)


def _line_starts(text):
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


@pytest.mark.parametrize("fn_name", ["parse_number", "extract_quantities"])
def test_a_run_of_digits_is_read_in_linear_time(fn_name):
    """quantities: int(Decimal) is quadratic in the digits (10⁵ digits: 0.3 s, 10⁶: ~30 s). A number
    of more than 4,300 digits (Python's own int(str) limit) is not a figure."""
    fn = FUNCTIONS[fn_name]
    small, large = _cpu_time(fn, digits(25_000)), _cpu_time(fn, digits(100_000))
    assert large <= LINEAR_BOUND * small + SLACK
    if fn_name == "parse_number":
        with pytest.raises(ValueError, match="more than 4300 digits"):
            fn(digits(5_000))
        assert isinstance(fn(digits(4_300)), int)
    else:
        assert [q.value for q in fn(digits(5_000))] == [None]


@pytest.mark.parametrize(
    "make", [digits, lambda n: "1," * (n // 2), unclosed_quotes_and_titles, lambda n: "“" * n],
    ids=["digit-run", "separated-digits", "unclosed-marks", "only-opening-marks"],
)
def test_sentence_role_cues_take_linear_time(make):
    """sections: the role cues 'figure' (\\d[\\d.,]*...) and 'quoted' ([“"][^”"]{8,}[”"]) backtracked
    from every digit / every unclosed quotation mark to the end of the sentence: 20,000 digits in
    one sentence took minutes."""
    from policytext.sections.roles import sentence_cues

    small, large = _cpu_time(sentence_cues, make(5_000)), _cpu_time(sentence_cues, make(20_000))
    assert large <= LINEAR_BOUND * small + SLACK


@pytest.mark.parametrize(
    "sentence, cues",
    [
        ("研发投入增长8.3%。", {"change", "figure"}),
        ("完成.5%的目标。", {"figure"}),
        ("共1,200,000元。", {"figure"}),
        ("他说“要坚持稳中求进工作总基调”。", {"quoted"}),
        ("培育“小巨人企业414家,制造业“单项冠军”企业51家。", {"figure", "quoted"}),  # unbalanced marks
        ("“短”。", set()),
        ("12345678901234567890", set()),
    ],
    ids=["percent", "leading-point", "thousands", "quotation", "unbalanced-quotes", "short-quote", "bare-digits"],
)
def test_sentence_role_cues_still_find_what_they_found(sentence, cues):
    from policytext.sections.roles import sentence_cues

    assert cues <= sentence_cues(sentence)
    assert not ({"figure", "quoted"} - cues) & sentence_cues(sentence)
