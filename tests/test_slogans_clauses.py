"""Parallels of the second pass: couplets, clause series, 和-pairs, run-in leads, paragraph
ordinals and two sibling headings.

Sentences are copied verbatim from ../shared/corpus (folder/file in the id); multi-paragraph cases
read the corpus file itself. Every table holds cases that must find nothing.
"""

from __future__ import annotations

import time

import pytest

from conftest import corpus_text
from policytext import extract_parallels, parse_structure
from policytext.slogans import sibling_headings


def _phrase(text):
    return [(p.template, [c.text for c in p.components]) for p in extract_parallels(text) if p.level == "phrase"]


# (id, sentence, template, components) -- two items built on one template
COUPLETS = [
    ("guoling706-泄露国家秘密", "专业代理机构在执业过程中泄露委托人的发明创造内容，涉及泄露国家秘密、侵犯商业秘密的，或者向有关行政、司法机关的工作人员行贿，提供虚假证据的，依照有关法律、行政法规的规定承担法律责任；",
     "_秘密", ["泄露国家秘密", "侵犯商业秘密"]),
    ("gwr2018-融资难", "展普惠金融业务，规范发展地方性中小金融机构，着力解决小微企业融资难、融资贵问题",
     "融资_", ["融资难", "融资贵"]),
    ("guobanfa2019-先代偿", "各级政府性融资担保机构要按照“先代偿、后分险”原则，落实代偿和分险责任。",
     "先_后_", ["先代偿", "后分险"]),
    ("gwr2024-稳中求进", "我们要坚持稳中求进、以进促稳、先立后破。", "AB↔BA", ["稳中求进", "以进促稳"]),
    ("congress2007-打基础", "以求真务实作风推进各项工作，多干打基础、利长远的事。", "V__", ["打基础", "利长远"]),
    ("jilin2025-创新供给", "创新供给引导需求、扩大投资撬动消费，激活经济新动能，拓展发展新空间。",
     "XX+XX+XX+XX", ["创新供给引导需求", "扩大投资撬动消费"]),
    ("anhui2025-有效益的投资", "扩大有效益的投资，新开工10亿元以上制造业项目248个、比上年增加36个，制造业投资增长13.3%、连续48个月保持两位数增长。",
     None, None),  # the couplet's second half (激发有潜能的消费) is the next sentence: nothing here
    ("guobanfa2019-大众创业", "支持发展战略性新兴产业，促进大众创业、万众创新。", "_众创_", ["大众创业", "万众创新"]),
    ("congress2012-上有政策", "决不允许“上有政策、下有对策”，决不允许有令不行、有禁不止。", "_策", ["上有政策", "下有对策"]),
]

# joined by 和 inside a clause
CONJUNCTIONS = [
    ("congress2022-质的有效提升", "我们要坚持以推动高质量发展为主题，把实施扩大内需战略同深化供给侧结构性改革有机结合起来，增强国内大循环内生动力和可靠性，提升国际循环质量和水平，加快建设现代化经济体系，着力提高全要素生产率，着力提升产业链供应链韧性和安全水平，着力推进城乡融合和区域协调发展，推动经济实现质的有效提升和量的合理增长。",
     "_的_", ["质的有效提升", "量的合理增长"]),
    ("fyp11-限制开发区域", "承接优化开发区域的产业转移，承接限制开发区域和禁止开发区域的人口转移，逐步成为支撑全国经济发展和人口集聚的重要载体",
     "_开发区域", ["限制开发区域", "禁止开发区域"]),
    ("gwr1956-拟定新的制度", "财政部正在适应我国经济发展的新情况，从事拟定新的制度和修改旧的制度。",
     "_的制度", ["拟定新的制度", "修改旧的制度"]),
    ("gwr2017-统筹推进", "深入贯彻习近平总书记系列重要讲话精神和治国理政新理念新思想新战略，统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局，坚持稳中求进工作总基调，",
     "_布局", ["统筹推进“五位一体”总体布局", "协调推进“四个全面”战略布局"]),
]

