"""A ninth held-out labelled set for the identity matcher (R3), written by a helper who never read
the matcher's code nor its tests, never ran the matcher on this set, and labelled every occurrence
before anyone measured it. Its figures are meant to be taken once; it must not be tuned on. Its
people, units, companies and contacts appear in no earlier set (v1-v8, checked by string, given names
included).

Ten trades and regions no earlier set used: 风电机组运维 in 锡林郭勒 (内蒙古, 蒙古族), 手工地毯 in 和田
(新疆, 维吾尔族), 滑雪场服务 in 阿勒泰 (新疆, 哈萨克族), 农机维修 in 牡丹江 (黑龙江, 朝鲜族), 食用菌 in 楚雄
(云南, 彝族), 乡村民宿 in 林芝 (西藏, 藏族), 管道施工 in 孟村 (河北沧州, 回族), 自行车装配 in 昆山 (江苏)
with a Taiwanese company, 毛绒玩具 in 东莞 (广东) with a Hong Kong company, and 彩灯 in 自贡 (四川). Written
the way units really print and exchange them: a 课程思政 case whose 劳动模范 is the co-writing company's
employee (M1), an extract of a 技工院校教材编写申报书 with the 申报人's 身份证号, the 申报单位's and the
推荐单位's stamped opinions (M2), a 审稿意见及修改说明 table one cell per line with a named and an
anonymous reviewer and the 修改人 of a reply (M3), a 第 2 版修订说明 naming the first edition's authors
and an extract of the first edition's 前言 (M4), a 实训基地 description with the base's address, its
person in charge and the school's 微信公众号 (M5), a 飞书 collaboration note with 飞书号 and 企业微信 ids
(M6), a scanned book as OCR returns it and the list of files handed in, named with pinyin initials
(M7), a Taiwanese engineer's English email signature (M8), contact lines with landlines in four
formats (M9), Word review comments exported with the commenter's initials ("[ZWM1]"), a 视频号 and
a 抖音号 (M10). Short forms of every style (锡盟能源技师, 和田技工, 楚雄农业技工, 阿勒泰冰雪职校,
牡丹江高技, 林芝技院, 孟村管道技校, 锦溪机电技校, 东莞轻工技校, 自贡灯彩技校), companies by brand-like
short names (苍穹风电, 玉河织艺, 雪都山地, 彝山菌业, 桃花谷旅游, 渤达管道, 腾辉车业, 星汇玩具, 天工灯彩),
former names of schools and companies (原…, "现更名为…", a traditional-character former name with
"2016 年更名"). Names: Mongolian with and without "·" (孟根巴雅尔 / 孟根·巴雅尔, 阿拉腾苏布达, 塔娜),
Uyghur in two Chinese transliterations, in Uyghur script and in Latin (艾克拜尔·肉孜 / 艾克白尔·肉孜 /
ئەكبەر روزى / Ekber Rozi), Kazakh with "·" and "．" and in Latin with a Kazakh letter (达吾列提·塔斯恒,
达吾列提．塔斯恒, Madina Kärim), Korean in Hangul beside Chinese (全明浩 전명호, 金顺姬 김순희), Yi written
three ways (洛古有格, 洛古·有格, 洛 古 有 格) and Yi surnames (普, 毕, 起), Tibetan in Chinese, dotted, broken
by a PDF line, in Tibetan script and in English (德庆旺姆, 德庆·旺姆, 德庆\\n旺姆, བདེ་ཆེན་དབང་མོ, Dechen
Wangmo), a Hui teacher's 经名 (尤努斯) and OCR-spaced Hui names (丁 学 礼, 马 宏\\n亮), a Taiwanese name in
traditional and simplified characters and in Wade-Giles (黃柏翰, 黄柏翰, Po-Han Huang), a Hong Kong name
in traditional and simplified characters and in Cantonese romanisation (鄧永樂, 邓永乐, Tang Wing Lok),
pinyin initials (DingXL, YangSM, ZengWM, ZWM), rare surnames (郄, 濮, 巫, 植, 税, 母, 毕), names that are
words next to the word (高　原 / 高原, 向　荣 / 欣欣向荣, 朱　红 / 朱红色). Contacts: emails on school
domains and company domains in Taiwan and Hong Kong, mobiles in groups of 3-4-4 and with hyphens,
landlines as "(0479)8236519", "0453—6925317", "0317—6627419", "0769-2281 6634", "（0769）22816635",
"0813 2607538", "+86 769 …", Hong Kong's "(852)", a Taiwanese mobile, a 身份证号, a street address, a
公众号 id, 飞书号, 企业微信 and 抖音号.

Hard negatives a naive matcher would flag, listed in a comment under each manuscript: public and
historical figures (许振超 — a public labour model beside the company's own —, 玄奘, 谷爱凌, 武大靖, 王震,
吴钟, 德莱斯, 顾炎武, 林则徐, 张大千, 松赞干布), cited authors (叶杭冶, 卯晓岚), case-study customers and
villagers with full names (李俊豪, 赵永胜, 罗家明, Sophie Martin, Mr. Johnson) and a customer venue
(迪拜环球村), surnames with a post, some sharing a team member's surname (小乌, 周女士, 小沙, 老崔, 小全,
郄老师, 韩经理, 老丁, 刘先生, 小濮, 卢姨), example data of a lesson that looks like personal data (王雪晴 with 138 0000 5521, 张三 with an
18-digit 证件号 and 13800000000, 宋佳怡 with 139****6678), brands and characters (金风, 维斯塔斯, 约翰迪尔,
久保田, 携程, 捷安特, 禧玛诺, 乐高, 泡泡玛特, 唐老鸭, 泰迪熊), products, crafts and festivals named after
places (和田地毯, 和田羊毛, 八极拳, 林芝桃花节, 自贡灯会), honours and nicknames (内蒙古自治区劳动模范, 中国雪都,
野生菌王国, 中国管道装备制造基地, 千年盐都), a greeting and a flower that look like names (扎西德勒,
格桑花), a local bureau cited as a source (阿勒泰地区文物局), national bodies and standards, publishers as
publishers, places, and "编　者", "编写组", departments.

Labelling rules (decided before measuring): those of identity_heldout_v5.py, v6, v7 and v8, unchanged,
their "Decisions" included — people tied to the making of the manuscript (authors, committee,
reviewers, people thanked, the publisher's staff, photographers, video crew, students credited,
contact persons), labelled by the name exactly as written without title or post; the team's schools
in every form and the companies, associations, universities and institutes co-writing, employing a
team member (or having employed or graduated one) or named as supporter, a prefecture's public body
named as supporter; contacts of the unit or a team member (street and number of an address, not the
postcode; a phone without "+86"; ISBN, CIP number, school code, 统一社会信用代码). One label per
occurrence, the shortest span a reviewer must not see; a leading province left out when the rest
names the unit. Surname-with-post honorifics stay negatives; a name in several scripts gives one label
per script; OCR and PDF output is labelled as written, line breaks and spaces included.
Decisions v5-v8 did not settle, taken before any measurement:
- A 课程思政 case naming a 劳动模范 who works for the co-writing company (孟根巴雅尔 of 苍穹风电, M1) labels
  the person at every occurrence, dotted or not, and the company: he places the team as v8's company
  representative does. The honour and a public labour model named for comparison (许振超) stay negatives.
- A 教材编写申报书 (M2): the 申报人's 身份证号 is labelled (counted with contacts: it names one person); his
  民族, 出生年月, 职称 and 职务 are not. The 申报单位 stamped under its opinion is labelled; the 推荐单位
  (和田地区人力资源和社会保障局) is labelled as v8 labels a prefecture's body named as supporter: it
  recommended this team. The form's national title is a negative.
- Two Chinese transliterations of one Uyghur name ("艾克拜尔·肉孜", "艾克白尔·肉孜", M2) are two labels; so
  are the Uyghur-script and Latin forms. A Tibetan shad "།" after the Tibetan-script name (M6) is left out
  of the label, as punctuation is.
- A 审稿意见 table (M3): the named reviewer and his university are labelled (as v5's 审定人), the
  "外审专家 B（匿名）" is not; the 修改人 of a reply is labelled; people and bodies the reviewer mentions
  only as content (athletes, 阿勒泰地区文物局 cited as the source of public material) stay negatives — a
  cited source is not a supporter.
- A 修订说明 of a second edition (M4) labels the first edition's authors, and so does the reprinted
  前言 of the first edition with the partner it names: the second edition is their book revised, and
  they taught at the same school. "2019 年 8 月出版" and the number of schools using it are negatives.
- A company's former and current names both labelled ("…（现更名为…）", M4; "原昆山騰輝五金製品有限公司",
  M8), as v6 and v8 did for schools and universities. A Hong Kong company's registered name with
  "（香港）" inside (M9) is one label.
- A landline with its area code in brackets is labelled with the brackets, as written as one number:
  "(0479)8236519" (M1), "（0769）22816635" (M9). "+86 769 8733 0152" labels "769 8733 0152" (v8's
  rule); a Taiwanese mobile written without a country code ("0932-518-406", M8) is labelled as written.
- A 实训基地 built by the school and a company (M5) labels both, the base's street and number (v8),
  its person in charge and phone; the base's descriptive name ("食用菌产教融合实训基地") names no one and
  is a negative. A 公众号 or 视频号 whose name is exactly the school's short form ("楚雄农业技工", M5;
  "自贡灯彩技校", M10) is labelled whole, its id separately.
- A 抖音 account named after the co-writing company ("天工灯彩扎灯人", M10) labels the company part, as
  v7 labels the school part of a B站 channel.
- 飞书号 and 企业微信 ids (M6) are labelled like WeChat ids; "飞书文档" and the last-edit timestamp are not.
- Pinyin initials in the names of files handed in ("DingXL", "YangSM", M7; "ZengWM", M10) are labelled
  as written, as v8 labelled a pinyin user name; counted with people. A Word comment's marker "[ZWM1]"
  labels "ZWM" without the comment's running number; a comment shown under a full name ("[税晓蓉2]")
  labels the name.
- A Hui teacher's 经名 written beside his name ("丁学礼（经名尤努斯）", M7) is labelled: it is the name his
  community knows him by, and beside 丁学礼 it names one person.
- Example data of a lesson that look like personal data (an 18-digit 证件号 "110101199003071234",
  "13800000000", "138 0000 5521", "139****6678" and the names beside them) are negatives, as v6's
  example accounts; so is a masked phone.
Known limits of ``measure`` for this set: it scores by string, not position, so a short form that is
also a substring of a longer labelled name can be counted found when only the longer one was found:
"苍穹风电" (M1) in "锡林浩特苍穹风电运维有限公司", "锡盟能源技师" (M1) in "锡盟能源技师学院", "玉河织艺"
(M2) in "和田玉河织艺地毯有限公司", "雪都山地" (M3) in "阿勒泰雪都山地运动有限公司", "彝山菌业" (M5) in
"楚雄彝山菌业有限公司", "渤达管道" (M7) in "沧州渤达管道装备集团有限公司", "腾辉车业" (M8) in
"昆山腾辉车业股份有限公司", "星汇玩具" (M9) in "东莞星汇玩具制品有限公司", "天工灯彩" (M10) in
"自贡天工灯彩文化有限公司"; and a label occurring more than once in its manuscript (和田地区技工学校,
楚雄农业技工, 自贡灯彩技校, 全明浩, 黃柏翰, 岳　鹏, 向　荣, ZWM, …) can be counted found at one occurrence
from a finding at another. Conversely the spaced, dotted and line-broken forms of one name ("丁 学 礼" /
"丁学礼", "德庆\\n旺姆" / "德庆旺姆" / "德庆·旺姆") are distinct strings and scored apart. 169 labels: 77
people, 60 units, 32 contacts.
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V9 = [
    Manuscript(
        "风电机组运行与维护（一体化课程教材）",
        dict(names=["塔娜"], units=["内蒙古自治区锡林郭勒盟能源技师学院"], phones=["0479-8236519"]),
        {
            "编写人员": "主　编　塔娜（蒙古族）\n副主编　阿拉腾苏布达\n参　编　高　原（苍穹风电　高级工程师）",
            "课程思政": "【课程思政案例】草原上的“风机医生”\n孟根巴雅尔是苍穹风电灰腾梁风电场的运维班长，十五年里在零下三十多摄氏度"
                        "的机舱里排除故障两千余次，2023 年被授予“内蒙古自治区劳动模范”称号。他常说：“风机不停，我们就不停。”\n"
                        "讨论：从许振超的“振超效率”到孟根巴雅尔的“零非停”，新时代产业工人的工匠精神体现在哪里？",
            "正文": "项目四　变桨系统故障排查\n【任务】某风电场 17 号机组报“变桨后备电源电压低”，值班员小乌须在 2 小时内完成排查。"
                    "机组为 2 MW 双馈机型，可对照金风、远景、维斯塔斯的维护手册。作业遵守 GB/T 25385—2019《风力发电机组　运行及"
                    "维护要求》。高原、高寒地区的风电场须额外考虑低温对蓄电池容量的影响。",
            "致谢": "锡林浩特苍穹风电运维有限公司（原锡林浩特草原风能检修有限公司）提供了 2 MW 双馈机组的检修工单和故障录波数据，"
                    "孟根·巴雅尔师傅审读了项目四，在此致谢。",
            "参考文献": "[1] 叶杭冶. 风力发电机组的控制技术[M]. 3 版. 北京：机械工业出版社，2015.",
            "前言": "元上都遗址就在锡林郭勒草原上，如今这里是国家规划的大型风电基地之一，那达慕大会上也能望见成排的风机。本书由"
                    "锡盟能源技师学院（原锡林郭勒盟电力技工学校）与企业共同开发，按“工作任务—学习任务”重构了内容。\n\n编　者\n"
                    "二〇二五年八月于锡林浩特",
            "页脚": "锡盟能源技师　风电运维教研室　电话：(0479)8236519　微信公众号：锡盟能源技师风电（xmnyjs_fd）",
        },
        # Hard negatives: 蒙古族, 灰腾梁风电场 (a place), 内蒙古自治区劳动模范 (an honour), 许振超 and 振超效率 (a public
        # labour model, unlike 孟根巴雅尔, who works for the co-writing company), 零非停, 某风电场 17 号机组, 小乌 (a surname
        # with a post), 金风 / 远景 / 维斯塔斯 (brands), GB/T 25385—2019, 高原 (the word; the engineer is 高　原), 叶杭冶 (a
        # cited author), 机械工业出版社, 元上都遗址, 锡林郭勒草原 (a place sharing the school's league), 那达慕大会, 企业 (unnamed),
        # 二〇二五年八月于锡林浩特, 编　者, 风电 (the rest of the official account's name).
        ["塔娜", "阿拉腾苏布达", "高　原", "苍穹风电", "孟根巴雅尔", "苍穹风电", "孟根巴雅尔", "锡林浩特苍穹风电运维有限公司",
         "锡林浩特草原风能检修有限公司", "孟根·巴雅尔", "锡盟能源技师学院", "锡林郭勒盟电力技工学校", "锡盟能源技师",
         "(0479)8236519", "锡盟能源技师", "xmnyjs_fd"],
    ),
    Manuscript(
        "手工地毯编织技艺",
        dict(names=["艾克拜尔·肉孜"], units=["新疆维吾尔自治区和田地区技工学校"]),
        {
            "申报书": "技工院校教材编写申报书（摘录）\n教材名称：手工地毯编织技艺\n申报人：艾克拜尔·肉孜\n"
                      "性别：男　民族：维吾尔族　出生年月：1981.04\n职称：高级讲师　职务：纺织工艺系主任\n工作单位：和田地区技工学校\n"
                      "身份证号：653201198104122019\n手机：181 9903 6627　电子邮箱：ekber.rozi@htdqjx.edu.cn\n"
                      "团队成员：祖丽皮亚·艾则孜（本校教师）　图尔荪江·如则（和田玉河织艺地毯有限公司　纹样设计师）",
            "单位意见": "申报单位意见：\n同意申报。该同志长期从事手工地毯编织教学，团队结构合理。\n（盖章）和田地区技工学校\n"
                        "2025 年 3 月 12 日\n推荐单位意见：\n同意推荐。\n（盖章）和田地区人力资源和社会保障局",
            "样章": "项目二　“8”字扣编织\n和田地毯的历史可追溯到两千多年前的于阗，玄奘在《大唐西域记》中记下了于阗人的纺织。本项目以"
                    "玉河织艺提供的石榴花纹样为例，每平方米打结 12 万个，纬线用和田羊毛，验收按 GB/T 15050—2008《手工打结羊毛地毯》。"
                    "上海的周女士订购一块 2 m × 3 m 的挂毯，要求采用艾德莱斯绸的配色；纹样取材于玉龙喀什河畔的石榴园。\n"
                    "图 2-3　石榴花纹样局部（摄影：艾克白尔·肉孜）",
            "维文署名": "ئەكبەر روزى\nEkber Rozi",
            "页脚": "和田技工　纺织工艺系　校本教材",
        },
        # Hard negatives: 技工院校教材编写申报书, 维吾尔族, 1981.04, 高级讲师, 纺织工艺系主任, 本校教师, 纹样设计师, 2025 年 3 月
        # 12 日, 于阗, 玄奘, 《大唐西域记》, 和田地毯 and 和田羊毛 (products named after the place in the school's name), 石榴花纹样,
        # GB/T 15050—2008, 周女士 (a customer with a post), 艾德莱斯绸, 玉龙喀什河 (a river sharing 玉 and 河 with the company's
        # short form).
        ["艾克拜尔·肉孜", "和田地区技工学校", "653201198104122019", "181 9903 6627", "ekber.rozi@htdqjx.edu.cn",
         "祖丽皮亚·艾则孜", "图尔荪江·如则", "和田玉河织艺地毯有限公司", "和田地区技工学校", "和田地区人力资源和社会保障局",
         "玉河织艺", "艾克白尔·肉孜", "ئەكبەر روزى", "Ekber Rozi", "和田技工"],
    ),
    Manuscript(
        "滑雪场运营与服务（修改稿）",
        dict(names=["马地娜·卡里木"], units=["新疆维吾尔自治区阿勒泰地区冰雪旅游职业技术学校"]),
        {
            "封面": "滑雪场运营与服务\nSki Resort Operation and Service\n主编　马地娜·卡里木　Madina Kärim\n阿勒泰冰雪职校　编",
            "编写人员": "主　编：马地娜·卡里木（哈萨克族）\n副主编：达吾列提．塔斯恒（阿勒泰雪都山地运动有限公司　索道站站长）\n"
                        "参　编：巴合提亚尔·努尔兰　岳　鹏",
            "审稿意见回复": "《滑雪场运营与服务》审稿意见及修改说明\n审稿专家：刘振民（新疆师范大学体育学院　教授）；外审专家 B（匿名）\n"
                            "序号\n审稿意见\n修改情况\n"
                            "1\n项目二“雪道分级”的术语应与 GB 19079.6—2005 一致。\n已改。（修改人：达吾列提·塔斯恒）\n"
                            "2\n原稿第 37 页引用的“阿勒泰岩画滑雪图”须注明出处。\n已补注，引自阿勒泰地区文物局公开的资料。\n"
                            "3\n案例中谷爱凌、武大靖等运动员的照片须确认授权。\n已删去照片，保留文字。\n"
                            "4\n建议增加雪都山地提供的缆车运行日志实例。\n已增补于项目五。\n"
                            "编写组　2025 年 9 月 18 日",
            "正文": "项目一　认识滑雪场\n阿勒泰被称为“人类滑雪起源地”，2021 年获评“中国雪都”。将军山滑雪场、可可托海国际滑雪场是本项目的"
                    "参观点。【任务】游客李俊豪租用双板时报错了尺码，雪具大厅的服务员小沙须按流程更换并登记。\n"
                    "示例：雪票销售记录（虚构数据）\n票号 A0231　姓名 王雪晴　手机 138 0000 5521　票种 日票",
            "联系方式": "教材编写组联系人：岳　鹏\n手机：199 0906 5172\n飞书：yuepeng_altxue\n邮箱：bianxiezu@altbxzx.edu.cn",
        },
        # Hard negatives: Ski Resort Operation and Service, 哈萨克族, 索道站站长 (a post), 外审专家 B（匿名）, GB 19079.6—2005,
        # 阿勒泰岩画滑雪图, 阿勒泰地区文物局 (a local bureau cited as the source of public material, not a supporter), 谷爱凌 and
        # 武大靖 (public figures), 编写组, 2025 年 9 月 18 日, 人类滑雪起源地 and 中国雪都 (honours; 雪都 alone is not the company),
        # 将军山滑雪场 / 可可托海国际滑雪场 (places), 李俊豪 (a customer of the task), 小沙 (a surname with a post), the example
        # record (A0231, 王雪晴, 138 0000 5521).
        ["马地娜·卡里木", "Madina Kärim", "阿勒泰冰雪职校", "马地娜·卡里木", "达吾列提．塔斯恒", "阿勒泰雪都山地运动有限公司",
         "巴合提亚尔·努尔兰", "岳　鹏", "刘振民", "新疆师范大学", "达吾列提·塔斯恒", "雪都山地", "岳　鹏", "199 0906 5172",
         "yuepeng_altxue", "bianxiezu@altbxzx.edu.cn"],
    ),
    Manuscript(
        "农业机械使用与维护（第2版）",
        dict(names=["郄振邦"], units=["黑龙江省牡丹江市高级技工学校"]),
        {
            "修订说明": "第 2 版修订说明\n本书第 1 版由全明浩（朝鲜文名 전명호）任主编，金顺姬参编，2019 年 8 月出版，在省内 11 所技工院校"
                        "使用。第 2 版由郄振邦任主编修订，对接农业农村部新版农机购置补贴目录，删去了已淘汰的东方红-54 拖拉机，新增"
                        "“北斗导航自动驾驶”一个项目。第 1 版主编全明浩老师已退休，仍审读了全书，谨致敬意。\n\n农机教研室\n二〇二五年六月",
            "第1版前言": "第 1 版前言（摘录）\n……本书由牡丹江市高级技工学校与海林市金穗农机专业合作社合作编写。\n\n全明浩\n2019 年 5 月于牡丹江",
            "作者简介": "郄振邦，1982 年生，2005 年毕业于黑龙江八一农垦大学，曾任牡丹江北满农机装备有限公司（现更名为黑龙江北满智能"
                        "农机股份有限公司）售后工程师，2012 年起任教于牡丹江高技。\n金顺姬（김순희），朝鲜族，1986 年生，高级讲师，负责"
                        "拖拉机实训车间。",
            "正文": "项目三　谷物联合收割机的保养\n【案例】种粮大户赵永胜的约翰迪尔 C230 收割机在秋收时割台链条断裂，合作社修理工老崔"
                    "和学徒小全须当天修复。久保田、雷沃机型的链条张紧方法见附表。作业遵守 GB 16151.12—2008《农业机械运行安全技术"
                    "条件　第 12 部分：谷物联合收割机》。1958 年，王震将军率十万转业官兵开发北大荒；今天镜泊湖畔的稻田已实现"
                    "全程机械化。",
            "联系": "教材服务：教务科　电话 0453—6925317　手机 158-4536-2270（郄老师）\n电子邮箱：qiezb@mdjgj.edu.cn",
        },
        # Hard negatives: 朝鲜文名, 2019 年 8 月, 农业农村部, 农机购置补贴目录, 东方红-54 (a model), 北斗, 农机教研室, 二〇二五年六月,
        # 2019 年 5 月于牡丹江, 朝鲜族, 高级讲师, 赵永胜 (a customer of the case), 约翰迪尔 C230 / 久保田 / 雷沃 (brands), 老崔 and
        # 小全 (surnames with a post, 小全 sharing the first chief editor's surname), 郄老师 (likewise), GB 16151.12—2008, 王震
        # (historical), 北大荒, 镜泊湖 (a place), 教务科.
        ["全明浩", "전명호", "金顺姬", "郄振邦", "全明浩", "牡丹江市高级技工学校", "海林市金穗农机专业合作社", "全明浩", "郄振邦",
         "黑龙江八一农垦大学", "牡丹江北满农机装备有限公司", "黑龙江北满智能农机股份有限公司", "牡丹江高技", "金顺姬", "김순희",
         "0453—6925317", "158-4536-2270", "qiezb@mdjgj.edu.cn"],
    ),
    Manuscript(
        "食用菌栽培与加工",
        dict(names=["普文林"], units=["云南省楚雄彝族自治州农业技工学校"]),
        {
            "编写人员": "主　编　普文林（彝族）\n副主编　毕丽芬（彝族）　洛古有格（彝族）\n参　编　起永昌（彝山菌业　农艺师）　向　荣",
            "实训基地": "食用菌产教融合实训基地简介\n基地由楚雄农业技工与楚雄彝山菌业有限公司于 2021 年共建，位于楚雄市鹿城镇紫溪路 96 号"
                        "校区东侧，建有菌种室、接种室和出菇棚 12 座，年产香菇菌棒 20 万棒。基地负责人：向　荣（手机 139 8878 2405）。\n"
                        "基地每月第一个周六开放，欢迎关注微信公众号“楚雄农业技工”（ID：cxnyjg_1985）。",
            "编者简介": "洛古·有格，彝族，1991 年生于四川凉山，2014 年毕业于西南民族大学，擅长菌种分离与保藏。",
            "正文": "项目五　野生菌的识别与安全\n云南人常说“红伞伞，白杆杆，吃完一起躺板板”。见手青、鸡枞、松茸和牛肝菌是本项目的识别对象，"
                    "南华县被称为“野生菌王国”。【案例】某村民罗家明误食亚稀褶红菇后出现溶血症状……产品须符合 GB 7096—2014"
                    "《食品安全国家标准　食用菌及其制品》。每年彝族火把节前后是野生菌上市的旺季，基地一派欣欣向荣。",
            "参考文献": "[1] 卯晓岚. 中国大型真菌[M]. 郑州：河南科学技术出版社，2000.",
            "页脚": "楚雄农业技工 · 食用菌栽培与加工　第 3 页\n洛 古 有 格　整理",
        },
        # Hard negatives: 彝族, 农艺师, 食用菌产教融合实训基地 (names no one), 楚雄市鹿城镇 (places before the street), 香菇,
        # 红伞伞…躺板板 (a saying), 见手青 / 鸡枞 / 松茸 / 牛肝菌, 南华县 and 野生菌王国, 罗家明 (a villager of the case), 亚稀褶红菇,
        # GB 7096—2014, 彝族火把节, 欣欣向荣 (the word; the teacher is 向　荣), 卯晓岚 (a cited author), 河南科学技术出版社,
        # 四川凉山 (a birthplace), 第 3 页.
        ["普文林", "毕丽芬", "洛古有格", "起永昌", "彝山菌业", "向　荣", "楚雄农业技工", "楚雄彝山菌业有限公司", "紫溪路 96 号",
         "向　荣", "139 8878 2405", "楚雄农业技工", "cxnyjg_1985", "洛古·有格", "西南民族大学", "楚雄农业技工", "洛 古 有 格"],
    ),
    Manuscript(
        "乡村民宿运营与服务工作手册",
        dict(names=["德庆旺姆"], units=["西藏自治区林芝市技师学院"]),
        {
            "扉页": "乡村民宿运营与服务工作手册\n林芝市技师学院　林芝市桃花谷乡村旅游开发有限公司　编\n主编　德庆\n旺姆\n"
                    "副主编　洛桑\n旺堆",
            "协作说明": "本手册在飞书文档中协作编写。\n文档所有者：德庆旺姆（飞书号 dechen.wm）\n编辑者：洛桑旺堆、拉巴卓嘎\n"
                        "企业审核：罗布次旦（企业微信 LuobuCD-thg）\n最后编辑：2025-07-21 22:46",
            "前言": "林芝被称为“西藏江南”，每年三月的林芝桃花节吸引大批游客，民宿已是鲁朗、索松等村庄群众增收的重要途径。本手册由"
                    "林芝技院与桃花谷旅游共同编写，学习任务全部来自真实民宿。\n\n德庆·旺姆\n2025 年 7 月于巴宜",
            "藏文署名": "བདེ་ཆེན་དབང་མོ། (Dechen Wangmo)",
            "工作页": "学习任务 4　入住接待\n情境：法国游客 Sophie Martin 一家预订了两晚“格桑花”主题房，到店时要求加床；管家须用“扎西德勒”"
                      "问候，并为客人讲解松赞干布时期工布地区的传说。\n入住登记示例（教学用虚构数据）：姓名 张三　证件号 110101199003071234"
                      "　手机 13800000000\n民宿服务参照 GB/T 39000—2020《乡村民宿服务质量规范》，携程、美团、途家的点评规则见附录。",
            "联系": "林芝技院旅游服务系　电话 0894-5823306　邮箱 lyx@lzjsxy.edu.cn",
        },
        # Hard negatives: 飞书文档, 2025-07-21 22:46, 西藏江南, 林芝桃花节 (a festival sharing 桃花 with the company), 鲁朗 / 索松 /
        # 巴宜 (places), 2025 年 7 月于巴宜, the shad "།" after the Tibetan name, Sophie Martin (a guest of the task), 格桑花 (a
        # flower and a room's theme), 扎西德勒 (a greeting that looks like a name), 松赞干布, 工布地区, the example registration
        # (张三, the identity number, 13800000000), GB/T 39000—2020, 携程 / 美团 / 途家 (brands), 旅游服务系 (a department).
        ["林芝市技师学院", "林芝市桃花谷乡村旅游开发有限公司", "德庆\n旺姆", "洛桑\n旺堆", "德庆旺姆", "dechen.wm", "洛桑旺堆",
         "拉巴卓嘎", "罗布次旦", "LuobuCD-thg", "林芝技院", "桃花谷旅游", "德庆·旺姆", "བདེ་ཆེན་དབང་མོ", "Dechen Wangmo",
         "林芝技院", "0894-5823306", "lyx@lzjsxy.edu.cn"],
    ),
    Manuscript(
        "管道工程施工（扫描稿）",
        dict(names=["丁学礼"], units=["河北省孟村回族自治县管道装备技工学校"]),
        {
            "扫描第1页": "管 道 工 程 施 工\n\n孟 村 管 道 技 校　编\n\n主 编 ：丁 学 礼\n副 主 编 ：杨 淑 敏\n参 编 ：马 宏\n亮 、白永清（渤达管道）",
            "扫描第2页": "前　言\n孟村是“中国管道装备制造基地”，也是八极拳的发源地，清代吴钟在此创拳；沧州铁狮子与大运河更是家喻户晓．本书由"
                         "孟村管道技校与沧州渤达管道装备集团有限公司（原孟村县渤达弯头厂）合作编写，丁学礼（经名尤努斯）老师统稿．\n\n"
                         "编　者\n二〇二五年十月",
            "交稿清单": "附：交稿文件清单\n管道工程施工_项目1-3_DingXL_终稿.docx\n管道工程施工_项目4-6_YangSM_v3.docx",
            "正文": "项目四　管件焊接\n【任务】某燃气公司的韩经理要求 48 小时内完成 DN300 弯头的对接焊，焊工老丁先按 GB/T 12459—2017"
                    "《钢制对焊管件　类型与参数》核对坡口，再按 ASME B16.9 复核尺寸。西气东输二线工程使用了大量孟村生产的热压弯头。",
            "读者服务": "读者服务\n联系人：杨淑敏　电话：0317—6627419\n手机：150 3317 8864\n地址：孟村县新华西大街 27 号",
        },
        # Hard negatives: 中国管道装备制造基地 (an honour), 八极拳 (a martial art from the place in the school's name), 吴钟
        # (historical), 沧州铁狮子, 大运河, 二〇二五年十月, 编　者, 终稿 / v3 and the project numbers in the file names, 某燃气公司,
        # 韩经理 and 老丁 (surnames with a post, 老丁 sharing the chief editor's surname), DN300, GB/T 12459—2017, ASME B16.9,
        # 西气东输, 孟村 and 孟村县 (places, before the street too).
        ["孟 村 管 道 技 校", "丁 学 礼", "杨 淑 敏", "马 宏\n亮", "白永清", "渤达管道", "孟村管道技校", "沧州渤达管道装备集团有限公司",
         "孟村县渤达弯头厂", "丁学礼", "尤努斯", "DingXL", "YangSM", "杨淑敏", "0317—6627419", "150 3317 8864", "新华西大街 27 号"],
    ),
    Manuscript(
        "自行车装配与维修",
        dict(names=["濮建明"], units=["江苏省昆山市锦溪机电技工学校"], emails=["pujm@jxjdjx.edu.cn"]),
        {
            "编写人员": "主　编：濮建明\n参　编：朱　红　黃柏翰（台籍，昆山騰輝車業股份有限公司　品保部經理）",
            "前言": "1817 年，德国人德莱斯发明了木制“跑步机”，被视为自行车的雏形。长三角是全球重要的自行车产区，捷安特、美利达的整车厂"
                    "都在这里；昆山人顾炎武“天下兴亡，匹夫有责”的话至今激励着青年。本书由锦溪机电技校与腾辉车业合作编写，台籍工程师"
                    "黄柏翰先生提供了整车检验规范。\n\n编　者\n二〇二五年九月于昆山",
            "企业简介": "昆山腾辉车业股份有限公司（原昆山騰輝五金製品有限公司，2016 年更名）为台资企业，主营碳纤维公路车架。",
            "正文": "项目二　车架检验\n【任务】车主刘先生的公路车车架出现裂纹，维修工小濮须判断能否修复。车架为朱红色，检验按 GB 3565—2005"
                    "《自行车安全要求》和 ISO 4210 进行；变速系统以禧玛诺 105 套件为例。\n维修工单（示例）\n客户：宋佳怡　电话："
                    "139****6678　车型：公路车",
            "邮件签名": "Best,\nPo-Han Huang 黃柏翰\nQA Manager | Kunshan Teng Huei Cycle Co., Ltd.\n"
                        "M: +86 139 1567 0824 | TW: 0932-518-406\npohan.huang@tenghuei-cycle.com.tw",
            "页脚": "锦溪机电技校（原昆山县农机修造厂技工学校）　机电系　pujm@jxjdjx.edu.cn",
        },
        # Hard negatives: 台籍, 品保部經理 (a post), 德莱斯, 长三角, 捷安特 / 美利达 / 禧玛诺 (brands), 顾炎武 (historical), 昆山 (a place),
        # 二〇二五年九月于昆山, 台资企业, 刘先生 and 小濮 (surnames with a post, 小濮 sharing the chief editor's surname), 朱红 (a
        # colour; the teacher is 朱　红), GB 3565—2005, ISO 4210, the example work order (宋佳怡, 139****6678),
        # QA Manager, +86, TW, 机电系.
        ["濮建明", "朱　红", "黃柏翰", "昆山騰輝車業股份有限公司", "锦溪机电技校", "腾辉车业", "黄柏翰", "昆山腾辉车业股份有限公司",
         "昆山騰輝五金製品有限公司", "Po-Han Huang", "黃柏翰", "Kunshan Teng Huei Cycle Co., Ltd.", "139 1567 0824",
         "0932-518-406", "pohan.huang@tenghuei-cycle.com.tw", "锦溪机电技校", "昆山县农机修造厂技工学校", "pujm@jxjdjx.edu.cn"],
    ),
    Manuscript(
        "毛绒玩具设计与制作",
        dict(names=["巫慧琳"], units=["广东省东莞市轻工业技工学校"]),
        {
            "封面": "毛绒玩具设计与制作\nPlush Toy Design and Making\n\n东莞轻工技校　星汇玩具　校企合编",
            "编写人员": "主编：巫慧琳\n副主编：植子健　鄧永樂（Tang Wing Lok，星匯玩具製品（香港）有限公司　產品開發總監）\n参编：卢晓彤",
            "前言": "1839 年林则徐在虎门销烟，东莞由此载入中国近代史；今天的东莞是世界重要的玩具产地。本书由东莞市轻工业技工学校与"
                    "东莞星汇玩具制品有限公司合作编写，香港合作方邓永乐先生提供了欧美订单的验货标准，打样间的卢姨教会了我们"
                    "手缝回针。\n\n编　者\n二〇二五年五月",
            "正文": "项目三　纸样放缩\n【案例】美国客户 Mr. Johnson 订购 5 000 只 30 cm 泰迪熊，要求通过 ASTM F963 与 EN 71 检测，"
                    "并符合 GB 6675.1—2014《玩具安全　第 1 部分：基本规范》。乐高、泡泡玛特的 IP 授权模式，唐老鸭和哆啦A梦的"
                    "造型比例可作对比。",
            "联系方式": "配套资源索取：东莞轻工技校设计系　电话 0769-2281 6634 ／（0769）22816635\n"
                        "企业电话：+86 769 8733 0152\n香港联络：(852) 2389 4176　wltang@starunion.com.hk",
        },
        # Hard negatives: Plush Toy Design and Making, 校企合编, 產品開發總監 (a post), 林则徐, 虎门销烟, 东莞 (a place), 卢姨 (a
        # surname with a post, sharing 卢晓彤's surname), 二〇二五年五月, Mr. Johnson (a customer), 泰迪熊, ASTM F963, EN 71,
        # GB 6675.1—2014, 乐高 / 泡泡玛特 (brands), 唐老鸭 / 哆啦A梦 (characters), 设计系, +86, (852).
        ["东莞轻工技校", "星汇玩具", "巫慧琳", "植子健", "鄧永樂", "Tang Wing Lok", "星匯玩具製品（香港）有限公司", "卢晓彤",
         "东莞市轻工业技工学校", "东莞星汇玩具制品有限公司", "邓永乐", "东莞轻工技校", "0769-2281 6634", "（0769）22816635",
         "769 8733 0152", "2389 4176", "wltang@starunion.com.hk"],
    ),
    Manuscript(
        "彩灯制作技艺",
        dict(names=["曾维民"], units=["四川省自贡市灯彩工艺技工学校"]),
        {
            "编写人员": "主　编：曾维民\n副主编：税晓蓉\n参　编：母建川　颜　芳",
            "审阅批注": "（审阅批注导出）\n[ZWM1] 第 2 页：“扎、糊、裱、绘”四道工序的顺序请统一。\n[税晓蓉2] 已统一，并补了铁丝扎架的"
                        "安全要求。\n[ZWM3] 第 15 页的恐龙灯组照片请换成本校学生的作品。",
            "前言": "自贡是“千年盐都”，燊海井至今仍以古法制盐；自贡灯会始于唐宋，1987 年起成为国际性灯会。本书由自贡灯彩技校（原自贡市"
                    "盐都职业技术学校）与自贡天工灯彩文化有限公司合作编写。\n\n曾维民\n2025 年 6 月于自贡",
            "正文": "项目三　恐龙灯组的扎架\n【任务】为迪拜环球村定制的恐龙灯组《侏罗纪之光》高 6 m，须先用 CAD 放样，再按 GB 7000.1—2015"
                    "《灯具　第 1 部分：一般要求与试验》布线。张大千画中的仕女、川剧变脸的脸谱都是常见的灯组题材；龙灯、狮灯的扎制"
                    "见拓展阅读。",
            "交稿与发布": "交稿文件：彩灯制作技艺_全书_ZengWM_20250603.docx\n"
                          "实训视频发布于微信视频号“自贡灯彩技校”和抖音“天工灯彩扎灯人”（抖音号：tgdc_zhadeng）。",
            "页脚": "自贡灯彩技校　灯彩专业部　联系电话：0813 2607538",
        },
        # Hard negatives: 扎、糊、裱、绘, 恐龙灯组, 本校, the comments' running numbers (1, 2, 3), 千年盐都 (a nickname; 盐都 alone is
        # not the former name), 燊海井, 自贡灯会 (a festival sharing the city with the school's short form), 唐宋, 2025 年 6 月于自贡,
        # 迪拜环球村 (a customer), 《侏罗纪之光》 (a work's title), CAD, GB 7000.1—2015, 张大千 (a public figure), 川剧变脸,
        # 龙灯 / 狮灯 (words), 20250603 in the file name, 扎灯人, 灯彩专业部.
        ["曾维民", "税晓蓉", "母建川", "颜　芳", "ZWM", "税晓蓉", "ZWM", "自贡灯彩技校", "自贡市盐都职业技术学校",
         "自贡天工灯彩文化有限公司", "曾维民", "ZengWM", "自贡灯彩技校", "天工灯彩", "tgdc_zhadeng", "自贡灯彩技校", "0813 2607538"],
    ),
]
