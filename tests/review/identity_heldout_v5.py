"""A fifth held-out labelled set for the identity matcher (R3), written by an author who never read
the matcher's code, and labelled before anyone ran the matcher on it. Its figures are meant to be
taken once; it must not be tuned on. Units and people appear in no other set.

Written the way technical-school units print textbooks and curriculum standards: a 课程标准 with
起草单位/主要起草人/审定人 and people named by their post ("陈国华秘书长", "谌小兵院长", "吕小燕同志"),
a 编审 table as a PDF extracts it (one cell per line: 姓名, 职称, 工作单位), a tab-separated 编写人员
table whose second row says "同上", a 编写说明 whose lists are separated by "、", "／", " / ", runs of
full-width spaces and line breaks (one list breaks after "、"), the division of work in prose, 前言
signed "编　者 / 2025年6月于宁波", "…教材编写组", "…教研组", by two names, or by a department and a
date in Chinese numerals; 后记 thanking people by name and post (校长, 主任, 秘书长); 版权页 lines
(CIP "穆海鹰，妥建国主编", 责任编辑, 封面设计, 出版人); titles after names (正高级讲师,
高级讲师, 一级实习指导教师, 教授); a teacher's photo caption and a photographer's credit; footers and
headers ("…内部教材", "…编印"); a school's name in capitals in English; a self-citation in the
reference list; emails, phones with hyphen, em dash, spaces or full-width digits, a QQ group in
full-width digits, a WeChat public account and its id, school website hosts. Names: compound
surnames (上官, 司马, 欧阳), Dai (岩温香, 玉罕叫, 召罕嫩, 玉　应), Tibetan (泽仁拉姆, 降央卓玛, 格绒追美,
德吉央宗, 尼玛卓玛), Yi (阿苏拉且), Mongolian (巴音孟克, 乌兰托娅), Uyghur with three different
middle dots (· U+00B7, • U+2022, ・ U+30FB), Zhuang and Hui/Dongxiang surnames (农, 岑, 蓝, 妥, 拜, 虎,
麻, 穆), rare surnames (竺, 揭, 谌, 禄, 柏, 缪, 喻, 柯), two- and three-character names,
names that are also words (高峰, 舒　畅, 向东, 文　静, 江　山, 罗　丹, 四郎, 何平安).

Labelling rules (decided before measuring):
- People: everyone the text ties to the making of this manuscript is an identity — authors, editors,
  committee members, drafters, reviewers named in it (主审, 审定人), people thanked by name, the
  publisher's staff named on it (责任编辑, 封面设计, 出版人), a photographer, a
  teacher in a photo caption, a contact person. The label is the name exactly as written (inner
  spaces and middle dots included), without title or post ("龚晓岚（正高级讲师）" labels "龚晓岚").
- Units: the author's school under any form (full official name, without its province, short forms,
  English name, inside "…编写组" or a footer), other schools co-writing, the employer of any person
  above (a company, a cooperative, a hospital, a university), and a company or association named as
  co-developer, organiser of the review of the draft, or supporter in the acknowledgements: each
  narrows who wrote the book. This departs from v1-v4, where companies co-writing were not planted.
- Contacts: the unit's or a team member's email, phone, QQ group number, WeChat account name and id,
  website host ("www.bnzyjsxx.cn", not the "https://" or path around it). A WeChat account named
  after the school ("百色职校电商") labels the school part.
- Every occurrence is listed, as the shortest span a reviewer must not see: a leading province is
  left out when the rest names the unit on its own ("贵州省遵义市技师学院" labels "遵义市技师学院"),
  kept when it is part of the name ("贵州省智能制造行业协会").
- Not identities (hard negatives, listed in a comment under each manuscript): people of work tasks
  and case studies, customers and tourists included (客户王先生, 游客王女士, 张奶奶, a guide 扎西, a tea
  farmer 岩坎, 艾力师傅), historical, political and literary figures (欧阳修, 郑板桥, 陆羽, 王进喜,
  邓小平, 刘三姐, 文成公主, 马保子, 习近平), people in song lyrics, authors of cited books in the
  reference list (other people's books; the team's own cited 讲义 is labelled), national bodies, laws
  and standards (人力资源社会保障部, GB/T, JB/T, 国家职业技能标准), publishers as publishers of this or
  cited books (as the brief of round 3 and v1-v4 do; SPEC R3 lists "publisher" among what reviewers
  never see, so the lead may rule otherwise: this book's own publisher appears in M1, M8 and M9,
  once each), brands and machine models (比亚迪, FANUC, 华中数控, 广州数控, ABB, 霍尼韦尔, 大益), place
  names used as places (宁波市某新能源汽车维修企业, 景洪, 库尔勒, 康定, 新都桥), a bare city in a
  dated signature ("2025年5月于景洪"), a surname with a post and no given name (李师傅, 老马, 小韦),
  honours and contests ("浙江省技能大赛", "新疆维吾尔自治区技术能手"), and common words.
Known limit of ``measure`` for this set: a name written as the word is (高峰 in M1, the 平安
of 何平安 in M9) is scored by string, not position, so a finding on the word elsewhere counts as
finding the name and as a true finding.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V5 = [
    Manuscript(
        "新能源汽车动力电池及管理系统检修",
        dict(names=["龚晓岚"], units=["浙江省宁波市技师学院"]),
        {
            "封面": "新能源汽车动力电池及管理系统检修\n（工学一体化教材）\n宁波技师学院新能源汽车教材编写组　编",
            "编写说明": "编写说明\n本书是宁波市技师学院与宁波甬江新能源汽车服务集团有限公司校企合作开发的工学一体化教材，"
                        "全书由龚晓岚（正高级讲师）任主编并统稿。\n副主编：上官云峰　高峰\n参　编：鲍　蕾／竺海明\n"
                        "参编单位应按学习任务提供真实的维修工单。",
            "正文": "学习任务3　动力电池绝缘故障检测\n【任务描述】客户王先生驾驶一辆比亚迪秦PLUS DM-i到宁波市某新能源汽车维修企业"
                    "报修，仪表提示“动力系统故障”。维修技师张师傅用绝缘电阻测试仪测得电池包正极对车身的绝缘电阻为 85 kΩ，"
                    "低于 GB/T 18384—2020 的要求。夏季用电高峰时段快充桩排队较长，应提醒客户错峰充电。\n"
                    "【思政园地】宁德时代的电芯产线上，一线技术工人用万用表逐一复核模组电压。",
            "图注": "图3-6　龚晓岚老师在浙江省技能大赛现场指导学生进行高压断电操作",
            "版权页": "责任编辑：俞　静\n封面设计：舒　畅\n出版发行：浙江科学技术出版社",
            "前言": "……恳请使用本书的师生批评指正，意见可发至 gongxl@nbjsxy.cn。\n\n编　者\n2025年6月于宁波",
            "页脚": "宁波技师学院内部教材　请勿外传",
        },
        # Hard negatives: 客户王先生, 张师傅, 比亚迪秦PLUS DM-i, 宁波市某新能源汽车维修企业, GB/T 18384—2020,
        # 用电高峰 (the word), 宁德时代, 万用表, 浙江省技能大赛, 浙江科学技术出版社 (publisher), 参编单位, 于宁波.
        ["宁波技师学院", "宁波市技师学院", "宁波甬江新能源汽车服务集团有限公司", "龚晓岚", "上官云峰", "高峰", "鲍　蕾", "竺海明",
         "龚晓岚", "俞　静", "舒　畅", "gongxl@nbjsxy.cn", "宁波技师学院"],
    ),
    Manuscript(
        "数控车削编程与加工（PDF）",
        dict(names=["司马志勇"], units=["湖北省十堰市技师学院"]),
        {
            "第1页": "数控车削编程与加工\n主　编　司马志勇\n副主编　向东\n十堰市技师学院　编",
            # pypdf on a designed table: every cell on a line of its own.
            "第2页": "编审人员\n姓名\n职称\n工作单位\n司马志勇\n高级讲师\n十堰技师学院\n聂　红\n一级实习指导教师\n"
                     "湖北省十堰市第二职业技术学校\n揭晓军\n高级工程师\n十堰汉江精密机械集团有限公司",
            "第3页": "前　言\n本书的编写得到了企业的大力支持。数控车床操作须严格执行安全规程，方向、转速、进给量应在程序中"
                     "逐段核对。\n十堰技院机电工程系数控教研室\n二〇二五年五月",
            "第4页": "配套资源\n本书配套微课视频和 G 代码程序，可加入教学交流QQ群：738215946（验证信息：数控车削）。",
            "第88页": "88　数控车削编程与加工\n任务5　螺纹轴的加工\n在 FANUC 0i-TF 系统中，G92 为螺纹切削循环指令；华中数控 "
                      "HNC-818 与广州数控 GSK980TDc 的格式略有不同。车间李师傅提醒：对刀前必须先回参考点。",
            "参考文献": "参考文献\n[1] 潘永年. 数控车削工艺与编程[M]. 北京: 机械工业出版社, 2020.\n"
                        "[2] 中国就业培训技术指导中心. 车工(高级)[M]. 北京: 中国劳动社会保障出版社, 2019.\n"
                        "[3] 司马志勇. 数控车床操作实训指导书[Z]. 十堰: 十堰市技师学院, 2021.",
        },
        # Hard negatives: 潘永年 (a cited author), 中国就业培训技术指导中心, 机械工业出版社,
        # 中国劳动社会保障出版社, FANUC 0i-TF, 华中数控 HNC-818, 广州数控 GSK980TDc, 李师傅, 方向/程序 (words),
        # "十堰:" (a place of publication).
        ["司马志勇", "向东", "十堰市技师学院", "司马志勇", "十堰技师学院", "聂　红", "十堰市第二职业技术学校", "揭晓军",
         "十堰汉江精密机械集团有限公司", "十堰技院", "738215946", "司马志勇", "十堰市技师学院"],
    ),
    Manuscript(
        "漆器髹饰工艺",
        dict(names=["欧阳春华"], units=["江苏省扬州市工艺美术技工学校"]),
        {
            "编写人员": "主　编：欧阳春华\n副主编：文　静、柏永年\n参　编：缪晓冬　蔡　琴（扬州广陵漆艺有限公司）",
            "前言": "扬州漆器始于战国，兴于汉唐，盛于明清。清代卢葵生的漆砂砚名重一时，“扬州八怪”之一的郑板桥亦曾为漆器题诗；"
                    "北宋欧阳修知扬州时所建的平山堂，至今仍是学生写生的去处。本书由扬州工美技校漆艺专业教师与企业非遗传承人"
                    "共同编写。\n\n扬州市工艺美术技工学校漆艺教研组\n2025年3月",
            "正文": "任务2　点螺工艺\n螺钿薄如蝉翼，贴片时须用竹签轻压。器型端庄、纹饰文静雅致，是扬州点螺漆器的特点。老艺人常说"
                    "“三分漆七分磨”，学徒小周在磨显时用力过猛，导致螺钿脱落。",
            "后记": "……感谢扬州市工艺美术协会孟庆华秘书长对本书编写的大力支持。\n\n文　静\n2025年3月于扬州",
            "页脚": "扬州工美技校 · 校本教材 · 内部使用",
        },
        # Hard negatives: 卢葵生, 郑板桥, 扬州八怪, 欧阳修, 平山堂, 小周, 文静 (the word), 于扬州.
        ["欧阳春华", "文　静", "柏永年", "缪晓冬", "蔡　琴", "扬州广陵漆艺有限公司", "扬州工美技校", "扬州市工艺美术技工学校",
         "扬州市工艺美术协会", "孟庆华", "文　静", "扬州工美技校"],
    ),
    Manuscript(
        "工业机器人应用与维护专业一体化课程标准",
        dict(names=["冉光明"], units=["贵州省遵义市技师学院"]),
        {
            "封面": "工业机器人应用与维护专业\n一体化课程标准\n（2025年版）\n\n贵州省遵义市技师学院　牵头制定",
            "起草": "本标准起草单位：遵义市技师学院（牵头）、毕节市职业技术学校、贵州黔航精密制造集团有限公司\n"
                    "本标准主要起草人：冉光明　禄应美　阿苏拉且\n本标准审定人：江　山（教授）",
            "说明": "本标准经贵州省智能制造行业协会组织专家论证。起草过程中，协会陈国华秘书长、遵义技院谌小兵院长给予了指导；"
                    "工作组秘书由黔航集团人力资源部的吕小燕同志担任。本标准依据《国家职业技能标准　工业机器人系统运维员"
                    "（2020年版）》和《中华人民共和国职业教育法》编制，贯彻人力资源社会保障部关于推进技工院校工学一体化技能人才培养模式的要求，引导学生热爱祖国大好江山、"
                    "立志技能报国。",
            "正文": "典型工作任务3：工业机器人本体保养。企业情境：某汽车零部件厂焊装车间的 ABB IRB 6700 机器人出现 J3 轴异响，"
                    "设备科刘工安排维护人员在停线窗口内更换减速机润滑油，并按 JB/T 8896—1999 检验。",
            "意见反馈": "各使用单位在执行中如有意见和建议，请反馈至遵义市技师学院教务处，电话：0851-28736415。",
        },
        # Hard negatives: 国家职业技能标准, 中华人民共和国职业教育法, 人力资源社会保障部, 江山 (the word), ABB IRB 6700,
        # 刘工, JB/T 8896—1999, 某汽车零部件厂, 各使用单位.
        ["遵义市技师学院", "遵义市技师学院", "毕节市职业技术学校", "贵州黔航精密制造集团有限公司", "冉光明", "禄应美",
         "阿苏拉且", "江　山", "贵州省智能制造行业协会", "陈国华", "遵义技院", "谌小兵", "黔航集团", "吕小燕", "遵义市技师学院",
         "0851-28736415"],
    ),
    Manuscript(
        "普洱茶加工技术",
        dict(names=["岩温香"], units=["云南省西双版纳傣族自治州职业技术学校"]),
        {
            "编写人员": "主　　编　岩温香\n副 主 编　玉罕叫　刀　芳\n编　　者　玉　应　罗　丹\n"
                        "技术顾问　召罕嫩（勐海县布朗山茶业专业合作社）",
            "前言": "普洱茶是云南的名片。唐代樊绰《蛮书》已有“茶出银生城界诸山”的记载，陆羽《茶经》称茶为“南方之嘉木”。"
                    "本书由版纳职校茶学专业组织编写。\n\n编者\n2025年5月于景洪",
            "正文": "任务4　晒青毛茶的杀青\n老班章、冰岛等名山古树茶的鲜叶须当天采摘当天杀青。茶农岩坎家的鲜叶进厂后，"
                    "先摊晾 2 h 再下锅。客户李女士订购 357 g 饼茶 20 提，要求参照大益 7542 的拼配风格，"
                    "并符合 GB/T 22111—2008《地理标志产品　普洱茶》。",
            "数字资源": "本书配套数字资源发布在学校网站 https://www.bnzyjsxx.cn/chaxue ，使用中的问题请联系刀芳，"
                        "手机：138 8812 4067。",
            "页眉": "普洱茶加工技术　　西双版纳州职校茶学专业",
        },
        # Hard negatives: 樊绰, 陆羽, 《蛮书》《茶经》, 于景洪, 老班章, 冰岛 (a village, and a country),
        # 岩坎 (a tea farmer in the task), 李女士, 大益 7542, GB/T 22111—2008.
        ["岩温香", "玉罕叫", "刀　芳", "玉　应", "罗　丹", "召罕嫩", "勐海县布朗山茶业专业合作社", "版纳职校", "www.bnzyjsxx.cn",
         "刀芳", "138 8812 4067", "西双版纳州职校"],
    ),
    Manuscript(
        "农产品直播电商",
        dict(names=["农丽萍"], units=["广西壮族自治区百色市职业技术学校"]),
        {
            "编写说明": "编写说明\n本书由百色市职业技术学校电子商务专业与百色市右江区电子商务协会合作编写。\n主编\n农丽萍\n"
                        "副主编\n岑　浩 / 蓝春燕\n参编\n黄朝阳、\n韦　妮\n"
                        "其中，农丽萍负责统稿，韦妮负责视频拍摄与剪辑。",
            "前言": "百色是革命老区，1929年邓小平、张云逸等领导了百色起义；壮族歌仙刘三姐的山歌传唱至今。本书以家乡的农产品"
                    "为载体，帮助学生掌握直播带货的基本技能。\n\n百色市职业技术学校电商直播教材编写组\n二〇二五年九月",
            "正文": "任务3　直播间话术设计\n【情境】百色芒果进入采摘季，田阳区某合作社的负责人黄大姐希望通过直播销售 5000 kg "
                    "芒果。主播小韦需要在抖音直播间完成开场、产品介绍和促单三段话术，并遵守《网络直播营销管理办法（试行）》。",
            "联系我们": "教学资源交流ＱＱ群：５８３２０６９１７\n微信公众号：百色职校电商（bszx_ds）\n"
                        "电话：０７７６－２８６１３５７",
        },
        # Hard negatives: 邓小平, 张云逸, 百色起义, 刘三姐, 百色芒果, 田阳区, 黄大姐, 小韦, 抖音,
        # 《网络直播营销管理办法（试行）》.
        ["百色市职业技术学校", "百色市右江区电子商务协会", "农丽萍", "岑　浩", "蓝春燕", "黄朝阳", "韦　妮",
         "农丽萍", "韦妮", "百色市职业技术学校", "５８３２０６９１７", "百色职校", "bszx_ds", "０７７６－２８６１３５７"],
    ),
    Manuscript(
        "化工总控工（中级）",
        dict(names=["阿布都热合曼·吐尔地"], units=["新疆维吾尔自治区巴音郭楞蒙古自治州技工学校"]),
        {
            "封面": "化工总控工（中级）\n巴音郭楞蒙古自治州技工学校　编\n主编　阿布都热合曼•吐尔地",
            "编写人员": "主　编：阿布都热合曼·吐尔地\n副主编：巴音孟克　帕提古丽・艾买尔\n"
                        "参　编：迪丽努尔·阿不力克木、赵 瑞\n主　审：乌兰托娅（中国石油塔里木油田分公司）",
            "前言": "石油工人王进喜“宁可少活二十年，拼命也要拿下大油田”的铁人精神，是化工专业学生的必修课。本书由巴州技校"
                    "化工专业教师和企业技术人员共同编写。\n\n编　者\n2025年8月于库尔勒",
            "正文": "任务2　精馏塔开车操作\n【情境】库尔勒某石化企业的常压精馏装置检修后需重新开车。班长艾力师傅要求内操人员在"
                    "霍尼韦尔 Experion PKS 或中控 ECS-700 系统上逐步建立回流，动火作业须符合 GB 30871—2022 的规定。",
            "主编简介": "阿布都热合曼·吐尔地，男，维吾尔族，1978年生，巴州技校化工系主任，高级讲师，化工总控工高级技师，"
                        "新疆维吾尔自治区技术能手。E-mail：abdrhm_td@bzjgxx.edu.cn",
            "页眉": "化工总控工（中级）　BAZHOU TECHNICAL SCHOOL",
        },
        # Hard negatives: 王进喜, 铁人, 于库尔勒, 库尔勒某石化企业, 艾力师傅, 霍尼韦尔 Experion PKS, 中控 ECS-700,
        # GB 30871—2022, 新疆维吾尔自治区技术能手 (an honour), 维吾尔族.
        ["巴音郭楞蒙古自治州技工学校", "阿布都热合曼•吐尔地", "阿布都热合曼·吐尔地", "巴音孟克", "帕提古丽・艾买尔",
         "迪丽努尔·阿不力克木", "赵 瑞", "乌兰托娅", "中国石油塔里木油田分公司", "巴州技校", "阿布都热合曼·吐尔地", "巴州技校",
         "abdrhm_td@bzjgxx.edu.cn", "BAZHOU TECHNICAL SCHOOL"],
    ),
    Manuscript(
        "康巴文化旅游服务",
        dict(names=["泽仁拉姆"], units=["四川省甘孜藏族自治州职业技术学校"]),
        {
            "编写说明": "本书由甘孜州职业技术学校旅游服务与管理专业教学团队编写。泽仁拉姆任主编；降央卓玛、格绒追美任副主编；"
                        "四郎参编。主审：德吉央宗（四川旅游学院）。",
            "前言": "康定是“情歌的故乡”，一曲《康定情歌》“李家溜溜的大姐，人才溜溜的好哟；张家溜溜的大哥，看上溜溜的她哟”"
                    "唱遍世界。文成公主进藏、格萨尔王的传说，都是导游讲解的好素材。\n\n编者\n二〇二五年七月于康定\n"
                    "甘孜州职校旅游教研组",
            "图注": "图2-4　降央卓玛老师带领学生在木格措景区开展讲解实训（摄影：四郎）",
            "正文": "任务3　游客投诉处理\n游客王女士一行 6 人在新都桥参加摄影团，因行程变更向导游扎西投诉。请依据《中华人民共和国"
                    "旅游法》的有关规定，分析旅行社应承担的责任，并模拟导游的致歉与补救。",
            "版权页": "出 版 人：孙　岷\n责任编辑：尼玛卓玛\n出版发行：四川民族出版社",
        },
        # Hard negatives: 李家溜溜的大姐, 张家溜溜的大哥, 文成公主, 格萨尔王, 于康定, 木格措, 新都桥, 游客王女士,
        # 导游扎西, 《中华人民共和国旅游法》, 四川民族出版社 (publisher).
        ["甘孜州职业技术学校", "泽仁拉姆", "降央卓玛", "格绒追美", "四郎", "德吉央宗", "四川旅游学院", "甘孜州职校",
         "降央卓玛", "四郎", "孙　岷", "尼玛卓玛"],
    ),
    Manuscript(
        "兰州牛肉拉面制作技艺",
        dict(names=["穆海鹰"], units=["甘肃省兰州市技师学院"]),
        {
            "版权页": "图书在版编目（CIP）数据\n兰州牛肉拉面制作技艺／穆海鹰，妥建国主编．—兰州：甘肃科学技术出版社，2025.10\n"
                      "ISBN 978-7-5424-3318-6\n\n责任编辑：拜　丽",
            "编委会": "编委会\n主　任　麻继红（院长）\n副主任　妥建国（烹饪系主任）\n"
                      "委　员　穆海鹰（正高级讲师）　虎兰芳（一级实习指导教师）\n"
                      "　　　　何平安（兰州市牛肉拉面行业协会　秘书长）",
            "正文": "任务1　和面与饧面\n和面时按比例加入拉面剂，饧面 30 min。拉面师傅老马示范“溜条”后，学员分组练习。"
                    "顾客赵先生点了一碗“毛细”，要求加肉加蛋，请按“一清二白三红四绿五黄”的标准出品。",
            "后记": "相传清代光绪年间马保子首创清汤牛肉面，一碗面传承百余年。本书在编写中得到甘肃陇上金牛餐饮管理集团有限公司"
                    "的大力支持，谨致谢意。祝各位学员出入平安、事业兴旺！\n\n穆海鹰　妥建国\n2025年10月于兰州市技师学院",
            "页脚": "兰州技院烹饪系　内部教材",
        },
        # Hard negatives: 甘肃科学技术出版社 (publisher), "—兰州：" (place of publication), 老马, 赵先生,
        # 马保子, 出入平安 (the word), 毛细.
        ["穆海鹰", "妥建国", "拜　丽", "麻继红", "妥建国", "穆海鹰", "虎兰芳", "何平安", "兰州市牛肉拉面行业协会",
         "甘肃陇上金牛餐饮管理集团有限公司", "穆海鹰", "妥建国", "兰州市技师学院", "兰州技院",
         # Round 3 (issue 13, v8 as development): the ISBN, labelled since v8 decided it finds the book and its authors.
         "978-7-5424-3318-6"],
    ),
    Manuscript(
        "养老护理员（中级）",
        dict(names=["詹秀梅"], units=["江西省九江市技师学院"]),
        {
            "前言": "习近平总书记强调，要让老年人老有所养、老有所依。本书参照《养老护理员国家职业技能标准（2019年版）》编写，"
                    "供技工院校养老服务专业使用。\n\n九江技师学院养老护理教材编写组\n2025年11月",
            "编写人员": "编写人员\n姓名\t单位\t职称/职务\t分工\n詹秀梅\t九江市技师学院\t高级讲师、护理系主任\t主编，项目一、二\n"
                        "曹　霞\t同上\t讲师\t项目三\n喻海波\t九江市第一人民医院\t副主任护师\t项目四\n"
                        "柯金凤\t九江市康宁养老服务集团有限公司\t院长\t项目五",
            "图注": "图1-1　詹秀梅老师为学员示范轮椅转移技术",
            "正文": "任务2　协助卧床老人翻身\n【案例】张奶奶，82岁，脑梗死后遗症，右侧肢体偏瘫，入住某养老机构。护理员小刘每 2 h "
                    "为其翻身一次，家属张先生担心压疮，要求增加翻身次数。南丁格尔说过，护理是一门艺术。",
            "后记": "本书编写期间，学院熊志坚校长多次过问编写进度，护理系詹秀梅主任亲自统稿，在此一并致谢。"
                    "教学资源网址：http://hlx.jjjsxy.net　咨询电话：0792—8376412\n\n编　者\n"
                    "2025年11月　于九江",
            "页脚": "九江技院护理系编印",
        },
        # Hard negatives: 习近平, 《养老护理员国家职业技能标准（2019年版）》, 张奶奶, 小刘, 张先生, 南丁格尔,
        # 某养老机构, 于九江, 同上, 副主任护师/院长/校长 (posts).
        ["九江技师学院", "詹秀梅", "九江市技师学院", "曹　霞", "喻海波", "九江市第一人民医院", "柯金凤",
         "九江市康宁养老服务集团有限公司", "詹秀梅", "熊志坚", "詹秀梅", "hlx.jjjsxy.net", "0792—8376412", "九江技院"],
    ),
]