# (id, sentence) -- two items that are no couplet
COUPLETS_NONE = [
    ("afubanfa2021-有关规范", "（六）提供的数据和本部门所掌握的数据不一致或者不符合有关规范、无法使用的；"),  # 有/无 inside words
    ("fyp10-基础研究", "第三节加强基础研究和应用基础研究加强数学、物理、化学、天文等基础学科重点领域的前沿性、交叉性研究和积累"),
    ("fyp12-经济效益", "坚持一手抓公益性文化事业、一手抓经营性文化产业，始终把社会效益放在首位，实现经济效益和社会效益有机统一"),
    ("jilin2025-引导预期", "这些目标的确定，既衔接“十四五”规划收官，又符合吉林发展实际，体现了更加积极有为，有利于引导预期、提振信心。"),
    ("gwr2001-三项政策", "按保护价敞开收购农民余粮，中央财政继续给予资金支持，以充分发挥其粮食生产的优势。"),
    ("guobanfa2019-单户担保金额", "其中，对单户担保金额500万元及以下的小微企业和“三农”主体收取的担保费率原则上不超过1%，对单户担保金额500万元以上的小微企业和“三农”主体收取的担保费率原则上不超过1.5%。"),
]

# (id, sentence, template, components) -- clauses across , and ;
CLAUSES = [
    ("guobanfa2019-不得", "政府性融资担保、再担保机构要严格以小微企业和“三农”融资担保业务为主业，支持符合条件的战略性新兴产业项目，不断提高支小支农担保业务规模和占比，服务大众创业、万众创新，不得偏离主业盲目扩大业务范围，不得为政府债券发行提供担保，不得为政府融资平台融资提供增信，不得向非融资担保机构进行股权投资。",
     "不得_", ["不得偏离主业盲目扩大业务范围", "不得为政府债券发行提供担保", "不得为政府融资平台融资提供增信", "不得向非融资担保机构进行股权投资"]),
    ("gwr2018-坚持", "贯彻党的基本理论、基本路线、基本方略，坚持和加强党的全面领导，坚持稳中求进工作总基调，坚持新发展理念，紧扣我国社会主要矛盾变化，按照高质量发展的要求，",
     "坚持_", ["坚持和加强党的全面领导", "坚持稳中求进工作总基调", "坚持新发展理念"]),
    ("fujian2025-向", "在此，我代表省人民政府，向全省人民，向人大代表、政协委员、各民主党派、工商联和无党派人士、各群众团体和社会各界人士，向中央驻闽单位、驻闽人民解放军、武警部队官兵、公安干警和消防救援队伍，向长期关心支持福建高质量发展的台港澳同胞、海外乡亲和国际友人，表示崇高敬意和衷心感谢！",
     "向_", ["向全省人民", "向人大代表、政协委员、各民主党派、工商联和无党派人士、各群众团体和社会各界人士",
            "向中央驻闽单位、驻闽人民解放军、武警部队官兵、公安干警和消防救援队伍", "向长期关心支持福建高质量发展的台港澳同胞、海外乡亲和国际友人"]),
    ("qinghai2025-是的结果", "各位代表!回望过去一年，我们面临的挑战前所未有，付出的努力超乎寻常，取得的成绩令人鼓舞，根本在于习近平总书记的领航掌舵，在于习近平新时代中国特色社会主义思想的科学指引，是省委团结带领全省各族干部群众真抓实干、奋勇拼搏的结果，是省人大、省政协和社会各界有效监督、鼎力支持的结果，全省广大劳动者、建设者、创业者都在为梦想拼搏。",
     "是_的结果", ["是省委团结带领全省各族干部群众真抓实干、奋勇拼搏的结果", "是省人大、省政协和社会各界有效监督、鼎力支持的结果"]),
    ("gwr2004-更加注重", "按照“五个统筹”的要求，更加注重搞好宏观调控，更加注重统筹兼顾，更加注重以人为本，更加注重改革创新，着力解决经济社会发展中的突出矛盾，",
     "更加注重_", ["更加注重搞好宏观调控", "更加注重统筹兼顾", "更加注重以人为本", "更加注重改革创新"]),
    ("gwr1978-把整顿好", "要把机关整顿好，把厂矿企业整顿好，把社、队整顿好，把商店整顿好，把学校整顿好，把军队整顿好，把各行各业都整顿好。",
     "把_", ["把机关整顿好", "把厂矿企业整顿好", "把社、队整顿好", "把商店整顿好", "把学校整顿好", "把军队整顿好", "把各行各业都整顿好"]),
    ("guofa2018-落实部门责任", "深入贯彻落实《中华人民共和国农业机械化促进法》等法律法规，完善粮食安全省长责任制等政府目标考核中的农业机械化内容，建立协同推进机制，落实部门责任，加强经费保障，形成工作合力。",
     "XXXXXX", ["落实部门责任", "加强经费保障", "形成工作合力"]),
    ("congress2022-用党的", "全党要把青年工作作为战略性工作来抓，用党的科学理论武装青年，用党的初心使命感召青年，做青年朋友的知心人、青年工作的热心人、青年群众的引路人。",
     "用党的_青年", ["用党的科学理论武装青年", "用党的初心使命感召青年"]),
    ("jilin2025-激活经济新动能", "创新供给引导需求、扩大投资撬动消费，激活经济新动能，拓展发展新空间。",
     "____新__", ["激活经济新动能", "拓展发展新空间"]),
]

