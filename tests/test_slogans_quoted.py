"""Quoted phrases (quote, catchphrase, name) and 《…》 titles.

Sentences copied from ../shared/corpus (file in the id), the issue's examples, bugs caught.
"""

from __future__ import annotations

import time

import pytest

from policytext import extract_quoted, extract_titles

# (id, sentence, [(text, kind, speaker)])
CORPUS = [
    ("congress1973-列宁说", "列宁说：“帝国主义的一个重要的特点，是几个大国都想争夺霸权”。",
     [("帝国主义的一个重要的特点，是几个大国都想争夺霸权", "quote", "列宁")]),
    ("congress1977-毛主席说", "毛主席说：“我们的重点必须放在发展生产上，但发展生产和改善人民生活二者必须兼顾。”我们要继续发扬艰苦朴素、勤俭节约的优良传统，多积累一些资金来搞生产建设。",
     [("我们的重点必须放在发展生产上，但发展生产和改善人民生活二者必须兼顾。", "quote", "毛主席")]),
    ("gwr1994-江泽民同志指出", "江泽民同志指出：“发展要有新思路，真正转到以提高经济效益为中心的轨道上来，不能继续走盲目追求产值速度和扩大投资规模的老路。”当前经济增长的一些条件已经偏紧，“瓶颈”制约和通货膨胀的压力加大，改革又需要比较宽松的环境。",
     [("发展要有新思路，真正转到以提高经济效益为中心的轨道上来，不能继续走盲目追求产值速度和扩大投资规模的老路。", "quote", "江泽民同志"),
      ("瓶颈", "catchphrase", None)]),
    ("gwr1978-明确指出-连引", "毛主席指出：“没有广泛的人民民主，无产阶级专政不能巩固，政权会不稳。”“要使全党、全民团结起来，就必须发扬民主，让人讲话。”",
     [("没有广泛的人民民主，无产阶级专政不能巩固，政权会不稳。", "quote", "毛主席"),
      ("要使全党、全民团结起来，就必须发扬民主，让人讲话。", "quote", "毛主席")]),
    ("anhui2025-小巨人", "新增高新技术企业3500家以上、科技型中小企业7533家、专精特新“小巨人”企业113家，总数均居全国第一方阵，“乔木”参天、“灌木”茁壮、“苗木”葱郁的创新生态加快形成。",
     [("小巨人", "name", None), ("乔木", "catchphrase", None), ("灌木", "catchphrase", None), ("苗木", "catchphrase", None)]),
    ("anhui2025-入选", "郎溪磨盘山遗址入选“全国十大考古新发现”，华龙洞人被证实为东亚地区向智人演化的最早古人类。",
     [("全国十大考古新发现", "name", None)]),
    ("anhui2025-荣获", "7部作品荣获“五个一工程”优秀作品奖、居全国第5位。", [("五个一工程", "name", None)]),
    ("gwr1993-菜篮子工程", "“菜篮子”工程的实施，保证了城市居民的副食供应。", [("菜篮子", "name", None)]),
    ("fujian2025-奖项", "推动文化繁荣，9部作品获“五个一工程”优秀作品奖，15件作品获中国新闻奖，一批“闽派”文艺精品获“飞天奖”“星光奖”“金鹰奖”“白玉兰奖”。",
     [("五个一工程", "name", None), ("闽派", "catchphrase", None), ("飞天奖", "name", None), ("星光奖", "name", None),
      ("金鹰奖", "name", None), ("白玉兰奖", "name", None)]),
    ("gwr2017-放管服", "我们一定要让企业和群众更多感受到“放管服”改革成效，着力打通“最后一公里”，坚决除烦苛之弊、施公平之策、开便利之门。",
     [("放管服", "catchphrase", None), ("最后一公里", "catchphrase", None)]),
    ("gwr2018-最多跑一次", "必须到现场办的也要力争做到“只进一扇门”、“最多跑一次”。",
     [("只进一扇门", "catchphrase", None), ("最多跑一次", "catchphrase", None)]),
    ("guangdong2025-卡脖子", "聚焦“卡脖子”技术、产业补短板技术、关键共性技术，新布局一批省重点领域研发计划。",
     [("卡脖子", "catchphrase", None)]),
    ("gansu2025-店小二", "按照国务院“五个严禁”“八个不得”要求，严格规范涉企行政检查，当好服务企业的“店小二”，有求必应、随叫随到、无事不扰，让民营企业放心投资、安心经营、舒心发展。",
     [("五个严禁", "catchphrase", None), ("八个不得", "catchphrase", None), ("店小二", "catchphrase", None)]),
    ("jilin2025-金钥匙", "我们要把习近平总书记强调的必须统筹好五对重要关系作为做好今年工作的“金钥匙”，坚持稳中求进、以进促稳，把质的有效提升和量的合理增长统一于高质量发展全过程，以改革为动力，超常规推动吉林全面振兴迈出坚实步伐。", [("金钥匙", "catchphrase", None)]),
    ("gwr1959-他指出-代词", "他指出，“基数大，速度就低”不是社会生产发展的规律，而主要是忽视对现有企业进行技术改造的结果；", [("基数大，速度就低", "catchphrase", None)]),
    ("gwr1960-长引语", "毛泽东同志在一九五九年五月即已指出，在农村人民公社化实现以后，“农业的根本出路在于机械化”，“从一九五九年算起，四年小解决，七年中解决，十年大解决”，这个进度比原来农业发展纲要所设想的要快得多。",
     [("农业的根本出路在于机械化", "quote", "毛泽东同志"),
      ("从一九五九年算起，四年小解决，七年中解决，十年大解决", "quote", "毛泽东同志")]),
    ("gwr1978-无名陈述", "毛主席针对他们的干扰破坏，反复批判他们违背“要搞马克思主义，不要搞修正主义；要团结，不要分裂；要光明正大，不要搞阴谋诡计”的基本原则，多次警告他们“不要搞四人帮”。",
     [("要搞马克思主义，不要搞修正主义；要团结，不要分裂；要光明正大，不要搞阴谋诡计", "quote", None),
      ("不要搞四人帮", "catchphrase", None)]),
    ("gwr2025-十四五", "高质量完成“十四五”规划目标任务，为实现“十五五”良好开局打牢基础。",
     [("十四五", "name", None), ("十五五", "name", None)]),
    ("gwr2000-八七", "加大扶贫工作力度，努力实现“八七”扶贫攻坚计划的目标。", [("八七", "name", None)]),
    ("gwr1978-空格", "在这种情况下，“ 四人帮”为了达到他们篡党夺权的反革命目的，", [("四人帮", "catchphrase", None)]),
]

