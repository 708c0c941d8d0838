"""A whole-major standard (电子技术应用 0203, 中级技能) with bold lines instead of heading styles,
a course plan whose header has 学期 above the term numbers, tables in unusual column orders
and six-step tables laid out across (six labels in a header row)."""

from tests.curriculum.corpus import word

LTS = [
    ("0203-01-01", "稳压电源的装配与调试", 30, "装配串联型稳压电源，调试输出电压并测试纹波。"),
    ("0203-01-02", "功放电路的装配与调试", 30, "装配音频功率放大器，测量输出功率与失真度。"),
]
STEPS = ["接受任务，阅读电路图与装配工艺卡。", "制定装配计划，列出元器件清单。", "讨论确定装配顺序与检测方法。",
         "完成元器件检测、焊接与装配。", "用示波器、万用表检测电路参数。", "展示作品，填写评价表，总结改进。"]
STEP_LABELS = ["明确任务", "制定计划", "做出决策", "实施计划", "检查控制", "评价反馈"]
STEP_KEYS = ["获取信息", "制定计划", "做出决策", "实施计划", "检查控制", "评价反馈"]


def build():
    d = word.new_document()
    word.title(d, "电子技术应用专业一体化课程标准（中级技能）", style=False)
    word.bold(d, "一、专业信息")
    word.table(
        d,
        [["专业编码", "0203", "专业名称", "电子技术应用"], ["培养层级", "中级技能", "版本号", "2024版"]],
        bold_header=False,
    )
    word.bold(d, "二、培养目标")
    word.para(d, "培养从事电子产品装配、调试与维修的中级技能人才。")
    word.bold(d, "三、课程设置与安排")
    plan = word.table(
        d,
        [
            ["课程名称", "课程代码", "学期", None, None, "合计"],
            ["", "", "1", "2", "3", ""],
            ["电子产品装配与调试", "0203-01", "60", "0", "0", "60"],
            ["合计", "", "60", "0", "0", "60"],
        ],
    )
    word.merge_down(plan, 0, 0, 1)
    word.merge_down(plan, 1, 0, 1)
    word.merge_down(plan, 5, 0, 1)
    word.bold(d, "四、典型工作任务")
    word.table(d, [["典型工作任务名称", "代码", "描述"], ["电子产品的装配与调试", "D01", "按工艺文件完成电子产品装配、调试与检验。"]])
    word.bold(d, "五、课程规范")
    word.bold(d, "0203-01 电子产品装配与调试")
    word.bold(d, "基准学时")
    word.para(d, "60")
    word.bold(d, "对应典型工作任务")
    word.para(d, "D01")
    word.bold(d, "课程目标")
    word.para(d, "能按工艺文件完成常见电子产品的装配与调试。")
    word.bold(d, "参考性学习任务")
    word.table(d, [["学时", "学习任务名称", "代码", "学习任务描述"], *[[str(h), n, c, t] for c, n, h, t in LTS]])
    for code, name, _, _ in LTS:
        word.para(d, f"学习任务 {code} {name}")
        word.table(d, [STEP_LABELS, STEPS])
    word.bold(d, "考核要求")
    word.table(d, [["类型", "说明", "占比"], ["过程性考核", "装配工艺与安全规范", "50"], ["终结性考核", "综合装调实操", "50"]])
    word.bold(d, "六、实施建议")
    word.para(d, "配备焊接工位与常用电子测量仪器。")
    return word.save(d)


EXPECTED = {
    "title": "电子技术应用专业一体化课程标准（中级技能）",
    "major_code": "0203",
    "major_name": "电子技术应用",
    "level": "intermediate",
    "version_label": "2024版",
    "training_goals": "培养从事电子产品装配、调试与维修的中级技能人才。",
    "course_plan.0.course_code": "0203-01",
    "course_plan.0.course_name": "电子产品装配与调试",
    "course_plan.0.hours_per_term": [60, 0, 0],
    "typical_work_tasks.0.code": "D01",
    "typical_work_tasks.0.name": "电子产品的装配与调试",
    "courses.0.code": "0203-01",
    "courses.0.name": "电子产品装配与调试",
    "courses.0.baseline_hours": 60,
    "courses.0.typical_work_task_codes": ["D01"],
    "courses.0.course_goals": "能按工艺文件完成常见电子产品的装配与调试。",
    "courses.0.process_assessment_weight": 50,
    "courses.0.final_assessment_weight": 50,
    "courses.0.process_assessment": "装配工艺与安全规范",
    "implementation_advice": "配备焊接工位与常用电子测量仪器。",
    **{
        f"courses.0.learning_tasks.{i}.{key}": value
        for i, (code, name, hours, desc) in enumerate(LTS)
        for key, value in (
            ("code", code), ("name", name), ("hours", hours), ("description", desc),
            ("steps", dict(zip(STEP_KEYS, STEPS))),
        )
    },
}
MAPPING = {}
