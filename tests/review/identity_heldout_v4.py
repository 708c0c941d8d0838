"""A fourth held-out labelled set for the identity matcher (R3), written before the matcher was
changed for the misses of the third held-out set and never used to tune it: the figures it gives
(benchmarks/identity_recall.py, "held-out v4") are what the matcher does on front matter it has
never seen. Units and people appear in no other set.

Written from the users' side, the way technical-school units and teachers print their books and
curriculum standards: a 课程标准 cover with 本标准起草单位/本标准主要起草人/审定人, a 编审人员
table as a PDF extracts it (one cell per line: cue, name, unit), a tab-separated 编写人员 table
with units, a CIP line with two chief editors ("韦德宁, 蒙　丽主编"), a 编写委员会 whose last line
runs on with a company in brackets, a 编写说明 that divides the work in prose ("阿西木呷编写模块一",
"项目六由…的伍　斌老师编写"), 主编简介/副主编简介 bios, 鸣谢 prose naming people by their post
("施秀琴秘书长", "庄　毅经理"), a name list under a bare 编写人员 heading, 前言 signatures with two
names or "编者于…", headers, footers and keywords, a cover spaced out and the unit's English name
in title case, a former type (原…高级技工学校), local short forms (齐市技院, 凉山技校, 黄南州职校),
another school co-writing, the publisher's 责任编辑/责任校对. Names as minority teachers write them:
Tibetan (才让多杰, 更登达吉, 娘吉加), Yi (吉克曲布, 阿西木呷, 沙马阿果, 俄底伍各), Mongolian
(额尔德木图, 萨仁高娃, 哈斯巴根, 宝音), Uyghur and Kazakh with and without the middle dot
(努尔麦麦提, 热依拉, 叶尔江·哈力别克), Manchu surnames (那, 佟, 关, 富), Zhuang (韦, 覃, 蒙), rare
surnames (仇, 阚, 邰, 生, 查, 臧, 郎), names that are also words (富　强, 甘　霖, 龙　腾, 文慧).

Hard negatives for precision, in the same texts: a reference list whose entries read "李国华主编",
people of work tasks (老王, 小孙, 陈女士, 黄师傅, 阿里木师傅, 绣娘阿依, 牧民其其格, 学员扎西),
a historical master chef (石荫祥), dishes and products named after people or places (毛氏红烧肉,
科尔沁牛肉干), companies and brands (鞍钢, 徐工, 五菱, 安踏), towns that are words (同仁).
Companies co-writing or advising are not planted (as in the earlier sets); schools are.
Registered profiles are incomplete, as they are on the platform: one person and one unit each.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V4 = [
    Manuscript(
        "焊接加工专业课程标准",
        dict(names=["鲍志强"], units=["辽宁省鞍山技师学院"]),
        {
            "封面": "焊接加工专业（中级技能　高级技能　预备技师）\n国家技能人才培养工学一体化课程标准\n（试行）\n\n"
                    "本标准起草单位：鞍山技师学院、本溪市化学工业学校、鞍钢集团有限公司\n"
                    "本标准主要起草人：鲍志强、乔　宇、关　颖、那　丹、佟晓辉\n本标准审定人：苑立民、富　强",
            "说明": "本标准在鞍山技院焊接专业2023级、2024级两个年级试行，试行期间焊接实训中心主任隋　涛提出了多条修改意见。",
            "正文": "学习任务2：压力容器筒体纵缝的埋弧焊。工作情境：鞍钢某分厂承接了一批储气罐的焊接任务，班组长老王安排学员"
                    "在师傅指导下完成。焊后须按 NB/T 47013 进行射线检测。",
            "页脚": "鞍山技师学院 焊接工程系　2025年10月",
        },
        ["鞍山技师学院", "本溪市化学工业学校", "鲍志强", "乔　宇", "关　颖", "那　丹", "佟晓辉", "苑立民", "富　强", "鞍山技院",
         "隋　涛", "鞍山技师学院"],
    ),
    Manuscript(
        "数控铣削加工（第三版，PDF）",
        dict(names=["严国梁"], units=["江苏省徐州技师学院"]),
        {
            # pypdf on a designed 编审人员 page: every table cell on a line of its own.
            "第2页": "编审人员名单\n主编\n严国梁\n徐州技师学院\n副主编\n仇晓峰\n徐州技师学院\n参编\n桑　伟\n徐州工程机械技师学院\n"
                     "褚明珠\n徐州技师学院\n戚宏达\n徐工集团工程机械股份有限公司\n主审\n甘　霖\n江苏联合职业技术学院徐州分院",
            "第3页": "第三版前言\n本书第一版、第二版由原徐州市高级技工学校组织编写，出版以来被省内多所技工院校选用。"
                     "此次修订按新的工学一体化课程标准重新组织了学习任务。\n编　者\n2025年5月",
            "第47页": "47\n项目三　平面铣削\n【案例】徐工集团某车间需加工一批挖掘机连接板，操作工小孙按图样要求选用 φ63 mm 面铣刀完成铣削。",
            "第48页": "数控铣削加工（第三版）　徐州技院",
            "参考文献": "参考文献\n[1] 王兆山. 数控铣削编程与操作[M]. 北京：机械工业出版社，2019.\n"
                        "[2] 李国华主编. 铣工工艺学（第五版）[M]. 北京：中国劳动社会保障出版社，2018.",
            "关键词": "数控铣削；徐州技师学院；一体化教材",
        },
        ["严国梁", "徐州技师学院", "仇晓峰", "徐州技师学院", "桑　伟", "徐州工程机械技师学院", "褚明珠", "徐州技师学院", "戚宏达",
         "甘　霖", "江苏联合职业技术学院徐州分院", "徐州市高级技工学校", "徐州技院", "徐州技师学院"],
    ),
    Manuscript(
        "唐卡绘制技艺",
        dict(names=["才让多杰"], units=["青海省黄南藏族自治州职业技术学校"]),
        {
            "编写人员": "主　编　才让多杰\n副主编　更登达吉　娘吉加\n编　者　索南才让　卓玛吉　李文华\n　　　　夏吾太（热贡画院）\n"
                        "审　稿　桑杰卓玛",
            "前言": "热贡艺术是国家级非物质文化遗产。本书由黄南州职校热贡艺术专业教师编写，得到了同仁市多位画师的指导。\n\n"
                    "编　者\n2025年6月于同仁",
            "正文": "唐卡起稿一般先定中轴线，再按度量经确定佛像比例。学员扎西在练习中发现，线描时手腕悬空更利于运笔。",
            "页脚": "黄南藏族自治州职业技术学校 校本教材",
        },
        ["才让多杰", "更登达吉", "娘吉加", "索南才让", "卓玛吉", "李文华", "夏吾太", "桑杰卓玛", "黄南州职校",
         "黄南藏族自治州职业技术学校"],
    ),
    Manuscript(
        "跨境电商实务",
        dict(names=["蔡雅琳"], units=["福建省泉州市高级技工学校"]),
        {
            "作者简介": "主编简介\n蔡雅琳，女，1985年生，泉州高级技工学校电子商务教研室主任，高级讲师，福建省技术能手，主持省级课题两项。\n\n"
                        "副主编简介\n洪文杰，男，泉州市高技电商专业教师，一级实习指导教师，曾指导学生获全国技工院校技能大赛二等奖。",
            "鸣谢": "鸣　谢\n本书案例由安踏（中国）有限公司电商中心提供。在编写过程中，泉州市电子商务协会施秀琴秘书长、"
                    "晋江市鞋服跨境电商产业园庄　毅经理给予了大力帮助，谨致谢忱。",
            "正文": "任务实施：某店铺店主陈女士计划在“黑色星期五”前上架新款运动鞋。请你为陈女士撰写英文商品标题，并设置满减活动。",
            "页眉": "跨境电商实务 ｜ 泉州高技",
        },
        ["蔡雅琳", "泉州高级技工学校", "洪文杰", "泉州市高技", "施秀琴", "庄　毅", "泉州高技",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "泉州市电子商务协会"],
    ),
    Manuscript(
        "彝族刺绣工艺",
        dict(names=["吉克曲布"], units=["四川省凉山彝族自治州技工学校"]),
        {
            "编写说明": "本书是凉山州技工学校民族工艺专业的校本教材。全书由吉克曲布统稿，阿西木呷编写模块一、模块二，"
                        "沙马阿果编写模块三，马海英编写模块四，俄底伍各负责全书图片拍摄。昭觉县彝绣合作社的绣娘们提供了大量纹样。",
            "前言": "……限于编者水平，书中不足之处在所难免，恳请读者指正。\n\n吉克曲布　阿西木呷\n2025年4月于西昌",
            "正文": "彝族传统服饰以黑、红、黄三色为主。绣娘阿依在绣制马樱花纹样时，先用粉笔在布面上起稿，再以锁绣法填色。",
            "页脚": "凉山技校 · 民族工艺教研组",
        },
        ["凉山州技工学校", "吉克曲布", "阿西木呷", "沙马阿果", "马海英", "俄底伍各", "吉克曲布", "阿西木呷", "凉山技校"],
    ),
    Manuscript(
        "畜产品加工",
        dict(names=["额尔德木图"], units=["内蒙古自治区通辽市技工学校"]),
        {
            "编写人员": "编写人员\n职务\t姓名\t工作单位\n主编\t额尔德木图\t通辽市技工学校\n副主编\t萨仁高娃\t通辽技校\n"
                        "副主编\t刘玉梅\t科尔沁区职业教育中心\n参编\t宝音\t通辽市技工学校\n"
                        "参编\t哈斯巴根\t蒙牛乳业（通辽）有限公司\n参编\t白永胜\t通辽市技工学校",
            "前言": "本书编写过程中得到了通辽市畜牧兽医科学研究所的支持。科尔沁牛肉干、奶豆腐等地方特色产品的工艺均经企业核实。\n\n"
                    "编者\n二〇二五年九月",
            "正文": "任务：奶豆腐的制作。牧民其其格家每天产鲜奶约 40 kg，鲜奶经自然发酵、加热搅拌、压模成型后制成奶豆腐。",
        },
        ["额尔德木图", "通辽市技工学校", "萨仁高娃", "通辽技校", "刘玉梅", "科尔沁区职业教育中心", "宝音", "通辽市技工学校",
         "哈斯巴根", "白永胜", "通辽市技工学校",
         # Round 3 (issue 13, v6 as development): a team member's employer in the 工作单位 column, as v5 labels employers.
         "蒙牛乳业（通辽）有限公司",
         # Round 3 (issue 13, v8 as development): a local institute named as supporter, as v5-v8 label supporters
         # (missed when v1-v4 were relabelled: the matcher did not know 研究所 then).
         "通辽市畜牧兽医科学研究所"],
    ),
    Manuscript(
        "棉花加工设备维修",
        dict(names=["艾尔肯·买买提"], units=["新疆维吾尔自治区阿克苏地区技工学校"]),
        {
            "编写人员": "主　　编：艾尔肯·买买提\n副 主 编：古丽娜尔·阿不都拉　张建新\n"
                        "编　　者：努尔麦麦提　热依拉　王　刚　叶尔江·哈力别克",
            "前言": "本书由阿克苏地区技工学校与阿克苏纺织工业城内企业合作编写，适用于棉花加工设备维修专业。\n\n编　者\n2025年3月于阿克苏",
            "正文": "轧花机锯片更换前必须切断电源并挂牌上锁。机修工阿里木师傅强调，锯片间隙应逐片用塞尺检查。",
            "封底": "责任编辑：马丽娟\n责任校对：吐尔逊娜依",
            "页眉": "棉花加工设备维修　阿克苏技校",
        },
        ["艾尔肯·买买提", "古丽娜尔·阿不都拉", "张建新", "努尔麦麦提", "热依拉", "王　刚", "叶尔江·哈力别克",
         "阿克苏地区技工学校", "马丽娟", "吐尔逊娜依", "阿克苏技校"],
    ),
    Manuscript(
        "汽车底盘构造与维修",
        dict(names=["韦德宁"], units=["广西壮族自治区工业技师学院"]),
        {
            "版权页": "图书在版编目（CIP）数据\n汽车底盘构造与维修 / 韦德宁, 蒙　丽主编. —南宁：广西科学技术出版社，2025.8\n"
                      "ISBN 978-7-5551-2231-7\nⅠ.①汽… Ⅱ.①韦… ②蒙… Ⅲ.①汽车—底盘—车辆修理—技工学校—教材 Ⅳ.①U472.41",
            "编委会": "编写委员会\n主　任：黄志坚\n副主任：莫振华　陆　军\n委　员：韦德宁　蒙　丽　覃小莉　卢　斌　龙　腾\n"
                      "　　　　潘春燕　石　峰（上汽通用五菱汽车股份有限公司）",
            "前言": "本书由广西工业技师学院汽车工程系组织编写，参与编写的还有柳州市第二职业技术学校的廖　凯老师。\n\n编者\n2025年7月于南宁",
            "正文": "故障案例：一辆五菱宏光 MINI EV 行驶中出现转向沉重。维修技师黄师傅首先检查了转向助力电机的供电。",
            "页眉": "汽车底盘构造与维修　广西工业技院",
        },
        ["韦德宁", "蒙　丽", "黄志坚", "莫振华", "陆　军", "韦德宁", "蒙　丽", "覃小莉", "卢　斌", "龙　腾", "潘春燕", "石　峰",
         "广西工业技师学院", "柳州市第二职业技术学校", "廖　凯", "广西工业技院",
         # Round 3 (issue 13, v8 as development): the ISBN, labelled since v8 decided it finds the book and its authors.
         "978-7-5551-2231-7"],
    ),
    Manuscript(
        "机床电气控制（PDF）",
        dict(names=["谷振东"], units=["黑龙江省齐齐哈尔技师学院"]),
        {
            "第1页": "机床电气控制\n主　编　谷振东\n副主编　郎　月　臧伟光\n齐 齐 哈 尔 技 师 学 院　编\nQiqihar Technician College",
            "第2页": "编写人员\n谷振东　郎　月　臧伟光　阚　明\n邰丽娜　生　辉　查文斌\n（按编写章节先后排序）",
            "第3页": "前　言\n本书按机床电气线路安装与维修的典型工作任务组织内容。\n编者于齐齐哈尔技院\n2025年10月",
            "第156页": "156　　机床电气控制　　齐市技院 电气系",
            "第157页": "图 7-3 为 CA6140 型车床电气原理图。合上电源开关 QS 后，按下起动按钮 SB2，接触器 KM1 线圈得电并自锁。",
        },
        ["谷振东", "郎　月", "臧伟光", "齐 齐 哈 尔 技 师 学 院", "Qiqihar Technician College", "谷振东", "郎　月", "臧伟光",
         "阚　明", "邰丽娜", "生　辉", "查文斌", "齐齐哈尔技院", "齐市技院"],
    ),
    Manuscript(
        "湘菜烹调技艺",
        dict(names=["谭美华"], units=["湖南省衡阳技师学院"]),
        {
            "编写说明": "本书由衡阳技师学院烹饪系与衡阳市餐饮行业协会共同开发。主编谭美华负责全书框架设计与统稿；副主编欧阳超负责"
                        "项目一至项目三；文慧、刘佳豪参与了项目四、项目五的编写；项目六由衡阳市技工学校的伍　斌老师编写。",
            "作者简介": "谭美华，女，中式烹调高级技师，湖南省技术能手，从事烹饪教学二十余年。\n"
                        "联系邮箱：tanmeihua@hyjsxy.edu.cn　电话：0734-8241567",
            "正文": "任务：剁椒鱼头的制作。湘菜名厨石荫祥等前辈总结的“辣而不燥、鲜而不腥”是湘菜调味的要诀；毛氏红烧肉则讲究不放酱油。",
            "页脚": "衡阳技院 烹饪系 内部讲义",
        },
        ["衡阳技师学院", "谭美华", "欧阳超", "文慧", "刘佳豪", "衡阳市技工学校", "伍　斌", "谭美华", "tanmeihua@hyjsxy.edu.cn",
         "0734-8241567", "衡阳技院",
         # Round 3 (issue 13): co-writing companies, employers and supporters are identities, as v5 labels them.
         "衡阳市餐饮行业协会"],
    ),
]
