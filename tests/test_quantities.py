"""Tests for policytext.quantities: figures, their parsing, what is not a figure, and context.

Table-driven, grouped by where each case came from:

* corpus sentences: real sentences of ``../shared/corpus`` documents (copied here so the tests do
  not need the corpus), each asserting every figure found: span, value, kind, unit, qualifier
  (and value_max for ranges). Ids are ``<document>-<n>``.
* bugs caught: inputs that once gave a wrong answer.
* peer spec: cases adapted from Microsoft Recognizers-Text's Chinese specs (MIT).
* nothing: inputs that must give no figure (ordinals, headings, names, fixed words, slogans,
  per-capita denominators).
"""

from __future__ import annotations

import math
import time

import pytest

from policytext import Quantity, extract_quantities, parse_number
from policytext.quantities.parse import read_value


def figures(text: str) -> list[tuple]:
    """(text, value, kind, unit, qualifier[, value_max]) of every figure, checking its offsets."""
    out = []
    for q in extract_quantities(text):
        assert isinstance(q, Quantity)
        assert text[q.start:q.end] == q.text, (q.start, q.end, q.text)
        item = (q.text, q.value, q.kind, q.unit, q.qualifier)
        if q.value_max is not None:
            item += (q.value_max,)
        out.append(item)
    return out


