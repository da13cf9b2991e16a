"""Parallel formulas: phrase, sentence and heading level.

Cases are grouped by origin: sentences copied from ../shared/corpus (the file is named in the id),
bugs caught while reading the corpus output, and the issue's own examples. Every table holds cases
that must find nothing: plain lists of things are not parallels.
"""

from __future__ import annotations

import json
import time

import pytest

from policytext import Span, extract_parallels, parse_structure
from policytext.slogans import sibling_headings

# (id, sentence, template, components) -- sentences copied verbatim from ../shared/corpus
CORPUS = [
    ("gwr2024-稳预期", "稳是大局和基础，各地区各部门要多出有利于稳预期、稳增长、稳就业的政策，谨慎出台收缩性抑制性举措。",
     "稳_", ["稳预期", "稳增长", "稳就业"]),
    ("gwr1997-乱收费", "坚决查处各种乱收费、乱摊派、乱罚款、乱集资的行为。",
     "乱_", ["乱收费", "乱摊派", "乱罚款", "乱集资"]),
    ("gwr2009-新技术", "鼓励企业应用新技术、新工艺、新设备、新材料，适应市场变化，开发适销对路产品。",
     "新_", ["新技术", "新工艺", "新设备", "新材料"]),
    ("congress1992-通邮", "我们将继续促进两岸直接通邮、通航、通商，推动两岸人民的往来和各个领域的交流合作。",
     "通_", ["通邮", "通航", "通商"]),
    ("gwr2006-节能", "二要抓紧制定和完善各行业节能、节水、节地、节材标准，推进节能降耗重点项目建设。",
     "节_", ["节能", "节水", "节地", "节材"]),
    ("fyp12-用电", "实行鼓励类服务业用电、用水、用气、用热与工业同价",
     "用_", ["用电", "用水", "用气", "用热"]),
    ("gwr2009-保增长", "要紧紧围绕保增长、保民生、保稳定这个大局，加强政府自身建设。",
     "保_", ["保增长", "保民生", "保稳定"]),
    ("congress2002-求和平", "台湾同胞求和平、求安定、求发展的意愿日益增强。",
     "求_", ["求和平", "求安定", "求发展"]),
    ("baofubanfa2022-跨部门", "逐步实现跨部门、跨领域、跨层级的“全科无差别受理\"。",
     "跨_", ["跨部门", "跨领域", "跨层级"]),
    ("fujian2025-早识别", "早识别、早预警、早发现、早处置，牢牢守住不发生系统性风险底线。",
     "早_", ["早识别", "早预警", "早发现", "早处置"]),
    ("fujian2025-好房子", "系统推进好房子、好小区、好社区、好城区建设。",
     "好_", ["好房子", "好小区", "好社区", "好城区"]),
    ("fujian2025-投早", "引导金融资本投早、投小、投长期、投硬科技，全社会研发投入增长8%以上。",
     "投_", ["投早", "投小", "投长期", "投硬科技"]),
    ("fyp10-谁投资", "按照“谁投资、谁决策、谁受益、谁承担风险”的原则，改革投资管理方式",
     "谁_", ["谁投资", "谁决策", "谁受益", "谁承担风险"]),
    ("congress1997-讲学习", "继续在县级以上领导干部中深入进行以讲学习、讲政治、讲正气为主要内容的党性党风教育。",
     "讲_", ["讲学习", "讲政治", "讲正气"]),
    ("congress2002-尊重劳动", "必须尊重劳动、尊重知识、尊重人才、尊重创造，这要作为党和国家的一项重大方针在全社会认真贯彻。",
     "尊重_", ["尊重劳动", "尊重知识", "尊重人才", "尊重创造"]),
    ("gwr1978-互相尊重", "各民族要互相尊重、互相帮助、互相学习。",
     "互相_", ["互相尊重", "互相帮助", "互相学习"]),
    ("congress2007-贴近实际", "贴近实际、贴近生活、贴近群众，始终把社会效益放在首位，做到经济效益与社会效益相统一。",
     "贴近_", ["贴近实际", "贴近生活", "贴近群众"]),
    ("baofubanfa2022-同步规划", "81．严格落实网络安全技术措施同步规划、同步建设、同步使用要求，确保重要系统和设施安全有序运行。",
     "同步_", ["同步规划", "同步建设", "同步使用"]),
    ("congress2017-更加积极", "实行更加积极、更加开放、更加有效的人才政策",
     "更加_", ["更加积极", "更加开放", "更加有效"]),
    ("congress2017-更高质量", "我们要激发全社会创造力和发展活力，努力实现更高质量、更有效率、更加公平、更可持续的发展！",
     "更_", ["更高质量", "更有效率", "更加公平", "更可持续"]),
    ("congress2012-不平衡", "主要是：发展中不平衡、不协调、不可持续问题依然突出，科技创新能力不强，产业结构不合理。",
     "不_", ["不平衡", "不协调", "不可持续"]),
    ("congress2022-不敢腐", "不敢腐、不能腐、不想腐一体推进，反腐败斗争取得压倒性胜利并全面巩固。",
     "不_", ["不敢腐", "不能腐", "不想腐"]),
    ("gwr1955-边勘察", "我们有些建设工程不得不边勘察、边设计、边施工，并在建设的过程中来试制各种机器设备。",
     "边_", ["边勘察", "边设计", "边施工"]),
    ("congress2007-最关心", "着力解决人民最关心、最直接、最现实的利益问题，为发展提供良好社会环境。",
     "最_", ["最关心", "最直接", "最现实"]),
    ("congress1982-有理想", "带动越来越多的社会成员成为有理想、有道德、有文化、守纪律的劳动者。",
     "有_", ["有理想", "有道德", "有文化"]),
    ("congress2007-工业化", "全面认识工业化、信息化、城镇化、市场化、国际化深入发展的新形势新任务",
     "_化", ["工业化", "信息化", "城镇化", "市场化", "国际化"]),
    ("congress1987-革命化", "在裁军百万的同时，革命化、现代化、正规化建设有了新的进步，防卫作战能力有了新的提高。",
     "_化", ["革命化", "现代化", "正规化"]),
    ("fyp11-数字化", "根据数字化、网络化、智能化总体趋势，大力发展集成电路、软件和新型元器件等核心产业",
     "_化", ["数字化", "网络化", "智能化"]),
    ("congress2012-积极性", "民主制度更加完善，民主形式更加丰富，人民积极性、主动性、创造性进一步发挥。",
     "_性", ["积极性", "主动性", "创造性"]),
    ("congress2017-系统性", "改革全面发力、多点突破、纵深推进，着力增强改革系统性、整体性、协同性，压茬拓展改革广度和深度。",
     "_性", ["系统性", "整体性", "协同性"]),
    ("congress2017-知识型", "建设知识型、技能型、创新型劳动者大军，弘扬劳模精神和工匠精神。",
     "_型", ["知识型", "技能型", "创新型"]),
    ("congress2007-实现好", "要始终把实现好、维护好、发展好最广大人民的根本利益作为党和国家一切工作的出发点和落脚点。",
     "_好", ["实现好", "维护好", "发展好"]),
    ("congress2007-科学执政", "提高党科学执政、民主执政、依法执政水平，保证党领导人民有效治理国家；",
     "_执政", ["科学执政", "民主执政", "依法执政"]),
    ("congress2012-道路自信", "全党要坚定这样的道路自信、理论自信、制度自信！",
     "_自信", ["道路自信", "理论自信", "制度自信"]),
    ("congress2012-尊重自然", "必须树立尊重自然、顺应自然、保护自然的生态文明理念，把生态文明建设放在突出地位。",
     "_自然", ["尊重自然", "顺应自然", "保护自然"]),
    ("gwr1999-责任到位", "切实解决基层计划生育工作的实际困难和问题，真正做到责任到位、措施到位、投入到位。",
     "_到位", ["责任到位", "措施到位", "投入到位"]),
    ("congress2007-政企分开", "加快推进政企分开、政资分开、政事分开、政府与市场中介组织分开，规范行政行为。",
     "_分开", ["政企分开", "政资分开", "政事分开"]),
    ("congress2007-学有所教", "努力使全体人民学有所教、劳有所得、病有所医、老有所养、住有所居，推动建设和谐社会。",
     "_有所_", ["学有所教", "劳有所得", "病有所医", "老有所养", "住有所居"]),
    ("henan2025-民有所呼", "走好新时代党的群众路线，民有所呼、政有所应，用心用情为群众办实事、解难事。",
     "_有所_", ["民有所呼", "政有所应"]),
    ("fujian2025-进得来", "让他们进得来、留得下、过得好，实现真正的市民化。",
     "V得C", ["进得来", "留得下", "过得好"]),
    ("gwr2009-买得放心", "要让人民群众买得放心、吃得安心、用得舒心。",
     "V得C", ["买得放心", "吃得安心", "用得舒心"]),
    ("gwr2013-来势之猛", "这场危机来势之猛、扩散之快、影响之深，百年罕见。",
     "__之_", ["来势之猛", "扩散之快", "影响之深"]),
    ("gwr2016-增品种", "培育精益求精的工匠精神，增品种、提品质、创品牌。",
     "_品_", ["增品种", "提品质", "创品牌"]),
    ("neimenggu2025-感党恩", "常态化开展“感党恩、听党话、跟党走”群众教育，动态清理不符合主线要求的规范性文件。",
     "_党_", ["感党恩", "听党话", "跟党走"]),
    ("gansu2025-放心投资", "让民营企业放心投资、安心经营、舒心发展。",
     "_心__", ["放心投资", "安心经营", "舒心发展"]),
    ("gwr2024-千村示范", "学习运用“千村示范、万村整治”工程经验，因地制宜、分类施策，推动乡村全面振兴。",
     "_村__", ["千村示范", "万村整治"]),
    ("congress2022-外防输入", "坚持人民至上、生命至上，坚持外防输入、内防反弹，坚持动态清零不动摇。",
     "_防__", ["外防输入", "内防反弹"]),
    ("congress2022-天更蓝", "我们的祖国天更蓝、山更绿、水更清。",
     "_更_", ["天更蓝", "山更绿", "水更清"]),
    ("gwr1978-独立自主", "坚持独立自主、自力更生、艰苦奋斗、勤俭建国的方针，走毛主席指引的建设社会主义的道路。",
     "XXXX", ["独立自主", "自力更生", "艰苦奋斗", "勤俭建国"]),
    ("congress2017-不忘初心", "在全党开展“不忘初心、牢记使命”主题教育，用党的创新理论武装头脑。",
     "XXXX", ["不忘初心", "牢记使命"]),
    ("gansu2025-有求必应", "当好服务企业的“店小二”，有求必应、随叫随到、无事不扰，让民营企业安心经营。",
     "XXXX", ["有求必应", "随叫随到", "无事不扰"]),
    ("congress1997-全方位", "完善全方位、多层次、宽领域的对外开放格局，发展开放型经济，增强国际竞争力。",
     "A__", ["全方位", "多层次", "宽领域"]),
    ("zhongfa2018-农业强", "到2050年，乡村全面振兴，农业强、农村美、农民富全面实现。",
     "农_+A", ["农业强", "农村美", "农民富"]),
    ("gwr2025-促创新", "更好发挥其在促创新、扩消费、稳就业等方面的积极作用。",
     "V__", ["促创新", "扩消费", "稳就业"]),
    ("gwr2018-强基础", "引导更多资金投向强基础、增后劲、惠民生领域。",
     "V__", ["强基础", "增后劲", "惠民生"]),
    ("congress2012-保基本", "按照保基本、强基层、建机制要求，重点推进医疗保障、医疗服务、公共卫生、药品供应、监管体制综合改革。",
     "V__", ["保基本", "强基层", "建机制"]),
    ("gwr2025-化债", "坚持在发展中化债、在化债中发展，完善和落实一揽子化债方案。",
     "AB↔BA", ["在发展中化债", "在化债中发展"]),
    ("gwr2024-数字产业化", "积极推进数字产业化、产业数字化，促进数字技术和实体经济深度融合。",
     "AB↔BA", ["数字产业化", "产业数字化"]),
    ("hunan2025-项目大谋划", "开展“项目大谋划、谋划大项目”，三批集中开工957个重大项目。",
     "AB↔BA", ["项目大谋划", "谋划大项目"]),
    ("gwr2025-最初一公里", "加强上下联动、横向协作，促进政策从“最初一公里”到“最后一公里”衔接畅通。",
     "从“_”到“_”", ["最初一公里", "最后一公里"]),
    ("neimenggu2025-多养", "推动畜牧业生产方式由“多养”向“精养”转变，多措并举保障农牧民“禁牧不减收”。",
     "由“_”向“_”", ["多养", "精养"]),
    ("fujian2025-揭榜挂帅", "深入推行“揭榜挂帅”“赛马制”等新模式，实施10个以上省重大科技创新项目。",
     "“_”“_”", ["揭榜挂帅", "赛马制"]),
    ("congress2022-打虎", "“打虎”、“拍蝇”、“猎狐”多管齐下，反腐败斗争取得压倒性胜利并全面巩固。",
     "“_”、“_”、“_”", ["打虎", "拍蝇", "猎狐"]),
]

