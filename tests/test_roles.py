"""Sentence roles: corpus sentences outside the seed, the rule baseline, the discourse rules, and
the RoleClassifier estimator contract.

The corpus sentences below are not in training/roles.tsv (checked when they were picked); their
roles were judged by reading them in their documents.
"""

import json
import pickle

import pytest

from conftest import corpus_text
from policytext import analyze
from policytext.errors import ModelError
from policytext.sections import (
    ROLES,
    RoleClassifier,
    SentenceContext,
    classify_sentences,
    load_role_model,
    role_features,
    rule_role,
    sentence_contexts,
    sentence_cues,
)
from policytext.sections.roles import final_role

# -- corpus sentences, in their documents --------------------------------------------------------

CORPUS = [
    # national work report 2024: review (achievement, measure), background, tasks (plan)
    pytest.param("gwr-national/2024.txt", "现代化基础设施建设不断加强。", "achievement", id="gwr-review-lead-achievement",
                 marks=pytest.mark.xfail(strict=True, reason="known miss since the character features (issue 6, "
                                         "second pass): 加强 weighs for measure; the review-lead sentences around "
                                         "it are right")),
    pytest.param("gwr-national/2024.txt", "财政政策加力提效，加强重点领域支出保障，全年新增税费优惠超过2.2万亿元",
                 "measure", id="gwr-review-action-with-outputs-measure"),
    pytest.param("gwr-national/2024.txt", "从国内看，经历三年新冠疫情冲击", "background", id="gwr-difficulties-background"),
    pytest.param("gwr-national/2024.txt", "实施积极应对人口老龄化国家战略。", "plan", id="gwr-task-plan"),
    pytest.param("gwr-national/2024.txt", "粮食产量1.3万亿斤以上；", "plan", id="gwr-target-plan"),
    # A directive that assigns tasks (若干意见): what it orders is a plan (the convention of the
    # independent gold sets); one that lays down rules in force (两个规定的通知): a measure
    pytest.param("state-council/guofa-2019-3.txt", "允许综合保税区内加工制造企业利用剩余产能承接境内区外委托加工。",
                 "plan", id="opinion-task-plan"),
    pytest.param("state-council/guobanfa-2018-124.txt", "不符合《划拨用地目录》的，应当依法实行有偿使用。",
                 "measure", id="regulation-provision-measure"),
    pytest.param("state-council/guofa-2019-3.txt", "（三）坚持创新驱动，转型升级。", "other", id="directive-run-in-heading-other"),
    pytest.param("state-council/guofa-2019-3.txt", "（发展改革委、海关总署负责）", "other", id="directive-responsibility-tag-other"),
    # congress report: principles are background, the programme is plan
    pytest.param("congress/2022-20th.txt", "人民健康是民族昌盛和国家强盛的重要标志。", "background", id="congress-principle-background"),
    pytest.param("congress/2022-20th.txt", "深化农村土地制度改革，赋予农民更加充分的财产权益。", "plan", id="congress-programme-plan"),
    pytest.param("congress/1973-10th.txt", "马克思指出：“最强大的一种生产力是革命阶级本身”。", "quote", id="congress-quote"),
    # provincial work report and local directive
    pytest.param("gwr-provincial/2025-zhejiang.txt", "新建新能源汽车公共充电桩2万个以上，其中农村1万个以上。", "plan",
                 id="provincial-task-target-plan"),
    pytest.param("local/wanzhengbanmi-2021-82.txt", "组建安徽省工业互联网专家咨询委员会", "plan", id="local-action-plan-task-plan"),
    pytest.param("local/wanzhengbanmi-2021-82.txt", "专栏7", "other", id="local-box-title-other"),
    # second pass: quotations over several lines, items of a list, legal purpose and definitions
    pytest.param("congress/1969-9th.txt", "要提高警惕。", "quote", id="words-inside-a-cued-quotation-over-lines"),
    pytest.param("congress/1977-11th.txt", "她并不代表我，她代表她自己。", "quote", id="quotation-on-its-own-line"),
    pytest.param("local/afubanfa-2021-21.txt", "（二）未按照规定编制、更新、报送本部门政务数据资源目录的；", "measure",
                 id="item-inside-an-article-measure"),
    pytest.param("state-council/guofa-2018-38.txt", "（六）自贸试验区内的外商独资建筑业企业承揽", "measure",
                 id="numbered-item-with-only-a-tag-is-a-provision"),
    pytest.param("state-council/guoling-707.txt", "第一条　根据《中华人民共和国个人所得税法》", "background",
                 id="legal-purpose-clause-background"),
    pytest.param("state-council/guoling-707.txt", "第二条　个人所得税法所称在中国境内有住所", "background",
                 id="legal-definition-background"),
]