def assert_figures(text: str, expected: list[tuple]) -> None:
    got = figures(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    pos = 0
    quantities = extract_quantities(text)
    for q, exp in zip(quantities, expected):
        start = text.index(exp[0], pos)
        assert (q.start, q.end) == (start, start + len(exp[0]))
        pos = start + 1
    for g, e in zip(got, expected):
        assert g[2:5] == e[2:5], g
        assert math.isclose(g[1], e[1], rel_tol=1e-9) if e[1] is not None else g[1] is None, g
        if len(e) > 5:
            assert len(g) > 5 and math.isclose(g[5], e[5], rel_tol=1e-9), g
        else:
            assert len(g) == 5, g


CORPUS_CASES = [
    # --- gwr-national/ ---
    pytest.param('在校的小学学生已经从1949年的二千四百多万人增加到1956年的六千三百多万人。', [('1949年', 1949, 'date', None, None), ('二千四百多万人', 24000000, 'count', '人', 'more_than'), ('1956年', 1956, 'date', None, None), ('六千三百多万人', 63000000, 'count', '人', 'more_than')], id='1957-1'),
    pytest.param('全面推广车用燃油国五标准，淘汰黄标车和老旧车380万辆。', [('380万辆', 3800000, 'count', '辆', None)], id='2016-1'),
    pytest.param('已有17个省（区、市）完成国有企业下岗职工基本生活保障向失业保险并轨。', [('17个', 17, 'count', '个', None)], id='2006-1'),
    pytest.param('城镇职工和城镇居民基本医疗保险参保4.01亿人，新型农村合作医疗制度覆盖8.3亿人。', [('4.01亿人', 401000000, 'count', '人', None), ('8.3亿人', 830000000, 'count', '人', None)], id='2010-1'),
    pytest.param('国务院直属机构和办事机构进行了较大幅度的精简，精简后为１８个。', [('１８个', 18, 'count', '个', None)], id='1993-1'),
    pytest.param('以农业和水利说，五年内将新建国营机械化农场九十一个，拖拉机站一百九十四个。', [('五年', 5, 'duration', '年', 'at_most'), ('九十一个', 91, 'count', '个', None), ('一百九十四个', 194, 'count', '个', None)], id='1955-1'),
    pytest.param('五年内，就业人数共增加约四百二十万人，工人职员的平均工资以货币计算约增长百分之三十三；', [('五年', 5, 'duration', '年', 'at_most'), ('四百二十万人', 4200000, 'count', '人', 'approx'), ('百分之三十三', 33, 'percent', '%', None)], id='1955-2'),
    pytest.param('认真贯彻实施行政许可法，推进行政审批制度改革，国务院各部门取消和调整行政审批项目692项。', [('692项', 692, 'count', '项', None)], id='2008-1'),
    pytest.param('三大改造本身也是有准备有步驟地进行的。', [('三大', 3, 'count', None, None)], id='1957-2'),
    pytest.param('着眼于建设覆盖城乡居民的基本卫生保健制度，今年重点抓好四件事：一是积极推行新型农村合作医疗制度。', [('四件', 4, 'count', '件', None)], id='2007-1'),
    pytest.param('医疗保障制度改革重点抓好５０多个城市的试点工作。', [('５０多个', 50, 'count', '个', 'more_than')], id='1997-1'),
    pytest.param('１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；', [('１９５６年', 1956, 'date', None, None), ('９６４个', 964, 'count', '个', None), ('２７１个', 271, 'count', '个', None), ('６９３个', 693, 'count', '个', None)], id='1956-1'),
    pytest.param('中央财政医疗卫生支出1277亿元，比上年增长49.5%。', [('1277亿元', 127700000000, 'money', '元', None), ('49.5%', 49.5, 'percent', '%', None)], id='2010-2'),
    pytest.param('这两部分共计减收增支九百二十五亿元，比原来设想的六百亿元多出５４％。', [('九百二十五亿元', 92500000000, 'money', '元', None), ('六百亿元', 60000000000, 'money', '元', None), ('５４％', 54, 'percent', '%', None)], id='1981-1'),
    pytest.param('“两个确保”和“低保”的资金1777亿元，用于地方增加机关事业单位职工工资1755亿元。', [('1777亿元', 177700000000, 'money', '元', None), ('1755亿元', 175500000000, 'money', '元', None)], id='2003-1'),
    pytest.param('其中，工业总产值达到了六百五十亿二千万元，比一九五二年的二百七十亿一千万元增长百分之一百四十一；', [('六百五十亿二千万元', 65020000000, 'money', '元', None), ('一九五二年', 1952, 'date', None, None), ('二百七十亿一千万元', 27010000000, 'money', '元', None), ('百分之一百四十一', 141, 'percent', '%', None)], id='1959-1'),
    pytest.param('中央财政安排就业专项资金426亿元，比上年增长59%。', [('426亿元', 42600000000, 'money', '元', None), ('59%', 59, 'percent', '%', None)], id='2010-3'),
    pytest.param('国民收入中，用于积累的部分为1，120亿元，用于消费的部分为2，211亿元。', [('1，120亿元', 112000000000, 'money', '元', None), ('2，211亿元', 221100000000, 'money', '元', None)], id='1980-1'),
    pytest.param('投资限额为五百万元；', [('五百万元', 5000000, 'money', '元', None)], id='1955-3'),
    pytest.param('农民按人口平均的纯收入达到３０９．８元，比上年增长１４．７％。', [('３０９．８元', 309.8, 'money', '元', None), ('１４．７％', 14.7, 'percent', '%', None)], id='1984-1'),
    pytest.param('债款支出６６６，２２８，０００元，占预算数的１０６．４８％；', [('６６６，２２８，０００元', 666228000, 'money', '元', None), ('１０６．４８％', 106.48, 'percent', '%', None)], id='1956-2'),
    pytest.param('各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。', [('120元', 120, 'money', '元', None), ('200元', 200, 'money', '元', None)], id='2012-1'),
    pytest.param('拟发行长期建设国债600亿元，比上年减少200亿元，同时增加中央预算内经常性建设投资100亿元；', [('600亿元', 60000000000, 'money', '元', None), ('200亿元', 20000000000, 'money', '元', None), ('100亿元', 10000000000, 'money', '元', None)], id='2006-2'),
    pytest.param('根据许多调查，在保证工程质量的一般情况下，现在就可以用六十元、七十元或者八十元，去办过去要用一百元钱才能办好的事情了。', [('六十元', 60, 'money', '元', None), ('七十元', 70, 'money', '元', None), ('八十元', 80, 'money', '元', None), ('一百元', 100, 'money', '元', None)], id='1958-1'),
    pytest.param('支持社会事业发展的国债投资达163亿元，增长近两倍。', [('163亿元', 16300000000, 'money', '元', None), ('两倍', 2, 'multiple', '倍', 'nearly')], id='2004-1'),
    pytest.param('行政管理费支出２，１５４，０６７，０００元，占预算数的９６．１０％；', [('２，１５４，０６７，０００元', 2154067000, 'money', '元', None), ('９６．１０％', 96.1, 'percent', '%', None)], id='1956-3'),
    pytest.param('强化普惠性支持，落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。', [('3万元', 30000, 'money', '元', None), ('10万元', 100000, 'money', '元', None)], id='2019-1'),
    pytest.param('利用外资大幅度增长，外商直接投资实际金额五年累计1 8 5 8 亿美元。', [('五年', 5, 'duration', '年', None), ('1 8 5 8 亿美元', 185800000000, 'money', '美元', None)], id='1998-1'),
    pytest.param('扩大免费公共卫生服务范围，城乡居民人均公共卫生服务经费不低于15元，以后逐步提高。', [('15元', 15, 'money', '元', 'at_least')], id='2009-1'),
    pytest.param('积极稳妥推进城镇化，城镇化率从47.5％提高到51.5%，完善城市化布局和形态，不断提升城镇化的质量和水平。', [('47.5％', 47.5, 'percent', '%', None), ('51.5%', 51.5, 'percent', '%', None)], id='2011-1'),
    pytest.param('高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆；', [('8.9%', 8.9, 'percent', '%', None), ('7.7%', 7.7, 'percent', '%', None), ('1300万辆', 13000000, 'count', '辆', 'more_than')], id='2025-1'),
    pytest.param('鞍钢生产的大型钢和桥梁钢，由于化学成分不合要求而有百分之三十不合规格；', [('百分之三十', 30, 'percent', '%', None)], id='1955-4'),
    pytest.param('農民的互助合作運動在過去一年內已有空前的發展，參加互助組和合作社的農戶已經達到全體農戶的百分之六十。', [('一年', 1, 'duration', '年', None), ('百分之六十', 60, 'percent', '%', None)], id='1954-1'),
    pytest.param('，茶叶增长１７％，蚕茧增长４４％，各种水果增长１０％。', [('１７％', 17, 'percent', '%', None), ('４４％', 44, 'percent', '%', None), ('１０％', 10, 'percent', '%', None)], id='1956-4'),
    pytest.param('非金融类对外直接投资1180亿美元，增长14.7%。', [('1180亿美元', 118000000000, 'money', '美元', None), ('14.7%', 14.7, 'percent', '%', None)], id='2016-2'),
    pytest.param('我国第一个五年计划规定工业总产值增长百分之九十八点三，即每年递增百分之十四点七。', [('五年', 5, 'duration', '年', None), ('百分之九十八点三', 98.3, 'percent', '%', None), ('百分之十四点七', 14.7, 'percent', '%', None)], id='1955-5'),
    pytest.param('比上年分别下降3.14％和4.66％。', [('3.14％', 3.14, 'percent', '%', None), ('4.66％', 4.66, 'percent', '%', None)], id='2008-2'),
    pytest.param('国营商业企业收入为４，０９４，８８９，０００元，比上年增长２３．４５％；', [('４，０９４，８８９，０００元', 4094889000, 'money', '元', None), ('２３．４５％', 23.45, 'percent', '%', None)], id='1956-5'),
    pytest.param('继续推进天然林保护、京津风沙源治理等生态建设，五年累计退耕还林、植树造林 3191万公顷，退牧还草3460万公顷。', [('五年', 5, 'duration', '年', None), ('3191万公顷', 31910000, 'dimension', '公顷', None), ('3460万公顷', 34600000, 'dimension', '公顷', None)], id='2008-3'),
    pytest.param('达到了七千二百亿斤，每人平均一千斤或者稍多一点，同过去相比，当然是一个很大的跃进；', [('七千二百亿斤', 720000000000, 'dimension', '斤', None), ('一千斤', 1000, 'dimension', '斤', None)], id='1960-1'),
    pytest.param('到一九三三年，全国钢产量也只有二万五千吨。', [('一九三三年', 1933, 'date', None, None), ('二万五千吨', 25000, 'dimension', '吨', None)], id='1955-6'),
    pytest.param('沿海轮驳船货物周转量将达到五十七亿五千万吨海里，即比一九五二年增长一点九倍；', [('五十七亿五千万吨海里', 5750000000, 'dimension', '吨海里', None), ('一九五二年', 1952, 'date', None, None), ('一点九倍', 1.9, 'multiple', '倍', None)], id='1955-7'),
    pytest.param('新增铁路里程1.97万公里，其中高速铁路8951公里，京沪、京广、哈大等高铁和一批城际铁路相继投入运营；', [('1.97万公里', 19700, 'dimension', '公里', None), ('8951公里', 8951, 'dimension', '公里', None)], id='2013-1'),
    pytest.param('发电量3，120亿度，比1980年预计增加120亿度。', [('3，120亿度', 312000000000, 'dimension', '度', None), ('1980年', 1980, 'date', None, None), ('120亿度', 12000000000, 'dimension', '度', None)], id='1980-2'),
    pytest.param('80平方公里和600平方公里，实现了千百年来从围湖造田、与湖争地到大规模退田还湖的历史性转变。', [('80平方公里', 80, 'dimension', '平方公里', None), ('600平方公里', 600, 'dimension', '平方公里', None)], id='2003-2'),
    pytest.param('加强重点节能环保工程建设，新增城镇污水日处理能力1100万吨，5000多万千瓦新增燃煤发电机组全部安装脱硫设施。', [('1100万吨', 11000000, 'dimension', '吨', None), ('5000多万千瓦', 50000000, 'dimension', '千瓦', 'more_than')], id='2012-2'),
    pytest.param('原煤由四亿八千三百万吨增加到六亿一千八百万吨，增长百分之二十八；', [('四亿八千三百万吨', 483000000, 'dimension', '吨', None), ('六亿一千八百万吨', 618000000, 'dimension', '吨', None), ('百分之二十八', 28, 'percent', '%', None)], id='1979-1'),
    pytest.param('新增公路19.2万公里，其中高速公路2.8万公里；', [('19.2万公里', 192000, 'dimension', '公里', None), ('2.8万公里', 28000, 'dimension', '公里', None)], id='2008-4'),
    pytest.param('粮食产量超过1.2万亿斤，实现“十连增”。', [('1.2万亿斤', 1200000000000, 'dimension', '斤', 'more_than')], id='2014-1'),
    pytest.param('过去一年，我们是在应对新的挑战和考验中前进的。', [('一年', 1, 'duration', '年', None)], id='2005-1'),
    pytest.param('三、第一個五年計劃的若幹問題', [('五年', 5, 'duration', '年', None)], id='1955-8'),
    pytest.param('在过去的一年里，海峡两岸经济联系进一步密切，人员往来增加，事务性商谈取得一定的成果。', [('一年', 1, 'duration', '年', None)], id='1995-1'),
    pytest.param('共和国成立70周年。', [('70周年', 70, 'duration', '周年', None)], id='2019-2'),
    pytest.param('从一九五三年到一九五七年，我国执行了发展国民经济的第一个五年计划。', [('一九五三年到一九五七年', 1953, 'date', None, None, 1957), ('五年', 5, 'duration', '年', None)], id='1959-2'),
    pytest.param('在过去的五年中，我国的对外工作取得了重大成就。', [('五年', 5, 'duration', '年', None)], id='1986-1'),
    pytest.param('如上所说，实现１９５６年的国家预算的任务，同提前完成和超额完成我国第一个五年计划的任务，是密切不可分离的。', [('１９５６年', 1956, 'date', None, None), ('五年', 5, 'duration', '年', None)], id='1956-6'),
    pytest.param('同１９５４年决算的可比部分相比，１９５５年本年收入增长９６６，４８５，０００元，即增长３．６８％；', [('１９５４年', 1954, 'date', None, None), ('１９５５年', 1955, 'date', None, None), ('９６６，４８５，０００元', 966485000, 'money', '元', None), ('３．６８％', 3.68, 'percent', '%', None)], id='1956-7'),
    pytest.param('落实2030年应对气候变化国家自主贡献目标。', [('2030年', 2030, 'date', None, None)], id='2021-1'),
    pytest.param('对于1956年的基本建设工作，我们应该进行具体的分析。', [('1956年', 1956, 'date', None, None)], id='1957-3'),
    pytest.param('我们应当在一九五八年的巨大胜利的基础上，沿着一九五八年所开辟的道路，继续跃进，争取一九五九年在各个战线上获得更大的胜利。', [('一九五八年', 1958, 'date', None, None), ('一九五八年', 1958, 'date', None, None), ('一九五九年', 1959, 'date', None, None)], id='1959-3'),
    pytest.param('1998年以来，为了应对亚洲金融危机影响和国内需求不足问题，中央实行了积极的财政政策。', [('1998年', 1998, 'date', None, None)], id='2005-2'),
    pytest.param('工商税收的增长比例比较大，主要是由于１９５６年工农业生产和商品流转的增长比较快。', [('１９５６年', 1956, 'date', None, None)], id='1956-8'),
    pytest.param('经过1950年、1952年、1956年几次的工资制度改革，我们已经初步地建立了大体上适合我国情况的工资制度。', [('1950年', 1950, 'date', None, None), ('1952年', 1952, 'date', None, None), ('1956年', 1956, 'date', None, None)], id='1957-4'),
    pytest.param('企业扭亏增盈成效显著，2000年国有及国有控股工业企业实现利润2392亿元，为1997年的2.9倍。', [('2000年', 2000, 'date', None, None), ('2392亿元', 239200000000, 'money', '元', None), ('1997年', 1997, 'date', None, None), ('2.9倍', 2.9, 'multiple', '倍', None)], id='2001-1'),
    pytest.param('二、2024年经济社会发展总体要求和政策取向', [('2024年', 2024, 'date', None, None)], id='2024-1'),
    pytest.param('2007年城镇职工基本医疗保险参保人数达到1.8亿人，比2002年增加近1倍；', [('2007年', 2007, 'date', None, None), ('1.8亿人', 180000000, 'count', '人', None), ('2002年', 2002, 'date', None, None), ('1倍', 1, 'multiple', '倍', 'nearly')], id='2008-5'),
    pytest.param('内河轮驳船货物周转量将达到一百五十三亿吨公里，即比一九五二年增长三点二倍；', [('一百五十三亿吨公里', 15300000000, 'dimension', '吨公里', None), ('一九五二年', 1952, 'date', None, None), ('三点二倍', 3.2, 'multiple', '倍', None)], id='1955-9'),
    pytest.param('全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。', [('五年', 5, 'duration', '年', None), ('2.43万亿元', 2430000000000, 'money', '元', None), ('五年', 5, 'duration', '年', None), ('1.26倍', 1.26, 'multiple', '倍', None)], id='2008-6'),
    pytest.param('机制糖：从二十四万九千吨增加到六十八万六千吨，增长一点八倍。', [('二十四万九千吨', 249000, 'dimension', '吨', None), ('六十八万六千吨', 686000, 'dimension', '吨', None), ('一点八倍', 1.8, 'multiple', '倍', None)], id='1955-10'),
    pytest.param('全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍，棉花增产四点七倍。', [('百分之六十', 60, 'percent', '%', None), ('一点四倍', 1.4, 'multiple', '倍', None), ('四点七倍', 4.7, 'multiple', '倍', None)], id='1975-1'),
    pytest.param('其中东北各省和山西、河北、山东、河南及其他老解放区，合作化的规模都将达到农户半数左右。', [('半数', 0.5, 'fraction', None, 'approx')], id='1955-11'),
    pytest.param('继续提高城乡居民基本医保和大病保险保障水平，居民医保人均财政补助标准增加30元，一半用于大病保险。', [('30元', 30, 'money', '元', None), ('一半', 0.5, 'fraction', None, None)], id='2019-3'),
    pytest.param('省级政府组成部门的设置应与国务院组成部门基本对口，人员编制原则上减一半，逐步、分期实施。', [('一半', 0.5, 'fraction', None, None)], id='1999-1'),
    pytest.param('坚持实行企业、社会、财政各负担三分之一的办法。', [('三分之一', 0.3333333333333333, 'fraction', None, None)], id='1999-2'),
    pytest.param('這表現了我國六萬萬人民的不可動搖的共同意志。', [('六萬萬', 600000000, 'number', None, None)], id='1954-2'),
    pytest.param('今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁280万人。', [('1000万', 10000000, 'number', None, 'at_least'), ('280万人', 2800000, 'count', '人', None)], id='2018-1'),
    pytest.param('加大扶贫攻坚的力度，力争今年农村贫困人口再减少1000万以上，并做好防止返贫的工作。', [('1000万', 10000000, 'number', None, 'at_least')], id='1999-3'),
    pytest.param('今年，基本普及九年义务教育的地区要增加到全国人口的7 2 ％，再扫除3 5 0 万青壮年文盲。', [('九年', 9, 'duration', '年', None), ('7 2 ％', 72, 'percent', '%', None), ('3 5 0 万', 3500000, 'number', None, None)], id='1998-2'),
    pytest.param('經過學校和其他方法培養出來的少數民族幹部已有十四萬餘人，這是實現民族區域自治的一支重要的力量。', [('十四萬餘人', 140000, 'count', '人', 'more_than')], id='1954-3'),
    pytest.param('我们可以确定地说，赶上它们，或者赶过它们的工业水平，并不需要一百年，有几十年的时间就够了。', [('一百年', 100, 'duration', '年', None)], id='1955-12'),
    pytest.param('增加了２％，生产成本比年度计划多降低了３．１％。', [('２％', 2, 'percent', '%', None), ('３．１％', 3.1, 'percent', '%', None)], id='1956-9'),
    pytest.param('中国人民在共产党领导下，已经取得了民主革命和社会主义革命两次伟大胜利。', [('两次', 2, 'count', '次', None)], id='1957-5'),
    pytest.param('糖的产量，比上一年增加十七万三千吨，增长百分之二十点六。', [('十七万三千吨', 173000, 'dimension', '吨', None), ('百分之二十点六', 20.6, 'percent', '%', None)], id='1958-2'),
    pytest.param('我们相信，这两个会议一定能够对于完成一九五九年计划的任务作出重大的贡献。', [('两个', 2, 'count', '个', None), ('一九五九年', 1959, 'date', None, None)], id='1959-4'),
    pytest.param('社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个，从业人员有三万八千多人。', [('十二个', 12, 'count', '个', None), ('七千六百九十个', 7690, 'count', '个', None), ('三万八千多人', 38000, 'count', '人', 'more_than')], id='1960-2'),
    pytest.param('一九五九年，达赖集团勾结帝国主义和印度反动派，发动了叛国的反革命武装叛乱。', [('一九五九年', 1959, 'date', None, None)], id='1964-1'),
    pytest.param('我们再用二十多年的时间，一定能够在本世纪内把我国建设成为社会主义的现代化强国。', [('二十多年', 20, 'duration', '年', 'more_than')], id='1975-2'),
    pytest.param('这八年，国家财政收入和基本建设投资，都相当于过去二十八年的总和。', [('八年', 8, 'duration', '年', None), ('二十八年', 28, 'duration', '年', None)], id='1978-1'),
    pytest.param('我们也接待了三十多个国家的领导人来访。', [('三十多个', 30, 'count', '个', 'more_than')], id='1979-2'),
    pytest.param('石油产量10，600万吨，保持近两年的水平；', [('10，600万吨', 106000000, 'dimension', '吨', None), ('两年', 2, 'duration', '年', None)], id='1980-3'),
    pytest.param('这就是说，本世纪的最后十年，我们将很有可能开创一个新的经济振兴时期。', [('十年', 10, 'duration', '年', None)], id='1981-2'),
    pytest.param('水泥生产的窑外分解法可以节约能源三分之一以上，这也应该作为发展水泥工业的一项重要技术政策。', [('三分之一', 0.3333333333333333, 'fraction', None, 'at_least')], id='1982-1'),
    pytest.param('出口商品结构发生了可喜的变化，工业制成品占出口总值的比重由百分之四十六点五上升到百分之五十五。', [('百分之四十六点五', 46.5, 'percent', '%', None), ('百分之五十五', 55, 'percent', '%', None)], id='1983-1'),
    pytest.param('一年来，我国社会主义物质文明和精神文明的建设健康发展，安定团结的政治局面更加巩固。', [('一年', 1, 'duration', '年', None)], id='1984-2'),
    pytest.param('年间平均每年增长３．２％的速度。', [('３．２％', 3.2, 'percent', '%', None)], id='1985-1'),
    pytest.param('围绕经济建设这个中心，在科技、教育和思想、文化领域，过去一年里也取得许多可喜成果。', [('一年', 1, 'duration', '年', None)], id='1987-1'),
    pytest.param('美苏经过多年谈判，终于在去年１２月签署了销毁中程和中短程导弹的条约。', [('１２月', None, 'date', None, None)], id='1988-1'),
    pytest.param('中国政府支持北京市申办２０００年奥运会。', [('２０００年', 2000, 'date', None, None)], id='1992-1'),
    pytest.param('计划生育成绩明显，出生率下降５个千分点，相当于五年少生１５００万人左右。', [('５个千分点', 5, 'percent', '千分点', None), ('五年', 5, 'duration', '年', None), ('１５００万人', 15000000, 'count', '人', 'approx')], id='1993-2'),
    pytest.param('外商投资显著增加，投资领域拓宽，投资结构改善，直接投资达到２５８亿美元，是改革开放以来最多的一年。', [('２５８亿美元', 25800000000, 'money', '美元', None), ('一年', 1, 'duration', '年', None)], id='1994-1'),
    pytest.param('去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。', [('百分之十', 10, 'percent', '%', 'at_most')], id='1995-2'),
    pytest.param('钢铁工业通过挖潜改造，品种结构有所改善，钢产量突破１亿吨。', [('１亿吨', 100000000, 'dimension', '吨', 'more_than')], id='1997-2'),
    pytest.param('农村扶贫开发工作取得很大成绩，五年中有3 0 0 0 万贫困人口解决了温饱问题。', [('五年', 5, 'duration', '年', None), ('3 0 0 0 万', 30000000, 'number', None, None)], id='1998-3'),
    pytest.param('今年12月20日，澳门将回到祖国怀抱。', [('12月20日', None, 'date', None, None)], id='1999-4'),
    pytest.param('新增公路通车里程1．2万公里，其中高速公路3358公里；', [('1．2万公里', 12000, 'dimension', '公里', None), ('3358公里', 3358, 'dimension', '公里', None)], id='2000-1'),
    pytest.param('在经济发展的基础上，使人民生活有较大改善，逐步向更加宽裕的小康生活迈进，是今后五年的重要任务。', [('五年', 5, 'duration', '年', None)], id='2001-2'),
    pytest.param('加强基础教育，巩固扩大农村地区“两基”成果，特别是加快贫困地区和少数民族地区普及九年义务教育步伐。', [('九年', 9, 'duration', '年', None)], id='2002-1'),
    pytest.param('经过15年的艰苦努力，我国于2001年12月正式加入世界贸易组织，标志着对外开放进入新阶段。', [('15年', 15, 'duration', '年', None), ('2001年12月', 2001, 'date', None, None)], id='2003-3'),
    pytest.param('进出口总额比上年增长37.1%，达到8512亿美元，由上年居世界第五位上升到第四位。', [('37.1%', 37.1, 'percent', '%', None), ('8512亿美元', 851200000000, 'money', '美元', None)], id='2004-2'),
    pytest.param('二、2005年工作总体部署', [('2005年', 2005, 'date', None, None)], id='2005-3'),
    pytest.param('一年来，我们以科学发展观统领经济社会发展全局，主要做了以下几方面工作：', [('一年', 1, 'duration', '年', None)], id='2006-3'),
    pytest.param('经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。', [('四年', 4, 'duration', '年', None), ('10%', 10, 'percent', '%', 'more_than')], id='2007-2'),
    pytest.param('调整改革军队体制编制和政策制度，裁减军队员额20万任务顺利完成。', [('20万', 200000, 'number', None, None)], id='2008-7'),
    pytest.param('一、2008年工作回顾', [('2008年', 2008, 'date', None, None)], id='2009-2'),
    pytest.param('建立种粮农民补贴制度和主产区利益补偿机制，农民的生产补贴资金去年达到1226亿元。', [('1226亿元', 122600000000, 'money', '元', None)], id='2011-2'),
    pytest.param('一、2011年工作回顾', [('2011年', 2011, 'date', None, None)], id='2012-3'),
    pytest.param('实行粮食最低收购价政策，小麦、稻谷最低收购价累计提高41.7%到86.7%。', [('41.7%到86.7%', 41.7, 'percent', '%', None, 86.7)], id='2013-2'),
    pytest.param('推进节能减排和污染防治，能源消耗强度下降3.7%，二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。', [('3.7%', 3.7, 'percent', '%', None), ('3.5%', 3.5, 'percent', '%', None), ('2.9%', 2.9, 'percent', '%', None)], id='2014-2'),
    pytest.param('着力改革商事制度，新登记注册市场主体达到1293万户，其中新登记注册企业增长45.9%，形成新的创业热潮。', [('1293万户', 12930000, 'count', '户', None), ('45.9%', 45.9, 'percent', '%', None)], id='2015-1'),
    pytest.param('今年将采取三项举措。', [('三项', 3, 'count', '项', None)], id='2016-3'),
    pytest.param('今年二氧化硫、氮氧化物排放量要分别下降3%，重点地区细颗粒物（PM', [('3%', 3, 'percent', '%', None)], id='2017-1'),
    pytest.param('中央对地方一般性转移支付增长10.9%，增强地方特别是中西部地区财力。', [('10.9%', 10.9, 'percent', '%', None)], id='2018-2'),
    pytest.param('单位国内生产总值能耗下降3.1%。', [('3.1%', 3.1, 'percent', '%', None)], id='2019-4'),
    pytest.param('出台国企改革三年行动方案。', [('三年', 3, 'duration', '年', None)], id='2021-2'),
    pytest.param('建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。', [('2.8万亿元', 2800000000000, 'money', '元', None)], id='2022-1'),
    pytest.param('今年发展主要预期目标是：国内生产总值增长5%左右；', [('5%', 5, 'percent', '%', 'approx')], id='2024-2'),
    pytest.param('城镇调查失业率5.5%左右，城镇新增就业1200万人以上；', [('5.5%', 5.5, 'percent', '%', 'approx'), ('1200万人', 12000000, 'count', '人', 'at_least')], id='2025-2'),
    # --- gwr-provincial/ ---
    pytest.param('社会化服务组织12.7万个。', [('12.7万个', 127000, 'count', '个', None)], id='2025-henan-1'),
    pytest.param('完成生态及地质灾害避险搬迁3万户，10.62万群众远离了危险、搬出了安全。', [('3万户', 30000, 'count', '户', None), ('10.62万', 106200, 'number', None, None)], id='2025-gansu-1'),
    pytest.param('编制完成1.1万个村庄规划，新改建“四好农村路”2330公里，建成宜居宜业和美乡村1241个。', [('1.1万个', 11000, 'count', '个', None), ('2330公里', 2330, 'dimension', '公里', None), ('1241个', 1241, 'count', '个', None)], id='2025-jiangsu-1'),
    pytest.param('今年要重点抓好以下十个方面工作。', [('十个', 10, 'count', '个', None)], id='2025-liaoning-1'),
    pytest.param('拓展国际经贸网络，组建“走出去”平台公司，新增1个省级境外经贸合作区、累计达8个。', [('1个', 1, 'count', '个', None), ('8个', 8, 'count', '个', None)], id='2025-guangdong-1'),
    pytest.param('深入实施“十百千万”工程，打造“美丽乡村示范县”5个、“百村示范”村200个，行政村清洁覆盖率保持100％。', [('5个', 5, 'count', '个', None), ('200个', 200, 'count', '个', None), ('100％', 100, 'percent', '%', None)], id='2025-jilin-1'),
    pytest.param('实施农业良种工程，培育优良动植物新品种20个，建设省级良种繁育基地50个，加大力度推广农业新品种、新技术。', [('20个', 20, 'count', '个', None), ('50个', 50, 'count', '个', None)], id='2025-shandong-1'),
    pytest.param('班”6200多个，城市15分钟托育服务圈加快建设。', [('6200多个', 6200, 'count', '个', 'more_than'), ('15分钟', 15, 'duration', '分钟', None)], id='2025-hubei-1'),
    pytest.param('在115个县建设粮油千亩高产示范片1000个，全省粮食产量726.8亿斤，再创历史新高。', [('115个', 115, 'count', '个', None), ('1000个', 1000, 'count', '个', None), ('726.8亿斤', 72680000000, 'dimension', '斤', None)], id='2025-sichuan-1'),
    pytest.param('经营主体净增98万户、突破1900万户，其中企业超830万户，总量均居全国第一。', [('98万户', 980000, 'count', '户', None), ('1900万户', 19000000, 'count', '户', 'more_than'), ('830万户', 8300000, 'count', '户', 'more_than')], id='2025-guangdong-2'),
    pytest.param('建设认知障碍老年人友好社区50个、认知障碍床位3000张。', [('50个', 50, 'count', '个', None), ('3000张', 3000, 'count', '张', None)], id='2025-shandong-2'),
    pytest.param('密切经贸合作，设立大陆首只由台商发起的两岸产业投资基金，累计研制两岸共通标准285项。', [('285项', 285, 'count', '项', None)], id='2025-fujian-1'),
    pytest.param('腾冲科学家论坛效应持续放大，累计促成人才引进项目496个、招商引资项目780个。', [('496个', 496, 'count', '个', None), ('780个', 780, 'count', '个', None)], id='2025-yunnan-1'),
    pytest.param('所创新创业生态圈作用，建强建优哈工大先研院、环哈工程科技成果转化中心，转化重大科技成果650项以上。', [('650项', 650, 'count', '项', 'at_least')], id='2025-heilongjiang-1'),
    pytest.param('提质扩面农村产业融合片区，建好19个国家级农业产业融合发展载体，培育10家引领型链主企业。', [('19个', 19, 'count', '个', None), ('10家', 10, 'count', '家', None)], id='2025-tianjin-1'),
    pytest.param('巩固提高“吉牛中国牛”市场占有率，肉牛屠宰量达到80万头。', [('80万头', 800000, 'count', '头', None)], id='2025-jilin-2'),
    pytest.param('深入实施医疗卫生强基工程，全力推进紧密型县域医共体建设，建设提升村卫生室3500所。', [('3500所', 3500, 'count', '所', None)], id='2025-liaoning-2'),
    pytest.param('规范托育服务机构发展，每千人口托位数达4.5个。', [('4.5个', 4.5, 'count', '个', None)], id='2025-hainan-1'),
    pytest.param('完成50个农村黑臭水体治理项目；', [('50个', 50, 'count', '个', None)], id='2025-chongqing-1'),
    pytest.param('落实资金129亿元，全力办好21项民生实事。', [('129亿元', 12900000000, 'money', '元', None), ('21项', 21, 'count', '项', None)], id='2025-xizang-1'),
    pytest.param('省级重大项目、6000个亿元以上项目建设。', [('6000个', 6000, 'count', '个', None), ('亿元', 100000000, 'money', '元', 'at_least')], id='2025-liaoning-3'),
    pytest.param('大财政体系建设全面推开，盘活国有“三资”3708亿元，带动一般公共预算收入增长6.6％、居全国前列。', [('3708亿元', 370800000000, 'money', '元', None), ('6.6％', 6.6, 'percent', '%', None)], id='2025-hubei-2'),
    pytest.param('软件和信息技术服务业收入突破1000亿元，电子产品制造业增加值增长25.3%，数字经济增速连续9年位居全国前列。', [('1000亿元', 100000000000, 'money', '元', 'more_than'), ('25.3%', 25.3, 'percent', '%', None), ('9年', 9, 'duration', '年', None)], id='2025-guizhou-1'),
    pytest.param('全力推进1000个亿元以上工业项目建设。', [('1000个', 1000, 'count', '个', None), ('亿元', 100000000, 'money', '元', 'at_least')], id='2025-guizhou-2'),
    pytest.param('通过项目带动、产业吸纳等，千方百计拓展农牧民增收渠道，实现农牧民转移就业63万人以上、劳务收入68亿元以上。', [('63万人', 630000, 'count', '人', 'at_least'), ('68亿元', 6800000000, 'money', '元', 'at_least')], id='2025-xizang-2'),
    pytest.param('贴等政策措施，确保应届高校毕业生就业率95%以上、区外就业率12%以上。', [('95%', 95, 'percent', '%', 'at_least'), ('12%', 12, 'percent', '%', 'at_least')], id='2025-xizang-3'),
    pytest.param('不动产登记历史遗留问题解决率达98.3%、惠及群众20.7万户。', [('98.3%', 98.3, 'percent', '%', None), ('20.7万户', 207000, 'count', '户', None)], id='2025-hainan-2'),
    pytest.param('数、死亡人数分别下降14.5%、14%。', [('14.5%', 14.5, 'percent', '%', None), ('14%', 14, 'percent', '%', None)], id='2025-fujian-2'),
    pytest.param('全面完成“一泓清水入黄河”工程，黄河干流流经县综合治理工程完工率达到85%以上。', [('85%', 85, 'percent', '%', 'at_least')], id='2025-shanxi-1'),
    pytest.param('营性收入10万元以上的村占比超过90%。', [('10万元', 100000, 'money', '元', 'at_least'), ('90%', 90, 'percent', '%', 'more_than')], id='2025-chongqing-2'),
    pytest.param('降0.4个百分点、持续低于全国平均水平。', [('0.4个百分点', 0.4, 'percent', '百分点', None)], id='2025-hunan-1'),
    pytest.param('域优良海水面积优于国家考核目标19.8个百分点，在国家污染防治攻坚战成效考核中连续5年获评优秀等级。', [('19.8个百分点', 19.8, 'percent', '百分点', None), ('5年', 5, 'duration', '年', None)], id='2025-jiangsu-2'),
    pytest.param('一般公共预算收入同口径增长4%以上；', [('4%', 4, 'percent', '%', 'at_least')], id='2025-neimenggu-1'),
    pytest.param('选全国“车路云一体化”应用试点，“便捷超充”行动计划启动实施，充电站实现市域乡镇全覆盖，汽车产业增加值增长26.7%。', [('26.7%', 26.7, 'percent', '%', None)], id='2025-chongqing-3'),
    pytest.param('面对财政特殊紧张压力，坚持将76%的财力用于民生事业，政府承诺投入100亿元办好的35件民生实事，全部高标准完成。', [('76%', 76, 'percent', '%', None), ('100亿元', 10000000000, 'money', '元', None), ('35件', 35, 'count', '件', None)], id='2025-ningxia-1'),
    pytest.param('外贸进出口总额增长5%以上；', [('5%', 5, 'percent', '%', 'at_least')], id='2025-guangxi-1'),
    pytest.param('规上工业增加值增长7.7％，固定资产投资增长6.5％，社会消费品零售总额增长5.1％，均高于全国。', [('7.7％', 7.7, 'percent', '%', None), ('6.5％', 6.5, 'percent', '%', None), ('5.1％', 5.1, 'percent', '%', None)], id='2025-hubei-3'),
    pytest.param('成都国际航空枢纽年旅客吞吐量增长16.6%，突破8700万人次、居全国第3位；', [('16.6%', 16.6, 'percent', '%', None), ('8700万人次', 87000000, 'count', '人次', 'more_than')], id='2025-sichuan-2'),
    pytest.param('内河航运集装箱吞吐量增长20.4%。', [('20.4%', 20.4, 'percent', '%', None)], id='2025-henan-2'),
    pytest.param('吉化120万吨乙烯项目主体完工，吉林化纤年产15万吨原丝项目投产，T800高性能碳纤维试生产成功。', [('120万吨', 1200000, 'dimension', '吨', None), ('15万吨', 150000, 'dimension', '吨', None)], id='2025-jilin-3'),
    pytest.param('深入实施冷水渔业振兴、设施农业现代化提升等行动，水产品总产量突破90万吨，蔬菜（食用菌）产量达950万吨。', [('90万吨', 900000, 'dimension', '吨', 'more_than'), ('950万吨', 9500000, 'dimension', '吨', None)], id='2025-heilongjiang-2'),
    pytest.param('新建和改造高标准农田425万亩，耕地净增加60万亩以上。', [('425万亩', 4250000, 'dimension', '亩', None), ('60万亩', 600000, 'dimension', '亩', 'at_least')], id='2025-sichuan-3'),
    pytest.param('M2.5平均浓度每立方米20微克以下。', [('20微克', 20, 'dimension', '微克', 'at_most')], id='2025-fujian-3'),
    pytest.param('完成国土绿化500万亩以上、防沙治沙130万亩以上、黑土型退化草原治理800万亩以上。', [('500万亩', 5000000, 'dimension', '亩', 'at_least'), ('130万亩', 1300000, 'dimension', '亩', 'at_least'), ('800万亩', 8000000, 'dimension', '亩', 'at_least')], id='2025-qinghai-1'),
    pytest.param('7公里、时速120公里路段占比由18%增至71%。', [('7公里', 7, 'dimension', '公里', None), ('120公里', 120, 'dimension', '公里', None), ('18%', 18, 'percent', '%', None), ('71%', 71, 'percent', '%', None)], id='2025-neimenggu-2'),
    pytest.param('今年是“十四五”收官和“十五五”谋划承上启下之年，是实现省第十三次党代会目标任务、推进中国式现代化龙江实践关键一年。', [('一年', 1, 'duration', '年', None)], id='2025-heilongjiang-3'),
    pytest.param('2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。', [('2024年', 2024, 'date', None, None), ('75周年', 75, 'duration', '周年', None), ('一年', 1, 'duration', '年', None)], id='2025-guangxi-2'),
    pytest.param('地方一般公共预算收入1.35万亿元，连续34年居全国首位。', [('1.35万亿元', 1350000000000, 'money', '元', None), ('34年', 34, 'duration', '年', None)], id='2025-guangdong-3'),
    pytest.param('一、2024 年工作回顾', [('2024 年', 2024, 'date', None, None)], id='2025-henan-3'),
    pytest.param('2003年，时任浙江省委书记的习近平同志指示坚持和发展“枫桥经验”。', [('2003年', 2003, 'date', None, None)], id='2025-sichuan-4'),
    pytest.param('2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上', [('2025年1月13日', 2025, 'date', None, None)], id='2025-guangxi-3'),
    pytest.param('作成果丰硕，全省招商引资到位资金641.5亿元，实际利用外资增长1.33倍。', [('641.5亿元', 64150000000, 'money', '元', None), ('1.33倍', 1.33, 'multiple', '倍', None)], id='2025-qinghai-2'),
    # a bare 翻番 (to double) writes no number: no figure, like 增长 without one
    pytest.param('超前布局建设数据基础设施，实现算力总规模翻番。', [], id='2025-jilin-4'),
    pytest.param('10种有色金属产量占全国比重超1/10，滇中稀贵金属集群入选国家先进制造业集群。', [('10种', 10, 'count', '种', None), ('1/10', 0.1, 'fraction', None, 'more_than')], id='2025-yunnan-2'),
    pytest.param('推动率先出台技能人才发展条例，我省选手在第47届世界技能大赛上勇夺13块金牌、占全国1/3。', [('13块', 13, 'count', '块', None), ('1/3', 0.3333333333333333, 'fraction', None, None)], id='2025-guangdong-4'),
    pytest.param('庆阳经济总量迈上1200亿台阶，酒泉经济总量突破千亿、达到1042亿元，临夏州经济总量跻身500亿元行列。', [('1200亿', 120000000000, 'number', None, None), ('1042亿元', 104200000000, 'money', '元', None), ('500亿元', 50000000000, 'money', '元', None)], id='2025-gansu-2'),
    pytest.param('经济社会发展的主要预期目标是：全省地区生产总值增长5.5%以上，在实际工作中争取更好结果；', [('5.5%', 5.5, 'percent', '%', 'at_least')], id='2025-anhui-1'),
    pytest.param('国家检验检测高技术服务业集聚区新增机构18家。', [('18家', 18, 'count', '家', None)], id='2025-chongqing-4'),
    pytest.param('优化矛盾纠纷处置，信访工作法治化全面推进，信访事项及时受理率100%、初信初访一次性化解率98.4%。', [('100%', 100, 'percent', '%', None), ('98.4%', 98.4, 'percent', '%', None)], id='2025-fujian-4'),
    pytest.param('今年，将继续办好群众普遍需求、可感可及的10件实事。', [('10件', 10, 'count', '件', None)], id='2025-gansu-3'),
    pytest.param('新增改造城镇供排水管网超2000公里，新增改造污水处理能力30万吨/日，提升改造城市排涝能力600立方米/秒。', [('2000公里', 2000, 'dimension', '公里', 'more_than'), ('30万吨/日', 300000, 'dimension', '吨/日', None), ('600立方米/秒', 600, 'dimension', '立方米/秒', None)], id='2025-guangdong-5'),
    pytest.param('新增职业技术大学、高等职业学校各2所。', [('2所', 2, 'count', '所', None)], id='2025-guangxi-4'),
    pytest.param('开展扩大民间投资三年行动。', [('三年', 3, 'duration', '年', None)], id='2025-guizhou-3'),
    pytest.param('建设标准化胶园30万亩。', [('30万亩', 300000, 'dimension', '亩', None)], id='2025-hainan-3'),
    pytest.param('人大代表建议729件、政协委员提案831件全部办复，法治政府建设迈出新步伐。', [('729件', 729, 'count', '件', None), ('831件', 831, 'count', '件', None)], id='2025-hebei-1'),
    pytest.param('实施“人工智能+”行动计划，推进算电融合试点，数字经济核心产业营业收入增长7%以上。', [('7%', 7, 'percent', '%', 'at_least')], id='2025-heilongjiang-4'),
    pytest.param('口增长18.1％，占全部出口比重超过50％，湖北智造加速走向世界。', [('18.1％', 18.1, 'percent', '%', None), ('50％', 50, 'percent', '%', 'more_than')], id='2025-hubei-4'),
    pytest.param('持续提升住宿餐饮消费，全年新增限额以上批零住餐企业1000家以上。', [('1000家', 1000, 'count', '家', 'at_least')], id='2025-hunan-2'),
    pytest.param('三、2025年重点工作', [('2025年', 2025, 'date', None, None)], id='2025-jiangsu-3'),
    pytest.param('纳入过境免签人员入出境口岸，南昌、景德镇纳入240小时过境免签人员停留活动区域；', [('240小时', 240, 'duration', '小时', None)], id='2025-jiangxi-1'),
    pytest.param('2024年是实现“十四五”规划目标任务的关键一年。', [('2024年', 2024, 'date', None, None), ('一年', 1, 'duration', '年', None)], id='2025-jilin-5'),
    pytest.param('加快创建国家医学中心，完善省级区域医疗中心布局，新增临床重点专科100个以上。', [('100个', 100, 'count', '个', 'at_least')], id='2025-liaoning-4'),
    pytest.param('一年来，我们一手抓经济发展、一手抓民生改善，让各族群众共享现代化建设成果。', [('一年', 1, 'duration', '年', None)], id='2025-neimenggu-3'),
    pytest.param('全面开展安全生产治本攻坚三年行动。', [('三年', 3, 'duration', '年', None)], id='2025-ningxia-2'),
    pytest.param('用足用好政策机遇，抓住消费、投资两个关键，精准施策、靶向发力，使内需成为拉动经济增长的主动力和稳定锚。', [('两个', 2, 'count', '个', None)], id='2025-qinghai-3'),
    pytest.param('利拥有量、授权量分别增长16.8%、12.5%，技术合同成交额增长15%。', [('16.8%', 16.8, 'percent', '%', None), ('12.5%', 12.5, 'percent', '%', None), ('15%', 15, 'percent', '%', None)], id='2025-shaanxi-1'),
    pytest.param('预计海洋生产总值1.8万亿元左右、居全国前列，造船完工量、订单量大幅增长。', [('1.8万亿元', 1800000000000, 'money', '元', 'approx')], id='2025-shandong-3'),
    pytest.param('完成既有多层住宅加装电梯3000台，加强加装电梯全过程管理。', [('3000台', 3000, 'count', '台', None)], id='2025-shanghai-1'),
    pytest.param('非常规天然气产量超过165亿立方米，增长12.7%。', [('165亿立方米', 16500000000, 'dimension', '立方米', 'more_than'), ('12.7%', 12.7, 'percent', '%', None)], id='2025-shanxi-2'),
    pytest.param('一年来，省政府接受人大法定监督和政协民主监督，按规定报告和通报工作，认真办理人大代表建议和政协提案。', [('一年', 1, 'duration', '年', None)], id='2025-sichuan-5'),
    pytest.param('20项民心工程全面完成。', [('20项', 20, 'count', '项', None)], id='2025-tianjin-2'),
    pytest.param('12345便民热线解决群众急难愁盼诉求474万余件、办结率99.26%。', [('474万余件', 4740000, 'count', '件', 'more_than'), ('99.26%', 99.26, 'percent', '%', None)], id='2025-xinjiang-1'),
    pytest.param('新建和改造高标准农田20万亩。', [('20万亩', 200000, 'dimension', '亩', None)], id='2025-xizang-4'),
    # 近 + a duration is "the last N years" (no qualifier) unless the time is spent (经过近二十年)
    pytest.param('近两年人均预期寿命增幅居全国第1位。', [('两年', 2, 'duration', '年', None)], id='2025-yunnan-3'),
    pytest.param('完成幸福河湖农村水系整治1200公里。', [('1200公里', 1200, 'dimension', '公里', None)], id='2025-zhejiang-1'),
    # --- congress/ ---
    pytest.param('这场大革命告诉我们：在无产阶级专政下，我们必须向广大党员进行阶级、阶级斗争、两条路线斗争和继续革命的教育。', [('两条', 2, 'count', '条', None)], id='1969-9th-1'),
    pytest.param('在今年三月中央工作会议上，我代表党中央提出达到天下大治的八项要求，得到了全党全军全国各族人民的热烈赞同。', [('三月', None, 'date', None, None), ('八项', 8, 'count', '项', None)], id='1977-11th-1'),
    pytest.param('城镇居民人均生活费收入年均实际增长百分之七点二，农村居民人均纯收入年均实际增长百分之五点七，是增长最快的时期之一。', [('百分之七点二', 7.2, 'percent', '%', None), ('百分之五点七', 5.7, 'percent', '%', None)], id='1997-15th-1'),
    pytest.param('这个问题更是困难，因为去年一年之中，工会已增加到一百多个，但是这些工会都受到无政府主义的薰染，或者为国民党所操纵。', [('一年', 1, 'duration', '年', None), ('一百多个', 100, 'count', '个', 'more_than')], id='1921-1st-guangzhou-group-1'),
    pytest.param('本作品来自1949年10月1日（含）之后的中国共产党文件。', [('1949年10月1日', 1949, 'date', None, None)], id='1969-9th-2'),
    pytest.param('一九七○年五月二十日声明', [('一九七○年五月二十日', 1970, 'date', None, None)], id='1973-10th-1'),
    pytest.param('少量具有世界先进水平的科学技术，同普遍的科技水平不高，文盲半文盲还占人口近四分之一的状况，同时存在。', [('四分之一', 0.25, 'fraction', None, 'nearly')], id='1987-13th-1'),
    pytest.param('突出的景象是：十亿多人口，八亿在农村，基本上还是用手工工具搞饭吃；', [('十亿', 1000000000, 'number', None, 'more_than'), ('八亿', 800000000, 'number', None, None)], id='1987-13th-2'),
    pytest.param('每月从党员的收入中抽出百分之十来维持《共产党》月刊和负担工人夜校的费用。', [('百分之十', 10, 'percent', '%', None)], id='1921-1st-guangzhou-group-2'),
    pytest.param('《新青年》雜誌以前每月出版一次，現在改為三個月出版一次。', [('三個月', 3, 'duration', '個月', None)], id='1923-3rd-1'),
    pytest.param('一九三九年，当毛主席领导的抗日民族解放战争正在蓬勃发展时，刘少奇抛出了他的黑《', [('一九三九年', 1939, 'date', None, None)], id='1969-9th-3'),
    pytest.param('林彪反党集团的垮台，并不是党内两条路线斗争的结束。', [('两条', 2, 'count', '条', None)], id='1973-10th-2'),
    pytest.param('在阶级存在的时代，战争是两个和平之间的现象。', [('两个', 2, 'count', '个', None)], id='1977-11th-2'),
    pytest.param('这四件大事，是坚持社会主义制度实现社会主义现代化的重要保证。', [('四件', 4, 'count', '件', None)], id='1982-12th-1'),
    pytest.param('第一步，实现国民生产总值比一九八○年翻一番，解决人民的温饱问题。', [('一九八○年', 1980, 'date', None, None), ('翻一番', 2, 'multiple', '番', None)], id='1987-13th-3'),
    pytest.param('以邓小平同志的谈话和今年三月中央政治局全体会议为标志，我国改革开放和现代化建设事业进入了一个新的阶段。', [('三月', None, 'date', None, None)], id='1992-14th-1'),
    pytest.param('生翻天覆地变化的一百年。', [('一百年', 100, 'duration', '年', None)], id='1997-15th-2'),
    pytest.param('要打好基础，扎实推进，重点抓好基础设施和生态环境建设，争取十年内取得突破性进展。', [('十年', 10, 'duration', '年', 'at_most')], id='2002-16th-1'),
    pytest.param('我们即将迎来改革开放三十周年。', [('三十周年', 30, 'duration', '周年', None)], id='2007-17th-1'),
    pytest.param('第一个阶段，从二○二○年到二○三五年，在全面建成小康社会的基础上，再奋斗十五年，基本实现社会主义现代化。', [('二○二○年到二○三五年', 2020, 'date', None, None, 2035), ('十五年', 15, 'duration', '年', None)], id='2017-19th-judenpech-1'),
    pytest.param('领导十三亿多人的社会主义大国，我们党既要政治过硬，也要本领高强。', [('十三亿多人', 1300000000, 'count', '人', 'more_than')], id='2017-19th-1'),
    pytest.param('新时代十年的伟大变革，在党史、新中国史、改革开放史、社会主义发展史、中华民族发展史上具有里程碑意义。', [('十年', 10, 'duration', '年', None)], id='2022-20th-1'),
    # --- five-year-plans/ ---
    pytest.param('加强以滇池 、 抚仙湖为重点的九大高原湖泊及六大江河水系的生态环境保护和治理 。', [('九大', 9, 'count', None, None), ('六大', 6, 'count', None, None)], id='yunnan-10th-2001-2005-1'),
    pytest.param('化部的电影工业，等等）为一七·七亿元，占百分之六·六', [('一七·七亿元', 1770000000, 'money', '元', None), ('百分之六·六', 6.6, 'percent', '%', None)], id='national-1st-1953-1957-1'),
    pytest.param('广播和电视人口覆盖率分别达到百分之七十八点七和百分之八十四点四，比一九九○年提高四和五个百分点', [('百分之七十八点七', 78.7, 'percent', '%', None), ('百分之八十四点四', 84.4, 'percent', '%', None), ('一九九○年', 1990, 'date', None, None), ('五个百分点', 5, 'percent', '百分点', None)], id='national-9th-1996-2000-1'),
    pytest.param('客运量达到85亿-90亿人次，增长60％左右', [('85亿-90亿人次', 8500000000, 'count', '人次', None, 9000000000), ('60％', 60, 'percent', '%', 'approx')], id='national-7th-1986-1990-1'),
    pytest.param('为着适应工业农业生产的发展，在运输和邮电方面，五年内铁路货物周转量将增长百分之一○一；', [('五年', 5, 'duration', '年', 'at_most'), ('百分之一○一', 101, 'percent', '%', None)], id='national-1st-1953-1957-2'),
    pytest.param('全社会固定资产投资年均增长1 2 %左右 , 城镇登记失业率控制在5 %以内 。', [('1 2 %', 12, 'percent', '%', 'approx'), ('5 %', 5, 'percent', '%', 'at_most')], id='yunnan-10th-2001-2005-2'),
    pytest.param('单位国内生产总值生产安全事故死亡率下降３６％，工矿商贸就业人员生产安全事故死亡率下降２６％', [('３６％', 36, 'percent', '%', None), ('２６％', 26, 'percent', '%', None)], id='national-12th-2011-2015-1'),
    pytest.param('2005年公路通车里程达到160万公里左右，其中高速公路2.5万公里', [('2005年', 2005, 'date', None, None), ('160万公里', 1600000, 'dimension', '公里', 'approx'), ('2.5万公里', 25000, 'dimension', '公里', None)], id='national-10th-2001-2005-1'),
    pytest.param('十种有色金属四百二十五万吨，增加一百九十万吨；', [('十种', 10, 'count', '种', None), ('四百二十五万吨', 4250000, 'dimension', '吨', None), ('一百九十万吨', 1900000, 'dimension', '吨', None)], id='national-9th-1996-2000-2'),
    pytest.param('并网风电装机、生物质发电装机分别达到 500 万千瓦和 550 万千瓦', [('500 万千瓦', 5000000, 'dimension', '千瓦', None), ('550 万千瓦', 5500000, 'dimension', '千瓦', None)], id='national-11th-2006-2010-1'),
    pytest.param('五年内，高级中学招收新生一○八万人，毕业学生六○·二万人；', [('五年', 5, 'duration', '年', 'at_most'), ('一○八万人', 1080000, 'count', '人', None), ('六○·二万人', 602000, 'count', '人', None)], id='national-1st-1953-1957-3'),
    pytest.param('五年内，由于现有的有色金属厂矿生产潜力的充分发挥，以次新的厂矿的投入生产，有色金属的产量将有相\u3000当数量的增加', [('五年', 5, 'duration', '年', 'at_most')], id='national-1st-1953-1957-4'),
    pytest.param('山东陶庄矿务局在一九五七年生产能力将达到一七五万吨', [('一九五七年', 1957, 'date', None, None), ('一七五万吨', 1750000, 'dimension', '吨', None)], id='national-1st-1953-1957-5'),
    pytest.param('二○○○年，森林覆盖率达到百分之十五点五', [('二○○○年', 2000, 'date', None, None), ('百分之十五点五', 15.5, 'percent', '%', None)], id='national-9th-1996-2000-3'),
    pytest.param('1990年争取使80％的农村人口饮用安全卫生水，使全国免疫接种率达到85%以上', [('1990年', 1990, 'date', None, None), ('80％', 80, 'percent', '%', None), ('85%', 85, 'percent', '%', 'at_least')], id='national-7th-1986-1990-2'),
    pytest.param('新建和改造了一批机场，客机座位增长一点四倍；', [('一点四倍', 1.4, 'multiple', '倍', None)], id='national-9th-1996-2000-4'),
    pytest.param('非公有制经济增加值占国内生产总值的比重达到三分之一左右 , 城镇化水平达到2 6 %左右 。', [('三分之一', 0.3333333333333333, 'fraction', None, 'approx'), ('2 6 %', 26, 'percent', '%', 'approx')], id='yunnan-10th-2001-2005-3'),
    pytest.param('运输和邮电部门增长百分之二○·四；', [('百分之二○·四', 20.4, 'percent', '%', None)], id='national-1st-1953-1957-6'),
    pytest.param('对外贸易部降低百分之二九·七', [('百分之二九·七', 29.7, 'percent', '%', None)], id='national-1st-1953-1957-7'),
    pytest.param('多渠道开源，建设一批骨干水源工程，“十五”期间全国新增供水能力400亿立方米', [('400亿立方米', 40000000000, 'dimension', '立方米', None)], id='national-10th-2001-2005-2'),
    pytest.param('推进洁净煤发电，建设单机 60 万千瓦级循环流化床电站，启动整体煤气化燃气—蒸汽联合循环电站工程', [], id='national-11th-2006-2010-2'),
    pytest.param('第一章\u3000发展环境\u3000\u3000“十一五”时期是我国发展史上极不平凡的五年', [('五年', 5, 'duration', '年', None)], id='national-12th-2011-2015-2'),
    pytest.param('五年内，国民经济各部门的工人和职员的人数将增加600万到700万人', [('五年', 5, 'duration', '年', 'at_most'), ('600万到700万人', 6000000, 'count', '人', None, 7000000)], id='national-2nd-proposal-1958-1962-1'),
    pytest.param('国家投资建设16所具有不同专科特长的综合医院，建设2所设备齐全、手段先进的现代化医院', [('16所', 16, 'count', '所', None), ('2所', 2, 'count', '所', None)], id='national-7th-1986-1990-3'),
    pytest.param('进出口总额五年超过一万亿美元', [('五年', 5, 'duration', '年', None), ('一万亿美元', 1000000000000, 'money', '美元', 'more_than')], id='national-9th-1996-2000-5'),
    pytest.param('今后五年必须贯彻以下发展方针 :', [('五年', 5, 'duration', '年', None)], id='yunnan-10th-2001-2005-4'),
    # --- state-council/ ---
    pytest.param('省级文化部门核发的批准文件在有效期内可一证多批使用，但最多不超过六批。', [('六批', 6, 'count', '批', 'at_most')], id='guofa-2018-38-1'),
    pytest.param('计算方法：低风险组死亡例数/低风险组病例数×100%。', [('100%', 100, 'percent', '%', None)], id='guobanfa-2019-4-1'),
    pytest.param('2020年起，每年2月底前完成上述工作。', [('2020年', 2020, 'date', None, None), ('2月底', None, 'date', None, None)], id='guobanfa-2019-4-2'),
    pytest.param('二〇〇五年六月十一日', [('二〇〇五年六月十一日', 2005, 'date', None, None)], id='guobanhan-2005-57-1'),
    pytest.param('104148.3860', [('104148.3860', 104148.386, 'number', None, None)], id='guohan-2006-132-1'),
    pytest.param('14164.800', [('14164.800', 14164.8, 'number', None, None)], id='guohan-2006-132-2'),
    pytest.param('一九九六年六月二十九日', [('一九九六年六月二十九日', 1996, 'date', None, None)], id='guobanfa-1996-25-1'),
    pytest.param('个省（市）扩大内地西藏初中班（校）规模（其中1995年广东省、福建省共落实了165名扩招任务）。', [('1995年', 1995, 'date', None, None), ('165名', 165, 'count', '名', None)], id='guobanfa-1996-32-1'),
    pytest.param('6.秘书长以上负责人（不含名誉职务）应身体健康，能够坚持正常工作，任期一般不超过两届，年龄一般不超过70周岁。', [('两届', 2, 'count', '届', 'at_most'), ('70周岁', 70, 'duration', '周岁', 'at_most')], id='guobanfa-1997-11-1'),
    pytest.param('国家地震局《关于1997年地震趋势和加强防震减灾工作意见的报告》已经国务院同意，现转发给你们，请认真贯彻执行。', [('1997年', 1997, 'date', None, None)], id='guobanfa-1997-2-1'),
    pytest.param('目前，4起事故的直接责任人和负有领导责任的有关人员已经受到党纪政纪处分，触犯法律的已经移送司法机关依法处理。', [('4起', 4, 'count', '起', None)], id='guobanfa-2004-7-1'),
    pytest.param('市），将该省（区、市）具备条件的交通建设项目优先列入三年滚动计划，优先安排车辆购置税和港口建设费建设资金。', [('三年', 3, 'duration', '年', None)], id='guobanfa-2018-117-1'),
    pytest.param('2018年12月31日之前已完成转制的企业，自2019年1月1日起对其自用房产可继续免征五年房产税。', [('2018年12月31日', 2018, 'date', None, None), ('2019年1月1日', 2019, 'date', None, None), ('五年', 5, 'duration', '年', None)], id='guobanfa-2018-124-1'),
    pytest.param('（四）军民深度融合方面6项。', [('6项', 6, 'count', '项', None)], id='guobanfa-2018-126-1'),
    pytest.param('推广应用标准地膜，禁止生产和使用厚度低于0.01毫米的地膜。', [('0.01毫米', 0.01, 'dimension', '毫米', 'less_than')], id='guobanfa-2018-128-1'),
    pytest.param('该项工作于2019年4月底前完成。', [('2019年4月底', 2019, 'date', None, None)], id='guobanfa-2019-3-1'),
    pytest.param('2019年3月底前，国家卫生健康委建立全国三级公立医院绩效考核信息系统。', [('2019年3月底', 2019, 'date', None, None)], id='guobanfa-2019-4-3'),
    pytest.param('主体收取的担保费率原则上不超过1.5%。', [('1.5%', 1.5, 'percent', '%', 'at_most')], id='guobanfa-2019-6-1'),
    pytest.param('一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。', [('2018年12月30日至2019年1月1日', 2018, 'date', None, None, 2019), ('3天', 3, 'duration', '天', None)], id='guobanfamingdian-2018-15-1'),
    pytest.param('一、同意广东省气象局与香港天文台合建3个自动气象站；', [('3个', 3, 'count', '个', None)], id='guobanhan-1996-14-1'),
    pytest.param('（一）从1996年起，新开工项目由中国人民建设银行贷款；', [('1996年', 1996, 'date', None, None)], id='guobanhan-1996-16-1'),
    pytest.param('2004年发展改革委将会同水利部根据全国水利建设任务情况，认真进行研究，给予适当支持。', [('2004年', 2004, 'date', None, None)], id='guobanhan-2004-25-1'),
    pytest.param('申办2009年第二十四届世界', [('2009年', 2009, 'date', None, None)], id='guobanhan-2004-36-1'),
    pytest.param('你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。', [('60万吨', 600000, 'dimension', '吨', None)], id='guobanhan-2004-71-1'),
    pytest.param('时间分别为2003年12月18日20时40分和19日20时35分。', [('2003年12月18日', 2003, 'date', None, None), ('19日', None, 'date', None, None)], id='guobanhan-2004-80-1'),
    pytest.param('申办2011年第26届世界大学生', [('2011年', 2011, 'date', None, None)], id='guobanhan-2004-88-1'),
    pytest.param('2003年全国城市污水处理率达到42%。', [('2003年', 2003, 'date', None, None), ('42%', 42, 'percent', '%', None)], id='guobanhan-2005-21-1'),
    pytest.param('会议决定中央政府门户网站于2006年1月1日正式开通。', [('2006年1月1日', 2006, 'date', None, None)], id='guobanhan-2006-69-1'),
    pytest.param('省级政府网站中有10个开通了英文版。', [('10个', 10, 'count', '个', None)], id='guobanhan-2006-70-1'),
    pytest.param('中央政府门户网站于2006年1月1日正式开通。', [('2006年1月1日', 2006, 'date', None, None)], id='guobanhan-2006-71-1'),
    pytest.param('有关省、市、自治区应按国务院一九八〇年223号文件规定的基数，尽快逐级落实到生产队，不要留缺口。', [('一九八〇年', 1980, 'date', None, None)], id='guofa-1981-88-1'),
    pytest.param('国务院常务会议一般每月召开三次，如有需要可临时召开。', [('三次', 3, 'count', '次', None)], id='guofa-2004-18-1'),
    pytest.param('（一）统筹两个市场，打造加工制造中心。', [('两个', 2, 'count', '个', None)], id='guofa-2019-3-1'),
    pytest.param('力争三到五年时间内，市场监管领域新型监管机制更加完善，实现综合监管、智慧监管。', [('三到五年', 3, 'duration', '年', None, 5)], id='guofa-2019-5-1'),
    pytest.param('104410.7267', [('104410.7267', 104410.7267, 'number', None, None)], id='guohan-2006-132-3'),
    pytest.param('同意组建2008年北京奥运会首都国际机场协调委员会。', [('2008年', 2008, 'date', None, None)], id='guohan-2006-38-1'),
    pytest.param('现多规合一，将雄安新区蓝绿空间占比稳定在70%，远景开发强度控制在30%。', [('70%', 70, 'percent', '%', None), ('30%', 30, 'percent', '%', None)], id='guohan-2018-159-1'),
    pytest.param('第十一条\u3000专利代理师执业应当取得专利代理师资格证，在专利代理机构实习满１年，并在一家专利代理机构从业。', [('１年', 1, 'duration', '年', None)], id='guoling-706-1'),
    pytest.param('补扣期限最长不得超过五年。', [('五年', 5, 'duration', '年', 'at_most')], id='guoling-707-1'),
    pytest.param('到2050年，乡村全面振兴，农业强、农村美、农民富全面实现。', [('2050年', 2050, 'date', None, None)], id='zhongfa-2018-1-1'),
    # --- local/ ---
    pytest.param('力争建设10个省级工业互联网创新中心、推广中心、体验中心、实验室等创新服务载体。', [('10个', 10, 'count', '个', None)], id='wanzhengbanmi-2021-82-1'),
    pytest.param('给予一次性奖补，最高500万元。', [('500万元', 5000000, 'money', '元', 'at_most')], id='wanzhengbanmi-2021-82-2'),
    pytest.param('2021年10月11日', [('2021年10月11日', 2021, 'date', None, None)], id='afubanfa-2021-21-1'),
    pytest.param('（6月底取得阶段性成效并持续推进，牵头考核单位：市审批服务局）', [('6月底', None, 'date', None, None)], id='baofubanfa-2022-43-1'),
    pytest.param('对于评估结果较差的运营单位，进行通报或约谈，连续两次评估结果较差的，终止数据专区运营授权并启动退出程序。', [('两次', 2, 'count', '次', None)], id='jingjingxinfa-2022-87-1'),
    pytest.param('2022年3月23日', [('2022年3月23日', 2022, 'date', None, None)], id='wankaifangban-2022-6-1'),
    pytest.param('到2023年，工业互联网建设量质并进，新模式、新业态大范围推广，对全省工业经济的引擎带动作用凸显。', [('2023年', 2023, 'date', None, None)], id='wanzhengbanmi-2021-82-3'),

    # --- second pass: multiples, quoted counts, qualifiers read from the wider context ---
    pytest.param('国内游客总花费增长16.7%，入境游客人次翻了一番多。', [('16.7%', 16.7, 'percent', '%', None), ('翻了一番', 2, 'multiple', '番', 'more_than')], id='2019-fan-le-yi-fan'),
    pytest.param('城乡居民平均收入都大体上翻了一番。', [('翻了一番', 2, 'multiple', '番', None)], id='1987-fan-le'),
    pytest.param('和全体居民人均可支配收入翻了七番以上', [('翻了七番', 128, 'multiple', '番', 'at_least')], id='2025-xizang-seven-doublings'),
    pytest.param('林下经济面积翻番。', [], id='2025-bare-fanfan'),
    pytest.param('指定的应急加工和供应企业必须服从统一安排和调度', [], id='2005-tongyi-anpai'),
    pytest.param('每年可以钻井三○万到四○万公尺', [('三○万到四○万公尺', 300000, 'dimension', '公尺', None, 400000)], id='1956-gongchi'),
    pytest.param('扩大有效需求、增强发展动能，出台“33条”增量政策；', [('33条', 33, 'count', '条', None)], id='2025-quoted-package'),
    pytest.param('接续出台稳增长“18条”“16条”', [('18条', 18, 'count', '条', None), ('16条', 16, 'count', '条', None)], id='2025-quoted-packages'),
    pytest.param('切实扛起维护国家“五大安全”重大政治责任', [('五大', 5, 'count', None, None)], id='2025-quoted-n-da'),
    pytest.param('设一批概念验证中心，拓展“三首”“三新”产品应用', [], id='2025-quoted-slogan'),
    pytest.param('这是我们党经过近二十年改革开放和社会主义现代化建设', [('二十年', 20, 'duration', '年', 'nearly')], id='1997-jingguo-jin'),
    pytest.param('十多年特别是近二十年的发展', [('十多年', 10, 'duration', '年', 'more_than'), ('二十年', 20, 'duration', '年', None)], id='1997-jin-recent'),
    pytest.param('原则上各级行政执法机关的法制审核人员不少于本单位执法人员总数的5%', [('5%', 5, 'percent', '%', 'at_least')], id='2018-share-of-base'),
    pytest.param('按不低于采购金额的30%提前预付给', [('30%', 30, 'percent', '%', 'at_least')], id='2020-comparison-before-base'),
]


@pytest.mark.parametrize("text, expected", CORPUS_CASES)
def test_corpus_sentence(text, expected):
    assert_figures(text, expected)


def test_corpus_cases_are_many_and_varied():
    docs = {p.id.rsplit("-", 1)[0] for p in CORPUS_CASES}
    assert len(CORPUS_CASES) >= 150
    assert len(docs) >= 60
    assert "beijing-innovation-center" not in docs


BUG_CASES = [
    # the seed: the span keeps 余/多 between number and unit, qualifier words stay outside
    pytest.param("已零付费使用高校院所科技成果440余项", [("440余项", 440, "count", "项", "more_than")], id="yu-inside"),
    pytest.param("北京成为全国首个医药健康产业破万亿元的城市", [("万亿元", 10**12, "money", "元", "more_than")],
                 id="po-wanyi"),
    pytest.param("约占全国的1/7", [("1/7", 1 / 7, "fraction", None, "approx")], id="approx-before-share"),
    pytest.param("集聚人工智能企业超过2400家，占全国近一半", [("2400家", 2400, "count", "家", "more_than"),
                                                 ("一半", 0.5, "fraction", None, "nearly")], id="nearly-half"),
    pytest.param("科研团队连续10年每年有5个及以上项目", [("10年", 10, "duration", "年", None),
                                               ("5个", 5, "count", "个", "at_least")], id="ji-yishang"),
    pytest.param("《中关村世界领先科技园区建设方案(2024—2027年)》", [("2024—2027年", 2024, "date", None, None, 2027)],
                 id="year-range"),
    pytest.param("实施“筑基扩容”三大工程，集中部署九大专项攻坚行动",
                 [("三大", 3, "count", None, None), ("九大", 9, "count", None, None)], id="n-da"),
    pytest.param("国家高新技术企业超2.97万家", [("2.97万家", 29700, "count", "家", "more_than")], id="mag-decimal"),
    pytest.param("涌现出400微瓦无液氦稀释制冷机", [("400微瓦", 400, "dimension", "微瓦", None)], id="microwatt"),
    pytest.param("来自115个国家和地区的1127位嘉宾", [("115个", 115, "count", "个", None),
                                                ("1127位", 1127, "count", "位", None)], id="wei-is-people"),
    # found while reading corpus extractions
    pytest.param("客运量达到85亿-90亿人次", [("85亿-90亿人次", 8.5e9, "count", "人次", None, 9e9)], id="range-magnitudes"),
    pytest.param("比原来设想的六百亿元多出５４％", [("六百亿元", 6e10, "money", "元", None), ("５４％", 54, "percent", "%", None)],
                 id="duochu-not-qualifier"),
    pytest.param("为一七·七亿元，占百分之六·六", [("一七·七亿元", 1.77e9, "money", "元", None),
                                            ("百分之六·六", 6.6, "percent", "%", None)], id="middle-dot-decimal"),
    pytest.param("招收新生一○八万人", [("一○八万人", 1080000, "count", "人", None)], id="digit-by-digit"),
    pytest.param("已有十四萬餘人", [("十四萬餘人", 140000, "count", "人", "more_than")], id="traditional-yu"),
    pytest.param("現在改為三個月出版一次", [("三個月", 3, "duration", "個月", None)], id="traditional-months"),
    pytest.param("出生率下降５个千分点", [("５个千分点", 5, "percent", "千分点", None)], id="per-mille-points"),
    pytest.param("补扣期限最长不得超过五年", [("五年", 5, "duration", "年", "at_most")], id="bude-chaoguo"),
    pytest.param("力争三到五年时间内", [("三到五年", 3, "duration", "年", None, 5)], id="range-cn"),
    pytest.param("比上一年增加十七万三千吨", [("十七万三千吨", 173000, "dimension", "吨", None)], id="shang-yi-nian"),
    pytest.param("过去一年，我们", [("一年", 1, "duration", "年", None)], id="guoqu-yi-nian"),
    pytest.param("装机1000万千瓦，5千万千瓦", [("1000万千瓦", 1e7, "dimension", "千瓦", None),
                                           ("5千万千瓦", 5e7, "dimension", "千瓦", None)], id="qianwa-after-magnitude"),
    pytest.param("全长12千米", [("12千米", 12, "dimension", "千米", None)], id="qianmi-unit"),
    pytest.param("投资１，２００万元", [("１，２００万元", 1.2e7, "money", "元", None)], id="fullwidth-thousands"),
    pytest.param("增长1 5 ．3 ％", [("1 5 ．3 ％", 15.3, "percent", "%", None)], id="spaced-digits-1998"),
    pytest.param("2019年1月1日至12月31日", [("2019年1月1日至12月31日", 2019, "date", None, None)], id="date-span"),
    pytest.param("从2015年的111.5亿元增长到2024年的834.7亿元",
                 [("2015年", 2015, "date", None, None), ("111.5亿元", 1.115e10, "money", "元", None),
                  ("2024年", 2024, "date", None, None), ("834.7亿元", 8.347e10, "money", "元", None)], id="from-to"),
    pytest.param("3000至5000元", [("3000至5000元", 3000, "money", "元", None, 5000)], id="range-zhi"),
    pytest.param("增长10%—15%", [("10%—15%", 10, "percent", "%", None, 15)], id="range-percent"),
    pytest.param("3—5个", [("3—5个", 3, "count", "个", None, 5)], id="range-count"),
    pytest.param("百分之二十到三十", [("百分之二十到三十", 20, "percent", "%", None, 30)], id="range-baifenzhi"),
    pytest.param("降低0.5个百分点", [("0.5个百分点", 0.5, "percent", "百分点", None)], id="points"),
    pytest.param("千分之三", [("千分之三", 0.3, "percent", "%", None)], id="per-mille"),
    pytest.param("翻两番", [("翻两番", 4, "multiple", "番", None)], id="fan-liang-fan"),
    pytest.param("8亿元人民币", [("8亿元人民币", 8e8, "money", "元", None)], id="yuan-renminbi"),
    pytest.param("负3.2%", [("负3.2%", -3.2, "percent", "%", None)], id="negative-fu"),
    pytest.param("下降-3.2%", [("-3.2%", -3.2, "percent", "%", None)], id="negative-minus"),
    pytest.param("PM2.5平均浓度30.5微克/立方米", [("30.5微克/立方米", 30.5, "dimension", "微克/立方米", None)],
                 id="pm25-then-concentration"),
    pytest.param("每吨300元", [("300元", 300, "money", "元", None)], id="price-per-ton"),
    pytest.param("价格为300元/吨", [("300元/吨", 300, "money", "元/吨", None)], id="compound-unit"),
    pytest.param("6600多万纳税人受益", [("6600多万", 6.6e7, "number", None, "more_than")], id="bare-magnitude"),
    pytest.param("全省粮食产量726.8亿斤", [("726.8亿斤", 7.268e10, "dimension", "斤", None)], id="jin"),
    pytest.param("一吨半", [("一吨半", 1.5, "dimension", "吨", None)], id="and-a-half"),
    pytest.param("增长三成", [("三成", 30, "percent", "%", None)], id="cheng"),
    pytest.param("利用2-3年时间", [("2-3年", 2, "duration", "年", None, 3)], id="range-hyphen"),
    pytest.param("以“得罪千百人、不负十四亿”的使命担当", [("十四亿", 1.4e9, "number", None, None)], id="bufu-is-a-verb"),
    pytest.param("零售总额增长5.4%、高于全国1.9个百分点", [("5.4%", 5.4, "percent", "%", None),
                                               ("1.9个百分点", 1.9, "percent", "百分点", None)],
                 id="difference-is-not-qualified"),
    pytest.param("实施全国新增千亿斤粮食生产能力规划", [("千亿斤", 1e11, "dimension", "斤", None)], id="magnitude-dimension"),
    pytest.param("股票十天收盘价的百分之七十百分位", [("十天", 10, "duration", "天", None), ("百分之七十", 70, "percent", "%", None)],
                 id="baifenzhi-gives-back-bai"),
    # third pass: 千 after a magnitude is a unit's prefix (kilo), never a place (5万千 is not 51000)
    pytest.param("建成5万千升成品油储备库", [("5万千升", 50000, "dimension", "千升", None)], id="wan-qiansheng"),
    pytest.param("粮食播种面积达到3050千公顷", [("3050千公顷", 3050, "dimension", "千公顷", None)],
                 id="qian-gongqing"),
    pytest.param("年产有机肥5万千克", [("5万千克", 50000, "dimension", "千克", None)], id="wan-qianke"),
    pytest.param("新建农村公路1.2万千米", [("1.2万千米", 12000, "dimension", "千米", None)], id="wan-qianmi"),
    pytest.param("新增装机600万千瓦，发电量12亿千瓦时", [("600万千瓦", 6000000, "dimension", "千瓦", None),
                                               ("12亿千瓦时", 1.2e9, "dimension", "千瓦时", None)],
                 id="wan-qianwa-yi-qianwashi"),
    pytest.param("建成2百万千瓦级基地和3百万千瓦光伏", [("3百万千瓦", 3000000, "dimension", "千瓦", None)],
                 id="baiwan-qianwa"),
    pytest.param("储备能力达到5万千吨", [("5万千吨", 5e7, "dimension", "吨", None)], id="wan-qian-unlisted-unit"),
    pytest.param("坚决守住18亿亩耕地红线，接待游客2000万人次", [("18亿亩", 1.8e9, "dimension", "亩", None),
                                                   ("2000万人次", 2e7, "count", "人次", None)],
                 id="yi-mu-wan-renci"),
    pytest.param("建成5千升储罐，年产五千吨", [("5千升", 5, "dimension", "千升", None),
                                      ("五千吨", 5000, "dimension", "吨", None)], id="qian-alone"),
]


@pytest.mark.parametrize("text, expected", BUG_CASES)
def test_bug_caught(text, expected):
    assert_figures(text, expected)


PEER_CASES = [
    # adapted from Recognizers-Text Specs/NumberWithUnit/Chinese (MIT), values as policytext gives them
    pytest.param("其中，四川彩友中得1注1000万元基本头奖；", [("1000万元", 1e7, "money", "元", None)],
                 id="currency-lottery"),
    pytest.param("2016年由于并购等直接投资，中国资金净流出1200亿美元",
                 [("2016年", 2016, "date", None, None), ("1200亿美元", 1.2e11, "money", "美元", None)], id="currency-usd"),
    pytest.param("东芝重组另需1万亿日元", [("1万亿日元", 1e12, "money", "日元", None)], id="currency-jpy"),
    pytest.param("带动全省养殖小龙虾387万亩。", [("387万亩", 3.87e6, "dimension", "亩", None)], id="dimension-mu"),
    pytest.param("阳西辣椒日均20万公斤", [("20万公斤", 2e5, "dimension", "公斤", None)], id="dimension-kg"),
    pytest.param("成人每天需要摄入2.4微克的维生素B12", [("2.4微克", 2.4, "dimension", "微克", None)],
                 id="dimension-b12-is-a-name"),
    pytest.param("百分之6酒精含量的啤酒和32.5%的白酒", [("百分之6", 6, "percent", "%", None),
                                                ("32.5%", 32.5, "percent", "%", None)], id="percent-mixed"),
    pytest.param("一千零十二章一千零十八章", [], id="number-chapters-are-not-figures"),
    pytest.param("四亿五千六百四十二万零一十五", [("四亿五千六百四十二万零一十五", 456420015, "number", None, None)],
                 id="number-long-chinese"),
    pytest.param("九折,五五折,八点五折", [("九折", 90, "percent", "%", None), ("五五折", 55, "percent", "%", None),
                                     ("八点五折", 85, "percent", "%", None)], id="percent-discounts"),
    pytest.param("我只有29岁！", [("29岁", 29, "duration", "岁", None)], id="age"),
    pytest.param("设置恒温器为85度", [("85度", 85, "dimension", "度", None)], id="temperature"),
]


@pytest.mark.parametrize("text, expected", PEER_CASES)
def test_peer_spec(text, expected):
    assert_figures(text, expected)


NOTHING = [
    # ordinals and heading numbers
    pytest.param("第一，坚持稳中求进", id="ordinal-diyi"),
    pytest.param("涌现出第三代RISC-V高性能处理器核", id="ordinal-disandai"),
    pytest.param("一、深刻领会习近平总书记重要讲话精神", id="heading-yi"),
    pytest.param("十一、加强政府自身建设", id="heading-shiyi"),
    pytest.param("（三）扩大高水平对外开放", id="heading-paren"),
    pytest.param("（1）加大稳岗支持力度", id="heading-paren-arabic"),
    pytest.param("3.2 应急报告", id="heading-decimal"),
    pytest.param("4.3\u3000省级(Ⅱ级)应急响应", id="heading-ideographic-space"),
    pytest.param("34.黑龙江省七台河市构建新型“碳”产业", id="place-qitaihe"),
    pytest.param("图7\u3000摩托车后部单只号牌", id="figure-label"),
    pytest.param("国发〔2018〕42号", id="document-number"),
    pytest.param("鄧同志\n[\n4\n]\n在唐山", id="footnote"),
    # names
    pytest.param("“十四五”规划", id="plan-name"),
    pytest.param("“十五”计划开局良好", id="plan-name-15"),
    pytest.param("填补国内脑机接口技术空白的“北脑二号”", id="beinao-erhao"),
    pytest.param("在6G等领域抢先布局", id="6g"),
    pytest.param("第三代RISC-V高性能处理器核", id="risc-v"),
    pytest.param("引领创业孵化进入以垂直领域、深度服务等为特征的4.0阶段", id="version-4-0"),
    pytest.param("2025中关村论坛年会", id="year-as-name"),
    pytest.param("国产大飞机C919投入商业运营", id="c919"),
    pytest.param("PM2.5浓度", id="pm25"),
    pytest.param("落实“1+9”实施方案", id="formula-1-plus-9"),
    pytest.param("加快建设“六个龙江”", id="quoted-slogan"),
    pytest.param("党的十九大以来", id="congress-19"),
    pytest.param("九大以来", id="congress-9"),
    pytest.param("十一届三中全会", id="plenum"),
    pytest.param("全国政协十届四次会议", id="session"),
    pytest.param("自80年代后期以来", id="decade"),
    pytest.param("申办世界500强峰会，12345热线", id="rank-and-hotline"),
    # fixed words
    pytest.param("一批重大创新成果", id="yipi"),
    pytest.param("世界一流的开放创新生态", id="yiliu"),
    pytest.param("一体推进教育科技人才事业发展", id="yiti"),
    pytest.param("我们将进一步发挥北京创新资源优势", id="jinyibu"),
    pytest.param("加强全国统一大市场建设", id="tongyi"),
    pytest.param("推动科技成果转化是一项系统工程", id="article-yixiang"),
    pytest.param("探索出一条以科技创新引领新质生产力发展的新路径", id="article-yitiao"),
    pytest.param("着力打通成果转化“最后一公里”", id="last-kilometre"),
    pytest.param("千方百计拓展农牧民增收渠道", id="qianfangbaiji"),
    pytest.param("这十分重要", id="shifen"),
    pytest.param("坚持和平共处五项原则", id="five-principles"),
    pytest.param("严格落实中央八项规定精神", id="eight-rules"),
    pytest.param("增强“四个意识”、坚定“四个自信”、做到“两个维护”", id="cpc-formulas"),
    pytest.param("推动二次创业，发展三次产业", id="ordinal-like-ci"),
    pytest.param("已经一天一天遭到了失败", id="yitian-yitian"),
    pytest.param("今年是实行“七五”计划的头一年", id="tou-yi-nian"),
    pytest.param("至少还需要几十年时间", id="vague-jishi"),
    pytest.param("二三十个百分点，百分之二三十", id="approximate-ranges"),
    pytest.param("指导案例第680号\n[\nCPC 1\n]\n，中国共产党", id="latin-name-number"),
    pytest.param("建设30万吨级码头，百万吨级乙烯", id="class-ji"),
    pytest.param("专栏1  工业互联网平台培育工程", id="box-label"),
    pytest.param("加快一、二、三产业融通发展", id="enumeration"),
    # per-capita denominators and numeric slogans
    pytest.param("每万人口高价值发明专利", id="per-10k-people"),
    pytest.param("每万元GDP能耗", id="per-10k-yuan"),
    pytest.param("“六链五群”产业集聚效应", id="liulian-wuqun"),
    pytest.param("构建“一总多专”的政策体系", id="yizong-duozhuan"),
    pytest.param("医疗、医保、医药“三医”协同", id="sanyi"),
    # other words made of numerals
    pytest.param("小明拾起石子", id="shi-pick-up"),
    pytest.param("我准备要退伍了，这个岛屿远离陆地", id="financial-numerals-as-words"),
    pytest.param("你可以访问一下 https://www.test.com/search?q=30%25%2020%", id="url"),
    pytest.param("", id="empty"),
    pytest.param("\n\n  \n", id="blank"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text):
    assert figures(text) == []


PARSE_CASES = [
    ("1,200", 1200), ("１，２００", 1200), ("-3.2", -3.2), ("负3.2", -3.2), ("15.5", 15.5),
    ("两千三百零五", 2305), ("二〇二四", 2024), ("一九五四", 1954), ("壹仟", 1000), ("肆佰陸拾", 460),
    ("2.97万", 29700), ("1万多", 10000), ("3.5亿", 350000000), ("4.78万亿", 4780000000000),
    ("一万三", 13000), ("九百九", 990), ("一千零五", 1005), ("一千零五十", 1050), ("十", 10),
    ("一百零一万一千", 1011000), ("四十五亿四千零四万", 4540040000), ("四万万", 400000000),
    ("五兆六十二亿四万五千二", 5006200045200), ("3万4000", 34000), ("1千零20", 1020),
    ("两千三点一", 2300.1), ("一点五亿", 150000000), ("四百亿点零五零", 40000000000.05),
    ("二十几万", 200000), ("十 余 万", 100000), ("1/7", 1 / 7), ("三分之一", 1 / 3),
    ("百分之六", 0.06), ("三百五十又三分之一", 350 + 1 / 3), ("1 4/3", 1 + 4 / 3), ("2e5", 200000),
    ("一打", 12), ("半百", 50), ("一七·七", 17.7), ("六○·二", 60.2),
]


@pytest.mark.parametrize("text, value", PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_parse_number(text, value):
    got = parse_number(text)
    assert math.isclose(got, value, rel_tol=1e-12)
    assert isinstance(got, int) == (value == int(value))


@pytest.mark.parametrize("text", ["十四五", "万", "一二三四五六七八九十", "第一", "abc", "", "十百", "亿万",
                                  "1/0", "一二十"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_number_type_error():
    with pytest.raises(TypeError, match="parse_number"):
        parse_number(12)  # type: ignore[arg-type]


def test_read_value_is_exact():
    assert str(read_value("2.97万")) == "29700.00"


def test_extract_type_error_names_what_was_given():
    with pytest.raises(TypeError, match="bytes"):
        extract_quantities("11万家".encode())
    with pytest.raises(TypeError, match="NoneType"):
        extract_quantities(None)  # type: ignore[arg-type]


def test_offsets_index_the_original_text():
    text = "\ufeff新设科技型企业１１万\u200b家，增长７．２％"
    for q in extract_quantities(text):
        assert text[q.start:q.end] == q.text
    assert [q.value for q in extract_quantities(text)] == [110000, 7.2]


def test_money_has_iso_currency():
    got = {q.text: q.currency for q in extract_quantities("5949亿美元、9.4万亿元、1.95港元、300欧元、$20")}
    assert got == {"5949亿美元": "USD", "9.4万亿元": "CNY", "1.95港元": "HKD", "300欧元": "EUR", "$20": "USD"}


# --- context: indicator, time, role ------------------------------------------------------------

CONTEXT_CASES = [
    pytest.param("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%。", "66.3万件", "有效发明专利", "2024年末", None,
                 id="indicator-before"),
    pytest.param("2024年末，北京拥有有效发明专利66.3万件，同比增长15.5%。", "15.5%", "有效发明专利", "2024年末",
                 "yoy_growth", id="yoy-inherits-indicator"),
    pytest.param("推动怀柔综合性国家科学中心29个科技设施平台进入科研状态", "29个", "科技设施平台", None, None,
                 id="indicator-after"),
    pytest.param("研发投入强度连续6年保持在6%以上", "6%", "研发投入强度", None, None, id="indicator-skips-duration"),
    pytest.param("2024年北京地区获评国家科学技术奖58项、占全国的28.7%", "28.7%", "国家科学技术奖", "2024年", "share",
                 id="share"),
    pytest.param("每万人口高价值发明专利拥有量159.8件，是全国平均水平的11.4倍", "11.4倍", "每万人口高价值发明专利拥有量",
                 None, "ratio", id="ratio"),
    pytest.param("技术合同成交额从2015年的111.5亿元增长到2024年的834.7亿元", "111.5亿元", "技术合同成交额", "2015年",
                 None, id="paired-year-from"),
    pytest.param("技术合同成交额从2015年的111.5亿元增长到2024年的834.7亿元", "834.7亿元", "技术合同成交额", "2024年",
                 None, id="paired-year-to"),
    pytest.param("全年国内生产总值增长5.2%，城镇新增就业1244万人", "5.2%", "国内生产总值", None, "growth",
                 id="growth-2025"),
    pytest.param("单位国内生产总值能耗下降3.1%。", "3.1%", "单位国内生产总值能耗", None, "decline", id="decline"),
    pytest.param("到2025年，力争全市高新技术企业达到3万家", "3万家", "高新技术企业", "2025年", "target",
                 id="target"),
    pytest.param("2024年，北京新设立科技型企业11万家", "11万家", "科技型企业", "2024年", None, id="cut-at-verb"),
    pytest.param("来自115个国家和地区的嘉宾参与活动", "115个", "国家和地区", None, None, id="he-inside-indicator"),
    pytest.param("用足用好国家下达的90亿元消费品以旧换新资金", "90亿元", "消费品以旧换新资金", None, None,
                 id="after-de-forward"),
]


@pytest.mark.parametrize("text, figure, indicator, time_, role", CONTEXT_CASES)
def test_context(text, figure, indicator, time_, role):
    q = next(q for q in extract_quantities(text) if q.text == figure)
    assert (q.indicator, q.time, q.role) == (indicator, time_, role)


def test_context_can_be_switched_off():
    q = extract_quantities("2024年末，北京拥有有效发明专利66.3万件", context=False)[1]
    assert (q.indicator, q.time, q.role) == (None, None, None)


# --- robustness ---------------------------------------------------------------------------------

PATHOLOGICAL = {
    "yi": "一", "spaced-digits": "1 ", "wan": "万", "commas": "1,", "baifenzhi": "百分之", "dashes": "3—",
    "di": "第", "years": "1年", "quotes": "“", "mei": "每", "percents": "5%", "newlines": "\n1",
    "digits": "1", "numerals": "一二三四五六七八九十", "mixed": "增长5%，达到100亿元，",
}


@pytest.mark.parametrize("unit", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_linear_time_on_pathological_input(unit):
    def timed(n: int) -> float:
        t0 = time.perf_counter()
        extract_quantities(unit * (n // len(unit)) + "三个")
        return time.perf_counter() - t0

    small, large = timed(4_000), timed(16_000)
    assert large < 8 * small + 0.5, (small, large)  # four times the text, at most ~four times the time


def test_pipeline_fills_document_quantities():
    from policytext import analyze

    doc = analyze("2024年，北京新设立科技型企业11万家。\n", quantities=True, keywords=False, slogans=False)
    assert [q["text"] for q in doc.to_dict()["quantities"]] == ["2024年", "11万家"]
