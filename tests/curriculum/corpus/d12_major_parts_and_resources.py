"""A whole-major standard (模具制造 0106, 高级技能) whose chapters are called 第一部分… with other
names (专业基本信息, 课程设置), assessment weights written in sentences, and a 教学资源 subsection
the importer has no field for (the teacher maps it to the course's 教学实施建议)."""

from tests.curriculum.corpus import word


def build():
    d = word.new_document()
    word.title(d, "模具制造专业一体化课程标准")
    word.heading(d, "第一部分 专业基本信息", 1)
    word.para(d, "专业编号：0106")
    word.para(d, "专业名称：模具制造")
    word.para(d, "培养层次：高级技能")
    word.heading(d, "第二部分 培养目标", 1)
    word.para(d, "培养从事模具零件加工、装配与调试的高级技能人才。")
    word.heading(d, "第三部分 课程设置", 1)
    word.table(d, [["课程编码", "课程", "第1学期", "第2学期", "第3学期"], ["0106-01", "冲压模具装配与调试", "0", "90", "0"]])
    word.heading(d, "第四部分 典型工作任务", 1)
    word.table(d, [["编号", "典型工作任务", "任务描述"], ["M01", "冲压模具装配", "按装配图完成冲压模具的装配与试模。"]])
    word.heading(d, "第五部分 课程规范", 1)
    word.heading(d, "0106-01 冲压模具装配与调试", 2)
    word.heading(d, "课程学时", 3)
    word.para(d, "90学时")
    word.heading(d, "对应工作任务", 3)
    word.para(d, "M01")
    word.heading(d, "参考性学习任务", 3)
    word.table(
        d,
        [
            ["任务代码", "任务名称", "课时", "任务描述"],
            ["0106-01-1", "单工序冲裁模装配", "45", "完成落料模的装配与试冲。"],
            ["0106-01-2", "复合模装配与调试", "45", "完成复合模装配，调整冲裁间隙。"],
        ],
    )
    word.heading(d, "教学资源", 3)
    word.para(d, "配备冲床4台、模具拆装工作台20个及模具装配工作页。")
    word.heading(d, "课程考核", 3)
    word.para(d, "过程性考核（60%）：学习任务完成质量与安全文明生产。")
    word.para(d, "终结性考核（40%）：复合模装配与试模实操。")
    return word.save(d)


EXPECTED = {
    "title": "模具制造专业一体化课程标准",
    "major_code": "0106",
    "major_name": "模具制造",
    "level": "advanced",
    "training_goals": "培养从事模具零件加工、装配与调试的高级技能人才。",
    "course_plan.0.course_code": "0106-01",
    "course_plan.0.course_name": "冲压模具装配与调试",
    "course_plan.0.hours_per_term": [0, 90, 0],
    "typical_work_tasks.0.code": "M01",
    "typical_work_tasks.0.name": "冲压模具装配",
    "typical_work_tasks.0.description": "按装配图完成冲压模具的装配与试模。",
    "courses.0.code": "0106-01",
    "courses.0.name": "冲压模具装配与调试",
    "courses.0.baseline_hours": 90,
    "courses.0.typical_work_task_codes": ["M01"],
    "courses.0.learning_tasks.0.code": "0106-01-1",
    "courses.0.learning_tasks.0.hours": 45,
    "courses.0.learning_tasks.1.name": "复合模装配与调试",
    "courses.0.learning_tasks.1.description": "完成复合模装配，调整冲裁间隙。",
    "courses.0.teaching_advice": "配备冲床4台、模具拆装工作台20个及模具装配工作页。",
    "courses.0.process_assessment_weight": 60,
    "courses.0.final_assessment_weight": 40,
    "courses.0.process_assessment": "学习任务完成质量与安全文明生产。",
    "courses.0.final_assessment": "复合模装配与试模实操。",
}
MAPPING = {"教学资源": "courses.0.teaching_advice"}