# (id, sentence) -- lists of things and other runs that are not parallels
CORPUS_NONE = [
    ("gwr2024-充电桩", "加强充电桩、冷链物流、寄递配送设施建设，加大农房抗震改造力度，持续改善农村人居环境。"),
    ("gwr2024-生物制造", "积极打造生物制造、商业航天、低空经济等新增长引擎。"),
    ("gwr2024-电动汽车", "推动外贸稳规模、优结构，电动汽车、锂电池、光伏产品“新三样”出口增长近30%。"),
    ("gwr2024-健康养老", "加强健康、养老、助残等民生科技研发应用。"),
    ("congress1977-工会", "要加强党对工会、共青团、妇联等群众组织的领导，把这些组织整顿好、建设好。"),
    ("congress2022-教育科技人才", "教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。"),
    ("fyp10-数学物理", "加强数学、物理、化学、天文等基础学科重点领域的前沿性、交叉性研究和积累"),
    ("hainan2025-任务清单", "任务清单、项目清单、压力测试清单均实现年度目标。"),
    ("guobanfa2018-农博会", "支持贫困地区参加农博会、农贸会、展销会，专设消费扶贫展区。"),
    ("yunnan2025-省厅", "主办单位：省生态环境厅、省住房城乡建设厅、省农业农村厅，各州、市人民政府"),
    ("gwr2015-二氧化硫", "二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。"),
    ("yunnan2025-正面负面", "开展规范涉企执法专项行动，制定政商交往“正面、负面、倡导”清单。"),
    ("congress2017-十六大", "要按照十六大、十七大、十八大提出的全面建成小康社会各项要求，紧扣我国社会主要矛盾变化。"),
    ("guobanfa2019-挂号收入", "医疗服务收入包括挂号收入、床位收入、诊察收入、治疗收入、手术收入、药事服务收入、护理收入。"),
    ("guobanfa2018-分级授权", "采用分级授权、等级评价等方式，增加赛事种类，合理扩大赛事规模。"),
    ("jiangxi2025-清理整顿", "开展人力资源市场清理整顿、治理欠薪等专项执法行动，决不允许拖欠劳动者辛苦钱。"),
    ("guoling706-法律法规", "依照有关法律、行政法规的规定承担法律责任；"),
    ("gwr1980-试制试验", "列入全国科技计划的新产品试制、中间试验、重大科学研究项目共四百多项。"),
    ("congress2007-现代农业", "坚持把发展现代农业、繁荣农村经济作为首要任务，加强农村基础设施建设。"),
    ("gwr2025-科技金融", "完善科技金融、绿色金融、普惠金融、养老金融、数字金融标准体系和基础制度。"),
    ("gwr2025-进博会", "高质量办好进博会、广交会、服贸会、数贸会、消博会等重大展会。"),
    ("gwr2025-特殊教育", "办好特殊教育、继续教育、专门教育。"),
    ("gwr2025-燃气", "加强燃气、给排水、热力、地下管廊等建设和协同管理。"),
]

