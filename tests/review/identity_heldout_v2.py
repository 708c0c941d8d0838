"""A second held-out labelled set for the identity matcher (R3), written before the matcher was
changed for the misses of the first held-out set and never used to tune it: the figures it gives
(benchmarks/identity_recall.py, "held-out v2") are what the matcher does on front matter it has
never seen.

Written the way technical-school textbooks print their front matter: 编审委员会 tables with
"主任委员/副主任委员/委员/秘书/成员" columns, PDF-extracted pages (names spaced out, cue and name
broken across lines), unit abbreviations as people say them (常州技院, 杭州交通高技, 广州工贸,
青岛交校, 昆明三职中, 哈劳技, 石家庄工院) and a unit's former name, co-compiling units joined by
×/与/和/、, "X负责编写项目N" division-of-work sentences, 前言/后记 signatures dated in Chinese
numerals, headers and footers, keywords, 主审/审定/审稿, a unit's English name, Uyghur names
with the middle dot and compound surnames (上官, 诸葛, 司徒). Registered profiles are incomplete,
as they are on the platform: one person and one unit each.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V2 = [
    Manuscript(
        "机械制图（一体化）",
        dict(names=["周立新"], units=["江苏省常州技师学院"]),
        {
            "编审委员会": "编审委员会\n主 任 委 员　周立新\n副主任委员　严晓东　钱 伟\n委　　员（按姓氏笔画为序）\n"
                          "王 勇　朱慧敏　汤国庆　陆雪芬\n秘　　书　顾建华",
            "编写说明": "本书主编周立新，副主编卞小燕，参加编写的还有殷 杰、蒋文斌。全书由吴春生主审。",
            "页眉": "机械制图 ┃ 常州技院 校本教材",
            "前言": "本书按工学一体化课程标准编写，恳请广大读者批评指正。\n\n编　者\n二〇二五年八月于常州技师学院",
        },
        ["周立新", "严晓东", "钱 伟", "王 勇", "朱慧敏", "汤国庆", "陆雪芬", "顾建华", "周立新", "卞小燕", "殷 杰",
         "蒋文斌", "吴春生", "常州技院", "常州技师学院"],
    ),
    Manuscript(
        "汽车电气设备检修（PDF）",
        dict(names=["韩立新"], units=["浙江省杭州市交通高级技工学校"]),
        {
            # pypdf on a designed title page: a cue broken over two lines, a name spaced out, another split.
            "第1页": "汽车电气设备检修\n主\n编　韩立新\n副 主 编　潘 晓 东　钟\n丽\n杭州交通高技 汽车运用与维修教研组 编\n2025.06",
            "第2页": "参编人员\n许 文 杰　　何 燕\n审　稿　胡建民（杭州市交通高级技工学校）",
            "第98页": "98　　　汽车电气设备检修　　　杭州交通技校",
        },
        ["韩立新", "潘 晓 东", "钟\n丽", "杭州交通高技", "许 文 杰", "何 燕", "胡建民", "杭州市交通高级技工学校", "杭州交通技校"],
    ),
    Manuscript(
        "电子商务运营实务",
        dict(names=["黎嘉欣"], units=["广东省广州市工贸技师学院"]),
        {
            "封面": "电子商务运营实务\n广州市工贸技师学院 × 唯品会（中国）有限公司 联合开发\n"
                    "Guangzhou Industry & Trade Technician College",
            "编写人员": "主编：黎嘉欣　冯志强\n副主编：区慧敏、麦浩然\n编者：司徒静、梁 宇、谭 晖\n企业顾问：陈 斌（唯品会）",
            "正文": "直播带货前须完成选品与话术脚本。本案例来自广州工贸技院电商专业学生的真实店铺。",
            "页脚": "广州工贸 · 电子商务系 编",
        },
        ["广州市工贸技师学院", "Guangzhou Industry & Trade Technician College", "黎嘉欣", "冯志强", "区慧敏", "麦浩然",
         "司徒静", "梁 宇", "谭 晖", "陈 斌", "广州工贸技院", "广州工贸"],
    ),
    Manuscript(
        "公路养护技术",
        dict(names=["阿依古丽·吐尔逊"], units=["新疆维吾尔自治区交通技师学院"]),
        {
            "编写人员": "主　编　阿依古丽·吐尔逊\n副主编　买买提江·艾合买提　王红梅\n参　编　古丽娜尔·阿不都热依木　李建疆\n"
                        "主　审　热合曼·司马义",
            "前言": "本书得到新疆交通技师学院和新疆交通建设集团股份有限公司的大力支持。\n编者\n2025年4月于乌鲁木齐",
            "页眉": "公路养护技术　新疆交通技院",
        },
        ["阿依古丽·吐尔逊", "买买提江·艾合买提", "王红梅", "古丽娜尔·阿不都热依木", "李建疆", "热合曼·司马义",
         "新疆交通技师学院", "新疆交通技院",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "新疆交通建设集团股份有限公司"],
    ),
    Manuscript(
        "中式面点制作",
        dict(names=["上官婉清"], units=["山东省淄博市技师学院"]),
        {
            "编写说明": "本书由上官婉清任主编，负责全书的统稿工作。具体编写分工如下：上官婉清负责编写项目一和项目二，"
                        "诸葛明辉负责编写项目三，项目四至项目六由孟凡荣、耿晓丽编写，附录由淄博技院面点工作室整理。",
            "后记": "编写过程中，淄博市技师学院、山东鲁菜餐饮集团有限公司和淄博职业学院给予了大力支持。\n上官婉清\n2025年7月",
            "关键词": "中式面点；发酵面团；淄博技师学院；项目教学",
        },
        ["上官婉清", "上官婉清", "诸葛明辉", "孟凡荣", "耿晓丽", "淄博技院", "淄博市技师学院", "上官婉清", "淄博技师学院",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "山东鲁菜餐饮集团有限公司"],
    ),
    Manuscript(
        "城市轨道交通客运服务",
        dict(names=["于晓光"], units=["山东省青岛市交通运输技工学校"]),
        {
            "扉页": "城市轨道交通客运服务\n青岛市交通运输技工学校与青岛地铁集团有限公司运营分公司 合编",
            "编写人员": "主编　于晓光\n副主编　姜 丽　臧海波\n编委　纪晓燕　刘 畅　宫建伟\n审定　青岛交校教材编审委员会",
            "页脚": "青岛交通技校 · 轨道交通系 · 第 23 页",
        },
        ["青岛市交通运输技工学校", "于晓光", "姜 丽", "臧海波", "纪晓燕", "刘 畅", "宫建伟", "青岛交校", "青岛交通技校",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "青岛地铁集团有限公司"],
    ),
    Manuscript(
        "老年人照护",
        dict(names=["杨丽琼"], units=["云南省昆明市第三职业中等专业学校"]),
        {
            "前言": "本书在编写中参考了大量文献，谨向原作者致谢。\n昆明三职中养老护理教研组\n杨丽琼 执笔\n2024年12月",
            "编写人员": "主编：杨丽琼（昆明市第三职业中等专业学校 高级讲师）\n副主编：段 艳（昆明市第三职专）\n"
                        "参编：李 娟、普春梅、者建华",
            "正文": "为老年人翻身时应先固定床刹。图 3-2 由昆明第三职业中等专业学校实训中心拍摄。",
        },
        ["昆明三职中", "杨丽琼", "杨丽琼", "昆明市第三职业中等专业学校", "段 艳", "昆明市第三职专", "李 娟", "普春梅",
         "者建华", "昆明第三职业中等专业学校"],
    ),
    Manuscript(
        "焊接工艺",
        dict(names=["崔铁军"], units=["黑龙江省哈尔滨劳动技师学院"]),
        {
            "编审委员会": "《焊接工艺》编审委员会\n主　任：崔铁军\n副主任：孙国庆　于 涛\n成　员：曲晓明　单丽华　石 磊　佟志刚\n"
                          "审　定：哈尔滨劳动技师学院教学指导委员会",
            "正文": "厚板对接焊须开 V 形坡口。本项目在哈劳技焊接实训中心经三轮教学验证。",
            "页脚": "哈尔滨劳动技院 焊接教研室编印　2025",
        },
        ["崔铁军", "孙国庆", "于 涛", "曲晓明", "单丽华", "石 磊", "佟志刚", "哈尔滨劳动技师学院", "哈劳技", "哈尔滨劳动技院"],
    ),
    Manuscript(
        "PLC应用技术",
        dict(names=["贾志国"], units=["河北省石家庄市工业技师学院"]),
        {
            "封面": "PLC 应用技术\n石家庄工院 电气工程系 编\n2025年9月",
            "编写人员": "主编：贾志国；副主编：闫 冬、甄 妮；参编：苑海涛、郗 磊（河北冀凯机械有限公司）\n联系邮箱：jiazg@sjzgy.edu.cn",
            "前言": "本书前身为原石家庄市工业技工学校 2016 年编印的《可编程控制器》讲义。\n贾志国\n2025 年 9 月 10 日于石家庄",
            "页眉": "PLC应用技术—石家庄工业技师学院校本教材",
        },
        ["石家庄工院", "贾志国", "闫 冬", "甄 妮", "苑海涛", "郗 磊", "jiazg@sjzgy.edu.cn", "石家庄市工业技工学校", "贾志国",
         "石家庄工业技师学院",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "河北冀凯机械有限公司"],
    ),
]
