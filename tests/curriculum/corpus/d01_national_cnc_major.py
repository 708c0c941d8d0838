"""National-style whole-major standard (数控加工 0103, 高级技能) typed in Word: heading styles,
an info table with 专业代码/培养层次/实施学期, a plan with names before codes, learning tasks
without codes and six-step tables whose 计划与决策 row covers two steps."""

from tests.curriculum.corpus import word

GOALS = [
    "1．培养面向装备制造企业，从事数控车削、数控铣削加工及生产现场管理的高级技能人才。",
    "2．能独立完成中等复杂程度零件的工艺编制、数控编程、加工与质量检验。",
    "3．具备安全生产、质量意识和团队协作、持续改进的职业素养。",
]
PLAN = [
    ("数控车床零件加工", "0103-01", [0, 120, 0, 0]),
    ("数控铣床零件加工", "0103-02", [0, 0, 160, 0]),
]
TASKS = [
    ("T01", "轴类零件的数控车削加工", "依据零件图样和工艺文件，在数控车床上完成阶梯轴、螺纹轴的编程、加工与自检。"),
    ("T02", "平面与轮廓零件的数控铣削加工", "在数控铣床上完成平面、凸台和型腔零件的铣削加工，按“6S”要求整理现场。"),
]
COURSE1_LT = [
    ("阶梯轴的数控车削", 40, "按图样完成阶梯轴的车削，尺寸公差控制在IT8级以内。"),
    ("螺纹轴的数控车削", 40, "完成外螺纹的编程与车削，用螺纹环规检验合格。"),
    ("轴类零件综合加工", 40, "完成含槽、螺纹和圆弧的综合轴类零件加工并填写检验记录。"),
]
COURSE2_LT = [
    ("平面与台阶的铣削", 50, "完成平面与台阶的铣削，平面度不超过0.05 mm。"),
    ("型腔零件的铣削", 60, "完成矩形与圆形型腔的粗、精铣削，合理选择刀具。"),
    ("轮廓零件综合加工", 50, "完成含凸台、型腔和孔的综合零件铣削。"),
]
INFO = "阅读任务单与零件图，明确加工要求和交付时间。"
PLAN_DECIDE = "小组拟定加工路线、刀具与切削参数，经教师审核后确定加工方案。"
DO = "装夹工件、对刀、输入并校验程序，完成零件加工。"
CHECK = "使用游标卡尺、千分尺自检和互检，填写检验记录。"
FEEDBACK = "展示成果，开展自评、互评与教师评价，整理工位。"


def _course(document, code, name, hours, task_code, lts, goals, content, advice, weights):
    word.heading(document, f"{code} {name}", 2)
    word.heading(document, "1.基准学时", 3)
    word.para(document, f"{hours}学时")
    word.heading(document, "2.对应典型工作任务", 3)
    word.para(document, task_code)
    word.heading(document, "3.典型工作任务描述", 3)
    word.para(document, f"{name}是数控车铣工在生产现场的核心任务，按生产计划完成零件加工。")
    word.heading(document, "4.工作内容分析", 3)
    word.table(
        document,
        [
            ["工作对象", "零件图样、工艺文件、毛坯与加工程序"],
            ["工具、材料、设备与资料", "数控机床、刀具、量具、切削液、机床说明书"],
            ["工作方法", "工艺分析法、程序校验法、首件检验法"],
            ["劳动组织方式", "以小组形式接受任务，独立完成加工，组长组织检验"],
            ["工作要求", "遵守安全操作规程，零件质量符合图样要求"],
        ],
        bold_header=False,
    )
    word.heading(document, "5.课程目标", 3)
    word.paras(document, goals)
    word.heading(document, "6.学习内容", 3)
    word.paras(document, content)
    word.heading(document, "7.参考性学习任务", 3)
    word.table(
        document,
        [["序号", "学习任务名称", "参考学时", "学习任务描述"]]
        + [[str(i), n, str(h), d] for i, (n, h, d) in enumerate(lts, 1)]
        + [["合计", None, str(sum(h for _, h, _ in lts)), ""]],
    )
    for n, _, _ in lts:
        word.para(document, f"学习任务：{n}")
        word.table(
            document,
            [
                ["工作环节", "学习活动"],
                ["获取信息", INFO],
                ["计划与决策", PLAN_DECIDE],
                ["实施计划", DO],
                ["检查控制", CHECK],
                ["评价反馈", FEEDBACK],
            ],
        )
    word.heading(document, "8.教学实施建议", 3)
    word.para(document, advice)
    word.heading(document, "9.教学考核要求", 3)
    word.table(
        document,
        [
            ["考核方式", "比例", "考核内容"],
            ["过程性考核", f"{weights[0]}%", "学习任务完成情况、职业素养表现"],
            ["终结性考核", f"{weights[1]}%", "综合零件加工与检验"],
        ],
    )


