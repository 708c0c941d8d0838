"""A provincial single-course standard (汽车维修 0401, 高级技能) with a four-column info table
(label, value, label, value), 学时 as label, and course-level six-step advice as a table whose
计划与决策 row was merged by the teacher; an extra 课程思政 chapter the teacher maps to 课程目标."""

from tests.curriculum.corpus import word

STEPS = {
    "获取信息": "查阅维修手册，问诊并记录故障现象。",
    "制定计划": "制定诊断流程，准备检测设备，确定维修方案。",
    "做出决策": "制定诊断流程，准备检测设备，确定维修方案。",
    "实施计划": "按流程检测、拆装与更换部件。",
    "检查控制": "路试并读取数据流，确认故障排除。",
    "评价反馈": "填写维修工单，总结诊断思路。",
}


def build():
    d = word.new_document()
    word.title(d, "汽车发动机故障诊断与排除课程标准")
    word.table(
        d,
        [
            ["课程名称", "汽车发动机故障诊断与排除", "课程代码", "0401-21"],
            ["适用专业", "汽车维修", "专业编码", "0401"],
            ["培养层级", "高级技能", "学时", "108"],
        ],
        bold_header=False,
    )
    word.heading(d, "一、课程目标", 1)
    word.para(d, "能运用诊断仪和维修资料排除发动机常见故障。")
    word.heading(d, "二、课程思政", 1)
    word.para(d, "培养精益求精的工匠精神和诚信维修的职业道德。")
    word.heading(d, "三、学习任务", 1)
    word.table(
        d,
        [
            ["序号", "学习任务名称", "学时", "学习任务描述"],
            ["1", "发动机无法起动故障诊断", "36", "排除起动系统与燃油系统引起的无法起动故障。"],
            ["2", "发动机怠速不稳故障诊断", "36", "排除进气、点火系统引起的怠速不稳故障。"],
            ["3", "发动机动力不足故障诊断", "36", "排除燃油供给与排放系统引起的动力不足故障。"],
        ],
    )
    word.heading(d, "四、教学实施建议", 1)
    word.table(
        d,
        [
            ["工作步骤", "教学活动"],
            ["获取信息", STEPS["获取信息"]],
            ["计划与决策", STEPS["制定计划"]],
            ["实施", STEPS["实施计划"]],
            ["检查", STEPS["检查控制"]],
            ["评价反馈", STEPS["评价反馈"]],
        ],
    )
    word.heading(d, "五、考核要求", 1)
    word.table(d, [["考核方式", "权重%", "说明"], ["过程性考核", "50", "工单与操作"], ["终结性考核", "50", "故障排除实操"]])
    return word.save(d)


EXPECTED = {
    "title": "汽车发动机故障诊断与排除课程标准",
    "major_code": "0401",
    "major_name": "汽车维修",
    "level": "advanced",
    "courses.0.code": "0401-21",
    "courses.0.name": "汽车发动机故障诊断与排除",
    "courses.0.baseline_hours": 108,
    "courses.0.course_goals": "能运用诊断仪和维修资料排除发动机常见故障。\n培养精益求精的工匠精神和诚信维修的职业道德。",
    "courses.0.process_assessment_weight": 50,
    "courses.0.final_assessment_weight": 50,
    "courses.0.final_assessment": "故障排除实操",
    "courses.0.learning_tasks.0.name": "发动机无法起动故障诊断",
    "courses.0.learning_tasks.0.hours": 36,
    "courses.0.learning_tasks.0.steps": STEPS,
    "courses.0.learning_tasks.1.name": "发动机怠速不稳故障诊断",
    "courses.0.learning_tasks.1.steps": STEPS,
    "courses.0.learning_tasks.2.description": "排除燃油供给与排放系统引起的动力不足故障。",
    "courses.0.learning_tasks.2.steps": STEPS,
}
MAPPING = {"二、课程思政": "courses.0.course_goals"}
