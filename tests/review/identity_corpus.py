"""A labelled set of manuscripts written the way units and teams really write them (R3).

Each manuscript has what the platform knows (the registered profile: unit names, an incomplete
team, aliases an organiser entered) and the text of its parts (front matter, body, footer,
keywords, the 前言/后记 signature). ``planted`` lists every identity the text carries, exactly as
written: abbreviated and former unit names, team members nobody registered, names after
signature cues with phones on the same line. ``measure`` runs the anonymiser's matcher over the
set and counts planted identities found (recall) and findings that were identities (precision).
Used by tests/review/test_identity_recall.py and benchmarks/identity_recall.py.
"""

from dataclasses import dataclass, field

from review.anonymise import SUSPECTED_KINDS, IdentityProfile, scan_parts

# The language model's suspicions count: each reaches the organiser, who must mask or dismiss it before release.
IDENTITY_KINDS = {"name", "unit", "email", "phone", "extra", "contact", "id_number", "signature_cue", *SUSPECTED_KINDS}


@dataclass
class Manuscript:
    title: str
    profile: dict
    parts: dict
    planted: list
    aliases: list = field(default_factory=list)


CORPUS = [
    Manuscript(
        "数控车削加工（校本教材）",
        dict(names=["张三丰"], units=["重庆市工业技师学院"], phones=["13912345678"]),
        {
            "封面": "数控车削加工\n重庆工业技师学院机械工程系  编\n2025年6月",
            "编写人员": "主编：张三丰（电话：13912345678）\n副主编：刘建国\n参编：赵敏、王小明",
            "正文": "本任务要求学生在数控车床上完成阶梯轴的加工，刀具选择参见附录A。作者认为，安全文明生产应贯穿始终。",
            "页脚": "重庆工业技师学院  内部使用",
            "关键词": "数控车削;阶梯轴;重庆工业技师学院;校本教材",
            "前言": "本书在编写过程中得到了兄弟院校的大力支持，在此一并致谢。\n编者\n2025年6月",
        },
        ["重庆工业技师学院", "张三丰", "13912345678", "刘建国", "赵敏", "王小明", "重庆工业技师学院", "重庆工业技师学院"],
    ),
    Manuscript(
        "汽车维修基础",
        dict(names=["黄晓东"], units=["广东省交通运输技师学院"]),
        {
            "编写人员": "主  编  黄晓东\n副主编  欧阳静怡  李 娜\n审  稿  周建华",
            "正文": "发动机拆装前应断开蓄电池负极。广东交通运输技师学院汽车系实训中心提供了全部实训图片。",
            "后记": "……谨以此书献给一线的汽车维修教师。\n          黄晓东\n     2024年12月于广州",
            "页眉": "汽车维修基础 · 广东交通运输技院",
        },
        ["黄晓东", "欧阳静怡", "李 娜", "周建华", "广东交通运输技师学院", "黄晓东", "广东交通运输技院"],
    ),
    Manuscript(
        "电工基础（第二版）",
        dict(names=["钟离春"], units=["深圳市宝安区职业技术学校"]),
        {
            "编写人员": "编写人员：钟离春、慕容雪、司马光明\n执笔：陈志远",
            "页脚": "深圳宝安职校电工教研组",
            "正文": "欧姆定律是电工基础的核心内容。2023年起，本课程在宝安区内三所学校试用。",
            "关键词": "电工基础, 深圳宝安职业技术学校, 欧姆定律",
        },
        ["钟离春", "慕容雪", "司马光明", "陈志远", "深圳宝安职校", "深圳宝安职业技术学校"],
    ),
    Manuscript(
        "烹饪原料知识",
        dict(names=["杨春华"], units=["四川省成都市技师学院"], emails=["ych@cdjs.edu.cn"]),
        {
            "编写人员": "主编 杨春华  联系电话 028-86123456  邮箱 ych@cdjs.edu.cn\n参编 郑海燕 孙立军",
            "正文": "川菜常用调味原料有郫县豆瓣、汉源花椒等。成都技师学院烹饪系在编写中做了大量调研。",
            "页脚": "四川成都技师学院",
            "前言": "编者\n2025年3月",
        },
        ["杨春华", "028-86123456", "ych@cdjs.edu.cn", "郑海燕", "孙立军", "成都技师学院", "四川成都技师学院"],
    ),
    Manuscript(
        "焊接工艺",
        dict(names=["马国强"], units=["武汉市第二高级技工学校"]),
        {
            "编写人员": "主编：马国强 副主编：邓丽君（武汉二技）\n编者：胡志刚 吴小平 曹雪",
            "正文": "焊接前应清理坡口及两侧20 mm范围内的油污。武汉第二高级技工学校焊接实训室承担了全部试焊。",
            "页眉": "武汉第二高技 焊接工艺",
        },
        ["马国强", "邓丽君", "武汉二技", "胡志刚", "吴小平", "曹雪", "武汉第二高级技工学校", "武汉第二高技"],
        aliases=["武汉二技"],
    ),
    Manuscript(
        "计算机应用基础",
        dict(names=["林晓燕"], units=["福建省福州市高级技工学校"]),
        {
            "编写人员": "作者：林晓燕，许文斌\n统稿：郭明辉",
            "正文": "文字处理软件的基本操作包括新建、保存和排版。福州高级技工学校信息系的教师提供了案例。",
            "后记": "本书由福州高技信息系组织编写。\n林晓燕  2025年1月",
            "关键词": "计算机应用;福州高级技工学校",
        },
        ["林晓燕", "许文斌", "郭明辉", "福州高级技工学校", "福州高技", "林晓燕", "福州高级技工学校"],
    ),
    Manuscript(
        "机械制图",
        dict(names=["王建军"], units=["天津市机电工业技师学院"]),
        {
            "编写人员": "主  编：王建军    手机：13602231234\n副 主 编：刘  洋\n参  编：宋佳琪  韩冬",
            "正文": "三视图的投影规律是长对正、高平齐、宽相等。天津机电工业技师学院制图教研室对本书进行了试教。",
            "页脚": "天津机电工业技院",
        },
        ["王建军", "13602231234", "刘  洋", "宋佳琪", "韩冬", "天津机电工业技师学院", "天津机电工业技院"],
    ),
    Manuscript(
        "中式面点制作",
        dict(names=["赵丽华"], units=["山东省济南市技师学院"]),
        {
            "编写人员": "主编　赵丽华\n副主编　孔祥瑞　田小芳\n审稿人：褚卫东",
            "正文": "和面时应根据面团性质调整水温。济南技师学院面点工作室完成了全部成品拍摄。",
            "前言": "限于编者水平，书中难免有疏漏之处，恳请读者批评指正。\n　　　　赵丽华\n　　　　2025年5月",
        },
        ["赵丽华", "孔祥瑞", "田小芳", "褚卫东", "济南技师学院", "赵丽华"],
    ),
    Manuscript(
        "电子商务实务",
        dict(names=["何佳"], units=["浙江省杭州市电子商务技工学校"]),
        {
            "编写人员": "编写组成员：何佳、冯志远、谢雨桐（杭州电商技校）",
            "正文": "直播带货的选品应兼顾毛利与复购率。本课程案例来自杭州电子商务技工学校校企合作企业。",
            "页脚": "杭州电子商务技校",
        },
        ["何佳", "冯志远", "谢雨桐", "杭州电商技校", "杭州电子商务技工学校", "杭州电子商务技校"],
        aliases=["杭州电商技校"],
    ),
    Manuscript(
        "数控铣削编程",
        dict(names=["罗永强"], units=["江苏省常州技师学院"]),
        {
            "编写人员": "主编：罗永强（江苏常州技院）\n参编：蒋文华 梁思成 唐小龙",
            "正文": "G02/G03 圆弧插补的方向判断方法见表3-2。江苏常州技师学院（原常州市机械工业学校）数控系提供了全部程序。",
            "关键词": "数控铣削;常州技师学院;编程",
        },
        ["罗永强", "江苏常州技院", "蒋文华", "梁思成", "唐小龙", "江苏常州技师学院", "常州市机械工业学校", "常州技师学院"],
        aliases=["常州市机械工业学校", "常州技师学院"],
    ),
    Manuscript(
        "美容美发基础",
        dict(names=["萧雅婷"], units=["广西壮族自治区南宁市第一职业技术学校"]),
        {
            "编写人员": "主编  萧雅婷  电话0771-5123456\n编者  韦丽芳  蒙小英",
            "正文": "皮肤分为干性、油性、中性与混合性四类。南宁第一职业技术学校美容专业教师参与了试用。",
            "页脚": "南宁市第一职校",
        },
        ["萧雅婷", "0771-5123456", "韦丽芳", "蒙小英", "南宁第一职业技术学校", "南宁市第一职校"],
    ),
    Manuscript(
        "工业机器人应用",
        dict(names=["潘志勇"], units=["上海市高级技工学校"]),
        {
            "编写人员": "主编：潘志勇\n副主编：董晓明、袁芳\n参编人员：白云飞、夏天",
            "正文": "示教器的急停按钮必须在每次上电前检查。上海高级技工学校机器人实训中心提供了示教程序。",
            "后记": "感谢合作企业工程师的指导。\n编写组\n2025年4月",
            "页眉": "上海高技 工业机器人应用",
        },
        ["潘志勇", "董晓明", "袁芳", "白云飞", "夏天", "上海高级技工学校", "上海高技"],
    ),
]


def profile_of(manuscript):
    kw = dict(manuscript.profile)
    kw["units"] = list(kw.get("units", [])) + list(manuscript.aliases)
    return IdentityProfile(**kw)


def measure(corpus=CORPUS):
    """(found, planted, true findings, all findings, missed) over the corpus with the current matcher."""
    found = planted = true_findings = all_findings = 0
    missed = []
    for manuscript in corpus:
        profile = profile_of(manuscript)
        findings = [(f.part, f) for f in scan_parts(manuscript.parts, profile) if f.kind in IDENTITY_KINDS]
        remaining = list(manuscript.planted)
        covered = []
        for identity in manuscript.planted:
            hit = next(
                (i for i, (part, f) in enumerate(findings) if i not in covered and identity in f.matched
                 and identity in manuscript.parts[part]),
                None,
            )
            if hit is not None:
                covered.append(hit)
                remaining.remove(identity)
        planted += len(manuscript.planted)
        found += len(manuscript.planted) - len(remaining)
        missed += [(manuscript.title, m) for m in remaining]
        all_findings += len(findings)
        true_findings += sum(1 for part, f in findings if any(p in f.matched or f.matched in p for p in manuscript.planted))
    return found, planted, true_findings, all_findings, missed
