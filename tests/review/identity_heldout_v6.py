"""A sixth held-out labelled set for the identity matcher (R3), written by an author who never read
the matcher's code nor ran it on this set, and labelled before anyone measured it. Its figures are
meant to be taken once; it must not be tuned on. Units, people and contacts appear in no other set.

Ten trades and regions no earlier set combined: 电梯 in 延边 (朝鲜族 names), 焊接 in 鄂尔多斯 (a
课程标准 with a "|" drawn table), 粤菜 in 顺德 written with Hong Kong and Macau partners, 钣金涂装 in
吴忠 (回族), 中药调剂 in 海东 (藏族, 土族, 撒拉族), 无人机 in 儋州 (黎族), 网络安全 in 保定 (compound
surnames), 幼儿保育 in 伊犁 (哈萨克族, 锡伯族), 建筑识图 in 佳木斯 (满族, 赫哲族) and 美发 in 黔江
(土家族, 苗族). Written the way units print them: a cover with the role after the names
("向秋菊　田　野　主编"), an English title page ("Chief Editor: DUANMU Xiaochuan"),
编委会 and 编写人员 lists with posts and employers in brackets, a tab-separated table whose second row says "同上", a "|" table,
a PDF table and a drawing's title block (图签) extracted one cell per line, the division of work in
prose, 前言 signed by a name, two names, "编　者" or a department over a date in Chinese numerals,
acknowledgements naming people after their post (总经理仉　伟, 行政总厨陈耀祖先生,
副校长冶永红, 园长马雪莲), CIP lines ("冼志鸿，梁家伟主编") with the truncated index line ("Ⅱ．①祁…"),
责任编辑 and 装帧设计, bios, photo captions naming a teacher, a photographer and a student model,
a 技能大师工作室 and a 名师工作室 named after an editor, headers and footers, a school's former name
("原…高级技工学校"), short forms (延边技院, 吴忠技校, 海东卫校, 黔江职教中心), English names, a
company's short form ("东胜重装", "椰风通航", "冀安网安", "翠苑集团"), branches (…分公司, …分院).
Contacts: emails in capitals, with a full-width "＠", with "(at)", on a Hong Kong domain; phones with
a full-width hyphen and space, a spaced en dash, Hong Kong's "(852)"; a QQ group in spaced digits; a
WeChat official account and a 视频号 named after the school, a teacher's WeChat id, a school website
host, a Gitee account. Names: 朝鲜族 (崔英爱, 朴正洙, 廉 成 哲 with half-width spaces),
Mongolian (宝音德力格尔, 包永胜, 朝克图), Hui and Salar (哈继武, 纳　新, 冶永红,
韩乙四夫), Tibetan (卓玛措, 才让东主, 拉毛才让), Tu (祁永福), Li (符亚兰, 羊开富, 吉明光),
Kazakh with "·" and a full-width "．" (古丽扎尔·叶尔肯, 阿斯哈尔．别克波拉提), Uyghur (吐尔洪·买买提明),
Xibe (佟春兰), Manchu (那振宇), compound surnames (端木, 诸葛, 赫连), rare surnames (亓, 訾, 仉, 冼, 区,
冶, 羊), names that are words (马力, 纳新; and with a full-width space 关　山, 尤　佳,
云　朵, 吉　祥, 麦　田, 田　野, 海　洋).

Labelling rules (decided before measuring): those of identity_heldout_v5.py, unchanged —
- People: everyone the text ties to the making of this manuscript (authors, editors, committee
  members, drafters, reviewers, people thanked by name, the publisher's staff named on it, a
  photographer, a teacher in a photo caption, a contact person), labelled by the name exactly as
  written (inner spaces and middle dots included) without title or post.
- Units: the author's school under any form (full, short, former, English, inside a WeChat account
  name or a footer), schools co-writing, the employer of any person above (company, hospital,
  university, institute), and companies or associations named as co-developer, organiser of the
  review or supporter.
- Contacts: the unit's or a team member's email, phone, QQ group, WeChat account and id, website host.
- Every occurrence is listed, as the shortest span a reviewer must not see; a leading province is left
  out when the rest names the unit on its own, kept when it is part of the name (associations,
  companies registered under it, a provincial institute).
- Not identities (hard negatives, in a comment under each manuscript): people of work tasks and case
  studies (a full name included: 乌力吉师傅, 家长努尔波拉提), public, historical and literary figures,
  authors of cited books, national and international bodies, laws and standards, publishers as
  publishers, brands and models, places as places, a bare place in a dated signature, a surname with
  a post and no given name, honours and contests, common words.
Decisions v5's rules did not settle, taken before measuring:
- A teacher's alma mater in a bio ("毕业于东北林业大学", M9) is labelled: the bio exists to narrow who
  the author is. A former employer in a bio ("曾任…结构设计师", M9) likewise.
- A student model named in a photo caption ("模特：…谭小雨", M10) is labelled, as a photographer is.
- A 工作室 named after an editor ("崔英爱技能大师工作室", "向秋菊名师工作室") labels the name only.
- A branch (…有限公司吴忠分公司, …保定市分公司, …研究院延边分院) is one label, the whole name: the
  branch is the employer, and its city left visible ("吴忠分公司") would still place the team.
- A Gitee repository ("https://gitee.com/bdjsxy-sec/ops-labs") labels the account ("bdjsxy-sec"): the
  host names no one. A Hong Kong phone ("(852) 2735 6180") labels the number without the country code.
- Kindergartens where the students' placement (跟岗实践) was done are supporters named in the book and
  labelled (伊宁市第三幼儿园, 霍城县江南幼教集团, M8), as v5 labels supporters in the acknowledgements.
- A given name with 老师 ("古丽扎尔老师", M8) is labelled: Kazakh people are called by the given name,
  so it is not the surname-with-post case. The truncated CIP index line ("①祁…　②卓…") is not.
- Example accounts, addresses and emails of a lesson (linghuchong, admin@example.com, 192.168.10.0/24)
  are hard negatives; so is an emergency number (96333).
Known limits of ``measure`` for this set: it scores by string, so "古丽扎尔" (M8, labelled alone in
the contact line) is also a substring of the full name in another part, and "黔江职教" (M10, the
视频号) of "黔江职教中心"; a finding of the longer string can be counted for the shorter label. No name
here is written as a word occurring elsewhere in its manuscript (马力 and 纳新 appear only as names).
"""