@pytest.fixture(scope="module")
def corpus_roles():
    cache = {}

    def roles(path):
        if path not in cache:
            text = corpus_text(path)
            cache[path] = (text, analyze(text, keywords=False, slogans=False, quantities=False).sentences)
        return cache[path]

    return roles


@pytest.mark.parametrize(("path", "start_of_sentence", "role"), CORPUS)
def test_corpus_sentence_roles(corpus_roles, path, start_of_sentence, role):
    text, sentences = corpus_roles(path)
    (s,) = [s for s in sentences if s.text.startswith(start_of_sentence)][:1]
    assert text[s.start:s.end] == s.text
    assert s.role == role


def test_every_role_is_known_and_spans_are_exact(corpus_roles):
    text, sentences = corpus_roles("local/afubanfa-2021-21.txt")  # CRLF, U+3000, pkulaw furniture
    assert sentences and all(s.role in ROLES for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert sentences[0].role == "other"  # 【法宝引证码】 furniture


def test_seed_role_accuracy(seed_text, gold_dir):
    """The seed gold scores; nothing of it is used for training (see training/README.md)."""
    gold = json.loads((gold_dir / "beijing-innovation-center.roles.json").read_text(encoding="utf-8"))
    sentences = analyze(seed_text).sentences
    ok = 0
    for g in gold["sentences"]:
        best = max(sentences, key=lambda s: min(g["end"], s.end) - max(g["start"], s.start))
        ok += best.role in g["roles"]
    assert ok / len(gold["sentences"]) >= 0.85


# -- discourse: review, then outlook -------------------------------------------------------------


def test_outlook_paragraph_splits_a_section_into_review_and_plan():
    text = ("一、抓平台建设\n近年来，我们出台支持政策20余项，建成孵化器15家。\n"
            "下一步，我们将加快建设创新平台。推动成果转化。\n二、抓企业培育\n企业是创新的主体。")
    roles = [(s.text, s.role) for s in classify_sentences(text)]
    assert roles[0] == ("一、抓平台建设", "other")
    assert roles[1][1] in ("measure", "achievement")
    assert [r for _, r in roles[2:4]] == ["plan", "plan"]
    assert roles[-1] == ("企业是创新的主体。", "background")


@pytest.mark.parametrize(("outlook", "ranked", "cues", "want"), [
    ("before", ["plan", "measure"], frozenset(), "measure"),
    ("before", ["plan", "measure"], frozenset({"target"}), "plan"),
    ("after", ["measure", "plan"], frozenset(), "plan"),
    ("after", ["achievement", "plan"], frozenset({"past"}), "achievement"),
    ("", ["plan", "measure"], frozenset(), "plan"),
], ids=["before-no-future-cue", "before-own-target", "after-no-past-cue", "after-past-cue", "no-outlook"])
def test_final_role_discourse(outlook, ranked, cues, want):
    assert final_role(SentenceContext("句子。", 0, 3, cues=cues, outlook=outlook), ranked) == want


def test_final_role_structure_and_speech_win():
    assert final_role(SentenceContext("一、总则", 0, 4, structural=True), ["plan"]) == "other"
    assert final_role(SentenceContext("他指出：“要…”", 0, 7, cues=frozenset({"quote_cue"})), ["plan"]) == "quote"


# -- cues and the rule baseline ------------------------------------------------------------------

CUES = [
    pytest.param("2024年，研发投入增长8.3%。", {"change", "figure"}, set(), id="figures"),
    pytest.param("总书记强调，“要及时将成果应用到产业上”。", {"quote_cue", "quoted"}, {"target"}, id="modal-inside-quote-ignored"),
    pytest.param("面向新征程，我们将加快建设。", {"outlook", "target", "we"}, set(), id="outlook"),
    pytest.param("这是重要的基础。", set(), {"target"}, id="zhongyao-is-not-yao"),
    pytest.param("我们坚持以建设科技中心为目标。", {"we", "we_lead"}, {"target"}, id="yi-wei-mubiao-is-not-a-target"),
    pytest.param("将财产出租给承租人。", set(), {"target"}, id="jiang-as-preposition"),
    # second pass: speech, legal framing, tense
    pytest.param("毛主席早就说过，", {"intro_end", "leader"}, set(), id="speech-intro-at-the-end"),
    pytest.param("毛主席指出：“", {"speech_intro", "leader"}, set(), id="speech-intro-before-a-quotation"),
    pytest.param("以习近平新时代中国特色社会主义思想为指导，全面贯彻落实。", {"guiding"}, {"leader"},
                 id="guiding-ideology-is-not-a-leader-speaking"),
    pytest.param("第一条　为了规范专利代理行为，制定本条例。", {"purpose", "legal"}, {"past"}, id="purpose-clause"),
    pytest.param("第二条　本条例所称专利代理，是指专利代理机构接受委托的行为。", {"definition", "legal"}, set(), id="legal-definition"),
    pytest.param("除了财政资金以外，也可以利用社会资本。", set(), {"past"}, id="chu-le-is-not-past"),
    pytest.param("马克思主义是我们的指导思想。", set(), {"leader"}, id="an-ism-is-not-a-leader"),
]


@pytest.mark.parametrize(("sentence", "present", "absent"), CUES)
def test_sentence_cues(sentence, present, absent):
    cues = sentence_cues(sentence)
    assert present <= cues
    assert not (absent & cues)


RULES = [
    pytest.param("习近平总书记指出，“科技创新是核心。”", "quote", id="quote"),
    pytest.param("企业是发展新质生产力的主体。", "background", id="definition"),
    pytest.param("截至2024年末，在京独角兽企业115家。", "achievement", id="figure-past"),
    pytest.param("力争用三年时间实现重大突破。", "plan", id="target"),
    pytest.param("到2027年，建成一批平台。", "plan", id="dated-target"),
    pytest.param("我们印发了实施方案。", "measure", id="we-past-action"),
]


@pytest.mark.parametrize(("sentence", "role"), RULES)
def test_rule_baseline(sentence, role):
    assert rule_role(sentence) == role


QUOTATIONS = [  # (text, the quotation state of each sentence)
    pytest.param("毛主席指出：“\n要团结，不要分裂。\n”这是他的要求。", ["", "cued", "cued"], id="wikisource-layout"),
    pytest.param("毛主席早就说过，\n“人不犯我，我不犯人。”\n正文。", ["", "cued", ""], id="intro-on-the-line-before"),
    pytest.param("报告提出“两个确立”。\n正文。", ["", ""], id="closed-quotation-is-over"),
    pytest.param("标语上是“甲乙。\n丙丁。", ["", "open"], id="quotation-without-a-speech-cue"),
]


@pytest.mark.parametrize(("text", "states"), QUOTATIONS)
def test_quotation_state_runs_across_lines(text, states):
    assert [c.quotation for c in sentence_contexts(text)] == states


def test_an_unclosed_quotation_stops_running():
    text = "毛主席指出：“\n" + "正文。" * 1000
    assert sentence_contexts(text)[-1].quotation == ""


@pytest.mark.parametrize(("text", "rule"), [
    ("正文。\n毛主席指出：“\n要团结，不要分裂。\n”", ["background", "quote", "quote"]),
    ("一、总体要求\n（一）设立受理点。\n（负责部门：知识产权局）\n（二）指导思想。以新思想为指导。", None),
], ids=["quotation-lines-are-quotes", "items-are-not-headings-for-roles"])
def test_contexts_of_quotations_and_items(text, rule):
    c = sentence_contexts(text)
    if rule is not None:
        assert [rule_role(x) for x in c[:3]] == rule
    else:
        assert [(x.text, x.structural, x.item) for x in c[:4]] == [
            ("一、总体要求", True, False), ("（一）设立受理点。", False, True),
            ("（负责部门：知识产权局）", False, False), ("（二）指导思想。", True, False)]


def test_features_do_not_depend_on_the_tokenizer(monkeypatch):
    """The role features read characters: a change in jieba's dictionary cannot change them."""
    import sys

    tok = sys.modules["policytext.tokenize"]

    def boom(*args, **kwargs):
        raise AssertionError("the role features must not call the tokenizer")

    monkeypatch.setattr(tok, "cut", boom)
    monkeypatch.setattr(tok, "tokenize", boom)
    c = sentence_contexts("一、2024年工作回顾\n过去一年，我们出台政策10项。")
    assert "c:出台" in role_features(c[1]) and not any(f.startswith("w:") for f in role_features(c[1]))
    assert [s.role for s in classify_sentences("过去一年，我们出台政策10项。")] in (["measure"], ["achievement"])


def test_rules_method_gives_the_baseline():
    text = "企业是创新的主体。力争实现突破。"
    assert [s.role for s in classify_sentences(text, method="rules")] == ["background", "plan"]


def test_sentence_contexts_carry_the_paragraph_opener_and_headings():
    text = "一、2024年工作回顾\n过去一年，我们出台政策10项。推动成果转化。"
    c = sentence_contexts(text)
    assert c[0].structural and c[0].text == "一、2024年工作回顾"
    assert c[2].heading == "2024年工作回顾" and not c[2].first_in_paragraph
    assert "past" in c[2].opener_cues


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"x", None, 1], ids=["bytes", "none", "int"])
def test_classify_rejects_non_str(bad):
    with pytest.raises(TypeError, match="classify_sentences\\(\\) expects str"):
        classify_sentences(bad)


