"""A seventh held-out labelled set for the identity matcher (R3), written by an author who never read
the matcher's code nor its unit tests, never ran it on this set, and labelled every occurrence before
anyone measured it. Its figures are meant to be taken once; it must not be tuned on. Its people,
units, companies and contacts appear in no earlier set.

Ten trades and regions no earlier set used: 城轨车辆检修 in 株洲 (湖南), 电工 in 大同 (山西), 服装制版
in 石狮 (福建) with a Taiwanese partner written in traditional characters, 仓储配送 in 天津, 茶艺 in
黄山 (安徽), 汽车营销 in 天水 (甘肃), 冲压模具 in 宝鸡 (陕西), 陶瓷成型 in 景德镇 (江西), 船体装配 in
大连 (辽宁) and 酒店客房服务 in 桂林 (广西, 壮族 and 瑶族). Written the way units print them: a
编写委员会 with 主任委员/副主任委员/委员/秘书, a 教学团队 table aligned with full-width spaces, a
校企合作 partner list, a tab-separated 编写人员 table with "同上", 活页式 and 工作手册式 materials with
学习情境, 工作页, a 任务书 signed by the teacher and an 评价表 signed by both 指导教师, roles with the
name in brackets after them ("主编（薄海峰）"), QR-code captions ("扫码观看程雪梅老师示范…"), video
credits (拍摄, 剪辑, 配音, 出镜), an enterprise expert quoted by name, honorifics (喇总, 杜工, 屈老) next
to the full name, English covers with names in English order ("Haitao GONG", "Mengzhen TSAI"),
校本教材 footers, 内部资料 notices with the school's street address and a fax, a company's 400
number, a school code (学校代码), a 抖音号, a 快手号, a 微博 account, a B站 channel with its UID, a
钉钉 group, a school website host, the division of work in prose, a 前言 signed by a 编写委员会, by
two names, by a 教研组 over a date in Chinese numerals. Names: rare surnames (郗, 员, 薄, 粘, 喇, 把,
火, 栾, 隋, 鄢, 阚, 漆, 邝, 盘, 粟), a compound surname (南宫), names that are words (谷雨辰, 叶知秋,
雷鸣远, 阳　光, 火　娟), names with a full-width space and the same name without it (栾　涛 / 栾涛,
鄢　平 / 鄢平).

Labelling rules (decided before measuring): those of identity_heldout_v5.py and v6, unchanged —
people tied to the making of the manuscript (authors, committee, reviewers, people thanked, the
publisher's staff, photographers, video crew, students filmed or photographed, contact persons),
labelled by the name exactly as written without title or post; the team's schools in every form and
the companies, associations, universities and institutes co-writing, employing a team member or
named as supporter; contacts of the unit or a team member. One label per occurrence, the shortest
span a reviewer must not see. Hard negatives (listed in a comment under each manuscript): people of
work tasks and case studies, customers, public and historical figures, authors of cited books,
national bodies, laws and standards, publishers as publishers, brands and models, places as places, a
bare place in a dated signature, a surname with a post and no given name, honours and contests,
example accounts of a lesson, common words.
Decisions v5's and v6's rules did not settle, taken before measuring:
- A street address of the school (内部资料 notice, M4, M7, M8) is a contact: the label is the street
  and number ("清姜路 71 号"), the city and district before it being places; a postcode (721006, M7)
  covers a district and is a hard negative.
- A school code (学校代码：120307, M4) is labelled: it names one school as a phone number does.
- A 400 number (M1, M9) is the co-writing company's contact and labelled; a fax number (M4, M8) is
  labelled like a phone.
- A 抖音号, 快手号 or 钉钉 group number is labelled like a WeChat id or QQ group; a B站 channel named
  after the school labels the school part ("天水汽校") and the UID; a 微博 account "@宝鸡机电技院模具工坊"
  labels the school part.
- Honorifics made of a surname and a post (喇总, 杜工, 屈老, 汪老师, 莫老师, 薄老师) stay hard negatives,
  as v5's "surname with a post" rule says, even when the full name of the same person is labelled
  nearby; the full name carries the label.
- Names in English order on an English cover ("Lihua HONG", "Haitao GONG") are labelled as written;
  the school's English name likewise.
- A Taiwanese partner's phone "02-2765-3318" is labelled with its area code (no country code is
  written); its traditional-character name is labelled as written, its simplified short form
  ("华裳服饰") separately.
- "天津市滨海物流技工学校" keeps "天津市": the municipality is the city in the name, and "滨海" alone
  names many places.
Known limits of ``measure`` for this set: it scores by string, so "栾涛"/"鄢平" (written without the
space) are distinct labels from "栾　涛"/"鄢　平"; "屯溪技校" (M5) and "昌江陶校" (M8) occur more than
once and a finding of either occurrence can be counted for the other.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V7 = [
    Manuscript(
        "城市轨道交通车辆检修",
        dict(names=["易建湘"], units=["湖南省株洲铁路技师学院"]),
        {
            "封面": "城市轨道交通车辆检修\n（工学一体化教材）\n\n株洲铁路技师学院　株洲湘江轨道装备股份有限公司　组编",
            "编写委员会": "编写委员会\n主任委员：易建湘\n副主任委员：晏志鹏（株洲湘江轨道装备股份有限公司）　聂红英\n"
                          "委　　员：邝立军　伍晓岚　邬　勇\n秘　　书：漆思远",
            "前言": "从詹天佑主持修建京张铁路，到“复兴号”以 350 km/h 运营，中国轨道交通装备走过了百年历程。本书由株洲铁技"
                    "城轨车辆教研室与湘江装备转向架事业部的工程师合作编写，以 B 型地铁车辆为载体，依据 GB/T 7928—2003"
                    "《地铁车辆通用技术条件》组织学习任务。\n\n编写委员会\n二〇二五年九月",
            "正文": "学习任务3　转向架一系悬挂检查\n【情境】长沙地铁某号线列车回库后，检修工长老邓发现 3 车 2 位转向架一系弹簧"
                    "有异常磨耗痕迹。学员须按作业指导书测量弹簧高度，检查 SKF 轴箱轴承温升记录，并填写车辆故障记录单。"
                    "中车株洲电力机车的高铁司机培训案例可作为拓展阅读。",
            "售后服务": "配套实训设备售后服务热线：400-873-6210（株洲湘江轨道装备股份有限公司）",
            "页脚": "Zhuzhou Railway Technician College · 城轨车辆检修专业校本教材",
        },
        # Hard negatives: 詹天佑, 京张铁路, 复兴号, GB/T 7928—2003, 长沙地铁某号线, 老邓, SKF,
        # 中车株洲电力机车 (a public company as a reading, not a partner), 二〇二五年九月, 编写委员会 (a signature word).
        ["株洲铁路技师学院", "株洲湘江轨道装备股份有限公司", "易建湘", "晏志鹏", "株洲湘江轨道装备股份有限公司", "聂红英",
         "邝立军", "伍晓岚", "邬　勇", "漆思远", "株洲铁技", "湘江装备", "400-873-6210", "株洲湘江轨道装备股份有限公司",
         "Zhuzhou Railway Technician College"],
    ),
    Manuscript(
        "电工技能实训工作手册",
        dict(names=["薄海峰"], units=["山西省大同市能源技工学校"]),
        {
            "封面": "电工技能实训工作手册\n（活页式教材）\n主编（薄海峰）　副主编（郗晓燕）\n主审（员志刚）\n\n"
                    "大同市能源技工学校电气工程系",
            "编写说明": "本手册由大同能源技校与云冈电气共同开发，按“学习情境—工作页”组织，每个工作页可单独取出使用。",
            "学习情境": "学习情境二　照明线路安装与检修\n工作页2-1　双控照明线路安装\n【任务书】\n"
                        "任务来源：大同市平城区某老旧小区楼道照明改造\n客　　户：物业经理武女士\n工　　期：2 学时\n"
                        "下达人：郗晓燕（签字）　　日期：2025年9月8日\n接收人：________（学生签字）",
            "正文": "作业前执行断电、验电、挂牌上锁（LOTO）。断路器选用正泰 DZ47-63 C16，验收按 GB 50303—2015《建筑电气工程"
                    "施工质量验收规范》。参观云冈石窟时注意到的古建筑防雷做法，可与本情境的接地要求对照。指导教师薄老师提醒："
                    "线管内导线不得有接头。",
            "企业导师": "企业导师：乔晋生（大同云冈智能电气有限公司　电气工程师）说：“接线前多看一眼图纸，比返工省一天。”",
            "学习交流": "课程钉钉群号：31508627（进群请备注班级和姓名）",
            "页脚": "大同能源技校　电工活页教材　第 2 版",
        },
        # Hard negatives: 大同市平城区某老旧小区, 武女士, 正泰 DZ47-63 C16, GB 50303—2015, 云冈石窟 (a place sharing the
        # company's word), 薄老师 (a surname with a post), LOTO, 学习情境, 工作页, 2025年9月8日.
        ["薄海峰", "郗晓燕", "员志刚", "大同市能源技工学校", "大同能源技校", "云冈电气", "郗晓燕", "乔晋生",
         "大同云冈智能电气有限公司", "31508627", "大同能源技校"],
    ),
    Manuscript(
        "服装制版",
        dict(names=["洪丽华"], units=["福建省石狮市纺织服装技工学校"]),
        {
            "英文封面": "Garment Pattern Making\nChief Editor: Lihua HONG\nAssociate Editors: Mengzhen TSAI, Jianbo SHI\n"
                        "Shishi Textile & Garment Technical School",
            "扉页": "服装制版\n主　编　洪丽华\n副主编　蔡孟蓁（台湾）　施建波\n参　编　粘雅琪\n\n"
                    "石狮纺织服装技工学校　臺北華裳服飾設計股份有限公司　合编",
            "前言": "石狮被誉为“中国休闲服装名城”。本书借鉴了台湾服装打版中立裁与平裁结合的做法，华裳服饰提供了真实的打版"
                    "样板，石狮市服装行业协会提供了会员企业的外贸订单。\n\n洪丽华　施建波\n2025年10月于石狮",
            "正文": "任务2　女西裤原型制版\n【情境】某外贸服装厂接到 5000 条女西裤订单，客户 ZARA 要求按欧码出样。版师小粘用"
                    "富怡服装 CAD V10 绘制原型，号型按 GB/T 1335.2—2008《服装号型　女子》选取 160/68A。",
            "参考文献": "参考文献\n[1] 刘瑞璞．服装纸样设计原理与应用：女装编［M］．北京：中国纺织出版社，2008．",
            "联系方式": "台湾联络：02-2765-3318　E-mail：mengzhen.tsai@huashang.com.tw",
        },
        # Hard negatives: 中国休闲服装名城 (an honour of the city), 台湾 (a place), 2025年10月于石狮, 某外贸服装厂, ZARA,
        # 小粘, 富怡服装 CAD V10, GB/T 1335.2—2008, 刘瑞璞 (a cited book's author), 中国纺织出版社.
        ["Lihua HONG", "Mengzhen TSAI", "Jianbo SHI", "Shishi Textile & Garment Technical School", "洪丽华", "蔡孟蓁",
         "施建波", "粘雅琪", "石狮纺织服装技工学校", "臺北華裳服飾設計股份有限公司", "华裳服饰", "石狮市服装行业协会",
         "洪丽华", "施建波", "02-2765-3318", "mengzhen.tsai@huashang.com.tw"],
    ),
    Manuscript(
        "仓储与配送实务",
        dict(names=["戚国栋"], units=["天津市滨海物流技工学校"]),
        {
            "封面": "仓储与配送实务\n\n天津市滨海物流技工学校　编\n学校代码：120307",
            "校企合作": "校企合作单位（排名不分先后）\n天津港顺达国际物流有限公司\n京津冀冷链物流产业联盟\n"
                        "天津东疆保税港区华运供应链管理有限公司",
            "编写人员": "姓名\t单位\t分工\n戚国栋\t天津市滨海物流技工学校\t主编，项目一、二\n"
                        "阚晓雯\t天津港顺达国际物流有限公司\t项目三\n谷雨辰\t同上\t项目四",
            "正文": "项目三　出库作业\n【任务】某电商平台客户张女士下单 3 件商品，拣货员须在 WMS 中按波次拣选。演示账号 demo01、"
                    "密码 123456 仅供课堂使用。术语依据 GB/T 18354—2021《物流术语》；京东物流的“211 限时达”和菜鸟驿站的末端"
                    "配送可作对比。中国物流与采购联合会发布的仓储指数用于课后拓展。",
            "内部资料": "内部资料　仅供教学使用\n滨海物流技校教务处印\n地址：天津市滨海新区塘沽新港二号路 36 号\n"
                        "电话：022-2576 3108　传真：022-2576 3109",
        },
        # Hard negatives: 张女士, demo01 / 123456 (lesson data), GB/T 18354—2021, 京东物流, 菜鸟驿站,
        # 中国物流与采购联合会 (a national body), 天津市滨海新区塘沽 (places before the street), 同上, 内部资料.
        ["天津市滨海物流技工学校", "120307", "天津港顺达国际物流有限公司", "京津冀冷链物流产业联盟",
         "天津东疆保税港区华运供应链管理有限公司", "戚国栋", "天津市滨海物流技工学校", "阚晓雯", "天津港顺达国际物流有限公司",
         "谷雨辰", "滨海物流技校", "新港二号路 36 号", "022-2576 3108", "022-2576 3109"],
    ),
    Manuscript(
        "茶艺与茶文化",
        dict(names=["程雪梅"], units=["安徽省黄山市屯溪技工学校"]),
        {
            "编写人员": "主　编　程雪梅\n副主编　汪　淼　胡旭东（祁门县祁红源茶业有限公司　一级评茶师）\n参　编　詹　琪",
            "二维码": "【扫码观看】程雪梅老师示范祁门红茶盖碗冲泡\n【扫码观看】汪老师示范黄山毛峰玻璃杯上投法",
            "视频制作": "视频制作：屯溪技校融媒体中心\n拍　摄：方宇航\n剪　辑：叶知秋\n配　音：吴晓蝶\n"
                        "出　镜：2024级茶艺班　储佳怡",
            "正文": "任务4　祁门红茶品鉴\n陆羽《茶经》有“茶之为饮，发乎神农氏”之说；1915 年巴拿马万国博览会上，祁门红茶获得金奖。"
                    "顾客赵女士点了一壶谢裕大黄山毛峰，茶艺师应按 GB/T 13738.2—2017《红茶　第2部分：工夫红茶》介绍汤色与香气。",
            "新媒体": "抖音号：txjx_chayi（屯溪技校茶艺）",
            "页脚": "黄山市屯溪技工学校　校本教材　2025",
        },
        # Hard negatives: 汪老师 (a surname with a post), 祁门红茶 / 黄山毛峰 (teas named after places), 陆羽, 《茶经》,
        # 神农氏, 巴拿马万国博览会, 赵女士, 谢裕大 (a brand), GB/T 13738.2—2017, 2024级茶艺班 (a class).
        ["程雪梅", "汪　淼", "胡旭东", "祁门县祁红源茶业有限公司", "詹　琪", "程雪梅", "屯溪技校", "方宇航", "叶知秋",
         "吴晓蝶", "储佳怡", "txjx_chayi", "屯溪技校", "黄山市屯溪技工学校"],
    ),
    Manuscript(
        "汽车营销实务",
        dict(names=["魏永祥"], units=["甘肃省天水市汽车技工学校"]),
        {
            "编委会": "编委会\n主　任　魏永祥\n副主任　喇红梅（甘肃陇上汇通汽车贸易集团有限公司　副总经理）\n"
                      "成　员　牛建军　把晓东　火　娟",
            "企业专家说": "【企业专家说】\n“客户进店的前三分钟决定了成交率。”\n——陇上汇通销售总监　喇红梅\n"
                          "（学员们都叫她“喇总”）",
            "正文": "任务3　新能源车型需求分析\n【情境】客户李先生一家想买一辆 SUV，预算 20 万元，正在比亚迪宋 PLUS 和理想 L6 之间"
                    "犹豫。销售顾问小王运用 FABE 法介绍车辆，并依据商务部《汽车销售管理办法》说明售后条款。伏羲庙和麦积山"
                    "石窟的自驾路线可作为试驾话题。",
            "致谢": "感谢集团技术部杜工（杜志远）审核了全书新能源车型参数。",
            "微课": "配套微课：B站搜索“天水汽校营销课堂”（UID 358209147）",
            "前言落款": "天水市汽车技工学校汽车营销教研组\n二〇二五年十一月\n意见请发送至 weiyongxiang@tsqcjx.cn",
        },
        # Hard negatives: 喇总 and 杜工 (a surname with a post), 李先生, 比亚迪宋 PLUS, 理想 L6, 小王, FABE 法, 商务部,
        # 《汽车销售管理办法》, 伏羲庙 / 麦积山石窟 (places), 二〇二五年十一月.
        ["魏永祥", "喇红梅", "甘肃陇上汇通汽车贸易集团有限公司", "牛建军", "把晓东", "火　娟", "陇上汇通", "喇红梅",
         "杜志远", "天水汽校", "358209147", "天水市汽车技工学校", "weiyongxiang@tsqcjx.cn"],
    ),
    Manuscript(
        "冲压模具设计与制造",
        dict(names=["党振华"], units=["陕西省宝鸡市机电技师学院"]),
        {
            "封面": "冲压模具设计与制造\n（一体化课程教材）\n宝鸡机电技院　陕西秦川精工模具有限公司　联合开发",
            "教学团队": "教学团队\n序号　姓名　　职称　　　　　承担内容\n1　　党振华　正高级讲师　　课程负责人\n"
                        "2　　寇　敏　高级讲师　　　项目一、二\n3　　雷鸣远　高级技师　　　项目三（陕西秦川精工模具有限公司）\n"
                        "4　　南宫晓　讲师　　　　　数字资源",
            "前言": "课程团队特聘秦川精工退休总工艺师屈宗汉先生为顾问。屈老从事模具制造四十余年，审阅了全部模具装配图。"
                    "“蛟龙号”钳工顾秋亮以双手“摸”出丝级精度的故事，是本课程思政的主线。",
            "正文": "任务2　U 形件弯曲模设计\n【情境】某汽车零部件厂委托加工支架，材料 DC01，厚 2 mm，选用 JH21-80 开式压力机。"
                    "学员用 UG NX 12.0 完成模具三维设计，标准件按 GB/T 2851—2008 选取。",
            "版权页": "宝鸡市机电技师学院模具教研室　编印\n内部资料　仅供教学使用\n地址：宝鸡市渭滨区清姜路 71 号　邮编：721006\n"
                      "电话：0917-3625 418　课程微博：@宝鸡机电技院模具工坊",
        },
        # Hard negatives: 屈老 (a surname with an honorific), 蛟龙号, 顾秋亮, 某汽车零部件厂, DC01, JH21-80, UG NX 12.0,
        # GB/T 2851—2008, 宝鸡市渭滨区 (places before the street), 721006 (a postcode), 内部资料.
        ["宝鸡机电技院", "陕西秦川精工模具有限公司", "党振华", "寇　敏", "雷鸣远", "陕西秦川精工模具有限公司", "南宫晓",
         "秦川精工", "屈宗汉", "宝鸡市机电技师学院", "清姜路 71 号", "0917-3625 418", "宝鸡机电技院"],
    ),
    Manuscript(
        "陶瓷手工成型——拉坯与利坯",
        dict(names=["邹岚清"], units=["江西省景德镇市昌江陶瓷技工学校"]),
        {
            "封面": "陶瓷手工成型\n——拉坯与利坯\n景德镇市昌江陶瓷技工学校　校本教材",
            "编写人员": "主　编：邹岚清\n副主编：饶雨桐\n参　编：鄢　平（景德镇市瓷都工匠陶艺有限公司　拉坯技师）\n"
                        "顾　问：胡家骏（景德镇陶瓷大学　教授）",
            "前言": "北宋景德年间，昌南镇因烧造御瓷而得名景德镇。明代宋应星《天工开物》记载“共计一坯之力，过手七十二，方克成器”。"
                    "本书初稿由江西省陶瓷工艺美术行业协会组织专家审读。",
            "图注": "图1-4　鄢平师傅示范“开孔”（摄影：祝晓帆）",
            "正文": "任务1　拉坯定中心\n【情境】客户订制 100 只青花玲珑杯，坯体须壁厚均匀。老余师傅要求学徒先练泥 30 分钟，"
                    "成品按 GB/T 3532—2022《日用瓷器》检验。",
            "内部资料": "内部资料　免费交流\n昌江陶校教务处印制\n地址：景德镇市昌江区瓷都大道 1288 号　传真：0798-8463 207",
            "页脚": "昌江陶校校本教材　第 1 版",
        },
        # Hard negatives: 景德年间, 昌南镇, 景德镇 (a place), 宋应星, 《天工开物》, 青花玲珑杯, 老余师傅, GB/T 3532—2022,
        # 景德镇市昌江区 (places before the street), 内部资料.
        ["景德镇市昌江陶瓷技工学校", "邹岚清", "饶雨桐", "鄢　平", "景德镇市瓷都工匠陶艺有限公司", "胡家骏", "景德镇陶瓷大学",
         "江西省陶瓷工艺美术行业协会", "鄢平", "祝晓帆", "昌江陶校", "瓷都大道 1288 号", "0798-8463 207", "昌江陶校"],
    ),
    Manuscript(
        "船体装配工艺",
        dict(names=["宫海涛"], units=["辽宁省大连渤海船舶技师学院"]),
        {
            "英文封面": "Hull Assembly Technology\nEditor-in-Chief: Haitao GONG\nDalian Bohai Shipbuilding Technician College",
            "扉页": "船体装配工艺\n主　编：宫海涛\n副主编：尚亚楠；栾　涛（大连星海重工船舶有限公司）\n"
                    "主　审：隋振东（大连海洋船舶设计研究所　研究员级高级工程师）\n\n大连渤海船舶技师学院　编",
            "前言": "宫海涛编写模块一、二，尚亚楠编写模块三，栾涛编写模块四；全书由宫海涛统稿。\n\n编　者\n2025年8月于大连",
            "正文": "模块二　分段装配\n【案例】某 8.2 万吨散货船双层底分段在胎架上装配，装配工小宫发现肋板与纵骨错位 4 mm。"
                    "装配精度按 CB/T 4000—2005《中国造船质量标准》和中国船级社规范检验。邓世昌与致远舰的故事、辽宁舰的建造历程"
                    "用于课程思政。",
            "资源": "教学资源平台：www.dlbhcb.edu.cn/kcjs\n技术支持热线：400-611-2738（星海重工）",
        },
        # Hard negatives: 2025年8月于大连, 某 8.2 万吨散货船, 小宫, CB/T 4000—2005, 中国船级社, 邓世昌, 致远舰, 辽宁舰,
        # 研究员级高级工程师 (a title), 编　者.
        ["Haitao GONG", "Dalian Bohai Shipbuilding Technician College", "宫海涛", "尚亚楠", "栾　涛",
         "大连星海重工船舶有限公司", "隋振东", "大连海洋船舶设计研究所", "大连渤海船舶技师学院", "宫海涛", "尚亚楠", "栾涛",
         "宫海涛", "www.dlbhcb.edu.cn", "400-611-2738", "星海重工"],
    ),
    Manuscript(
        "酒店客房服务",
        dict(names=["蒙丽娟"], units=["广西壮族自治区桂林市漓江旅游技工学校"]),
        {
            "封面": "酒店客房服务\n（工作手册式教材）\n桂林市漓江旅游技工学校　桂林象山国际大酒店有限公司　合编",
            "编写组": "编写组\n组　长：蒙丽娟（壮族）\n成　员：盘金凤（瑶族）、莫家宁、廖小芸\n企业顾问：象山国际大酒店客房部经理　阳　光",
            "工作页": "学习情境3　VIP 客房夜床服务\n工作页3-2　评价表\n评价项目\t配分\t得分\n开夜床规范\t40\t\n"
                      "物品补充\t30\t\n礼貌用语\t30\t\n企业指导教师签名：阳　光　　学校指导教师签名：莫家宁",
            "正文": "【情境】入住 1808 房的外宾 Mr. Smith 要求加一床羽绒被，客人刘阿姨则询问去阳朔看《印象·刘三姐》的交通。"
                    "服务员按 GB/T 14308—2010《旅游饭店星级的划分与评定》的要求应答；万豪、希尔顿的夜床服务标准可作对比。",
            "致谢": "桂林市饭店协会秘书长粟建民为本书联系了三家星级酒店的跟岗岗位，特此致谢。",
            "联系方式": "快手号：ljlyjx2025\n联系人：莫老师　0773-5806 342",
            "页脚": "漓江旅游技校　内部教材",
        },
        # Hard negatives: 壮族 / 瑶族, Mr. Smith, 刘阿姨, 阳朔, 《印象·刘三姐》, GB/T 14308—2010, 万豪, 希尔顿,
        # 莫老师 (a surname with a post), 1808 房, 三家星级酒店.
        ["桂林市漓江旅游技工学校", "桂林象山国际大酒店有限公司", "蒙丽娟", "盘金凤", "莫家宁", "廖小芸", "象山国际大酒店",
         "阳　光", "阳　光", "莫家宁", "桂林市饭店协会", "粟建民", "ljlyjx2025", "0773-5806 342", "漓江旅游技校"],
    ),
]
