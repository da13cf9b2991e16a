"""Numeric abbreviations: known formulas, shapes, quoted coinages, counts and expansions.

Sentences copied from ../shared/corpus (file in the id), the issue's examples, bugs caught reading
the corpus output; cases that must find nothing included.
"""

from __future__ import annotations

import time

import pytest

from policytext import extract_abbreviations
from policytext.slogans.abbreviations import parse_count

# (id, sentence, [(text, count, expansion or None)])
CORPUS = [
    ("gwr2017-三去一降一补", "二是着力抓好“三去一降一补”，供给结构有所改善。",
     [("三去一降一补", 5, ("去产能", "去库存", "去杠杆", "降成本", "补短板"))]),
    ("gwr1978-四人帮", "终于粉碎了王洪文、张春桥、江青、姚文元“四人帮”反党集团。",
     [("四人帮", 4, ("王洪文", "张春桥", "江青", "姚文元"))]),
    ("qinghai2025-三量", "推动投资量、工程量、实物量“三量”齐升，固定资产投资增长5%以上。",
     [("三量", 3, ("投资量", "工程量", "实物量"))]),
    ("shanghai2025-三大先导产业", "集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元。",
     [("三大先导产业", 3, ("集成电路", "生物医药", "人工智能"))]),
    ("congress2012-五位一体", "全面落实经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体总体布局",
     [("五位一体", 5, ("经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"))]),
    ("fyp10-五纵七横", "加快以“五纵七横”为重点的公路国道主干网建设，全面贯通“三纵两横”",
     [("五纵七横", 12, None), ("三纵两横", 5, None)]),
    ("congress1987-一国两制", "按照“一国两制”的原则，中英、中葡已就解决香港和澳门问题达成协议。",
     [("一国两制", None, None)]),
    ("anhui2025-双碳", "全省“双碳”管理一体化平台基本建成。",
     [("双碳", 2, ("碳达峰", "碳中和"))]),
    ("anhui2025-两个确立", "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，在省委坚强领导下，紧紧围绕打造具有重要影响力的“三地一区”，改革创新、创先争优，抢抓机遇、迎难而上，经济运行稳中有进、进中提质，高质量发展扎实推进，美好安徽建设迈出坚实步伐。",
     [("两个确立", 2, ("确立习近平同志党中央的核心、全党的核心地位", "确立习近平新时代中国特色社会主义思想的指导地位")),
      ("两个维护", 2, ("坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导")),
      ("三地一区", 4, None)]),
    ("fujian2025-四个最严", "坚决落实“四个最严”要求，持续推进“餐桌污染”治理，深化开展药品领域“四清”行动",
     [("四个最严", 4, None), ("四清", 4, None)]),
    ("gwr1999-三条保障线", "这“三条保障线”，是目前条件下有中国特色社会保障制度的重要组成部分。",
     [("三条保障线", 3, None)]),
    ("guangxi2025-五篇大文章", "做好金融“五篇大文章”，组建广西农商联合银行，制造业、战略性新兴产业贷款分别增长12.7%、27.2%，企业直接融资规模增长23.4%。",
     [("五篇大文章", 5, None)]),
    ("tianjin2025-一核两翼多点", "天开高教科创园“一核两翼多点”布局持续拓展，实施促进天开园发展条例、升级版支持政策，注册科技型企业累计超过2600家，组建天开九安海河海棠母基金等39只科创基金。",
     [("一核两翼多点", None, None)]),
    ("chongqing2025-一企一策", "“一企一策”推动7户市属国有融资平台退出。",
     [("一企一策", None, None)]),
    ("chongqing2025-九治", "一体推进“九治”攻坚，发布动态更新后的生态环境分区管控成果。",
     [("九治", 9, None)]),
    ("congress2017-三严三实", "开展党的群众路线教育实践活动和“三严三实”专题教育，推进“两学一做”学习教育常态化制度化",
     [("三严三实", 6, ("严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实")),
      ("两学一做", 3, ("学党章党规", "学系列讲话", "做合格党员"))]),
]

# Second pass: counted actions and principles, magnitudes, national formulas of the lexicon.
CORPUS_COUNTED = [
    ("jilin2025-两个翻番", "转化科技成果3609项，技术合同成交额达到241亿元，实现两个翻番。", [("两个翻番", 2, None)]),
    ("congress2017-八项规定", "出台中央八项规定，严厉整治形式主义、官僚主义、享乐主义和奢靡之风，",
     [("八项规定", 8, None)]),
    ("congress1954-五项原则", "在相互尊重领土完整和主权、互不侵犯、互不干涉内政、平等互利、和平共处五项原则的基础上，争取和社会制度不同的国家和平共处",
     [("五项原则", 5, None)]),
    ("gwr2025-五对重要关系", "深刻领会“必须统筹好”的五对重要关系，牢牢把握稳进增效", [("五对重要关系", 5, None)]),
    ("guangdong2025-十百千万", "深入实施电子商务发展“十百千万”工程，支持零售业数字化转型", [("十百千万", None, None)]),
    ("gwr2009-双拥", "深入开展双拥共建活动，加强军政军民团结", [("双拥", 2, ("拥军优属", "拥政爱民"))]),
    ("gwr2019-双一流", "加快“双一流”建设，支持中西部建设有特色、高水平大学。", [("双一流", 2, ("世界一流大学", "一流学科"))]),
]

