"""The labelled relevance set over the demo data and the seed policy corpus, and its metrics.

Each query lists the titles a user expects with a grade (3: the answer, 2: highly relevant,
1: relevant). nDCG@10 uses the gain 2^grade − 1; recall@10 counts expected titles in the first ten.
Results are compared by title, with repeated titles (a course and the same-named integrated course)
counted once, as a reader would.
"""

import math
from dataclasses import dataclass, field
from pathlib import Path

from search.results import SearchQuery

K = 10
RULES = "技工院校教材管理工作实施细则"
REFORM = "关于深化技工院校改革大力发展技工教育的意见"
MODERN = "关于推动现代职业教育高质量发展的意见"
PLAN = "推进技工院校工学一体化技能人才培养模式实施方案"
CHONGQING = "重庆市关于深化技工院校改革大力发展技工教育的实施意见"
TURNING_TASKS = ["阶梯轴数控车削加工", "螺纹轴数控车削加工", "套类零件数控车削加工", "细长轴数控车削加工", "偏心轴数控车削加工", "配合件数控车削加工", "复杂轴类零件数控车削加工"]

JUDGMENTS = [
    # Curriculum: courses, learning tasks, resources (part-of-word and segmentation cases).
    ("数控车床", {"数控车床零件加工": 3, "数控车床编程与操作": 3, "数控车床日常点检": 2, "数控车床零件加工综合训练": 2, "数控车床零件加工工作页": 1, "数控车床零件加工（工作手册式教材）": 1, "数控车床编程与操作实训指导书": 1}),
    ("车削", {**{title: 2 for title in TURNING_TASKS}, "车削加工技术": 3, "典型零件车削加工": 3, "零件数控车削加工": 3}),
    ("数控车销", {title: 2 for title in TURNING_TASKS}),  # typo: 销 for 削
    ("铣削", {"平面类零件数控铣削加工": 2, "轮廓类零件数控铣削加工": 2, "孔系零件数控铣削加工": 2, "数控铣床零件加工": 1}),
    ("PLC", {"机床电气控制系统PLC改造": 3, "上位机与PLC通信调试": 3, "PLC控制技术讲义": 2, "PLC控制技术教案": 2}),
    ("ｐｌｃ改造", {"机床电气控制系统PLC改造": 3}),  # full-width, lower case
    ("可编程控制", {"可编程控制系统安装与调试": 3, "可编程控制系统安装与调试工作页": 1, "可编程序控制器及其应用": 2}),
    ("变频器", {"变频器参数设置与面板操作": 3, "变频器应用技术": 3, "变频器参数设置与面板操作操作示范视频": 2}),
    ("照明线路", {"电气照明线路安装与检修": 3, "单控照明线路安装": 2, "单控照明线路安装操作示范视频": 1}),
    ("正反转", {"正反转控制线路安装": 3}),
    ("电动机控制", {"三相异步电动机控制线路安装与检修": 3}),
    ("CAN总线", {"CAN总线故障诊断": 3, "CAN总线故障诊断操作示范视频": 2}),
    ("自动变速器", {"自动变速器检修": 3, "自动变速器电控系统检修": 3, "汽车自动变速器维修": 3, "自动变速器检修工作页": 1}),
    ("发动机 故障诊断", {"发动机电控系统故障诊断与排除": 3, "发动机不能起动故障诊断": 3}),
    ("制动系统", {"制动系统检修": 3, "制动系统检修操作示范视频": 2}),
    ("汽车保养", {"汽车首次保养": 3, "汽车首次保养操作示范视频": 2}),
    ("触摸屏", {"触摸屏与组态监控系统应用": 3, "触摸屏画面组态": 3}),
    ("加工中心", {"加工中心零件加工": 3, "加工中心编程与操作": 3, "箱体零件加工中心加工": 2, "多工序零件加工中心加工": 2}),
    ("数控加工专业课程标准", {"数控加工专业（中级技能）工学一体化课程标准": 3, "数控加工专业（高级技能）工学一体化课程标准": 3}),
    ("汽车维修 高级技能 课程标准", {"汽车维修专业（高级技能）工学一体化课程标准": 3}),
    ("阶梯轴 示范视频", {"阶梯轴数控车削加工操作示范视频": 3}),
    ("汽车底盘 工作手册式教材", {"汽车底盘检修（工作手册式教材）": 3}),
    ("轴类零件编程", {"轴类零件程序编制与仿真": 3, "复杂轴类零件数控车削加工": 1}),  # 编程 vs 程序编制
    ("汽车电路检修", {"汽车电气设备检修": 3, "蓄电池与充电系统检修": 1, "照明与信号系统检修": 1}),
    # Majors and public courses.
    ("新能源汽车", {"新能源汽车检测与维修": 3, "新能源汽车概论": 2, "新能源汽车充电系统检修": 2, "新能源汽车高压安全与防护": 2}),
    ("工业机器人", {"工业机器人应用与维护": 3, "工业机器人基础": 2, "工业机器人编程与调试": 2, "工业机器人维护与保养": 2, "工业机器人系统集成": 2}),
    ("中式烹调", {"烹饪（中式烹调）": 3, "中式烹调技艺": 3, "中式烹调师（中级）": 1, "中式烹调师（初级）": 1}),
    ("计算机基础", {"计算机基础与应用": 3, "计算机基础与应用（上册）": 3, "计算机基础与应用（下册）": 3}),
    ("机器人", {"工业机器人应用与维护": 3, "工业机器人基础": 2, "工业机器人编程与调试": 2, "工业机器人系统集成": 2, "焊接机器人操作与编程": 2, "工业机器人维护与保养": 2}),
    # Textbooks of the demo catalogue (approved, not altered, not stopped).
    ("数控车床编程", {"数控车床编程与操作": 3, "数控车床编程与操作实训指导书": 2, "数控车床编程与操作教案": 1, "数控车床编程与操作讲义": 1, "数控车床编程与操作数字教材": 1}),
    ("动力电池", {"动力电池及管理系统检修": 3, "动力电池及管理系统检修实训指导书": 2, "动力电池及管理系统检修教学参考书": 2, "动力电池及管理系统检修讲义": 2}),
    ("Python", {"Python程序设计": 3}),
    ("焊接机器人", {"焊接机器人操作与编程": 3}),
    ("城市轨道交通票务", {"城市轨道交通票务管理": 3}),
    ("工匠精神", {"工匠精神读本": 3}),
    ("模具 CAD/CAM", {"模具CAD/CAM": 3, "CAD/CAM软件应用": 1}),
    # The policy corpus (articles of the seed documents).
    ("教材选用委员会", {f"{RULES} 第二十七条": 3}),
    ("编审分离", {f"{RULES} 第十九条": 3}),
    ("停止使用", {f"{RULES} 第三十六条": 3}),
    ("主编", {f"{RULES} 第十四条": 3, f"{RULES} 第十三条": 2}),
    ("教材选用 备案", {f"{RULES} 第二十九条": 3}),
    ("负面清单", {f"{RULES} 第三十五条": 3}),
    ("审核专家 回避", {f"{RULES} 第十九条": 3}),
    ("教材修订周期", {f"{RULES} 第十七条": 3}),
    ("校企合作办学", {f"{CHONGQING} 四、大力加强校企合作 (十二)深化校企合作办学": 3, f"{MODERN} 四、创新校企合作办学机制 (十一)拓展校企合作形式内容": 1, f"{REFORM} 四、大力加强校企合作 （十二）组建多层次校企合作联盟网络": 1}),
    ("制定工学一体化课程标准", {f"{PLAN} 三、主要任务 （四）制定工学一体化课程标准": 3}),
    ("工学一体化教师队伍", {f"{PLAN} 三、主要任务 （八）加快工学一体化教师队伍建设": 3}),
    ("企业新型学徒", {"企业新型学徒制培训教程": 2, f"{REFORM} 四、大力加强校企合作 （十）实施企业新型学徒培养计划": 3, f"{CHONGQING} 四、大力加强校企合作 （十）加强企业新型学徒培养": 3}),
    ("双师型教师", {f"{MODERN} 五、深化教育教学改革 (十三)强化双师型教师队伍建设": 3}),
    ("优质教材 数字资源", {f"{REFORM} 五、推进技工教育高质量协调发展 （十七）推进优质教材和数字资源共建共享行动": 3}),
    ("职业技能等级证书", {f"{REFORM} 三、切实提高高技能人才培养能力 （八）畅通技工院校毕业生获取职业技能等级证书渠道": 3}),
]


