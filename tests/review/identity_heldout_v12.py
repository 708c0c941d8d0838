"""A twelfth held-out labelled set for the identity matcher (R3), written by a helper who never read the
matcher's code nor its tests nor its benchmark, never ran the matcher on this set, and labelled every
occurrence before anyone measured it. Its figures are meant to be taken once; it must not be tuned on.
Its people, units, companies and contacts appear in no earlier set (v1-v11 and the development corpus,
checked by string, given names of three-character names included).

Weighted toward the most common real cases: ordinary Han names, schools and companies in full and in the
short forms colleagues use, and the everyday documents of 技工院校 and their partner companies. Ten trades
and regions no earlier set used: 铸造 in 含山 (安徽马鞍山), 木雕 in 东阳 (浙江金华), 柳编 in 临沭 (山东临沂)
with a German designer, 灯饰 in 古镇 (广东中山, Cantonese surnames 冼, 区, 麦, 邝), 高铁乘务 in 怀化 (湖南),
古典家具 in 仙游 (福建莆田), 西式面点 in 宿迁 (江苏), 推光漆器 in 平遥 (山西晋中), 发制品 in 许昌 (河南) and
电机维修 in 湘潭 (湖南). Kinds of writing: an 编写说明 dividing the work and a 课程思政 case whose worker is
the co-writing company's, a 前言 signed by "含铸技校《…》编写组" with a date (M1); an 编委会 list, a WeChat
group chat exported as text (timestamps, senders' nicknames "吴秋萍-檀艺", "Jessie蒋燕飞", an "@楼巧玲"), an
审稿意见表 one cell per line with the reviewer's university and signature (M2); a 专业建设方案 extract
(专业带头人, 骨干教师, 合作企业, a German expert in Chinese and Latin script with her company), a 培训合格证书
样张 with the issuing school and the 校长 signing, a 前言 signed by "临沭柳编技校教材编写组" (M3); 会议纪要 of
a kick-off meeting (主持, 参会人员 with employers in brackets, 记录, decisions naming people), a 教学设计
header one cell per line, a landline with an extension (M4); an 编写人员 list, a 竞赛获奖名单 one cell per
line with "同上" and another school's winner, a 实训报告 template with blanks and the 指导教师 filled in (M5);
an 编写说明 with a photographer, a 校企合作协议 scanned and OCR'd (a school name and a signer's name broken
by line ends, a signer spaced out "林 志 航"), an address, a company's 抖音号 (M6); a cover with two units,
a 教案 首页 one cell per line (the teacher without the full-width space the list gives her), full-width
digits in a landline, an email with "(at)", a 400 number (M7); an English title page ("GENG Yuxia", the
school's English name), an 编委会 as a PDF extracts it (a name broken by a line end, the company in
brackets on its own line), an 编写说明 with a master's 口述 and a university reviewer (M8); a 审稿意见
table with the 修改人, an English email signature ("Cindy Han | 韩欣怡", the company's English name, "+86"
and WhatsApp), a 前言 signed by "许发技校《…》编写组" in Chinese numerals (M9); 会议纪要 of a 审稿会, a cover
with two units, a mobile "微信同号" (M10). Short forms of schools (含铸技校, 含山铸校, 东阳木雕技校, 东木技校,
临沭柳编技校, 中山灯饰技校, 古镇灯校, 怀轨技校, 怀化轨道技校, 仙家技校, 宿商技校, 宿迁商贸技校, 平遥漆艺技校,
许发技校, 许昌发艺技校, 潭电技校) and companies (鑫铸机械, 檀艺木雕, 檀艺, 金柳工艺, 华耀照明, 五溪乘务, 榫卯居,
麦香坊, 漆韵堂, 瑞丝发制品, 楚湘电机). Names: mostly two- and three-character Han names with common surnames
(陶, 吴, 郭, 蒋, 林, 杨, 易, 谭) and rare ones (訾, 苑, 褚, 冼, 区, 邝, 粟, 旷, 卞, 仲, 冀, 甄, 平); other
peoples and scripts kept to a few labels (Katrin Vogel and 卡特琳·福格尔, Hausgarten GmbH, GENG Yuxia, the
school's English name, Cindy Han, Xuchang Ruisi Hair Products Co., Ltd.). Contacts: landlines
"0555-4216638", "0579－8663 2105", "0539—6215 803", "(0760) 22558816 转 8012", "0745-2713 690",
"0594-8291 357", "０５２７－８４３６２０９１", "0354－5683 172", "0374-2961 538", "0731－5862 3419", mobiles
"137 8214 6093" (after "+86") and "13574208836", a 400 number, emails on 163, 126, school and company
domains and one with "(at)", a website host, a QQ group, a WeChat id, a 抖音号, three street addresses.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public and
historical figures (毛腊生, 宋应星, 黄紫金, 陆光正 — sharing the reviewer's surname —, 爱迪生, 李耕, 项羽 —
sharing a writer's surname —, 乾隆, 雷履泰, 薛生金, 曹操, 毛泽东, 彭德怀, 齐白石), a cited author (王世襄),
customers, workers and people of tasks (王经理, 陈女士, Herr Schmidt, 梁生, 阿强, 黄女士, 赵阿姨, 刘先生,
Amara Okafor, 周师傅, 王大爷), example data (张伟 on a furnace record, 刘洋 on a crew log, a sample
certificate's trainee 李小柳 and number, a nameplate's serial number and 示例电机厂), another school's
competitor, coach and school in a results list (龚思彤, 唐晓军, 永州市轨道技工学校), surnames with a post,
most sharing a team member's surname (老陶, 小蒋, 陆老师, 小楼, 小褚, 小粟, 老郑, 小仲, 小郝, 牛老师, 小代,
小旷), "Jessie" alone, brands (一汽, 潍柴, 宜家, 欧普, 雷士, 飞利浦, 好利来, 元祖, 安佳, 瑞贝卡, 湘电集团),
places and sites (凌家滩, 褒禅山 inside a street name, 卢宅 — sharing the chief editor's surname —, 横店影视城,
沂河 — also inside a partner's name —, 古镇 alone, 五溪 — also inside the company's name —, 故宫, 平遥古城,
日升昌, 乔家大院 — sharing the reviewer's surname —), honours and nicknames (中国铸造之乡, 百工之乡,
中国柳编之乡, 中国灯饰之都, 火车拖来的城市, 中国古典工艺家具之都, 世界发制品之都, 大国工匠), a contest,
a national body (中国国家铁路集团有限公司), standards, departments, posts, headings and blanks of forms.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6, v7, v8, v9, v10 and v11,
unchanged, their "Decisions" included — people tied to the making of the manuscript (authors, committee,
drafters, reviewers, people thanked, photographers, students credited, contact persons, a 修改人, the
signers of a cover table or an agreement), labelled by the name exactly as written without title or
post; the team's schools in every form (former names, short forms and English names included) and the
companies, associations, universities and hospitals co-writing, employing a team member or named as
supporter or organiser of the review; contacts of the unit or a team member (street and number of an
address, not the postcode; a phone without its country code; a fax; a 400 number; ids of WeChat, QQ
groups, 抖音 and the like). One label per occurrence, the shortest span a reviewer must not see; a
leading province left out when the rest names the unit, kept in a company's registered name; a
company's department, shop or site after its name not labelled. Surname-with-post honorifics stay
negatives; a name in several scripts gives one label per script; OCR and PDF output is labelled as
written, line breaks and spaces included; "同上" carries no label.
Decisions v5-v11 did not settle, taken before any measurement:
- A WeChat group chat exported as text (M2): each sender's nickname is labelled at every line, as v11
  labels the reviser over each revision; the group's name labels the school part ("东阳木雕技校", v11's
  rule); a nickname made of a name and the company's short form ("吴秋萍-檀艺") gives two labels; an
  "@" mention labels the name without "@"; a nickname with an English first name before the Chinese name
  ("Jessie蒋燕飞") labels the Chinese name only — "Jessie" alone names no one; timestamps, "[图片]" and
  emoji are negatives.
- A 专业建设方案 (M3): the 专业带头人, 骨干教师 and the foreign expert are labelled (they teach the course
  the book serves, as v11's 授课教师), so are the 合作企业 (partners named by the school, as v5 labels
  supporters) and the expert's company.
- A 培训证书 样张 (M3): the issuing school and the 校长 who signs it are labelled; the sample's trainee
  ("李小柳"), dates and 证书编号 are example data and negatives.
- 会议纪要 (M4, M10): every 参会人员, the 主持 and the 记录 are labelled with their employers in brackets
  (a 商会 attending as organiser of the review included), and every later mention in the decisions; the
  meeting room inside the school's short form labels the short form only.
- A landline with an extension ("(0760) 22558816 转 8012", M4) is one label, the extension included: it
  reaches one person.
- A 竞赛获奖名单 (M5): the school's competitors and coaches are labelled (v11's rule), the school's name in
  its cell too; another school's competitor, coach and school in the same list are results published by
  the contest, tied to no one who made this book, and stay negatives.
- A 实训报告 template (M5): the 指导教师 printed in it is labelled; blanks and headings are not.
- A 校企合作协议 scanned and OCR'd (M6): the parties and signers are labelled as written, line breaks and
  spaces included ("仙游县古典工艺家具技\\n工学校", "林 志 航", "郑炳\\n坤"), each another label than the
  unbroken form elsewhere.
- A company's 抖音号 after its short form ("榫卯居抖音号：smj_xianyou1988", M6) labels the short form and
  the id, as v11's 小红书号 and its holder.
- An email written with "(at)" ("zhongxq(at)sqsmjx.cn", M7) is labelled as written, as v10's "#"; a
  landline in full-width digits is labelled as written.
- An English email signature (M9): the name in Latin and in Chinese are two labels, the company's English
  name is one; the mobile after "+86" and "M/WhatsApp:" labels the number only; "Export Manager" is a
  post. The salutation "牛老师" stays a negative.
- A master who dictated a chapter (M8, "郝守仁师傅口述、武婕整理") and the one who wrote it down are both
  labelled; the company in brackets on its own line of a PDF list is labelled as the employer.
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is
also a substring of a longer labelled name can be counted found when only the longer one was found:
"鑫铸机械" (M1) in "安徽鑫铸机械有限公司", "檀艺" and "檀艺木雕" (M2) in "东阳市檀艺木雕有限公司", "金柳工艺"
(M3), "华耀照明" (M4), "五溪乘务" (M5), "榫卯居" (M6), "麦香坊" (M7), "漆韵堂" (M8), "瑞丝发制品" (M9) and
"楚湘电机" (M10) in their companies' full names; and a label occurring more than once in its manuscript
(陶知远, 鑫铸机械, 卢秉坤, 吴秋萍, 蒋燕飞, 楼巧玲, 陆行简, 临沭柳编技校, 邵锦川, 临沭县柳编工艺技工学校,
冼绮雯, 区汉彬, 麦颖童, 华耀照明, 粟湘婷, 舒曼婷, 怀化市轨道交通技工学校, 林志航, 榫卯居, 仲雪芹, 麦香坊,
耿玉霞, 贾书宁, 郝守仁, 韩欣怡, 代莉莉, 潭电技校, 谭启明, 易芳芳) can be counted found at one occurrence from
a finding at another. Conversely the broken, spaced and unspaced forms ("冀鹏\\n程" / "冀鹏程", "郑炳\\n坤" /
"郑炳坤", "林 志 航" / "林志航", "武　婕" / "武婕", "卞　霏" / "卞霏", "平　浩" / "平浩",
"仙游县古典工艺家具技\\n工学校" / "仙游县古典工艺家具技工学校") are distinct strings and scored apart; "Cindy Han"
and the lower-case "cindy.han" inside the email are too. Two-character names (戴岚, 武婕, 平浩, 卞霏) are
short strings a substring scorer could meet elsewhere; none occurs elsewhere in its manuscript.
186 labels: 92 people, 69 units, 25 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V12 = [
    Manuscript(
        "铸造工艺与砂型制作",
        dict(names=["陶知远"], units=["安徽省含山县铸造技工学校"]),
        {
            "编写说明": "编写说明\n本书是含山县铸造技工学校与安徽鑫铸机械有限公司校企合作开发的工作页式教材，共六个项目。具体分工如下：陶知远编写"
                        "项目一、项目二；鲍芸熙编写项目三；訾鸿飞编写项目四、项目五；鑫铸机械铸造车间主任俞大勇编写项目六并提供了全部生产"
                        "案例。全书由陶知远统稿，马鞍山职业技术学院金守诚主审。",
            "课程思政": "课程思政案例　一炉铁水见匠心\n鑫铸机械的造型工吕大满在砂型车间干了二十八年，带出的徒弟有四十多人。他常说：“砂型差一丝，"
                        "铸件废一件。”学习“大国工匠”毛腊生的事迹后，请学生讨论：精益求精对铸造工意味着什么？",
            "前言": "含山素有“中国铸造之乡”之称，凌家滩遗址出土的玉器闻名中外；明代宋应星在《天工开物·冶铸》中就记述了失蜡铸造之法。"
                    "本书依据《铸造工国家职业技能标准》编写。\n\n含铸技校《铸造工艺与砂型制作》编写组\n2025 年 8 月",
            "正文": "项目二　湿型砂的配制与检测\n【任务】芜湖某泵业公司的王经理订购 200 件 HT250 泵体，要求两周交货；造型班长老陶须先检测型砂的"
                    "紧实率。\n炉前记录（示例）：炉号 2-07　熔炼工 张伟　出铁温度 1 450 ℃\n一汽、潍柴的缸体铸件可作对照。",
            "页脚": "含山铸校 · 材料成型教研室　电话/传真：0555-4216638　邮箱：hsjxzz@163.com　地址：含山县环峰镇褒禅山路 9 号",
        },
        # Hard negatives: 工作页式教材, 铸造车间主任 (a post), 统稿 / 主审, 造型工, 大国工匠 and 毛腊生 (a public figure), 中国铸造之乡
        # (an honour), 凌家滩 (a site), 宋应星 and 《天工开物》 (historical), the national standard, 王经理 (a customer with a post),
        # 老陶 (a surname with a post, sharing the chief editor's surname), the example record (2-07, 张伟, 1 450 ℃), 一汽 / 潍柴
        # (brands), 芜湖 (a place), 材料成型教研室 (a department), 环峰镇 (a place before the street), 褒禅山 (a mountain named in the
        # street, as in 王安石's essay), 2025 年 8 月.
        ["含山县铸造技工学校", "安徽鑫铸机械有限公司", "陶知远", "鲍芸熙", "訾鸿飞", "鑫铸机械", "俞大勇", "陶知远",
         "马鞍山职业技术学院", "金守诚", "鑫铸机械", "吕大满", "含铸技校", "含山铸校", "0555-4216638", "hsjxzz@163.com",
         "褒禅山路 9 号"],
    ),
    Manuscript(
        "东阳木雕技法",
        dict(names=["卢秉坤"], units=["浙江省东阳市木雕工艺技工学校"]),
        {
            "编委会": "编委会\n主　任　卢秉坤\n副主任　吴秋萍（檀艺木雕　总经理）\n委　员　郭子豪　蒋燕飞\n秘　书　楼巧玲",
            "微信群聊": "“东阳木雕技校教材编写群”的聊天记录\n2025-09-18 20:31 卢秉坤\n第三章的图片大家今晚发我\n"
                        "2025-09-18 20:35 楼巧玲\n[图片]\n2025-09-18 20:36 吴秋萍-檀艺\n浮雕那节我们厂里拍了视频，明天让小蒋来取\n"
                        "2025-09-18 20:40 Jessie蒋燕飞\n收到👌\n2025-09-18 21:02 卢秉坤\n@楼巧玲 审稿表发给陆老师了吗\n"
                        "2025-09-18 21:05 楼巧玲\n发了，陆老师说月底返回",
            "审稿意见表": "教材审稿意见表\n书名\n东阳木雕技法\n审稿人\n陆行简\n单位\n中国美术学院手工艺术学院\n职称\n副教授\n意见\n"
                          "第四章“清水白木雕”的工序应补充打磨前的修光。\n签名\n陆行简\n日期\n2025 年 9 月 29 日",
            "前言": "东阳是“百工之乡”，卢宅的雕梁画栋是东阳木雕的活教材，黄紫金、陆光正等大师的作品更是家喻户晓。本书由东阳市木雕工艺"
                    "技工学校与东阳市檀艺木雕有限公司合作编写。\n\n编　者\n二〇二五年十月于东阳",
            "正文": "项目二　樟木浮雕挂屏\n【任务】杭州客户陈女士定制一对樟木浮雕挂屏，题材为“清明上河图”局部；学徒小楼须先放样。"
                    "横店影视城的仿古建筑构件可作拓展阅读。",
            "页脚": "东木技校　木雕专业部　电话：0579－8663 2105（周一至周五）　网址：www.dymdjx.cn",
        },
        # Hard negatives: 总经理 / 副教授 (posts), the chat's timestamps, [图片], 小蒋 (a surname with a post), "Jessie" (the
        # English first name in a nickname, see the decisions), 陆老师 (a surname with a post, naming the reviewer), the form's
        # headings, 手工艺术学院 (inside the university), 清水白木雕, 百工之乡 (an honour), 卢宅 (a historic house sharing the
        # chief editor's surname), 黄紫金 / 陆光正 (public masters; 陆光正 shares the reviewer's surname), 编　者, 二〇二五年十月于东阳,
        # 陈女士 (a customer with a post), 清明上河图, 小楼 (a surname with a post), 横店影视城 (a place), 木雕专业部, 周一至周五.
        ["卢秉坤", "吴秋萍", "檀艺木雕", "郭子豪", "蒋燕飞", "楼巧玲", "东阳木雕技校", "卢秉坤", "楼巧玲", "吴秋萍", "檀艺",
         "蒋燕飞", "卢秉坤", "楼巧玲", "楼巧玲", "陆行简", "中国美术学院", "陆行简", "东阳市木雕工艺技工学校",
         "东阳市檀艺木雕有限公司", "东木技校", "0579－8663 2105", "www.dymdjx.cn"],
    ),
    Manuscript(
        "柳编工艺",
        dict(names=["庞沐霖"], units=["山东省临沭县柳编工艺技工学校"]),
        {
            "专业建设方案": "临沭县柳编工艺技工学校工艺美术（柳编）专业建设方案（节选）\n一、专业带头人：庞沐霖（高级讲师）\n"
                            "二、骨干教师：邵锦川、苑素琴、褚　旸\n三、合作企业：临沭县金柳工艺品有限公司、山东沂河柳艺集团有限公司\n"
                            "四、外籍专家：卡特琳·福格尔（Katrin Vogel，德国 Hausgarten GmbH 设计部）参与“出口柳编产品设计”课程开发。\n"
                            "五、建设目标：三年内建成市级品牌专业。",
            "证书样张": "图 6-3　培训合格证书（样张）\n培训合格证书\n学员 李小柳 于 2025 年 4 月 7 日至 4 月 18 日参加柳编工艺（初级）培训，"
                        "经考核合格，特发此证。\n证书编号：LS-LB-2025-0000\n发证单位：临沭县柳编工艺技工学校（盖章）\n校长：史德茂",
            "前言": "临沭是“中国柳编之乡”，沂河、沭河两岸的杞柳是柳编的原料。德国、日本的客商每年都来临沭选样。\n\n"
                    "临沭柳编技校教材编写组\n2025 年 6 月",
            "正文": "项目四　出口收纳篮的编织\n【任务】德国客户 Herr Schmidt 通过宜家的供应商询价 3 000 只收纳篮，要求提供 FSC 证明；"
                    "跟单员小褚须在三天内寄出样品。",
            "页脚": "临沭柳编技校　实训基地：金柳工艺柳编车间　联系人：邵锦川　电话：0539—6215 803　微信：pangml_liubian",
        },
        # Hard negatives: 专业带头人 / 骨干教师 / 外籍专家 (headings), 高级讲师, 设计部 (a department), 市级品牌专业, the certificate's
        # headings, 李小柳 (the sample's example trainee), 2025 年 4 月 7 日至 4 月 18 日, LS-LB-2025-0000 (a sample number), 盖章,
        # 校长 (a post), 中国柳编之乡 (an honour), 沂河 / 沭河 (rivers; 沂河 is also in a partner's name), 杞柳, 德国 / 日本,
        # Herr Schmidt (a customer of the task), 宜家 (a brand), FSC, 小褚 (a surname with a post, sharing 褚　旸's surname),
        # 柳编车间 (after the company's short form).
        ["临沭县柳编工艺技工学校", "庞沐霖", "邵锦川", "苑素琴", "褚　旸", "临沭县金柳工艺品有限公司", "山东沂河柳艺集团有限公司",
         "卡特琳·福格尔", "Katrin Vogel", "Hausgarten GmbH", "临沭县柳编工艺技工学校", "史德茂", "临沭柳编技校", "临沭柳编技校",
         "金柳工艺", "邵锦川", "0539—6215 803", "pangml_liubian"],
    ),
    Manuscript(
        "灯饰设计与安装",
        dict(names=["冼绮雯"], units=["广东省中山市灯饰照明技工学校"]),
        {
            "会议纪要": "《灯饰设计与安装》教材编写启动会会议纪要\n时间：2025 年 3 月 14 日 14:30\n地点：中山灯饰技校行政楼 302 会议室\n"
                        "主持：冼绮雯\n参会人员：冼绮雯、区汉彬、麦颖童、邝泳诗（华耀照明）、钟伟业（中山市古镇灯饰商会）\n记录：甘婷婷\n"
                        "会议议定：\n一、教材分六个项目，项目三、项目四由区汉彬负责；\n二、华耀照明提供 LED 灯具样品和安装视频；\n"
                        "三、7 月 31 日前交初稿，8 月请商会组织企业专家审读。",
            "教学设计": "教学设计\n课程名称\n灯饰设计与安装\n授课教师\n麦颖童\n授课班级\n23 级灯饰 2 班\n指导教师\n区汉彬\n"
                        "教学内容\n水晶吊灯的组装与调试\n课时\n4",
            "前言": "古镇被称为“中国灯饰之都”。从爱迪生发明白炽灯到今天的智能照明，灯饰行业日新月异。本书由中山市灯饰照明技工学校与"
                    "中山市华耀照明电器有限公司合作编写。\n\n古镇灯校教材编写组\n二〇二五年十月",
            "正文": "项目五　客厅吊灯的安装\n【任务】佛山的梁生新居入伙，要在 5.2 米挑高的客厅装一盏水晶吊灯；电工阿强须先核对吊顶的承重。"
                    "欧普、雷士、飞利浦的产品说明书可作对照。",
            "页脚": "电话：(0760) 22558816 转 8012　邮箱：xianqw@zsdsjx.com",
        },
        # Hard negatives: the minutes' headings, 2025 年 3 月 14 日 14:30, 行政楼 302 会议室, 企业专家 (unnamed), 7 月 31 日,
        # the lesson plan's headings and the class, 中国灯饰之都 (an honour), 古镇 alone in the 前言 (a town, also inside the
        # school's short form), 爱迪生 (historical), 二〇二五年十月, 梁生 (Cantonese "Mr Liang": a customer with a post), 阿强 (a
        # worker of the task), 佛山 (a place), 欧普 / 雷士 / 飞利浦 (brands).
        ["中山灯饰技校", "冼绮雯", "冼绮雯", "区汉彬", "麦颖童", "邝泳诗", "华耀照明", "钟伟业", "中山市古镇灯饰商会", "甘婷婷",
         "区汉彬", "华耀照明", "麦颖童", "区汉彬", "中山市灯饰照明技工学校", "中山市华耀照明电器有限公司", "古镇灯校",
         "(0760) 22558816 转 8012", "xianqw@zsdsjx.com"],
    ),
    Manuscript(
        "高铁乘务服务",
        dict(names=["粟湘婷"], units=["湖南省怀化市轨道交通技工学校"]),
        {
            "编写人员": "主　编　粟湘婷\n副主编　舒曼婷\n参　编　蒲俊杰　杨金娥（五溪乘务　培训部经理）",
            "获奖名单": "附：2025 年湖南省技工院校职业技能竞赛轨道列车服务项目获奖名单（节选）\n奖项\n选手\n学校\n指导教师\n"
                        "一等奖\n石若溪\n怀化市轨道交通技工学校\n粟湘婷\n二等奖\n龚思彤\n永州市轨道技工学校\n唐晓军\n三等奖\n吴沁瑶\n同上\n舒曼婷",
            "实训报告": "实训报告\n实训项目：高铁列车到站广播词播报\n班级：________　姓名：________　学号：________\n指导教师：粟湘婷\n"
                        "实训日期：____年__月__日\n一、实训目的\n二、实训步骤\n三、实训小结\n成绩评定：________　教师签名：________",
            "前言": "怀化是湘黔、焦柳、沪昆高铁交会的“火车拖来的城市”，五溪之地民风淳朴。本书由怀化市轨道交通技工学校与湖南五溪乘务"
                    "服务有限公司合作编写。\n\n怀轨技校《高铁乘务服务》编写组\n2025 年 7 月",
            "正文": "项目三　特殊旅客服务\n【情境】G6117 次列车上，一位老人突发不适，列车长小粟须立即广播寻医。\n乘务日志（示例）：车次 "
                    "G6117　乘务员 刘洋　旅客 王大爷\n请对照中国国家铁路集团有限公司的服务标准完成任务。",
            "页脚": "怀化轨道技校　乘务教研室　电话：0745-2713 690　QQ 群：826 315 047　邮箱：hhgdjx_cwjys@126.com",
        },
        # Hard negatives: 培训部经理 (a post), the contest (a contest), 奖项 and the table's headings, 一等奖 / 二等奖 / 三等奖,
        # another school's competitor and coach (龚思彤, 永州市轨道技工学校, 唐晓军: results, not tied to this book; see the
        # decisions), 同上, the report's blanks and headings, 湘黔 / 焦柳 / 沪昆 (railways), 火车拖来的城市 (a nickname), 五溪 (a
        # historical region, also inside the company's name), 2025 年 7 月, G6117, 小粟 (a surname with a post, sharing the chief
        # editor's surname), the example log (刘洋, 王大爷), 中国国家铁路集团有限公司 (a national body), 乘务教研室.
        ["粟湘婷", "舒曼婷", "蒲俊杰", "杨金娥", "五溪乘务", "石若溪", "怀化市轨道交通技工学校", "粟湘婷", "吴沁瑶", "舒曼婷",
         "粟湘婷", "怀化市轨道交通技工学校", "湖南五溪乘务服务有限公司", "怀轨技校", "怀化轨道技校", "0745-2713 690",
         "826 315 047", "hhgdjx_cwjys@126.com"],
    ),
    Manuscript(
        "古典家具制作",
        dict(names=["林志航"], units=["福建省仙游县古典工艺家具技工学校"]),
        {
            "编写说明": "编写说明\n本书由仙游县古典工艺家具技工学校与榫卯居合作编写。分工如下：林志航编写模块一、模块二；翁佩瑶编写模块三；"
                        "傅宗明编写模块四；榫卯居董事长郑炳坤审定了全部榫卯结构图。全书图片由榫卯居的戴岚拍摄。全书由林志航统稿。",
            "校企合作协议（扫描件 OCR）": "校 企 合 作 协 议\n甲方：仙游县古典工艺家具技\n工学校\n乙方：仙游县榫卯居古典家具有限公司\n"
                                        "第二条　乙方为甲方学生提供跟岗实习岗位，并派技师参与教材编写。\n甲方代表：林 志 航\n乙方代表：郑炳\n坤\n"
                                        "2025 年 1 月 8 日",
            "前言": "仙游被誉为“中国古典工艺家具之都”，画家李耕的故乡也在这里。明式家具的研究可参阅王世襄《明式家具研究》。\n\n"
                    "编　者\n2025 年 5 月于仙游",
            "正文": "模块二　圈椅的榫卯结构\n【任务】厦门客户黄女士定制一对红酸枝圈椅，要求仿故宫旧藏式样；老师傅老郑先挑料。"
                    "用料须符合 GB/T 18107—2017《红木》。",
            "页脚": "仙家技校　地址：仙游县榜头镇紫泥路 18 号　电话：0594-8291 357　榫卯居抖音号：smj_xianyou1988",
        },
        # Hard negatives: 模块 / 统稿, 董事长 (a post), 榫卯结构图 (榫卯 as a word, also the company's name), the agreement's heading
        # (spaced by the OCR), 甲方 / 乙方, 跟岗实习, 2025 年 1 月 8 日, 中国古典工艺家具之都 (an honour), 李耕 (historical), 王世襄
        # (a cited author) and his book, 编　者, 2025 年 5 月于仙游, 黄女士 (a customer with a post), 红酸枝, 故宫, 老郑 (a surname
        # with a post, sharing 郑炳坤's surname), GB/T 18107—2017, 榜头镇 (a place before the street).
        ["仙游县古典工艺家具技工学校", "榫卯居", "林志航", "翁佩瑶", "傅宗明", "榫卯居", "郑炳坤", "榫卯居", "戴岚", "林志航",
         "仙游县古典工艺家具技\n工学校", "仙游县榫卯居古典家具有限公司", "林 志 航", "郑炳\n坤", "仙家技校", "紫泥路 18 号",
         "0594-8291 357", "榫卯居", "smj_xianyou1988"],
    ),
    Manuscript(
        "西式面点制作",
        dict(names=["仲雪芹"], units=["江苏省宿迁市商贸服务技工学校"]),
        {
            "封面": "西式面点制作\n宿迁市商贸服务技工学校　宿迁麦香坊食品有限公司　编",
            "编写人员": "主　编　仲雪芹\n副主编　倪守业　彭子轩（麦香坊　技术总监）\n参　编　项岑溪　卞　霏",
            "教案首页": "教　案\n课题\n戚风蛋糕的制作\n授课教师\n卞霏\n授课班级\n24 级中西面点 1 班\n教研组长审核\n仲雪芹\n日期\n2025.04.10",
            "前言": "宿迁是西楚霸王项羽的故乡，乾隆六下江南五次驻跸宿迁。本书的产品配方由企业提供，经编写组反复试做。\n\n"
                    "宿商技校西点教材编写组\n2025 年 5 月",
            "正文": "项目三　生日蛋糕的装饰\n【任务】赵阿姨为孙子订一个 8 寸水果奶油蛋糕，蛋糕房的小仲须在下午五点前完成裱花。"
                    "好利来、元祖的产品和安佳黄油的说明可作对照。",
            "联系": "宿迁商贸技校　西点实训室\n电话：０５２７－８４３６２０９１\n邮箱：zhongxq(at)sqsmjx.cn\n麦香坊客服热线：400 6618 527",
        },
        # Hard negatives: 技术总监 (a post), the lesson plan's headings, the class, 2025.04.10, 教研组长 (a post), 西楚霸王项羽
        # (historical, sharing 项岑溪's surname), 乾隆 (historical), 企业 (unnamed), 编写组 alone, 2025 年 5 月, 赵阿姨 (a customer),
        # 小仲 (a surname with a post, sharing the chief editor's surname), 好利来 / 元祖 / 安佳 (brands), 西点实训室, 客服热线.
        ["宿迁市商贸服务技工学校", "宿迁麦香坊食品有限公司", "仲雪芹", "倪守业", "彭子轩", "麦香坊", "项岑溪", "卞　霏", "卞霏",
         "仲雪芹", "宿商技校", "宿迁商贸技校", "０５２７－８４３６２０９１", "zhongxq(at)sqsmjx.cn", "麦香坊", "400 6618 527"],
    ),
    Manuscript(
        "推光漆器髹饰技艺",
        dict(names=["耿玉霞"], units=["山西省平遥县推光漆艺技工学校"]),
        {
            "英文扉页": "Pingyao Polished Lacquerware\nChief Editor: GENG Yuxia\nPingyao Lacquer Art Technical School",
            "编委会（PDF）": "编委会\n主任\n耿玉霞\n副主任\n冀鹏\n程\n委员\n贾书宁\n郝守仁\n（漆韵堂）\n秘书\n武　婕",
            "编写说明": "编写说明\n本书由平遥县推光漆艺技工学校组织编写。耿玉霞编写项目一、项目二；冀鹏程编写项目三；贾书宁编写项目四；项目五"
                        "“描金彩绘”由平遥县漆韵堂工艺品有限公司的郝守仁师傅口述、武婕整理。太原理工大学艺术学院的乔荣昌审阅了全书。",
            "正文": "项目二　推光工序\n平遥古城的日升昌票号由雷履泰创办，乔家大院则在祁县；国家级非遗传承人薛生金一生钻研推光漆。"
                    "【任务】北京来的刘先生定制一只描金首饰盒，学徒小郝先做底胎。",
            "页脚": "平遥漆艺技校　地址：平遥县古陶镇顺城路 66 号　电话 0354－5683 172",
        },
        # Hard negatives: Pingyao Polished Lacquerware (the title), Chief Editor, 编委会 / 主任 / 副主任 / 委员 / 秘书, 描金彩绘,
        # 师傅, 艺术学院 (inside the university), 平遥古城, 日升昌 and 雷履泰 (historical), 乔家大院 (sharing 乔荣昌's surname) and
        # 祁县, 薛生金 (a public master), 刘先生 (a customer with a post), 小郝 (a surname with a post, sharing 郝守仁's surname),
        # 古陶镇 (a place before the street).
        ["GENG Yuxia", "Pingyao Lacquer Art Technical School", "耿玉霞", "冀鹏\n程", "贾书宁", "郝守仁", "漆韵堂", "武　婕",
         "平遥县推光漆艺技工学校", "耿玉霞", "冀鹏程", "贾书宁", "平遥县漆韵堂工艺品有限公司", "郝守仁", "武婕", "太原理工大学",
         "乔荣昌", "平遥漆艺技校", "顺城路 66 号", "0354－5683 172"],
    ),
    Manuscript(
        "发制品加工工艺",
        dict(names=["牛春玲"], units=["河南省许昌市发制品工艺技工学校"]),
        {
            "编写人员": "主　编　牛春玲\n副主编　韩欣怡（许昌瑞丝发制品有限公司　外贸部）\n参　编　代莉莉　平　浩",
            "审稿意见": "审稿意见及修改情况\n审稿人\n甄慕白（河南工业大学　副教授）\n序号\n意见\n修改情况\n修改人\n"
                        "1\n项目二的发丝分拣应补充长度分级表。\n已补充\n平浩\n2\n蕾丝头套的尺寸图不清晰。\n已重绘\n代莉莉",
            "邮件": "牛老师：\n项目四的样品图已经拍好，样品下周寄到学校。\n\nBest regards,\nCindy Han | 韩欣怡\nExport Manager\n"
                    "Xuchang Ruisi Hair Products Co., Ltd.\nM/WhatsApp: +86 137 8214 6093\nE: cindy.han@ruisihair.com",
            "前言": "许昌是曹魏故都，曹操在此“挟天子以令诸侯”；如今许昌被称为“世界发制品之都”。本书由许昌市发制品工艺技工学校与瑞丝发制品"
                    "合作编写。\n\n许发技校《发制品加工工艺》编写组\n二〇二五年九月",
            "正文": "项目四　蕾丝头套的手钩\n【任务】尼日利亚客户 Amara Okafor 订购 500 顶 13×4 蕾丝头套，要求 20 天交货；车间组长小代须排好"
                    "手钩工位。瑞贝卡的产品可作对照。",
            "页脚": "许昌发艺技校　联系电话：0374-2961 538",
        },
        # Hard negatives: 外贸部 (a department after the company's name), 副教授, the table's headings, 已补充 / 已重绘, 牛老师 (a
        # surname with a post), Best regards, Export Manager, M/WhatsApp, +86, E:, 曹魏 / 曹操 (historical), 世界发制品之都 (an
        # honour), 二〇二五年九月, 尼日利亚 / Amara Okafor (a customer of the task), 13×4, 小代 (a surname with a post, sharing
        # 代莉莉's surname), 瑞贝卡 (a brand).
        ["牛春玲", "韩欣怡", "许昌瑞丝发制品有限公司", "代莉莉", "平　浩", "甄慕白", "河南工业大学", "平浩", "代莉莉", "Cindy Han",
         "韩欣怡", "Xuchang Ruisi Hair Products Co., Ltd.", "137 8214 6093", "cindy.han@ruisihair.com",
         "许昌市发制品工艺技工学校", "瑞丝发制品", "许发技校", "许昌发艺技校", "0374-2961 538"],
    ),
    Manuscript(
        "电机维修",
        dict(names=["谭启明"], units=["湖南省湘潭市电工电机技工学校"]),
        {
            "封面": "电机维修\n湘潭市电工电机技工学校　湘潭楚湘电机修造有限公司　编",
            "会议纪要": "《电机维修》教材审稿会会议纪要\n时间：2025 年 10 月 22 日\n地点：潭电技校图书馆三楼报告厅\n"
                        "参会人员：文俊辉（湖南工程学院）、贺岳林（楚湘电机）、谭启明、旷楚天、易芳芳\n主持：谭启明\n记录：易芳芳\n"
                        "会议意见：一、项目四“三相异步电动机绕组重绕”应增加嵌线工艺图；二、书中例题的铭牌数据应虚构。",
            "前言": "湘潭是毛泽东、彭德怀的家乡，齐白石也生长于此；湘电集团是我国电机工业的摇篮之一。\n\n潭电技校《电机维修》编写组\n"
                    "2025 年 11 月",
            "正文": "项目四　绕组重绕\n【任务】某水泥厂的周师傅送修一台 Y2-160M-4 电动机，定子绕组烧毁；维修工小旷须先测绝缘电阻。"
                    "铭牌（示例）：出厂编号 202301157　制造商 示例电机厂",
            "页脚": "潭电技校　联系人：易芳芳　手机（微信同号）：13574208836　办公室：0731－5862 3419",
        },
        # Hard negatives: the minutes' headings, 2025 年 10 月 22 日, 图书馆三楼报告厅, the motor's model and winding terms,
        # 毛泽东 / 彭德怀 / 齐白石 (historical), 湘电集团 (a company named as history, sharing 湘 / 电 with the school), 2025 年 11 月,
        # 周师傅 (a customer with a post), 小旷 (a surname with a post, sharing 旷楚天's surname), the example nameplate
        # (202301157, 示例电机厂), 微信同号, 办公室.
        ["湘潭市电工电机技工学校", "湘潭楚湘电机修造有限公司", "潭电技校", "文俊辉", "湖南工程学院", "贺岳林", "楚湘电机", "谭启明",
         "旷楚天", "易芳芳", "谭启明", "易芳芳", "潭电技校", "潭电技校", "易芳芳", "13574208836", "0731－5862 3419"],
    ),
]
