"""A held-out labelled set for the identity matcher (R3), written after the matcher was finished
and not used to tune it: the figures it gives (benchmarks/identity_recall.py, "held-out") are what
the matcher does on manuscripts it has never seen.

Layouts and habits not in the first set: a 编委会 table flattened by copy-paste, a title page with
the unit's English name, a 后记 signed by the 编写组 with the leader's name in brackets, text as
pypdf extracts it from a PDF (line breaks inside names, spaced-out characters), 审定/主审 cues,
two units co-compiling, a 校企合作 company as co-unit, and school abbreviations (技院, 技校, 职校).
"""

from tests.review.identity_corpus import Manuscript

HELDOUT = [
    Manuscript(
        "焊接技术与实训",
        dict(names=["马国栋"], units=["四川省成都市技师学院"]),
        {
            "编委会": "编委会\n主  任 马国栋\n副主任 邓立新 曾 静\n委  员 罗小兵 胡海燕 杨帆",
            "正文": "CO2气体保护焊的焊接电流一般为 120～160 A。成都技师学院焊接实训基地承担了全部试焊。",
            "页脚": "成都市技师学院焊接教研室 编印",
        },
        ["马国栋", "邓立新", "曾 静", "罗小兵", "胡海燕", "杨帆", "成都技师学院", "成都市技师学院"],
    ),
    Manuscript(
        "会计基础实务（PDF）",
        dict(names=["孙丽萍"], units=["河南省郑州市财经技工学校"]),
        {
            # As pypdf extracts a two-column title page: names broken across lines, letters spaced.
            "第1页": "会计基础实务\n主编 孙丽萍\n副主编 高 雪 梅\n郑州财经技工学校 编\n2025 年 3 月",
            "第2页": "编写说明\n本书由郑州市财经技校会计教研组编写，参编人员有朱 琳、许志强。",
            "第57页": "—— 57 ——    郑州财经技校",
        },
        ["孙丽萍", "高 雪 梅", "郑州财经技工学校", "郑州市财经技校", "朱 琳", "许志强", "郑州财经技校"],
    ),
    Manuscript(
        "物流仓储管理",
        dict(names=["林晓峰"], units=["福建省厦门技师学院"]),
        {
            "扉页": "物流仓储管理\nXiamen Technician College\n厦门技师学院 × 厦门象屿物流集团有限公司 联合编写",
            "编写人员": "主编：林晓峰\n主审：陈德明（厦门象屿物流集团有限公司）\n参编：吴佳怡、郑少华",
            "后记": "本书是校企双元合作开发的成果。\n编写组（执笔：林晓峰）\n二〇二五年七月",
        },
        ["Xiamen Technician College", "厦门技师学院", "林晓峰", "陈德明", "吴佳怡", "郑少华", "林晓峰",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "厦门象屿物流集团有限公司", "厦门象屿物流集团有限公司"],
    ),
    Manuscript(
        "维修电工（中级）",
        dict(names=["贺建平"], units=["湖南省长沙市第二高级技工学校"]),
        {
            "编写人员": "主　编　贺建平　　审　定　易国华\n参　编　谭思远　龙海波（长沙二高技）",
            "关键词": "维修电工；中级工；长沙市第二高级技工学校；一体化",
            "正文": "三相异步电动机的正反转控制电路必须设置互锁。本教材在长沙第二高级技工学校电气系试用两届。",
        },
        ["贺建平", "易国华", "谭思远", "龙海波", "长沙二高技", "长沙市第二高级技工学校", "长沙第二高级技工学校"],
    ),
    Manuscript(
        "西式烹调工艺",
        dict(names=["杜文静"], units=["北京市劳动保障职业学校"]),
        {
            "编写人员": "本书编写分工如下：杜文静编写项目一、项目二；祁少军编写项目三；侯佳音编写项目四。",
            "前言": "本书可供技工院校烹饪专业使用。\n北京劳保职校西餐教研组\n杜文静\n2025年1月",
            "页眉": "西式烹调工艺 | 北京市劳动保障职业学校",
        },
        ["杜文静", "祁少军", "侯佳音", "北京劳保职校", "杜文静", "北京市劳动保障职业学校"],
    ),
    Manuscript(
        "计算机网络技术",
        dict(names=["于海涛"], units=["辽宁省沈阳市信息工程技工学校"], emails=["yuht@sy-xxgc.cn"]),
        {
            "编写人员": "主编 于海涛（yuht@sy-xxgc.cn，024-86251234）\n编者 常 乐 鲁明辉 尹晓燕",
            "正文": "交换机的 VLAN 划分可隔离广播域。沈阳信息工程技校网络实训室提供了全部拓扑。",
            "页脚": "沈阳市信息工程技工学校 内部讲义",
        },
        ["于海涛", "yuht@sy-xxgc.cn", "024-86251234", "常 乐", "鲁明辉", "尹晓燕", "沈阳信息工程技校", "沈阳市信息工程技工学校"],
    ),
    Manuscript(
        "服装制版与工艺",
        dict(names=["苏婉清"], units=["江西省南昌市服装技工学校"]),
        {
            "编写人员": "主编：苏婉清　副主编：熊 艳、邹一鸣\n编写单位：南昌服装技校、江西华意服饰有限公司",
            "正文": "原型制图中胸围放松量一般取 10～12 cm。南昌市服装技工学校设计工作室完成了全部样衣。",
            "后记": "谨向为本书提供样衣的企业致谢。\n苏婉清　于南昌\n2024 年 11 月",
        },
        ["苏婉清", "熊 艳", "邹一鸣", "南昌服装技校", "南昌市服装技工学校", "苏婉清",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "江西华意服饰有限公司"],
    ),
]
