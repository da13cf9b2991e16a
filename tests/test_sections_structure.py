"""parse_structure: metadata and heading trees on real documents of every kind in ../shared/corpus.

Expected counts were checked against the documents themselves (a line-by-line count of the
numbering markers, minus the ones in tables of contents), not copied from the parser's output.
"""

import time
from collections import Counter

import pytest

from conftest import corpus_text
from policytext import analyze, parse_structure
from policytext.sections import chinese_int, iter_sections


def levels(structure):
    return dict(sorted(Counter(s.level for s in iter_sections(structure.sections)).items()))


# -- corpus documents ------------------------------------------------------------------------

# (file, metadata, heading count per level, some (level, number, title) that must be there)
CORPUS = [
    pytest.param(
        "gwr-national/2024.txt",
        dict(title="政府工作报告", author="李强", issuer="国务院", date="2024-03-05"),
        {1: 3, 2: 10},
        [(1, 1, "2023年工作回顾"), (1, 3, "2024年政府工作任务"),
         (2, 1, "大力推进现代化产业体系建设，加快发展新质生产力")],
        id="national-work-report-run-in-headings",
    ),
    pytest.param(
        "gwr-provincial/2025-anhui.txt",
        dict(title="2025年安徽省政府工作报告", author="王清宪", date="2025-01-20", doc_number=None),
        {1: 3, 2: 19},
        [(1, 1, "2024年工作回顾"), (2, 1, "科学调度、精准施策，推动经济持续回升向好")],
        id="provincial-work-report-nbsp-indents",
    ),
    pytest.param(
        "gwr-provincial/2025-sichuan.txt",
        dict(title="2025年四川省政府工作报告", author="施小琳", date="2025-01-20"),
        {1: 4, 2: 19, 3: 50},
        [(1, 1, "2024年工作回顾"), (1, 2, "2025年工作安排建议"), (1, 4, "名词解释"),
         (2, 1, "巩固增强经济回升向好态势"), (3, 1, "六大优势产业")],
        id="provincial-work-report-lost-numbering",
    ),
    pytest.param(
        "gwr-provincial/2025-xizang.txt",
        dict(title="2025年西藏政府工作报告", author="嘎玛泽登", date="2025-01-19"),
        {1: 2, 2: 9},
        [(1, 1, "2024年工作回顾"), (1, 2, "2025年工作安排"), (2, 9, "加快推动边境地区发展")],
        id="provincial-work-report-lost-numbering-yi-shi-not-headings",
    ),
    pytest.param(
        "state-council/guofa-2018-38.txt",
        dict(title="国务院关于支持自由贸易试验区深化改革创新若干措施的通知", issuer="国务院",
             doc_number="国发〔2018〕38号", date="2018-11-07"),
        {1: 5, 2: 53},
        [(1, 1, "营造优良投资环境"), (1, 5, "切实做好组织实施"),
         (2, 3, "将建筑工程施工许可、建筑施工企业安全生产许可等工程审批类权限下放至自贸试验区")],
        id="state-council-notice-title-over-two-lines-numbering-through",
    ),
    pytest.param(
        "state-council/guofa-1981-88.txt",
        dict(title="国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知", issuer="国务院",
             doc_number="国发〔1981〕88号", date="1981-05-23"),
        {1: 2},
        [(1, 1, "关于棉粮挂钩的奖售基数问题")],
        id="state-council-spaced-title-chinese-numeral-date",
    ),
    pytest.param(
        "state-council/guoling-707.txt",
        dict(title="中华人民共和国个人所得税法实施条例", issuer="国务院", doc_number="国务院令第707号",
             date="2018-12-18"),
        {2: 36},  # the （一）… and 1. items inside articles 3, 6, 14, 16 and 25 are not headings
        [(2, 1, ""), (2, 36, "")],
        id="state-council-decree-title-is-the-promulgated-text-items-in-articles",
    ),
    pytest.param(
        "gwr-national/2007.txt",
        dict(title=None),
        {1: 6, 2: 16},  # the source lost the （三） of part 三: its （四） and （五） are still headings
        [(2, 2, "发展现代农业和推进社会主义新农村建设"), (2, 4, "加快推进产业结构升级和自主创新"),
         (2, 5, "进一步推动区域协调发展")],
        id="national-work-report-numbering-gap",
    ),
    pytest.param(
        "state-council/guobanhan-2005-57.txt",
        dict(title="国务院办公厅关于印发国家粮食应急预案的函", issuer="国务院办公厅",
             doc_number="国办函〔2005〕57号", date="2005-06-11"),
        {1: 7, 2: 24, 3: 22, 4: 49},
        [(1, 1, "总则"), (2, 2, "等级划分"), (3, 1, "国家级（Ⅰ级）"), (1, 7, "附则")],
        id="state-council-decimal-outline-with-table-of-contents",
    ),
    pytest.param(
        "five-year-plans/national-11th-2006-2010.txt",
        dict(title=None),
        {1: 14, 2: 48, 3: 142},
        [(1, 1, "指导原则和发展目标"), (2, 1, "全面建设小康社会的关键时期"), (3, 1, "提高农业综合生产能力"),
         (2, 48, "健全规划管理体制")],
        id="five-year-plan-parts-chapters-sections-run-together",
    ),
    pytest.param(
        "five-year-plans/national-12th-2011-2015.txt",
        dict(title=None),
        {1: 16, 2: 62, 3: 167},
        [(1, 1, "转变方式\u3000开创科学发展新局面"), (2, 1, "发展环境")],
        id="five-year-plan-full-width-u3000-gaps",
    ),
    pytest.param(
        "five-year-plans/yunnan-10th-2001-2005.txt",
        dict(title="云南省国民经济和社会发展第十个五年计划纲要", date="2001-02-16"),
        {1: 8, 2: 26, 3: 76},
        [(1, 3, "推进改革开放"), (2, 13, "深化各项改革"), (2, 21, "积极扩大就业 , 完善社会保障制度")],
        id="ocr-spaced-digits-crlf-table-of-contents",
    ),
    pytest.param(
        "local/afubanfa-2021-21.txt",
        dict(title="阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知",
             issuer="阿坝州人民政府办公室", doc_number="阿府办发〔2021〕21号", date="2021-10-11"),
        {1: 9, 2: 49},  # the （一）…（十三） of articles 14 and 38 are items, not headings
        [(1, 1, "总则"), (2, 1, ""), (2, 49, "")],
        id="local-pkulaw-crlf-chapters-and-articles",
    ),
    pytest.param(
        "local/wankaifangban-2022-6.txt",
        dict(doc_number="皖开放办〔2022〕6号", date="2022-03-23"),
        {1: 3, 2: 7, 3: 24},
        [(1, 1, "发展目标"), (2, 1, "大力发展货物贸易"), (3, 1, "扩大优势产品出口")],
        id="local-pkulaw-doc-number-in-brackets",
    ),
    pytest.param(
        "congress/2022-20th.txt",
        dict(title="高举中国特色社会主义伟大旗帜为全面建设社会主义现代化国家而团结奋斗",
             subtitle="——在中国共产党第二十次全国代表大会上的报告", author="习近平", date="2022-10-16"),
        {1: 15, 2: 41},
        [(1, 1, "过去五年的工作和新时代十年的伟大变革")],
        id="congress-report-title-over-two-lines-spaced-name",
    ),
    pytest.param(
        "state-council/zhongfa-2018-1.txt",
        dict(title="中共中央 国务院关于实施乡村振兴战略的意见", issuer="中共中央 国务院", date="2018-01-02",
             doc_number=None),
        {1: 12, 2: 49},
        [(1, 2, "实施乡村振兴战略的总体要求"), (2, 1, "指导思想")],
        id="central-document-without-doc-number",
    ),
]