# The issue's own examples (seed document phrasing).
ISSUE = [
    ("issue-抓平台", "北京坚持因地制宜,通过“抓平台、抓主体、抓转化、抓园区、抓改革”,驰而不息培育发展新质生产力。",
     "抓_", ["抓平台", "抓主体", "抓转化", "抓园区", "抓改革"]),
    ("issue-转得出", "围绕科技成果“转得出、帮得上、落得下”关键环节,完善促进科技成果转化服务体系。",
     "V得C", ["转得出", "帮得上", "落得下"]),
    ("issue-基于生态", "我们把握“基于生态、源于创新、长于资本、成于市场”的北京独角兽企业成长规律。",
     "_于_", ["基于生态", "源于创新", "长于资本", "成于市场"]),
    ("issue-大企业强", "构建“大企业强、独角兽企业多、中小企业活”的企业生态。",
     "_企业+A", ["大企业强", "独角兽企业多", "中小企业活"]),
    ("issue-放权赋能", "以“放权赋能、鼓励创新、稳定预期”为主基调,在财政科技投入等方面实现制度突破。",
     "XXXX", ["放权赋能", "鼓励创新", "稳定预期"]),
    ("issue-发展出题", "我们坚持“发展出题、改革作答”,率先深化教育科技人才体制机制一体改革。",
     "XXXX", ["发展出题", "改革作答"]),
    ("issue-在法治下", "坚持“在法治下推进改革、在改革中完善法治”,率先深化改革。",
     "在_", ["在法治下推进改革", "在改革中完善法治"]),
    ("issue-筑基扩容", "实施“筑基扩容”“小升规”“规升强”三大工程,形成梯次接续的服务体系。",
     "“_”“_”“_”", ["筑基扩容", "小升规", "规升强"]),
    ("issue-跟跑", "逐步实现从“跟跑”到“并跑”乃至“领跑”。",
     "从“_”到“_”乃至“_”", ["跟跑", "并跑", "领跑"]),
    ("issue-有基础", "完全有基础、有能力,更有底气、有信心践行习近平总书记的期望嘱托。",
     "有_", ["有基础", "有能力", "有底气", "有信心"]),
    ("issue-医疗医保医药", "不断深化科技创新与医疗、医保、医药“三医”协同工作机制。",
     "医_", ["医疗", "医保", "医药"]),
    ("issue-科教融汇", "加快推进科教融汇、产教融合,以科技创新需求为牵引优化学科设置。",
     "_教融_", ["科教融汇", "产教融合"]),
    ("issue-大力度支持", "以高能级创新平台建设为引领,大力度支持、高强度投入、全方位服务保障国家战略科技力量。",
     "A__+V", ["大力度支持", "高强度投入", "全方位服务"]),
]

