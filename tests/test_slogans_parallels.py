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
    ("gwr2024-稳预期", "稳是大局和基础，各地区各部门要多出有利于稳预期、稳增长、稳就业的政策，谨慎出台收缩性抑制性举措，清理和废止有悖于高质量发展的政策规定。",
     "稳_", ["稳预期", "稳增长", "稳就业"]),
    ("gwr1997-乱收费", "坚决查处各种乱收费、乱摊派、乱罚款、乱集资的行为。",
     "乱_", ["乱收费", "乱摊派", "乱罚款", "乱集资"]),
    ("gwr2009-新技术", "鼓励企业应用新技术、新工艺、新设备、新材料，适应市场变化，开发适销对路产品，推进产品创新，提高产品质量和生产经营水平。",
     "新_", ["新技术", "新工艺", "新设备", "新材料"]),
    ("congress1992-通邮", "我们将继续促进两岸直接通邮、通航、通商，推动两岸人民的往来和各个领域的交流合作，特别是大力发展两岸经济合作，共同振兴民族经济。",
     "通_", ["通邮", "通航", "通商"]),
    ("gwr2006-节能", "二要抓紧制定和完善各行业节能、节水、节地、节材标准，推进节能降耗重点项目建设，促进土地集约利用。",
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
    ("congress2012-不平衡", "主要是：发展中不平衡、不协调、不可持续问题依然突出，科技创新能力不强，产业结构不合理，农业基础依然薄弱，资源环境约束加剧，制约科学发展的体制机制障碍较多，深化改革开放和转变经济发展方式任务艰巨；",
     "不_", ["不平衡", "不协调", "不可持续"]),
    ("congress2022-不敢腐", "不敢腐、不能腐、不想腐一体推进，",
     "不_", ["不敢腐", "不能腐", "不想腐"]),
    ("gwr1955-边勘察", "大家都知道，我们现在的技术水平还很低，而且为着争取时间，我们有些建设工程不得不边勘察、边设计、边施工，并在建设的过程中来试制各种机器设备，因此，某些工程就存在着质量差、进度慢、浪费多等严重缺点，而放在我们面前的任务，就是要努力去克服这些缺点，特别重要的是要保证工程的质量。",
     "边_", ["边勘察", "边设计", "边施工"]),
    ("congress2007-最关心", "要按照民主法治、公平正义、诚信友爱、充满活力、安定有序、人与自然和谐相处的总要求和共同建设、共同享有的原则，着力解决人民最关心、最直接、最现实的利益问题，努力形成全体人民各尽其能、各得其所而又和谐相处的局面，为发展提供良好社会环境。",
     "最_", ["最关心", "最直接", "最现实"]),
    ("congress1982-有理想", "带动越来越多的社会成员成为有理想、有道德、有文化、守纪律的劳动者。",
     "有_", ["有理想", "有道德", "有文化", "守纪律"]),  # the last item of the same length closes the series
    ("congress2007-工业化", "全面认识工业化、信息化、城镇化、市场化、国际化深入发展的新形势新任务",
     "_化", ["工业化", "信息化", "城镇化", "市场化", "国际化"]),
    ("congress1987-革命化", "在裁军百万的同时，革命化、现代化、正规化建设有了新的进步，防卫作战能力有了新的提高。",
     "_化", ["革命化", "现代化", "正规化"]),
    ("fyp11-数字化", "根据数字化、网络化、智能化总体趋势，大力发展集成电路、软件和新型元器件等核心产业",
     "_化", ["数字化", "网络化", "智能化"]),
    ("congress2012-积极性", "民主制度更加完善，民主形式更加丰富，人民积极性、主动性、创造性进一步发挥。",
     "_性", ["积极性", "主动性", "创造性"]),
    ("congress2017-系统性", "改革全面发力、多点突破、纵深推进，着力增强改革系统性、整体性、协同性，压茬拓展改革广度和深度，推出一千五百多项改革举措，重要领域和关键环节改革取得突破性进展，主要领域改革主体框架基本确立。",
     "_性", ["系统性", "整体性", "协同性"]),
    ("congress2017-知识型", "建设知识型、技能型、创新型劳动者大军，弘扬劳模精神和工匠精神，营造劳动光荣的社会风尚和精益求精的敬业风气。",
     "_型", ["知识型", "技能型", "创新型"]),
    ("congress2007-实现好", "要始终把实现好、维护好、发展好最广大人民的根本利益作为党和国家一切工作的出发点和落脚点，尊重人民主体地位，发挥人民首创精神，保障人民各项权益，走共同富裕道路，促进人的全面发展，做到发展为了人民、发展依靠人民、发展成果由人民共享。",
     "_好", ["实现好", "维护好", "发展好"]),
    ("congress2007-科学执政", "提高党科学执政、民主执政、依法执政水平，保证党领导人民有效治理国家；",
     "_执政", ["科学执政", "民主执政", "依法执政"]),
    ("congress2012-道路自信", "全党要坚定这样的道路自信、理论自信、制度自信！",
     "_自信", ["道路自信", "理论自信", "制度自信"]),
    ("congress2012-尊重自然", "面对资源约束趋紧、环境污染严重、生态系统退化的严峻形势，必须树立尊重自然、顺应自然、保护自然的生态文明理念，把生态文明建设放在突出地位，融入经济建设、政治建设、文化建设、社会建设各方面和全过程，努力建设美丽中国，实现中华民族永续发展。",
     "_自然", ["尊重自然", "顺应自然", "保护自然"]),
    ("gwr1999-责任到位", "切实解决基层计划生育工作的实际困难和问题，真正做到责任到位、措施到位、投入到位。",
     "_到位", ["责任到位", "措施到位", "投入到位"]),
    ("congress2007-政企分开", "加快推进政企分开、政资分开、政事分开、政府与市场中介组织分开，规范行政行为，加强行政执法部门建设，减少和规范行政审批，减少政府对微观经济运行的干预。",
     "_分开", ["政企分开", "政资分开", "政事分开"]),
    ("congress2007-学有所教", "努力使全体人民学有所教、劳有所得、病有所医、老有所养、住有所居，推动建设和谐社会。",
     "_有所_", ["学有所教", "劳有所得", "病有所医", "老有所养", "住有所居"]),
    ("henan2025-民有所呼", "牢记“让人民过上幸福生活是头等大事”的要求，认真践行以人民为中心的发展思想，走好新时代党的群众路线，民有所呼、政有所应，用心用情为群众办实事、解难事，让老百姓笑容更多、心里更暖。",
     "_有所_", ["民有所呼", "政有所应"]),
    ("fujian2025-进得来", "让他们进得来、留得下、过得好，实现真正的市民化。",
     "V得C", ["进得来", "留得下", "过得好"]),
    ("gwr2009-买得放心", "要让人民群众买得放心、吃得安心、用得舒心。",
     "V得C", ["买得放心", "吃得安心", "用得舒心"]),
    ("gwr2013-来势之猛", "这场危机来势之猛、扩散之快、影响之深，百年罕见。",
     "_之_", ["来势之猛", "扩散之快", "影响之深"]),
    ("gwr2016-增品种", "培育精益求精的工匠精神，增品种、提品质、创品牌。",
     "_品_", ["增品种", "提品质", "创品牌"]),
    ("neimenggu2025-感党恩", "紧紧围绕铸牢中华民族共同体意识工作主线，深入落实自治区党委全方位建设模范自治区的决定及28条措施，常态化开展“感党恩、听党话、跟党走”群众教育，动态清理不符合主线要求的规范性文件，中小学三科统编教材实现全覆盖。",
     "_党_", ["感党恩", "听党话", "跟党走"]),
    ("gansu2025-放心投资", "让民营企业放心投资、安心经营、舒心发展。",
     "_心__", ["放心投资", "安心经营", "舒心发展"]),
    ("gwr2024-千村示范", "锚定建设农业强国目标，学习运用“千村示范、万村整治”工程经验，因地制宜、分类施策，循序渐进、久久为功，推动乡村全面振兴不断取得实质性进展、阶段性成果。",
     "_村__", ["千村示范", "万村整治"]),
    ("congress2022-外防输入", "特别是面对突如其来的新冠肺炎疫情，我们坚持人民至上、生命至上，坚持外防输入、内防反弹，坚持动态清零不动摇，开展抗击疫情人民战争、总体战、阻击战，最大限度保护了人民生命安全和身体健康，统筹疫情防控和经济社会发展取得重大积极成果。",
     "_防__", ["外防输入", "内防反弹"]),
    ("congress2022-天更蓝", "我们的祖国天更蓝、山更绿、水更清。",
     "_更_", ["天更蓝", "山更绿", "水更清"]),
    ("gwr1978-独立自主", "坚持独立自主、自力更生、艰苦奋斗、勤俭建国的方针，走毛主席指引的建设社会主义的道路。",
     "XXXX", ["独立自主", "自力更生", "艰苦奋斗", "勤俭建国"]),
    ("congress2017-不忘初心", "弘扬马克思主义学风，推进“两学一做”学习教育常态化制度化，以县处级以上领导干部为重点，在全党开展“不忘初心、牢记使命”主题教育，用党的创新理论武装头脑，推动全党更加自觉地为实现新时代党的历史使命不懈奋斗。",
     "XXXX", ["不忘初心", "牢记使命"]),
    ("gansu2025-有求必应", "当好服务企业的“店小二”，有求必应、随叫随到、无事不扰，",
     "XXXX", ["有求必应", "随叫随到", "无事不扰"]),
    ("congress1997-全方位", "面对经济、科技全球化趋势，我们要以更加积极的姿态走向世界，完善全方位、多层次、宽领域的对外开放格局，发展开放型经济，增强国际竞争力，促进经济结构优化和国民经济素质提高。",
     "A__", ["全方位", "多层次", "宽领域"]),
    ("zhongfa2018-农业强", "到2050年，乡村全面振兴，农业强、农村美、农民富全面实现。",
     "农_+A", ["农业强", "农村美", "农民富"]),
    ("gwr2025-促创新", "更好发挥其在促创新、扩消费、稳就业等方面的积极作用。",
     "V__", ["促创新", "扩消费", "稳就业"]),
    ("gwr2018-强基础", "引导更多资金投向强基础、增后劲、惠民生领域。",
     "V__", ["强基础", "增后劲", "惠民生"]),
    ("congress2012-保基本", "要坚持为人民健康服务的方向，坚持预防为主、以农村为重点、中西医并重，按照保基本、强基层、建机制要求，重点推进医疗保障、医疗服务、公共卫生、药品供应、监管体制综合改革，完善国民健康政策，为群众提供安全有效方便价廉的公共卫生和基本医疗服务。",
     "V__", ["保基本", "强基层", "建机制"]),
    ("gwr2025-化债", "坚持在发展中化债、在化债中发展，完善和落实一揽子化债方案，优化考核和管控措施，动态调整债务高风险地区名单，支持打开新的投资空间。",
     "AB↔BA", ["在发展中化债", "在化债中发展"]),
    ("gwr2024-数字产业化", "积极推进数字产业化、产业数字化，促进数字技术和实体经济深度融合。",
     "AB↔BA", ["数字产业化", "产业数字化"]),
    ("hunan2025-项目大谋划", "开展“项目大谋划、谋划大项目”，三批集中开工957个重大项目，“四个十大”项目完成投资1515.8亿元，省重点工程项目投资5367.1亿元、超额完成年度计划。",
     "AB↔BA", ["项目大谋划", "谋划大项目"]),
    ("gwr2025-最初一公里", "加强上下联动、横向协作，促进政策从“最初一公里”到“最后一公里”衔接畅通。",
     "从“_”到“_”", ["最初一公里", "最后一公里"]),
    ("neimenggu2025-多养", "要深入总结试点旗县经验，在享受草原生态保护补奖政策的旗县全面推开，同步开展整建制禁牧试点工作，因地制宜推广舍饲半舍饲、托管代养等模式，推动畜牧业生产方式由“多养”向“精养”转变，多措并举保障农牧民“禁牧不减收”，新建舍饲棚圈500万平方米以上，力争设施畜牧业养殖比重达到75%，天然草原草畜平衡指数降到10%以下。",
     "由“_”向“_”", ["多养", "精养"]),
    ("congress2022-打虎", "“打虎”、“拍蝇”、“猎狐”多管齐下，反腐败斗争取得压倒性胜利并全面巩固，",
     "“_”、“_”、“_”", ["打虎", "拍蝇", "猎狐"]),
]

