"""Segmentation of policy terms with the policy dictionary (data/policy_dict.txt).

A term passes when it is one token, or lies inside one token that is a longer dictionary term
(老旧小区 inside 城镇老旧小区). Grouped by origin: clauses of ../shared/corpus (the first clause
of the corpus, in MANIFEST order, 8 to 26 characters long and without digits, that holds the term;
copied here so the test runs without the corpus), terms of the issue, bugs caught, and strings
the review rejected, which must not become one token.
"""

import pytest

from policytext import cut, tokenize
from policytext.data import read_dictionary


def _covered(term: str, text: str) -> bool:
    start = text.find(term)
    assert start >= 0, f"{term!r} not in {text!r}"
    return any(t.start <= start and t.end >= start + len(term) for t in tokenize(text))


# term, clause of ../shared/corpus it was found in
CORPUS_CLAUSES = [
    ("新质生产力", "加快发展新质生产力"),
    ("专精特新", "着力培育“专精特新”企业"),
    ("国际科技创新中心", "建设国际科技创新中心和综合性国家科学中心"),
    ("高质量发展", "按照高质量发展的要求"),
    ("科技成果转化", "技术创新和科技成果转化的步伐加快"),
    ("国家战略科技力量", "国家战略科技力量加快壮大"),
    ("新型研发机构", "涌现一批具有国际竞争力的创新型企业和新型研发机构"),
    ("独角兽企业", "积极培育一批独角兽企业"),
    ("一带一路", "把“一带一路”建设与区域开发开放结合起来"),
    ("乡村振兴", "大力实施乡村振兴战略"),
    ("营商环境", "公平竞争的营商环境"),
    ("战略性新兴产业", "大力培育战略性新兴产业"),
    ("工业互联网", "工业互联网和互联网金融健康发展"),
    ("城镇调查失业率", "城镇调查失业率涵盖农民工等城镇常住人口"),
    ("居民消费价格涨幅", "居民消费价格涨幅保持较低水平"),
    ("高标准农田", "建设一批高标准农田"),
    ("粤港澳大湾区", "研究制定粤港澳大湾区城市群发展规划"),
    ("长江经济带", "长江经济带建设取得重要进展"),
    ("供给侧结构性改革", "突出抓好供给侧结构性改革"),
    ("全国统一大市场", "加快建设全国统一大市场"),
    ("超长期特别国债", "从今年开始拟连续几年发行超长期特别国债"),
    ("消费品以旧换新", "鼓励和推动消费品以旧换新"),
    ("新型城镇化", "推进以人为核心的新型城镇化"),
    ("中国式现代化", "以中国式现代化全面推进强国建设"),
    ("全面从严治党", "全面从严治党取得新进展"),
    ("脱贫攻坚", "坚决打赢脱贫攻坚战"),
    ("易地扶贫搬迁", "基本完成“十三五”易地扶贫搬迁规划建设任务"),
    ("碳达峰", "扎实做好碳达峰"),
    ("数字经济", "促进数字经济加快成长"),
    ("人工智能", "加强新一代人工智能研发应用"),
    ("大数据", "深入推进“互联网+”行动和国家大数据战略"),
    ("区块链", "区块链等新一代信息技术全方位全链条普及应用"),
    ("物联网", "加快物联网的研发应用"),
    ("云计算", "云计算等前沿技术"),
    ("低空经济", "低空经济等新增长引擎"),
    ("银发经济", "大力发展银发经济"),
    ("新型储能", "新型储能等新兴产业快速发展"),
    ("新能源汽车", "着力突破新能源汽车"),
    ("放管服", "我们一定要让企业和群众更多感受到“放管服”改革成效"),
    ("一网通办", "加快实现一网通办"),
    ("减税降费", "主要用于减税降费"),
    ("揭榜挂帅", "推广“揭榜挂帅”等机制"),
    ("先立后破", "在全面深化改革中先立后破"),
    ("守正创新", "四是坚持守正创新"),
    ("扫黑除恶", "依法开展扫黑除恶专项斗争"),
    ("枫桥经验", "推广促进社会和谐的“枫桥经验”"),
    ("四下基层", "落实“四下基层”制度"),
    ("保交楼", "积极推进保交楼工作"),
    ("国家实验室", "重点建设一批国家实验室"),
    ("全国重点实验室", "加强国家实验室和全国重点实验室建设"),
    ("创新联合体", "鼓励领军企业组建创新联合体"),
    ("科技领军企业", "发挥科技领军企业龙头作用"),
    ("技术合同成交额", "技术合同成交额超过百亿元"),
    ("科技型中小企业", "支持科技型中小企业的发展"),
    ("高新技术企业", "支持国有大型企业和高新技术企业上市融资"),
    ("关键核心技术", "突破一些关键核心技术"),
    ("产业集群", "现代服务业等新兴产业集群"),
    ("先进制造业集群", "加快发展先进制造业集群"),
    ("基本公共服务", "增强基本公共服务能力"),
    ("保障性住房", "加大保障性住房建设和棚户区改造力度"),
    ("城中村改造", "推进“平急两用”公共基础设施建设和城中村改造"),
    ("老旧小区", "城镇老旧小区量大面广"),
    ("基本医疗保险", "积极推进城镇职工基本医疗保险制度"),
    ("社会保障体系", "要逐步形成适应我国现阶段生产力水平的社会保障体系"),
    ("农业转移人口", "我们要让符合条件的农业转移人口逐步变为城镇居民"),
    ("新型农业经营主体", "农业企业等新型农业经营主体"),
    ("产教融合", "加快产教融合实训基地建设"),
    ("耐心资本", "加快发展耐心资本"),
    ("西部陆海新通道", "推进西部陆海新通道建设"),
    ("成渝地区双城经济圈", "推进成渝地区双城经济圈建设"),
    ("海南自由贸易港", "海南自由贸易港建设等重大举措陆续推出"),
    ("雄安新区", "高标准建设雄安新区"),
    ("京津冀协同发展", "落实京津冀协同发展规划纲要"),
    ("多式联运", "一单制指货物运输凭一份多式联运运单"),
    ("中欧班列", "保障中欧班列稳定畅通运行"),
    ("跨境电商", "新设一批跨境电商综合试验区"),
    ("海外仓", "支持企业建设一批出口产品“海外仓”"),
    ("综合保税区", "发挥好综合保税区作用"),
]


