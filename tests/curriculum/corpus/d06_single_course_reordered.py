"""A provincial single-course standard (工业机器人应用与维护 0118, 高级技能) whose learning-task
table puts hours first and the name last, with a six-step table per task using the older
labels 资讯/计划/决策/实施/检查/评价, and a 课程基本信息 table of label/value pairs."""

from tests.curriculum.corpus import word

LTS = [
    ("工业机器人搬运工作站编程", 48, "完成搬运工作站的示教编程与调试，节拍满足要求。"),
    ("工业机器人码垛工作站编程", 48, "完成码垛程序编写与位置寄存器设置。"),
]
STEPS = {
    "获取信息": "识读工作站布局图与工艺要求。",
    "制定计划": "规划机器人运动轨迹与程序结构。",
    "做出决策": "比较轨迹方案，确定示教点位。",
    "实施计划": "示教编程并单步、连续调试。",
    "检查控制": "检测节拍与定位精度。",
    "评价反馈": "汇报调试结果并改进程序。",
}
OLD_LABELS = ["资讯", "计划", "决策", "实施", "检查", "评价"]


def build():
    d = word.new_document()
    word.title(d, "工业机器人编程与调试课程标准")
    word.heading(d, "一、课程基本信息", 1)
    word.table(
        d,
        [
            ["课程名称", "工业机器人编程与调试"],
            ["课程编码", "0118-05"],
            ["适用专业", "工业机器人应用与维护（0118）"],
            ["培养层次", "高级技能"],
            ["学时", "96"],
        ],
        bold_header=False,
    )
    word.heading(d, "二、课程目标", 1)
    word.para(d, "能完成典型工作站的示教编程与调试。")
    word.heading(d, "三、参考性学习任务", 1)
    word.table(d, [["学时", "学习任务描述", "序号", "学习任务名称"], *[[str(h), t, str(i), n] for i, (n, h, t) in enumerate(LTS, 1)]])
    for i, (name, _, _) in enumerate(LTS, 1):
        word.para(d, f"学习任务{i}：{name}")
        word.table(d, [["环节", "学习活动"], *[[label, text] for label, text in zip(OLD_LABELS, STEPS.values())]])
    word.heading(d, "四、考核评价", 1)
    word.table(d, [["考核类别", "占比（%）", "要求"], ["过程性考核", "40", "任务完成与安全规范"], ["终结性考核", "60", "综合工作站调试"]])
    return word.save(d)


EXPECTED = {
    "title": "工业机器人编程与调试课程标准",
    "major_code": "0118",
    "major_name": "工业机器人应用与维护",
    "level": "advanced",
    "courses.0.code": "0118-05",
    "courses.0.name": "工业机器人编程与调试",
    "courses.0.baseline_hours": 96,
    "courses.0.course_goals": "能完成典型工作站的示教编程与调试。",
    "courses.0.process_assessment_weight": 40,
    "courses.0.final_assessment_weight": 60,
    "courses.0.final_assessment": "综合工作站调试",
    **{
        f"courses.0.learning_tasks.{i}.{key}": value
        for i, (name, hours, desc) in enumerate(LTS)
        for key, value in (("name", name), ("hours", hours), ("description", desc), ("steps", STEPS))
    },
}
MAPPING = {}