# Sentences of CORPUS_NONE in the first pass that hold a parallel after all.
CORPUS_REVISED = [
    ("gwr2024-稳规模", "推动外贸稳规模、优结构，电动汽车、锂电池、光伏产品“新三样”出口增长近30%。",
     "V__", ["稳规模", "优结构"]),  # two verb-object formulas; the product list stays no parallel
    ("congress2017-五大建设", "要按照十六大、十七大、十八大提出的全面建成小康社会各项要求，紧扣我国社会主要矛盾变化，统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设，坚定实施科教兴国战略、人才强国战略、创新驱动发展战略、乡村振兴战略、区域协调发展战略、可持续发展战略、军民融合发展战略，突出抓重点、补短板、强弱项，特别是要坚决打好防范化解重大风险、精准脱贫、污染防治的攻坚战，使全面建成小康社会得到人民认可、经得起历史检验。",
     "_建设", ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"]),  # 十六大、十七大 stay out
]

# (id, sentence) -- lists of things and other runs that are not parallels
CORPUS_NONE = [
    ("gwr2024-充电桩", "深入实施乡村建设行动，大力改善农村水电路气信等基础设施和公共服务，加强充电桩、冷链物流、寄递配送设施建设，加大农房抗震改造力度，持续改善农村人居环境，建设宜居宜业和美乡村。"),
    ("gwr2024-生物制造", "积极打造生物制造、商业航天、低空经济等新增长引擎。"),
    ("gwr2024-健康养老", "加强健康、养老、助残等民生科技研发应用。"),
    ("congress1977-工会", "要加强党对工会、共青团、妇联等群众组织的领导，把这些组织整顿好、建设好，充分发挥它们应有的作用。"),
    ("congress2022-教育科技人才", "教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。"),
    ("fyp10-数学物理", "加强数学、物理、化学、天文等基础学科重点领域的前沿性、交叉性研究和积累"),
    ("hainan2025-任务清单", "任务清单、项目清单、压力测试清单均实现年度目标。"),
    ("guobanfa2018-农博会", "支持贫困地区参加农博会、农贸会、展销会，专设消费扶贫展区，集中推介、展示、销售特色农产品。"),
    ("yunnan2025-省厅", "主办单位：省生态环境厅、省住房城乡建设厅、省农业农村厅，各州、市人民政府"),
    ("gwr2015-二氧化硫", "二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。"),
    ("yunnan2025-正面负面", "开展规范涉企执法专项行动，制定政商交往“正面、负面、倡导”清单。"),
    ("guobanfa2019-挂号收入", "医疗服务收入包括挂号收入、床位收入、诊察收入、治疗收入、手术收入、药事服务收入、护理收入。"),
    ("guobanfa2018-分级授权", "采用分级授权、等级评价等方式，增加赛事种类，合理扩大赛事规模。"),
    ("jiangxi2025-清理整顿", "开展人力资源市场清理整顿、治理欠薪等专项执法行动，决不允许拖欠劳动者辛苦钱。"),
    ("guoling706-法律法规", "依照有关法律、行政法规的规定承担法律责任；"),
    ("gwr1980-试制试验", "列入全国科技计划的新产品试制、中间试验、重大科学研究项目共四百多项。"),
    ("congress2007-现代农业", "坚持把发展现代农业、繁荣农村经济作为首要任务，加强农村基础设施建设，健全农村市场和农业服务体系。"),
    ("gwr2025-科技金融", "完善科技金融、绿色金融、普惠金融、养老金融、数字金融标准体系和基础制度。"),
    ("gwr2025-进博会", "高质量办好进博会、广交会、服贸会、数贸会、消博会等重大展会。"),
    ("gwr2025-燃气", "加强燃气、给排水、热力、地下管廊等建设和协同管理。"),
    # a verbal noun shared at the end lists kinds unless formula_tails.txt lists it (_建设 does)
    ("gwr2025-特殊教育", "办好特殊教育、继续教育、专门教育，支持和规范民办教育发展。"),
    ("sichuan2025-红色旅游", "发展红色旅游、乡村旅游、生态旅游、工业旅游、研学旅游等特色旅游新业态"),
    # two adjacent quoted names sharing nothing are a list (a parallel in the first pass)
    ("fujian2025-揭榜挂帅", "深入推行“揭榜挂帅”“赛马制”等新模式，实施10个以上省重大科技创新项目，"),
]

# The issue's own examples (seed document phrasing).
ISSUE = [
    ("issue-抓平台", "北京坚持因地制宜,通过“抓平台、抓主体、抓转化、抓园区、抓改革”,驰而不息培育发展新质生产力。",
     "抓_", ["抓平台", "抓主体", "抓转化", "抓园区", "抓改革"]),
    ("issue-转得出", "我们将制定实施进一步推进科技成果转化落地五年行动计划,围绕科技成果“转得出、帮得上、落得下”关键环节,完善促进科技成果转化服务体系,在高校端深化科技评价改革,推动成果“转得出”,在企业端引导并及早介入,",
     "V得C", ["转得出", "帮得上", "落得下"]),
    ("issue-基于生态", "我们把握“基于生态、源于创新、长于资本、成于市场”的北京独角兽企业成长规律,印发实施支持独角兽企业发展的10条政策,成立中关村独角兽企业发展联盟,为独角兽企业建立“服务管家”队伍。",
     "_于_", ["基于生态", "源于创新", "长于资本", "成于市场"]),
    ("issue-大企业强", "构建“大企业强、独角兽企业多、中小企业活”的企业生态。",
     "_企业+A", ["大企业强", "独角兽企业多", "中小企业活"]),
    ("issue-放权赋能", "“一总”是指《北京国际科技创新中心建设条例》,以“放权赋能、鼓励创新、稳定预期”为主基调,在财政科技投入、创新人才发展等方面实现制度突破,是科技创新中心建设的“保障法”,也是北京促进科技创新的“基本法”。",
     "XXXX", ["放权赋能", "鼓励创新", "稳定预期"]),
    ("issue-发展出题", "我们坚持“发展出题、改革作答”,",
     "XXXX", ["发展出题", "改革作答"]),
    ("issue-在法治下", "坚持“在法治下推进改革、在改革中完善法治”,率先深化教育科技人才体制机制一体改革,",
     "在_", ["在法治下推进改革", "在改革中完善法治"]),
    ("issue-筑基扩容", "实施“筑基扩容”“小升规”“规升强”三大工程,形成梯次接续的高新技术企业服务体系,赋能企业提速进阶,2024年全市国家高新技术企业超2.97万家、专精特新“小巨人”企业1035家。",
     "“_”“_”“_”", ["筑基扩容", "小升规", "规升强"]),
    ("issue-跟跑", "逐步实现从“跟跑”到“并跑”乃至“领跑”。",
     "从“_”到“_”乃至“_”", ["跟跑", "并跑", "领跑"]),
    ("issue-有基础", "北京在教育、科技、人才方面具有独特优势,完全有基础、有能力,更有底气、有信心践行习近平总书记的期望嘱托,探索出一条以科技创新引领新质生产力发展的新路径,抢占更多国家战略所需的新领域新赛道,",
     "有_", ["有基础", "有能力", "有底气", "有信心"]),
    ("issue-医疗医保医药", "在医药健康领域,滚动实施三轮医药健康协同创新行动计划,不断深化科技创新与医疗、医保、医药“三医”协同工作机制,推动辉瑞、默沙东等8家知名外资药械企业在京新设创新主体,阿斯利康全球战略研发中心落地北京。",
     "医_", ["医疗", "医保", "医药"]),
    ("issue-科教融汇", "加快推进科教融汇、产教融合,以科技创新需求为牵引优化学科设置,大力支持数学、物理、化学、生命科学等基础学科发展,支持北京航空航天大学等建设27个大学科技园。",
     "_教融_", ["科教融汇", "产教融合"]),
    ("issue-大力度支持", "以高能级创新平台建设为引领,大力度支持、高强度投入、全方位服务保障国家战略科技力量,深入实施基础研究领先行动和关键核心技术攻坚行动,2024年北京地区获评国家科学技术奖58项、占全国的28.7%,",
     "A__+V", ["大力度支持", "高强度投入", "全方位服务"]),
]

ISSUE_NONE = [
    ("issue-人工智能", "集中部署人工智能、集成电路、生物医药、高端科学仪器等九大专项攻坚行动,着力提升基础研究和关键核心技术攻关能力,持续催生变革性技术和颠覆性创新,实现一批关键核心技术“卡点”突破,"),
    ("issue-教育科技人才", "北京在教育、科技、人才方面具有独特优势,"),
    ("issue-国家实验室", "推动部门、园区盯住成果,特别是紧盯国家实验室、全国重点实验室等重点机构和关键人员的成果,支持分园建立“事业+企业”运营管理模式,提升科技成果转化承接能力。"),
]

# Bugs caught reading the corpus output (sentences from ../shared/corpus, file in the id).
BUGS = [
    ("bug-quoted-phrase-holding-a-list-congress2002", "》第五条规定之“具有立法、司法、行政性质的文件”，不适用于著作权法保护，所以属于",
     None, None),
    ("bug-speech-quotes-are-no-chain-seed",
     "习近平总书记多次强调,“科技创新和产业创新,是发展新质生产力的基本路径”“科技创新能够催生新产业、新模式、新动能,是发展新质生产力的核心要素”",
     "新_", ["新产业", "新模式", "新动能"]),  # inside the second quote; the quotes themselves chain nothing
    ("bug-award-names-are-no-chain-fujian2025", "一批“闽派”文艺精品获“飞天奖”“星光奖”“金鹰奖”“白玉兰奖”。", None, None),
    ("bug-first-item-trimmed-fyp12", "第四节　加快推进事业单位分类改革　　按照政事分开、事企分开、管办分开、营利性与非营利性分开的要求，积极稳妥推进科技、教育、文化、卫生、体育等事业单位分类改革",
     "_分开", ["政事分开", "事企分开", "管办分开"]),
    ("bug-last-item-cut-before-particle-zhejiang2025", "推动以企业为主导、以项目为载体、以市场需求为导向的产学研用融通创新，",
     "以_", ["以企业为主导", "以项目为载体", "以市场需求为导向"]),
    ("bug-same-quote-twice-congress1977", "公开抛出了老干部是“民主派”，“民主派”就是“走资派”这个反革命政治纲领", None, None),
]


def _phrase(text):
    return [p for p in extract_parallels(text) if p.level == "phrase"]


@pytest.mark.parametrize("case_id,text,template,components", CORPUS + CORPUS_REVISED + ISSUE,
                         ids=[c[0] for c in CORPUS + CORPUS_REVISED + ISSUE])
def test_finds_parallel(case_id, text, template, components):
    parallels = _phrase(text)
    assert (template, components) in [(p.template, [c.text for c in p.components]) for p in parallels]
    # the sentence's other parallels (clause series holding this one) share none of its components
    (p,) = [p for p in parallels if [c.text for c in p.components] == components]
    assert not [q for q in parallels if q != p and {c.text for c in q.components} & set(components)]


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
     "一是完善宏观调控体制，坚持政企分开，深入推进行政审批制度改革，减少审批事项，提高办事效率。"
     "二是加强社会管理和公共服务，增强基本公共服务能力，着力解决人民群众反映强烈的问题。"
     "三是依法规范行政行为，深入开展廉政建设和反腐败斗争，完善教育、制度、监督并重的惩治和预防腐败体系。",
     "一是…二是…", ["完善宏观调控体制", "加强社会管理和公共服务", "依法规范行政行为"]),
    ("gwr2024-破折号",  # lines 28-32 of the report, the blank lines between kept
     "——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。国际收支基本平衡。\n\n——现代化产业体系建设取得重要进展。传统产业加快转型升级，战略性新兴产业蓬勃发展，未来产业有序布局，先进制造业和现代服务业深度融合，一批重大产业创新成果达到国际先进水平。国产大飞机C919投入商业运营，国产大型邮轮成功建造，新能源汽车产销量占全球比重超过60%。\n\n——科技创新实现新的突破。国家实验室体系建设有力推进。关键核心技术攻关成果丰硕，航空发动机、燃气轮机、第四代核电机组等高端装备研制取得长足进展，人工智能、量子技术等前沿领域创新成果不断涌现。技术合同成交额增长28.6%。创新驱动发展能力持续提升。\n",
     "——…", ["经济总体回升向好", "现代化产业体系建设取得重要进展", "科技创新实现新的突破"]),
]

SENTENCES_NONE = [
    ("gwr2024-单独破折号", "——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n\n"),
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