ISSUE_NONE = [
    ("issue-人工智能", "集中部署人工智能、集成电路、生物医药、高端科学仪器等九大专项攻坚行动。"),
    ("issue-教育科技人才", "北京在教育、科技、人才方面具有独特优势。"),
    ("issue-国家实验室", "紧盯国家实验室、全国重点实验室等重点机构和关键人员的成果。"),
]

# Bugs caught reading the corpus output (sentences from ../shared/corpus, file in the id).
BUGS = [
    ("bug-quoted-phrase-holding-a-list-congress2002", "可视为《中华人民共和国著作权法》第五条规定之“具有立法、司法、行政性质的文件”",
     None, None),
    ("bug-speech-quotes-are-no-chain-seed",
     "习近平总书记多次强调,“科技创新和产业创新,是发展新质生产力的基本路径”“要以科技创新引领产业创新,积极培育和发展新质生产力”。",
     None, None),
    ("bug-award-names-are-no-chain-fujian2025", "一批“闽派”文艺精品获“飞天奖”“星光奖”“金鹰奖”“白玉兰奖”。", None, None),
    ("bug-first-item-trimmed-fyp12", "按照政事分开、事企分开、管办分开、营利性与非营利性分开的要求，积极稳妥推进事业单位分类改革",
     "_分开", ["政事分开", "事企分开", "管办分开"]),
    ("bug-same-quote-twice-congress1977", "公开抛出了老干部是“民主派”，“民主派”就是“走资派”这个反革命政治纲领", None, None),
]


