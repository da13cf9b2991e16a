"""Runs without separators: 共商共建共享, 强链补链延链, 稳就业保民生防风险 (:mod:`policytext.slogans.runs`).

Sentences copied verbatim from ../shared/corpus (the file named in the id); cases that must find
nothing: runs that only look alike (lists of names, an idiom, a misaligned reading).
"""

from __future__ import annotations

import pytest

from policytext import extract_parallels
from policytext.slogans.runs import run_parallels

# (id, sentence, template, components)
CORPUS = [
    # three-character items sharing a suffix (保护好、运用好、传承好), not 好运用、好传承、好历史
    ('2025-hainan-保护好运用好传承好', '保护好运用好传承好历史文化、革命文化、海洋文化、民俗文化，开工中国（海南）南海博物馆二期。', '_好', ['保护好', '运用好', '传承好']),
    ('2025-获得感', '加强普惠性、基础性、兜底性民生建设，稳步提高公共服务和社会保障水平，促进社会和谐稳定，不断增强人民群众获得感幸福感安全感。', '_感', ['获得感', '幸福感', '安全感']),
    ('2025-ningxia-新产业', '出台发展新质生产力实施方案，大力支持新技术新产业新业态新模式新赛道发展。', '新__', ['新技术', '新产业', '新业态', '新模式', '新赛道']),
    ('2017-19th-judenpech-共商共建共享', '要以“一带一路”建设为重点，坚持引进来和走出去并重，遵循共商共建共享原则，加强创新能力开放合作，形成陆海内外联动、东西双向互济的开放格局。', '共_', ['共商', '共建', '共享']),
    ('2025-anhui-强链补链延链', '开展制造业投资巩固提升行动，扩充实施重点产业强链补链延链项目。', '_链', ['强链', '补链', '延链']),
    ('2022-稳就业保民生防风险', '经济增速预期目标的设定，主要考虑稳就业保民生防风险的需要，并同近两年平均经济增速以及“十四五”规划目标要求相衔接。', 'V__', ['稳就业', '保民生', '防风险']),
    ('2025-guizhou-良田良种良法良机', '实施粮油作物大面积单产提升行动，集成推广良田良种良法良机，力争粮食单产提升2%左右，完成国家下达的粮食生产目标任务。', '良_', ['良田', '良种', '良法', '良机']),
    ('2017-19th-judenpech-尊法学法守法用法', '各级党组织和全体党员要带头尊法学法守法用法，任何组织和个人都不得有超越宪法法律的特权，绝不允许以言代法、以权压法、逐利违法、徇私枉法。', '_法', ['尊法', '学法', '守法', '用法']),
    ('2017-19th-judenpech-交往交流交融', '全面贯彻党的民族政策，深化民族团结进步教育，铸牢中华民族共同体意识，加强各民族交往交流交融，促进各民族像石榴籽一样紧紧抱在一起，共同团结奋斗、共同繁荣发展。', '交_', ['交往', '交流', '交融']),
    ('2025-chongqing-抓制造优服务强链群', '（二）抓制造优服务强链群，现代化产业体系加快构建。', 'V__', ['抓制造', '优服务', '强链群']),
    ('1959-苦干实干巧干', '为了实现速度很高、规模宏大的一九五九年计划，全国人民必须继续英勇奋斗，苦干实干巧干，努力克服困难。', '_干', ['苦干', '实干', '巧干']),
    ('2017-19th-judenpech-做强做优做大', '要完善各类国有资产管理体制，改革国有资本授权经营体制，加快国有经济布局优化、结构调整、战略性重组，促进国有资产保值增值，推动国有资本做强做优做大，有效防止国有资产流失。', '做_', ['做强', '做优', '做大']),
    ('2017-19th-judenpech-共建共治共享', '（六）打造共建共治共享的社会治理格局。', '共_', ['共建', '共治', '共享']),
    ('2025-qinghai-新形势新任务新要求', '面对新形势新任务新要求，全省各级政府和工作人员要坚持政治引领、干字当头，知重而担、知责而行，加快建设人民满意的法治政府、创新政府、廉洁政府和服务型政府。', '新__', ['新形势', '新任务', '新要求']),
    ('2022-20th-识变应变求变', '全党必须坚定信心、锐意进取，主动识变应变求变，主动防范化解风险，不断夺取全面建设社会主义现代化国家新胜利！', '_变', ['识变', '应变', '求变']),
    ('2012-18th-进教材进课堂进头脑', '推进马克思主义中国化时代化大众化，坚持不懈用中国特色社会主义理论体系武装全党、教育人民，深入实施马克思主义理论研究和建设工程，建设哲学社会科学创新体系，推动中国特色社会主义理论体系进教材进课堂进头脑。', '进__', ['进教材', '进课堂', '进头脑']),
    ('2017-19th-judenpech-防灾减灾救灾', '树立安全发展理念，弘扬生命至上、安全第一的思想，健全公共安全体系，完善安全生产责任制，坚决遏制重特大安全事故，提升防灾减灾救灾能力。', '_灾', ['防灾', '减灾', '救灾']),
    ('2016-庸政懒政怠政', '健全督查问责机制，坚决整肃庸政懒政怠政行为，决不允许占着位子不干事。', '_政', ['庸政', '懒政', '怠政']),
    ('1973-10th-全党全军全国', '林彪反党集团，不但没有也不可能挡住中国人民的革命洪流奔腾前进，反而进一步激发全党全军全国人民“团结起来，争取更大的胜利”。', '全_', ['全党', '全军', '全国']),
]