# Second pass: X+ formulas and numeric slogans are catchphrases whatever the word after them;
# designations by number, plan periods and long programme titles are names; a pronoun's speaker
# is named in the sentence before.
CORPUS_KINDS = [
    ("jilin2025-人工智能+", "未来产业突出前瞻布局，开展“人工智能＋”行动，开拓新型显示、低空经济等应用新场景",
     [("人工智能＋", "catchphrase", None)]),
    ("hubei2025-旅游+", "积极拓展“旅游＋”“＋旅游”，促进文旅融合、体旅融合、商旅",
     [("旅游＋", "catchphrase", None), ("＋旅游", "catchphrase", None)]),
    ("guangdong2025-十百千万工程", "深入实施电子商务发展“十百千万”工程，支持零售业数字化转型", [("十百千万", "catchphrase", None)]),
    ("jilin2025-31条", "落实支持民营经济发展“31条”政策，持续为民营企业松绑减负，新登记经营主体60.7万户",
     [("31条", "name", None)]),
    ("jilin2025-一号产业项目", "加快实施市县“一号产业项目”，产业投资占比超过50％。", [("一号产业项目", "name", None)]),
    ("jilin2025-办学条件改善工程", "强化教育人才支撑，实施高等教育“百亿工程”“办学条件改善工程”，打造一批高水平应用型学科",
     [("百亿工程", "catchphrase", None), ("办学条件改善工程", "name", None)]),
    ("jilin2025-挂一次号", "“一次就诊只挂一次号”医疗机构达307家，实现三级公立医院、市县中心医院（中医院）",
     [("一次就诊只挂一次号", "catchphrase", None)]),
    ("xinjiang2025-天山号", "其中始发中欧(中亚)班列1394列，“天山号”发运562列", [("天山号", "name", None)]),
    ("chongqing2025-形象工程", "加强重大政策、重大项目事前评估，坚决杜绝“形象工程”“面子工程”",
     [("形象工程", "catchphrase", None), ("面子工程", "catchphrase", None)]),
    ("gwr1982-他指出", "最近，著名经济学家孙冶方同志，在重病中仍然十分关心社会主义建设，并就翻两番必须主要依靠技术改造的问题，写了一篇很好的文章，发表于十一月十九日《人民日报》。他指出，“基数大，速度就低”不是社会生产发展的规律，而主要是忽视对现有企业进行技术改造的结果；",
     [("基数大，速度就低", "quote", "孙冶方同志")]),
    ("gwr1955-他们又说", "他们说不要搞得这样紧张，把任务减轻下来吧。他们又说“农民太苦”，慢一点搞工业化吧。",
     [("农民太苦", "catchphrase", None)]),
]