from tests.review.identity_corpus import Manuscript

HELDOUT_V6 = [
    Manuscript(
        "电梯安装与维修保养",
        dict(names=["崔英爱"], units=["吉林省延边朝鲜族自治州技师学院"]),
        {
            "封面": "电梯安装与维修保养\n（工学一体化教材）\n\n延边技师学院　组编",
            "编写人员": "编写人员\n主　编　崔英爱\n参　编　廉 成 哲\n"
                        "顾　问　韩　旭（吉林省特种设备检验研究院延边分院　高级工程师）",
            "前言": "本书以奥的斯 GeN2、三菱电机 NexWay 等主流机型为载体，依据 TSG T7001—2023《电梯监督检验和定期检验规则》"
                    "和 GB/T 7588.1—2020 编写。本书由延边州技师学院（原延边朝鲜族自治州高级技工学校）电梯专业教师与"
                    "延边长白电梯工程有限公司的工程师共同编写。\n\n编　者\n2025年7月于延吉",
            "正文": "学习任务2　曳引电梯困人救援\n【情境】延吉市某小区 3 号楼电梯停在 9 楼与 10 楼之间，业主朴大爷被困轿厢。"
                    "物业值班员小金拨打 96333 报修，维保人员须在 30 min 内到达现场，先确认轿厢位置，再断开主电源，严禁单人盘车。",
            "图注": "图2-7　首席技师朴正洙（右二）在“崔英爱技能大师工作室”指导学生进行手动盘车救援",
            "联系方式": "教学资源请关注微信公众号“延边技院电梯实训”；维保案例征集邮箱 cuiyingai@ybjsxy.edu.cn，"
                        "电话 0433－2918 756",
            "页脚": "Yanbian Technician College · 电梯专业校本教材",
        },
        # Hard negatives: 奥的斯 GeN2, 三菱电机 NexWay, TSG T7001—2023, GB/T 7588.1—2020, 于延吉, 延吉市某小区,
        # 朴大爷, 小金, 96333 (the emergency number), 首席技师 (a post).
        ["延边技师学院", "崔英爱", "廉 成 哲", "韩　旭", "吉林省特种设备检验研究院延边分院",
         "延边州技师学院", "延边朝鲜族自治州高级技工学校", "延边长白电梯工程有限公司", "朴正洙", "崔英爱", "延边技院",
         "cuiyingai@ybjsxy.edu.cn", "0433－2918 756", "Yanbian Technician College"],
    ),
    Manuscript(
        "焊接技术应用专业一体化课程标准",
        dict(names=["宝音德力格尔"], units=["内蒙古自治区鄂尔多斯市工业技师学院"]),
        {
            "封面": "焊接技术应用专业\n一体化课程标准\n（2025年试行版）\n\n鄂尔多斯市工业技师学院\n"
                    "鄂尔多斯市东胜重型装备制造有限责任公司\n联合制定",
            "起草人员": "本标准主要起草人员：\n| 姓名 | 单位 | 职称/职务 |\n|---|---|---|\n"
                        "| 宝音德力格尔 | 鄂尔多斯工业技师学院 | 正高级讲师、焊接教研室主任 |\n"
                        "| 包永胜 | 东胜重装 | 首席技师 |\n"
                        "| 亓　鹏 | 内蒙古工业大学 | 副教授 |",
            "审定": "本标准由内蒙古自治区焊接学会组织审定。审定专家：朝克图（内蒙古北疆能源装备集团股份有限公司　高级技师）。",
            "说明": "本标准依据《国家职业技能标准　焊工（2018年版）》和人力资源社会保障部颁布的《焊接加工专业国家技能人才培养"
                    "工学一体化课程标准》制定。课程思政融入“大国工匠”高凤林在长征系列火箭发动机焊接中精益求精的事迹，"
                    "以及第43届世界技能大赛焊接项目金牌得主曾正超的成长经历。",
            "典型工作任务": "典型工作任务4：压力管道手工钨极氩弧焊\n企业情境：某煤化工企业的 20G 锅炉管检修，班长乌力吉师傅"
                            "安排焊工小包完成 φ57×5 mm 管对接，焊机为林肯 Invertec V350-PRO，焊接工艺评定按 NB/T 47014—2023 执行。",
            "意见反馈": "执行中的意见和建议请函告鄂尔多斯市工业技师学院焊接教研室，电子邮箱：BYDLGE@ORDOS-GYJS.EDU.CN，"
                        "电话：0477 – 8315 260。",
        },
        # Hard negatives: 国家职业技能标准, 人力资源社会保障部, 大国工匠, 高凤林, 长征系列火箭, 曾正超,
        # 第43届世界技能大赛, 乌力吉师傅 (a full name in a work task), 小包, 某煤化工企业, 林肯 Invertec V350-PRO,
        # NB/T 47014—2023.
        ["鄂尔多斯市工业技师学院", "鄂尔多斯市东胜重型装备制造有限责任公司", "宝音德力格尔", "鄂尔多斯工业技师学院",
         "包永胜", "东胜重装", "亓　鹏", "内蒙古工业大学", "内蒙古自治区焊接学会", "朝克图",
         "内蒙古北疆能源装备集团股份有限公司", "鄂尔多斯市工业技师学院", "BYDLGE@ORDOS-GYJS.EDU.CN", "0477 – 8315 260"],
    ),
    Manuscript(
        "粤菜烹调技艺（顺德菜）",
        dict(names=["冼志鸿"], units=["广东省佛山市顺德区大良烹饪技工学校"]),
        {
            "扉页": "粤菜烹调技艺（顺德菜）\nCantonese Cuisine: Shunde Dishes\n\n主　编　冼志鸿\n"
                    "副主编　梁家伟（LEUNG Ka-wai）\n\n顺德区大良烹饪技工学校\n香港翠苑饮食集团有限公司\n合　编",
            "前言": "顺德是联合国教科文组织命名的“世界美食之都”，佛山也是黄飞鸿、李小龙的故乡。本书由大良烹饪技校与港澳餐饮企业"
                    "合作编写。澳门凼仔饮食业联合商会提供了土生葡人菜的资料，翠苑集团行政总厨陈耀祖先生审阅了全部菜谱。\n\n"
                    "冼志鸿\n二〇二五年十月于顺德大良",
            "正文": "任务3　清蒸桂花鱼\n【情境】客人陈小姐在酒楼预订寿宴，点了均安蒸猪、大良炒鲜奶和清蒸桂花鱼。厨师长阿强师傅要求："
                    "鱼蒸 8 min 后淋热油，再浇李锦记蒸鱼豉油。",
            "版权页": "图书在版编目（CIP）数据\n粤菜烹调技艺：顺德菜／冼志鸿，梁家伟主编．—广州：广东科技出版社，2025.11\n"
                      "ISBN 978-7-5359-8210-4\n\n责任编辑：区颖欣\n装帧设计：麦　田",
            "合作咨询": "合作咨询：香港 (852) 2735 6180\n电邮：kwleung@chuiyuen.com.hk",
        },
        # Hard negatives: 联合国教科文组织, 世界美食之都, 佛山 and 于顺德大良 (places), 黄飞鸿, 李小龙, 港澳餐饮企业, 陈小姐,
        # 阿强师傅, 均安蒸猪/大良炒鲜奶 (dishes named after places), 李锦记, 广东科技出版社 (the publisher, with "—广州："; its
        # ISBN was a negative until v8).
        ["冼志鸿", "梁家伟", "LEUNG Ka-wai", "顺德区大良烹饪技工学校", "香港翠苑饮食集团有限公司", "大良烹饪技校",
         "澳门凼仔饮食业联合商会", "翠苑集团", "陈耀祖", "冼志鸿", "冼志鸿", "梁家伟", "区颖欣", "麦　田", "2735 6180",
         "kwleung@chuiyuen.com.hk",
         # Round 3 (issue 13, v8 as development): the ISBN, labelled since v8 decided it finds the book and its authors.
         "978-7-5359-8210-4"],
    ),
    Manuscript(
        "汽车钣金与涂装",
        dict(names=["哈继武"], units=["宁夏回族自治区吴忠市技工学校"]),
        {
            "编写人员": "姓名\t民族\t工作单位\t职称\n哈继武\t回族\t吴忠市技工学校\t高级讲师\n马　力\t回族\t同上\t一级实习指导教师\n"
                        "纳　新\t回族\t宁夏塞上驰骋汽车销售服务有限公司吴忠分公司\t钣喷车间主管",
            "编写分工": "编写分工：哈继武编写项目一、二；马力编写项目三；纳新编写项目四并拍摄全书插图。"
                        "全书由宁夏汽车维修行业协会常务副会长丁国梁审稿。",
            "作者简介": "哈继武，男，回族，1976年生，吴忠技校汽车系主任，汽车维修工高级技师，获评宁夏回族自治区“塞上技能大师”。"
                        "邮箱：hajiwu1976＠163.com",
            "正文": "任务4　前翼子板局部修补喷涂\n【情境】客户马先生的轿车在同心县城被剐蹭，右前翼子板凹陷约 5 cm²。钣金技师老杨确认"
                    "无需更换后，先用介子机拉拔整形，再刮原子灰、打磨、喷中涂底漆。面漆选用 PPG 水性漆，按 GB/T 18344—2016 "
                    "进行质量检验，烤漆房 60 ℃ 烘烤 30 min。",
            "页脚": "吴忠市技校汽车系　编印　2025.09",
        },
        # Hard negatives: 回族/汉族, 同上, 塞上技能大师 (an honour), 马先生, 同心县, 老杨, 介子机, PPG,
        # GB/T 18344—2016, 钣喷车间主管/常务副会长 (posts).
        ["哈继武", "吴忠市技工学校", "马　力", "纳　新", "宁夏塞上驰骋汽车销售服务有限公司吴忠分公司", "哈继武", "马力",
         "纳新", "宁夏汽车维修行业协会", "丁国梁", "哈继武", "吴忠技校", "hajiwu1976＠163.com", "吴忠市技校"],
    ),
    Manuscript(
        "中药调剂技术",
        dict(names=["祁永福"], units=["青海省海东市卫生职业技术学校"]),
        {
            "版权页": "图书在版编目（CIP）数据\n中药调剂技术／祁永福，卓玛措主编．—西宁：青海人民出版社，2025.8\n"
                      "ISBN 978-7-225-06791-3\nⅠ．①中…　Ⅱ．①祁…　②卓…　Ⅲ．①中药制剂学－中等专业学校－教材",
            "编委会": "编委会\n主　审　才让东主（海东市平安区中藏医医院　主任药师）\n主　编　祁永福　卓玛措\n副主编　韩乙四夫\n"
                      "编　委（按姓氏笔画排序）\n　　　　拉毛才让",
            "前言": "中医药是中华文明的瑰宝。李时珍《本草纲目》载药 1892 种；藏医药学家宇妥·元丹贡布所著《四部医典》至今仍是"
                    "藏医的经典。本书依据《中华人民共和国药典》编写，由海东卫校药剂专业教师与青海昆仑康泰大药房连锁有限公司的"
                    "执业药师共同完成。\n\n海东市卫生职业技术学校中药调剂教材编写组\n2025年8月",
            "正文": "任务5　处方审核与调配\n【案例】患者韩某，男，56岁，持某医院处方来药房配药：黄芪 30 g、当归 10 g、附子 9 g"
                    "（先煎）、半夏 9 g。调剂员小冶发现附子与半夏同用，属“十八反”，应请处方医师确认签字。同仁堂“炮制虽繁必不敢省"
                    "人工”的古训值得每一位调剂员牢记。",
            "后记": "编写中，学校副校长冶永红给予了大力支持；青海省药学会海　洋教授审阅了书稿，谨致谢忱。",
        },
        # Hard negatives: 青海人民出版社 (the publisher, with "—西宁："; its ISBN was a negative until v8), ①祁…/②卓… (the truncated index
        # line), 李时珍 and 《本草纲目》, 宇妥·元丹贡布 and 《四部医典》, 《中华人民共和国药典》, 患者韩某, 某医院, 小冶, 十八反,
        # 同仁堂.
        ["祁永福", "卓玛措", "才让东主", "海东市平安区中藏医医院", "祁永福", "卓玛措", "韩乙四夫", "拉毛才让", "海东卫校",
         "青海昆仑康泰大药房连锁有限公司", "海东市卫生职业技术学校", "冶永红", "青海省药学会", "海　洋",
         # Round 3 (issue 13, v8 as development): the ISBN, labelled since v8 decided it finds the book and its authors.
         "978-7-225-06791-3"],
    ),
    Manuscript(
        "植保无人机操控与维护",
        dict(names=["符亚兰"], units=["海南省儋州市技工学校"]),
        {
            "编写说明": "编写说明\n本书是儋州市技工学校与海南椰风通用航空科技有限公司共建产教融合实训基地的成果。\n"
                        "主　编：符亚兰\n副主编：羊开富 / 吉明光\n参　编：王亚英 / 云　朵 / 吉　祥（椰风通航）",
            "前言": "苏东坡谪居儋州三年，留下“九死南荒吾不恨，兹游奇绝冠平生”的诗句；冼夫人、海瑞的故事在海南家喻户晓。"
                    "今天，植保无人机已飞进了儋州的橡胶林和槟榔园。\n\n编　者\n2025年12月于儋州那大",
            "图注": "图4-3　吉明光老师指导学生使用大疆 Mavic 3M 对槟榔园进行多光谱测绘",
            "正文": "任务2　植保无人机喷洒作业\n【情境】儋州市某橡胶农场委托作业队为 300 亩橡胶林喷施白粉病药剂。机长小符须依据"
                    "《民用无人驾驶航空器运行安全管理规则》（CCAR-92）在 UOM 平台报备飞行计划，并查看中国气象局发布的天气预报。",
            "配套资源": "配套资源：http://uav.dzjgxx.cn/res\n教学交流Q群：615 083 927\n微信公众号：儋州技校无人机",
            "页脚": "Danzhou Technical School　无人机应用技术专业　内部资料",
        },
        # Hard negatives: 苏东坡, 冼夫人, 海瑞, 儋州/海南 (places), 于儋州那大, 大疆 Mavic 3M, 某橡胶农场, 小符,
        # CCAR-92, UOM, 中国气象局.
        ["儋州市技工学校", "海南椰风通用航空科技有限公司", "符亚兰", "羊开富", "吉明光", "王亚英", "云　朵", "吉　祥",
         "椰风通航", "吉明光", "uav.dzjgxx.cn", "615 083 927", "儋州技校", "Danzhou Technical School"],
    ),
    Manuscript(
        "网络安全运维实战（PDF）",
        dict(names=["端木晓川"], units=["河北省保定技师学院"]),
        {
            "第1页": "网络安全运维实战\nCyber Security Operations in Practice\n\nChief Editor: DUANMU Xiaochuan\n"
                     "Baoding Technician College",
            # A designed table as pypdf extracts it: one cell per line.
            "第2页": "编写分工\n姓名\n单位\n编写内容\n端木晓川\n保定技师学院\n项目一、项目六\n诸葛婧\n同上\n项目二\n"
                     "訾文博\n中国联合网络通信有限公司保定市分公司\n项目三至项目五",
            "第3页": "前　言\n书中示例账号 linghuchong、邮箱 admin@example.com 和地址 192.168.10.0/24 均为虚构，实验须在隔离靶场中"
                     "完成，严禁用于未授权测试。\n端木晓川　诸葛婧\n2025年11月",
            "第47页": "任务3　SQL 注入漏洞的发现与修复\n【情境】某电商平台的安全工程师小赵在授权渗透测试中发现登录接口存在注入点。"
                      "请用 sqlmap 复现，提出参数化查询的修复方案，并按 GB/T 22239—2019 和《中华人民共和国网络安全法》的要求"
                      "向国家互联网应急中心（CNCERT）报送。奇安信、360 等厂商的漏洞通告可作参考。\n"
                      "拓展阅读：图灵奖得主姚期智院士与清华大学“姚班”。",
            "第5页": "实验脚本：https://gitee.com/bdjsxy-sec/ops-labs\n问题反馈：duanmu.xc(at)bdjsxy.edu.cn",
            "第196页": "后　记\n感谢河北冀安网络安全技术有限公司总经理仉　伟、保定技院信息工程系对本书编写的支持。",
        },
        # Hard negatives: linghuchong, admin@example.com, 192.168.10.0/24 (a lesson's examples), 小赵, 某电商平台, sqlmap,
        # GB/T 22239—2019, 《中华人民共和国网络安全法》, 国家互联网应急中心（CNCERT）, 奇安信/360 (brands),
        # 姚期智 and 清华大学, gitee.com (the host), 同上.
        ["DUANMU Xiaochuan", "Baoding Technician College", "端木晓川", "保定技师学院", "诸葛婧", "訾文博",
         "中国联合网络通信有限公司保定市分公司", "端木晓川", "诸葛婧", "bdjsxy-sec", "duanmu.xc(at)bdjsxy.edu.cn",
         "河北冀安网络安全技术有限公司", "仉　伟", "保定技院"],
    ),
    Manuscript(
        "幼儿保育",
        dict(names=["古丽扎尔·叶尔肯"], units=["新疆维吾尔自治区伊犁哈萨克自治州技工学校"]),
        {
            "编写人员": "主　编　古丽扎尔·叶尔肯\n副主编　佟春兰　阿斯哈尔．别克波拉提\n"
                        "主　审　赛里克·哈再（伊犁哈萨克自治州妇幼保健院　主任医师）",
            "前言": "陈鹤琴先生说：“幼稚园的课程可以用自然、社会为中心。”蒙台梭利、福禄贝尔的教育思想同样值得借鉴。本书依据"
                    "《3—6岁儿童学习与发展指南》和《托育机构保育指导大纲（试行）》编写，在伊宁市第三幼儿园、霍城县江南幼教集团的"
                    "跟岗实践中完成。\n\n伊犁州技校学前教育系\n二〇二五年九月",
            "正文": "任务3　午睡环节的保育\n【案例】中班幼儿朵朵午睡时频繁翻身，说“肚子疼”。保育员阿依夏老师轻抚其腹部并测量体温"
                    " 37.8 ℃，随即通知保健医生和家长努尔波拉提。请按《托儿所幼儿园卫生保健工作规范》完成记录。",
            "后记": "本书得到学校校长吐尔洪·买买提明的关心；伊宁市第三幼儿园园长马雪莲提供了大量保育案例，在此深表谢意。",
            "意见反馈": "意见反馈：古丽扎尔老师，邮箱 gulzar.yerken@qq.com",
            "页眉": "幼儿保育　　伊犁州技工学校　学前教育系",
        },
        # Hard negatives: 陈鹤琴, 蒙台梭利, 福禄贝尔, 《3—6岁儿童学习与发展指南》, 《托育机构保育指导大纲（试行）》,
        # 朵朵, 阿依夏老师, 家长努尔波拉提 (people of a case), 《托儿所幼儿园卫生保健工作规范》, 主任医师/园长 (posts).
        ["古丽扎尔·叶尔肯", "佟春兰", "阿斯哈尔．别克波拉提", "赛里克·哈再", "伊犁哈萨克自治州妇幼保健院",
         "伊宁市第三幼儿园", "霍城县江南幼教集团", "伊犁州技校", "吐尔洪·买买提明", "伊宁市第三幼儿园", "马雪莲",
         "古丽扎尔", "gulzar.yerken@qq.com", "伊犁州技工学校"],
    ),
    Manuscript(
        "建筑识图与构造",
        dict(names=["那振宇"], units=["黑龙江省佳木斯市建筑技师学院"]),
        {
            "编委会": "《建筑识图与构造》编委会\n主　任　赫连东升（院长）\n副主任　那振宇\n委　员　关　山　　尤　佳\n"
                      "顾　问　孟　和（佳木斯三江建设集团有限公司　总工程师）",
            "主编简介": "那振宇，男，满族，1981年生，毕业于东北林业大学土木工程专业，高级讲师、一级建造师，现任佳木斯建筑技院"
                        "建筑工程系教研室主任，曾任佳木斯市建筑设计研究院结构设计师。",
            "前言": "本书由佳木斯建筑技师学院（原佳木斯市建筑工程技工学校）与企业合作编写，书中施工图由合作设计院提供，"
                    "已隐去工程名称。\n\n编　者\n2025年6月于佳木斯",
            # A drawing's title block as a PDF extracts it.
            "附图": "附图1　某住宅楼一层平面图\n设计\n尤　佳\n审核\n那振宇\n图号\n建施-03\n比例\n1:100",
            "正文": "任务1　识读建筑平面图\n按 GB/T 50001—2017《房屋建筑制图统一标准》和 GB/T 50104—2010《建筑制图标准》识读"
                    "附图1。梁思成先生测绘的佛光寺东大殿图是识图学习的典范；哈尔滨圣·索菲亚教堂的穹顶可作为识读剖面图的"
                    "拓展素材。施工员小关在现场核对轴线尺寸时发现Ⓐ轴与图纸不符。",
        },
        # Hard negatives: 满族, 一级建造师 (a title), 合作设计院, 于佳木斯, 某住宅楼, 建施-03, GB/T 50001—2017,
        # GB/T 50104—2010, 梁思成, 佛光寺东大殿, 圣·索菲亚教堂 (a middle dot in no name), 小关.
        ["赫连东升", "那振宇", "关　山", "尤　佳", "孟　和", "佳木斯三江建设集团有限公司", "那振宇", "东北林业大学",
         "佳木斯建筑技院", "佳木斯市建筑设计研究院", "佳木斯建筑技师学院", "佳木斯市建筑工程技工学校", "尤　佳", "那振宇"],
    ),
    Manuscript(
        "美发造型设计（活页式教材）",
        dict(names=["向秋菊"], units=["重庆市黔江区职业教育中心"]),
        {
            "封面": "美发造型设计\n（活页式教材）\n向秋菊　田　野　主编\n冉　苒　副主编\n"
                    "黔江区职业教育中心　重庆发艺坊美业集团有限公司　编著",
            "编写说明": "本教材由黔江职教中心“向秋菊名师工作室”牵头，联合重庆市渝东南美容美发行业协会、发艺坊集团共同开发。"
                        "集团首席技师滕　飞示范了全部剪发技法。",
            "正文": "项目三　男士渐变短发修剪\n【情境】顾客刘先生想剪一款油头，抱怨上次在别家店被“Tony 老师”剪得太短。发型师需先"
                    "沟通脸型与发质，再用推剪完成 0～3 mm 渐变，最后用施华蔻发蜡定型。土家族西兰卡普的几何纹样也可为发型设计"
                    "提供灵感。",
            "图注": "图3-12　渐变推剪完成效果（模特：2023级美发班谭小雨；摄影：冉　苒）",
            "配套资源": "配套视频见微信视频号“黔江职教美发”；编者微信：xiangqj_hair",
        },
        # Hard negatives: 刘先生, Tony 老师, 施华蔻, 土家族, 西兰卡普, 2023级美发班 (a class), 首席技师 (a post),
        # 油头, 活页式教材.
        ["向秋菊", "田　野", "冉　苒", "黔江区职业教育中心", "重庆发艺坊美业集团有限公司", "黔江职教中心", "向秋菊",
         "重庆市渝东南美容美发行业协会", "发艺坊集团", "滕　飞", "谭小雨", "冉　苒", "黔江职教", "xiangqj_hair"],
    ),
]
