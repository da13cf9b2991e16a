"""Every policytext estimator honours the scikit-learn contract (one table, one set of checks).

For an estimator whose input is text (input tag ``string``, not ``two_d_array``)
``parametrize_with_checks`` yields only the checks that need no numeric data and warns that it
skips the rest; the API checks below are run one by one. The other parts of the contract (fit
returns self, unfitted use raises, clone, persistence) are tested on text in each module's tests.
"""

import warnings

import pytest

sklearn = pytest.importorskip("sklearn")
from sklearn.exceptions import SkipTestWarning  # noqa: E402
from sklearn.utils import estimator_checks as ec  # noqa: E402

from policytext import KeywordExtractor  # noqa: E402
from policytext.keywords import PolicyVectorizer  # noqa: E402
from policytext.sections import RoleClassifier, SectionClassifier  # noqa: E402

CLASSIFIERS = [RoleClassifier(), SectionClassifier()]
OURS = [*CLASSIFIERS, KeywordExtractor()]  # the contract from policytext._estimator
TAGGED = [*CLASSIFIERS, PolicyVectorizer()]  # those that declare scikit-learn tags
ESTIMATORS = [*OURS, PolicyVectorizer()]

with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=SkipTestWarning)
    _CHECKS = ec.parametrize_with_checks(CLASSIFIERS)


@_CHECKS
def test_sklearn_parametrize_with_checks(estimator, check):
    check(estimator)


TAG_CHECKS = [ec.check_estimator_tags_renamed, ec.check_valid_tag_types]
API_CHECKS = [
    ec.check_estimator_repr,
    ec.check_no_attributes_set_in_init,
    ec.check_do_not_raise_errors_in_init_or_set_params,
    ec.check_parameters_default_constructible,
    ec.check_get_params_invariance,
    ec.check_set_params,
    ec.check_mixin_order,
]


@pytest.mark.parametrize("estimator", ESTIMATORS, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("check", API_CHECKS, ids=lambda c: c.__name__)
def test_sklearn_api_checks(check, estimator):
    check(type(estimator).__name__, estimator)


@pytest.mark.parametrize("estimator", TAGGED, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("check", TAG_CHECKS, ids=lambda c: c.__name__)
def test_sklearn_tag_checks(check, estimator):
    check(type(estimator).__name__, estimator)


@pytest.mark.parametrize("estimator", OURS, ids=lambda e: type(e).__name__)
def test_repr_shows_changed_arguments_and_unknown_ones_are_refused(estimator):
    name = type(estimator).__name__
    params = estimator.get_params()
    assert repr(estimator) == f"{name}()"
    with pytest.raises(ValueError, match=f"invalid parameter 'no_such' for {name}"):
        estimator.set_params(no_such=1)
    assert sklearn.base.clone(estimator).get_params() == params