def build():
    d = word.new_document()
    word.title(d, "数控加工专业国家技能人才培养工学一体化课程标准（高级技能）")
    word.heading(d, "一、专业信息", 1)
    word.table(
        d,
        [
            ["专业代码", "0103"],
            ["专业名称", "数控加工"],
            ["培养层次", "高级技能"],
            ["版本", "2025版"],
            ["实施学期", "2025-2026学年第一学期"],
        ],
        bold_header=False,
    )
    word.heading(d, "二、培养目标", 1)
    word.paras(d, "\n".join(GOALS))
    word.heading(d, "三、课程安排", 1)
    word.table(
        d,
        [["课程名称", "课程代码", "第1学期", "第2学期", "第3学期", "第4学期", "总学时"]]
        + [[n, c, *map(str, h), str(sum(h))] for n, c, h in PLAN],
    )
    word.heading(d, "四、课程规范", 1)
    word.para(d, "本专业工学一体化课程按照典型工作任务设置，以学习任务为载体组织教学。")
    _course(
        d, "0103-01", "数控车床零件加工", 120, "T01", COURSE1_LT,
        "能读懂轴类零件图样并编制加工工艺。\n能规范操作数控车床完成轴类零件加工。",
        "数控车床结构与操作；轴类零件车削工艺；G代码编程。",
        "采用行动导向教学，每组4～5人，在一体化教室完成。", (60, 40),
    )
    _course(
        d, "0103-02", "数控铣床零件加工", 160, "T02", COURSE2_LT,
        "能读懂平面与型腔零件图样。\n能规范操作数控铣床完成零件铣削。",
        "数控铣床结构；铣削工艺；子程序与刀具半径补偿。",
        "以真实生产零件为载体，引入企业质量标准。", (50, 50),
    )
    word.heading(d, "五、典型工作任务", 1)
    word.table(
        d,
        [["序号", "代码", "典型工作任务名称", "工作任务描述"]]
        + [[str(i), c, n, desc] for i, (c, n, desc) in enumerate(TASKS, 1)],
    )
    word.heading(d, "六、实施建议", 1)
    word.para(d, "学校应建设满足一体化教学的学习工作站，配备数控车床、数控铣床各不少于10台。")
    word.heading(d, "七、考核与评价", 1)
    word.para(d, "采用过程性考核与终结性考核相结合的方式，引入企业评价。")
    return word.save(d)


def _steps():
    return {
        "获取信息": INFO,
        "制定计划": PLAN_DECIDE,
        "做出决策": PLAN_DECIDE,
        "实施计划": DO,
        "检查控制": CHECK,
        "评价反馈": FEEDBACK,
    }


def _expected_course(index, code, name, hours, task, lts, weights, goals, content, advice):
    p = f"courses.{index}."
    fields = {
        p + "code": code,
        p + "name": name,
        p + "baseline_hours": hours,
        p + "typical_work_task_codes": [task],
        p + "task_description": f"{name}是数控车铣工在生产现场的核心任务，按生产计划完成零件加工。",
        p + "work_objects": "零件图样、工艺文件、毛坯与加工程序",
        p + "tools_materials": "数控机床、刀具、量具、切削液、机床说明书",
        p + "work_methods": "工艺分析法、程序校验法、首件检验法",
        p + "labour_organisation": "以小组形式接受任务，独立完成加工，组长组织检验",
        p + "work_requirements": "遵守安全操作规程，零件质量符合图样要求",
        p + "course_goals": goals,
        p + "learning_content": content,
        p + "teaching_advice": advice,
        p + "process_assessment_weight": weights[0],
        p + "final_assessment_weight": weights[1],
        p + "process_assessment": "学习任务完成情况、职业素养表现",
        p + "final_assessment": "综合零件加工与检验",
    }
    for i, (n, h, desc) in enumerate(lts):
        t = f"{p}learning_tasks.{i}."
        fields.update({t + "name": n, t + "hours": h, t + "description": desc, t + "steps": _steps()})
    return fields


EXPECTED = {
    "title": "数控加工专业国家技能人才培养工学一体化课程标准（高级技能）",
    "major_code": "0103",
    "major_name": "数控加工",
    "level": "advanced",
    "version_label": "2025版",
    "effective_term": "2025-2026学年第一学期",
    "training_goals": "\n".join(GOALS),
    "course_plan.0.course_code": "0103-01",
    "course_plan.0.course_name": "数控车床零件加工",
    "course_plan.0.hours_per_term": [0, 120, 0, 0],
    "course_plan.1.course_code": "0103-02",
    "course_plan.1.hours_per_term": [0, 0, 160, 0],
    "course_norms": "本专业工学一体化课程按照典型工作任务设置，以学习任务为载体组织教学。",
    "typical_work_tasks.0.code": "T01",
    "typical_work_tasks.0.name": "轴类零件的数控车削加工",
    "typical_work_tasks.0.description": TASKS[0][2],
    "typical_work_tasks.1.code": "T02",
    "typical_work_tasks.1.name": "平面与轮廓零件的数控铣削加工",
    "implementation_advice": "学校应建设满足一体化教学的学习工作站，配备数控车床、数控铣床各不少于10台。",
    "assessment_and_evaluation": "采用过程性考核与终结性考核相结合的方式，引入企业评价。",
    **_expected_course(
        0, "0103-01", "数控车床零件加工", 120, "T01", COURSE1_LT, (60, 40),
        "能读懂轴类零件图样并编制加工工艺。\n能规范操作数控车床完成轴类零件加工。",
        "数控车床结构与操作；轴类零件车削工艺；G代码编程。",
        "采用行动导向教学，每组4～5人，在一体化教室完成。",
    ),
    **_expected_course(
        1, "0103-02", "数控铣床零件加工", 160, "T02", COURSE2_LT, (50, 50),
        "能读懂平面与型腔零件图样。\n能规范操作数控铣床完成零件铣削。",
        "数控铣床结构；铣削工艺；子程序与刀具半径补偿。",
        "以真实生产零件为载体，引入企业质量标准。",
    ),
}
MAPPING = {}
