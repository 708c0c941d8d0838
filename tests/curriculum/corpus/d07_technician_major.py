"""A whole-major standard at 预备技师（技师） level (焊接加工 0107) with Word heading styles, a
major-info line holding several labels, typical-work-task references written with their names,
and a 课程安排 table with 第一学期… headers in Chinese numerals."""

from tests.curriculum.corpus import word

COURSES = [
    ("0107-11", "焊接结构生产工艺编制", 80, ["H01"], [("焊接工艺评定", 40), ("焊接工艺规程编制", 40)]),
    ("0107-12", "焊接质量检验与控制", 60, ["H01", "H02"], [("焊缝外观检验", 30), ("焊缝无损检测", 30)]),
]


def build():
    d = word.new_document()
    word.title(d, "焊接加工专业工学一体化课程标准")
    word.heading(d, "一、专业信息", 1)
    word.para(d, "专业代码：0107；专业名称：焊接加工；培养层级：预备技师（技师）")
    word.para(d, "版本：2026版；生效学期：2026-2027学年第二学期")
    word.heading(d, "二、培养目标", 1)
    word.para(d, "培养能编制焊接工艺、组织焊接生产并指导中高级工的技师人才。")
    word.heading(d, "三、课程安排", 1)
    word.table(
        d,
        [["课程代码", "课程名称", "第一学期", "第二学期"], ["0107-11", "焊接结构生产工艺编制", "80", "—"], ["0107-12", "焊接质量检验与控制", "", "60"]],
    )
    word.heading(d, "四、典型工作任务", 1)
    word.table(
        d,
        [["代码", "名称", "描述"], ["H01", "焊接工艺编制", "依据产品图样编制焊接工艺规程。"], ["H02", "焊接质量检验", "按标准完成焊缝检验与质量分析。"]],
    )
    word.heading(d, "五、课程规范", 1)
    for code, name, hours, tasks, lts in COURSES:
        word.heading(d, f"{code}　{name}", 2)
        word.heading(d, "基准学时", 3)
        word.para(d, f"{hours}学时")
        word.heading(d, "对应典型工作任务", 3)
        names = {"H01": "焊接工艺编制", "H02": "焊接质量检验"}
        word.para(d, "、".join(f"{t}（{names[t]}）" for t in tasks))
        word.heading(d, "参考性学习任务", 3)
        word.table(d, [["学习任务名称", "学时"], *[[n, str(h)] for n, h in lts]])
    return word.save(d)


EXPECTED = {
    "title": "焊接加工专业工学一体化课程标准",
    "major_code": "0107",
    "major_name": "焊接加工",
    "level": "technician",
    "version_label": "2026版",
    "effective_term": "2026-2027学年第二学期",
    "training_goals": "培养能编制焊接工艺、组织焊接生产并指导中高级工的技师人才。",
    "course_plan.0.course_code": "0107-11",
    "course_plan.0.hours_per_term": [80, 0],
    "course_plan.1.course_code": "0107-12",
    "course_plan.1.hours_per_term": [0, 60],
    "typical_work_tasks.0.code": "H01",
    "typical_work_tasks.1.code": "H02",
    "typical_work_tasks.1.description": "按标准完成焊缝检验与质量分析。",
    **{
        f"courses.{i}.{key}": value
        for i, (code, name, hours, tasks, _) in enumerate(COURSES)
        for key, value in (("code", code), ("name", name), ("baseline_hours", hours), ("typical_work_task_codes", tasks))
    },
    **{
        f"courses.{i}.learning_tasks.{j}.{key}": value
        for i, course in enumerate(COURSES)
        for j, (name, hours) in enumerate(course[4])
        for key, value in (("name", name), ("hours", hours))
    },
}
MAPPING = {}