# The issue's examples, in the seed document's wording.
ISSUE = [
    ("issue-多次强调",
     "习近平总书记多次强调,“科技创新和产业创新,是发展新质生产力的基本路径”“科技创新能够催生新产业、新模式、新动能,是发展新质生产力的核心要素”“要以科技创新引领产业创新,积极培育和发展新质生产力”,",
     [("科技创新和产业创新,是发展新质生产力的基本路径", "quote", "习近平总书记"),
      ("科技创新能够催生新产业、新模式、新动能,是发展新质生产力的核心要素", "quote", "习近平总书记"),
      ("要以科技创新引领产业创新,积极培育和发展新质生产力", "quote", "习近平总书记")]),
    ("issue-指出北京要", "习近平总书记指出,北京要“着力打造我国自主创新的重要源头和原始创新的主要策源地”。",
     [("着力打造我国自主创新的重要源头和原始创新的主要策源地", "quote", "习近平总书记")]),
    ("issue-领头雁", "真正成为全球科技创新的“领头雁”。", [("领头雁", "catchphrase", None)]),
    ("issue-长安链", "产出全球首个开源开放的区块链软硬件技术体系“长安链”、全球首个通用人工智能体“通通”、填补国内脑机接口技术空白的“北脑二号”等一批重大创新成果。",
     [("长安链", "name", None), ("通通", "name", None), ("北脑二号", "name", None)]),
    ("issue-为主题", "中关村论坛成为面向全球科技创新交流合作的国家级平台,2025中关村论坛年会以“新质生产力与全球科技合作”为主题,来自115个国家和地区的嘉宾参与活动,包括顶级科学家、知名企业家共1127位嘉宾发表演讲。", [("新质生产力与全球科技合作", "name", None)]),
    ("issue-主基调", "以“放权赋能、鼓励创新、稳定预期”为主基调,", [("放权赋能、鼓励创新、稳定预期", "catchphrase", None)]),
]

BUGS = [
    # a speech verb far from the quotation, across a sentence end, makes no quote
    ("bug-verb-in-earlier-sentence", "习近平总书记指出了方向。我们打造“独角兽之城”。", [("独角兽之城", "catchphrase", None)]),
    # an unclosed mark at a line end pairs with nothing
    ("bug-unclosed-line", "正如毛主席所说：“\n一切反动派都是纸老虎。", []),
    ("bug-nested-single-quotes", "他们所谓的“‘新变动’就是老干部变成走资派”", [
        ("‘新变动’就是老干部变成走资派", "catchphrase", None), ("新变动", "catchphrase", None)]),
    ("bug-corner-brackets", "推行「一网通办」改革", [("一网通办", "catchphrase", None)]),
]

