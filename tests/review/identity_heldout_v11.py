"""An eleventh held-out labelled set for the identity matcher (R3), written by a helper who never read the
matcher's code nor its tests nor its benchmark, never ran the matcher on this set, and labelled every
occurrence before anyone measured it. Its figures are meant to be taken once; it must not be tuned on.
Its people, units, companies and contacts appear in no earlier set (v1-v10 and the development corpus,
checked by string, given names included).

Ten trades and regions no earlier set used: 葡萄酒酿造 in 烟台 (山东) with a French consultant,
水电站运行 in 宜昌 (湖北, 土家族 surnames), 提琴制作 in 确山 (河南驻马店) with an Italian luthier,
报关与国际货运代理 in 绥芬河 (黑龙江) with a Russian partner, 银器錾刻 in 鹤庆 (云南大理, 白族, a 纳西族
surname), 螺蛳粉 in 柳州 (广西, the rare surnames 侬 and 银; v4 names a 柳州 school only as a co-writer
in another trade), 制鞋 in 惠东 (广东惠州), 母婴护理 in 吕梁 (山西), 增材制造 in 绵阳 (四川) and
宠物美容 in 南通 (江苏) with a Japanese groomer. Mostly ordinary Chinese; a modest share of other
peoples and scripts: French with accents and its Chinese transliteration ("Élodie Marchand",
"艾洛迪·马尚"), Italian ("Luca Ferraresi"), Russian in Cyrillic and in Chinese ("Ирина Соколова",
"伊琳娜·索科洛娃", "Сяоянь" for a Chinese teacher's given name, "ООО «Восток-Транзит»"), Japanese in
kanji and katakana ("佐藤美咲", "サトウ ミサキ"), a Tibetan student in Chinese characters. Written the
way schools and companies print and exchange them: a Word 修订窗格 exported as text, with the reviser's
name over 插入的内容 / 删除的内容 / 批注 and the comment's initials "[LCX1]", "[RXH2]" (M1); a company's
新员工岗前培训方案 with 项目负责人 on both sides and 授课教师, a 审稿意见 table one cell per line with
the 修改人 in brackets, the school's former name beside its short form, "(0717) 6528 319" and a fax, a
reference list with another author's book (M2); a 教案 首页 table one cell per line (授课教师, 审批人),
a company known only by its brand (琴韵坊: a teaching place, a consultant's employer, a file name, the
footer with the base's street), an interpreter credited, an association organising the review, a
university teacher who checked the terms, a 前言 signed by two names, a 抖音号 (M3); an email as Outlook
prints it in Chinese, with a Russian salutation, closing and signature, a Russian phone "+7 423 …" and a
quoted reply ("> 在…写道：", "伊琳娜女士：") (M4); a 后记 thanking a master ("感谢寸晓坤师傅"), a 工作页
with a customer and a 任务评价表 one cell per line signed by 指导教师 and 企业导师, a photo caption with
the photographer, a 视频号 named exactly as the school's short form (M5); a 教师企业实践日志 (实践单位,
带教师傅, 记录人), the co-writing company's package label with its 食品生产许可证编号, street and 400
number, a 前言 signed by a name, a 公众号 ID (M6); an 编写说明 dividing the work, a 校本教材评审表
scanned and OCR'd one cell per line (spaced headings, "．" in the date, the expert's university with a
stray space "惠州学 院", his signature without the full-width space), an author's bio with a university
under its former and current names, a compound surname (澹台), a WeChat id (M7); an 编委会 with a
compound surname (呼延) and a hospital, a 校企合作协议 extract signed by both representatives, a
职业技能培训项目申报书 as a PDF extracts it (the school's name, the leader's name and a landline broken
by line ends), a WeChat group named after the school, the landline unbroken in the footer (M8); a
技能大赛参赛总结 naming the school's student competitors and coaches, a score table one cell per line
with "同上", a university professor co-writing (M9); Word comments exported as a list
("页 12：批注 [GXL1]　顾筱岚　2025/9/3 10:21:00"), a 课程标准 extract with 起草单位, 主要起草人 and a
provincial association that 组织审定, a 小红书号 with its holder in brackets (M10). Short forms of
schools (烟台酿酒技校, 烟酿技校, 宜昌水电技校, 确山提琴技校, 绥芬河边贸技校, 鹤庆银器技校, 鹤庆银校,
柳食技校, 惠东鞋校, 吕梁家政技校, 绵阳科城技院, 通州技校) and companies (瑞雾酒庄, 清江运维, 琴韵坊,
龙运货代, Восток-Транзит, 银鹤工艺, 螺香记, 粤履鞋业, 暖禾家政, 灵熔三维, 萌爪宠物), former names
(原宜昌地区水利技工学校, 惠州大学（现惠州学院）). Names: two and three characters, compound surnames
(澹台, 呼延), rare surnames (郦, 芮, 冉, 裴, 靳, 扈, 危, 阎, 鞠, 佘, 寸, 和, 侬, 银, 厉, 畅, 郜, 雍, 晏,
冒), a name broken by a PDF line ("霍翠\\n屏") and the same unbroken, a name with a full-width space and
the same without it ("厉　骁" / "厉骁"), initials ("LCX", "RXH", "GXL", "MS"). Contacts: landlines
"0535-5961 208", "(0717) 6528 319", "0453-3926 518", "0772-3158 640", "0358-8\\n226 417" and
"0358-8226 417", "0816-2259 743", "0513-8652 3107", a fax "0717-6528 320", a 400 number, mobiles
"138-8720-6614", "186 3583 0927", a Russian number, emails on school, company and Russian domains, a
公众号 ID, a WeChat id, a 抖音号, a 小红书号, two street addresses, a 食品生产许可证编号.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public,
historical, legendary and fictional figures (张弼士, 八仙, 屈原, 王昭君, 斯特拉迪瓦里 / Antonio
Stradivari, 斯坦纳, 何占豪, 陈钢, 段誉 — sharing the chief editor's surname —, 柳宗元, 李子柒, 苏东坡,
刘胡兰, 邓稼先, 李白, 张謇, 冒辟疆 — sharing a team member's surname —), a cited author (郑怀礼) and a
publisher as publisher (中国水利水电出版社), customers, buyers and people of cases, some with full names
or handles (孙女士, 吴女士, 黄先生, 刘女士, 赵经理, 琴行老板娘, Дмитрий Орлов, Marco Rossi, 嗦粉达人),
pets and a baby by name (可乐, 豆豆, 乐乐), how Bai people are called (金花, 阿鹏哥), surnames with a
post, most sharing a team member's surname (小滕, 小冉, 小靳, 小梁, 老叶, 小霍, 小冒, 郜老师), example
data of lessons that look like personal data (周凯, 李强 / 王军 / 赵刚 on an operation ticket, 张明 and
an 18-digit 预录入编号, 刘芳, 王小宝 with 159****0036, 周婷 with 138 0000 1234), brands (张裕, 长城,
拉菲, 东方电机, 哈电, 雅马哈, 老凤祥, 周大福, 好欢螺, 百丽, 达芙妮, Stratasys, EOS, 华曙高科, Andis,
Wahl), test models that look like names (斯坦福兔子 / Stanford Bunny, 3DBenchy), a product named after
the city (柳州螺蛳粉), a regional labour brand (吕梁山护工), honours and nicknames (国际葡萄·葡萄酒城,
中国提琴产业基地, 中国银器之乡, 中国女鞋生产基地, 中国科技城 — sharing 科技城 with the school —), places
sharing a word with a unit (蓬莱, 清江 and 清江画廊, 新华村, 鹿寨, 濠河, 吉隆镇), contests, national
bodies (海关总署, 俄罗斯联邦海关署), standards, departments, posts, titles, table headings, "编　者",
"同上", Russian salutations and closings, comment timestamps.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6, v7, v8, v9 and v10,
unchanged, their "Decisions" included — people tied to the making of the manuscript (authors, committee,
drafters, reviewers, people thanked, the publisher's staff, photographers, students credited, contact
persons, a 修改人, the signers of a cover table), labelled by the name exactly as written without title
or post; the team's schools in every form (former names and short forms included) and the companies,
associations, universities, institutes and hospitals co-writing, employing a team member (or having
employed or graduated one) or named as supporter or organiser of the review; contacts of the unit or a
team member (street and number of an address, not the postcode; a phone without its country code; a fax;
a 400 number; ids of WeChat, 公众号, 抖音 and the like; 统一社会信用代码). One label per occurrence, the
shortest span a reviewer must not see; a leading province (and prefecture) left out when the rest names
the unit; a company's department, shop or site after its name not labelled. Surname-with-post honorifics
stay negatives; a name in several scripts gives one label per script; OCR and PDF output is labelled as
written, line breaks and spaces included; a Word comment's initials are labelled without the running
number; "同上" carries no label.
Decisions v5-v10 did not settle, taken before any measurement:
- A Word 修订窗格 exported as text (M1): the reviser named over each revision or comment is labelled at
  every line that names him; inserted text is labelled as any text is; deleted text is content and its
  brand ("张裕卡斯特酒庄") stays a negative; the pane's headings are negatives.
- A company known in the manuscript only by its brand (琴韵坊, M3) is labelled at every occurrence, in a
  table cell, after a consultant, inside a file name and in brackets after the base's street, as a
  company's short form is; "制琴车间" after it is not.
- A company's 岗前培训方案 (M2): the 项目负责人 of both sides and the 授课教师 are labelled — they
  deliver the course the book was written for, and the company's names the company as v8's signing
  representative does; "校方"/"企业方" and the company's unnamed 电站 are not.
- Russian (M4): the company with its legal form and quotes ("ООО «Восток-Транзит»") is labelled whole,
  as v8 labels "… Co., Ltd.", and "Восток-Транзит" alone is another label; the city after it is a place.
  The team member's given name in Cyrillic in the salutation ("Уважаемая Сяоянь") labels "Сяоянь"
  (counted with people). "伊琳娜女士" labels "伊琳娜", as v6 labels a Kazakh given name with 老师:
  Russians are addressed by the given name, so it is not the surname-with-post case. "+7 423 245-18-73"
  labels the number without the country code, as v8 does "+86", "(852)" and "(853)". A quoted reply
  ("> …") is labelled as any line.
- A 食品生产许可证编号 on the co-writing company's package label ("SC10145020300417", M6) names one
  producer and is labelled like v8's 统一社会信用代码 (counted with contacts); the label's street and
  number and its 400 number are labelled as v7's. "…有限公司鹿寨生产基地" labels the company only.
- A 校企合作协议 (M8) is labelled as v8's: both parties and both representatives who sign it. A 课程标准
  (M10): its 起草单位, 主要起草人 and the association that 组织审定 are labelled, as v10's.
- A 小红书号 (M10) is labelled like v7's 抖音号, and the account holder in brackets ("萌爪宠物") is a
  label.
- A WeChat group named after the school ("吕梁家政技校母婴护理", M8) labels the school part, as v5 does
  for a WeChat account.
- PDF output breaking a unit's name, a person's name and a landline at line ends (M8:
  "吕梁市家政服务技\\n工学校", "霍翠\\n屏", "0358-8\\n226 417") is labelled as written, the line break
  included; the same landline unbroken in the footer is another label.
- A 技能大赛 参赛总结 (M9): the school's students named as its competitors are labelled, as v8 labels
  students credited, and so are the coaches; contests, ranks and scores are not.
- A 教案 首页 table (M3): 授课教师 and 审批人 are labelled, as v10's cover table; the class is not. A
  校本教材评审表 (M7): the 评审专家 and his 工作单位 are labelled, the 工作单位 as the OCR gives it,
  with its stray space ("惠州学 院"); his signature written without the full-width space ("厉骁") is
  another label, as v7 and v8 treat such pairs.
- Word comments exported as a list with page, initials, name and time (M10) give two labels per comment:
  the initials without the running number ("GXL", "MS") and the name; times are negatives.
- "通州技校" (M10) is labelled though 通州 is also a district of Beijing: in this book it names the
  school. A company's short form followed by a place and "店" ("萌爪宠物濠河店") labels the short form
  only, as v10's shop.
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is
also a substring of a longer labelled name can be counted found when only the longer one was found:
"瑞雾酒庄" (M1) in "烟台蓬莱瑞雾酒庄有限公司", "Восток-Транзит" and "伊琳娜" (M4) in
"ООО «Восток-Транзит»" and "伊琳娜·索科洛娃", "银鹤工艺" (M5) in "鹤庆县新华村银鹤工艺品有限公司",
"螺香记" (M6) in "柳州螺香记食品有限公司", "粤履鞋业" (M7) in "惠东县粤履鞋业有限公司", "暖禾家政" (M8)
in "吕梁市暖禾家政服务有限公司", "灵熔三维" (M9) in "绵阳灵熔三维科技有限公司", "萌爪宠物" (M10) in
"南通萌爪宠物服务有限公司"; and a label occurring more than once in its manuscript (郦春晓, 瑞雾酒庄,
湖北清江梯级水电运维有限公司, 向泓岚, 宜昌水电技校, 田维舟, 靳培源, 琴韵坊, 扈　静, 鞠晓岩, Ирина
Соколова, 寸晓坤, 杨丽蕊, 鹤庆银器技校, 侬绍勋, 螺香记, 梁美荣, 柳食技校, 池语桐, 澹台静远, 厉　骁,
惠州学院, 霍翠屏, 呼延卓, 暖禾家政, 吕梁家政技校, 何沐阳, 泽郎多吉, 郜　岩, 绵阳科城技院, 顾筱岚,
冒舒然, 佐藤美咲, 萌爪宠物, …) can be counted found at one occurrence from a finding at another.
Conversely the broken and unbroken, spaced and unspaced forms ("霍翠\\n屏" / "霍翠屏",
"吕梁市家政服务技\\n工学校" / "吕梁市家政服务技工学校", "0358-8\\n226 417" / "0358-8226 417", "厉　骁" /
"厉骁", "惠州学 院" / "惠州学院") are distinct strings and scored apart; "Élodie Marchand" and the
lower-case "elodie.marchand" inside the email are too, and the two-letter initials "MS" may be matched
inside other text if the scorer searches substrings. 184 labels: 87 people, 69 units, 28 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V11 = [
    Manuscript(
        "葡萄酒酿造与品鉴",
        dict(names=["滕嘉鸣"], units=["山东省烟台市葡萄酒酿造技工学校"]),
        {
            "编写人员": "主　编　滕嘉鸣\n副主编　郦春晓　Élodie Marchand（艾洛迪·马尚，瑞雾酒庄　首席酿酒师）",
            "修订窗格": "修订窗格（导出）\n主文档修订和批注\n郦春晓　插入的内容\n"
                        "　　本书实训均在烟台酿酒技校与瑞雾酒庄共建的葡萄酒产教融合实训中心完成。\n郦春晓　删除的内容\n"
                        "　　张裕卡斯特酒庄\n郦春晓　批注 [LCX1]\n　　第 3 页“苹果酸-乳酸发酵”的温度区间请与附表 2 一致。\n"
                        "芮晓航　批注 [RXH2]\n　　已核对，统一为 18～22 ℃。",
            "前言": "烟台是“国际葡萄·葡萄酒城”，1892 年张弼士在这里创办了张裕酿酒公司；蓬莱又有八仙过海的传说和“人间仙境”之称。"
                    "本书由烟台市葡萄酒酿造技工学校与烟台蓬莱瑞雾酒庄有限公司合作编写，法国波尔多的合作酿酒师审读了"
                    "“调配与陈酿”一章。\n\n编　者\n二〇二五年九月于蓬莱",
            "正文": "项目四　干红葡萄酒的品鉴\n【任务】青岛客户孙女士为婚宴订购 300 箱干红，要求先寄三款样酒；品酒员小滕须按 GB/T 15038—2006"
                    "《葡萄酒、果酒通用分析方法》完成感官评分。\n品鉴记录（示例数据）：样品 A-03　品鉴员 周凯　得分 86\n"
                    "赤霞珠、蛇龙珠的风味差异可对照长城、拉菲的酒款；胶东半岛的海洋性气候与丘陵是产区风土的关键。",
            "页脚": "烟酿技校　葡萄酒专业部　酒庄研学预约：0535-5961 208　技术咨询（中/法/英）：elodie.marchand@ruiwu-winery.com",
        },
        # Hard negatives: 首席酿酒师 (a post), 修订窗格 / 插入的内容 / 删除的内容 / 批注 and the comments' running numbers,
        # 葡萄酒产教融合实训中心 (names no one), 张裕卡斯特酒庄 (a brand in deleted text), 国际葡萄·葡萄酒城 (an honour), 张弼士
        # and 张裕酿酒公司 (historical), 蓬莱 (a place, also in the company's name), 八仙过海 / 人间仙境, 法国波尔多 (a place),
        # 合作酿酒师 (unnamed), 编　者, 二〇二五年九月于蓬莱, 孙女士 (a customer with a post), 小滕 (a surname with a post, sharing the chief
        # editor's surname), GB/T 15038—2006, the example record (A-03, 周凯, 86), 赤霞珠 / 蛇龙珠 (grape varieties), 长城 / 拉菲
        # (brands), 胶东半岛, 葡萄酒专业部 (a department).
        ["滕嘉鸣", "郦春晓", "Élodie Marchand", "艾洛迪·马尚", "瑞雾酒庄", "郦春晓", "烟台酿酒技校", "瑞雾酒庄",
         "郦春晓", "郦春晓", "LCX", "芮晓航", "RXH", "烟台市葡萄酒酿造技工学校", "烟台蓬莱瑞雾酒庄有限公司",
         "烟酿技校", "0535-5961 208", "elodie.marchand@ruiwu-winery.com"],
    ),
    Manuscript(
        "水电站运行与维护（新员工岗前培训教材）",
        dict(names=["彭仕坤"], units=["湖北省宜昌市水利电力技工学校"]),
        {
            "封面": "水电站运行与维护\n——新员工岗前培训教材\n\n宜昌市水利电力技工学校　湖北清江梯级水电运维有限公司　编",
            "培训方案": "新入职运行值班员岗前培训方案\n一、培训对象：湖北清江梯级水电运维有限公司 2025 年新入职运行值班员 36 人\n"
                        "二、培训时间：2025 年 7 月 7 日至 8 月 29 日，共 8 周\n三、培训地点：宜昌水电技校实训楼、企业所属梯级电站\n"
                        "四、项目负责人：彭仕坤（校方）　冉茂林（企业方，运行部主任）\n五、授课教师：向泓岚　田维舟（企业兼职教师）\n"
                        "六、考核：理论与实操各占 50%，合格者由企业颁发上岗证。",
            "审稿意见": "审稿意见及处理情况\n审稿人\n裴书航（三峡大学电气与新能源学院　教授）\n序号\n意见\n处理\n"
                        "1\n项目三应补充调速器油压装置的巡检要点。\n已补充（向泓岚）\n"
                        "2\n葛洲坝、三峡工程的介绍篇幅过长。\n已压缩。",
            "正文": "项目三　水轮发电机组的巡回检查\n宜昌素称“三峡门户”，屈原、王昭君的故里秭归、兴山都在这里；清江画廊所在的清江中游是土家族"
                    "聚居地。本项目的运行日志由清江运维提供，数据已脱敏。【任务】值班员小冉巡检时发现 2 号机组推力轴承瓦温比上一班升高"
                    " 4 ℃，须按 DL/T 751—2014《水轮发电机运行规程》判断是否停机。\n操作票（示例）：操作人 李强　监护人 王军　值班负责人"
                    " 赵刚\n东方电机、哈电的机组说明书可作对照。",
            "参考文献": "[1] 郑怀礼. 水电厂运行与管理[M]. 北京：中国水利水电出版社，2019.",
            "联系": "宜昌水电技校（原宜昌地区水利技工学校）电力系　联系人：田维舟\n"
                    "电话：(0717) 6528 319　传真：0717-6528 320\n邮箱：tianwz@ycsdjx.cn",
        },
        # Hard negatives: 新员工岗前培训教材, 运行值班员, 2025 年 7 月 7 日至 8 月 29 日, 企业所属梯级电站 (unnamed), 校方 /
        # 企业方, 运行部主任 (a post), 企业兼职教师, 上岗证, 电气与新能源学院 (inside the university), 教授, 葛洲坝 / 三峡工程,
        # 三峡门户, 屈原 / 王昭君 (historical), 秭归 / 兴山 (places), 清江画廊 and 清江 (a river and a scenic area sharing 清江 with
        # the company), 土家族, 小冉 (a surname with a post, sharing 冉茂林's surname), DL/T 751—2014, the example operation
        # ticket (李强, 王军, 赵刚), 东方电机 / 哈电 (brands), 郑怀礼 (a cited
        # author) and 中国水利水电出版社 (a publisher as publisher), 电力系 (a department).
        ["宜昌市水利电力技工学校", "湖北清江梯级水电运维有限公司", "湖北清江梯级水电运维有限公司", "宜昌水电技校", "彭仕坤",
         "冉茂林", "向泓岚", "田维舟", "裴书航", "三峡大学", "向泓岚", "清江运维", "宜昌水电技校", "宜昌地区水利技工学校",
         "田维舟", "(0717) 6528 319", "0717-6528 320", "tianwz@ycsdjx.cn"],
    ),
    Manuscript(
        "提琴制作实训指导书",
        dict(names=["靳培源"], units=["河南省确山县提琴制作技工学校"]),
        {
            "教案首页": "教　案\n课题\n面板与背板的刮削\n授课教师\n靳培源\n授课班级\n2024 级提琴制作 1 班\n课时\n4\n教学地点\n"
                        "琴韵坊制琴车间（校外实训基地）\n审批人\n扈　静\n审批日期\n2025.09.12",
            "实训步骤": "实训四　音孔与低音梁\n本实训由意大利制琴师 Luca Ferraresi 先生（琴韵坊技术顾问）示范，现场翻译：危晓萌。"
                        "斯特拉迪瓦里（Antonio Stradivari）1715 年制作的琴被视为音孔比例的范本，克雷莫纳的制琴传统可作拓展阅读；学生试奏"
                        "时可选《梁祝》（何占豪、陈钢作曲）的片段。\n【任务】琴行老板娘送修一把 4/4 小提琴，低音梁开胶，学徒小靳须先判断"
                        "是否需要开琴。雅马哈的量产琴和斯坦纳的琴型可作对照。",
            "前言": "确山被称为“中国提琴产业基地”，县城以北的竹沟是著名的革命老区。本书由确山提琴技校与企业合作编写，驻马店市乐器行业"
                    "协会组织专家审读了书稿，信阳师范大学音乐学院的阎思邈老师校订了全部术语。\n\n靳培源　扈　静\n2025 年 11 月于确山",
            "交稿文件": "附：交稿文件\n提琴制作实训指导书_靳培源_琴韵坊审定版.pdf",
            "页脚": "确山县提琴制作技工学校　制琴专业部　校外实训基地：确山县产业集聚区盘龙路 58 号（琴韵坊）　"
                    "抖音号：qinyunfang_violin",
        },
        # Hard negatives: 教案 / 课题 / 授课教师 / 审批人 (the cells' headings), 2024 级提琴制作 1 班 (a class), 2025.09.12,
        # 校外实训基地, 制琴车间, 先生, 现场翻译, 斯特拉迪瓦里 and Antonio Stradivari (historical), 克雷莫纳 (a place), 《梁祝》,
        # 何占豪 / 陈钢 (public figures, composers), 琴行老板娘 and 小靳 (people of the task, 小靳 sharing the writer's surname),
        # 雅马哈 (a brand), 斯坦纳 (a historical maker), 中国提琴产业基地 (an honour), 竹沟 (a place), 企业 (unnamed), 音乐学院
        # (inside the university), 老师, 2025 年 11 月于确山, 审定版 and .pdf in the file name, 制琴专业部, 确山县产业集聚区
        # (places before the street).
        ["靳培源", "琴韵坊", "扈　静", "Luca Ferraresi", "琴韵坊", "危晓萌", "确山提琴技校", "驻马店市乐器行业协会", "信阳师范大学",
         "阎思邈", "靳培源", "扈　静", "靳培源", "琴韵坊", "确山县提琴制作技工学校", "盘龙路 58 号", "琴韵坊", "qinyunfang_violin"],
    ),
    Manuscript(
        "报关与国际货运代理实务",
        dict(names=["鞠晓岩"], units=["黑龙江省绥芬河市边境贸易技工学校"], emails=["juxy@sfhbmjx.edu.cn"]),
        {
            "编写人员": "主　编　鞠晓岩\n副主编　初明哲　伊琳娜·索科洛娃（俄方，Восток-Транзит 物流公司）\n"
                        "参　编　佘蔓青（龙运货代　报关主管）",
            "邮件往来": "发件人: Ирина Соколова <i.sokolova@vostok-tranzit.ru>\n发送时间: 2025年10月14日 9:12\n"
                        "收件人: 鞠晓岩 <juxy@sfhbmjx.edu.cn>\n主题: RE: 第五章 TIR 证样例\n\n"
                        "Уважаемая Сяоянь,\n样例已换成虚构数据，第五章里关于电子预申报（ЭПИ）的说明我改了两处，请查收。\n\n"
                        "С уважением,\nИрина Соколова\nООО «Восток-Транзит», Владивосток\nТел.: +7 423 245-18-73\n\n"
                        "> 在 2025年10月13日 16:40，鞠晓岩 <juxy@sfhbmjx.edu.cn> 写道：\n"
                        "> 伊琳娜女士：第五章的 TIR 证样例能否换成脱敏的？\n> 绥芬河边贸技校　报关教研室　0453-3926 518",
            "正文": "项目五　TIR 运输与跨境单证\n绥芬河因中东铁路而兴，城中的大白楼是百年口岸的见证。【任务】哈尔滨某外贸公司的赵经理"
                    "委托出口一批番茄到哈巴罗夫斯克，买家 Дмитрий Орлов 要求随附植物检疫证书。\n报关单（示例）：预录入编号"
                    " 190120250001234567　收发货人 示例商贸有限公司　申报人 张明\n申报须符合海关总署的规定，俄方手续由俄罗斯联邦"
                    "海关署办理。",
        },
        # Hard negatives: 俄方, 物流公司, 报关主管 (a post), 发送时间 / 主题 / RE: and the dates of the mails, TIR, Уважаемая
        # and С уважением (salutation and closing), ЭПИ, Владивосток (a city), Тел. and +7, 写道, 女士, 报关教研室 (a
        # department), 中东铁路 / 大白楼 (historical places), 赵经理 (a surname with a post), 哈巴罗夫斯克 (a city),
        # Дмитрий Орлов (a buyer of the task), the example declaration (190120250001234567, 示例商贸有限公司, 张明), 海关总署 and
        # 俄罗斯联邦海关署 (national bodies).
        ["鞠晓岩", "初明哲", "伊琳娜·索科洛娃", "Восток-Транзит", "佘蔓青", "龙运货代", "Ирина Соколова",
         "i.sokolova@vostok-tranzit.ru", "鞠晓岩", "juxy@sfhbmjx.edu.cn", "Сяоянь", "Ирина Соколова",
         "ООО «Восток-Транзит»", "423 245-18-73", "鞠晓岩", "juxy@sfhbmjx.edu.cn", "伊琳娜", "绥芬河边贸技校", "0453-3926 518"],
    ),
    Manuscript(
        "银器錾刻与锻制",
        dict(names=["段玉蝶"], units=["云南省鹤庆县银器锻制技工学校"]),
        {
            "编写人员": "主　编　段玉蝶（白族）\n副主编　寸晓坤（银鹤工艺　高级技师）\n参　编　杨丽蕊　施云鹤",
            "后记": "后　记\n鹤庆新华村被誉为“中国银器之乡”，村里的银匠走村串寨打制银器已有上千年；电影《五朵金花》让大理的蝴蝶泉名扬海内外，"
                    "金庸笔下的段誉也让大理段氏家喻户晓。本书由鹤庆银器技校与鹤庆县新华村银鹤工艺品有限公司合作编写，感谢寸晓坤师傅"
                    "示范了全部锻制工序并允许拍摄。\n\n编　者\n二〇二五年十月于鹤庆",
            "工作页": "学习任务 3　錾花银碗\n情境：丽江来的游客吴女士要定制一只九两重的錾花银碗，碗底錾上“金花”二字送给女儿；店里的"
                      "阿鹏哥说要三天。纯度按 GB 11887—2012《首饰　贵金属纯度的规定及命名方法》标注为“足银 999”，老凤祥、周大福的"
                      "银饰标签可作对照。\n任务评价表\n评价项目\n自评\n互评\n师评\n錾刻线条流畅\n□\n□\n□\n"
                      "指导教师\n杨丽蕊\n企业导师\n寸晓坤\n日期\n2025.10.16",
            "图注": "图 3-4　寸晓坤师傅示范“走錾”（摄影：和建东）",
            "联系": "鹤庆银校　工艺美术部　微信视频号：鹤庆银器技校\n联系人：施云鹤　手机：138-8720-6614　邮箱：shiyh@hqyqjx.cn",
        },
        # Hard negatives: 白族, 高级技师 (a title), 新华村 alone (a village, also inside the company's name), 中国银器之乡 (an
        # honour), 《五朵金花》 (a film), 大理 / 蝴蝶泉 (places), 段誉 and 大理段氏 (a fictional character and a historical
        # house, sharing the chief editor's surname), 师傅, 编　者, 二〇二五年十月于鹤庆, 丽江, 吴女士
        # (a customer with a post), 金花 and 阿鹏哥 (how Bai women and men are called, no one's name), GB 11887—2012, 足银 999,
        # 老凤祥 / 周大福 (brands), the table's headings and 2025.10.16, 师傅, 走錾, 工艺美术部 (a department).
        ["段玉蝶", "寸晓坤", "银鹤工艺", "杨丽蕊", "施云鹤", "鹤庆银器技校", "鹤庆县新华村银鹤工艺品有限公司", "寸晓坤", "杨丽蕊",
         "寸晓坤", "寸晓坤", "和建东", "鹤庆银校", "鹤庆银器技校", "施云鹤", "138-8720-6614", "shiyh@hqyqjx.cn"],
    ),
    Manuscript(
        "螺蛳粉制作与食品安全",
        dict(names=["梁美荣"], units=["广西壮族自治区柳州市烹饪与食品技工学校"]),
        {
            "扉页": "螺蛳粉制作与食品安全\n柳州市烹饪与食品技工学校　编\n主　编　梁美荣\n副主编　侬绍勋（螺香记　生产总监）",
            "企业实践日志": "教师企业实践日志\n日期：2025 年 7 月 21 日\n实践单位：柳州螺香记食品有限公司鹿寨生产基地\n带教师傅：侬绍勋\n"
                            "记录人：银秀珍\n内容：跟班酸笋发酵车间，记录了发酵罐的温度与 pH 曲线；下午随品控部抽检袋装成品。",
            "包装标签": "图 5-2　螺香记袋装螺蛳粉的包装标签\n品名：螺蛳粉（非油炸方便米粉）\n生产者：柳州螺香记食品有限公司\n"
                        "食品生产许可证编号：SC10145020300417\n地址：柳州市鱼峰区阳和工业园阳惠路 12 号\n服务热线：400-0772-318",
            "前言": "柳宗元任柳州刺史时写下了“城上高楼接大荒”；如今柳州螺蛳粉是全国闻名的“网红”小吃，2021 年入选国家级非物质文化遗产"
                    "代表性项目名录。本书由柳食技校与螺香记合作编写，柳州市螺蛳粉产业协会组织了审读。\n\n梁美荣\n2025 年 9 月于柳州",
            "正文": "项目三　汤底熬制与酸笋处理\n【任务】网店买家“嗦粉达人”差评“酸笋味太冲”，客服小梁须在 24 小时内回复并反馈生产部门。"
                    "预包装产品须符合 DBS45/034—2021《食品安全地方标准　柳州螺蛳粉》；好欢螺、李子柒的袋装产品可作对比。\n"
                    "检验记录（示例）：批号 20250721-03　检验员 刘芳",
            "页脚": "柳食技校 · 中式烹调专业部　咨询：0772-3158 640　微信公众号 ID：lzsp_jx",
        },
        # Hard negatives: 生产总监 (a post), 2025 年 7 月 21 日, 鹿寨生产基地 (a site of the company, after its name: not
        # labelled, as v8 and v10 treat a department or a shop), 带教师傅 / 记录人 (headings), 品控部, 品名 / 生产者 (headings),
        # 螺蛳粉（非油炸方便米粉）, 柳州市鱼峰区阳和工业园 (places before the street), 柳宗元 (historical), 柳州螺蛳粉 (a product
        # named after the city), 国家级非物质文化遗产代表性项目名录, 2025 年 9 月于柳州, 嗦粉达人 (a buyer's handle), 小梁 (a
        # surname with a post, sharing the chief editor's surname), DBS45/034—2021, 好欢螺 and 李子柒 (brands; 李子柒 is also a
        # public figure), the example record (20250721-03, 刘芳), 中式烹调专业部.
        ["柳州市烹饪与食品技工学校", "梁美荣", "侬绍勋", "螺香记", "柳州螺香记食品有限公司", "侬绍勋", "银秀珍", "螺香记",
         "柳州螺香记食品有限公司", "SC10145020300417", "阳惠路 12 号", "400-0772-318", "柳食技校", "螺香记", "柳州市螺蛳粉产业协会",
         "梁美荣", "柳食技校", "0772-3158 640", "lzsp_jx"],
    ),
    Manuscript(
        "鞋类设计与制作",
        dict(names=["池语桐"], units=["广东省惠州市惠东县鞋业技工学校"]),
        {
            "编写说明": "编写说明\n本书由惠东县鞋业技工学校与惠东县粤履鞋业有限公司合作开发。模块一、模块二由池语桐编写；模块三由澹台静远"
                        "编写；模块四由粤履鞋业技术中心的金益民编写；叶晟杰绘制了全部楦型图。全书由池语桐统稿，惠州学院厉　骁审定。",
            "评审表（扫描件 OCR）": "校 本 教 材 评 审 表\n教材名称\n鞋类设计与制作\n评审专家\n厉　骁\n工作单位\n惠州学 院\n"
                                  "评审结论\n同意作为校本教材使用\n专家签名\n厉骁\n日 期\n2025．06．30",
            "作者简介": "澹台静远，1979 年生，1999 年毕业于惠州大学（现惠州学院）化学系，高级讲师，从事皮革与鞋材教学二十余年。",
            "正文": "模块三　女士浅口单鞋的开料与帮面缝制\n惠东被称为“中国女鞋生产基地”，吉隆镇的制鞋业起步于上世纪八十年代；苏东坡"
                    "寓居惠州时写下了“日啖荔枝三百颗”。【任务】意大利买家 Marco Rossi 订购 1 200 双浅口单鞋，要求帮面用头层羊皮，"
                    "车间主任老叶要求两周内打出确认样。鞋号按 GB/T 3293.1—1998《鞋号》换算；百丽、达芙妮的女鞋可作对照。",
            "页脚": "惠东鞋校　鞋类设计专业部　微信：chiyutong_shoe　邮箱：chiyt@hdxyjx.cn",
        },
        # Hard negatives: 技术中心 (a department of the company), 楦型图, 统稿 / 审定, the form's headings (校 本 教 材 评 审 表,
        # 教材名称, 评审专家, 评审结论, 专家签名, 日 期, spaced as the OCR gives them), 同意作为校本教材使用, 2025．06．30,
        # 1979 年生 / 1999 年, 化学系 (inside the university), 高级讲师,
        # 中国女鞋生产基地 (an honour), 吉隆镇 (a town; 吉隆 is also a county in Tibet), 苏东坡 (historical), 惠州 (a place),
        # Marco Rossi (a buyer of the task), 老叶 (a surname with a post, sharing 叶晟杰's surname), GB/T 3293.1—1998, 百丽 /
        # 达芙妮 (brands), 鞋类设计专业部.
        ["惠东县鞋业技工学校", "惠东县粤履鞋业有限公司", "池语桐", "澹台静远", "粤履鞋业", "金益民", "叶晟杰", "池语桐", "惠州学院",
         "厉　骁", "厉　骁", "惠州学 院", "厉骁", "澹台静远", "惠州大学", "惠州学院", "惠东鞋校", "chiyutong_shoe", "chiyt@hdxyjx.cn"],
    ),
    Manuscript(
        "母婴护理",
        dict(names=["霍翠屏"], units=["山西省吕梁市家政服务技工学校"]),
        {
            "编委会": "编委会\n主　任　霍翠屏\n副主任　呼延卓（暖禾家政　培训总监）\n"
                      "委　员　薛晓檬　温月娥　畅丽霞（吕梁市妇幼保健院　主任医师）",
            "校企合作协议": "校企合作协议（摘录）\n甲方：吕梁市家政服务技工学校\n乙方：吕梁市暖禾家政服务有限公司\n"
                            "第三条　乙方选派资深母婴护理员参与教材编写，并接收学生跟岗实习。\n"
                            "甲方代表（签字）：霍翠屏　　乙方代表（签字）：呼延卓\n2025 年 3 月 2 日",
            "申报书（PDF）": "职业技能培训项目申报书（摘录）\n项目名称：母婴护理员（五级/四级）培训\n申报单位：吕梁市家政服务技\n工学校\n"
                            "项目负责人：霍翠\n屏\n联系电话：0358-8\n226 417\n手机：186 3583 0927",
            "前言": "吕梁是刘胡兰的家乡，小说《吕梁英雄传》写的就是这片土地；近年“吕梁山护工”已成为山西知名的劳务品牌。本书由吕梁家政"
                    "技校与暖禾家政合作编写，书中的护理操作均经妇幼保健院专家审核。\n\n编　者\n2025 年 10 月",
            "正文": "项目二　新生儿沐浴与脐部护理\n【情境】产妇刘女士出院回家第三天，新生儿“乐乐”脐部有少量渗液，月嫂小霍须判断是否需要"
                    "就医。\n新生儿护理记录（示例）：姓名 王小宝　出生体重 3.2 kg　母亲手机 159****0036\n护理操作参照《母婴护理员国家"
                    "职业技能标准》。",
            "页脚": "扫码加入“吕梁家政技校母婴护理”微信群　咨询电话：0358-8226 417",
        },
        # Hard negatives: 编委会 / 主任 / 副主任 / 委员, 培训总监 / 主任医师 (posts), 甲方 / 乙方, 资深母婴护理员, 跟岗实习,
        # 2025 年 3 月 2 日, the form's title and headings, 母婴护理员
        # （五级/四级）, 刘胡兰 (historical), 《吕梁英雄传》 (a novel), 吕梁山护工 (a regional labour brand, not the school),
        # 山西, 妇幼保健院专家 (unnamed), 编　者, 2025 年 10 月, 刘女士 (a mother of the case), 乐乐 (a baby's nickname), 小霍 (a
        # surname with a post, sharing the chief editor's surname), the example record (王小宝, 3.2 kg, 159****0036), the
        # national standard, 母婴护理 (the rest of the group's name), 微信群.
        ["霍翠屏", "呼延卓", "暖禾家政", "薛晓檬", "温月娥", "畅丽霞", "吕梁市妇幼保健院", "吕梁市家政服务技工学校",
         "吕梁市暖禾家政服务有限公司", "霍翠屏", "呼延卓", "吕梁市家政服务技\n工学校", "霍翠\n屏", "0358-8\n226 417",
         "186 3583 0927", "吕梁家政技校", "暖禾家政", "吕梁家政技校", "0358-8226 417"],
    ),
    Manuscript(
        "增材制造技术（3D 打印）",
        dict(names=["郜岩"], units=["四川省绵阳市科技城技师学院"]),
        {
            "大赛总结": "第二届全国技能大赛四川省选拔赛增材制造项目参赛总结\n2025 年 8 月，我院选手何沐阳、泽郎多吉（藏族）分获增材制造"
                        "项目第一名和第三名。教练组由郜　岩（组长）、景春雷和灵熔三维的应用工程师雍楚然组成。备赛期间，灵熔三维开放了"
                        "两台金属打印机供选手训练；赛前模拟按世界技能大赛的评分方法进行。",
            "成绩表": "表 1　选拔赛成绩（摘录）\n序号\n选手\n所在单位\n成绩\n名次\n1\n何沐阳\n绵阳市科技城技师学院\n91.6\n1\n"
                      "2\n泽郎多吉\n同上\n84.2\n3",
            "前言": "绵阳是“中国科技城”，邓稼先等“两弹一星”元勋曾在这里工作，诗人李白的故里江油也属绵阳。本书由绵阳科城技院与绵阳"
                    "灵熔三维科技有限公司合作编写，西南科技大学制造科学与工程学院的晏鹤鸣教授编写了项目六并审读了全书。\n\n郜　岩\n二〇二五年十一月",
            "正文": "项目二　FDM 打印参数设置\n【任务】客户黄先生要打印一个无人机电机支架，要求 48 小时交付。先用斯坦福兔子（Stanford"
                    " Bunny）和 3DBenchy 小船测试打印机状态，再按 GB/T 35351—2017《增材制造　术语》核对工艺名称。Stratasys、EOS、"
                    "华曙高科的设备可作对照。",
            "页脚": "绵阳科城技院　增材制造实训中心　联系：郜老师　0816-2259 743　gy3dp@mykcjs.cn",
        },
        # Hard negatives: 第二届全国技能大赛 / 四川省选拔赛 / 世界技能大赛 (contests), 第一名 / 第三名 and the table's scores and
        # ranks, 藏族, 组长 / 应用工程师 (posts), 同上, 中国科技城 (a nickname sharing 科技城 with the school), 邓稼先 and 两弹一星
        # (historical), 李白 and 江油 (historical, a place), 制造科学与工程学院 (inside the university), 教授, 二〇二五年十一月,
        # 黄先生 (a customer with a post), 斯坦福兔子 / Stanford Bunny / 3DBenchy (test models), GB/T 35351—2017, Stratasys /
        # EOS / 华曙高科 (brands), 增材制造实训中心, 郜老师 (a surname with a post).
        ["何沐阳", "泽郎多吉", "郜　岩", "景春雷", "灵熔三维", "雍楚然", "灵熔三维", "何沐阳", "绵阳市科技城技师学院", "泽郎多吉",
         "绵阳科城技院", "绵阳灵熔三维科技有限公司", "西南科技大学", "晏鹤鸣", "郜　岩", "绵阳科城技院", "0816-2259 743",
         "gy3dp@mykcjs.cn"],
    ),
    Manuscript(
        "宠物美容与护理",
        dict(names=["顾筱岚"], units=["江苏省南通市通州区技工学校"]),
        {
            "编写人员": "主编：顾筱岚\n副主编：冒舒然　佐藤美咲（日籍，萌爪宠物　首席美容师）",
            "批注列表": "页 12：批注 [GXL1]　顾筱岚　2025/9/3 10:21:00\n“泰迪装”的剪法请补步骤图。\n"
                        "页 12：批注 [MS2]　佐藤美咲　2025/9/4 8:05:00\n已补 6 张图。撮影：サトウ ミサキ",
            "前言": "南通是近代实业家张謇的故乡，明末“四公子”之一冒辟疆的水绘园就在如皋。本书依据本校《宠物美容与护理》课程标准编写，"
                    "学习任务全部来自宠物店的真实订单。\n\n编　者\n2025 年 11 月于南通",
            "课程标准": "《宠物美容与护理》课程标准（节选）\n本标准起草单位：南通市通州区技工学校、南通萌爪宠物服务有限公司\n"
                        "本标准主要起草人：顾筱岚、冒舒然\n本标准由江苏省宠物行业协会组织审定。",
            "工作页": "学习任务 2　泰迪犬造型修剪\n情境：顾客孙女士带她的泰迪犬“可乐”到萌爪宠物濠河店，要求修剪成“泰迪装”，美容师小冒"
                      "先做皮肤检查。\n洗护登记（示例）：宠物名 豆豆　主人 周婷　电话 138 0000 1234\n修剪工具可参照 Andis、Wahl 的产品说明。",
            "页脚": "通州技校　宠物美容工作室　小红书号：2819465037（萌爪宠物）　电话：0513-8652 3107",
        },
        # Hard negatives: 日籍, 首席美容师 (a post), 页 12 / 批注 and the comments' running numbers and timestamps, 泰迪装, 撮影,
        # 张謇 and 冒辟疆 (historical; 冒辟疆 shares 冒舒然's surname), 四公子, 水绘园 / 如皋 (places), 本校, 宠物店 (unnamed), 编　者,
        # 2025 年 11 月于南通, 孙女士 (a customer with a post), 可乐 / 豆豆 (pets' names), 濠河店 (the shop's place, after the
        # short form), 小冒 (a surname with a post), the example record (周婷, 138 0000 1234), Andis / Wahl (brands),
        # 宠物美容工作室.
        ["顾筱岚", "冒舒然", "佐藤美咲", "萌爪宠物", "GXL", "顾筱岚", "MS", "佐藤美咲", "サトウ ミサキ",
         "南通市通州区技工学校", "南通萌爪宠物服务有限公司", "顾筱岚", "冒舒然", "江苏省宠物行业协会", "萌爪宠物", "通州技校", "2819465037", "萌爪宠物",
         "0513-8652 3107"],
    ),
]