# The second set: queries typed the way teachers and school administrators type (names, codes, ISBN
# forms, typos, traditional characters, questions, abbreviations, English, single characters,
# filters), written and judged before tuning. One line per query: type | query | filters | judgements.
V2_PATH = Path(__file__).parent / "data" / "relevance_v2.txt"
P_AT = 5


@dataclass(frozen=True)
class Judgement:
    text: str
    expected: dict
    kind: str = ""
    filters: dict = field(default_factory=dict)

    @property
    def best(self):
        top = max(self.expected.values())
        return {title for title, grade in self.expected.items() if grade == top}


def _parse_filters(raw):
    filters = {}
    for pair in filter(None, raw.split("&")):
        name, _, value = pair.partition("=")
        filters.setdefault(name.strip(), []).append(value.strip())
    return filters


def _parse_expected(raw):
    expected = {}
    for item in filter(None, (part.strip() for part in raw.split("；"))):
        title, _, grade = item.rpartition("=")
        expected[title.strip()] = int(grade)
    return expected


def load_v2(path=V2_PATH):
    """The judgements of the second set, in file order."""
    judgements = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, text, filters, expected = (part.strip() for part in line.split("|"))
        judgements.append(Judgement(text, _parse_expected(expected), kind, _parse_filters(filters)))
    return judgements


