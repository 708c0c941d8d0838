"""Domain vocabulary for the segmenter: 技工院校 majors, courses and the terms of the policy texts.

jieba's general dictionary splits many of these wrongly (工学一体化 → 工学/一体/化, 活页式 → 活页/式);
a term listed here is kept whole, and jieba's search mode still emits its sub-words.
Names stored in the database (majors, courses) are added at run time by ``search.sources``.
"""

TERMS = """
工学一体化 一体化课程 一体化教材 工学结合 校企合作 产教融合 典型工作任务 参考性学习任务 学习任务
课程标准 人才培养方案 培养目标 课程安排 课程规范 实施建议 考核与评价 过程性考核 终结性考核
工作页 活页式 活页式教材 工作手册式 融媒体 融媒体教材 数字教材 教学资源包 教学课件 教学视频 教学案例库
技工院校 技工学校 技师学院 高级技工学校 技工教育 职业培训 岗位培训 职业技能 技能人才 高技能人才
中级技能 高级技能 预备技师 中级工 高级工 技师 世界技能大赛
规划教材 全国技工教育规划教材 国家规划教材 统编教材 校本教材 教材目录 教材信息库 教材选用 选用委员会
凡编必审 编审分离 盲审 回避 主编负责制 重大选题备案 政治把关 停止使用 负面清单 抽查 备案 公示
数控 数控加工 数控车削 数控铣削 数控编程 数控机床 车削 铣削 磨削 钳工 车工 焊工 焊接 电焊 氩弧焊
机床切削加工 模具制造 焊接加工 工业机器人 工业机器人应用与维护 电气自动化 电气自动化设备安装与维修
电子技术应用 计算机网络应用 计算机程序设计 汽车维修 新能源汽车 新能源汽车检测与维修 动力电池
城市轨道交通 城市轨道交通运输与管理 中式烹调 中式烹饪 养老服务 电子商务 网店运营 直播电商
可编程控制器 plc 液压与气动 机械制图 电工基础 电子电路 单片机 传感器 智能制造 增材制造 三维建模
思想政治 通用职业素质 劳动教育 计算机基础与应用 体育与健康
获取信息 明确任务 制定计划 做出决策 实施计划 检查控制 评价反馈
人力资源社会保障部 人社部 人社厅 职业教育法
"""

DOMAIN_TERMS = tuple(dict.fromkeys(TERMS.split()))