# (id, sentence) -- clauses that are no series
CLAUSES_NONE = [
    ("jilin2025-总体要求", "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，扎实推动高质量发展，不断提高人民生活水平，保持社会和谐稳定，推动“十四五”规划圆满收官，为实现“十五五”良好开局打牢基础。"),
    ("fyp12-发展债券市场", "积极发展债券市场，完善发行管理体制，推进债券品种创新和多样化，稳步推进资产证券化"),  # 发 of 发展/发行
    ("congress1969-是完全必要的", "这次无产阶级文化大革命，对于巩固无产阶级专政，防止资本主义复辟，建设社会主义，是完全必要的，是非常及时的。"),
    ("gwr2024-农房抗震", "加强充电桩、冷链物流、寄递配送设施建设，加大农房抗震改造力度，持续改善农村人居环境，建设宜居宜业和美乡村。"),
]


@pytest.mark.parametrize("case_id,text,template,components", COUPLETS + CONJUNCTIONS + CLAUSES,
                         ids=[c[0] for c in COUPLETS + CONJUNCTIONS + CLAUSES])
def test_finds(case_id, text, template, components):
    found = _phrase(text)
    if template is None:
        assert found == []
    else:
        assert (template, components) in found


@pytest.mark.parametrize("case_id,text", COUPLETS_NONE + CLAUSES_NONE, ids=[c[0] for c in COUPLETS_NONE + CLAUSES_NONE])
def test_finds_nothing(case_id, text):
    assert _phrase(text) == []


def test_offsets_of_clause_series_index_the_original_text():
    text = "\u200b２０２４年，" + CLAUSES[0][1]
    (p,) = [p for p in extract_parallels(text) if p.template == "不得_"]
    assert text[p.start:p.end] == p.text
    assert all(text[c.start:c.end] == c.text for c in p.components)


# -- sentence and heading level, read from the corpus files --------------------------------------

# (id, corpus file, level, template, components)
DOCUMENTS = [
    ("jilin2025-一是", "gwr-provincial/2025-jilin.txt", "sentence", "一是…二是…",
     ["全力拼经济稳增长", "全力培育新质生产力", "全力发展现代化大农业", "全力深化改革扩大开放", "全力保障和改善民生"]),
    ("jilin2025-挖潜增效", "gwr-provincial/2025-jilin.txt", "sentence", "XXXXXXX。",
     ["挖潜增效稳工业", "优化结构扩投资", "综合施策促消费"]),
    ("jilin2025-拓展传统消费", "gwr-provincial/2025-jilin.txt", "sentence", "XXXXXX。",
     ["拓展传统消费", "培育新型消费", "创新消费供给", "优化消费环境"]),
    # another lead (沈白高铁建成通车。) comes between: the shared head still makes the series
    ("jilin2025-强化项目", "gwr-provincial/2025-jilin.txt", "sentence", "强化项目_。",
     ["强化项目建设力度", "强化项目谋划储备", "强化项目要素保障"]),
    ("jilin2025-人民满意", "gwr-provincial/2025-jilin.txt", "sentence", "建设人民满意的_。",
     ["建设人民满意的有为政府", "建设人民满意的服务型政府", "建设人民满意的法治政府", "建设人民满意的廉洁政府"]),
    ("heilongjiang2025-促消费", "gwr-provincial/2025-heilongjiang.txt", "sentence", "XXXXXXXXX。",
     ["强化政策赋能促消费", "有效激发潜能增消费", "持续优化环境扩消费"]),
    ("henan2025-加力", "gwr-provincial/2025-henan.txt", "sentence", "加力_。", ["加力提振消费", "加力扩大投资", "加力稳住楼市"]),
    # leads opening consecutive paragraphs
    ("guobanfa2019-基本原则", "state-council/guobanfa-2019-6.txt", "sentence", "XXXXXXXX。",
     ["聚焦支小支农主业", "坚持保本微利运行", "落实风险分担补偿", "凝聚担保机构合力"]),
]