def _phrase(text):
    return [p for p in extract_parallels(text) if p.level == "phrase"]


@pytest.mark.parametrize("case_id,text,template,components", CORPUS + ISSUE, ids=[c[0] for c in CORPUS + ISSUE])
def test_finds_parallel(case_id, text, template, components):
    found = _phrase(text)
    assert [(p.template, [c.text for c in p.components]) for p in found] == [(template, components)]


@pytest.mark.parametrize("case_id,text", CORPUS_NONE + ISSUE_NONE, ids=[c[0] for c in CORPUS_NONE + ISSUE_NONE])
def test_lists_of_things_are_not_parallels(case_id, text):
    assert _phrase(text) == []


@pytest.mark.parametrize("case_id,text,template,components", BUGS, ids=[c[0] for c in BUGS])
def test_bugs_caught(case_id, text, template, components):
    found = [(p.template, [c.text for c in p.components]) for p in _phrase(text)]
    assert found == ([] if template is None else [(template, components)])


@pytest.mark.parametrize("case_id,text,template,components", CORPUS[:20] + ISSUE, ids=[c[0] for c in CORPUS[:20] + ISSUE])
def test_offsets_index_the_original_text(case_id, text, template, components):
    # full-width digits and zero-width spaces change the normalised text, not the offsets
    noisy = "\u200b２０２４年\u200b，" + text.replace("、", "\u200b、")
    (p,) = _phrase(noisy)
    assert noisy[p.start:p.end] == p.text
    for c in p.components:
        assert noisy[c.start:c.end] == c.text
    assert [c.text.replace("\u200b", "") for c in p.components] == components


