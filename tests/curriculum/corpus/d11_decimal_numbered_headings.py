"""A single-course standard (计算机网络应用 0301, 中级技能) numbered 1 / 1.1 / 1.1.1 by hand on
plain lines, with each learning task's six steps written as paragraphs under the task."""

from tests.curriculum.corpus import word

TASKS = [
    ("小型办公网络组建", 30, "完成10台终端的办公网络规划、布线与连通测试。", [
        "获取信息：与客户沟通，明确办公网络需求。",
        "制定计划：绘制网络拓扑图，编制设备清单。",
        "做出决策：比较组网方案，确定交换机型号。",
        "实施计划：完成布线、设备上架与IP地址配置。",
        "检查控制：使用ping和测线仪测试连通性。",
        "评价反馈：提交验收报告，开展自评互评。",
    ]),
    ("无线网络部署", 30, "完成无线AP的部署与安全配置。", [
        "获取信息：勘察现场，测量信号覆盖。",
        "制定计划：规划AP点位与信道。",
        "做出决策：确定AP数量与加密方式。",
        "实施计划：安装AP并完成SSID与认证配置。",
        "检查控制：测试漫游与信号强度。",
        "评价反馈：汇报部署效果，改进方案。",
    ]),
]


def build():
    d = word.new_document()
    word.title(d, "网络设备安装与调试课程标准", style=False)
    word.para(d, "专业：计算机网络应用（0301）　培养层级：中级技能　学时：60")
    word.para(d, "1 课程目标")
    word.para(d, "能完成小型局域网和无线网络的组建与调试。")
    word.para(d, "2 参考性学习任务")
    for i, (name, hours, desc, steps) in enumerate(TASKS, 1):
        word.para(d, f"2.{i} 学习任务{i}：{name}（{hours}学时）")
        word.para(d, f"任务描述：{desc}")
        for step in steps:
            word.para(d, step)
    word.para(d, "3 考核评价")
    word.table(d, [["考核类型", "权重", "说明"], ["过程性考核", "60%", "任务工单"], ["终结性考核", "40%", "综合组网"]])
    return word.save(d)


EXPECTED = {
    "title": "网络设备安装与调试课程标准",
    "major_code": "0301",
    "major_name": "计算机网络应用",
    "level": "intermediate",
    "courses.0.name": "网络设备安装与调试",
    "courses.0.baseline_hours": 60,
    "courses.0.course_goals": "能完成小型局域网和无线网络的组建与调试。",
    "courses.0.process_assessment_weight": 60,
    "courses.0.final_assessment_weight": 40,
    **{
        f"courses.0.learning_tasks.{i}.{key}": value
        for i, (name, hours, desc, steps) in enumerate(TASKS)
        for key, value in (
            ("name", name), ("hours", hours), ("description", desc),
            ("steps", dict(s.split("：", 1) for s in steps)),
        )
    },
}
MAPPING = {}
