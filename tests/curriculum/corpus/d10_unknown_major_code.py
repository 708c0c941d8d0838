"""A school standard for one course of a major the national catalogue does not list under this
code (智能制造设备技术 0199): imported as a draft, the code flagged for the teacher to choose."""

from tests.curriculum.corpus import word


def build():
    d = word.new_document()
    word.title(d, "智能产线安装与调试课程标准")
    word.para(d, "专业名称：智能制造设备技术　专业代码：0199　层级：高级技能")
    word.para(d, "课程编码：0199-02　　基准学时：64学时")
    word.heading(d, "一、典型工作任务描述", 1)
    word.para(d, "按照产线装配图完成智能产线机械部件、气动与电气系统的安装调试。")
    word.heading(d, "二、课程目标", 1)
    word.numbered(d, ["能识读产线装配图与电气原理图。", "能完成产线的安装、联调与试运行。"])
    word.heading(d, "三、学习任务", 1)
    word.table(
        d,
        [
            ["学习任务", "学时", "描述"],
            ["供料单元安装与调试", "32", "完成供料单元的机械安装、气路连接与PLC调试。"],
            ["分拣单元安装与调试", "32", "完成分拣单元的传感器安装与程序调试。"],
        ],
    )
    word.heading(d, "四、考核", 1)
    word.table(d, [["考核类型", "权重（%）"], ["过程性考核", "50"], ["终结性考核", "50"]])
    return word.save(d)


EXPECTED = {
    "title": "智能产线安装与调试课程标准",
    "major_code": "0199",
    "major_name": "智能制造设备技术",
    "level": "advanced",
    "courses.0.code": "0199-02",
    "courses.0.name": "智能产线安装与调试",
    "courses.0.baseline_hours": 64,
    "courses.0.task_description": "按照产线装配图完成智能产线机械部件、气动与电气系统的安装调试。",
    "courses.0.course_goals": "1.能识读产线装配图与电气原理图。\n2.能完成产线的安装、联调与试运行。",
    "courses.0.learning_tasks.0.name": "供料单元安装与调试",
    "courses.0.learning_tasks.0.hours": 32,
    "courses.0.learning_tasks.1.name": "分拣单元安装与调试",
    "courses.0.learning_tasks.1.description": "完成分拣单元的传感器安装与程序调试。",
    "courses.0.process_assessment_weight": 50,
    "courses.0.final_assessment_weight": 50,
}
MAPPING = {}