CORPUS_NONE = [
    ("congress2002-一心一意", "要集中全国人民的智慧和力量，聚精会神搞建设，一心一意谋发展。"),
    ("congress2022-长三角一体化", "推进京津冀协同发展、长江经济带发展、长三角一体化发展，推动黄河流域生态保护和高质量发展。"),
    ("fyp10-第一个五年计划", "“十五”计划是进入新世纪的第一个五年计划，是开始实施现代化建设第三步战略部署的第一个五年计划"),
    ("congress2022-十年禁渔", "实施好长江十年禁渔，健全耕地休耕轮作制度。"),
    ("jiangxi2025-八小时以外", "严格落实党员、干部“八小时以外”行为负面清单和政商交往正负面清单"),
    ("fyp9-四川二滩", "继续建设长江三峡、黄河小浪底、四川二滩等工程"),
    ("fyp1-一切多余", "消除一切多余的开支和不适当的非生产的开支"),
    ("congress2012-两岸双方", "两岸双方应恪守反对“台独”、坚持“九二共识”的共同立场，增进维护一个中国框架的共同认知，在此基础上求同存异。"),
    ("congress2007-双边多边", "实施自由贸易区战略，加强双边多边经贸合作。"),
    ("gwr2017-十九大", "以优异成绩迎接党的十九大胜利召开。"),
    ("chongqing2025-第三轮", "扎实做好第三轮中央生态环保督察反馈问题整改，"),
    ("congress2017-三次产业", "促进农村一二三产业融合发展，支持和鼓励农民就业创业，拓宽增收渠道。"),
    # counts of things referred to, amounts: no formula
    ("gwr1985-两个决定", "必须按照中共中央关于科技体制和教育体制改革的两个决定，进一步解放思想"),
    ("gwr1980-这两条原则", "要按照这两条原则，结合企业的改组联合，逐步合理调整企业的隶属关系。"),
    ("gwr1995-两个市场", "更好地利用国内国外两个市场、两种资源"),
    ("liaoning2025-万亿", "沈阳、大连两市经济规模要尽快过“万亿”，更好发挥创新引领和辐射带动作用。"),
]

# The issue's examples, in the seed document's wording.
ISSUE = [
    ("issue-三医", "不断深化科技创新与医疗、医保、医药“三医”协同工作机制",
     [("三医", 3, ("医疗", "医保", "医药"))]),
    ("issue-三大工程", "实施“筑基扩容”“小升规”“规升强”三大工程,形成梯次接续的高新技术企业服务体系",
     [("三大工程", 3, ("筑基扩容", "小升规", "规升强"))]),
    ("issue-九大专项", "集中部署人工智能、集成电路、生物医药、高端科学仪器等九大专项攻坚行动",
     [("九大专项", 9, ("人工智能", "集成电路", "生物医药", "高端科学仪器"))]),
    ("issue-六链五群", "初步形成“六链五群”产业集聚效应。", [("六链五群", 11, None)]),
    ("issue-一总多专",
     "目前已形成“一总多专”的地方科技法规体系。“一总”是指《北京国际科技创新中心建设条例》,以“放权赋能、鼓励创新、稳定预期”为主基调,"
     "在财政科技投入、创新人才发展等方面实现制度突破,是科技创新中心建设的“保障法”,也是北京促进科技创新的“基本法”。"
     "“多专”是指针对科技创新的不同领域和环节制定的专门性法规,例如《北京市自动驾驶汽车条例》。",
     [("一总多专", None, ("《北京国际科技创新中心建设条例》", "针对科技创新的不同领域和环节制定的专门性法规"))]),
    ("issue-两个确立-四个意识", "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
     [("四个意识", 4, ("政治意识", "大局意识", "核心意识", "看齐意识")),
      ("四个自信", 4, ("道路自信", "理论自信", "制度自信", "文化自信")),
      ("两个维护", 2, ("坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导"))]),
]

# Bugs caught reading the corpus output.
BUGS = [
    # a list before a quoted abbreviation is its expansion only when the list ends right there
    ("bug-list-led-by-a-verb-guobanfa2019", "各地区、各部门要于2019年3月底前制定本地区、本部门全面推行“三项制度”的实施方案，并报司法部备案。",
     [("三项制度", 3, None)]),
    # a quoted abbreviation chained after other quotations is a member, not their sum
    ("bug-chain-member-is-no-sum-hainan2025", "持续打造“两个基地”“两个枢纽”“两个网络”［20］。",
     [("两个基地", 2, None), ("两个枢纽", 2, None), ("两个网络", 2, None)]),
    ("bug-one-is-no-count-seed", "“一总”是指《北京国际科技创新中心建设条例》,以“放权赋能、鼓励创新、稳定预期”为主基调", []),
    ("bug-plan-periods-congress1992", "建议国务院对“八五”计划做出必要的调整，并着手研究制订“九五”计划。", []),
    ("bug-seven-in-one-ningxia2025", "实现乌玛高速宁夏段全线贯通，着力构建“七位一体”现代交通体系。", [("七位一体", 7, None)]),
    # an abbreviation joined to a list by 和 is one more member of it, not the list's sum
    ("bug-member-of-a-list-guobanfa2019", "各级政府性融资担保、再担保机构要重点支持单户担保金额500万元及以下的小微企业和“三农”主体",
     [("三农", 3, ("农业", "农村", "农民"))]),
]

