"""A fourteenth held-out labelled set for the identity matcher (R3), written by a helper who never read the
matcher's code nor its tests nor its benchmark, never ran the matcher on this set, and labelled every
occurrence before anyone measured it. Its figures are meant to be taken once; it must not be tuned on.
Its people, units, companies and contacts appear in no earlier set (v1-v12 and the development corpus,
checked by string, given names of three-character names included).

Weighted toward the most common real cases: ordinary Han names, schools and companies in full and in the
short forms colleagues use, and the everyday front matter of 技工院校 textbooks; eight of the 56 parts
(about a quarter of the text, in six manuscripts) are the harder documents pasted into manuscripts. Ten
trades and regions of the south and centre, one place per province, none used by an earlier set: 柑橘栽培
in 南丰 (江西抚州), 蜡染 in 安顺 (贵州), 咖啡加工 in 保山 (云南), 游艇维护 in 陵水 (海南, Hainanese surnames
符, 邢, 云), 人工宝石琢磨 in 梧州 (广西), 沙县小吃 in 沙县 (福建三明), 非织造布 in 仙桃 (湖北), 泡菜 in 眉山
(四川), 夏布织造 in 荣昌 (重庆) and 刀剪 in 阳江 (广东, Cantonese surnames 关, 冯, 岑). Kinds of writing: a
cover with two units (a cooperative co-writing), an 编写人员 list with employers in brackets and a 主审 from a university,
a 前言 thanking a county bureau and signed "编　者" over a bare place, a header and a keyword with two short forms,
a footer with a street address (M1); an 编委会, a 大师访谈录 transcribed with 采访人, 受访人 (with her
company in brackets) and 整理 and each speaker's name at every turn, the interview held at "黔韵蜡染旧州工坊",
a 前言 signed by "安顺工美技校《…》编写组" in Chinese numerals, a QQ group (M2); an 编写人员 table
tab-separated with "同上", a 杯测记录表 one cell per line signed by the team's 杯测师 and 复核, a 前言 naming
an association and the company as supporters and signed by the chief editor, a 公众号 named exactly as the
school's short form, a WeChat id (M3); a 版权页 (CIP line with two chief editors, ISBN, CIP 数据核字号,
truncated index line, 责任编辑 and 封面设计), an 编写说明 dividing the work, a 致谢 naming a marina's
management office and its head (M4); an 编写人员 list, a 图片使用授权书 scanned and OCR'd (a company name
broken before "公司", the photographer spaced out "何 俊 文", the signer broken by a line end), a 前言
crediting the photographer unspaced, header and footer with two more short forms (M5); a second edition:
a cover, an 编写人员 list with titles in brackets, a 修订说明 naming the first edition's authors and a 同业公会,
a 课程思政 case whose master is the co-writing company's 行政总厨 (M6); 会议纪要 of a 推进会 (出席 with the
company in brackets, 列席 with a university, 主持, 记录, decisions naming people), a 工艺卡 one cell per line
(编制, 审核, 批准), a 前言 signed "编　者" in Chinese numerals (M7); a 校本教材编写任务书 one cell per line
(项目负责人, 编写成员, 合作企业, 企业参编人员, the 教务处's 审核人), a 前言 dividing the work and signed by
"眉食技校《…》编写组", a footer with the contact person (M8); a cover with two units (the school written
with "重庆市"), an 编写人员 list as a PDF extracts it (the company in brackets on its own line), 微课 credits
(讲解, 演示, 拍摄、剪辑), a 后记 thanking a master and a university teacher, signed by a name over "于荣昌"
(M9); an 审稿意见表 one cell per line (the reviewer's university with its college, his signature), an
编写说明 dividing the work, an English contact block (the name in pinyin with the Chinese in brackets, the
school's English name, "+86"), a 前言 signed by "阳江刀剪技校《…》编写组" (M10). Short forms of schools
(南丰农技校, 南丰现代农业技校, 安顺工美技校, 保山服务技校, 陵水海校, 梧州宝石技校, 梧宝技校, 沙县小吃技校,
仙桃新材技校, 眉食技校, 眉山食品技校, 荣昌夏布技校, 阳江刀剪技校, 阳江五金技校) and companies (橘乡合作社,
黔韵蜡染, 滇豆咖啡, 蓝港游艇, 晶粼宝石, 福味园 — known only by this name —, 恒润防护, 蜀坛泡菜, 麻韵夏布,
锋钢刀剪). Names: mostly two- and three-character Han names with common surnames (陈, 杨, 吴, 罗, 何, 刘,
张, 黄, 李, 胡, 彭, 梁) and some rarer ones (饶, 涂, 艾, 伍, 岑, 邢, 云, 符, 覃, 苟, 况, 喻, 敖, 聂, 颜, 关);
names with a full-width space (熊　磊, 陈　露, 孙　芮, 万　俊, 周　琳, 文　倩, 钟　莉), two of them also
written without it (万俊, 文倩); one name in pinyin (Feng Wanshan) and one English school name. Contacts:
landlines "0794-3226 517", "0851-3326 419", "0898-8335 2716", "0774-5218 306", "0598-5821 376",
"0728-3296 145", "028-3826 7154", "023-4675 2180", "0662-3318 726" and "662 3318 726" after "+86"; emails on
163, 126, school domains; QQ groups "731 528 604" and "562 390 817"; a WeChat id; an ISBN and a CIP number;
four street addresses.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public and
historical figures (曾巩 — sharing a team member's surname —, 王阳明, 艾思奇, 朱熹, 苏东坡, 冼夫人), customers,
workers and people of tasks (付大叔, 老板娘, 阿英, 王女士, Peter Lawson, 阿福, 刘老板, 阿梅, 老邓, 李经理,
王师傅, 田中先生, 周嬢嬢, 陈师傅, 阿坤), people of the interview who made nothing (阿奶, the intern 小伍),
example data (王建 on a pruning record, a cupping sample's number and scores, 赵刚 on a production record,
李红 on a recipe, 李明 on an inspection record), surnames with a post, most sharing a team member's surname
(小邹, 小伍, 小尹, 老邓, 小罗, 老聂, 小苟), the publisher of this book, brands (Yamaha, 星巴克, 雀巢, 施华洛世奇,
双立人, 王麻子 — named after a person —), products and heritage items named after places (南丰蜜桔, 东坡泡菜,
夏茂烧卖, 荣昌猪, 荣昌卤鹅, "荣昌夏布织造技艺", the collective trademark "沙县小吃" — also inside the school's
short form —), places and sites (琴城镇, 旧州, 龙场, 黄果树瀑布, 屯堡, 潞江坝 — also inside the company's name —,
耶加雪菲, 椰林镇, 骑楼城, 尤溪, 彭场镇 — sharing 彭黛筠's surname —, 夏布小镇, 漠阳江), honours (中国蜜桔之乡,
世界人工宝石之都, 中国非织造布产业名城, 中国泡菜城, 中国刀剪之都), standards, departments, posts, titles,
headings and data of forms, "编　者", "同上", a bare place in a dated signature.

Labelling rules (decided before measuring): those of identity_heldout_v5.py to v12, unchanged, their
"Decisions" included — people tied to the making of the manuscript (authors, committee, drafters,
reviewers, people thanked, the publisher's staff, photographers, video crew, contact persons, the signers
of a form or an agreement), labelled by the name exactly as written without title or post; the team's
schools in every form (short forms and English names included) and the companies, cooperatives,
associations, universities and public bodies co-writing, employing a team member or named as supporter;
contacts of the unit or a team member (street and number of an address, not the postcode; a phone without
its country code; ids of WeChat and QQ groups; an ISBN and a CIP number). One label per occurrence, the
shortest span a reviewer must not see; a leading province left out when the rest names the unit, kept in a
company's registered name; a company's department, shop, site or workshop after its name not labelled.
Surname-with-post honorifics stay negatives; OCR and PDF output is labelled as written, line breaks and
spaces included; "同上" carries no label.
Decisions v5-v12 did not settle, taken before any measurement:
- A 大师访谈录 (M2): the 采访人, the 受访人 and whoever 整理 it are labelled, and each speaker's name at every
  turn, as v12 labels each sender of a chat; the 受访人's company in brackets is labelled. The people she
  mentions (阿奶, the intern "小伍") are negatives. The place "黔韵蜡染旧州工坊" labels the short form only.
- A 杯测记录表 printed as a worked example but filled in by the team (M3): the 杯测师 and the 复核 are the
  team's own people and labelled, as v10 labels a cover table's 编写人 and 审核人; the sample number, the
  origin and the scores are example data and negatives. Example records signed by invented names (王建,
  赵刚, 李红, 李明) stay negatives as before.
- A 图片使用授权书 scanned and OCR'd (M5) is labelled as v12's 校企合作协议: both parties and the signer as
  written, line breaks included, and the photographer it credits, spaced out as the OCR gives him.
- A county bureau thanked in a 前言 ("南丰县农业农村局果业技术推广站", M1) labels the bureau, as v10 labels a
  county-level city's public body named as supporter; its station after the name is not labelled.
- A marina's management office thanked with its head (M4) is a supporter and labelled, so is its head.
- "重庆市" before a district (M9, "重庆市荣昌区夏布工艺技工学校") is left out as a province is: "荣昌区夏布工艺
  技工学校" names the school on its own. The company's registered name keeps it ("重庆荣昌麻韵夏布有限公司").
  A profile's "广西梧州市…" (M5) likewise labels "梧州市宝石加工技工学校" where the text writes it.
- A 校本教材编写任务书 (M8): 项目负责人, 编写成员, 合作企业, 企业参编人员 and the 审核人 who approved it are
  labelled (v10's 批准人); 承担部门, 教务处 and the dates are not.
- 会议纪要 (M7): those 出席 and 列席 are labelled with their employers, as v12's 参会人员.
- The English contact block (M10): the pinyin name and the Chinese in brackets are two labels, the
  school's English name one; "+86 662 3318 726" labels the number only (v8) and is another string than the
  footer's "0662-3318 726".
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is also a
substring of a longer labelled name can be counted found when only the longer one was found: "黔韵蜡染" (M2)
in "安顺黔韵蜡染服饰有限公司", "滇豆咖啡" (M3) in "保山市潞江坝滇豆咖啡有限公司", "蓝港游艇" (M4) in
"海南蓝港游艇服务有限公司", "晶粼宝石" (M5) in "梧州市晶粼宝石有限公司" and its broken form, "恒润防护" (M7)
in "湖北仙桃恒润防护用品有限公司", "蜀坛泡菜" (M8) in "四川蜀坛泡菜食品有限公司", "麻韵夏布" (M9) in
"重庆荣昌麻韵夏布有限公司", "锋钢刀剪" (M10) in "阳江市锋钢刀剪实业有限公司", and "荣昌区夏布工艺技工学校" (M9)
in the cover's "重庆市荣昌区…"; and a label occurring more than once in its manuscript (罗朝明, 杨秀莲, 黔韵蜡染,
卢婉宁, 安顺黔韵蜡染服饰有限公司, 安顺工美技校, 段红岩, 李正宏, 保山服务技校, 符祖琛, 邢若蘅,
梧州市宝石加工技工学校, 邓蕙兰, 罗焕章, 张茂榕, 福味园, 邱志伟, 仙桃新材技校, 胡靖川, 彭黛筠, 聂卫国, 万　俊,
恒润防护, 何蔓菁, 苟崇义, 宋煜坤, 唐光辉, 刘德兵, 颜秀媛, 喻福林, 麻韵夏布, 况逸飞, 荣昌夏布技校, 敖永康,
广东海洋大学, 关炳权, 冯婉珊, 阳江刀剪技校) can be counted found at one occurrence from a finding at another.
Conversely the spaced, broken and unspaced forms ("万　俊" / "万俊", "文　倩" / "文倩", "何 俊 文" / "何俊文",
"梧州市晶粼宝石有限\n公司" / "梧州市晶粼宝石有限公司") are distinct strings and scored apart; "Feng Wanshan"
and the lower-case "fengws" inside the email are too. Two-character names (万俊, 文倩, and with a space 熊　磊,
陈　露, 孙　芮, 周　琳, 钟　莉) are short strings a substring scorer could meet elsewhere; none occurs elsewhere in
its manuscript.
194 labels: 102 people, 67 units, 25 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V14 = [
    Manuscript(
        "柑橘栽培与采后处理",
        dict(names=["饶振岳"], units=["江西省南丰县现代农业技工学校"]),
        {
            "封面": "柑橘栽培与采后处理\n南丰县现代农业技工学校　南丰县橘乡果业专业合作社　编\n2025 年 7 月",
            "编写人员": "主　编　饶振岳\n副主编　曾筱涵　邹樾川（橘乡合作社）\n参　编　艾俊彦　涂晓蔓　熊　磊\n主　审　廖承钧（江西农业大学）",
            "前言": "南丰是“中国蜜桔之乡”，种橘已有一千三百多年，南丰蜜桔是国家地理标志保护产品；北宋文学家曾巩也是南丰人。本书按"
                    "一体化课程要求编写，南丰县农业农村局果业技术推广站提供了多年的物候观测资料，在此致谢。\n\n编　者\n2025 年 7 月于南丰",
            "正文": "项目三　蜜桔的整形修剪\n【任务】果农付大叔的 5 亩蜜桔园树冠郁闭、内膛空虚，请为他制订冬季修剪方案；技术员小邹须在修剪前"
                    "拍照记录。\n修剪记录（示例）：园地编号 A-12　修剪人 王建　株数 120\n可参照 NY/T 5015—2002《无公害食品　柑橘生产技术规程》。",
            "页眉": "柑橘栽培与采后处理 · 南丰农技校",
            "关键词": "关键词：蜜桔；整形修剪；采后处理；南丰现代农业技校",
            "页脚": "地址：南丰县琴城镇桔都大道 268 号　电话：0794-3226 517　邮箱：nfxdny@163.com",
        },
        # Hard negatives: 编　者 / 2025 年 7 月于南丰 (a bare place in a dated signature), 主　编 / 主　审 (posts), 中国蜜桔之乡 (an
        # honour), 南丰蜜桔 (a product named after the place in the school's name), 国家地理标志保护产品, 曾巩 (historical,
        # sharing 曾筱涵's surname), 一体化课程, 果业技术推广站 (a station after the bureau's name), 付大叔 (a farmer of the task),
        # 小邹 (a surname with a post, sharing 邹樾川's surname), the example record (A-12, 王建, 120), NY/T 5015—2002, 琴城镇 (a
        # place before the street).
        ["南丰县现代农业技工学校", "南丰县橘乡果业专业合作社", "饶振岳", "曾筱涵", "邹樾川", "橘乡合作社", "艾俊彦", "涂晓蔓",
         "熊　磊", "廖承钧", "江西农业大学", "南丰县农业农村局", "南丰农技校", "南丰现代农业技校", "桔都大道 268 号",
         "0794-3226 517", "nfxdny@163.com"],
    ),
    Manuscript(
        "蜡染技艺",
        dict(names=["伍德芳"], units=["贵州省安顺市工艺美术技工学校"]),
        {
            "编委会": "编委会\n主　任　伍德芳\n副主任　罗朝明\n委　员　杨秀莲（黔韵蜡染）　吴光荣　陈　露\n秘　书　卢婉宁",
            "大师访谈": "大师访谈录\n采访时间：2025 年 4 月 12 日\n采访地点：黔韵蜡染旧州工坊\n采访人：罗朝明\n"
                        "受访人：杨秀莲（安顺黔韵蜡染服饰有限公司　蜡染技艺传承人）\n整理：卢婉宁\n\n"
                        "罗朝明：您是几岁开始学点蜡的？\n杨秀莲：八岁跟阿奶学。那时候寨子里的姑娘都要会画蜡，出嫁的衣裳要自己染。\n"
                        "罗朝明：现在的年轻人还愿意学吗？\n杨秀莲：公司每年招二十几个学徒，今年还来了你们学校的实习生小伍，手很巧。",
            "前言": "安顺蜡染古称“阑干斑布”，2006 年入选第一批国家级非物质文化遗产名录。明代王阳明谪居龙场时，对黔中风物多有记述。"
                    "本书由安顺市工艺美术技工学校与安顺黔韵蜡染服饰有限公司共同开发。\n\n安顺工美技校《蜡染技艺》编写组\n二〇二五年六月",
            "正文": "项目二　冰纹的形成\n【任务】贵阳某民宿的老板娘订制 20 幅蜡染挂画，要求有自然的冰纹；学员阿英须先把蜂蜡温度控制在 "
                    "70 ℃ 左右。黄果树瀑布、屯堡文化可作纹样创作的素材。",
            "页脚": "安顺工美技校　染织教研室　电话：0851-3326 419　QQ 群：731 528 604",
        },
        # Hard negatives: 编委会 / 主　任 / 副主任 / 委　员 / 秘　书, the interview's headings and date, 旧州工坊 (a site after the
        # company's short form; 旧州 is a town), 蜡染技艺传承人 (a title), 阿奶 (a grandmother), 寨子, 小伍 (an intern: a surname
        # with a post, sharing the chief editor's surname), 阑干斑布, 国家级非物质文化遗产名录, 王阳明 (historical) and 龙场,
        # 二〇二五年六月, 贵阳 (a place), 老板娘 (a customer), 阿英 (a trainee of the task), 黄果树瀑布 / 屯堡 (places), 染织教研室.
        ["伍德芳", "罗朝明", "杨秀莲", "黔韵蜡染", "吴光荣", "陈　露", "卢婉宁", "黔韵蜡染", "罗朝明", "杨秀莲",
         "安顺黔韵蜡染服饰有限公司", "卢婉宁", "罗朝明", "杨秀莲", "罗朝明", "杨秀莲", "安顺市工艺美术技工学校",
         "安顺黔韵蜡染服饰有限公司", "安顺工美技校", "安顺工美技校", "0851-3326 419", "731 528 604"],
    ),
    Manuscript(
        "咖啡加工与品鉴",
        dict(names=["段红岩"], units=["云南省保山市现代服务技工学校"]),
        {
            "编写人员": "编写人员\n序号\t姓名\t工作单位\t编写分工\n1\t段红岩\t保山市现代服务技工学校\t项目一、统稿\n2\t杨舒婷\t同上\t项目二\n"
                        "3\t李正宏\t保山市潞江坝滇豆咖啡有限公司\t项目三、项目四\n4\t尹梓萱\t保山学院\t项目五",
            "杯测记录表": "表 3-2　杯测记录表（SCA 格式）\n样品编号\nLJB-2025-03\n产地\n潞江坝\n处理法\n水洗\n干香/湿香\n7.75\n风味\n7.50\n"
                          "余韵\n7.25\n总分\n83.25\n杯测师\n李正宏\n复核\n段红岩\n日期\n2025.03.06",
            "前言": "保山是我国小粒咖啡的主产区之一，潞江坝的咖啡种植始于 20 世纪 50 年代；保山也是哲学家艾思奇的故乡。本书编写得到保山市"
                    "咖啡行业协会的指导，滇豆咖啡提供了烘焙车间作为拍摄场地。\n\n段红岩\n2025 年 5 月",
            "正文": "项目四　手冲咖啡的冲煮\n【任务】一位从昆明来的顾客王女士点了一杯耶加雪菲手冲，要求“酸质明亮一些”；咖啡师小尹须调整"
                    "研磨度和水温。星巴克、雀巢的产品可作对比。",
            "页脚": "保山服务技校　咖啡实训室　微信公众号：保山服务技校　微信号：bsfwjx_coffee　邮箱：duanhy@bsfwjx.cn",
        },
        # Hard negatives: the table's headings, 同上, 统稿, SCA (an association abroad, as a standard), the sample number
        # LJB-2025-03, 潞江坝 as a place (also inside the company's name), the scores, 2025.03.06, 小粒咖啡, 艾思奇 (a public
        # figure), 烘焙车间, 2025 年 5 月, 昆明 (a place), 王女士 (a customer with a post), 耶加雪菲 (an origin), 小尹 (a surname
        # with a post, sharing 尹梓萱's surname), 星巴克 / 雀巢 (brands), 咖啡实训室.
        ["段红岩", "保山市现代服务技工学校", "杨舒婷", "李正宏", "保山市潞江坝滇豆咖啡有限公司", "尹梓萱", "保山学院", "李正宏",
         "段红岩", "保山市咖啡行业协会", "滇豆咖啡", "段红岩", "保山服务技校", "保山服务技校", "bsfwjx_coffee",
         "duanhy@bsfwjx.cn"],
    ),
    Manuscript(
        "游艇维护与保养",
        dict(names=["符祖琛"], units=["海南省陵水黎族自治县海洋技工学校"]),
        {
            "版权页": "图书在版编目（CIP）数据\n游艇维护与保养 / 符祖琛，邢若蘅主编. —北京：中国劳动社会保障出版社，2025.9\n"
                      "ISBN 978-7-5167-7142-6\nⅠ．①游…　Ⅱ．①符…　②邢…　Ⅲ．①游艇－维修－技工学校－教材\n"
                      "中国版本图书馆 CIP 数据核字（2025）第 136582 号\n责任编辑：孙　芮\n封面设计：陶砚秋",
            "编写说明": "编写说明\n本书由陵水黎族自治县海洋技工学校与海南蓝港游艇服务有限公司合作编写。符祖琛编写项目一、项目二；邢若蘅编写"
                        "项目三；云昌茂、王菁菁编写项目四；蓝港游艇的轮机长陈德福编写项目五，并审核了全书的操作规程。全书由符祖琛统稿。",
            "致谢": "致　谢\n陵水清水湾游艇码头管理处吴明亮主任为学生的跟岗实训提供了泊位和船只，谨致谢忱。",
            "正文": "项目二　舷外机的日常保养\n【任务】船东 Peter Lawson 先生预约周末出海，要求先检修两台 Yamaha F150 舷外机；水手阿福须先"
                    "检查冷却水出水口。黎族织锦的纹样常用于游艇的内饰设计。",
            "页脚": "陵水海校　轮机教研室　电话：0898-8335 2716　地址：陵水县椰林镇滨海路 39 号",
        },
        # Hard negatives: the publisher (中国劳动社会保障出版社) and its city, 2025.9, the truncated index line (①符…　②邢…),
        # the subject line, 责任编辑 / 封面设计 (posts), 轮机长 (a post), 统稿, 主任 (a post), 跟岗实训, Peter Lawson (a customer
        # of the task), Yamaha F150 (a brand and model), 阿福 (a sailor of the task), 黎族织锦, 轮机教研室, 椰林镇 (a place
        # before the street).
        ["符祖琛", "邢若蘅", "978-7-5167-7142-6", "136582", "孙　芮", "陶砚秋", "陵水黎族自治县海洋技工学校",
         "海南蓝港游艇服务有限公司", "符祖琛", "邢若蘅", "云昌茂", "王菁菁", "蓝港游艇", "陈德福", "符祖琛",
         "陵水清水湾游艇码头管理处", "吴明亮", "陵水海校", "0898-8335 2716", "滨海路 39 号"],
    ),
    Manuscript(
        "人工宝石琢磨",
        dict(names=["莫崇岭"], units=["广西梧州市宝石加工技工学校"]),
        {
            "编写人员": "主　编　莫崇岭\n副主编　黎钰珊　覃国标（晶粼宝石　技术部）\n参　编　廖慧玲　梁耀庭",
            "图片使用授权书（扫描件 OCR）": "图 片 使 用 授 权 书\n授权方：梧州市晶粼宝石有限\n公司\n被授权方：梧州市宝石加工技工学校\n"
                                          "授权内容：授权方同意被授权方在《人工宝石琢磨》教材中使用其拍摄的琢型照片 36 张（摄影：何 俊 文），"
                                          "仅限教学使用。\n授权方代表：黄锦\n荣\n2025 年 3 月 20 日",
            "前言": "梧州被称为“世界人工宝石之都”，全球相当大一部分人工宝石在这里切磨。本书由梧州市宝石加工技工学校与梧州市晶粼宝石有限公司"
                    "合作编写，书中琢型照片由何俊文拍摄。\n\n编　者\n2025 年 4 月",
            "正文": "项目三　标准圆钻型的琢磨\n【任务】深圳客户刘老板订购 5 000 粒 3 mm 立方氧化锆圆钻，要求 57 个刻面；磨工阿梅须先校准"
                    "八角手。施华洛世奇的产品可作对照。骑楼城是梧州的城市名片。",
            "页眉": "人工宝石琢磨　梧州宝石技校",
            "页脚": "梧宝技校　地址：梧州市长洲区新兴三路 81 号　电话：0774-5218 306",
        },
        # Hard negatives: 主　编 / 副主编 / 参　编, 技术部 (a department after the company's short form), the authorisation's
        # spaced heading, 授权方 / 被授权方, 36 张, 2025 年 3 月 20 日, 世界人工宝石之都 (an honour), 编　者, 2025 年 4 月, 深圳 (a
        # place), 刘老板 (a customer with a post), 阿梅 (a worker of the task), 八角手 (a tool), 施华洛世奇 (a brand), 骑楼城 (a
        # site), 长洲区 (a place before the street).
        ["莫崇岭", "黎钰珊", "覃国标", "晶粼宝石", "廖慧玲", "梁耀庭", "梧州市晶粼宝石有限\n公司", "梧州市宝石加工技工学校",
         "何 俊 文", "黄锦\n荣", "梧州市宝石加工技工学校", "梧州市晶粼宝石有限公司", "何俊文", "梧州宝石技校", "梧宝技校",
         "新兴三路 81 号", "0774-5218 306"],
    ),
    Manuscript(
        "沙县小吃制作",
        dict(names=["邓蕙兰"], units=["福建省三明市沙县区小吃产业技工学校"]),
        {
            "封面": "沙县小吃制作\n（第 2 版）\n沙县区小吃产业技工学校　编",
            "编写人员": "主编：邓蕙兰（高级讲师）\n副主编：罗焕章（一级实习指导教师）、肖沁怡\n参编：张茂榕（福味园　行政总厨）、陈榆萍、邱志伟\n"
                        "主审：黄木生（三明学院）",
            "修订说明": "第 2 版修订说明\n本书第 1 版由邓蕙兰、罗焕章编写，2021 年出版。本版新增项目六“夏茂烧卖”，由邱志伟编写；沙县区小吃同业公会"
                        "提供了门店经营数据。",
            "课程思政": "课程思政案例　一碗扁肉走天下\n福味园行政总厨张茂榕十六岁学打扁肉，一根木槌捶了三十年肉泥。他常对徒弟说：“扁肉皮要薄得"
                        "透光。”理学家朱熹生于尤溪，也是三明人。请学生讨论：小吃里的“工匠精神”是什么？",
            "正文": "项目二　扁肉的制作\n【任务】在上海开店的沙县老乡老邓要推出“扁肉＋拌面”套餐，请为他的门店设计标准化配方；学徒小罗须在 "
                    "30 秒内包好 10 个扁肉。\n“沙县小吃”是国家地理标志证明商标，2021 年入选国家级非物质文化遗产代表性项目名录。",
            "页脚": "沙县小吃技校　烹饪教研室　电话：0598-5821 376　邮箱：sxxcjx@126.com",
        },
        # Hard negatives: 第 2 版, 高级讲师 / 一级实习指导教师 / 行政总厨 (titles and posts), 2021 年出版, 夏茂烧卖 (a dish named after
        # a town), 门店经营数据, 朱熹 (historical) and 尤溪 / 三明 (places), 工匠精神, 上海 (a place), 老邓 (a customer: a surname
        # with a post, sharing the chief editor's surname), 小罗 (a surname with a post, sharing 罗焕章's surname), "沙县小吃" (a
        # collective trademark, also inside the school's short form), 国家级非物质文化遗产代表性项目名录, 烹饪教研室.
        ["沙县区小吃产业技工学校", "邓蕙兰", "罗焕章", "肖沁怡", "张茂榕", "福味园", "陈榆萍", "邱志伟", "黄木生", "三明学院",
         "邓蕙兰", "罗焕章", "邱志伟", "沙县区小吃同业公会", "福味园", "张茂榕", "沙县小吃技校", "0598-5821 376",
         "sxxcjx@126.com"],
    ),
    Manuscript(
        "非织造布生产工艺",
        dict(names=["胡靖川"], units=["湖北省仙桃市新材料技工学校"]),
        {
            "会议纪要": "《非织造布生产工艺》教材编写推进会纪要\n时间：2025 年 5 月 9 日 9:00\n地点：仙桃新材技校实训楼 203 室\n"
                        "出席：胡靖川、彭黛筠、聂卫国、万　俊（恒润防护）、汪筱蕾（恒润防护）\n列席：武汉纺织大学　周　琳\n主持：胡靖川\n"
                        "记录：彭黛筠\n议定事项：\n1. 聂卫国负责项目四“熔喷工艺”的改写，万俊提供生产线参数；\n2. 6 月 20 日前完成统稿。",
            "工艺卡": "工艺卡\n产品名称\nSMS 医用非织造布\n克重\n35 g/m²\n幅宽\n1 600 mm\n编制\n聂卫国\n审核\n万　俊\n批准\n胡靖川\n日期\n"
                      "2025-05-16",
            "前言": "仙桃被誉为“中国非织造布产业名城”，彭场镇的无纺布产业起步于 20 世纪 80 年代。本书由仙桃市新材料技工学校与湖北仙桃恒润"
                    "防护用品有限公司共同编写。\n\n编　者\n二〇二五年七月",
            "正文": "项目四　熔喷工艺\n【任务】某医疗器械公司的采购李经理要求熔喷布的过滤效率不低于 95%，三天内出样；机长老聂须先调整"
                    "热风温度。\n生产记录（示例）：批号 RP20250318　操作工 赵刚　产量 1.2 t\n执行 GB 19083—2010《医用防护口罩技术要求》。",
            "页脚": "仙桃新材技校　纺织工程系　电话：0728-3296 145　邮箱：xtxcjx_fzx@163.com",
        },
        # Hard negatives: the minutes' headings (出席 / 列席 / 主持 / 记录 / 议定事项), 2025 年 5 月 9 日 9:00, 实训楼 203 室 (after
        # the school's short form), 熔喷工艺, 6 月 20 日, the process card's headings and data (SMS, 35 g/m², 2025-05-16),
        # 中国非织造布产业名城 (an honour), 彭场镇 (a town, sharing 彭黛筠's surname), 编　者, 二〇二五年七月, 李经理 (a customer
        # with a post), 老聂 (a surname with a post, sharing 聂卫国's surname), the example record (RP20250318, 赵刚, 1.2 t),
        # GB 19083—2010, 纺织工程系 (a department).
        ["仙桃新材技校", "胡靖川", "彭黛筠", "聂卫国", "万　俊", "恒润防护", "汪筱蕾", "恒润防护", "武汉纺织大学", "周　琳",
         "胡靖川", "彭黛筠", "聂卫国", "万俊", "聂卫国", "万　俊", "胡靖川", "仙桃市新材料技工学校",
         "湖北仙桃恒润防护用品有限公司", "仙桃新材技校", "0728-3296 145", "xtxcjx_fzx@163.com"],
    ),
    Manuscript(
        "泡菜制作工艺",
        dict(names=["何蔓菁"], units=["四川省眉山市食品工业技工学校"]),
        {
            "编写任务书": "校本教材编写任务书\n教材名称\n泡菜制作工艺\n承担部门\n食品工程系\n项目负责人\n何蔓菁\n编写成员\n苟崇义、文　倩、宋煜坤\n"
                          "合作企业\n四川蜀坛泡菜食品有限公司\n企业参编人员\n唐光辉\n完成时间\n2025 年 12 月\n教务处审核意见\n同意立项。\n审核人\n谢鸿儒",
            "前言": "眉山是苏东坡的故乡，“东坡泡菜”远近闻名，眉山还被授予“中国泡菜城”的称号。本书由眉山市食品工业技工学校与蜀坛泡菜合作编写："
                    "何蔓菁编写项目一至项目三，苟崇义、文倩编写项目四、项目五，唐光辉提供了全部生产工艺参数。\n\n"
                    "眉食技校《泡菜制作工艺》编写组\n2025 年 10 月",
            "正文": "项目二　泡菜盐水的配制\n【任务】成都一家川菜馆的王师傅要订 200 斤老坛泡青菜，要求“酸而不酸”；学徒小苟须先测定盐水的"
                    " pH 值。\n配方（示例）：食盐 6%　花椒 0.2%　操作人 李红\n参照 SB/T 10756—2012《泡菜》。",
            "页眉": "泡菜制作工艺　　眉山食品技校",
            "页脚": "联系人：宋煜坤　电话：028-3826 7154　邮箱：songyk@msspjx.cn",
        },
        # Hard negatives: the form's headings, 食品工程系 / 教务处 (departments), 2025 年 12 月, 同意立项, 苏东坡 (historical),
        # 东坡泡菜 (a product named after him), 中国泡菜城 (an honour), 2025 年 10 月, 成都 (a place), 王师傅 (a customer with a
        # post), 小苟 (a surname with a post, sharing 苟崇义's surname), the example recipe (6%, 0.2%, 李红), SB/T 10756—2012.
        ["何蔓菁", "苟崇义", "文　倩", "宋煜坤", "四川蜀坛泡菜食品有限公司", "唐光辉", "谢鸿儒", "眉山市食品工业技工学校",
         "蜀坛泡菜", "何蔓菁", "苟崇义", "文倩", "唐光辉", "眉食技校", "眉山食品技校", "宋煜坤", "028-3826 7154",
         "songyk@msspjx.cn"],
    ),
    Manuscript(
        "夏布织造技艺",
        dict(names=["刘德兵"], units=["重庆市荣昌区夏布工艺技工学校"]),
        {
            "封面": "夏布织造技艺\n重庆市荣昌区夏布工艺技工学校　重庆荣昌麻韵夏布有限公司　编",
            "编写人员（PDF）": "编写人员\n主编\n刘德兵\n副主编\n颜秀媛\n参编\n喻福林\n（麻韵夏布）\n钟　莉\n况逸飞",
            "微课": "【扫码看微课】\n微课 3-1　苎麻绩纱（讲解：颜秀媛　演示：喻福林）\n微课 3-2　上机织布（拍摄、剪辑：况逸飞）",
            "后记": "后　记\n荣昌夏布有一千多年历史，“荣昌夏布织造技艺”2008 年入选国家级非物质文化遗产名录。编写中，夏布小镇的织户们毫无保留地"
                    "演示了手艺；麻韵夏布的喻福林师傅带我们走遍了苎麻田；重庆文理学院的覃雪峰老师审阅了全书。谨此致谢！\n\n"
                    "刘德兵\n2025 年 9 月于荣昌",
            "正文": "项目三　上机织布\n【任务】日本京都的客户田中先生订购 300 米本色夏布，用作和服的衬里；织工周嬢嬢须先检查经纱有无断头。"
                    "荣昌猪、荣昌卤鹅是本地的另两张名片。",
            "页脚": "荣昌夏布技校　电话：023-4675 2180　QQ 群：562 390 817　微信公众号：荣昌夏布技校",
        },
        # Hard negatives: "重庆市" before the district (see the decisions), the PDF list's headings, 微课 3-1 / 3-2 and their titles,
        # 讲解 / 演示 / 拍摄 / 剪辑, 荣昌夏布织造技艺 (a heritage item), 国家级非物质文化遗产名录, 夏布小镇 (a place), 织户们
        # (unnamed), 师傅 / 老师 after the labelled names, 2025 年 9 月于荣昌 (a bare place in a dated signature), 日本京都 (a
        # place), 田中先生 (a customer with a post), 周嬢嬢 (a weaver of the task), 荣昌猪 / 荣昌卤鹅 (products named after the
        # place).
        ["荣昌区夏布工艺技工学校", "重庆荣昌麻韵夏布有限公司", "刘德兵", "颜秀媛", "喻福林", "麻韵夏布", "钟　莉", "况逸飞", "颜秀媛",
         "喻福林", "况逸飞", "麻韵夏布", "喻福林", "重庆文理学院", "覃雪峰", "刘德兵", "荣昌夏布技校", "023-4675 2180",
         "562 390 817", "荣昌夏布技校"],
    ),
    Manuscript(
        "刀剪制作工艺",
        dict(names=["关炳权"], units=["广东省阳江市五金刀剪技工学校"]),
        {
            "审稿意见表": "教材审稿意见表\n教材名称\n刀剪制作工艺\n审稿人\n敖永康\n工作单位\n广东海洋大学机械工程学院\n职称\n教授\n审稿意见\n"
                          "项目三的热处理工艺应补充回火曲线；全书刀具硬度的单位应统一为 HRC。\n审稿人签名\n敖永康\n日期\n2025 年 8 月 26 日",
            "编写说明": "编写说明\n本书由阳江市五金刀剪技工学校与阳江市锋钢刀剪实业有限公司合作编写。关炳权编写项目一、项目二；冯婉珊编写项目三；"
                        "岑伟雄编写项目四；锋钢刀剪的高级技师林亚九编写项目五“开刃”。全书由关炳权统稿，广东海洋大学敖永康教授主审。",
            "英文联系页": "Contact\nFeng Wanshan (冯婉珊)\nYangjiang Hardware Knives & Scissors Technical School\nTel: +86 662 3318 726\n"
                          "E-mail: fengws@yjdjjx.edu.cn",
            "前言": "阳江被称为“中国刀剪之都”，相传南朝冼夫人的部众就在漠阳江畔打制刀具。双立人、王麻子的产品可作对照。本书由阳江刀剪技校"
                    "组织编写。\n\n阳江刀剪技校《刀剪制作工艺》编写组\n2025 年 9 月",
            "正文": "项目五　开刃\n【任务】一家日料店的陈师傅送来一把 240 mm 牛刀，要求开出 15° 的刃角；磨刀工阿坤须先检查刃口是否卷边。\n"
                    "出厂检验记录（示例）：型号 YJ-K240　检验员 李明　硬度 58 HRC",
            "页脚": "阳江五金技校　地址：阳江市江城区东风三路 56 号　电话：0662-3318 726",
        },
        # Hard negatives: the form's headings, 机械工程学院 (inside the university), 教授 (a title), HRC, 2025 年 8 月 26 日,
        # 高级技师 (a title), 开刃, 统稿 / 主审, Contact / Tel / E-mail, +86, 中国刀剪之都 (an honour), 冼夫人 (historical),
        # 漠阳江 (a river), 双立人 / 王麻子 (brands, 王麻子 named after a person), 2025 年 9 月, 陈师傅 (a customer with a post), 阿坤
        # (a worker of the task), the example record (YJ-K240, 李明, 58 HRC), 江城区 (a place before the street).
        ["敖永康", "广东海洋大学", "敖永康", "阳江市五金刀剪技工学校", "阳江市锋钢刀剪实业有限公司", "关炳权", "冯婉珊", "岑伟雄",
         "锋钢刀剪", "林亚九", "关炳权", "广东海洋大学", "敖永康", "Feng Wanshan", "冯婉珊",
         "Yangjiang Hardware Knives & Scissors Technical School", "662 3318 726", "fengws@yjdjjx.edu.cn", "阳江刀剪技校",
         "阳江刀剪技校", "阳江五金技校", "东风三路 56 号", "0662-3318 726"],
    ),
]
