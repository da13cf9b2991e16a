"""Short items and couplets: the third pass of phrase-level parallels.

Short items sharing a one-character tail (获得感、幸福感、安全感; coined clippings 文旅、农旅、体旅),
four-character couplets (尽力而为、量力而行; 顶压前行、负重前行; 农业丰收、农民增收) and items sharing a
verb inside them (农业增效益、农村增活力、农民增收入). Sentences copied verbatim from ../shared/corpus
(the file named in the id); the negatives are lists of kinds and loose pairs caught while reading
the corpus output.
"""

from __future__ import annotations

import pytest

from policytext import extract_parallels

# (id, sentence, template, components)
SHORT_ITEMS = [
    ('2018-获得感', '要在发展基础上多办利民实事、多解民生难事，兜牢民生底线，不断提升人民群众的获得感、幸福感、安全感。', '_感', ['获得感', '幸福感', '安全感']),
    ('2025-guizhou-文旅', '强化规划引领，系统性提升“黄小西吃晚饭”景区品质，支持西江千户苗寨、遵义会议会址、中国天眼景区创建国家5A级旅游景区，加快建设世界第一高桥花江峡谷大桥桥旅融合景区，推动文旅、农旅、体旅、桥旅等融合发展。', '_旅', ['文旅', '农旅', '体旅', '桥旅']),
    ('2007-17th-知情权', '要健全民主制度，丰富民主形式，拓宽民主渠道，依法实行民主选举、民主决策、民主管理、民主监督，保障人民的知情权、参与权、表达权、监督权。', '_权', ['知情权', '参与权', '表达权', '监督权']),
    ('1997-15th-世界观', '深入持久地开展以为人民服务为核心、集体主义为原则的社会主义道德教育，加强民主法制教育和纪律教育，引导人们树立正确的世界观、人生观、价值观。', '_观', ['世界观', '人生观', '价值观']),
    ('2007-17th-创造力', '总起来说，这五年，是改革开放和全面建设小康社会取得重大进展的五年，是我国综合国力大幅提升和人民得到更多实惠的五年，是我国国际地位和影响显著提高的五年，是党的创造力、凝聚力、战斗力明显增强和全党全国各族人民团结更加紧密的五年。', '_力', ['创造力', '凝聚力', '战斗力']),
    ('2025-guangdong-学纪', '一年来，我们坚决扛起全面从严治党政治责任，扎实开展党纪学习教育，在学纪、知纪、明纪、守纪上下功夫求实效，以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。', '_纪', ['学纪', '知纪', '明纪']),
    ('2025-jiangsu-算力', '加强新型数字基础设施建设，推进千兆光网建设和5G网络规模化应用，打造一批“万兆园区”，推动算力、运力、存力一体化协同发展。', '_力', ['算力', '运力', '存力']),
]

# (id, sentence, template, components)
COUPLETS = [
    ('2022-20th-尽力而为', '坚持尽力而为、量力而行', '_力而_', ['尽力而为', '量力而行']),
    ('2025-guizhou-顶压前行', '过去一年，面对多重矛盾叠加的复杂严峻形势，我们保持高质量发展战略定力，顶压前行、负重前行，推动各项工作不断迈上新台阶。', '__前行', ['顶压前行', '负重前行']),
    ('national-9th-1996-2000-有法不依', '坚决纠正有法不依、执法不严、违法不究、滥用职权等现象，建立对执法违法的追究制度和赔偿制度', 'XXXX', ['有法不依', '执法不严', '违法不究', '滥用职权']),
    ('2022-20th-知难而进', '增强全党全国各族人民的志气、骨气、底气，不信邪、不怕鬼、不怕压，知难而进、迎难而上，统筹发展和安全，全力战胜前进道路上各种困难和挑战，依靠顽强斗争打开事业发展新天地。', '_难而_', ['知难而进', '迎难而上']),
    ('1981-取之不尽', '总之，在祖国的大地上，蕴藏着取之不尽、用之不竭的宝贵资源，处处充满无限生机，只要我们解放思想，实事求是，依靠群众，生聚有方，做到人尽其才，地尽其利，物尽其用，就能使农林牧副渔全面发展。', '_之不_', ['取之不尽', '用之不竭']),
    ('2022-农业丰收', '完善和强化农业支持政策，接续推进脱贫地区发展，促进农业丰收、农民增收。', '农__收', ['农业丰收', '农民增收']),
]

# (id, sentence, template, components)
VERB_FRAMES = [
    ('2025-农业增效益', '坚持农业农村优先发展，学习运用“千万工程”经验，完善强农惠农富农支持制度，千方百计推动农业增效益、农村增活力、农民增收入。', '农_增__', ['农业增效益', '农村增活力', '农民增收入']),
    ('zhongfa-2018-1-资源变资产', '推动资源变资产、资金变股金、农民变股东，探索农村集体经济新的实现形式和运行机制。', '__变__', ['资源变资产', '资金变股金', '农民变股东']),
    ('1978-国家要独立', '国家要独立、民族要解放、人民要革命的历史洪流，滚滚向前，不可阻挡。', '__要__', ['国家要独立', '民族要解放', '人民要革命']),
    ('national-12th-2011-2015-来源可追溯', '建立食品药品质量追溯制度，形成来源可追溯、去向可查证、责任可追究的安全责任链', '__可__', ['来源可追溯', '去向可查证', '责任可追究']),
]

# (id, sentence, the items that must not make a parallel)
NOT_PARALLEL = [
    ('2019-重视就业', '今年首次将就业优先政策置于宏观政策层面，旨在强化各方面重视就业、支持就业的导向。', '重视就业、支持就业'),
    ('2025-引领需求', '持续深化供给侧结构性改革，着力破解消费供给的结构性矛盾，更加注重以高质量供给引领需求、创造需求。', '引领需求、创造需求'),
    ('2014-天然气', '加强天然气、煤层气、页岩气勘探开采与应用。', '天然气、煤层气、页岩气'),
    ('guobanfa-2018-129-农博会', '支持贫困地区参加农博会、农贸会、展销会，专设消费扶贫展区，集中推介、展示、销售特色农产品。', '农博会'),
    ('1982-12th-图书馆', '文化建设指的是教育、科学、文学艺术、新闻出版、广播电视、卫生体育、图书馆、博物馆等各项文化事业的发展和人民群众知识水平的提高，它既是建设物质文明的重要条件，也是提高人民群众思想觉悟和道德水平的重要条件。', '图书馆、博物馆'),
    ('2007-17th-银行业', '提高银行业、证券业、保险业竞争力。', '银行业、证券业、保险业'),
    ('guobanfa-2018-124-实力', '（九）推进国有文化资本授权经营，形成国有文化资本流动重组、布局调整的有效平台，优化资源配置，推动国有文化企业增强实力、活力、抗风险能力，更好地发挥控制力、影响力。', '实力、活力'),
]

CASES = SHORT_ITEMS + COUPLETS + VERB_FRAMES


@pytest.mark.parametrize("sentence, template, components", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_finds_parallel(sentence, template, components):
    found = extract_parallels(sentence)
    assert (template, components) in [(p.template, [c.text for c in p.components]) for p in found]
    for p in found:
        assert sentence[p.start:p.end] == p.text
        assert all(sentence[c.start:c.end] == c.text for c in p.components)


@pytest.mark.parametrize("sentence, items", [c[1:] for c in NOT_PARALLEL], ids=[c[0] for c in NOT_PARALLEL])
def test_not_a_parallel(sentence, items):
    first = items.split("、")[0]
    assert not [p for p in extract_parallels(sentence) if first in p.text]