# Third pass: N大 + modifiers + category, N个一批, multi-character alternating formulas, magnitudes
# naming a programme and digit codes (quoted: reported with no count, the digits name parts).
THIRD_PASS = [
    ('anhui2025-十大新兴产业', '健全“双招双引”和产业培育工作机制，“一链一策”推动十大新兴产业融合集群发展。',
     [('双招双引', 4, None), ('一链一策', None, None), ('十大新兴产业', 10, None)]),
    ('guizhou2025-六大重大科技战略行动', '深入实施六大重大科技战略行动，深化科技体制改革，加快建设特色科技强省。',
     [('六大重大科技战略行动', 6, None)]),
    ('chongqing2025-三个一批', '迭代推出“三个一批”政策举措', [('三个一批', 3, None)]),
    ('guizhou2025-四区一高地', '坚定不移围绕“四新”主攻“四化”、建设“四区一高地”',
     [('四新', 4, None), ('四化', 4, None), ('四区一高地', 5, None)]),
    ('guizhou2025-一图三清单', '围绕建设“六大产业基地”，滚动实施主导产业“一图三清单”，建成投产260个亿元以上产业项目，全力打造“3533”重点产业集群，因地制宜培育新质生产力。',
     [('六大产业基地', 6, None), ('一图三清单', 4, None), ('3533', None, None)]),
    ('gwr2025-千万工程', '坚持农业农村优先发展，学习运用“千万工程”经验，完善强农惠农富农支持制度，千方百计推动农业增效益、农村增活力、农民增收入。',
     [('千万工程', None, None)]),
    ('heilongjiang2025-三基地一屏障一高地', '建好建强“三基地一屏障一高地”', [('三基地一屏障一高地', 5, None)]),
    ('guizhou2025-8+4', '实施行业大模型发展行动，在“8+4”等重点行业领域培育形成一批大模型典型应用场景，支持行业龙头企业率先应用改造。',
     [('8+4', None, None)]),
    ('jiangsu2025-1650', '推进“1650”产业体系建设，新获批国家先进制造业集群4个，累计14个、总数全国第一。', [('1650', None, None)]),
    # bugs caught reading the third pass's output
    ('bug-slogan-opening-with-a-word-congress2017', '我们秉持“两岸一家亲”理念，尊重台湾现有的社会制度和台湾同胞生活方式。', []),
    ('bug-one-each-inside-a-word-shanxi2025', '历时7年建设、投资近千亿元、全长1.3万公里的三个一号旅游公路提前三年全线贯通。', []),
    ('bug-a-ranking-fujian2025', '安踏体育入选全球十大最具价值运动服饰品牌，九牧王礼服“逐梦”巴黎奥运。', []),
    ('bug-a-year-is-no-code', '到“2035”年基本实现社会主义现代化。', []),
]


def _abbr(text):
    return [(a.text, a.count, a.expansion) for a in extract_abbreviations(text)]


@pytest.mark.parametrize("case_id,text,want", CORPUS + CORPUS_COUNTED + ISSUE + BUGS + THIRD_PASS,
                         ids=[c[0] for c in CORPUS + CORPUS_COUNTED + ISSUE + BUGS + THIRD_PASS])
def test_abbreviations(case_id, text, want):
    assert _abbr(text) == want


@pytest.mark.parametrize("case_id,text", CORPUS_NONE, ids=[c[0] for c in CORPUS_NONE])
def test_not_abbreviations(case_id, text):
    assert _abbr(text) == []


def test_offsets_and_known_flag():
    text = "\ufeff坚决做到“两个维护”，实施“三大工程”。"
    found = extract_abbreviations(text)
    assert [(text[a.start:a.end], a.known) for a in found] == [("两个维护", True), ("三大工程", False)]


@pytest.mark.parametrize("text,count", [
    ("三医", 3), ("六链五群", 11), ("一总多专", None), ("三大工程", 3), ("九大专项", 9), ("两个确立", 2),
    ("三去一降一补", 5), ("五位一体", 5), ("一企一策", None), ("十二项举措", 12), ("二十一连丰", 21),
], ids=lambda x: str(x))
def test_parse_count(text, count):
    assert parse_count(text) == count


@pytest.mark.parametrize("bad", [None, b"\xe4\xb8\x89", 3])
def test_rejects_non_text(bad):
    with pytest.raises(TypeError, match="extract_abbreviations"):
        extract_abbreviations(bad)


def test_linear_time():
    text = ("医疗、医保、医药“三医”" + "一二三四五六七八九十" * 50 + "三大工程、") * 2000
    t0 = time.process_time()
    extract_abbreviations(text)
    assert time.process_time() - t0 < 10
