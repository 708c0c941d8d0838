"""A fifteenth held-out labelled set for the identity matcher (R3), written by a helper who never read the
matcher's code nor its tests nor its benchmark, never ran the matcher on this set, and labelled every
occurrence before anyone measured it. Its figures are meant to be taken once; it must not be tuned on.
Its people, units, companies and contacts appear in no earlier set (v1-v12 and the development corpus,
checked by string, given names of three-character names included).

Weighted toward the most common real cases: ordinary Han names, schools and companies in full and in the
short forms colleagues use, and the everyday documents of 技工院校 and their partner companies. Ten trades
no earlier set used, in the east and centre, one place per province, none a place or city an earlier set
used (北京, 天津 and 上海 were used as cities, so the schools sit in districts no set named): 景泰蓝 in 大兴
(北京), 杨柳青木版年画 in 西青 (天津), 风筝 in 潍坊 (山东), 香醋酿造 in 镇江 (江苏), 淡水珍珠加工 in 诸暨
(浙江), 钟表维修 in 嘉定 (上海), 宣纸 in 泾县 (安徽), 肉制品加工 in 漯河 (河南), 烟花爆竹 in 浏阳 (湖南) and
果树栽培 in 运城 (山西, a cooperative in 临猗). Kinds of writing: a cover with the school under its
municipality, an 编写人员 list with the partner in brackets, an 编写说明 dividing the work and naming an
association that organised the review, a 前言 signed "大兴工美技校景泰蓝教材编写组" with a date, a footer
with a landline and a street address (M1); an 编委会 with the company's short form and a post in brackets,
an 审稿意见表 one cell per line (编写单位, the expert, her university, the signature), a 前言 signed by
"西青民艺技校年画教材编写组" in Chinese numerals, a QQ group (M2); 会议纪要 of a 推进会 (主持, 参会人员 with
employers in brackets, a city association, 记录, decisions naming people), a tab-separated 编写人员 table with
"同上" (M3); a cover, an 编写人员 list with a university reviewer, a 校企合作协议 scanned and OCR'd (the
school's name and a signer's name broken by line ends, the other signer spaced out "严 文 涛", the company's
统一社会信用代码) (M4); a 钉钉 group chat exported as text (the group named after the school's short form, a
nickname "粼光-周映雪", an "@方兆祥", the reviewer's university and "娄老师"), a 前言 thanking the reviewer by
name, an address (M5); an English title page ("SHEN Hongjian", the school's English name), an 编写说明 where a
name written with a full-width space in the list is written without it ("姚　俊" / "姚俊"), an email closing
in Chinese with a bilingual signature ("范荣华 | Leo Fan", the company's English name, "+86 21 …") (M6); an
编委会 as a PDF extracts it (a name broken by a line end, the company in brackets on its own line), a 致谢
naming the company, a prefecture's 非遗 centre, a master, a university teacher and two student models (M7);
a 选题申报表 one cell per line (申报单位, 主编, his mobile written with spaces where the profile has none, his
email, 合作企业, 企业参编人员), a 版权页 with CIP line, ISBN, CIP number and 责任编辑 (M8); an 审稿会签到表 one
cell per line with "同上", a 后记 thanking the company's safety director, the reviewer and a county-level
city's 应急管理局, a 公众号 id (M9); an author's bio with his alma mater, an 编写说明 with a cooperative, a
培训通知 with the 主讲, the 报名联系人, a landline and a mobile, signed by the school's short form (M10).
Short forms of schools (大兴工美技校, 大兴工美, 西青民艺技校, 潍筝技校, 潍坊风筝技校, 镇农技校, 镇江农产品技校,
诸暨珠校, 嘉轻技校, 泾宣技校, 泾县宣纸技校, 漯食技校, 浏花技校, 浏阳花炮技校, 运农技校) and companies (瑞墨画坊,
云鹞风筝, 金山醋业, 粼光, 粼光珍珠, 恒准钟表, 青檀坊, 豫香食品, 金焰花炮, 晋果源). Names: mostly two- and
three-character Han names with common surnames (孙, 高, 刘, 马, 宋, 陆, 吴, 周, 徐, 胡, 黄, 彭, 罗) and some rare
ones (边, 寻, 査, 翟, 娄, 骆, 邢, 卫, 席, 景, 楚); names that are also words (田　甜, 程　露, 楚天舒 — a phrase of a
famous poem —); other scripts kept to a few labels (SHEN Hongjian, Leo Fan, the school's and the company's
English names). Contacts: landlines "010-6924 3185", "022-2739 1846", "0536-7582 413", "0511-8537 6204",
"0575-8718 2936", "0563-5126 874", "0731-8362 5907", "0359-2586 417", a Shanghai number "21 5953 8147" after
"+86", mobiles "139 3952 6481" and "152 3596 0873", emails on 126, 163, school and company domains, a QQ
group, a 公众号 id, a 统一社会信用代码, an ISBN and a CIP number, two street addresses.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public, historical
and legendary figures (钱美华 — sharing the chief editor's surname —, 戴廉增, 钟馗, 墨子, 鲁班, 杜康, 黑塔,
西施, 蔡伦, 孔丹, 许慎, 李畋, 关公 — sharing a writer's surname —, 王之涣), a historic factory named as history
(北京珐琅厂), customers, workers and people of tasks (李经理, Giulia, 张先生, 王女士, a streamer "珠珠姐",
刘女士, 赵先生, 吴老师, 孙女士, 刘经理, 老关), example data (王磊 on a firing record, 张军 on a drying record,
刘伟 on a batching record, batch numbers), surnames with a post, most sharing a team member's surname (小冯,
小边, 小孔, 老丁, 娄老师, 小骆, 沈老师, 小沈, 老曹, 小汪, 小孟, 小寻, 小卫), brands (恒顺, 上海牌, 劳力士, 红星牌,
双汇), the publisher as publisher (河南科学技术出版社), places and sites (燕京八景, 卢沟晓月, 杨柳青 — also inside
the partner's name —, 苏州桃花坞, 金山寺 — 金山 also inside the partner's name —, 北固山, 山下湖镇 — also
inside the partner's name —, 孔庙, 秋霞圃, 临猗示范园, 河东, 鹳雀楼), honours and nicknames (世界风筝都, 中国珍珠
之都, 中国食品名城, 中国花炮之乡, 国家级非物质文化遗产), an event (潍坊国际风筝会), an international body
(联合国教科文组织), standards, departments, posts, titles, headings and blanks of forms, a notice's
addressees.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6, v7, v8, v9, v10, v11 and
v12, unchanged, their "Decisions" included — people tied to the making of the manuscript (authors,
committee, drafters, reviewers, people thanked, the publisher's staff, photographers, students credited,
contact persons, the signers of an agreement), labelled by the name exactly as written without title or
post; the team's schools in every form (short forms and English names included) and the companies,
cooperatives, associations, universities and public bodies co-writing, employing a team member or named as
supporter or organiser of the review; contacts of the unit or a team member (street and number of an
address, not the postcode; a phone without its country code; ids of WeChat 公众号, QQ groups and the like;
统一社会信用代码; ISBN and CIP number). One label per occurrence, the shortest span a reviewer must not see;
a leading province left out when the rest names the unit, kept in a company's registered name and an
association's; a company's department, shop or site after its name not labelled. Surname-with-post
honorifics stay negatives; a name in several scripts gives one label per script; OCR and PDF output is
labelled as written, line breaks and spaces included; "同上" carries no label.
Decisions v5-v12 did not settle, taken before any measurement:
- A school in a district of a municipality (M1: "北京市大兴区工艺美术技工学校" on the cover; M6: the
  profile's "上海市嘉定区轻工技工学校") labels the name without the municipality ("大兴区工艺美术技工学校"),
  as v5 leaves out a leading province: the district names one place. v7 kept "天津市" only because "滨海"
  alone names many places. "北京市工艺美术行业协会" keeps "北京市", an association's name (v5). The English
  name "Jiading Light Industry Technical School, Shanghai" labels the name without the city after it.
- A 钉钉 group chat exported as text (M5) is labelled as v12 labels a WeChat chat: each sender at every
  line, the group's name at the school part ("诸暨珠校"), a nickname made of the company's short form and
  the name ("粼光-周映雪") giving two labels, an "@" mention without "@"; the reviewer's university named
  in the chat is labelled (as her employer), "娄老师" stays a negative; timestamps and emoji are not labelled.
- An 审稿意见表 (M2): the 编写单位 cell labels the school, as any other occurrence; the expert's name and
  her signature are two labels.
- A 选题申报表 one cell per line (M8): 申报单位, 主编, 联系电话, 电子邮箱, 合作企业 and 企业参编人员 are
  labelled; "（公章）", the title and the date are not. The mobile is labelled as written with its spaces
  ("139 3952 6481"), though the registered profile holds it without them.
- An 审稿会签到表 one cell per line (M9): every attendee and the unit beside each is labelled, as v12's
  参会人员; "同上" carries no label; posts and titles are not labelled.
- A county-level city's 应急管理局 thanked for its guidance (M9) is labelled as v10 labels a county-level
  body named as supporter; a prefecture's 非遗保护中心 supporting the book (M7) as v8's.
- A 培训通知 issued by the school for the book's trial (M10): the 主讲 and the 报名联系人 are labelled with
  the contact's landline and mobile, and the school's short form that signs it; the addressees
  ("各乡镇农技站、各合作社") and the demonstration orchard's place name are not.
- A name that is also a phrase (楚天舒, M8, from "极目楚天舒") is labelled; the phrase does not occur in M8.
- A Chinese email closing ("此致") followed by "范荣华 | Leo Fan" (M6) gives two labels, one per script, as
  v12's English signature; the salutation "沈老师" stays a negative.
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is
also a substring of a longer labelled name can be counted found when only the longer one was found:
"大兴工美" (M1) in "大兴工美技校", "云鹞风筝" (M3) in "潍坊市寒亭区云鹞风筝有限公司", "金山醋业" (M4) in
"镇江金山醋业有限公司", "粼光" and "粼光珍珠" (M5) in "诸暨市山下湖粼光珍珠有限公司" ("粼光" also in
"粼光珍珠"), "恒准钟表" (M6) in "上海恒准钟表服务有限公司", "青檀坊" (M7) in "泾县青檀坊宣纸有限公司",
"豫香食品" (M8) in "漯河豫香食品有限公司", "金焰花炮" (M9) in "浏阳市金焰花炮制造有限公司", "晋果源" (M10) in
"临猗县晋果源果业专业合作社"; and a label occurring more than once in its manuscript (钱承泽, 孙砚秋, 高鹤年,
冯巧云, 朱明轩, 瑞墨画坊, 崔宏亮, 西青民艺技校, 孔令涛, 宋淑珍, 程亦航, 杜满仓, 蔡德胜, 金山醋业, 方兆祥,
吴玉珍, 周映雪, 诸暨珠校, 浙江农林大学, 沈鸿渐, 顾雯雯, 范荣华, 徐立峰, 青檀坊, 袁志宏, 聂红旗, 孟凡丽, 彭永健,
罗婉婷, 寻德成, 金焰花炮, 胡凌峰, 卫保平, 山西农业大学, 运城市农业技工学校, 席树林) can be counted found at one
occurrence from a finding at another. Conversely the broken, spaced and unspaced forms ("严 文 涛" / "严文涛",
"丁福\\n生" / "丁福生", "曹瑞\\n祥" / "曹瑞祥", "姚　俊" / "姚俊", "镇江市农产品加工技\\n工学校" /
"镇江市农产品加工技工学校") are distinct strings and scored apart; "Leo Fan" and the lower-case "leo.fan"
inside the email are too. The two-character "姚俊" is a short string a substring scorer could meet
elsewhere; it occurs nowhere else in M6.
195 labels: 104 people, 68 units, 23 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V15 = [
    Manuscript(
        "景泰蓝制作工艺",
        dict(names=["钱承泽"], units=["北京市大兴区工艺美术技工学校"]),
        {
            "封面": "景泰蓝制作工艺\n（校本教材）\n北京市大兴区工艺美术技工学校　编\n二〇二五年九月",
            "编写人员": "主　编：钱承泽\n副主编：孙砚秋　高鹤年（北京京珐工艺品有限公司）\n参　编：冯巧云　朱明轩　石宝昌",
            "编写说明": "编写说明\n本书按“制胎—掐丝—点蓝—烧蓝—磨光—镀金”六道工序组织项目。项目一、项目六由钱承泽编写，项目二由高鹤年"
                        "编写，项目三由孙砚秋编写，项目四、项目五由冯巧云、朱明轩编写；全书线稿由企业提供。书稿由北京市工艺美术"
                        "行业协会组织专家审读。",
            "前言": "景泰蓝因明代景泰年间盛行、多用蓝色釉料而得名。新中国成立后，北京珐琅厂的钱美华等老一辈设计师让这门宫廷技艺走进"
                    "寻常百姓家；2006 年景泰蓝制作技艺入选第一批国家级非物质文化遗产名录。本书依据《工艺美术品制作工国家职业技能标准》"
                    "编写。\n\n大兴工美技校景泰蓝教材编写组\n2025 年 9 月",
            "正文": "项目二　掐丝\n【任务】某酒店的李经理为年会订购 60 只景泰蓝书签，图案取“燕京八景”之一；学徒小冯须先按图样掐出"
                    "“卢沟晓月”的轮廓。\n烧蓝记录（示例）：炉次 05　操作人 王磊　炉温 800 ℃",
            "页脚": "大兴工美 · 特种工艺教研室　电话：010-6924 3185　地址：大兴区兴丰大街三段 58 号",
        },
        # Hard negatives: 校本教材, 二〇二五年九月, the cues 主　编 / 副主编 / 参　编, 企业 (unnamed), the six
        # processes, 北京珐琅厂 (a historic factory named as history, no partner) and 钱美华 (a public designer, sharing the chief
        # editor's surname), 景泰 (an emperor's reign), 国家级非物质文化遗产 (an honour), the national standard, 编写组 alone,
        # 李经理 (a customer with a post), 燕京八景 / 卢沟晓月 (sights), 小冯 (a surname with a post, sharing 冯巧云's surname), the
        # example record (05, 王磊, 800 ℃), 特种工艺教研室 (a department), 大兴区 before the street (a place), 2025 年 9 月.
        ["大兴区工艺美术技工学校", "钱承泽", "孙砚秋", "高鹤年", "北京京珐工艺品有限公司", "冯巧云", "朱明轩", "石宝昌",
         "钱承泽", "高鹤年", "孙砚秋", "冯巧云", "朱明轩", "北京市工艺美术行业协会",
         "大兴工美技校", "大兴工美", "010-6924 3185", "兴丰大街三段 58 号"],
    ),
    Manuscript(
        "杨柳青木版年画",
        dict(names=["边书岩"], units=["天津市西青区民间工艺技工学校"]),
        {
            "编委会": "编委会\n主　任：边书岩\n副主任：赵德润（瑞墨画坊　艺术总监）\n委　员：刘秀兰　马晓菲　田　甜",
            "审稿意见表": "教材审稿意见表\n教材名称\n杨柳青木版年画\n编写单位\n西青区民间工艺技工学校\n审稿专家\n崔宏亮\n工作单位\n"
                          "天津美术学院\n职称\n教授\n审稿意见\n“勾、刻、印、画、裱”五道工序讲解清楚；项目四“半印半画”建议补充戴廉增"
                          "画店的老照片。\n专家签字\n崔宏亮\n2025 年 6 月 12 日",
            "前言": "杨柳青木版年画与苏州桃花坞年画并称“南桃北柳”，《连年有余》里抱鱼的胖娃娃家喻户晓。本书由西青民艺技校与天津"
                    "杨柳青瑞墨年画有限公司合作编写，瑞墨画坊提供了全部刻版和印制视频。\n\n西青民艺技校年画教材编写组\n二〇二五年七月",
            "正文": "项目三　套色印刷\n【任务】春节前，来自意大利的游客 Giulia 想买一幅手绘的《连年有余》；店员小边须向她介绍“一版一色”"
                    "的套印。\n练习：为画中的钟馗补画五色。",
            "页脚": "西青民艺技校　电话：022-2739 1846　QQ 群：571 208 934",
        },
        # Hard negatives: 编委会 / 主　任 / 副主任 / 委　员 (cues), 艺术总监 (a post), the form's headings, 教授, the five
        # processes, 戴廉增 (a historical shop and its founder), 2025 年 6 月 12 日, 杨柳青 (a town, also inside the partner's
        # name), 苏州桃花坞 (a place and another school of prints), 南桃北柳, 《连年有余》 (a print), 二〇二五年七月, 意大利 /
        # Giulia (a tourist of the task), 小边 (a surname with a post, sharing the chief editor's surname), 钟馗 (legendary).
        ["边书岩", "赵德润", "瑞墨画坊", "刘秀兰", "马晓菲", "田　甜", "西青区民间工艺技工学校", "崔宏亮", "天津美术学院",
         "崔宏亮", "西青民艺技校", "天津杨柳青瑞墨年画有限公司", "瑞墨画坊", "西青民艺技校", "西青民艺技校", "022-2739 1846",
         "571 208 934"],
    ),
    Manuscript(
        "风筝制作",
        dict(names=["孔令涛"], units=["山东省潍坊市风筝工艺技工学校"]),
        {
            "会议纪要": "《风筝制作》教材编写推进会会议纪要\n时间：2025 年 4 月 9 日 9:00\n地点：潍筝技校实训楼 208 室\n主持：孔令涛\n"
                        "参会人员：孔令涛、宋淑珍、程亦航、杜满仓（云鹞风筝）、蔡德胜（潍坊市风筝协会）\n记录：宋淑珍\n议定事项：\n"
                        "1. 项目二“扎制”由杜满仓牵头；\n2. 蔡德胜负责联系第 42 届潍坊国际风筝会的放飞场地，供拍摄使用；\n"
                        "3. 6 月底前交二稿。",
            "编写人员": "姓名\t单位\t职称\t分工\n孔令涛\t潍坊市风筝工艺技工学校\t高级讲师\t项目一、项目五\n宋淑珍\t同上\t讲师\t项目三\n"
                        "程亦航\t同上\t一级实习指导教师\t项目四\n杜满仓\t潍坊市寒亭区云鹞风筝有限公司\t高级技师\t项目二",
            "前言": "潍坊被誉为“世界风筝都”。相传墨子“斫木为鹞”，鲁班“削竹木以为鹊”，风筝在中国已有两千多年历史。本书在编写中得到"
                    "业内同行的大力支持，在此致谢。\n\n编　者\n2025 年 6 月于潍坊",
            "正文": "项目四　软翅蝴蝶风筝的绘制\n【任务】北京的张先生定制一只“龙头蜈蚣”风筝，要求 20 节腰子；学徒小孔须先画出龙头的"
                    "彩绘稿。",
            "页脚": "潍坊风筝技校　风筝专业部　电话：0536-7582 413",
        },
        # Hard negatives: the minutes' headings, 2025 年 4 月 9 日 9:00, 实训楼 208 室 (after the school's short form), 议定事项,
        # 第 42 届潍坊国际风筝会 (an event), the table's headings and "同上", 高级讲师 / 讲师 / 一级实习指导教师 / 高级技师
        # (titles), 世界风筝都 (an honour), 墨子 / 鲁班 (historical), 编　者, 2025 年 6 月于潍坊, 张先生 (a customer with a post),
        # 北京 (a place), 龙头蜈蚣 (a kite), 小孔 (a surname with a post, sharing the chief editor's surname), 风筝专业部.
        ["潍筝技校", "孔令涛", "孔令涛", "宋淑珍", "程亦航", "杜满仓", "云鹞风筝", "蔡德胜", "潍坊市风筝协会", "宋淑珍",
         "杜满仓", "蔡德胜", "孔令涛", "潍坊市风筝工艺技工学校", "宋淑珍", "程亦航", "杜满仓",
         "潍坊市寒亭区云鹞风筝有限公司", "潍坊风筝技校", "0536-7582 413"],
    ),
    Manuscript(
        "香醋酿造技术",
        dict(names=["严文涛"], units=["江苏省镇江市农产品加工技工学校"]),
        {
            "封面": "香醋酿造技术\n镇江市农产品加工技工学校　编",
            "编写人员": "主　编　严文涛\n副主编　陆蔚然　丁福生（金山醋业　总酿造师）\n参　编　汤永刚　许梦琪\n主　审　邹鹏飞（江南大学食品学院）",
            "校企合作协议（扫描件 OCR）": "校企合作协议书\n甲方：镇江市农产品加工技\n工学校\n乙方：镇江金山醋业有限公司\n"
                                        "统一社会信用代码：91321112MA1P6KX32R\n第三条　乙方选派技术骨干参与《香醋酿造技术》教材编写，"
                                        "并提供固态分层发酵车间供甲方学生跟岗实习。\n甲方代表：严 文 涛\n乙方代表：丁福\n生\n二〇二五年三月六日",
            "前言": "镇江香醋以“酸而不涩、香而微甜、色浓味鲜”著称，恒顺香醋更是家喻户晓；民间相传杜康之子黑塔酿出了第一缸醋。本书由"
                    "镇农技校与金山醋业合作编写，产品标准依据 GB/T 18623—2011。\n\n编　者\n2025 年 8 月",
            "正文": "项目三　固态分层发酵\n【任务】南京某超市的采购员王女士要求 3 月底前供应 2 000 箱 550 mL 香醋，总酸不低于 5.0 g/100 mL；"
                    "翻醅工老丁须先测醅温。金山寺、北固山的传说可作拓展阅读。",
            "页脚": "镇江农产品技校 · 发酵教研室　邮箱：zjncp_fj@126.com　电话：0511-8537 6204",
        },
        # Hard negatives: 编 (on the cover), 总酿造师 (a post), 食品学院 (inside the university), the cues, 甲方 / 乙方, 第三条, 固态分层发酵车间
        # (a site), 跟岗实习, 二〇二五年三月六日, 恒顺 (a brand), 杜康 / 黑塔 (legendary), GB/T 18623—2011 (a standard), 编　者,
        # 2025 年 8 月, 南京 (a place), 王女士 (a customer with a post), 老丁 (a surname with a post, sharing 丁福生's surname),
        # 金山寺 / 北固山 (sites; 金山 is also inside the partner's name), 发酵教研室.
        ["镇江市农产品加工技工学校", "严文涛", "陆蔚然", "丁福生", "金山醋业", "汤永刚", "许梦琪",
         "邹鹏飞", "江南大学", "镇江市农产品加工技\n工学校", "镇江金山醋业有限公司", "91321112MA1P6KX32R", "严 文 涛", "丁福\n生",
         "镇农技校", "金山醋业", "镇江农产品技校", "zjncp_fj@126.com", "0511-8537 6204"],
    ),
    Manuscript(
        "淡水珍珠加工",
        dict(names=["方兆祥"], units=["浙江省诸暨市珍珠工艺技工学校"]),
        {
            "编写人员": "主　编：方兆祥\n副主编：吴玉珍\n编　者：何浩宇　骆文娟　周映雪（诸暨市山下湖粼光珍珠有限公司）",
            "钉钉群聊": "【钉钉群】诸暨珠校·珍珠加工教材编写\n2025/5/12 19:02  方兆祥：\n项目三的打孔视频谁在剪？\n"
                        "2025/5/12 19:06  粼光-周映雪：\n我们车间的小姑娘在剪，周五前给 👍\n2025/5/12 19:10  吴玉珍：\n"
                        "@方兆祥 审稿专家定了吗？\n2025/5/12 19:15  方兆祥：\n浙江农林大学的娄老师答应了，下周把样稿寄给她",
            "前言": "诸暨是西施故里；山下湖镇被称为“中国珍珠之都”，淡水珍珠产量占全国七成以上。本书由诸暨市珍珠工艺技工学校与粼光珍珠"
                    "合作编写，感谢浙江农林大学娄雅萍副教授审阅全书。\n\n诸暨珠校珍珠教材编写组\n2025 年 7 月",
            "正文": "项目三　珍珠打孔与串制\n【任务】直播间主播“珠珠姐”接到一笔订单：客户刘女士要一条 7~8 mm 正圆白珠项链，长 45 cm；"
                    "学徒小骆须先按光泽和瑕疵分级配珠。",
            "页脚": "地址：诸暨市浣纱南路 112 号　电话：0575-8718 2936",
        },
        # Hard negatives: the cues, the chat's timestamps and emoji, 小姑娘 (unnamed), 审稿专家 (unnamed), 娄老师 (a surname with a
        # post, naming the reviewer), 西施 (legendary), 山下湖镇 (a town, also inside the partner's name), 中国珍珠之都 (an honour),
        # 副教授, 2025 年 7 月, 珠珠姐 (a streamer's handle in the task), 刘女士 (a customer with a post), 小骆 (a surname with a
        # post, sharing 骆文娟's surname), 诸暨市 before the street (a place).
        ["方兆祥", "吴玉珍", "何浩宇", "骆文娟", "周映雪", "诸暨市山下湖粼光珍珠有限公司", "诸暨珠校", "方兆祥", "粼光", "周映雪",
         "吴玉珍", "方兆祥", "方兆祥", "浙江农林大学", "诸暨市珍珠工艺技工学校", "粼光珍珠", "浙江农林大学", "娄雅萍",
         "诸暨珠校", "浣纱南路 112 号", "0575-8718 2936"],
    ),
    Manuscript(
        "钟表维修",
        dict(names=["沈鸿渐"], units=["上海市嘉定区轻工技工学校"]),
        {
            "英文扉页": "Watch and Clock Repair\nChief Editor: SHEN Hongjian\nJiading Light Industry Technical School, Shanghai",
            "编写人员": "主编：沈鸿渐\n副主编：顾雯雯、范荣华（上海恒准钟表服务有限公司）\n参编：徐立峰、姚　俊",
            "编写说明": "编写说明\n本书共七个项目：机械表的拆装、清洗加油、走时调校、石英表维修、防水检测、表壳表带修复和名表保养。沈鸿渐编写"
                        "项目一至项目三，顾雯雯编写项目四，徐立峰、姚俊编写项目五、项目六，企业专家范荣华编写项目七并核对了"
                        "全部调校数据。",
            "邮件": "沈老师：\n您好！项目七的拆装照片已上传到共享盘，上海牌 7120 机芯的分解图也一并放进去了。\n\n此致\n范荣华 | Leo Fan\n"
                    "After-sales Technical Director\nShanghai Hengzhun Watch Service Co., Ltd.\nTel: +86 21 5953 8147\n"
                    "Email: leo.fan@hengzhun-watch.com",
            "前言": "嘉定素有“教化嘉定”之称，孔庙与秋霞圃闻名江南；上海的制表业则从 1955 年试制第一只国产手表起步。本书由嘉定区轻工"
                    "技工学校与恒准钟表联合编写。\n\n嘉轻技校《钟表维修》编写组\n2025 年 10 月",
            "正文": "项目三　走时调校\n【任务】顾客赵先生送修一块劳力士 Datejust，日差 +35 秒；维修工小沈须先用校表仪测出摆幅和偏振。",
                    },
        # Hard negatives: Watch and Clock Repair (the title), Chief Editor, Shanghai (a city), 售后技术总监 (a post), the seven
        # projects, 沈老师 (a surname with a post, naming the chief editor), 上海牌 7120 (a brand and calibre), 此致,
        # After-sales Technical Director, Tel / Email, +86, 教化嘉定 (a motto), 孔庙 / 秋霞圃 (sites), 1955 年, 2025 年 10 月,
        # 赵先生 (a customer with a post), 劳力士 Datejust (a brand and model), 小沈 (a surname with a post, sharing the chief
        # editor's surname), 企业专家 (a post).
        ["SHEN Hongjian", "Jiading Light Industry Technical School", "沈鸿渐", "顾雯雯", "范荣华", "上海恒准钟表服务有限公司",
         "徐立峰", "姚　俊", "沈鸿渐", "顾雯雯", "徐立峰", "姚俊", "范荣华", "范荣华", "Leo Fan",
         "Shanghai Hengzhun Watch Service Co., Ltd.", "21 5953 8147", "leo.fan@hengzhun-watch.com", "嘉定区轻工技工学校",
         "恒准钟表", "嘉轻技校"],
    ),
    Manuscript(
        "宣纸制作技艺",
        dict(names=["汪廷璋"], units=["安徽省泾县宣纸工艺技工学校"]),
        {
            "编委会（PDF）": "编委会\n主任\n汪廷璋\n副主任\n曹瑞\n祥\n（青檀坊）\n委员\n胡桂英\n翟嘉琳\n査长青\n秘书\n程　露",
            "致谢": "致　谢\n本书编写得到泾县青檀坊宣纸有限公司、宣城市非物质文化遗产保护中心的大力支持。青檀坊捞纸车间的曹瑞祥师傅示范了"
                    "全部捞纸动作，安徽师范大学美术学院的潘宗岱老师校订了术语，学生邢雨萌、章予安担任视频模特，在此一并致谢。",
            "前言": "宣纸“始于唐代、产于泾县”，民间相传东汉蔡伦的弟子孔丹在皖南以青檀树皮造纸。2009 年，宣纸传统制作技艺入选联合国"
                    "教科文组织人类非物质文化遗产代表作名录。\n\n泾宣技校宣纸教材编写组\n二〇二五年五月",
            "正文": "项目四　捞纸\n【任务】某书画院的吴老师订购 100 刀四尺净皮单宣；捞纸工老曹与帮槽的小汪须配合完成，规格可对照红星牌"
                    "宣纸。\n晒纸记录（示例）：批次 QT-0412　晒纸工 张军　晒墙温度 65 ℃",
            "页脚": "泾县宣纸技校　电话：0563-5126 874　邮箱：jxxzjx@163.com",
        },
        # Hard negatives: 编委会 / 主任 / 副主任 / 委员 / 秘书 (cues), 致　谢, 捞纸车间 (a site after the short form), 师傅 / 老师,
        # 美术学院 (inside the university), 视频模特, 唐代, 泾县 alone (a county), 蔡伦 / 孔丹 (historical and legendary), 皖南,
        # 青檀树 (a tree, also inside the partner's name), 联合国教科文组织 (an international body), 二〇二五年五月, 吴老师 (a
        # customer with a post), 老曹 / 小汪 (surnames with a post, sharing 曹瑞祥's and the chief editor's surnames), 红星牌 (a
        # brand), the example record (QT-0412, 张军, 65 ℃).
        ["汪廷璋", "曹瑞\n祥", "青檀坊", "胡桂英", "翟嘉琳", "査长青", "程　露", "泾县青檀坊宣纸有限公司",
         "宣城市非物质文化遗产保护中心", "青檀坊", "曹瑞祥", "安徽师范大学", "潘宗岱", "邢雨萌", "章予安", "泾宣技校",
         "泾县宣纸技校", "0563-5126 874", "jxxzjx@163.com"],
    ),
    Manuscript(
        "肉制品加工技术",
        dict(names=["袁志宏"], units=["河南省漯河市食品工业技工学校"], phones=["13939526481"]),
        {
            "选题申报表": "技工院校校本教材选题申报表\n教材名称\n肉制品加工技术\n申报单位\n漯河市食品工业技工学校\n主编\n袁志宏\n职称\n"
                          "高级讲师\n联系电话\n139 3952 6481\n电子邮箱\nyuanzh@lhspjx.cn\n合作企业\n漯河豫香食品有限公司\n企业参编人员\n"
                          "聂红旗\n单位意见\n同意申报。\n（公章）\n2025 年 3 月 20 日",
            "编写人员": "主编　袁志宏\n副主编　孟凡丽　聂红旗\n参编　宁晓萱　楚天舒",
            "前言": "漯河是东汉经学家许慎的故乡，如今被称为“中国食品名城”，双汇等肉制品企业闻名全国。本书由漯食技校与豫香食品共同开发，"
                    "河南牧业经济学院的申润芝教授审阅了全书。\n\n编　者\n2025 年 11 月",
            "正文": "项目二　低温火腿肠的制作\n【任务】郑州某连锁超市的采购经理孙女士下单 5 000 根低温火腿肠，要求冷链配送；灌装工小孟须先"
                    "校准定量灌装机。\n配料记录（示例）：批号 20250318　配料员 刘伟　食盐 1.8 kg",
            "版权页": "图书在版编目（CIP）数据\n肉制品加工技术 / 袁志宏，孟凡丽主编. —郑州：河南科学技术出版社，2025.12\n"
                      "ISBN 978-7-5725-1843-0\nⅠ．①肉…　Ⅱ．①袁…②孟…　Ⅲ．①肉制品—食品加工\n"
                      "中国版本图书馆 CIP 数据核字（2025）第 264518 号\n责任编辑：葛宪章　责任校对：—",
        },
        # Hard negatives: the form's headings, 高级讲师, 同意申报, （公章）, 2025 年 3 月 20 日, 许慎 (historical), 中国食品名城 (an
        # honour), 双汇 (a brand), 教授, 编　者, 2025 年 11 月, 郑州 (a place), 孙女士 (a
        # customer with a post), 小孟 (a surname with a post, sharing 孟凡丽's surname), the example record (20250318, 刘伟),
        # 河南科学技术出版社 (the publisher as publisher), the truncated index line (①袁…②孟…), 2025.12, 责任校对 left blank.
        ["漯河市食品工业技工学校", "袁志宏", "139 3952 6481", "yuanzh@lhspjx.cn", "漯河豫香食品有限公司", "聂红旗", "袁志宏",
         "孟凡丽", "聂红旗", "宁晓萱", "楚天舒", "漯食技校", "豫香食品", "河南牧业经济学院", "申润芝", "袁志宏", "孟凡丽",
         "978-7-5725-1843-0", "264518", "葛宪章"],
    ),
    Manuscript(
        "烟花爆竹安全生产",
        dict(names=["彭永健"], units=["湖南省浏阳市烟花爆竹技工学校"]),
        {
            "编写人员": "主　编　彭永健\n副主编　罗婉婷　寻德成（金焰花炮）\n参　编　黄润生　尹雅楠",
            "审稿会签到表": "《烟花爆竹安全生产》审稿会签到表\n日期：2025 年 8 月 26 日\n姓名\n单位\n职务/职称\n胡凌峰\n中南大学\n教授\n"
                            "寻德成\n浏阳市金焰花炮制造有限公司\n安全总监\n彭永健\n浏阳市烟花爆竹技工学校\n高级讲师\n罗婉婷\n同上\n讲师",
            "后记": "后　记\n三年前，金焰花炮的寻德成总监带我们走进药物混合工房，我们才真正明白“安全第一”四个字的分量。感谢胡凌峰教授"
                    "的审阅，感谢浏阳市应急管理局的指导。\n\n浏花技校花炮教材编写组\n2025 年 9 月",
            "正文": "项目五　组合烟花的装配\n【任务】某婚庆公司的刘经理订购 30 箱 100 发组合烟花，用于 10 月 1 日的婚礼；装配工小寻须先核对"
                    "药量。产品须符合 GB 10631—2013《烟花爆竹 安全与质量》。\n阅读：相传唐代李畋以竹筒装硝石驱山魈，被奉为花炮祖师；"
                    "浏阳因此被称为“中国花炮之乡”。",
            "页脚": "浏阳花炮技校　电话：0731-8362 5907　微信公众号：lyhpjx",
        },
        # Hard negatives: the cues, the sheet's headings and dates, 教授 / 安全总监 / 高级讲师 / 讲师 (posts and titles), "同上", 总监,
        # 药物混合工房 (a workshop), 安全第一, 2025 年 9 月, 刘经理 (a customer with a post), 婚庆公司 (unnamed), 小寻 (a surname with a
        # post, sharing 寻德成's rare surname), GB 10631—2013 (a standard), 李畋 (legendary), 中国花炮之乡 (an honour).
        ["彭永健", "罗婉婷", "寻德成", "金焰花炮", "黄润生", "尹雅楠", "胡凌峰", "中南大学", "寻德成", "浏阳市金焰花炮制造有限公司",
         "彭永健", "浏阳市烟花爆竹技工学校", "罗婉婷", "金焰花炮", "寻德成", "胡凌峰", "浏阳市应急管理局",
         "浏花技校", "浏阳花炮技校", "0731-8362 5907", "lyhpjx"],
        aliases=["浏阳花炮技校"],
    ),
    Manuscript(
        "果树栽培与管理",
        dict(names=["卫保平"], units=["山西省运城市农业技工学校"]),
        {
            "主编简介": "主编简介\n卫保平，1972 年生，毕业于山西农业大学园艺系，高级讲师、高级农艺师，运城市农业技工学校果树专业带头人，"
                        "从事果树栽培教学三十年。",
            "编写说明": "编写说明\n本书由运城市农业技工学校与临猗县晋果源果业专业合作社共同编写。卫保平编写项目一、项目二；柴淑芳编写项目三；"
                        "关月茹编写项目四；晋果源理事长景海龙编写项目五“矮砧密植园的周年管理”并提供了示范园照片；席树林绘制了全书插图。"
                        "山西农业大学园艺学院的秦立诚教授审阅了全书。",
            "培训通知": "关于举办苹果矮砧密植技术培训班的通知\n各乡镇农技站、各合作社：\n为配合《果树栽培与管理》教材试用，我校定于 2025 年"
                        " 11 月 5 日至 7 日在临猗示范园举办培训班。主讲：卫保平。\n报名联系人：席树林　电话：0359-2586 417　手机："
                        "152 3596 0873\n\n运农技校\n2025 年 10 月 20 日",
            "前言": "运城古称河东，是关公故里，王之涣的《登鹳雀楼》就写在这里；如今运城苹果产量居全国地级市前列。\n\n编　者\n"
                    "2025 年 10 月于运城",
            "正文": "项目三　整形修剪\n【任务】果农老关的 2 亩红富士进入盛果期，树冠郁闭、产量下降；技术员小卫须先提出疏枝方案。",
            "页脚": "果树专业部　邮箱：ycnjx_gs@163.com",
        },
        # Hard negatives: 1972 年生, 园艺系 / 园艺学院 (inside the university), 高级讲师 / 高级农艺师 / 理事长 / 教授 (titles and posts),
        # 专业带头人, 矮砧密植, 示范园 (unnamed), the notice's addressees (各乡镇农技站、各合作社), 临猗示范园 (a site), the dates,
        # 主讲 / 报名联系人 (cues), 河东, 关公 (historical, sharing 关月茹's surname), 王之涣 and 《登鹳雀楼》 (historical), 编　者,
        # 2025 年 10 月于运城, 老关 (a farmer of the task, sharing 关月茹's surname), 红富士 (a variety), 小卫 (a surname with a post,
        # sharing the chief editor's surname), 果树专业部.
        ["卫保平", "山西农业大学", "运城市农业技工学校", "运城市农业技工学校", "临猗县晋果源果业专业合作社", "卫保平", "柴淑芳",
         "关月茹", "晋果源", "景海龙", "席树林", "山西农业大学", "秦立诚", "卫保平", "席树林", "0359-2586 417",
         "152 3596 0873", "运农技校", "ycnjx_gs@163.com"],
    ),
]