def _document(rel):
    text = corpus_text(rel)
    return extract_parallels(text, headings=sibling_headings(parse_structure(text).sections))


@pytest.mark.parametrize("case_id,rel,level,template,components", DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_documents(case_id, rel, level, template, components):
    found = [(p.template, [c.text for c in p.components]) for p in _document(rel) if p.level == level]
    assert (template, components) in found


# (id, text) -- short sentences that are no run-in series
RUN_IN_NONE = [
    # review sentences, not leads: they do not open with a verb
    ("gwr2024-国际收支", "——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。国际收支基本平衡。\n"),
    # a pronoun head twice is how sentences begin, not a series
    ("hunan2025-我们", "　　我们不断加强精神文明建设。成功举办庆祝中华人民共和国成立75周年系列活动。\n"
     "　　我们统筹推进各项事业发展。第五次经济普查圆满完成。\n"),
    # a sentence alone on its line is a heading or a closing remark
    ("jilin2025-单独成行", "主要做了以下工作。\n各位代表！\n重点做好八个方面工作。\n"),
]


@pytest.mark.parametrize("case_id,text", RUN_IN_NONE, ids=[c[0] for c in RUN_IN_NONE])
def test_no_run_in_series(case_id, text):
    assert [p for p in extract_parallels(text) if p.level == "sentence" and p.template.endswith("。")] == []


def test_two_sibling_headings_sharing_two_heads():
    """（一）聚焦…,着力…（二）聚焦…,着力…: two headings suffice when both clauses share a head
    (the report cut before its heading （三）)."""
    text = corpus_text("gwr-provincial/2025-jilin.txt")
    text = text[:text.index("（三）")]
    found = [(p.template, [c.text for c in p.components]) for p in
             extract_parallels(text, headings=sibling_headings(parse_structure(text).sections)) if p.level == "heading"]
    assert found == [("聚焦_,着力_", ["聚焦全方位扩大国内需求", "聚焦科技创新和产业创新融合发展"])]


def test_two_sibling_headings_sharing_one_head_are_not_enough():
    text = "一、加强组织领导，明确责任分工\n正文。\n二、加强宣传引导，营造良好氛围\n正文。\n"
    text = text.replace("二、加强宣传引导，营造", "二、加强宣传引导，努力营造")
    found = [p for p in extract_parallels(text, headings=sibling_headings(parse_structure(text).sections))
             if p.level == "heading"]
    assert found == []


@pytest.mark.parametrize("text", [
    "，".join("坚持" + chr(0x4E00 + i % 500) + chr(0x4E80 + i % 300) for i in range(20000)),  # one head
    "，".join("国" + chr(0x4E00 + i % 500) + chr(0x4E80 + i % 300) + "家" for i in range(20000)),  # no head word
    "，".join("加强" + chr(0x4E00 + i % 500) + chr(0x4E80 + i % 300) + "管理" for i in range(20000)),  # one length
    "，".join("质的有效提升和量的合理增长" for _ in range(5000)),
    "和" * 50000,
    "".join("强化项目" + chr(0x4E00 + i % 500) + "。正文。" for i in range(10000)),
    "\n".join("一是全力拼经济。正文。\n二是全力稳增长。正文。" for _ in range(10000)),
], ids=["clause-heads", "clause-first-chars", "clause-lengths", "conjunctions", "conjunction-chars", "run-in-leads",
        "paragraph-ordinals"])
def test_linear_time_on_hostile_input(text):
    t0 = time.process_time()
    extract_parallels(text)
    assert time.process_time() - t0 < 10
