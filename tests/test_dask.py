"""policytext.dask on a dask.distributed LocalCluster of two workers: same results as one process."""

import sys

import pytest
from conftest import corpus_text

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402

from policytext import Pipeline, add_words, analyze  # noqa: E402
from policytext.dask import analyze_bag, fit_idf_bag  # noqa: E402
from policytext.keywords import document_frequencies  # noqa: E402

DOCS = [
    "state-council/guohan-1996-95.txt",
    "state-council/guobanhan-2004-36.txt",
    "state-council/guofa-2018-43.txt",
    "state-council/guofa-1981-88.txt",
    "state-council/guofa-2018-44.txt",
    "local/jingjingxinfa-2022-87.txt",
]
EDGE = ["", "  \n", "标题\n正文。", "\ufeff２０２４年增长５．２％。"]


@pytest.fixture(scope="module")
def texts():
    return [corpus_text(rel) for rel in DOCS] + EDGE


@pytest.fixture(scope="module")
def client():
    """Two workers in this process (threads): the scheduler, serialisation and task graph are
    Dask's real ones, without the cost of starting worker processes."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0")
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def token_texts(ctx):
    return {"meta": {"tokens": [t.text for t in ctx.tokens]}}


def test_analyze_bag_equals_one_process(client, texts):
    bag = db.from_sequence(texts, npartitions=4)
    docs = analyze_bag(bag).compute()
    assert [d.text for d in docs] == texts
    assert [d.to_dict() for d in docs] == [analyze(t).to_dict() for t in texts]
    assert len(client.scheduler_info()["workers"]) == 2


def test_analyze_bag_dicts_and_a_custom_pipeline(client, texts):
    nlp = Pipeline(keywords=False, extra={"tokens": token_texts})
    bag = db.from_sequence(texts, npartitions=3)
    got = analyze_bag(bag, pipeline=nlp, output="dict").compute()
    assert got == [nlp(t).to_dict() for t in texts]
    assert all(d["keywords"] == [] for d in got)


def test_fit_idf_bag_equals_document_frequencies(client, texts):
    bag = db.from_sequence(texts, npartitions=4)
    for unit, min_df in [("paragraph", 1), ("paragraph", 2), ("document", 2)]:
        table = fit_idf_bag(bag, unit=unit, min_df=min_df).compute()
        expected = document_frequencies(texts, unit=unit, min_df=min_df)
        assert table == expected
        assert table.to_dict() == expected.to_dict()
    assert table.n_documents == len(texts) and len(table.df) > 20


def test_worker_processes_get_the_user_terms():
    """A worker process is a separate interpreter: the terms added here must reach it (one
    worker process is enough to show it, and starts in half the time of two)."""
    add_words(["数据要素流通制"])
    texts = ["推进数据要素流通制建设。", "第二篇。"]
    nlp = Pipeline(extra={"tokens": token_texts})
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster):
        docs = analyze_bag(db.from_sequence(texts, npartitions=2), pipeline=nlp).compute()
    assert "数据要素流通制" in docs[0].meta["tokens"]
    assert [d.to_dict() for d in docs] == [nlp(t).to_dict() for t in texts]


# -- bad arguments ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: analyze_bag(["文本"]), TypeError, "analyze_bag\\(\\) expects a dask.bag.Bag of str, got list"),
        (lambda: fit_idf_bag("文本"), TypeError, "fit_idf_bag\\(\\) expects a dask.bag.Bag of str, got str"),
        (lambda: analyze_bag(db.from_sequence(["文本"]), output="json"), ValueError, "got 'json'"),
        (lambda: analyze_bag(db.from_sequence(["文本"]), pipeline=analyze), TypeError, "got function"),
        (lambda: fit_idf_bag(db.from_sequence(["文本"]), unit="sentence"), ValueError, "got 'sentence'"),
        (lambda: fit_idf_bag(db.from_sequence(["文本"]), min_df=0), ValueError, "min_df must be a positive int"),
    ],
    ids=["analyze-list", "fit-str", "bad-output", "not-a-pipeline", "bad-unit", "bad-min-df"],
)
def test_bad_arguments(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_a_non_str_item_is_named():
    with pytest.raises(TypeError, match="analyze\\(\\) expects str, got int"):
        analyze_bag(db.from_sequence(["文本", 3])).compute(scheduler="sync")


def test_missing_dask_gives_the_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install 'policytext\[dask\]'"):
        analyze_bag(object())