def test_classify_rejects_unknown_method():
    with pytest.raises(ValueError, match="method must be 'model' or 'rules', got 'svm'"):
        classify_sentences("正文。", method="svm")


@pytest.mark.parametrize("text", ["", "  \n"], ids=["empty", "blank"])
def test_classify_nothing(text):
    assert classify_sentences(text) == []


# -- the estimator -------------------------------------------------------------------------------

TRAIN_X = ["力争实现突破。", "企业是主体。", "增长8%。", "到2030年建成强国。", "科技是第一生产力。", "产量增长5%。"]
TRAIN_Y = ["plan", "background", "achievement", "plan", "background", "achievement"]


def test_fit_returns_self_and_learns():
    clf = RoleClassifier()
    assert clf.fit(TRAIN_X, TRAIN_Y) is clf
    assert list(clf.classes_) == ["achievement", "background", "plan"]
    assert clf.predict(["力争建成平台。"]).tolist() == ["plan"]
    assert clf.predict_proba(["力争建成平台。"]).shape == (1, 3)
    assert 0.0 <= clf.score(TRAIN_X, TRAIN_Y) <= 1.0


def test_unfitted_raises_not_fitted_error():
    from sklearn.exceptions import NotFittedError as SkNotFitted

    from policytext import NotFittedError

    for exc in (NotFittedError, SkNotFitted):
        with pytest.raises(exc, match="not fitted"):
            RoleClassifier().predict(["句子。"])