# (id, sentence, the run that must not be a parallel) -- bugs caught while reading the corpus output
NOT_PARALLEL = [
    # two items side by side are as often a compound as a formula: runs need three
    ('2007-17th-大发展大繁荣', '七、推动社会主义文化大发展大繁荣', '大发展大繁荣'),
    ('2025-chongqing-转移转化', '深化“双一流”建设，健全学科专业设置调整机制，加快建设教育部重庆高等研究院、全国高校区域技术转移转化中心。', '转移转化'),
    ('guobanfa-2018-123-网络安全法等法律法规', '严格执行网络安全法等法律法规，落实安全管理责任，建立健全安全管理制度、保密审查制度和应急预案，提高政务新媒体安全防护能力。', '网络安全法等法律法规'),
    ('national-12th-2011-2015-加强加快', '重点加强加快转变经济发展方式、改善民生和发展社会事业以及政府自身建设等方面的立法', '加强加快'),
    ('2006-淮河海河辽河', '重点搞好“三河三湖”（即：淮河海河辽河、太湖巢湖滇池）、南水北调水源及沿线、三峡库区、松花江等流域污染防治。', '淮河海河辽河'),
    ('2002-16th-相辅相成', '依法治国和以德治国相辅相成。', '相辅相成'),
    ('1973-10th-人民代表大会', '最近，我们还要举行第四届全国人民代表大会。', '人民代表大会'),
]


@pytest.mark.parametrize("sentence, template, components", [c[1:] for c in CORPUS], ids=[c[0] for c in CORPUS])
def test_corpus_run(sentence, template, components):
    found = [(p.template, [c.text for c in p.components]) for p in extract_parallels(sentence)]
    assert (template, components) in found
    for p in extract_parallels(sentence):
        assert all(sentence[c.start:c.end] == c.text for c in p.components)


@pytest.mark.parametrize("sentence, run", [c[1:] for c in NOT_PARALLEL], ids=[c[0] for c in NOT_PARALLEL])
def test_not_a_run(sentence, run):
    assert not [p for p in extract_parallels(sentence) if run in p.text or p.text in run]


@pytest.mark.parametrize("text", ["人民代表大会", "我国国有企业", "全国全面推行", "" , "abab", "的的的的的的"])
def test_runs_that_only_look_alike(text):
    assert run_parallels(text) == []


def test_linear_time_on_a_hostile_run():
    import time

    text = "共建" * 20000 + "良田良种" * 20000
    t0 = time.perf_counter()
    run_parallels(text)
    assert time.perf_counter() - t0 < 5