@pytest.mark.parametrize(("path", "meta", "counts", "samples"), CORPUS)
def test_corpus_document_structure(path, meta, counts, samples):
    text = corpus_text(path)
    s = parse_structure(text)
    for key, value in meta.items():
        assert getattr(s, key) == value, key
    assert levels(s) == counts
    found = {(x.level, x.number, x.title) for x in iter_sections(s.sections)}
    for sample in samples:
        assert sample in found
    for x in iter_sections(s.sections):
        assert text[x.heading_start:x.heading_end] == x.heading
        assert x.start == x.heading_start and x.start < x.end <= len(text)
        assert all(x.start <= c.start and c.end <= x.end for c in x.children)


def test_state_council_recipients():
    s = parse_structure(corpus_text("state-council/guofa-2018-38.txt"))
    assert s.recipients == ("各省、自治区、直辖市人民政府", "国务院各部委、各直属机构")


def test_pkulaw_title_is_the_documents_own_line():
    # pkulaw pages repeat the title: first the database's page title (half-width brackets, a
    # different dash), then the document's own title line, which is the one to report
    text = corpus_text("local/wanzhengbanmi-2021-82.txt")
    s = parse_structure(text)
    assert s.title == "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知"
    assert s.title in text.splitlines()[3]


def test_furniture_and_licence_notice_are_furniture():
    text = corpus_text("gwr-national/2024.txt")
    s = parse_structure(text)
    assert any(f.text == "Public domain" for f in s.furniture)
    assert all(text[f.start:f.end] == f.text for f in s.furniture)