# Third pass: programme and institution nouns make names, place brands are names, coined roles stay
# catchphrases, numeric slogans stay catchphrases.
THIRD_PASS = [
    ('guizhou2025-六六就业稳岗计划', '深入实施“六六就业稳岗计划”，城镇新增就业60万人以上。', [('六六就业稳岗计划', 'name', None)]),
    ('wankaifangban2022-串链行动', '结合RCEP实施，围绕产业链强链补链延链，引育产业链“链主”企业，实施“串链行动”，优化产业链供应链布局。',
     [('链主', 'catchphrase', None), ('串链行动', 'name', None)]),
    ('wankaifangban2022-海外智慧物流平台', '开展省级公共海外仓认定，推进与“海外智慧物流平台”合作，促进海外仓资源共建共用共享。',
     [('海外智慧物流平台', 'name', None)]),
    ('guizhou2025-灯塔工厂', '贵州轮胎入选全球“灯塔工厂”，遵义铝业发布电解铝复杂体系动态优化预测大模型，上云用云企业超过3万家。',
     [('灯塔工厂', 'name', None)]),
    ('guangdong2025-链主', '推动5500家企业“小升规”，加快培育更多一流企业，形成“链主”企业引领、单项冠军企业攻坚、专精特新企业筑基、大中小企业融通协作的发展格局。',
     [('小升规', 'catchphrase', None), ('链主', 'catchphrase', None)]),
    ('jiangsu2025-水韵江苏', '开辟太湖水上特色旅游客运航线，进一步擦亮“水韵江苏”文旅品牌。', [('水韵江苏', 'name', None)]),
    ('hainan2025-雨露计划', '高校毕业生毕业去向落实率、留琼率保持稳定，“雨露计划”毕业生就业率达100%。', [('雨露计划', 'name', None)]),
    ('fujian2025-十大行动', '推进乡村建设，滚动推进100个以上乡村振兴“十大行动”重点项目，建设16个“两通工程”项目。',
     [('十大行动', 'catchphrase', None), ('两通工程', 'catchphrase', None)]),
    ('guangdong2025-真金白银', '继续严控“三公”经费和政府购买服务支出，把更多“真金白银”投入到推动发展和改善民生上。',
     [('三公', 'catchphrase', None), ('真金白银', 'catchphrase', None)]),
]


@pytest.mark.parametrize("case_id,text,want", CORPUS + CORPUS_KINDS + ISSUE + BUGS + THIRD_PASS,
                         ids=[c[0] for c in CORPUS + CORPUS_KINDS + ISSUE + BUGS + THIRD_PASS])
def test_quoted(case_id, text, want):
    found = extract_quoted(text)
    assert [(q.text, q.kind, q.speaker) for q in found] == want
    for q in found:
        assert text[q.start:q.end] == q.text


def test_offsets_with_invisible_characters():
    text = "\ufeff习近平总书记强调\u200b,“要及时将科技创新成果应用到具体产业和产业链上”。"
    (q,) = extract_quoted(text)
    assert text[q.start:q.end] == q.text == "要及时将科技创新成果应用到具体产业和产业链上"
    assert q.kind == "quote" and q.speaker == "习近平总书记"


TITLES = [
    ("seed-条例", "持续完善成果转化政策法规体系,颁布实施《北京市促进科技成果转化条例》,率先以地方性法规形式明确科技成果权属相关法律制度,推动中关村核心区清华大学、北京大学、国家纳米科学中心等100家在京高校院所适用条例。", ["北京市促进科技成果转化条例"]),
    ("seed-方案", "联合印发《中关村世界领先科技园区建设方案(2024—2027年)》。", ["中关村世界领先科技园区建设方案(2024—2027年)"]),
    ("gwr2024-协定", "推动加入《数字经济伙伴关系协定》、《全面与进步跨太平洋伙伴关系协定》。",
     ["数字经济伙伴关系协定", "全面与进步跨太平洋伙伴关系协定"]),
    ("congress-篇名", "学习《毛泽东选集》第五卷,学习〈论十大关系〉。", ["毛泽东选集"]),
    ("unclosed", "《未闭合的书名\n下一行", []),
]


@pytest.mark.parametrize("case_id,text,want", TITLES, ids=[c[0] for c in TITLES])
def test_titles(case_id, text, want):
    found = extract_titles(text)
    assert [r.text for r in found] == want
    for r in found:
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("func", [extract_quoted, extract_titles])
def test_rejects_non_text(func):
    with pytest.raises(TypeError, match=func.__name__):
        func(b"\xe2\x80\x9c")


def test_linear_time():
    text = ("习近平总书记指出," + "“" * 300 + "要" + "”" * 300 + "《" * 200) * 300
    t0 = time.process_time()
    extract_quoted(text)
    extract_titles(text)
    assert time.process_time() - t0 < 10