# -- sentence level ----------------------------------------------------------------------------

SENTENCES = [
    ("seed-抓平台就是",
     "抓平台,就是依托国家实验室,形成更多高质量科技供给。抓主体,就是强化企业科技创新主体地位。"
     "抓转化,就是持续完善政策支持和市场服务链条。",
     "抓_,就是…", ["抓平台", "抓主体", "抓转化"]),
    ("gwr2007-一是二是",
     "一是完善宏观调控体制，坚持政企分开，深入推进行政审批制度改革。二是加强社会管理和公共服务，增强基本公共服务能力。"
     "三是依法规范行政行为，全面推进依法行政。",
     "一是…二是…", ["完善宏观调控体制", "加强社会管理和公共服务", "依法规范行政行为"]),
    ("gwr2024-破折号",
     "——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%。\n"
     "——现代化产业体系建设取得重要进展。传统产业加快转型升级。\n"
     "——科技创新实现新的突破。国家实验室体系建设有力推进。\n",
     "——…", ["经济总体回升向好", "现代化产业体系建设取得重要进展", "科技创新实现新的突破"]),
]

SENTENCES_NONE = [
    ("gwr2004-单独破折号", "——2004年3月5日在第十届全国人民代表大会第二次会议上\n各位代表：\n"),
    ("same-leads", "2024年,就是攻坚之年。2024年,就是关键之年。"),
    ("leads-without-link", "抓平台,依托国家实验室。抓主体,强化企业科技创新主体地位。"),
]


@pytest.mark.parametrize("case_id,text,template,components", SENTENCES, ids=[c[0] for c in SENTENCES])
def test_sentence_level(case_id, text, template, components):
    found = [p for p in extract_parallels(text) if p.level == "sentence"]
    assert [(p.template, [c.text for c in p.components]) for p in found] == [(template, components)]
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize("case_id,text", SENTENCES_NONE, ids=[c[0] for c in SENTENCES_NONE])
def test_sentence_level_none(case_id, text):
    assert [p for p in extract_parallels(text) if p.level == "sentence"] == []


