"""The scikit-learn side: KeywordExtractor and PolicyVectorizer follow the estimator contract.

parametrize_with_checks runs what applies to an estimator whose input is text: scikit-learn's
generic checks feed 2-D numeric arrays, so for a string-input estimator (input tag ``string``,
not ``two_d_array``) it yields only ``check_estimator_cloneable`` and skips the rest with a
SkipTestWarning. The API checks that need no numeric data run in tests/test_estimators.py; the
remaining parts of the contract (fit returns self, unfitted use raises, fit is idempotent,
pickling) are tested on text.
"""

import pickle
import warnings

import pytest

sklearn = pytest.importorskip("sklearn")

from sklearn.base import clone  # noqa: E402
from sklearn.exceptions import NotFittedError as SkNotFitted  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.utils import estimator_checks as ec  # noqa: E402

from policytext import KeywordExtractor, NotFittedError  # noqa: E402
from policytext.keywords import PolicyVectorizer, keyword_tokens  # noqa: E402

DOCS = [
    "加快发展数字经济，推进数字产业化和产业数字化。",
    "推动绿色低碳转型，推进碳达峰碳中和。",
    "培育新质生产力，建设国际科技创新中心。",
    "发展数字经济，培育新质生产力。",
]

with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=sklearn.exceptions.SkipTestWarning)
    _CHECKS = ec.parametrize_with_checks([PolicyVectorizer(), PolicyVectorizer(idf="policy")])


@_CHECKS
def test_sklearn_parametrize_with_checks(estimator, check):
    check(estimator)


def test_policy_vectorizer_contract():
    vec = PolicyVectorizer()
    with pytest.raises(SkNotFitted):
        vec.transform(DOCS)
    assert vec.fit(DOCS) is vec
    names = list(vec.get_feature_names_out())
    assert "数字经济" in names and "新质生产力" in names
    assert not {"推进", "加快", "发展"} & set(names)
    m1 = vec.transform(DOCS).toarray()
    m2 = clone(vec).fit(DOCS).transform(DOCS).toarray()
    assert (m1 == m2).all() and m1.shape == (4, len(names))
    again = pickle.loads(pickle.dumps(vec))
    assert (again.transform(DOCS).toarray() == m1).all()


def test_policy_vectorizer_policy_idf():
    from policytext.keywords import policy_idf

    vec = PolicyVectorizer(idf="policy").fit(DOCS)
    idf = dict(zip(vec.get_feature_names_out(), vec.idf_))
    table = policy_idf()
    assert idf["新质生产力"] == pytest.approx(table.idf("新质生产力"))
    assert idf["数字经济"] == pytest.approx(table.idf("数字经济"))
    # fitted on four texts the IDF would be ln(5/3) + 1 for both; the policy IDF tells them apart
    assert idf["新质生产力"] != idf["数字经济"]


def test_policy_vectorizer_bad_input():
    with pytest.raises(TypeError, match="got a single str"):
        PolicyVectorizer().fit("数字经济")
    with pytest.raises(ValueError, match="idf must be 'fit' or 'policy'"):
        PolicyVectorizer(idf="corpus").fit(DOCS)


def test_tfidf_vectorizer_with_module_level_tokenizer():
    vec = TfidfVectorizer(tokenizer=keyword_tokens, token_pattern=None, lowercase=False)
    X = vec.fit_transform(DOCS)
    assert X.shape[0] == 4 and "国际科技创新中心" in vec.vocabulary_
    pickle.loads(pickle.dumps(vec))


def test_keyword_extractor_contract():
    kx = KeywordExtractor(top_k=3)
    assert kx.get_params() == {"base": None, "method": "tfidf", "min_df": 1, "top_k": 3, "unit": "paragraph"}
    assert repr(kx) == "KeywordExtractor(top_k=3)"
    with pytest.raises(NotFittedError):
        kx.extract("数字经济")
    with pytest.raises(SkNotFitted):  # the same error is also scikit-learn's
        kx.transform(DOCS)
    assert kx.fit(DOCS) is kx
    assert kx.n_documents_ == 4 and kx.idf_.df["数字经济"] == 2
    c = clone(kx)
    assert not hasattr(c, "idf_") and c.get_params() == kx.get_params()
    lists = kx.transform(DOCS)
    assert {k.term for k in lists[1]} == {"绿色低碳转型", "碳达峰", "碳中和"}
    assert kx.fit(DOCS).transform(DOCS) == lists  # fit is idempotent
    with pytest.raises(ValueError, match="invalid parameter 'topk'"):
        kx.set_params(topk=2)


def test_keyword_extractor_base_policy_adds_the_shipped_counts():
    from policytext.keywords import policy_idf

    kx = KeywordExtractor(base="policy").fit(DOCS)
    assert kx.n_documents_ == policy_idf().n_documents + 4
    assert kx.idf_.df["数字经济"] == policy_idf().df["数字经济"] + 2


@pytest.mark.parametrize(
    "params,match",
    [
        pytest.param({"method": "lda"}, "method must be one of", id="method"),
        pytest.param({"base": "jieba"}, "base must be None or 'policy'", id="base"),
        pytest.param({"unit": "sentence"}, "unit must be 'paragraph' or 'document'", id="unit"),
    ],
)
def test_keyword_extractor_bad_params(params, match):
    with pytest.raises(ValueError, match=match):
        KeywordExtractor(**params).fit(DOCS)