@dataclass
class QueryResult:
    query: str
    ndcg: float
    recall: float
    found: list
    kind: str = ""
    precision: float = 0.0  # P@5 over min(5, number of judged titles)
    best_in_top: bool = False  # a best answer (highest grade) among the first five


def dcg(gains):
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def score(ranked_titles, expected):
    seen, gains = set(), []
    for title in ranked_titles:
        if title in seen:
            continue
        seen.add(title)
        gains.append(expected.get(title, 0))
        if len(gains) == K:
            break
    ideal = dcg(sorted(expected.values(), reverse=True)[:K])
    found = [t for t in list(dict.fromkeys(ranked_titles))[:K] if t in expected]
    return dcg(gains) / ideal, len(found) / min(len(expected), K), found


def top_titles(ranked_titles, n):
    return list(dict.fromkeys(ranked_titles))[:n]


def evaluate(search, judgments=JUDGMENTS):
    """``search(SearchQuery) -> SearchPage``; returns one QueryResult per labelled query.
    ``judgments`` are (text, expected) pairs or ``Judgement``s (with a type and filters)."""
    results = []
    for item in judgments:
        judgement = item if isinstance(item, Judgement) else Judgement(*item)
        page = search(SearchQuery(text=judgement.text, filters=judgement.filters, per_page=2 * K))
        titles = [hit.title for hit in page.hits]
        ndcg, recall, found = score(titles, judgement.expected)
        top = top_titles(titles, P_AT)
        precision = sum(1 for t in top if t in judgement.expected) / min(P_AT, len(judgement.expected))
        best_in_top = bool(judgement.best & set(top))
        results.append(QueryResult(judgement.text, ndcg, recall, found, judgement.kind, precision, best_in_top))
    return results


def by_type(results):
    """{type: [QueryResult, …]} in the order the types first appear."""
    groups = {}
    for result in results:
        groups.setdefault(result.kind, []).append(result)
    return groups


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0