@pytest.mark.parametrize("term,clause", CORPUS_CLAUSES, ids=[t for t, _ in CORPUS_CLAUSES])
def test_corpus_clause_keeps_term_whole(term, clause):
    assert _covered(term, clause), cut(clause)


def test_at_least_60_policy_terms_checked():
    assert len({t for t, _ in CORPUS_CLAUSES}) >= 60


# issue 5: these must segment whole; 概念验证平台 and 六链五群 do not occur in the corpus
ISSUE_TERMS = ["新质生产力", "专精特新", "国际科技创新中心", "概念验证平台", "六链五群"]


@pytest.mark.parametrize("term", ISSUE_TERMS)
@pytest.mark.parametrize("frame", ["加快{}建设", "{}", "依托{}，推动发展"])
def test_issue_terms_whole(term, frame):
    assert term in cut(frame.format(term))


# bugs caught
BUGS = [
    # 专精特新企业 was discovered, but it is 专精特新 + 企业 and the tokenizer doctest (and the
    # keyword gold convention) wants the two words: rejected on review.
    pytest.param("专精特新企业", ["专精特新", "企业"], id="term-plus-generic-head-stays-two-words"),
    # overlapping dictionary terms: 随机抽查 won over 双随机 (开展 + 双 + 随机抽查) until the second
    # review accepted the named practice 双随机抽查
    pytest.param("开展双随机抽查", ["开展", "双随机抽查"], id="overlap-双随机-随机抽查"),
    # a coordination of two dictionary terms stays two terms (rejected on the second review)
    pytest.param("推进碳达峰碳中和、稳外贸稳外资", ["推进", "碳达峰", "碳中和", "、", "稳外贸", "稳外资"],
                 id="coordination-of-terms-stays-two"),
    # 碳中和 always follows 碳达峰 in the corpus (left entropy 0), so discovery missed it and jieba
    # cut 碳中 + 和; now hand-picked
    pytest.param("推进碳达峰碳中和", ["推进", "碳达峰", "碳中和"], id="碳中和-missed-by-entropy"),
]


@pytest.mark.parametrize("text,tokens", BUGS)
def test_bugs(text, tokens):
    assert cut(text) == tokens


# rejected on review (scripts/term_review/rejected.txt): turns of phrase, fragments, verb phrases
REJECTED = [
    ("牢牢把握", "牢牢把握发展主动权"),
    ("表示诚挚的感谢", "向大家表示诚挚的感谢"),
    ("推进改革开放", "推进改革开放和现代化建设"),
    ("年增长", "2024年增长5.2%"),
    ("重点行业", "重点行业节能降碳"),
    ("中央和地方", "中央和地方财政"),
    ("邓小平同志", "邓小平同志指出"),
]


@pytest.mark.parametrize("phrase,text", REJECTED, ids=[p for p, _ in REJECTED])
def test_rejected_phrases_are_not_one_token(phrase, text):
    assert phrase not in cut(text)


def test_dictionary_has_only_reviewed_shapes():
    """No digits, no spaces, tag nz, at least two characters."""
    for word, freq, tag in read_dictionary("policy_dict.txt"):
        assert len(word) >= 2 and not any(c.isdigit() for c in word), word
        assert tag == "nz" and freq is None, (word, freq, tag)