def test_init_only_stores_params_and_clone_works():
    from sklearn.base import clone

    clf = RoleClassifier(C=2.0)
    assert clf.get_params() == {"C": 2.0, "class_weight": None, "max_iter": 2000, "min_count": 1,
                                "random_state": None}
    assert not [a for a in vars(clf) if a.endswith("_")]
    twin = clone(clf)
    assert twin.get_params() == clf.get_params() and twin is not clf
    assert repr(clf) == "RoleClassifier(C=2.0)"
    with pytest.raises(ValueError, match="invalid parameter 'gamma'"):
        clf.set_params(gamma=1)


def test_save_load_round_trip_is_json(tmp_path):
    clf = RoleClassifier().fit(TRAIN_X, TRAIN_Y)
    path = tmp_path / "model.json"
    clf.save(path, source="test")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "policytext-role-model/2" and data["source"] == "test"
    again = RoleClassifier.load(path)
    assert again.predict(TRAIN_X).tolist() == clf.predict(TRAIN_X).tolist()
    assert pickle.loads(pickle.dumps(again)).predict(["增长9%。"]).tolist() == again.predict(["增长9%。"]).tolist()


def test_load_rejects_other_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a policytext role model"):
        RoleClassifier.load(bad)
    with pytest.raises(ModelError, match="cannot read role model"):
        RoleClassifier.load(tmp_path / "missing.json")


