"""Section topics: zero-shot by weighted term overlap, the default taxonomy, SectionClassifier."""

import json
import pickle

import pytest

from conftest import corpus_text
from policytext import analyze
from policytext.sections import SectionClassifier, assign_topics, default_topics, parse_structure, topic_scores

TEXT = ("一、加强创新平台建设\n建设国家实验室和全国重点实验室，布局重大科技基础设施。\n"
        "二、培育科技企业\n支持领军企业，培育独角兽企业和中小企业。\n"
        "三、深化改革\n推进体制机制改革，完善科技金融。")
TOPICS = {"平台": "实验室和重大科技设施", "主体": "领军企业、独角兽和中小企业", "改革": "体制机制改革，科技金融"}


def test_zero_shot_topics():
    assert [s.topic for s in assign_topics(TEXT, topics=TOPICS)] == ["平台", "主体", "改革"]


def test_topics_keep_the_tree():
    a = parse_structure(TEXT).sections
    b = assign_topics(TEXT, topics=TOPICS)
    assert [(x.start, x.end, x.title, x.children) for x in a] == [(x.start, x.end, x.title, x.children) for x in b]


def test_section_sharing_no_term_gets_none():
    text = "一、甲\n今天天气很好。\n二、乙\n建设实验室。"
    assert [s.topic for s in assign_topics(text, topics={"平台": "实验室"})] == [None, "平台"]


def test_terms_everywhere_weigh_nothing():
    # 建设 is in every section: it cannot decide between them
    s = topic_scores(["建设实验室。", "建设园区。"], {"平台": "建设实验室", "园区": "建设园区"})
    assert s[0]["平台"] > s[0]["园区"] == 0.0 and s[1]["园区"] > s[1]["平台"] == 0.0


def test_the_heading_names_its_section():
    # bug caught (gold2 dev set): a plan section whose subsections discuss industry went to the
    # industry label; its heading says what it is
    text = ("一、2024年工作回顾\n经济回升向好，产业创新加快。\n二、2025年工作安排\n（一）促进产业创新\n"
            "发展先进制造业和新能源产业，推进产业创新和科技创新，培育产业集群，建设产业园区。")
    topics = {"回顾": "2024年工作回顾：发展成绩", "安排": "2025年工作安排：总体要求和重点工作部署",
              "产业创新": "科技创新、先进制造业和新能源产业、产业集群、产业园区"}
    assert [s.topic for s in assign_topics(text, topics=topics)] == ["回顾", "安排"]
    s = topic_scores([text[:30], text[30:]], topics)  # without the headings the text decides
    assert max(s[1], key=s[1].get) == "产业创新"


def test_headings_must_match_the_texts():
    with pytest.raises(ValueError, match="2 texts but 1 headings"):
        topic_scores(["建设实验室。", "乙。"], {"平台": "实验室"}, headings=["甲"])


def test_default_taxonomy_on_a_work_report():
    text = corpus_text("gwr-national/2024.txt")
    tasks = parse_structure(text).sections[2]  # 三、2024年政府工作任务
    topics = [max(d, key=d.get) for d in topic_scores([text[c.start:c.end] for c in tasks.children])]
    assert "科技创新" in default_topics() and len(default_topics()) >= 10
    assert topics[0] == "产业发展"  # 大力推进现代化产业体系建设
    assert topics[6] == "农业农村"  # 坚持不懈抓好"三农"工作
    assert topics[8] == "生态环境"  # 加强生态文明建设
    assert topics[9] == "就业民生"  # 切实保障和改善民生


def test_pipeline_sets_level_one_topics(seed_text, gold_dir):
    gold = json.loads((gold_dir / "beijing-innovation-center.structure.json").read_text(encoding="utf-8"))
    doc = analyze(seed_text, topics=gold["topics"], keywords=False, slogans=False, quantities=False)
    want = {h["start"]: h["topic"] for h in gold["headings"] if h["topic"]}
    got = {s.heading_start: s.topic for s in doc.sections}
    assert all(got[k] == v for k, v in want.items())


@pytest.mark.parametrize(("topics", "error", "message"), [
    (["平台"], TypeError, "topics must be a dict"),
    ({"平台": 1}, TypeError, "str labels to str descriptions"),
], ids=["list", "non-str-description"])
def test_bad_topics(topics, error, message):
    with pytest.raises(error, match=message):
        assign_topics(TEXT, topics=topics)


def test_no_sections_no_topics():
    assert assign_topics("没有标题的一段话。", topics=TOPICS) == []


# -- SectionClassifier ---------------------------------------------------------------------------

X = ["建设实验室和科研平台。", "培育中小企业。", "新建实验室。", "扶持企业发展。", "布局大科学装置和实验室。", "支持独角兽企业。"]
Y = ["平台", "主体", "平台", "主体", "平台", "主体"]


def test_section_classifier_fits_and_predicts():
    clf = SectionClassifier()
    assert clf.fit(X, Y) is clf
    assert clf.predict(["新建一批实验室。"]).tolist() == ["平台"]
    assert clf.predict_proba(["培育企业。"]).shape == (1, 2)
    assert clf.score(X, Y) == 1.0
    again = pickle.loads(pickle.dumps(clf))  # the tokenizer is a module-level function
    assert again.predict(["培育企业。"]).tolist() == clf.predict(["培育企业。"]).tolist()


def test_section_classifier_contract():
    from sklearn.base import clone
    from sklearn.exceptions import NotFittedError as SkNotFitted

    from policytext import NotFittedError

    clf = SectionClassifier(C=1.0)
    assert not [a for a in vars(clf) if a.endswith("_")]
    assert clone(clf).get_params() == clf.get_params()
    assert repr(clf) == "SectionClassifier(C=1.0)"
    for exc in (NotFittedError, SkNotFitted):
        with pytest.raises(exc, match="not fitted"):
            SectionClassifier().predict(["文本。"])
    with pytest.raises(TypeError, match="sequence of section texts"):
        SectionClassifier().fit("一段文本", ["平台"])
    with pytest.raises(ValueError, match="at least 2 classes"):
        SectionClassifier().fit(["甲。", "乙。"], ["平台", "平台"])
