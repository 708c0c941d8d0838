"""An eighth held-out labelled set for the identity matcher (R3), written by a helper who never read
the matcher's code nor its tests, never ran the matcher on this set, and labelled every occurrence
before anyone measured it. Its figures are meant to be taken once; it must not be tuned on. Its
people, units, companies and contacts appear in no earlier set.

Ten trades and regions no earlier set used: 眼镜验光与配镜 in 丹阳 (江苏), 油气开采 in 克拉玛依 (新疆,
维吾尔族 and 哈萨克族), 玉雕 in 镇平 (河南南阳), 海参育苗 in 威海 (山东) with a Korean joint venture,
芦笙制作 in 凯里 (贵州黔东南, 苗族 and 侗族), 乳制品检验 in 呼伦贝尔 (内蒙古, 蒙古族), 砖雕 in 临夏
(甘肃, 回族), SMT 电子装配 in 无锡 (江苏) with a Singaporean engineer, 民航维修 in 珠海 (广东) with a
Macau partner written in traditional characters, and 牡丹花卉园艺 in 洛阳 (河南). Written the way
units really print them: a 版权页 with the CIP data (the CIP line, ISBN, 数据核字号, truncated index
line, 责任编辑/封面设计, the publisher's address), a 出版说明 signed by the publisher, a series-level
编审委员会 sorted 按姓氏笔画, a 封底 school profile with its former name (原…), an extract of a 校企合作
协议 (甲方/乙方, 统一社会信用代码, both parties' representatives signing), a 企业专家说 and a 大师说
quote, 主编简介/副主编简介 with 毕业院校 (a university under its former and current names) and a former
employer, student-work credits with the class and the 指导教师, QR-code and 微课 credits (出品, 讲解,
演奏, 苗语字幕), a table as a PDF extracts it (one cell per line, "同上"), a 评价表 one cell per line
signed by the 指导教师, an email signature in Korean, English and Chinese and another in English,
document properties of a .docx (作者 as a pinyin user name, 上次修改者, 模板), keywords, headers with
page numbers, footers, a scanned page as OCR returns it (names spaced out and broken across lines, a
stray space inside a school's short form, full-width full stops), acknowledgements in prose, an
附录 with the training base's address and contacts, dates in Chinese numerals, 前言 signed by 编　者,
by a name, or over "于海拉尔". Short forms of schools and companies with and without a place (丹阳眼镜
技校, 石油技院, 准油技服, 镇平玉雕技校, 威海海洋技校, 韩成水产, 民族工艺技校, 草原食品技校, 古建技校,
梁溪电子技校, 新创微电子, 珠海航空技校, 濠江航空, 园艺技校, 天香种苗), former names (原丹阳市镜片厂职工技术学校,
原斗门区技工学校, 郑州轻工业学院（现…）). Names: Uyghur and Kazakh with "·" (one broken after the dot),
Mongolian (格日乐图雅, 孟和朝鲁, 那日苏, 萨茹拉), Hui (马 俊 峰, 锁 永\\n福, 海明珠, 沙　钰), Korean in
Hangul, Latin and Chinese (김민준 Kim Min-jun 金敏俊) and a 朝鲜族 teacher, Miao and Dong, a Singaporean
"Kevin Lim 林凯文", a Macau engineer with his Cantonese-Portuguese romanisation (Leong Ka Hou), a
compound surname (闻人), surnames that are words (过, 华, 锁, 海), names that are words
(白　露, 常　青, 海明珠, 苏启航).

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: historical and
public figures (本杰明·富兰克林, 陆铭宝, 卞和, 丁汝昌, 蚩尤, 仰阿莎, 李诫, 戈登·摩尔, 荣德生 — who shares
a team member's surname —, 冯如, 武则天, 欧阳修), case-study customers and herders with full names
(沈美琴女士, 马文彬, 巴图), surnames with a post (小俞, 老麦, 小于, 凡老师, 小华, 小黎), brands and models
(依视路, 蔡司, 明月镜片, 獐子岛, 好当家, 伊利, 飞鹤, Intel, 华为, 空客 A320, C919, 运-12), peony varieties
named after families (姚黄, 魏紫, 赵粉), a solar term that is also a teacher's name (白露), a craft named
after the former place name that is also in the school's short form (河州砖雕), an inscription in
traditional characters, national bodies, laws and standards, the publisher and its address, a
national textbook series, places, honours, contests, artefacts and festivals.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6 and v7, unchanged —
people tied to the making of the manuscript (authors, committee, reviewers, people thanked, the
publisher's staff, photographers, video crew, students filmed, photographed or credited, contact
persons), labelled by the name exactly as written without title or post; the team's schools in every
form and the companies, associations, universities and institutes co-writing, employing a team member
(or having employed one, or having graduated one, per v6) or named as supporter; contacts of the unit
or a team member. One label per occurrence, the shortest span a reviewer must not see. Hard negatives
as v5-v7 list them. v7's decisions stand (street and number of an address labelled, a postcode not; a
school code, a 400 number, a fax labelled; surname-with-post honorifics stay negatives; English names
labelled as written).
Decisions v5-v7 did not settle, taken before any measurement:
- A 版权页 of a published book: the ISBN ("978-7-5167-6283-1") and the CIP 数据核字号 ("081736", the
  number without the year around it) are labelled as contacts are: either finds the book, and so its
  authors, in any library catalogue, as a school code finds the school. The publisher's name, address
  and postcode stay negatives (publisher as publisher); the CIP line's names are labelled as
  written ("殷晓", without the space the committee list puts in "殷　晓"); the truncated index line
  ("Ⅱ.①贺…②殷…") stays a negative, as in v6.
- A series-level 编审委员会 ("全国技工院校…专业教材编审委员会（按姓氏笔画排序）", M1) is labelled like v7's
  编写委员会, members and their employers; the series name, "按姓氏笔画排序" and a 出版说明 signed by the
  publisher (naming only national bodies and "各地…厅（局）") carry no label.
- A 校企合作协议 (M2): both parties are labelled, so are both representatives who sign it (the
  company's is not a team member but names the company); the company's 统一社会信用代码 is labelled
  like v7's school code; "甲方"/"乙方" and the agreement's date are negatives.
- Document properties of a .docx (M6): an 作者 that is a pinyin user name ("geriletuya") is labelled
  like a WeChat id, a 上次修改者 who is a team member by the name; the template, program name and a
  "第 12 页 共 86 页" header are negatives. A keyword that is the school's short form is labelled.
- A university under its former name with the current one in brackets ("郑州轻工业学院…（现郑州轻工业
  大学）", M3) gives two labels, one per name.
- A name written in Hangul, in Latin and in Chinese side by side ("김민준 Kim Min-jun | 金敏俊", M4)
  gives three labels; a Macau romanisation in brackets ("Leong Ka Hou", M9) one more next to "梁嘉豪".
  A company's English name in an email signature is labelled as written ("… Co., Ltd." included).
- A phone with "+86" labels the number without the country code ("631-7586 203", "138 6318 2047",
  "510 8521 6390", "139 2117 4065"), as v6 labelled Hong Kong's "(852)" numbers; Macau's "(853)" so too.
- OCR output (M7) is labelled as written: "马 俊 峰", "锁 永\\n福" (the line break included), and a
  school's short form with a stray space "河 州古建技校"; the same person written without spaces
  elsewhere ("锁永福") is another label. A PDF line break after the middle dot
  ("古丽米拉·\\n买合木提", M2) likewise.
- A prefecture's public body named as supporter ("黔东南州非物质文化遗产保护中心", M5) is labelled as v5
  labels supporting associations: it places the team as a local association does. National bodies
  (人力资源社会保障部, 中国民用航空局, 国家市场监督管理总局) stay negatives.
- A student credited as the author of a work shown in the book ("学生作品…（作者：…闪佳琪）", M3, M10) is
  labelled, as v6 labelled a student model; the class ("2022 级玉雕 1 班") and the work's title are not.
- A school's former name written with only its district ("原斗门区技工学校", M9) labels "斗门区技工学校".
- A training base's street and number in an 附录 (M9) is the school's address and labelled as v7's.
- The employer of a team member is labelled at the company, not at its team or department
  ("准油技服采油二队" labels "准油技服"; "养殖技术部", "SMT Line 3", "机务部" are not labelled).
- A craft, dish or product named after a place that is also in the school's name stays a negative
  ("河州砖雕" beside "河 州古建技校", M7; "独山玉", M3); peony varieties named after families (姚黄, 魏紫,
  赵粉, M10) stay negatives like v4's dishes named after people.
- A team member's name written without the full-width space in one caption ("常青老师", M10) is
  labelled "常青"; that word does not occur otherwise in M10. The solar term "白露" (M10) is a
  negative next to the teacher "白　露".
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is
also a substring of a longer labelled name can be counted found when only the longer one was found:
"明眸光学" (M1) in "丹阳市明眸光学眼镜有限公司", "韩成水产" (M4) in "威海韩成水产有限公司", "民族工艺技校"
(M5) in "黔东南州民族工艺技校", "草原食品技校" (M6) in "呼伦贝尔草原食品技校", "古建技校" (M7) in
"河 州古建技校", "新创微电子" (M8) in "无锡新创微电子科技有限公司", "濠江航空" (M9) in
"澳門濠江航空工程服務有限公司" (the four characters are the same in both scripts), "园艺技校" (M10) in
"洛阳园艺技校"; and a label occurring more than once in its manuscript (贺兰芝, 仝海波, 海明珠, 白　露, …)
can be counted found at one occurrence from a finding at another.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V8 = [
    Manuscript(
        "眼镜验光与配镜（第二版）",
        dict(names=["贺兰芝"], units=["江苏省丹阳市光学眼镜技工学校"], phones=["0511-86573120"]),
        {
            "版权页": "图书在版编目（CIP）数据\n眼镜验光与配镜 / 贺兰芝，殷晓主编. —2版. —北京：中国劳动社会保障出版社，2025\n"
                      "全国技工院校眼视光专业教材\nISBN 978-7-5167-6283-1\n"
                      "Ⅰ.①眼…　Ⅱ.①贺…②殷…　Ⅲ.①眼镜检法－技工学校－教材　Ⅳ.①R778.3\n"
                      "中国版本图书馆 CIP 数据核字（2025）第 081736 号\n\n责任编辑：葛思琪　　封面设计：甄　妮\n"
                      "中国劳动社会保障出版社出版发行（北京市惠新东街 1 号　邮政编码：100029）",
            "出版说明": "出版说明\n为贯彻《国家职业教育改革实施方案》，我社组织全国技工院校眼视光专业的骨干教师修订了本套教材。教材依据"
                        "人力资源社会保障部颁布的《技工院校眼视光技术专业人才培养方案》，对接国家职业技能标准《眼镜验光员》和"
                        "《眼镜定配工》，作者由各地人力资源社会保障厅（局）及有关学校推荐。\n\n中国劳动社会保障出版社\n2025 年 3 月",
            "编审委员会": "全国技工院校眼视光专业教材编审委员会\n（按姓氏笔画排序）\n主　任　卞国荣\n"
                          "副主任　邢　蕾（上海眼视光职业技能培训中心）　贺兰芝\n"
                          "委　员　冯　韬（丹阳市明眸光学眼镜有限公司）　苗　青（温州市瓯海眼镜技工学校）\n"
                          "　　　　闻人静姝　殷　晓",
            "前言": "眼镜的历史可追溯到 13 世纪的意大利，本杰明·富兰克林后来发明了双光眼镜。本版由丹阳眼镜技校与明眸光学共同修订，"
                    "新增“渐进多焦点镜片验配”和“青少年近视防控”两个项目。丹阳被誉为“中国眼镜之乡”，书中的加工案例均取自本地"
                    "门店的真实订单。\n\n编　者\n2025 年 4 月于丹阳",
            "正文": "项目五　渐进多焦点镜片验配\n【案例】顾客沈美琴女士，52 岁，教师，主诉看手机需摘镜。验光师小俞复核处方后推荐"
                    "依视路万里路（Varilux）渐进片，并按 GB 10810.1—2005《眼镜镜片　第 1 部分：单光和多焦点镜片》检测加光度。"
                    "蔡司与明月镜片的设计差异见拓展阅读。",
            "封底": "江苏省丹阳市光学眼镜技工学校（原丹阳市镜片厂职工技术学校）创办于 1986 年，是全国眼镜行业技能人才培养基地。\n"
                    "地址：丹阳市开发区齐梁路 158 号　招生咨询：0511-86573120",
        },
        # Hard negatives: 丹阳 (a place), 中国劳动社会保障出版社 with its address and postcode 100029 (the publisher), 全国技工院校
        # 眼视光专业教材 (a national series), Ⅱ.①贺…②殷… (truncated index), R778.3, 人力资源社会保障部, 《眼镜验光员》,
        # 各地人力资源社会保障厅（局）, 按姓氏笔画排序, 本杰明·富兰克林, 中国眼镜之乡 and 全国眼镜行业技能人才培养基地
        # (honours), 2025 年 4 月于丹阳, 沈美琴女士 (a customer of the case), 小俞 (a surname with a post), 依视路万里路
        # (Varilux), 蔡司, 明月镜片 (brands), GB 10810.1—2005, 丹阳市开发区 (places before the street).
        ["贺兰芝", "殷晓", "978-7-5167-6283-1", "081736", "葛思琪", "甄　妮", "卞国荣", "邢　蕾", "上海眼视光职业技能培训中心",
         "贺兰芝", "冯　韬", "丹阳市明眸光学眼镜有限公司", "苗　青", "温州市瓯海眼镜技工学校", "闻人静姝", "殷　晓",
         "丹阳眼镜技校", "明眸光学", "丹阳市光学眼镜技工学校", "丹阳市镜片厂职工技术学校", "齐梁路 158 号", "0511-86573120"],
    ),
    Manuscript(
        "油气开采技术——抽油机井管理（活页式教材）",
        dict(names=["闫立疆"], units=["新疆维吾尔自治区克拉玛依市石油工程技师学院"], emails=["caiyou@klmysyjs.edu.cn"]),
        {
            "编写人员": "主　编：闫立疆\n副主编：古丽米拉·\n买合木提　叶尔波拉提·沙肯\n"
                        "参　编：蒲永红　麦麦提敏·艾山（准油技服采油二队　高级技师）",
            "校企合作协议": "校企合作协议（摘录）\n甲方：克拉玛依市石油工程技师学院\n乙方：新疆准噶尔油田技术服务有限责任公司\n"
                            "统一社会信用代码：91650200MA78K3QX2N\n"
                            "第三条　双方共同开发《油气开采技术》活页式教材，乙方委派高级技师参与编写，并提供抽油机井实训场地。\n"
                            "甲方代表（签字）：闫立疆　　乙方代表（签字）：依明江·卡德尔\n2024 年 9 月 2 日",
            "企业专家说": "【企业专家说】\n“油井不会说话，功图会说话。”\n——麦麦提敏·艾山（徒弟们都叫他“老麦”），从事采油 28 年",
            "正文": "学习任务 3　示功图分析\n【情境】1955 年 10 月 29 日，陆铭宝钻井队在黑油山下打出克拉玛依一号井，新中国第一个大油田"
                    "由此诞生。今天，某采油队 T8-126 井的示功图呈“刀把形”，学员须判断是否为气体影响。作业遵守 GB 50183—2004"
                    "《石油天然气工程设计防火规范》，巡检作风向大庆油田的“三老四严”看齐。",
            "页脚": "石油技院 · 采油教研室　活页教材　2024 版",
            "学习交流": "课程 QQ 群：５８２７３０１９４（请备注“采油”）\n教研室邮箱：caiyou@klmysyjs.edu.cn",
        },
        # Hard negatives: 甲方 / 乙方, 2024 年 9 月 2 日, 老麦 (a nickname), 1955 年 10 月 29 日, 陆铭宝钻井队 (historical),
        # 黑油山, 克拉玛依一号井 (a place sharing the school's city), 某采油队 T8-126 井, GB 50183—2004, 大庆油田, 三老四严.
        ["闫立疆", "古丽米拉·\n买合木提", "叶尔波拉提·沙肯", "蒲永红", "麦麦提敏·艾山", "准油技服", "克拉玛依市石油工程技师学院",
         "新疆准噶尔油田技术服务有限责任公司", "91650200MA78K3QX2N", "闫立疆", "依明江·卡德尔", "麦麦提敏·艾山",
         "石油技院", "５８２７３０１９４", "caiyou@klmysyjs.edu.cn"],
    ),
    Manuscript(
        "玉雕技艺——俏色巧雕",
        dict(names=["庞玉洁"], units=["河南省南阳市镇平县玉雕工艺技工学校"]),
        {
            "封面": "玉雕技艺\n——俏色巧雕\n\n镇平县玉雕工艺技工学校　编\n（校本教材）",
            "主编简介": "主编简介\n庞玉洁，女，1979 年生，2001 年毕业于郑州轻工业学院艺术设计学院（现郑州轻工业大学），高级讲师，河南省"
                        "玉雕大师。现任镇平县玉雕工艺技工学校玉雕专业部主任，作品《山居图》获第十届“天工奖”银奖。",
            "副主编简介": "副主编简介\n仝海波，1985 年生，曾任南阳宛玉坊玉器有限公司设计总监，2016 年入职本校，擅长独山玉俏色巧雕。",
            "大师说": "【大师说】\n“料有千变，雕随料走。”\n——焦德坤（镇平县御雕阁玉器有限公司首席雕刻师，本书技术顾问）",
            "二维码": "［二维码］扫码观看仝海波老师“俏色巧雕”微课（8 分 20 秒）",
            "正文": "任务 2　俏色设计\n春秋时楚人卞和献璞，琢成和氏璧；元代的渎山大玉海亦以独山玉雕成。本任务的原料是一块带黄皮的独山玉籽料，"
                    "客户王先生订制摆件《连年有余》，材质按 GB/T 16552—2017《珠宝玉石　名称》标注。石佛寺玉雕市场的行情可作参考。",
            "学生作品": "图 2-9　学生作品《连年有余》（作者：2022 级玉雕 1 班　闪佳琪；指导教师：仝海波）",
            "页脚": "镇平玉雕技校　玉雕专业部　咨询：0377-65921 036（凡老师）",
        },
        # Hard negatives: 河南省玉雕大师 (an honour), 《山居图》 and 《连年有余》 (works' titles), 第十届“天工奖”银奖 (a contest),
        # 本校, 独山玉 (a stone named after a place), 卞和, 和氏璧, 渎山大玉海, 王先生, GB/T 16552—2017, 石佛寺玉雕市场,
        # 2022 级玉雕 1 班, 凡老师 (a surname with a post).
        ["镇平县玉雕工艺技工学校", "庞玉洁", "郑州轻工业学院", "郑州轻工业大学", "镇平县玉雕工艺技工学校", "仝海波",
         "南阳宛玉坊玉器有限公司", "焦德坤", "镇平县御雕阁玉器有限公司", "仝海波", "闪佳琪", "仝海波", "镇平玉雕技校",
         "0377-65921 036"],
    ),
    Manuscript(
        "海参苗种繁育与养殖",
        dict(names=["曲红霞"], units=["山东省威海市海洋渔业技工学校"]),
        {
            "扉页": "海参苗种繁育与养殖\n\n威海市海洋渔业技工学校　威海韩成水产有限公司　合编",
            "编写分工": "表 0-1　编写分工\n姓名\n工作单位\n编写内容\n曲红霞\n威海市海洋渔业技工学校\n项目一、项目二\n"
                        "玄春花（朝鲜族）\n同上\n项目三\n金敏俊\n威海韩成水产有限公司\n项目四、项目五",
            "前言": "威海三面环海，刘公岛上的北洋水师提督署见证了丁汝昌与甲午海战的历史。本书由威海海洋技校与中韩合资的韩成水产"
                    "共同编写，育苗工艺参照了韩国刺参工厂化育苗的做法。\n\n曲红霞\n2025 年 1 月",
            "正文": "项目四　刺参工厂化育苗\n【任务】育苗场技术员小于须在亲参催产后 6 小时内完成受精卵计数。亲参和苗种按 SC/T 2003—2012"
                    "《刺参　亲参和苗种》验收；獐子岛、好当家等企业的“海洋牧场”模式可作对比阅读。",
            "邮件签名": "（附：韩方编者来信签名）\n김민준 Kim Min-jun | 金敏俊\n양식기술부 부장 / 养殖技术部 部长\n"
                        "Weihai Hancheng Aquatic Products Co., Ltd.\nTel: +86-631-7586 203 | Mobile: +86 138 6318 2047\n"
                        "E-mail: mj.kim@hancheng-aqua.com",
        },
        # Hard negatives: 同上, 朝鲜族, 威海 (a place), 刘公岛, 北洋水师提督署, 丁汝昌, 甲午海战, 中韩合资, 韩国, 2025 年 1 月, 小于 (a surname
        # with a post), SC/T 2003—2012, 獐子岛 / 好当家 (companies as reading), 养殖技术部 / 양식기술부 부장 (a department
        # and a post), +86.
        ["威海市海洋渔业技工学校", "威海韩成水产有限公司", "曲红霞", "威海市海洋渔业技工学校", "玄春花", "金敏俊",
         "威海韩成水产有限公司", "威海海洋技校", "韩成水产", "曲红霞", "김민준", "Kim Min-jun", "金敏俊",
         "Weihai Hancheng Aquatic Products Co., Ltd.", "631-7586 203", "138 6318 2047", "mj.kim@hancheng-aqua.com"],
    ),
    Manuscript(
        "苗族芦笙制作技艺",
        dict(names=["潘秀英"], units=["贵州省黔东南苗族侗族自治州民族工艺技工学校"]),
        {
            "封面": "苗族芦笙制作技艺\n（非遗传承校本教材）\n\n黔东南苗族侗族自治州民族工艺技工学校　编",
            "编写人员": "主　编：潘秀英（苗族）\n副主编：吴胜蓉（侗族）\n"
                        "编　者：杨昌吉（苗族，雷山县芦笙坊民族乐器专业合作社　芦笙制作师）　顾　波",
            "致谢": "本书编写过程中，雷山县芦笙坊民族乐器专业合作社的杨昌吉师傅带着我们上山选竹、削簧、试音，一做就是两个冬天；"
                    "凯里学院音乐与舞蹈学院的龙　婕教授审读了音律部分；黔东南州非物质文化遗产保护中心提供了 20 世纪 80 年代的"
                    "芦笙测音资料。谨此一并致谢。",
            "正文": "任务 1　认识芦笙\n相传苗族先民在迁徙途中以芦笙传递信号，苗族古歌里仰阿莎与先祖蚩尤的故事常在芦笙节上吟唱。雷公山下、"
                    "西江千户苗寨的芦笙场是本任务的参观点。六管芦笙按 A 调校音（a¹ = 440 Hz）。",
            "微课": "配套微课\n出品：民族工艺技校融媒体工作室\n讲解：潘秀英\n演奏：2023 级民族乐器班　石秋月\n苗语字幕：吴胜蓉",
            "页脚": "黔东南州民族工艺技校　校本教材　2025 年 6 月",
        },
        # Hard negatives: 苗族 / 侗族, 苗族古歌, 仰阿莎, 蚩尤, 芦笙节, 雷公山, 西江千户苗寨 (places), a¹ = 440 Hz,
        # 2023 级民族乐器班, 2025 年 6 月, 非遗传承 (a word of the cover).
        ["黔东南苗族侗族自治州民族工艺技工学校", "潘秀英", "吴胜蓉", "杨昌吉", "雷山县芦笙坊民族乐器专业合作社", "顾　波",
         "雷山县芦笙坊民族乐器专业合作社", "杨昌吉", "凯里学院", "龙　婕", "黔东南州非物质文化遗产保护中心", "民族工艺技校",
         "潘秀英", "石秋月", "吴胜蓉", "黔东南州民族工艺技校"],
    ),
    Manuscript(
        "乳制品检验工作页",
        dict(names=["格日乐图雅"], units=["内蒙古自治区呼伦贝尔市草原食品技工学校"]),
        {
            "文档属性": "标题：乳制品检验工作页\n主题：食品检验专业一体化课程\n作者：geriletuya\n单位：呼伦贝尔草原食品技校\n"
                        "关键词：生乳;菌落总数;GB 19301;草原食品技校;工作页\n上次修改者：褚立新\n模板：Normal.dotm\n"
                        "程序名称：Microsoft Office Word",
            "页眉": "乳制品检验工作页 · 呼伦贝尔草原食品技校　　　　第 12 页 共 86 页",
            "编写人员": "主　编　格日乐图雅（蒙古族）\n副主编　孟和朝鲁（蒙古族）　褚立新\n"
                        "参　编　那日苏　萨茹拉（海拉尔雪原乳业有限责任公司质检部）",
            "正文": "学习任务 2　生乳菌落总数测定\n【情境】牧民巴图家交售的生乳在收奶站检出酸度偏高，乳品厂化验员须按 GB 4789.2—2022"
                    "《食品安全国家标准　食品微生物学检验　菌落总数测定》复检，判定依据 GB 19301—2010《食品安全国家标准　生乳》。"
                    "2008 年的三鹿奶粉事件说明了原料乳检验的意义；伊利、飞鹤的奶源基地建设可作拓展阅读。",
            "微课": "本工作页配套微课 24 个，由格日乐图雅、那日苏主讲，学校融媒体工作室制作，技术支持：孟和朝鲁。扫描各任务首页"
                    "二维码即可观看。",
            "前言落款": "编　者\n2025 年 5 月于海拉尔",
            "页脚": "草原食品技校　食品检验教研室　联系电话：0470-8236 514",
        },
        # Hard negatives: Normal.dotm, Microsoft Office Word, 第 12 页 共 86 页, GB 19301 (a keyword), 蒙古族, 巴图 (a herder
        # of the task), 收奶站, GB 4789.2—2022, GB 19301—2010, 三鹿奶粉事件, 伊利, 飞鹤, 学校融媒体工作室 (unnamed),
        # 2025 年 5 月于海拉尔.
        ["geriletuya", "呼伦贝尔草原食品技校", "草原食品技校", "褚立新", "呼伦贝尔草原食品技校", "格日乐图雅", "孟和朝鲁",
         "褚立新", "那日苏", "萨茹拉", "海拉尔雪原乳业有限责任公司", "格日乐图雅", "那日苏", "孟和朝鲁", "草原食品技校",
         "0470-8236 514"],
    ),
    Manuscript(
        "临夏砖雕技艺（扫描稿）",
        dict(names=["马俊峰"], units=["甘肃省临夏回族自治州河州古建工艺技工学校"]),
        {
            "扫描第1页": "临 夏 砖 雕 技 艺\n\n临夏州河州古建工艺技工学校　编\n\n主 编 ：马 俊 峰\n副 主 编 ：韩 玉 兰 、锁 永\n福\n"
                         "插 图 ：海明珠　沙　钰",
            "扫描第2页": "前　言\n临夏砖雕，古称“河州砖雕”，与北京、苏州砖雕齐名．明清以来，八坊十三巷的回族民居和东公馆的照壁、廊心墙上，"
                         "处处可见“一颗印”“博古架”等题材．本书依据北宋李诫《营造法式》的“砖作制度”，结合河 州古建技校近十年的"
                         "教学实践编写；临夏市八坊古建园林工程有限公司的锁永福高级技师承担了项目三的全部示范．\n\n编　者\n二〇二五年三月",
            "图注": "图 1-3　东公馆砖雕照壁局部（拍摄：海明珠）\n图 1-4　“積善之家必有餘慶”砖雕匾额拓片（清代，私人收藏）",
            "正文": "项目二　刻活\n【任务】客户马文彬定制一方“松鹤延年”照壁心，尺寸 120 cm × 90 cm。刻活前须将青砖浸水两小时，先“打坯”后"
                    "“出细”，工具有刻刀、铲刀和木锤。",
            "意见反馈": "教材意见反馈\n联系人：海明珠　电话：0930-6213 587\n微信：hmz_zhuandiao\n古建技校教务处　印",
        },
        # Hard negatives: 临夏砖雕 (the craft, the title), 河州砖雕 (a craft named after the former place name), 北京 / 苏州,
        # 八坊十三巷 and 东公馆 (places), 回族, 一颗印, 博古架, 李诫, 《营造法式》, 積善之家必有餘慶 (an inscription in
        # traditional characters), 清代, 马文彬 (a customer of the task, sharing the chief editor's surname), 松鹤延年,
        # 二〇二五年三月, 编　者.
        ["临夏州河州古建工艺技工学校", "马 俊 峰", "韩 玉 兰", "锁 永\n福", "海明珠", "沙　钰", "河 州古建技校",
         "临夏市八坊古建园林工程有限公司", "锁永福", "海明珠", "海明珠", "0930-6213 587", "hmz_zhuandiao", "古建技校"],
    ),
    Manuscript(
        "SMT 表面贴装技术",
        dict(names=["过晓峰"], units=["江苏省无锡市梁溪电子技工学校"], emails=["guoxf@lxdzjx.cn"]),
        {
            "编写人员": "主　编：过晓峰\n副主编：华一鸣\n参　编：荣佳慧　Kevin Lim（林凯文，新加坡籍，无锡新创微电子科技有限公司）",
            "校企合作": "本书是无锡市梁溪电子技工学校与无锡新创微电子科技有限公司“订单班”合作的成果。按照双方 2023 年签订的《校企合作"
                        "框架协议》，新创微电子开放 SMT 3 号线作为跟岗岗位，并派工程师参与编写。",
            "前言": "1965 年，戈登·摩尔预言集成电路上的晶体管数量将每年翻一番；无锡的民族工业则可追溯到荣宗敬、荣德生兄弟创办的"
                    "茂新面粉厂。本书依据 IPC-A-610H《电子组件的可接受性》编写。\n\n编　者\n二〇二五年七月于无锡",
            "正文": "项目三　回流焊温度曲线设定\n【任务】某客户的路由器主板出现立碑缺陷，工艺员小华须调整 8 温区回流炉的温度曲线。锡膏"
                    "选用 Sn96.5Ag3.0Cu0.5，可参考 Intel 与华为公开的可制造性设计指南。",
            "邮件签名": "—— 以下为企业编者来信（节选）——\nBest regards,\nKevin Lim 林凯文\nSenior Process Engineer, SMT Line 3\n"
                        "Wuxi Xinchuang Microelectronics Co., Ltd.\nT: +86 510 8521 6390 | M: +86 139 2117 4065\n"
                        "kevin.lim@xcmicro-wx.com",
            "关键词": "关键词：SMT；回流焊；IPC-A-610；梁溪电子技校；校本教材",
            "页脚": "梁溪电子技校　电子技术应用专业　主编邮箱：guoxf@lxdzjx.cn",
        },
        # Hard negatives: 新加坡籍, 订单班, 无锡 (a place), 《校企合作框架协议》, SMT 3 号线 / SMT Line 3, 戈登·摩尔, 荣宗敬 / 荣德生 (historical,
        # sharing a team member's surname), 茂新面粉厂, IPC-A-610H, 某客户, 小华 (a surname with a post), Sn96.5Ag3.0Cu0.5,
        # Intel, 华为, 二〇二五年七月于无锡, Senior Process Engineer.
        ["过晓峰", "华一鸣", "荣佳慧", "Kevin Lim", "林凯文", "无锡新创微电子科技有限公司", "无锡市梁溪电子技工学校",
         "无锡新创微电子科技有限公司", "新创微电子", "Kevin Lim", "林凯文", "Wuxi Xinchuang Microelectronics Co., Ltd.",
         "510 8521 6390", "139 2117 4065", "kevin.lim@xcmicro-wx.com", "梁溪电子技校", "梁溪电子技校", "guoxf@lxdzjx.cn"],
    ),
    Manuscript(
        "民用航空器维修基础",
        dict(names=["苏启航"], units=["广东省珠海市航空工程技工学校"], phones=["0756-7635 218"]),
        {
            "封面": "民用航空器维修基础\n（ME-TA 执照基础培训教材）\n\n珠海市航空工程技工学校　澳門濠江航空工程服務有限公司　联合编写",
            "编写人员": "主　编　苏启航\n副主编　梁嘉豪（Leong Ka Hou，澳門濠江航空工程服務有限公司　B1 执照工程师）\n参　编　温　恺",
            "前言": "1909 年，旅美华侨冯如驾驶自制飞机试飞成功，被誉为“中国航空之父”；珠海自 1996 年起举办中国国际航空航天博览会。"
                    "本书依据 CCAR-66 部《民用航空器维修人员执照管理规则》和中国民用航空局发布的基础考试大纲编写，全书沿用 ATA 100"
                    "章节编号。珠海航空技校（原斗门区技工学校）与濠江航空合作办学已近十年。\n\n编　者\n二〇二五年十月",
            "致谢": "感谢珠海翔鹭通用航空有限公司机务部经理骆振宇先生提供了运-12 和塞斯纳 172 的维修工卡。",
            "正文": "模块 5　紧固件与保险\n【案例】某航空公司一架空客 A320 航前检查时发现发动机整流罩锁扣的保险丝缺失，机械员小黎按 AMM"
                    "手册完成更换并填写工卡。C919 的复合材料应用见拓展阅读。",
            "附录": "附录 C　实训基地及联系方式\n珠海航空技校金湾实训基地\n地址：珠海市金湾区机场北路 2 号\n联系人：温　恺　0756-7635 218\n"
                    "澳门联络：(853) 2871 5362　kh.leong@houkongaero.com.mo",
        },
        # Hard negatives: 珠海 (a place), B1 执照工程师 (a licence), 冯如, 中国航空之父 (an honour), 中国国际航空航天博览会, CCAR-66 部,
        # 中国民用航空局, ATA 100, 二〇二五年十月, 运-12, 塞斯纳 172, 某航空公司, 空客 A320, 小黎 (a surname with a post),
        # AMM, C919, 珠海市金湾区 (places before the street), 机务部 (a department), (853).
        ["珠海市航空工程技工学校", "澳門濠江航空工程服務有限公司", "苏启航", "梁嘉豪", "Leong Ka Hou",
         "澳門濠江航空工程服務有限公司", "温　恺", "珠海航空技校", "斗门区技工学校", "濠江航空", "珠海翔鹭通用航空有限公司",
         "骆振宇", "珠海航空技校", "机场北路 2 号", "温　恺", "0756-7635 218", "2871 5362", "kh.leong@houkongaero.com.mo"],
    ),
    Manuscript(
        "牡丹栽培与花卉园艺",
        dict(names=["邵丹青"], units=["河南省洛阳市牡丹园艺技工学校"]),
        {
            "封面": "牡丹栽培与花卉园艺\n（一体化课程工作页）\n\n洛阳市牡丹园艺技工学校　洛阳天香牡丹种苗有限公司　合编",
            "编写人员": "主　编：邵丹青\n副主编：白　露\n参　编：常　青　贾文博（天香种苗　农艺师）",
            "作者简介": "邵丹青，1976 年生，1998 年毕业于河南农业大学园艺系，高级讲师，洛阳市技术能手，主持省级课题“牡丹催花技术的"
                        "教学转化”。\n白　露，1990 年生，硕士，毕业于西北农林科技大学，2015 年起任教于洛阳园艺技校，负责牡丹切花实训基地。",
            "工作页": "学习任务 3　牡丹反季节催花\n引导问题：白露前后为何要对盆栽牡丹进行低温处理？\n评价表\n评价项目\n配分\n得分\n"
                      "品种识别（姚黄、魏紫、赵粉、洛阳红）\n20\n\n催花温度控制\n40\n\n花期调控记录\n40\n\n指导教师签名：白　露",
            "二维码": "▲扫码观看：常青老师讲解“牡丹嫁接——嵌接法”（拍摄：园艺技校融媒体中心）",
            "学生作品": "图 3-6　学生作品：盆栽牡丹《国色天香》（作者：2023 级园林 2 班　岳欣然）",
            "正文": "相传武则天贬牡丹于洛阳；北宋欧阳修《洛阳牡丹记》记载了当时的 24 个品种。每年 4 月中国洛阳牡丹文化节期间，国家牡丹园"
                    "的切花须按 GB/T 18247.1—2000《主要花卉产品等级　第 1 部分：鲜切花》分级上市。",
            "页脚": "洛阳园艺技校　花卉教研室编印　咨询电话：0379-6452 073",
        },
        # Hard negatives: 洛阳市技术能手 (an honour), the 省级课题's title, 白露 (a solar term; the teacher is 白　露), 姚黄 /
        # 魏紫 / 赵粉 / 洛阳红 (varieties), 《国色天香》 (a work's title sharing 天香 with the company), 2023 级园林 2 班,
        # 武则天, 欧阳修, 《洛阳牡丹记》, 中国洛阳牡丹文化节, 国家牡丹园, GB/T 18247.1—2000.
        ["洛阳市牡丹园艺技工学校", "洛阳天香牡丹种苗有限公司", "邵丹青", "白　露", "常　青", "贾文博", "天香种苗", "邵丹青",
         "河南农业大学", "白　露", "西北农林科技大学", "洛阳园艺技校", "白　露", "常青", "园艺技校", "岳欣然", "洛阳园艺技校",
         "0379-6452 073"],
    ),
]