@pytest.mark.parametrize(("X", "y", "message"), [
    ("一句话。", ["plan"], "expects a sequence"),
    ([1, 2], ["plan", "other"], "expects str or SentenceContext items"),
    (["甲。", "乙。"], ["plan"], "X has 2 sentences but y has 1 labels"),
    (["甲。", "乙。"], ["plan", "plan"], "at least 2 classes"),
], ids=["str", "ints", "length-mismatch", "one-class"])
def test_fit_rejects_bad_input(X, y, message):
    with pytest.raises((TypeError, ValueError), match=message):
        RoleClassifier().fit(X, y)


def test_shipped_model_is_json_with_source_and_all_roles():
    model = load_role_model()
    assert sorted(model.classes_) == sorted(ROLES)
    assert "training/roles.tsv" in model.to_dict()["source"]
    assert len(model.vocabulary_) == model.coef_.shape[1]


def test_role_features_for_plain_strings():
    f = role_features("力争提高研发强度。")
    assert "cue:target" in f and "c:力争" in f and "c:争" in f and "doc:report" in f


@pytest.mark.parametrize("line", ["1" * 50000, "“" * 30000, "是" * 50000, "一" * 50000, "我们" * 20000,
                                  "(" * 30000 + "负责"],
                         ids=["digits", "open-quotes", "shi", "yi", "women", "parens"])
def test_linear_time_on_pathological_text(line):
    """The cue patterns, the rules, topics and tags stay linear (jieba itself is not timed here)."""
    import time

    from policytext.sections import assign_topics, extract_responsibilities

    assign_topics("一、甲\n二、乙")  # loads jieba's dictionary outside the timing
    t0 = time.perf_counter()
    sentence_cues(line)
    rule_role(line)
    extract_responsibilities(line)
    assign_topics("一、" + line + "\n二、" + line)
    assert time.perf_counter() - t0 < 2.0


def test_classify_long_line():
    import time

    t0 = time.perf_counter()
    (s,) = classify_sentences("1" * 50000)
    assert s.role in ROLES and time.perf_counter() - t0 < 5.0


def test_batched_scores_equal_the_feature_list_path():
    """Bug caught: the vectorised character lookup once gave a sentence its neighbour's first
    character (a NUL-led bigram had the key of a single character)."""
    import numpy as np

    text = corpus_text("gwr-national/2024.txt")
    contexts = sentence_contexts(text)[:120]
    clf = load_role_model()
    batched = clf.decision_function(contexts)
    one_by_one = np.vstack([clf.decision_function([c]) for c in contexts])
    by_features = clf._matrix([role_features(c) for c in contexts], clf.vocabulary_) @ clf.coef_.T + clf.intercept_
    assert np.allclose(batched, one_by_one) and np.allclose(batched, by_features)