def test_pipeline_fills_metadata():
    doc = analyze(corpus_text("state-council/guohan-2018-144.txt"), keywords=False, slogans=False, quantities=False)
    d = doc.to_dict()
    assert (d["issuer"], d["doc_number"], d["date"]) == ("国务院", "国函〔2018〕144号", "2018-11-20")
    assert d["recipients"] == ["教育部"]


# -- small texts: conventions and bugs caught ---------------------------------------------------

RUN_IN = [
    pytest.param("一、总体要求\n（一）加大稳岗支持力度。对不裁员企业返还失业保险费。", [(1, "总体要求"), (2, "加大稳岗支持力度")],
                 id="run-in-cut-at-full-stop"),
    pytest.param("一、总体要求\n1.扩大优势产品出口。建立清单。（合肥海关负责）", [(1, "总体要求"), (3, "扩大优势产品出口")],
                 id="arabic-run-in-keeps-its-level-3"),
    pytest.param("第一章　总则　　第一条　为规范管理，制定本办法。\n第二条　本办法适用于全州。",
                 [(1, "总则"), (2, ""), (2, "")], id="chapter-and-article-on-one-line"),
    pytest.param("第一篇  指导原则     第一章  关键时期     正文很长的一段，没有句号",
                 [(1, "指导原则"), (2, "关键时期")], id="part-and-chapter-run-together"),
    pytest.param("第一章　总　　则\n第一条　为了规范管理，制定本法。\n第二章　附　　则\n第二条　本法自公布之日起施行。",
                 [(1, "总\u3000\u3000则"), (2, ""), (1, "附\u3000\u3000则"), (2, "")], id="spaced-out-chapter-title"),
    pytest.param("第一条（目的）为了规范管理，制定本条例。", [(2, "目的")], id="article-with-bracketed-title-level-2"),
]


@pytest.mark.parametrize(("text", "want"), RUN_IN)
def test_run_in_headings(text, want):
    got = [(x.level, x.title) for x in iter_sections(parse_structure(text).sections)]
    assert got[:len(want)] == want


