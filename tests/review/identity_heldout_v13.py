"""A thirteenth held-out labelled set for the identity matcher (R3), written by a helper who never read the
matcher's code nor its tests nor its benchmark, never ran the matcher on this set, and labelled every
occurrence before anyone measured it. Its figures are meant to be taken once; it must not be tuned on.
Its people, units, companies and contacts appear in no earlier set (v1-v12 and the development corpus,
checked by string, given names of three-character names included).

Weighted toward the most common real cases: ordinary Han names, schools and companies in full and in the
short forms colleagues use, the front matter every 校本教材 has, and a few everyday documents pasted into
manuscripts. Ten trades and places of the north, north-east and north-west that no earlier set used, one
per province: 稻米加工 in 五常 (黑龙江哈尔滨), 人参栽培 in 抚松 (吉林白山), 泳装缝制 in 兴城 (辽宁葫芦岛),
马铃薯种植 in 乌兰察布 (内蒙古, one Mongolian name), 丝网制品 in 安平 (河北衡水), 飞机铆装 in 汉中 (陕西),
滴灌 in 石河子 (新疆, a 兵团 school) with an Israeli consultant, 壁画临摹 in 敦煌 (甘肃酒泉), 枸杞 in 中宁
(宁夏中卫, Hui surnames 马 and 拜) and 冷水鱼养殖 in 贵德 (青海海南州, one Tibetan and one Tu-surname name).
Kinds of writing: a cover with two units, an 编写人员 list with the company and the 主审's university in
brackets, an 编写进度表 one cell per line (负责人 per project, two names in one cell, "主编" with no name in
the 统稿 row), a 前言 signed by "五常粮校《…》编写组" naming a photographer as "…老师" (M1); an 编委会, a
编写工作会签到表 one cell per line (姓名, 单位 with "同上", 职务, mobiles in three spacings, an empty cell), a
课程思政 case whose worker is the co-writing company's, a 前言 naming a university reviewer (M2); a 版权页
with the CIP line ("邹欣妍，盖春晖主编"), ISBN, CIP number, truncated index line, 责任编辑 with a full-width
space and 封面设计, an 编写说明 dividing the work with a photographer and a student model (M3); an 编写人员
list with colons, a 校本教材选题申报表 one cell per line (申报人, 所在单位, a landline and a mobile in one
cell, email, 合作企业, 企业联系人), a 前言 naming the school's former name "（原…）" and signed by
"乌盟农牧技校教材编写组" in Chinese numerals, a street address (M4); an 编审人员 list, an 研讨会纪要 in prose
(参加人员 grouped "学校——…；企业——…", 主持, 记录, 执笔, a member absent) (M5); an English title page
("LUO Zhenjiang", the school's English name), a company's 作业指导书 title block one cell per line (编制,
校对, 审核, an empty 批准, the company's short form before its shop), a QQ group (M6); an 致谢 naming an
engineer and a foreign expert in Chinese, an English email from that expert ("Dear Ms. Cheng", his name,
post, company, "+972" mobile, email), a 前言 signed by "八师农技校教材编写组" (M7); an 编委会 with a
full-width space in a two-character name, a 图片使用授权书 scanned and OCR'd (the photographer's name broken
by a line end and spaced out, the school's name broken, a 身份证号 split by a space), an 编写说明 with the
photographer and a university reviewer (M8); an 编写人员 list, a 前言 naming a university reviewer, a 教材
征订单 in an 附录 (blanks for the buyer, the school's 联系人, phone, fax, 开户名, bank and 账号), a website
host (M9); an 企业调研访谈记录 (访谈人, 受访人 with posts, 记录人, the company's site after its name, the
interviewees named again in the points), a 前言 naming an association as supporter, a WeChat id (M10).
Short forms of schools (五常粮校, 抚松参校, 兴城泳装技校, 乌盟农牧技校, 安平丝网技校, 汉航技校, 八师农技校,
石河子农技校, 敦煌工美技校, 中宁枸杞技校, 贵德渔校) and companies (稻香源米业, 松参堂, 海韵泳装, 察哈尔薯业,
恒通丝网, 秦航部件, 绿洲天成, 飞天画坊 — a company known only by this name —, 杞乡红, 黄河源鲑鳟). Names:
mostly two- and three-character Han names with common surnames (孙, 于, 刘, 王, 李, 姜, 关, 韩, 赵, 常, 卢,
郑, 罗, 何, 杜, 周, 程, 彭, 杨, 马, 田, 汪, 蔡) and north-eastern or rarer ones (矫, 佟, 隋, 曲, 鲍, 丛, 盖,
闫, 聂, 邢, 冉, 拜, 祁, 葛); other peoples and scripts kept to a few labels (斯琴, 索南措, 诺姆·卡茨 and
Noam Katz, AquaDrip Solutions Ltd., LUO Zhenjiang, the school's English name). Contacts: landlines
"0451-5352 7186", "0439-6218 405", "0429—3516 682", "0474-8326 519", "0318-7526 309", "0916-2231 874",
"0993-2615 307", "0937-8862 451", "0955-5512 638" and a fax, "0974-8556 213"; mobiles "139 4392 6158",
"158 0439 2217", "13844796031", "15847439260", "54 736 2915" (after "+972"); emails on a school's domain,
on 126 and on a company's domain; an ISBN and a CIP number; a QQ group; a WeChat id; a website host; two street
addresses; a 身份证号 as OCR split it; a bank account number.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public and
historical figures (袁隆平, 张骞, 诸葛亮, 王震, 常书鸿, 段文杰, 张大千), a brand that is also an athlete's name
(李宁), customers, growers and people of tasks (张经理, 金先生, Svetlana, 老闫, 刘总, 老周, 王女士, 刘先生,
马师傅), example data (陈静 on an inspection record, 王小军 on a cellar log, 李娟 on a drying record, 张斌 on
a feeding log, sample numbers and a label's batch), surnames with a post, most sharing a team member's
surname (老孙, 小曲, 小盖, 老闫, 小聂, 老罗, 老周, 小邓, 小马, 小拜, "Ms. Cheng"), varieties that read like
names (稻花香 2 号, 克新 1 号, 费乌瑞它, 宁杞 7 号), brands (北大荒, 福临门, 正官庄, 同仁堂, Speedo, 安踏, 乐事,
波音, 空客, 耐特菲姆, 天业节水), places and sites (长白山, 万良, 菊花岛, 兴城古城, 察哈尔草原 — 察哈尔 also
inside a company's name —, 集宁区, 一四三团, 莫高窟, 龙羊峡 — also a company's site —, 黄河), honours and
sayings (中国优质稻米之乡, 中国人参之乡, 中国泳装名城, 中国马铃薯之都, 中国丝网之乡, 中国枸杞之乡, 天下黄河
贵德清), the publisher, a national library, a bank, standards, departments, posts, document numbers,
headings and blanks of forms.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6, v7, v8, v9, v10, v11 and
v12, unchanged, their "Decisions" included — people tied to the making of the manuscript (authors,
committee, drafters, reviewers, people thanked, the publisher's staff, photographers, students credited,
contact persons, the signers of a cover table or an agreement, a co-writing company's worker in a
课程思政 case), labelled by the name exactly as written without title or post; the team's schools in
every form (former names without "原", short forms and English names included) and the companies,
associations and universities co-writing, employing a team member or named as supporter; contacts of the
unit or a team member (street and number of an address, not the postcode; a phone without its country
code; a fax; ids of WeChat, QQ groups and the like; ISBN and CIP number as v8; a 身份证号 as v9). One
label per occurrence, the shortest span a reviewer must not see; a leading province left out when the
rest names the unit, kept in a company's registered name; a company's department, shop or site after its
name not labelled. Surname-with-post honorifics stay negatives; a name in several scripts gives one label
per script; OCR output is labelled as written, line breaks and spaces included; "同上" carries no label.
Decisions v5-v12 did not settle, taken before any measurement:
- An 编写进度表 (M1): every 负责人 is labelled, two names in one cell ("刘春艳、矫文韬") give two labels; the
  统稿 row's "主编" names a post, not a person, and carries no label.
- A 签到表 (M2): every signer is labelled with the unit in his row and his phone; the meeting room after
  the school's short form labels the short form only (as v12's); an empty phone cell carries nothing.
- A 选题申报表 (M4): the 申报人, 所在单位, 合作企业 and 企业联系人 are labelled; a landline and a mobile in one
  cell joined by " / " are two labels.
- A 研讨会纪要 in prose (M5): people grouped under "学校——" and "企业——" are labelled, the sides are not; a
  member named as absent ("贾秀芹因外出培训未参会") is labelled — she still writes a project.
- A company's 作业指导书 title block (M6): 编制, 校对 and 审核 are labelled as v11's signers of a cover table;
  the 文件编号 is the company's internal number and a negative.
- An English email from a foreign expert (M7): his name in Latin and his name in Chinese in the 致谢 are
  two labels, his company one; "+972" is left out of the mobile; "Dear Ms. Cheng" (surname and title,
  naming 程雅楠) stays a negative as v12's "牛老师".
- A 图片使用授权书 scanned and OCR'd (M8): the photographer who signs it and the school that receives it
  are labelled as written ("康宝\\n华", "康 宝 华", "敦煌市工艺美术技工\\n学校"); his 身份证号 is labelled as
  OCR split it ("62098219790316 0537"), counted with contacts, as v9's.
- A 征订单 (M9): the school's 联系人, phone and fax are labelled; 开户名 (the school's name) is labelled; the
  bank account number is labelled like v8's 统一社会信用代码 (counted with contacts: it names one unit);
  the bank branch and the buyer's blanks are negatives.
- An 企业调研访谈记录 (M10): 访谈人, 受访人 and 记录人 are labelled at every mention — the interviewees'
  practice goes into the book, as v12's 会议纪要 labels its attendants; the company's 网箱基地 after its
  name is not.
- The Mongolian name "斯琴" and the Tibetan "索南措" (no surname) are labelled whole, as earlier sets do.
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is also a
substring of a longer labelled name can be counted found when only the longer one was found: "稻香源米业" (M1) in
"五常市稻香源米业有限公司", "松参堂" (M2) in "吉林省松参堂参业有限公司", "海韵泳装" (M3), "察哈尔薯业" (M4), "恒通丝网" (M5), "秦航部件" (M6), "绿洲天成"
(M7), "杞乡红" (M9) and "黄河源鲑鳟" (M10) in their companies' full names; and a label occurring more than once in
its manuscript (孙立华, 于海洲, 刘春艳, 矫文韬, 佟淑琴, 王德胜, 稻香源米业, 五常粮校, 姜淑英, 隋晓刚, 关振山, 松参堂, 鲍文婷, 抚松参校, 抚松县人参技工学校, 邹欣妍,
盖春晖, 潘红艳, 闫志宏, 冯守义, 察哈尔薯业, 乌兰察布市农牧业技工学校, 乌盟农牧技校, 常玉峰, 卢雅静, 郑永利, 聂文浩, 贾秀芹, 安平丝网技校, 罗振江, 冉光辉, 杜嘉伟, 秦航部件, 汉航技校,
韦景涛, 杨慧娟, 马振国, 雷宏斌, 飞天画坊, 田艳霞, 中宁县枸杞产业技工学校, 汪治国, 索南措, 祁生德, 蔡文亮, 韩占海, 贵德渔校) can be counted found at one
occurrence from a finding at another. Conversely the broken, spaced and unspaced forms ("康宝\\n华" / "康 宝 华" /
"康宝华", "敦煌市工艺美术技工\\n学校" / "敦煌市工艺美术技工学校", "苏　晴" / "苏晴") are distinct strings and scored apart; "Noam Katz"
and the lower-case "noam.katz" inside the email are too. Two-character names (苏晴, 斯琴) are short strings a
substring scorer could meet elsewhere; neither occurs elsewhere in its manuscript.
198 labels: 106 people, 64 units, 28 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V13 = [
    Manuscript(
        "稻米加工与品质检验",
        dict(names=["孙立华"], units=["黑龙江省五常市粮食工程技工学校"]),
        {
            "封面": "稻米加工与品质检验\n五常市粮食工程技工学校　五常市稻香源米业有限公司　合编\n2025 年 7 月",
            "编写人员": "主　编　孙立华（高级讲师）\n副主编　于海洲　刘春艳\n参　编　矫文韬　佟淑琴　王德胜（稻香源米业　品控部经理）\n"
                        "主　审　李晓梅（东北农业大学食品学院）",
            "编写进度表": "教材编写进度安排\n项目\n内容\n负责人\n完成时间\n项目一\n稻谷的验收与储存\n于海洲\n2025.03\n项目二\n"
                          "砻谷与碾米\n孙立华\n2025.04\n项目三\n大米的色选与抛光\n王德胜\n2025.05\n项目四\n大米品质检验\n"
                          "刘春艳、矫文韬\n2025.05\n统稿\n\n主编\n2025.06",
            "前言": "五常大米以“稻花香 2 号”闻名全国，五常被誉为“中国优质稻米之乡”；“杂交水稻之父”袁隆平的禾下乘凉梦激励着一代代"
                    "粮食人。本书依据 GB/T 1354—2018《大米》编写，项目案例均来自稻香源米业的生产线，佟淑琴老师拍摄了全书的设备照片。\n\n"
                    "五常粮校《稻米加工与品质检验》编写组\n2025 年 6 月",
            "正文": "项目四　大米品质检验\n【任务】哈尔滨一家超市的采购张经理对一批 5 kg 袋装大米的碎米率提出异议，质检组长老孙要求按"
                    "标准重新扦样检测。\n检验记录（示例）：样品编号 DM-0416　检验员 陈静　碎米率 3.2%　结论 合格\n"
                    "北大荒、福临门等品牌的包装标识可作对照。",
            "页脚": "五常粮校　粮油检验实训室　电话：0451-5352 7186",
        },
        # Hard negatives: 合编, 2025 年 7 月, 高级讲师 / 品控部经理 (posts), 食品学院 (inside the university), the schedule's
        # headings, dates and "主编" in the 统稿 row (a post, no name), 五常大米 (a product named after the city), 稻花香 2 号 (a
        # variety), 中国优质稻米之乡 (an honour), 袁隆平 (a public figure) and 杂交水稻之父, GB/T 1354—2018《大米》, 佟淑琴老师
        # labels the name only, 编写组 alone, 哈尔滨 (a place), 张经理 (a customer with a post), 老孙 (a surname with a post,
        # sharing the chief editor's surname), the example record (DM-0416, 陈静, 3.2%), 北大荒 / 福临门 (brands), 粮油检验实训室.
        ["五常市粮食工程技工学校", "五常市稻香源米业有限公司", "孙立华", "于海洲", "刘春艳", "矫文韬", "佟淑琴", "王德胜",
         "稻香源米业", "李晓梅", "东北农业大学", "于海洲", "孙立华", "王德胜", "刘春艳", "矫文韬", "稻香源米业", "佟淑琴",
         "五常粮校", "五常粮校", "0451-5352 7186"],
    ),
    Manuscript(
        "人参栽培与加工",
        dict(names=["姜淑英"], units=["吉林省抚松县人参技工学校"]),
        {
            "编委会": "编委会\n主　任　姜淑英\n副主任　隋晓刚\n委　员　曲长青　关振山（松参堂）\n秘　书　鲍文婷",
            "签到表": "《人参栽培与加工》编写工作会签到表\n日期：2025 年 4 月 12 日　地点：抚松参校二楼会议室\n序号\n姓名\n单位\n"
                      "职务/职称\n联系电话\n1\n姜淑英\n抚松县人参技工学校\n副校长\n139 4392 6158\n2\n隋晓刚\n同上\n高级讲师\n"
                      "158 0439 2217\n3\n鲍文婷\n同上\n教务干事\n\n4\n关振山\n吉林省松参堂参业有限公司\n技术厂长\n13844796031",
            "课程思政": "课程思政案例　守山人\n松参堂的老参农丛德福在长白山林下种参三十五年，他常说：“参是有灵性的，急不得。”林下参"
                        "要十五年以上才能采挖。请学生结合“中国人参之乡”的称号，讨论工匠精神与生态保护的关系。",
            "前言": "抚松是“中国人参之乡”，万良人参市场是全国最大的人参集散地；清代曾设“参局”专管采参。本书由抚松县人参技工学校与"
                    "松参堂合作编写，吉林农业大学中药材学院的邹景林教授审阅了全书。\n\n编　者\n2025 年 8 月于抚松",
            "正文": "项目三　鲜参的加工\n【任务】韩国客商金先生订购 2 吨红参，要求含水率不高于 13%；加工车间的小曲须先完成清洗与蒸制。"
                    "正官庄、同仁堂的红参产品包装可作对照。",
            "页脚": "抚松参校　人参加工实训基地　电话：0439-6218 405",
        },
        # Hard negatives: 编委会 / 主任 / 副主任 / 委员 / 秘书, the sign-in sheet's headings, date, serial numbers, "同上" and
        # the empty phone cell, 二楼会议室 (after the school's short form), 副校长 / 高级讲师 / 教务干事 / 技术厂长 (posts),
        # 老参农 (a post), 长白山 (a place), 林下参, 中国人参之乡 (an honour), 万良 (a town and its market), 参局 (historical),
        # 中药材学院 (inside the university), 教授, 编　者, 2025 年 8 月于抚松, 韩国 / 金先生 (a customer with a post), 小曲 (a
        # surname with a post, sharing 曲长青's surname), 正官庄 / 同仁堂 (brands), 人参加工实训基地.
        ["姜淑英", "隋晓刚", "曲长青", "关振山", "松参堂", "鲍文婷", "抚松参校", "姜淑英", "抚松县人参技工学校", "139 4392 6158",
         "隋晓刚", "158 0439 2217", "鲍文婷", "关振山", "吉林省松参堂参业有限公司", "13844796031", "松参堂", "丛德福",
         "抚松县人参技工学校", "松参堂", "吉林农业大学", "邹景林", "抚松参校", "0439-6218 405"],
    ),
    Manuscript(
        "泳装缝制工艺",
        dict(names=["邹欣妍"], units=["辽宁省兴城市泳装服饰技工学校"]),
        {
            "版权页": "图书在版编目（CIP）数据\n泳装缝制工艺 / 邹欣妍，盖春晖主编. —北京：中国劳动社会保障出版社，2025\n"
                      "ISBN 978-7-5167-7305-9\nⅠ.①泳…　Ⅱ.①邹…②盖…　Ⅲ.①游泳衣－服装缝制－技工学校－教材\n"
                      "中国版本图书馆 CIP 数据核字（2025）第 114827 号\n责任编辑：柴　蓉　　封面设计：汪梓涵",
            "编写人员": "主　编　邹欣妍　盖春晖\n副主编　韩冬雪\n参　编　白晓宇　潘红艳（兴城市海韵泳装有限公司）",
            "编写说明": "编写说明\n本书由兴城市泳装服饰技工学校与海韵泳装合作编写。邹欣妍编写项目一至项目三，盖春晖编写项目四、项目五，"
                        "潘红艳提供了全部工艺单。书中成衣照片由胡天乐拍摄，模特为服装 2301 班吕梓萌同学。",
            "正文": "项目四　连体泳衣的缝制\n【任务】俄罗斯客户 Svetlana 通过阿里巴巴国际站下单 800 件连体泳衣，要求使用抗氯面料；车缝组的"
                    "小盖须先调试四线包缝机。\n兴城有“中国泳装名城”之称，菊花岛和兴城古城是拍摄外景的好去处。Speedo、李宁、安踏的泳装"
                    "可作对照。",
            "页脚": "兴城泳装技校　校本教材　电话：0429—3516 682",
        },
        # Hard negatives: the CIP heading, 中国劳动社会保障出版社 (the publisher) and 北京, the truncated index line
        # ("Ⅱ.①邹…②盖…"), 游泳衣－服装缝制－技工学校－教材 (subject headings), 中国版本图书馆, 2025 around the CIP number,
        # 责任编辑 / 封面设计 (posts), 工艺单, 服装 2301 班 (a class), 俄罗斯 / Svetlana (a customer of the task), 阿里巴巴国际站
        # (a platform), 小盖 (a surname with a post, sharing 盖春晖's surname), 四线包缝机, 中国泳装名城 (an honour), 菊花岛 /
        # 兴城古城 (places; 兴城 also inside the school's names), Speedo / 李宁 (a brand sharing an athlete's name) / 安踏 (brands),
        # 校本教材.
        ["邹欣妍", "盖春晖", "978-7-5167-7305-9", "114827", "柴　蓉", "汪梓涵", "邹欣妍", "盖春晖", "韩冬雪", "白晓宇", "潘红艳",
         "兴城市海韵泳装有限公司", "兴城市泳装服饰技工学校", "海韵泳装", "邹欣妍", "盖春晖", "潘红艳", "胡天乐", "吕梓萌",
         "兴城泳装技校", "0429—3516 682"],
    ),
    Manuscript(
        "马铃薯种植与贮藏",
        dict(names=["闫志宏"], units=["内蒙古乌兰察布市农牧业技工学校"]),
        {
            "编写人员": "主编：闫志宏\n副主编：斯琴　冯守义（察哈尔薯业）\n参编：赵丽珍　段鹏飞",
            "选题申报表": "技工院校校本教材选题申报表\n教材名称\n马铃薯种植与贮藏\n申报人\n闫志宏\n所在单位\n乌兰察布市农牧业技工学校\n"
                          "职称\n高级讲师\n联系电话\n0474-8326 519 / 15847439260\n电子邮箱\nyanzg@wlcbnm.com\n合作企业\n"
                          "内蒙古察哈尔薯业有限公司\n企业联系人\n冯守义\n学校意见\n同意申报。（盖章）",
            "前言": "乌兰察布被誉为“中国马铃薯之都”，察哈尔草原上种植土豆已有三百多年的历史。本书由乌兰察布市农牧业技工学校（原乌兰察布"
                    "盟农牧学校）与察哈尔薯业合作编写。\n\n乌盟农牧技校教材编写组\n二〇二五年五月",
            "正文": "项目五　马铃薯的贮藏\n【任务】种植大户老闫的窖藏土豆出现黑心，打电话向学校求助；学生须先测量窖温和湿度。\n"
                    "窖温记录（示例）：记录人 王小军　2 月 3 日　窖温 3.5 ℃　相对湿度 88%\n“克新 1 号”和“费乌瑞它”两个品种的耐贮性"
                    "可作比较，乐事薯片的原料标准可作拓展阅读。",
            "页脚": "乌盟农牧技校　植物生产教研组　地址：集宁区工农大街 58 号",
        },
        # Hard negatives: 主编 / 副主编 / 参编, the form's headings, 高级讲师, 同意申报 and 盖章, 中国马铃薯之都 (an honour),
        # 察哈尔草原 (a region; 察哈尔 is also inside the company's names), 原 before the former name, 编写组 alone, 二〇二五年五月,
        # 老闫 (a grower of the task with a post, sharing the chief editor's surname), the example record (王小军, 2 月 3 日,
        # 3.5 ℃), 克新 1 号 and 费乌瑞它 (varieties; the second reads like a transliterated name), 乐事 (a brand), 植物生产教研组,
        # 集宁区 (a place before the street).
        ["闫志宏", "斯琴", "冯守义", "察哈尔薯业", "赵丽珍", "段鹏飞", "闫志宏", "乌兰察布市农牧业技工学校", "0474-8326 519",
         "15847439260", "yanzg@wlcbnm.com", "内蒙古察哈尔薯业有限公司", "冯守义", "乌兰察布市农牧业技工学校", "乌兰察布盟农牧学校",
         "察哈尔薯业", "乌盟农牧技校", "乌盟农牧技校", "工农大街 58 号"],
    ),
    Manuscript(
        "丝网制品生产",
        dict(names=["常玉峰"], units=["河北省安平县丝网技工学校"]),
        {
            "编审人员": "主　编　常玉峰\n副主编　卢雅静　郑永利（恒通丝网）\n参　编　聂文浩　贾秀芹\n主　审　邢兆丰（河北工业大学）",
            "研讨会纪要": "《丝网制品生产》教材编写研讨会纪要\n2025 年 5 月 9 日，教材编写研讨会在安平丝网技校实训楼召开。参加人员：学校——"
                          "常玉峰、卢雅静、聂文浩；企业——郑永利。会议由常玉峰主持，聂文浩记录。\n会议确定：项目三“电焊网的生产”由"
                          "郑永利执笔；贾秀芹因外出培训未参会，负责项目五；7 月底前交稿。",
            "前言": "安平是“中国丝网之乡”，丝网产业已有五百多年的历史。本书由安平县丝网技工学校与河北恒通丝网制品有限公司共同编写。\n\n"
                    "编　者\n2025 年 9 月",
            "正文": "项目三　电焊网的生产\n【任务】天津客户刘总订购 500 卷镀锌电焊网，丝径 1.6 mm、网孔 25 mm；焊网机操作工小聂须先检查"
                    "电极。\n产品标签（示例）：批号 20250512-03　检验员 05 号　执行标准 GB/T 33281—2016",
            "页脚": "安平丝网技校 · 丝网编织专业部　电话：0318-7526 309",
        },
        # Hard negatives: 主编 / 副主编 / 参编 / 主审, the minutes' date, 实训楼 (after the school's short form), "学校——" /
        # "企业——" (sides, not units), 主持 / 记录 / 执笔 (roles), 电焊网, 外出培训, 7 月底, 中国丝网之乡 (an honour), 编　者,
        # 2025 年 9 月, 天津 (a place), 刘总 (a customer with a post), 小聂 (a surname with a post, sharing 聂文浩's surname), the
        # example label (20250512-03, 05 号), GB/T 33281—2016, 丝网编织专业部.
        ["常玉峰", "卢雅静", "郑永利", "恒通丝网", "聂文浩", "贾秀芹", "邢兆丰", "河北工业大学", "安平丝网技校", "常玉峰", "卢雅静",
         "聂文浩", "郑永利", "常玉峰", "聂文浩", "郑永利", "贾秀芹", "安平县丝网技工学校", "河北恒通丝网制品有限公司",
         "安平丝网技校", "0318-7526 309"],
    ),
    Manuscript(
        "飞机铆装技术",
        dict(names=["罗振江"], units=["陕西省汉中航空工业技工学校"]),
        {
            "英文扉页": "Aircraft Riveting and Assembly\nEditor-in-Chief: LUO Zhenjiang\nHanzhong Aviation Industry Technical School",
            "编写人员": "主编　罗振江\n副主编　何晓娟　冉光辉（汉中秦航部件制造有限公司）\n参编　杜嘉伟　向丽蓉",
            "作业指导书": "作业指导书\n文件编号\nQH-ZY-2025-017\n工序名称\n壁板组件手工铆接\n编制\n冉光辉\n校对\n杜嘉伟\n审核\n罗振江\n"
                          "批准\n\n单位\n秦航部件 铆装车间",
            "前言": "汉中是张骞的故乡，诸葛亮北伐曾在此屯兵，如今这里是我国重要的航空工业基地。本书采用了秦航部件的真实工作任务，"
                    "按照铆装钳工的职业标准编写。\n\n汉航技校《飞机铆装技术》编写组\n2025 年 10 月",
            "正文": "项目二　普通铆接\n【任务】某型飞机的壁板组件须铆接 320 个铝合金半圆头铆钉；铆工班长老罗要求先在试片上做工艺试铆。"
                    "波音、空客的结构修理手册（SRM）可作参考。",
            "页脚": "汉航技校　航空制造教研室　电话：0916-2231 874　QQ 群：537 284 610",
        },
        # Hard negatives: Aircraft Riveting and Assembly (the title), Editor-in-Chief, 主编 / 副主编 / 参编, the work
        # instruction's headings, QH-ZY-2025-017 (a document number), 壁板组件手工铆接, the empty 批准 cell, 铆装车间 (a shop
        # after the company's short form), 张骞 / 诸葛亮 (historical), 航空工业基地, 铆装钳工, 编写组 alone, 2025 年 10 月,
        # 老罗 (a surname with a post, sharing the chief editor's surname), 波音 / 空客 (brands), SRM, 航空制造教研室.
        ["LUO Zhenjiang", "Hanzhong Aviation Industry Technical School", "罗振江", "何晓娟", "冉光辉", "汉中秦航部件制造有限公司",
         "杜嘉伟", "向丽蓉", "冉光辉", "杜嘉伟", "罗振江", "秦航部件", "秦航部件", "汉航技校", "汉航技校", "0916-2231 874",
         "537 284 610"],
    ),
    Manuscript(
        "滴灌系统安装与维护",
        dict(names=["周德民"], units=["新疆生产建设兵团第八师石河子农业技工学校"]),
        {
            "编写人员": "主编：周德民\n副主编：程雅楠\n参编：彭书豪　邓雪芳　韦景涛（新疆绿洲天成节水科技有限公司）",
            "致谢": "致谢\n本书编写得到了绿洲天成的大力支持，韦景涛工程师带领学生在一四三团的棉田完成了全部滴灌带铺设实训；以色列专家诺姆·"
                    "卡茨提供了压力补偿滴头的试验曲线。在此一并致谢。",
            "邮件": "Dear Ms. Cheng,\nAttached are the pressure-compensation curves you asked for Chapter 4. Feel free to use them "
                    "in the textbook.\nBest,\nNoam Katz\nAgronomy Consultant, AquaDrip Solutions Ltd.\nTel: +972 54 736 2915\n"
                    "noam.katz@aquadrip.co.il",
            "前言": "石河子是一座军垦新城，王震将军率部屯垦戍边的故事家喻户晓；新疆是全国最大的膜下滴灌应用区。\n\n"
                    "八师农技校教材编写组\n2025 年 4 月",
            "正文": "项目四　首部枢纽的维护\n【任务】承包户老周的 200 亩棉田滴灌带末端压力不足，连队农机员小邓须先检查过滤器。"
                    "耐特菲姆、天业节水的产品手册可作对照。",
            "页脚": "石河子农技校　电话：0993-2615 307　地址：石河子市北四路 221 号",
        },
        # Hard negatives: 主编 / 副主编 / 参编, 工程师 (a post), 一四三团 (a regiment farm, a place), 以色列 / 专家, "Ms. Cheng"
        # (a surname with a post, naming 程雅楠, as v12's 牛老师), Chapter 4, Best, Agronomy Consultant (a post), "+972", 军垦新城,
        # 王震 (historical), 膜下滴灌, 编写组 alone, 2025 年 4 月, 老周 (a farmer of the task with a post, sharing the chief editor's
        # surname), 小邓 (a surname with a post, sharing 邓雪芳's surname), 耐特菲姆 / 天业节水 (brands), 石河子市 (a place before
        # the street).
        ["周德民", "程雅楠", "彭书豪", "邓雪芳", "韦景涛", "新疆绿洲天成节水科技有限公司", "绿洲天成", "韦景涛", "诺姆·卡茨",
         "Noam Katz", "AquaDrip Solutions Ltd.", "54 736 2915", "noam.katz@aquadrip.co.il", "八师农技校", "石河子农技校",
         "0993-2615 307", "北四路 221 号"],
    ),
    Manuscript(
        "敦煌壁画临摹",
        dict(names=["杨慧娟"], units=["甘肃省敦煌市工艺美术技工学校"]),
        {
            "编委会": "编委会\n主　任　杨慧娟\n副主任　马振国\n委　员　苏　晴　雷宏斌（飞天画坊）",
            "图片使用授权书（扫描件 OCR）": "图 片 使 用 授 权 书\n授权人：康宝\n华\n被授权单位：敦煌市工艺美术技工\n学校\n"
                                          "本人同意将所拍摄的 46 幅临摹作品照片用于《敦煌壁画临摹》教材，不收取费用。\n"
                                          "授权人签字：康 宝 华\n身份证号：62098219790316 0537\n2025 年 3 月 20 日",
            "编写说明": "编写说明\n本书由敦煌市工艺美术技工学校与飞天画坊合作编写。杨慧娟编写模块一、模块二；马振国编写模块三；苏晴编写"
                        "模块四；雷宏斌绘制了全部白描线稿。书中作品照片由康宝华拍摄。西北师范大学美术学院的严佩珊教授审阅了全书。",
            "正文": "模块三　唐代壁画的临摹\n莫高窟第 220 窟的《药师经变》色彩绚丽；常书鸿、段文杰等前辈数十年如一日临摹壁画，张大千也曾"
                    "在此临摹两年多。【任务】游客王女士想定制一幅 60 cm × 90 cm 的九色鹿本生故事临摹作品，学徒小马须先起稿。",
            "页脚": "敦煌工美技校　电话：0937-8862 451　邮箱：dhgmjx@126.com",
        },
        # Hard negatives: 编委会 / 主任 / 副主任 / 委员, 飞天 (inside the company's name; a motif), the OCR'd heading, 授权人 /
        # 被授权单位 (roles), 46 幅, 不收取费用, 2025 年 3 月 20 日, 白描线稿, 美术学院 (inside the university), 教授, 莫高窟 and
        # 第 220 窟, 《药师经变》, 常书鸿 / 段文杰 / 张大千 (historical), 王女士 (a customer with a post), 九色鹿 (a story), 小马 (a
        # surname with a post, sharing 马振国's surname).
        ["杨慧娟", "马振国", "苏　晴", "雷宏斌", "飞天画坊", "康宝\n华", "敦煌市工艺美术技工\n学校", "康 宝 华",
         "62098219790316 0537", "敦煌市工艺美术技工学校", "飞天画坊", "杨慧娟", "马振国", "苏晴", "雷宏斌", "康宝华",
         "西北师范大学", "严佩珊", "敦煌工美技校", "0937-8862 451", "dhgmjx@126.com"],
    ),
    Manuscript(
        "枸杞种植与制干",
        dict(names=["马文娟"], units=["宁夏中宁县枸杞产业技工学校"]),
        {
            "编写人员": "主　编　马文娟\n副主编　拜学军\n参　编　田艳霞　杨建忠　金占林（杞乡红）",
            "前言": "中宁是“中国枸杞之乡”，《本草纲目》记载枸杞“久服坚筋骨”。本书由中宁县枸杞产业技工学校与宁夏杞乡红枸杞科技有限公司"
                    "合作编写，宁夏大学农学院的葛瑞祥副教授审读了书稿。\n\n编　者\n二〇二五年八月于中宁",
            "正文": "项目四　枸杞的制干\n【任务】外地客商刘先生收购 3 吨头茬干果，要求二氧化硫残留不得检出；制干车间的小拜须先检查烘干房"
                    "的温度曲线。\n制干记录（示例）：批次 GQ-0718　操作人 李娟　入房温度 45 ℃\n“宁杞 7 号”的果粒可作对照。",
            "附录（征订单）": "《枸杞种植与制干》教材征订单\n订购单位：________　联系人：________　电话：________\n"
                              "订购数量：____ 册　单价：38.00 元\n请将征订单回传至：中宁县枸杞产业技工学校教务科\n"
                              "联系人：田艳霞　电话：0955-5512 638　传真：0955-5512 639\n开户名：中宁县枸杞产业技工学校\n"
                              "开户行：中国农业银行中宁县支行\n账号：2943 0101 0400 1876 5",
            "页脚": "中宁枸杞技校　种植教研组　网址：www.zngqjx.cn",
        },
        # Hard negatives: 主编 / 副主编 / 参编, 中国枸杞之乡 (an honour), 《本草纲目》, 农学院 (inside the university), 副教授,
        # 编　者, 二〇二五年八月于中宁, 刘先生 (a customer with a post), 小拜 (a surname with a post, sharing 拜学军's surname),
        # the example record (GQ-0718, 李娟, 45 ℃), 宁杞 7 号 (a variety), the order form's blanks and headings, 38.00 元,
        # 教务科 (a department after the school's name), 中国农业银行中宁县支行 (a bank), 种植教研组.
        ["马文娟", "拜学军", "田艳霞", "杨建忠", "金占林", "杞乡红", "中宁县枸杞产业技工学校", "宁夏杞乡红枸杞科技有限公司",
         "宁夏大学", "葛瑞祥", "中宁县枸杞产业技工学校", "田艳霞", "0955-5512 638", "0955-5512 639", "中宁县枸杞产业技工学校",
         "2943 0101 0400 1876 5", "中宁枸杞技校", "www.zngqjx.cn"],
    ),
    Manuscript(
        "冷水鱼养殖",
        dict(names=["汪治国"], units=["青海省贵德县高原渔业技工学校"]),
        {
            "编写人员": "主编　汪治国\n副主编　索南措\n参编　祁生德　蔡文亮（黄河源鲑鳟）",
            "调研访谈记录": "企业调研访谈记录\n访谈时间：2025 年 6 月 17 日\n访谈地点：青海黄河源鲑鳟养殖有限公司龙羊峡网箱基地\n"
                            "访谈人：汪治国、祁生德\n受访人：蔡文亮（养殖部经理）、韩占海（网箱班长）\n记录人：索南措\n"
                            "访谈要点：一、网箱养殖虹鳟的投喂量随水温调整，蔡文亮建议教材增加水温与投喂量对照表；二、韩占海介绍了冬季破冰"
                            "防冻的做法，可编入项目五。",
            "前言": "贵德有“天下黄河贵德清”的美誉，龙羊峡水库是全国重要的冷水鱼网箱养殖区。本书由贵德县高原渔业技工学校组织编写，"
                    "得到了海南藏族自治州渔业协会的支持。\n\n贵德渔校《冷水鱼养殖》编写组\n2025 年 9 月",
            "正文": "项目五　冬季管理\n【任务】养殖户马师傅的网箱出现死鱼，水面已开始结冰；学生须先测溶解氧。\n投喂记录（示例）：网箱号 "
                    "C-12　投喂员 张斌　投喂量 18 kg\n市场上常把虹鳟称作“三文鱼”，学生须学会辨别。",
            "页脚": "贵德渔校　水产养殖实训基地　电话：0974-8556 213　微信：gdyx_shuichan",
        },
        # Hard negatives: 主编 / 副主编 / 参编, the record's headings and date, 龙羊峡网箱基地 (a site after the company's
        # name; 龙羊峡 also a place in the 前言), 养殖部经理 / 网箱班长 (posts), 访谈人 / 受访人 / 记录人 (roles), 虹鳟, 天下黄河
        # 贵德清 (a saying), 龙羊峡水库, 黄河 (also inside the company's names), 编写组 alone, 2025 年 9 月, 马师傅 (a grower of the
        # task with a post), the example record (C-12, 张斌, 18 kg), 三文鱼, 水产养殖实训基地.
        ["汪治国", "索南措", "祁生德", "蔡文亮", "黄河源鲑鳟", "青海黄河源鲑鳟养殖有限公司", "汪治国", "祁生德", "蔡文亮",
         "韩占海", "索南措", "蔡文亮", "韩占海", "贵德县高原渔业技工学校", "海南藏族自治州渔业协会", "贵德渔校", "贵德渔校",
         "0974-8556 213", "gdyx_shuichan"],
    ),
]