# -- heading level ------------------------------------------------------------------------------

HEADED = (
    "标题\n一、深刻领会重要讲话精神,展现北京担当\n正文。\n"
    "二、抓高能级创新平台建设,为新质生产力发展提供高质量科技供给\n正文。\n"
    "三、抓科技企业梯度培育,为新质生产力发展构建主体力量\n正文。\n"
    "四、抓成果转化全链条服务,为新质生产力发展畅通路径\n正文。\n"
)


def _heading_spans(text):
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line[:2] in ("一、", "二、", "三、", "四、"):
            out.append(Span(line.rstrip("\n"), pos, pos + len(line.rstrip("\n"))))
        pos += len(line)
    return out


def test_heading_level_from_spans():
    (p,) = [p for p in extract_parallels(HEADED, headings=_heading_spans(HEADED)) if p.level == "heading"]
    assert p.template == "抓_,为新质生产力发展_"
    assert [c.text for c in p.components] == ["抓高能级创新平台建设", "抓科技企业梯度培育", "抓成果转化全链条服务"]
    assert HEADED[p.start:p.end] == p.text and p.text.startswith("二、")


def test_heading_level_from_sections():
    sections = parse_structure(HEADED).sections
    groups = sibling_headings(sections)
    found = [p for p in extract_parallels(HEADED, headings=groups) if p.level == "heading"]
    assert [[c.text for c in p.components] for p in found] == [["抓高能级创新平台建设", "抓科技企业梯度培育", "抓成果转化全链条服务"]]


def test_heading_level_needs_three_alike():
    spans = _heading_spans(HEADED)[:3]  # 一 does not start with 抓: only two alike
    assert [p for p in extract_parallels(HEADED, headings=spans) if p.level == "heading"] == []


def test_no_headings_no_heading_level():
    assert [p for p in extract_parallels(HEADED) if p.level == "heading"] == []


# -- contract, input checks, speed ------------------------------------------------------------------

def test_gold_seed_parallels(gold_dir):
    """Every hand-annotated parallel of the seed is found (the scorer's 80 % component rule)."""
    from policytext import analyze

    text = (gold_dir / "beijing-innovation-center.txt").read_text(encoding="utf-8")
    gold = json.loads((gold_dir / "beijing-innovation-center.phrases.json").read_text(encoding="utf-8"))
    found = analyze(text).parallels
    for g in gold["parallels"]:
        want = g["components"]
        best = max((sum(any(w == c.text or (len(w) >= 2 and (w in c.text or c.text in w) and min(len(w), len(c.text)) >= 2)
                            for c in p.components) for w in want) / len(want)
                    for p in found if p.start < g["end"] and g["start"] < p.end), default=0)
        assert best >= 0.8, g["components"]


@pytest.mark.parametrize("bad", [None, b"\xe6\x8a\x93", 12, ["抓平台"]])
def test_rejects_non_text(bad):
    with pytest.raises(TypeError, match="extract_parallels"):
        extract_parallels(bad)


def test_empty_and_blank():
    assert extract_parallels("") == []
    assert extract_parallels(" \n\t") == []


@pytest.mark.parametrize("text", [
    "人工智能" * 20000 + "、" + "集成电路" * 20000,  # one enormous clause
    "、".join("抓" + chr(0x4E00 + i) + chr(0x4E01 + i) for i in range(20000)),  # one enormous run
    "“" * 50000 + "抓" + "”" * 50000,
    "一是" * 30000,
    ("——经济回升向好。\n" * 20000),
], ids=["long-clause", "long-run", "quote-marks", "ordinals", "dash-lines"])
def test_linear_time_on_hostile_input(text):
    t0 = time.process_time()
    extract_parallels(text)
    assert time.process_time() - t0 < 10
