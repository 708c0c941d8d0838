"""A tenth held-out labelled set for the identity matcher (R3), written by a helper who never read
the matcher's code nor its tests, never ran the matcher on this set, and labelled every occurrence
before anyone measured it. Its figures are meant to be taken once; it must not be tuned on. Its
people, units, companies and contacts appear in no earlier set (v1-v9 and the development corpus,
checked by string, given names included).

Ten trades and regions no earlier set used: 港口机械 (门座起重机) in 连云港 (江苏), 白茶加工 in 福鼎
(福建宁德, 畲族 surnames), 过桥米线 in 蒙自 (云南红河), 光伏电站运维 in 格尔木 (青海海西), 船舶涂装 in
舟山 (浙江), 中药饮片炮制 in 亳州 (安徽), 冷链物流 in 寿光 (山东), 淮扬菜 in 淮安 (江苏), 竹编与竹家具 in
安吉 (浙江湖州) and 煤矿机电 in 六盘水 (贵州). Mostly ordinary Chinese, as most manuscripts are: no
non-Han script this time (one Tibetan name written in Chinese characters); the names that are not
Chinese characters are pinyin. Written the way units print and exchange them: an English title
page with the chief editor in surname-first capitals and the school's English name, an 编审委员会
and a 校企合作协议 extract with the company's 统一社会信用代码 and both representatives signing (M1); a
课程标准 with 起草单位/主要起草人/审定人, the association that 组织审定 and "…由雷秀珠执笔" inside the
standard (M2); a 实训指导书 cover table one cell per line (编写人/审核人/批准人, the 批准人 spaced out as
a PDF gives it), a 后记 with "由…执笔" and thanks to "…师傅" and "…老师", a 公众号 named after the
school with its id (M3); an 编写说明 dividing the work ("项目三由曹　颖编写", "全书由…统稿") and a
审稿意见及修改说明 table one cell per line with the 修改人 (M4); a PDF 编写人员 table one cell per line
with "同上" and a compound surname broken after the surname ("上官\\n子墨"), a 前言 with a name broken
by a line ("邬海\\n鹏"), a phone and a fax with full-width hyphens, a 封底 with the former name and
the street address (M5); a 后记 with "执笔", "拍摄", "感谢…师傅", "感谢…老师", a 商会 as supporter, an
email written with "#" for "@" and a QQ group (M6); an email exchange as a mail client prints it
(display names and addresses in angle brackets, a team mailbox, a cc whose pinyin name is written
given name first, a salutation by surname and post, a signature block with a spaced-hyphen
landline), a county-level public body as supporter (M7); an 编写委员会 with 主任委员/副主任委员/委员/秘书,
a 前言 signed by two names, a 大师说 quote, a website host (M8); an English title page and an English
contact line (a compound surname in capitals and in title case, "+86-572-…", a WeChat id built on a
name), a student work credited with its 指导教师 and photographer, a company's former name (M9); a
scanned book as OCR returns it (a spaced school and spaced names, a name broken by a line, "．" for
full stops, an email with a stray space), a 校本教材立项申报书 with 申报人, 工作单位, 手机 and the stamped
推荐单位, "感谢…教授" (M10). Short forms of schools of every style (连云港港机技校, 福鼎茶校, 蒙餐技校,
蒙自餐饮技校, 柴达木技校, 格尔木技校, 舟山船校, 亳州中药技校, 寿光物流技校, 淮安烹饪技校, 安吉竹艺技校,
and 水矿技校, built on the former name), companies by brand-like short names (东港港机, 翠岚茶业, 滇味轩,
戈壁光能, 海达船修, 济世堂饮片 and 济世堂, 菜都冷链, 淮府酒店, 翠竹坊, 乌蒙矿机), former names of schools
and companies (原…), a university's college, a company's department, shop or workshop after the
unit. Names: two and three characters, compound surnames (欧阳, 上官, 司马, 宇文, 申屠), rare surnames
(蒯, 伏, 乐, 綦, 逄, 郇, 钭, 庹, 练, 帅, 敖, 苟, 卜, 仲, 单, 宾, 覃, 邬, 虞, 贝), 畲族 surnames (雷, 蓝,
钟), names next to a word they are part of (钟　灵 / 钟灵毓秀, 卜宏图 / 大展宏图, 花　蕊 / 花蕊纹样),
names with a full-width space and the same person without it (耿　芸 / 耿芸, 曹　颖 / 曹颖), pinyin
("KUAI Yifeng", "Jingwen Tian", "SHENTU Liqun", "Shentu Liqun", "TOU Yunqiu"). Contacts: landlines
"0518-8523 6170", "0593-7826 415", "0979-8452 163", "0580－8065 237", "0558-5126 308", "0536 - 5283 716",
"0517—8390 6625", "0873-3726 518", "0858—8122 417", mobiles "187 0979 5521", "135-0536-7429",
"139 8586 0472", "+86-572-5128 613", emails on school and company domains, a team mailbox, one with
"#", one with an OCR space, a QQ group, a 公众号 id, a WeChat id, a website host, a street address, a
统一社会信用代码.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public,
historical and legendary figures and characters (孙悟空, 太姥娘娘, 书生之妻, 闻一多, 慕生忠 — "格尔木之父"
—, 徐福, 华佗, 曹操, 雷敩 — also a cited author —, 贾思勰, 周恩来, 吴承恩, 韩信, 梁红玉, 李安, 吴昌硕),
customers and people of cases with full names or handles (Lars Nilsson, Hannah Weber, 多杰, 小蜜蜂,
淮上食客), surnames with a post, most sharing a team member's surname (小覃, 韦老师, 小甘, 小贝, 小逄,
田经理, 老季, 尹老师, 老陆; and 小邵, 陈女士, 孙阿姨), example data of a lesson that look like personal
data (吴佳琪 with 136****2210, 张伟 with 135 0000 0000, 王大山 with 工号 S0427), brands (振华重工, SEW,
徐工, 品品香, 绿雪芽, 桥香园, 建新园, 隆基, 晶科, 佐敦, 海虹老人, 中远海运, 同仁堂, 胡庆余堂, 京东冷链,
顺丰冷运, 张小泉, 十八子作, 宜家, 三一重装, 中煤科工), products and dishes named after places (福鼎白茶,
白琳工夫 — 白琳 is also in the company's name —, 政和白茶, 平桥豆腐, 文楼汤包), honours and nicknames
(国家地理标志保护产品, 中国蔬菜之乡, 中国竹乡, 中国凉都), idioms holding a team member's name (钟灵毓秀,
大展宏图), places sharing a word with a unit (南湖, 戈壁滩, 柴达木盆地, 乌蒙山区, 太姥山), a market
(亳州中药材交易中心), national bodies, codes and standards, the national pharmacopoeia, departments,
posts, titles, "编　者", "编写组", "同上", a postcode.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6, v7, v8 and v9,
unchanged, their "Decisions" included — people tied to the making of the manuscript (authors,
committee, drafters, reviewers, people thanked, the publisher's staff, photographers, video crew,
students credited, contact persons, a 修改人), labelled by the name exactly as written without title
or post; the team's schools in every form (former names and short forms built on them included) and
the companies, associations, universities and institutes co-writing, employing a team member (or
having employed or graduated one) or named as supporter or organiser of the review, a prefecture's
public body named as supporter or recommending the team; contacts of the unit or a team member
(street and number of an address, not the postcode; a phone without "+86"; a fax; a QQ group; a
公众号 id and a WeChat id; a website host; 统一社会信用代码). One label per occurrence, the shortest span
a reviewer must not see; a leading province left out when the rest names the unit; a company's
department after its name not labelled (v8). Surname-with-post honorifics stay negatives; OCR and
PDF output is labelled as written, line breaks and spaces included; names in English order or
pinyin are labelled as written; "同上" carries no label.
Decisions v5-v9 did not settle, taken before any measurement:
- An email written with "#" in place of "@" against address harvesting ("gengyun#bzzyjx.edu.cn", M6)
  is labelled as written, without the note "（发送时请将#换成@）": any reader restores it at a glance.
- An email as OCR returns it, with a stray space before the domain's last part
  ("luxz@lpsmjjx .edu.cn", M10), is labelled as written, the space included, as v8 labels OCR'd names.
- An email exchange (M7): the sender's display name and his address are two labels; a team mailbox
  on the school's domain ("llbxz@sgwljx.edu.cn") is a contact of the unit and labelled, its display
  name "冷链教材编写组" is not; a cc's display name in pinyin, given name first ("Jingwen Tian"), is
  labelled as written and counted with people; the salutation "田经理" stays a negative (v7's rule),
  though it names the same person.
- A county-level city's public body named as supporter ("寿光市蔬菜产业发展中心", M7) is labelled as v8
  labels a prefecture's: it places the team as well.
- A 课程标准's 审定 organised by an association ("本标准由宁德市白茶产业促进会组织审定", M2) labels the
  association, as v5 labels the organiser of the review of the draft.
- A 实训指导书 cover table (M3): 编写人, 审核人 and 批准人 are people tied to the making of the document
  and labelled; the cells' headings and the 编写日期 are not.
- A school's short form built on its former name ("水矿技校", beside "原水城矿务局技工学校", M10) is
  labelled, and so is the former name; the current official name elsewhere in the same book is a
  third label.
- A compound surname in capitals and in title case ("SHENTU Liqun" on the title page, "Shentu Liqun"
  in the contact line, M9) gives two labels, as written; a WeChat id built on a team member's pinyin
  ("tou_yunqiu88") is labelled like v7's ids.
- A name that is part of a word or idiom elsewhere in the same manuscript ("钟灵毓秀" beside 钟　灵,
  "大展宏图" beside 卜宏图, "花蕊纹样" beside 花　蕊): the word stays a negative; the name is labelled where
  it names the person.
- A company's shop or workshop named by its short form and a place ("滇味轩南湖店", M3) labels the short
  form only, as v8 labels a company and not its department; so does "戈壁光能运维部" (M4).
- A reviewer's university named in a 审稿意见 or a 课程标准 labels the university without its college
  ("青海大学能源与电气工程学院" labels "青海大学"), as v9 did.
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is
also a substring of a longer labelled name can be counted found when only the longer one was found:
"东港港机" (M1) in "连云港东港港机工程有限公司", "翠岚茶业" (M2) in "福鼎市白琳翠岚茶业有限公司", "滇味轩"
(M3) in "蒙自市南湖滇味轩餐饮有限公司", "戈壁光能" (M4) in "格尔木戈壁光能新能源有限公司", "济世堂" (M6)
in "济世堂饮片" and "亳州济世堂中药饮片有限公司", "菜都冷链" (M7) in "寿光菜都冷链物流有限公司", "淮府酒店"
(M8) in "淮安市清江浦淮府酒店管理有限公司", "翠竹坊" (M9) in "安吉翠竹坊家居用品有限公司"; and a label
occurring more than once in its manuscript (蒯屹峰, 宗立平, 连云港港机技校, 雷秀珠, 蓝海生, 覃美玲, 韦德昌,
廖胜堂, 司马宏远, 曹　颖, 柴达木技校, 贝　力, 舟山船校, 海达船修, 耿芸, 綦立楷, 卜宏图, 仲崇文, 淮府酒店,
练启帆, 钭韵秋, 罗应福, 敖登科, …) can be counted found at one occurrence from a finding at another.
Conversely the spaced, line-broken and unspaced forms of one name ("罗 应 福" / "罗应福", "陆 秀\\n芝" /
"陆秀芝", "邬海\\n鹏" / "邬海鹏", "上官\\n子墨" / "上官子墨", "耿　芸" / "耿芸", "曹　颖" / "曹颖") are
distinct strings and scored apart; so are "SHENTU Liqun" and "Shentu Liqun" if the scorer compares
case. 180 labels: 84 people, 69 units, 27 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V10 = [
    Manuscript(
        "门座起重机维护与检修",
        dict(names=["蒯屹峰"], units=["江苏省连云港市港口机械技工学校"]),
        {
            "英文扉页": "Maintenance and Repair of Portal Cranes\nChief Editor: KUAI Yifeng\n"
                        "Lianyungang Port Machinery Technical School",
            "编审委员会": "编审委员会\n主　任　蒯屹峰\n副主任　宗立平（连云港东港港机工程有限公司　总工程师）\n"
                          "委　员　乐嘉禾　欧阳子川\n秘　书　伏　莹",
            "校企合作协议": "校企合作协议（摘录）\n甲方：江苏省连云港市港口机械技工学校\n乙方：连云港东港港机工程有限公司\n"
                            "统一社会信用代码：91320700MA1X7KQ53P\n"
                            "第五条　乙方选派工程师参与《门座起重机维护与检修》教材编写，并开放 40 t 门座起重机检修现场供学生跟岗。\n"
                            "甲方代表（签字）：蒯屹峰　　乙方代表（签字）：宗立平\n2025 年 3 月 18 日",
            "前言": "连云港是新亚欧大陆桥的东方起点，花果山下的港区每天有上百台门机作业，《西游记》里孙悟空的故乡如今是"
                    "“一带一路”的出海口。本书由连云港港机技校与东港港机（原连云港港务局机械修造厂）共同编写，检修工单全部取自"
                    "港区的真实作业。\n\n编　者\n2025 年 10 月于连云港",
            "正文": "项目三　变幅机构检修\n【任务】某集装箱码头 12 号门机变幅时出现异响，调度员小邵要求当班完成检查。门机为振华重工"
                    "MQ4035 型，减速器可对照 SEW、徐工的维护手册。作业遵守 GB/T 6067.1—2010《起重机械安全规程　第 1 部分：总则》"
                    "和 JT/T 90—2008《港口装卸机械风载荷计算及防风安全要求》。连岛、墟沟的港口作业区是本项目的参观点。",
            "页脚": "连云港港机技校　起重机械教研室　电话：0518-8523 6170",
        },
        # Hard negatives: Maintenance and Repair of Portal Cranes, Chief Editor, 总工程师 (a post), 甲方 / 乙方,
        # 2025 年 3 月 18 日, 40 t, 新亚欧大陆桥, 花果山 (a place), 《西游记》 and 孙悟空 (a book and a character), 一带一路,
        # 2025 年 10 月于连云港, 编　者, 某集装箱码头 12 号门机, 小邵 (a surname with a post), 振华重工 / SEW / 徐工 (brands as
        # references), MQ4035, GB/T 6067.1—2010, JT/T 90—2008, 连岛 / 墟沟 (places), 起重机械教研室 (a department).
        ["KUAI Yifeng", "Lianyungang Port Machinery Technical School", "蒯屹峰", "宗立平", "连云港东港港机工程有限公司",
         "乐嘉禾", "欧阳子川", "伏　莹", "连云港市港口机械技工学校", "连云港东港港机工程有限公司", "91320700MA1X7KQ53P",
         "蒯屹峰", "宗立平", "连云港港机技校", "东港港机", "连云港港务局机械修造厂", "连云港港机技校", "0518-8523 6170"],
    ),
    Manuscript(
        "白茶加工技术课程标准（试行）",
        dict(names=["雷秀珠"], units=["福建省福鼎市茶业技工学校"]),
        {
            "封面": "白茶加工技术课程标准\n（试行）\n\n福鼎市茶业技工学校　制订\n二〇二五年九月",
            "起草说明": "本标准起草单位：福鼎市茶业技工学校、福鼎市白琳翠岚茶业有限公司\n"
                        "本标准主要起草人：雷秀珠（畲族）、钟　灵、蓝海生、林雅琴\n"
                        "本标准审定人：郑德鸿（福建农林大学茶学院　教授）\n"
                        "本标准由宁德市白茶产业促进会组织审定。",
            "课程性质": "一、课程性质\n福鼎白茶是国家地理标志保护产品，白毫银针、白牡丹、寿眉按 GB/T 22291—2017《白茶》分级。太姥山"
                        "钟灵毓秀，相传太姥娘娘以白茶救治乡民。本课程由福鼎茶校与翠岚茶业按“萎凋—干燥—拣剔—紧压”的真实工序共同"
                        "开发，其中“萎凋”学习任务由雷秀珠执笔。",
            "教学案例": "【教学案例】茶商陈女士订购 2 000 饼 357 g 寿眉饼，要求含水率不高于 8.5%。\n"
                        "订单（示例）：编号 FD-2025-017　客户 吴佳琪　电话 136****2210　品牌参照：品品香、绿雪芽\n"
                        "白琳工夫、政和白茶的加工差异可作拓展。",
            "联系": "课程标准咨询：茶叶加工专业部　蓝海生　0593-7826 415　lanhs@fdcyjx.edu.cn",
        },
        # Hard negatives: 二〇二五年九月, 畲族, 茶学院 (inside the university, not labelled apart), 教授, 福鼎白茶 (a product named
        # after the place in the school's name), 国家地理标志保护产品, 白毫银针 / 白牡丹 / 寿眉, GB/T 22291—2017, 太姥山 (a place),
        # 钟灵毓秀 (the idiom; the drafter is 钟　灵), 太姥娘娘 (a legend), 陈女士 (a customer with a post), the example order
        # (FD-2025-017, 吴佳琪, 136****2210), 品品香 / 绿雪芽 (brands), 白琳工夫 (a tea named after 白琳, also in the company's
        # name), 政和白茶, 茶叶加工专业部 (a department).
        ["福鼎市茶业技工学校", "福鼎市茶业技工学校", "福鼎市白琳翠岚茶业有限公司", "雷秀珠", "钟　灵", "蓝海生", "林雅琴",
         "郑德鸿", "福建农林大学", "宁德市白茶产业促进会", "福鼎茶校", "翠岚茶业", "雷秀珠", "蓝海生", "0593-7826 415",
         "lanhs@fdcyjx.edu.cn"],
    ),
    Manuscript(
        "过桥米线制作实训指导书",
        dict(names=["覃美玲"], units=["云南省蒙自市餐饮技工学校"]),
        {
            "封面表格": "实训指导书\n课程名称\n过桥米线制作\n适用专业\n中餐烹饪\n编写人\n覃美玲\n审核人\n韦德昌\n"
                        "批准人\n谭 劲 松\n编写单位\n蒙自市餐饮技工学校\n编写日期\n2025.09",
            "实训要求": "实训二　高汤熬制与配料\n本实训在滇味轩南湖店进行，企业指导教师：廖胜堂（中央厨房　主管）。学生分 4 组，"
                        "每组 6 人，按 GB 14881—2013《食品安全国家标准　食品生产通用卫生规范》做好加工场所的卫生管理。",
            "实训案例": "【案例】外卖平台买家“小蜜蜂”投诉收到的米线断条多、汤不够烫，客服小覃须在 24 小时内答复。桥香园、建新园的"
                        "出品流程可作对比；过桥米线源于书生之妻为丈夫送饭的传说，闻一多 1938 年随西南联大在蒙自南湖畔授课的旧居"
                        "就在实训店以北。",
            "后记": "本指导书由覃美玲执笔，教研室主任韦德昌审核了全部配方。感谢蒙自市南湖滇味轩餐饮有限公司廖胜堂师傅手把手传授熬汤"
                    "的火候，感谢红河学院生物科学与农学学院的宾晓霞老师审读了食品卫生部分。",
            "页脚": "蒙餐技校 · 烹饪系　微信公众号：蒙自餐饮技校（ID：mzcyjx1998）　实训预约：0873-3726 518（韦老师）",
        },
        # Hard negatives: 实训指导书, 过桥米线制作, 中餐烹饪, 2025.09, 南湖 (a lake and a district: only the company's short form
        # 滇味轩 is labelled in "滇味轩南湖店"), 中央厨房　主管, GB 14881—2013, 小蜜蜂 (a buyer's nickname), 小覃 (a surname with a
        # post, sharing the writer's surname), 桥香园 / 建新园 (brands), 书生之妻 (a legend), 闻一多 and 西南联大 (historical),
        # 蒙自 and 蒙自南湖 (places), 教研室主任 (a post), 生物科学与农学学院 (inside the university), 烹饪系 (a department),
        # 韦老师 (a surname with a post; the reviewer 韦德昌 is labelled at his full name).
        ["覃美玲", "韦德昌", "谭 劲 松", "蒙自市餐饮技工学校", "滇味轩", "廖胜堂", "覃美玲", "韦德昌",
         "蒙自市南湖滇味轩餐饮有限公司", "廖胜堂", "红河学院", "宾晓霞", "蒙餐技校", "蒙自餐饮技校", "mzcyjx1998", "0873-3726 518"],
    ),
    Manuscript(
        "光伏电站运行与维护",
        dict(names=["司马宏远"], units=["青海省格尔木市柴达木技工学校"]),
        {
            "封面": "光伏电站运行与维护\n\n格尔木市柴达木技工学校　格尔木戈壁光能新能源有限公司　合编",
            "编写说明": "编写说明\n本书由柴达木技校与戈壁光能合作编写。项目一、项目二由司马宏远编写；项目三由曹　颖编写；项目四、项目五"
                        "由戈壁光能运维部的仁青措姆（藏族）编写；全书由司马宏远统稿。书中电站数据均已脱敏。",
            "审稿意见": "审稿意见及修改说明\n审稿人：甘沛霖（青海大学能源与电气工程学院　教授）\n序号\n审稿意见\n修改情况\n"
                        "1\n项目二应补充高海拔地区组件 PID 衰减的检测方法。\n已补充。（修改人：曹　颖）\n"
                        "2\n“格尔木之父”慕生忠将军的事迹与本书主题关系不大，建议压缩。\n已压缩为一段。\n"
                        "编写组　2025 年 8 月 26 日",
            "正文": "项目二　组件清洗与 I-V 曲线测试\n【任务】某 20 MW 电站 3 号方阵发电量下降 7%，值班员小甘须在风沙过后完成组件清洗"
                    "并测试 I-V 曲线。组件以隆基、晶科的单晶组件为例，测试按 GB/T 6495.1—1996《光伏器件　第 1 部分：光伏电流-电压"
                    "特性的测量》进行。察尔汗盐湖以西的戈壁滩日照充足，是柴达木盆地光伏电站最集中的地方；牧民多杰家的户用光伏系统是项目五的案例。",
            "页眉": "光伏电站运行与维护 · 柴达木技校",
            "联系": "格尔木技校电力系　联系人：曹颖　电话：0979-8452 163　手机：187 0979 5521",
        },
        # Hard negatives: 合编, 运维部 (a department of the company; only 戈壁光能 is labelled), 藏族, 能源与电气工程学院 (inside
        # the university), 教授, PID, 格尔木之父 and 慕生忠 (a historical figure), 编写组, 2025 年 8 月 26 日, 某 20 MW 电站 3 号方阵,
        # 小甘 (a surname with a post, sharing the reviewer's surname), 隆基 / 晶科 (brands), GB/T 6495.1—1996, 察尔汗盐湖 /
        # 戈壁滩 / 柴达木盆地 (places sharing 戈壁 and 柴达木 with the company and the school), 多杰 (a herder of the case),
        # 电力系 (a department).
        ["格尔木市柴达木技工学校", "格尔木戈壁光能新能源有限公司", "柴达木技校", "戈壁光能", "司马宏远", "曹　颖", "戈壁光能",
         "仁青措姆", "司马宏远", "甘沛霖", "青海大学", "曹　颖", "柴达木技校", "格尔木技校", "曹颖", "0979-8452 163",
         "187 0979 5521"],
    ),
    Manuscript(
        "船舶涂装工艺（PDF）",
        dict(names=["邬海鹏"], units=["浙江省舟山市海洋船舶技工学校"]),
        {
            "编写人员表": "表 0-1　编写人员\n序号\n姓名\n单位\n职称/职务\n1\n邬海鹏\n舟山市海洋船舶技工学校\n高级讲师\n2\n上官\n子墨\n"
                          "同上\n讲师\n3\n虞海蓉\n同上\n一级实习指导教师\n4\n贝　力\n舟山金塘海达船舶修造有限公司\n涂装主管",
            "前言": "前　言\n舟山群岛是我国重要的船舶修造基地，沈家门渔港与普陀山闻名海内外，徐福东渡的传说也在这里流传。本书由舟山船校与"
                    "海达船修合作编写，上官子墨负责项目一至项目三，贝　力提供了全部分段涂装工艺卡，邬海\n鹏负责全书统稿。\n\n"
                    "编　者\n二〇二五年七月于定海",
            "正文": "项目三　分段涂装\n【任务】船东代表 Lars Nilsson 先生对 3 号分段的漆膜厚度提出异议，质检员小贝须按 GB/T 13288.1—2008"
                    "和 ISO 8501-1 复测表面处理等级。涂料以佐敦、海虹老人的环氧防锈漆为例；中远海运的修船订单可作为拓展阅读。",
            "页脚": "舟山船校　涂装教研组　内部使用　第 3 页",
            "附录": "附录 C　实训协作单位\n海达船修　技术部　电话：0580－8065 237　传真：0580－8065 238",
            "封底": "浙江省舟山市海洋船舶技工学校（原定海县水产技工学校）\n地址：舟山市定海区海院路 19 号　邮编：316000",
        },
        # Hard negatives: 序号 / 单位 / 职称/职务, 同上, 高级讲师 / 讲师 / 一级实习指导教师 / 涂装主管 (titles and posts), 舟山群岛,
        # 沈家门渔港 / 普陀山 (places), 徐福东渡 (a legend), 编　者, 二〇二五年七月于定海, Lars Nilsson (a ship-owner's
        # representative of the task), 小贝 (a surname with a post, sharing 贝　力's surname), GB/T 13288.1—2008, ISO 8501-1,
        # 佐敦 / 海虹老人 (brands), 中远海运 (a company as reading), 涂装教研组, 第 3 页, 技术部, 舟山市定海区 (places before the
        # street), 316000 (a postcode).
        ["邬海鹏", "舟山市海洋船舶技工学校", "上官\n子墨", "虞海蓉", "贝　力", "舟山金塘海达船舶修造有限公司", "舟山船校",
         "海达船修", "上官子墨", "贝　力", "邬海\n鹏", "舟山船校", "海达船修", "0580－8065 237", "0580－8065 238",
         "舟山市海洋船舶技工学校", "定海县水产技工学校", "海院路 19 号"],
    ),
    Manuscript(
        "中药饮片炮制技术",
        dict(names=["戚怀瑾"], units=["安徽省亳州市中药技工学校"]),
        {
            "编写人员": "主　编　戚怀瑾\n副主编　耿　芸　宇文德厚（济世堂饮片　主管中药师）\n参　编　满德顺　汤可心",
            "后记": "后　记\n本书由亳州中药技校与亳州济世堂中药饮片有限公司合作编写。戚怀瑾执笔项目一至项目四，耿芸执笔项目五至项目八，"
                    "满德顺拍摄了全书的饮片图片。感谢济世堂的宇文德厚师傅传授“九蒸九晒”的古法，感谢安徽中医药大学药学院苟慧珊"
                    "老师审读了“毒性中药的炮制”一章，感谢亳州市中药材商会提供了药市调研数据。\n\n编　者\n2025 年 8 月于亳州",
            "正文": "项目三　炒法\n亳州是华佗的故乡，也是曹操的家乡；南朝雷敩的《雷公炮炙论》是我国第一部炮制专著。【任务】药房顾客孙阿姨"
                    "反映买到的炒白术颜色发黑，调剂员须判断是否炒过火。饮片质量按《中华人民共和国药典》（2020 年版）四部通则 0213 "
                    "判定；同仁堂、胡庆余堂的炮制规范可作对照。亳州中药材交易中心是本项目的参观点。",
            "联系": "编写组联系人：耿芸　电话：0558-5126 308　邮箱：gengyun#bzzyjx.edu.cn（发送时请将#换成@）\n读者 QQ 群：285617394",
        },
        # Hard negatives: 主管中药师 (a post), 九蒸九晒, 药学院 (inside the university), 编　者, 2025 年 8 月于亳州, 华佗 / 曹操 /
        # 雷敩 (historical; 雷敩 is a cited author too), 《雷公炮炙论》, 孙阿姨 (a customer with a post), 炒白术,
        # 《中华人民共和国药典》 and 通则 0213, 同仁堂 / 胡庆余堂 (brands), 亳州中药材交易中心 (a market, a place), the note
        # "（发送时请将#换成@）".
        ["戚怀瑾", "耿　芸", "宇文德厚", "济世堂饮片", "满德顺", "汤可心", "亳州中药技校", "亳州济世堂中药饮片有限公司", "戚怀瑾",
         "耿芸", "满德顺", "济世堂", "宇文德厚", "安徽中医药大学", "苟慧珊", "亳州市中药材商会", "耿芸", "0558-5126 308",
         "gengyun#bzzyjx.edu.cn", "285617394"],
    ),
    Manuscript(
        "冷链物流运营实务",
        dict(names=["綦立楷"], units=["山东省寿光市农业物流技工学校"], emails=["qilikai@sgwljx.edu.cn"]),
        {
            "编写人员": "主编：綦立楷\n副主编：田静雯（菜都冷链　仓储经理）　逄淑贤\n参编：郇丽丽",
            "邮件": "发件人：綦立楷 <qilikai@sgwljx.edu.cn>\n收件人：冷链教材编写组 <llbxz@sgwljx.edu.cn>\n"
                    "抄送：Jingwen Tian <jingwen.tian@caidu-coldchain.com>\n主题：回复：第三章温度记录表\n\n"
                    "田经理：\n附件是按您的意见修改后的第三章，预冷环节的温度曲线已换成贵司 2 号库的实测数据。\n\n"
                    "綦立楷\n寿光物流技校　物流系\n电话：0536 - 5283 716　手机：135-0536-7429",
            "前言": "寿光被称为“中国蔬菜之乡”，北魏贾思勰在这里写成了《齐民要术》。本书由寿光市农业物流技工学校与寿光菜都冷链物流"
                    "有限公司共同编写，寿光市蔬菜产业发展中心提供了全市冷库分布数据。\n\n编　者\n2025 年 9 月",
            "正文": "项目三　入库与温度记录\n入库单（示例数据）：RK20250915001　供货方：某蔬菜合作社　收货人：张伟　电话：135 0000 0000\n"
                    "冷藏车厢温度按 GB/T 28577—2021《冷链物流分类与基本要求》记录；京东冷链、顺丰冷运的全程温控做法可作对比。"
                    "仓管员小逄发现 2 号库温度超标 1.5 ℃ 时，须立即启动应急预案。",
        },
        # Hard negatives: 仓储经理 (a post), 冷链教材编写组 (the display name of the group mailbox; its address is labelled),
        # 主题 and 第三章, 田经理 (a surname with a post, the same person as 田静雯 and Jingwen Tian), 贵司, 物流系 (a department),
        # 中国蔬菜之乡 (an honour), 贾思勰 and 《齐民要术》 (historical), 北魏, 编　者, 2025 年 9 月, the example receipt
        # (RK20250915001, 某蔬菜合作社, 张伟, 135 0000 0000), GB/T 28577—2021, 京东冷链 / 顺丰冷运 (brands), 小逄 (a surname with a
        # post, sharing 逄淑贤's surname), 2 号库.
        ["綦立楷", "田静雯", "菜都冷链", "逄淑贤", "郇丽丽", "綦立楷", "qilikai@sgwljx.edu.cn", "llbxz@sgwljx.edu.cn",
         "Jingwen Tian", "jingwen.tian@caidu-coldchain.com", "綦立楷", "寿光物流技校", "0536 - 5283 716", "135-0536-7429",
         "寿光市农业物流技工学校", "寿光菜都冷链物流有限公司", "寿光市蔬菜产业发展中心"],
    ),
    Manuscript(
        "淮扬菜烹调技艺",
        dict(names=["卜宏图"], units=["江苏省淮安市淮扬菜烹饪技工学校"]),
        {
            "编写委员会": "《淮扬菜烹调技艺》编写委员会\n主任委员：卜宏图\n副主任委员：仲崇文（淮府酒店）　蒋　蕾\n"
                          "委　　员：单文渊　季　蓓　韩素梅（淮安市烹饪协会）\n秘　　书：尹可欣",
            "前言": "淮安是周恩来总理的故乡，也是吴承恩、韩信、梁红玉的家乡；1949 年的“开国第一宴”以淮扬菜为主。本书由淮安烹饪技校"
                    "与淮安市清江浦淮府酒店管理有限公司联合编写，愿同学们在灶台前大展宏图。\n\n卜宏图　蒋　蕾\n二〇二五年十月于淮安",
            "大师说": "【大师说】\n“刀工是淮扬菜的魂，一块豆腐要切出五千根丝。”\n——仲崇文（淮府酒店行政总厨，本书技术顾问）",
            "正文": "任务 4　软兜长鱼\n【情境】美食博主“淮上食客”点评平桥豆腐过咸，厨师长老季要求学徒重做。文思豆腐、软兜长鱼、文楼汤包的"
                    "做法按 SB/T 10946—2012《淮扬菜烹饪技术规范》执行，刀具可参考张小泉、十八子作。",
            "页脚": "淮安烹饪技校　中餐烹饪专业部　www.hafpjx.cn　咨询：0517—8390 6625（尹老师）",
        },
        # Hard negatives: 编写委员会 / 主任委员 / 委员 / 秘书, 周恩来 / 吴承恩 / 韩信 / 梁红玉 (public and historical figures),
        # 开国第一宴, 大展宏图 (the idiom; the chairman is 卜宏图), 二〇二五年十月于淮安, 行政总厨 (a post), 淮上食客 (a blogger's
        # handle in the task), 平桥豆腐 / 文思豆腐 / 软兜长鱼 / 文楼汤包 (dishes, some named after places), 老季 (a surname with a
        # post, sharing 季　蓓's surname), SB/T 10946—2012, 张小泉 / 十八子作 (brands), 中餐烹饪专业部, 尹老师 (a surname with a
        # post; the secretary is labelled at her full name).
        ["卜宏图", "仲崇文", "淮府酒店", "蒋　蕾", "单文渊", "季　蓓", "韩素梅", "淮安市烹饪协会", "尹可欣", "淮安烹饪技校",
         "淮安市清江浦淮府酒店管理有限公司", "卜宏图", "蒋　蕾", "仲崇文", "淮府酒店", "淮安烹饪技校", "www.hafpjx.cn",
         "0517—8390 6625"],
    ),
    Manuscript(
        "竹编与竹家具制作",
        dict(names=["申屠立群"], units=["浙江省安吉县竹木工艺技工学校"], emails=["shentulq@ajzmjx.edu.cn"]),
        {
            "封面": "竹编与竹家具制作\n\n安吉县竹木工艺技工学校　安吉翠竹坊家居用品有限公司　编",
            "英文扉页": "Bamboo Weaving and Bamboo Furniture Making\nChief Editors: SHENTU Liqun, TOU Yunqiu\n"
                        "Anji Bamboo and Wood Craft Technical School",
            "编写人员": "主　编　申屠立群　钭韵秋\n副主编　花　蕊（翠竹坊　设计总监）\n参　编　练启帆",
            "企业简介": "安吉翠竹坊家居用品有限公司（原安吉县孝丰竹器厂）创办于 1992 年，主营竹编灯具和竹制家具，产品出口欧洲。",
            "正文": "项目三　竹丝扣瓷\n安吉是“中国竹乡”，电影《卧虎藏龙》的竹海打斗在这里拍摄，李安导演让安吉竹海名扬世界；书画家"
                    "吴昌硕也出生在安吉。【任务】德国客户 Hannah Weber 订购 200 只竹丝灯罩，要求中心编出花蕊纹样。竹材含水率按"
                    "LY/T 1697—2017 测定，宜家的竹制家具可作对照。",
            "学生作品": "图 3-6　学生作品《竹韵》（作者：2023 级竹艺 2 班　庹子涵；指导教师：练启帆；摄影：钭韵秋）",
            "联系": "Contact: Shentu Liqun | Email: shentulq@ajzmjx.edu.cn | Tel: +86-572-5128 613 | WeChat: tou_yunqiu88\n"
                    "安吉竹艺技校　竹木工艺专业部",
        },
        # Hard negatives: Bamboo Weaving and Bamboo Furniture Making, Chief Editors, 设计总监 (a post), 1992 年, 中国竹乡 (an
        # honour), 《卧虎藏龙》 and 李安 (a film and a public figure), 安吉竹海 (a place), 吴昌硕 (historical), Hannah Weber (a
        # customer of the task), 花蕊纹样 (the word 花蕊; the designer is 花　蕊), LY/T 1697—2017, 宜家 (a brand),
        # 《竹韵》 and 2023 级竹艺 2 班 (a work's title and a class), Contact / Email / Tel / WeChat, +86, 竹木工艺专业部.
        ["安吉县竹木工艺技工学校", "安吉翠竹坊家居用品有限公司", "SHENTU Liqun", "TOU Yunqiu",
         "Anji Bamboo and Wood Craft Technical School", "申屠立群", "钭韵秋", "花　蕊", "翠竹坊", "练启帆",
         "安吉翠竹坊家居用品有限公司", "安吉县孝丰竹器厂", "庹子涵", "练启帆", "钭韵秋", "Shentu Liqun",
         "shentulq@ajzmjx.edu.cn", "572-5128 613", "tou_yunqiu88", "安吉竹艺技校"],
    ),
    Manuscript(
        "煤矿机电设备维修（扫描稿）",
        dict(names=["罗应福"], units=["贵州省六盘水市煤矿机电技工学校"]),
        {
            "扫描第1页": "煤 矿 机 电 设 备 维 修\n\n六 盘 水 煤 矿 机 电 技 工 学 校　编\n\n主 编 ：罗 应 福\n"
                         "副 主 编 ：陆 秀\n芝 、敖登科（乌蒙矿机）",
            "扫描第2页": "前　言\n六盘水是“中国凉都”，也是三线建设时期兴起的煤城．本书由水矿技校（原水城矿务局技工学校）与六盘水乌蒙山"
                         "矿山机电设备有限公司合作编写．项目一至项目三由罗应福执笔，项目四由敖登科执笔，全书由陆秀芝统稿．感谢贵州工程"
                         "应用技术学院帅鸣皋教授审读全书．\n\n编　者\n二〇二五年十一月",
            "申报书": "技工院校校本教材立项申报书（摘录）\n申报人：罗应福　职称：高级讲师\n工作单位：六盘水市煤矿机电技工学校\n"
                      "手机：139 8586 0472\n推荐单位意见：同意推荐。\n（盖章）六盘水市人力资源和社会保障局\n2025 年 4 月 7 日",
            "正文": "项目四　带式输送机保护装置\n【任务】某矿 11 采区带式输送机频繁跑偏停机，维修工老陆须在交班前查明原因。示例：瓦斯巡检记录"
                    "　巡检员 王大山　工号 S0427。作业遵守《煤矿安全规程》（2022 年版）和 MT 820—2006；三一重装、中煤科工的"
                    "产品手册可作对照。乌蒙山区的煤层以薄煤层为主。",
            "联系": "编写组：陆秀芝　Tel：0858—8122 417　E-mail：luxz@lpsmjjx .edu.cn",
        },
        # Hard negatives: 中国凉都 (an honour), 三线建设, 编　者, 二〇二五年十一月, 技工院校校本教材立项申报书 (the form's title),
        # 高级讲师, 2025 年 4 月 7 日, 某矿 11 采区, 老陆 (a surname with a post, sharing 陆秀芝's surname), the example record
        # (王大山, S0427), 《煤矿安全规程》, MT 820—2006, 三一重装 / 中煤科工 (brands), 乌蒙山区 (a place sharing 乌蒙 with the
        # company), Tel / E-mail, the full stops "．" of the OCR.
        ["六 盘 水 煤 矿 机 电 技 工 学 校", "罗 应 福", "陆 秀\n芝", "敖登科", "乌蒙矿机", "水矿技校", "水城矿务局技工学校",
         "六盘水乌蒙山矿山机电设备有限公司", "罗应福", "敖登科", "陆秀芝", "贵州工程应用技术学院", "帅鸣皋", "罗应福",
         "六盘水市煤矿机电技工学校", "139 8586 0472", "六盘水市人力资源和社会保障局", "陆秀芝", "0858—8122 417",
         "luxz@lpsmjjx .edu.cn"],
    ),
]
