"""Pipeline.pipe(): many texts, in one process or a pool, same documents in the same order."""

import itertools

import pytest
from conftest import corpus_text

from policytext import Pipeline, add_words, analyze

CORPUS_DOCS = [
    "state-council/guohan-1996-95.txt",
    "state-council/guobanhan-2004-36.txt",
    "state-council/guofa-2018-43.txt",
    "state-council/guofa-1981-88.txt",
    "state-council/guofa-2018-44.txt",
    "state-council/guohan-2018-145.txt",
    "local/jingjingxinfa-2022-87.txt",
]
EDGE_TEXTS = ["", "  \n\u3000", "标题\n正文。", "\ufeff２０２４年增长５．２％。"]


def token_count(ctx):
    """A component that needs the shared tokens (module-level, so it pickles)."""
    return {"meta": {"tokens": [t.text for t in ctx.tokens]}}


def failing(ctx):
    if "坏" in ctx.text:
        raise ValueError(f"cannot analyse {ctx.text!r}")
    return {}


@pytest.fixture(scope="module")
def texts():
    return [corpus_text(rel) for rel in CORPUS_DOCS] + EDGE_TEXTS


def _dicts(docs):
    return [(d.text, d.to_dict()) for d in docs]


@pytest.mark.parametrize("batch_size", [None, 1, 3], ids=["by-chars", "one-per-batch", "three-per-batch"])
def test_two_processes_give_the_same_documents_in_order(texts, batch_size):
    nlp = Pipeline(extra={"tokens": token_count})
    expected = _dicts(nlp(t) for t in texts)
    assert _dicts(nlp.pipe(texts, n_process=2, batch_size=batch_size, start_method="fork")) == expected


def test_one_process_is_the_plain_loop(texts):
    assert _dicts(Pipeline().pipe(texts)) == _dicts(analyze(t) for t in texts)


def test_spawned_workers_get_the_parents_user_terms():
    add_words(["数链融通制"])
    nlp = Pipeline(extra={"tokens": token_count})
    texts = ["第一篇。", "第二篇。", "实行数链融通制。"]  # the first is analysed here, the others in workers
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1, start_method="spawn"))
    assert "数链融通制" in docs[2].meta["tokens"]
    assert _dicts(docs) == _dicts(nlp(t) for t in texts)


def test_forked_workers_accept_a_lambda_component():
    nlp = Pipeline(extra={"n": lambda ctx: {"meta": {"n": len(ctx.sentences)}}})
    docs = nlp.pipe(["一句。", "一句。两句。", "一。二。三。"], n_process=2, batch_size=1, start_method="fork")
    assert [d.meta["n"] for d in docs] == [1, 2, 3]


def test_spawn_needs_a_picklable_pipeline():
    nlp = Pipeline(extra={"n": lambda ctx: {}})
    with pytest.raises(TypeError, match="'spawn' start method .* must pickle: use module-level functions"):
        list(nlp.pipe(["一。", "二。"], n_process=2, start_method="spawn"))


def test_worker_error_reaches_the_caller():
    nlp = Pipeline(extra={"failing": failing})
    with pytest.raises(ValueError, match="cannot analyse '坏'"):
        list(nlp.pipe(["好。", "好。", "坏"], n_process=2, batch_size=1, start_method="fork"))


def test_input_is_read_lazily_and_an_early_stop_stops():
    pulled = []

    def source():
        for i in itertools.count():
            pulled.append(i)
            yield f"第{i}篇。"

    docs = Pipeline().pipe(source(), n_process=2, batch_size=2, start_method="fork")
    first = list(itertools.islice(docs, 3))
    docs.close()
    assert [d.text for d in first] == ["第0篇。", "第1篇。", "第2篇。"]
    # the first text is analysed here, then at most 2 * n_process batches of 2 are in flight
    assert len(pulled) <= 1 + 2 * 2 * 2 + 2


# -- bad arguments name what was given --
@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"n_process": 0}, ValueError, "n_process must be a positive int or -1 .every CPU., got 0"),
        ({"n_process": 1.5}, ValueError, "got 1.5"),
        ({"n_process": True}, ValueError, "got True"),
        ({"batch_size": 0}, ValueError, "batch_size must be a positive int or None, got 0"),
        ({"n_process": 2, "start_method": "threads"}, ValueError, "start_method must be one of .*got 'threads'"),
    ],
    ids=["n-process-zero", "n-process-float", "n-process-bool", "batch-size-zero", "unknown-start-method"],
)
def test_bad_arguments(kwargs, error, message):
    with pytest.raises(error, match=message):
        Pipeline().pipe(["一。", "二。"], **kwargs)  # at the call, not at the first document


def test_a_str_is_not_an_iterable_of_texts():
    with pytest.raises(TypeError, match="pipe\\(\\) expects an iterable of str, got a str"):
        Pipeline().pipe("一篇文章。")


@pytest.mark.parametrize("n_process", [1, 2], ids=["one-process", "two-processes"])
def test_a_non_str_text_is_named(n_process):
    with pytest.raises(TypeError, match="expects str, got bytes"):
        list(Pipeline().pipe(["一。", "二。", b"\xe4\xb8\x89"], n_process=n_process))
    with pytest.raises(TypeError, match="pipe\\(\\) text 3: analyze\\(\\) expects str, got bytes"):
        list(Pipeline().pipe(["一。", "二。", b"\xe4\xb8\x89"], n_process=2))