NOT_HEADINGS = [
    pytest.param("正文第一段。\n三、这一行前面没有一、和二、。\n正文。", id="stray-number-is-not-a-heading"),
    pytest.param("我们要做到：一是稳增长；二是促改革。\n一是稳增长，二是促改革。", id="yi-shi-er-shi"),
    pytest.param("增长1.5%。\n2.5万家企业受益。", id="decimal-at-line-start"),
    pytest.param("2024年，全市新设科技型企业11万家。", id="year-at-line-start"),
    pytest.param("（二）这一行前面没有（一）。", id="paren-list-starting-at-two"),
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_not_headings(text):
    assert parse_structure(text).sections == ()


# numbering gaps (excerpts, conversions that lost a line): (text, the (number, title) of every heading)
GAPS = [
    pytest.param("一、甲\n（一）加强组织领导\n正文。\n（二）强化资金保障\n正文。\n（四）加强宣传引导\n正文。",
                 [(1, "甲"), (1, "加强组织领导"), (2, "强化资金保障"), (4, "加强宣传引导")],
                 id="own-line-heading-skips-a-number"),
    pytest.param("（一）扩大内需。正文。\n（二）稳定就业。正文。\n（三）保障民生。正文。\n"
                 "（五）深入实施创新驱动发展战略，巩固产业根基。加快建设。",
                 [(1, "扩大内需"), (2, "稳定就业"), (3, "保障民生"), (5, "深入实施创新驱动发展战略，巩固产业根基")],
                 id="run-in-heading-ending-at-its-first-full-stop"),
    pytest.param("一、总体要求\n正文。\n二、重点任务\n正文。\n四、保障措施\n正文。",
                 [(1, "总体要求"), (2, "重点任务"), (4, "保障措施")], id="level-one-gap"),
    pytest.param("（一）加强组织领导\n正文。\n（二）强化资金保障\n正文。\n(四)加强宣传引导\n正文。",
                 [(1, "加强组织领导"), (2, "强化资金保障")], id="other-marker-style-is-not-a-sibling"),
    pytest.param("（一）加强组织领导\n正文。\n（二）强化资金保障\n正文。\n"
                 "（四）对符合条件的小微企业，按规定给予一次性补贴，具体办法由各地区结合本地实际另行制定。",
                 [(1, "加强组织领导"), (2, "强化资金保障")], id="a-sentence-does-not-skip"),
    pytest.param("（一）加强组织领导\n正文。\n（二）强化资金保障\n正文。\n（七）加强宣传引导\n正文。",
                 [(1, "加强组织领导"), (2, "强化资金保障")], id="too-far-to-be-a-lost-number"),
    pytest.param("1.甲\n正文。\n2.乙\n正文。\n4.5万家企业受益。", [(1, "甲"), (2, "乙")], id="decimal-does-not-skip"),
    pytest.param("一、甲\n正文。\n二、乙\n我们要做到：一是稳增长；二是促改革；四是惠民生。\n2025年发展目标",
                 [(1, "甲"), (2, "乙")], id="yi-shi-and-years-do-not-skip"),
]


@pytest.mark.parametrize(("text", "want"), GAPS)
def test_numbering_gaps(text, want):
    assert [(x.number, x.title) for x in iter_sections(parse_structure(text).sections)] == want


# legal texts: （一）… inside 第X条 are the article's items (项), not headings
ARTICLE_ITEMS = [
    pytest.param("第一章　总　　则\n第一条　为了规范管理，制定本条例。\n第二条　机构应当具备下列条件：\n"
                 "（一）有固定的经营场所；\n（二）有书面章程。\n第二章　附　　则\n第三条　本条例自公布之日起施行。",
                 [(1, 1), (2, 1), (2, 2), (1, 2), (2, 3)], id="items-of-an-article"),
    pytest.param("第一条　有下列行为之一的，责令改正：\n（一）未办理备案的；\n1.逾期未办理；\n（二）泄露秘密的。\n"
                 "第二条　本办法自公布之日起施行。", [(2, 1), (2, 2)], id="items-and-sub-items"),
    pytest.param("总书记说：“第一条，反对；第二条，不怕”。\n一、总体要求\n正文。",
                 [(1, 1)], id="articles-cited-in-a-sentence"),
]


@pytest.mark.parametrize(("text", "want"), ARTICLE_ITEMS)
def test_items_inside_articles_are_not_headings(text, want):
    assert [(x.level, x.number) for x in iter_sections(parse_structure(text).sections)] == want


# strings read from the text are the text as written: full-width brackets and digits are kept
ORIGINAL_TEXT = [
    pytest.param("关于加快落实区域全面经济伙伴关系协定（RCEP）的实施意见\n一、总体要求\n正文。",
                 "title", "关于加快落实区域全面经济伙伴关系协定（RCEP）的实施意见", id="title-full-width-brackets"),
    pytest.param("２０２５年吉林省政府工作报告\n——２０２５年１月１４日在吉林省第十四届人民代表大会第四次会议上\n省长　胡玉亭\n各位代表：\n正文。",
                 "subtitle", "——２０２５年１月１４日在吉林省第十四届人民代表大会第四次会议上", id="subtitle-full-width-digits"),
    pytest.param("２０２５年吉林省政府工作报告\n——２０２５年１月１４日在吉林省第十四届人民代表大会第四次会议上\n省长　胡玉亭\n各位代表：\n正文。",
                 "date", "2025-01-14", id="date-read-from-full-width-digits"),
    pytest.param("国务院关于加强管理的通知\n国 发 〔２０１８〕 ３８ 号\n各部委：\n正文。",
                 "doc_number", "国发〔２０１８〕３８号", id="spaced-out-doc-number"),
    pytest.param("关于加强管理的通知\n正文。\n中国（上海）自由贸易试验区管理委员会\n2019年1月1日",
                 "issuer", "中国（上海）自由贸易试验区管理委员会", id="issuer-in-the-signature"),
    pytest.param("中华人民共和国国务院令\n第７０６号\n《专利代理条例》已经国务院常务会议修订通过，现予公布，自２０１９年３月１日起施行。\n"
                 "总理　李克强\n2018年11月6日\n专利代理条例\n第一条　为了规范专利代理行为，制定本条例。",
                 "doc_number", "国务院令第７０６号", id="order-number-full-width"),
]


@pytest.mark.parametrize(("text", "field", "want"), ORIGINAL_TEXT)
def test_strings_are_the_original_text(text, field, want):
    assert getattr(parse_structure(text), field) == want


def test_section_headings_and_titles_are_the_original_text():
    text = "一、推进（RCEP）高水平实施\n正文。\n二、强化保障\n正文。"
    first = parse_structure(text).sections[0]
    assert (first.heading, first.title) == ("一、推进（RCEP）高水平实施", "推进（RCEP）高水平实施")


# orders (国务院令, 主席令): the title is the text promulgated, not the order's header
DECREES = [
    pytest.param("中华人民共和国国务院令\n第７０６号\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的"
                 "《专利代理条例》公布，自2019年3月1日起施行。\n总理　　李克强\n2018年11月6日\n专利代理条例\n"
                 "（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）\n第一章　总　　则\n"
                 "第一条　为了规范专利代理行为，制定本条例。",
                 dict(title="专利代理条例", issuer="国务院", date="2018-11-06"), id="state-council-order-with-its-text"),
    pytest.param("中华人民共和国主席令\n第十二号\n《中华人民共和国农村土地承包法》已由中华人民共和国第十三届全国人民代表大会常务委员会"
                 "第七次会议于2018年12月29日通过，现予公布，自2019年1月1日起施行。\n中华人民共和国主席　习近平\n2018年12月29日",
                 dict(title="中华人民共和国农村土地承包法", doc_number="主席令第十二号", date="2018-12-29"),
                 id="presidential-order-without-its-text"),
]


@pytest.mark.parametrize(("text", "meta"), DECREES)
def test_decree_title_is_the_promulgated_text(text, meta):
    s = parse_structure(text)
    for key, value in meta.items():
        assert getattr(s, key) == value, key
    assert all(text[f.start:f.end] == f.text for f in s.front_matter)


def test_decimal_looking_number_continues_an_open_list():
    # Sichuan's glossary: "8.6个重大科技专项" is item 8 after item 7, not 8.6
    text = "名词解释\n1.甲：说明。\n2.乙：说明。\n3.6个专项：说明。\n4.丁：说明。"
    s = parse_structure(text)
    assert [(x.number, x.title) for x in s.sections] == [(1, "甲"), (2, "乙"), (3, "6个专项"), (4, "丁")]


def test_decimal_that_does_not_continue_the_list_is_body_text():
    s = parse_structure("1.本条。\n3.6万家企业受益。")
    assert [x.number for x in s.sections] == [1]


@pytest.mark.parametrize(("text", "levels"), [
    ("一、甲\n（一）乙。\n1.丙。\n（1）丁。", [1, 2, 3, 4]),
    ("（一）乙。\n1.丙。", [2, 3]),
    ("第一章 总则\n第一条 为了规范，制定本办法。\n（一）项。", [1, 2]),
    ("第一条 为了规范，制定本办法。\n（一）项。\n1.目。", [2]),
    ("第一篇 总论\n第一章 背景\n第一节 形势", [1, 2, 3]),
], ids=["gbt-9704-four-levels", "starting-at-paren", "items-in-an-article-are-its-body", "articles-only",
     "part-pushes-chapter-down"])
def test_levels_follow_the_numbering_and_nest(text, levels):
    assert [x.level for x in iter_sections(parse_structure(text).sections)] == levels


def test_numbering_restarts_under_each_parent():
    text = "一、甲\n（一）子一。\n（二）子二。\n二、乙\n（一）子一。\n三、丙\n正文。"
    s = parse_structure(text)
    assert [(x.number, len(x.children)) for x in s.sections] == [(1, 2), (2, 1), (3, 0)]


def test_crlf_and_full_width_offsets_map_back():
    text = "\ufeff国务院关于印发\r\n《工作规则》的通知\r\n国发〔２００４〕１８号\r\n\u3000\u3000一、总则\r\n\u3000\u3000正文。\r\n"
    s = parse_structure(text)
    assert s.title == "国务院关于印发《工作规则》的通知"
    assert s.doc_number == "国发〔２００４〕１８号"
    (sec,) = s.sections
    assert text[sec.heading_start:sec.heading_end] == "一、总则" == sec.heading
    assert text[sec.start:sec.end] == "一、总则\r\n\u3000\u3000正文。"


def test_section_spans_cover_until_next_sibling():
    text = "一、甲\n正文一。\n二、乙\n正文二。"
    a, b = parse_structure(text).sections
    assert text[a.start:a.end] == "一、甲\n正文一。"
    assert text[b.start:b.end] == "二、乙\n正文二。"


@pytest.mark.parametrize(("s", "n"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105),
                                      ("二〇二四", 2024), ("7", 7), ("⑤", 5), ("甲", None), ("", None)])
def test_chinese_int(s, n):
    assert chinese_int(s) == n


# -- bad input and worst cases ---------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"bytes", None, 3], ids=["bytes", "none", "int"])
def test_rejects_non_str(bad):
    with pytest.raises(TypeError, match="parse_structure\\(\\) expects str"):
        parse_structure(bad)


@pytest.mark.parametrize("text", ["", "   \n\u3000", "。"], ids=["empty", "blank", "punctuation"])
def test_degenerate_texts(text):
    s = parse_structure(text)
    assert s.sections == () and s.title is None


@pytest.mark.parametrize("line", ["第" * 20000, "(" * 20000, "一、" * 10000, "1 " * 20000, "　" * 20000 + "第一章"],
                         ids=["di", "parens", "yi-dun", "digit-space", "wide-gap"])
def test_linear_time_on_pathological_lines(line):
    t0 = time.perf_counter()
    parse_structure(line + "\n" + line)
    assert time.perf_counter() - t0 < 1.0
